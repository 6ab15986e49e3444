"""Hostile query inputs end to end through the real ``likeness-vault-cli match`` (a child
process, as a user runs it): a corrupt JPEG, a truncated one, a 0-byte PNG, a decompression
bomb (a valid 30000x30000 PNG of ~100 KB), a PNG header claiming 20000x20000 pixels with no
pixel data, a text file named ``.mp4``, a folder, a missing path and a 3 GB sparse "MP4",
given together with a real screenshot and a real screen recording of a vault photo.

Each bad input gets its own sentence naming it, ``"error"`` in the JSON and one ``error:`` line
on stderr; the good inputs still match their photo; the vault folder is byte-identical to what
it was before the run (the first run indexed the photos and wrote the search index; this one
reads). Only bad inputs: exit status 1, the vault unchanged again.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from tests.support import (
    PASSWORD,
    bomb_png,
    jpeg_bytes,
    record,
    subprocess_env,
    truncated_jpeg,
    write,
)
from tests.support.faults import files_snapshot

SKIMAGE = Path(str(__import__("skimage").__file__)).parent / "data"
VAULT_PHOTOS = ("astronaut.png", "coffee.png", "rocket.jpg")  # public domain / CC0 (README.txt)


def real_photo(name: str) -> Image.Image:
    return Image.open(SKIMAGE / name).convert("RGB")


def screenshot(photo: Image.Image) -> Image.Image:
    """The photo shown in a 16:9 player frame with bars and a subtitle, as a phone shows it."""
    frame = Image.new("RGB", (1280, 720))
    scale = 700 / photo.height
    shown = photo.resize((round(photo.width * scale), 700))
    frame.paste(shown, ((1280 - shown.width) // 2, 10))
    ImageDraw.Draw(frame).text((500, 660), "EP 3  subtitle", fill=(255, 255, 255))
    return frame


def clip(photo: Image.Image, seconds: float = 2.0, size: tuple[int, int] = (640, 360)) -> bytes:
    """A real H.264 MP4 showing the photo letterboxed (made here with PyAV)."""
    import io

    import av
    import numpy as np

    scale = min(size[0] / photo.width, size[1] / photo.height)
    fitted = photo.resize((round(photo.width * scale), round(photo.height * scale)))
    canvas = Image.new("RGB", size)
    canvas.paste(fitted, ((size[0] - fitted.width) // 2, (size[1] - fitted.height) // 2))
    pixels = np.asarray(canvas)
    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as box:
        stream = box.add_stream("libx264", rate=25)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.options = {"preset": "ultrafast"}
        for _ in range(round(seconds * 25)):
            for packet in stream.encode(av.VideoFrame.from_ndarray(pixels, format="rgb24")):
                box.mux(packet)
        for packet in stream.encode():
            box.mux(packet)
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims width x height 8-bit RGB pixels, with one empty IDAT."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=subprocess_env(),
        cwd=cwd,
        timeout=600,
    )


def test_hostile_inputs_are_per_input_sentences_and_change_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    source = tmp_path / "photos"
    source.mkdir()
    for name in VAULT_PHOTOS:
        real_photo(name).save(source / Path(name).with_suffix(".jpg").name, "JPEG", quality=90)
    assert cli("init", vault, "--name", "hostile", cwd=tmp_path).returncode == 0
    done = cli("import", vault, source, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    q = tmp_path / "queries"
    good = q / "screenshot.png"
    good.parent.mkdir()
    screenshot(real_photo("astronaut.png")).save(good)
    recording = write(q / "recording.mp4", clip(real_photo("coffee.png")))
    # the first run indexes what is pending and may save the search index
    first = cli("match", vault, good, "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr

    bad: dict[str, Path] = {
        "corrupt": write(q / "corrupt.jpg", b"\xff\xd8\xff\xe0" + os.urandom(5000)),
        "truncated": write(q / "truncated.jpg", truncated_jpeg(3)),
        "empty": write(q / "empty.png", b""),
        "bomb": write(q / "bomb.png", bomb_png()),
        "header 20000x20000": write(q / "header-20000.png", png_header_only(20_000, 20_000)),
        "text named .mp4": write(q / "notes.mp4", "这不是视频 not a video\n".encode() * 100),
        "a folder": q / "a folder",
        "missing": q / "missing.jpg",
        "huge sparse": q / "huge.mp4",
    }
    bad["a folder"].mkdir()
    write(bad["a folder"] / "inside.jpg", jpeg_bytes(1))
    with open(bad["huge sparse"], "wb") as fh:
        fh.write(b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41")
        fh.truncate(3 * 1024**3)  # sparse: 3 GB long, a few bytes on the disk
    inputs = [good, *bad.values(), recording]
    before = files_snapshot(vault)
    result = cli("match", vault, *inputs, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [r["input"] for r in out] == [str(p) for p in inputs], out
    by_input = {r["input"]: r for r in out}
    for label, path in bad.items():
        entry = by_input[str(path)]
        error = entry.get("error")
        assert error, (label, entry)
        assert path.name in error and error.rstrip().endswith("."), (label, error)
        assert not entry.get("matches"), (label, entry)
        assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad), result.stderr
    for path, photo in ((good, "astronaut.jpg"), (recording, "coffee.jpg")):
        entry = by_input[str(path)]
        assert not entry.get("error"), entry
        assert entry["matches"], (path.name, entry)
        assert entry["matches"][0]["name"] == photo, entry["matches"][0]
    assert files_snapshot(vault) == before, "a match with hostile inputs changed the vault"
    # only bad inputs: nothing read, exit 1, nothing changed
    worst = cli("match", vault, *bad.values(), cwd=tmp_path)
    assert worst.returncode == 1, worst.stdout + worst.stderr
    assert "Traceback" not in worst.stderr
    assert all(f"{p}: not read (" in worst.stdout for p in bad.values()), worst.stdout
    assert files_snapshot(vault) == before
    record(
        f"hostile match inputs: {len(bad)} bad inputs, each its own sentence; 2 good inputs "
        f"matched beside them; 0 changed vault files"
    )
