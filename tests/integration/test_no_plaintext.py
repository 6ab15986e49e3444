"""After import + add-buyer through the real CLI, no plaintext of a photo marker or a buyer
name is anywhere under the vault folder, the temp folder the process was given (TMPDIR), or
the system temp folder (UTF-8 and UTF-16)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tests.support import (
    PASSWORD,
    encodings_of,
    files_containing,
    jpeg_bytes,
    mp4_bytes,
    png_bytes,
    subprocess_env,
    write,
)


def test_no_plaintext_under_the_vault_or_the_temp_folder(tmp_path: Path) -> None:
    started = time.time() - 1
    canary = uuid.uuid4().hex[:12]
    seed = int(canary[:6], 16)  # pixels unique to this run: other runs' sources never match
    photo_marker = f"PHOTO-MARKER-{canary}"
    buyer_name = f"短剧工作室-{canary}"
    note = f"note-{canary}"
    clip_marker = f"CLIP-MARKER-{canary}".encode()
    source = tmp_path / "src"
    write(source / "marked.jpg", jpeg_bytes(seed, size=(400, 300), marker=photo_marker.encode()))
    write(source / "plain.png", png_bytes(2))
    write(source / "clip.mp4", mp4_bytes(3) + clip_marker * 50)
    temp = tmp_path / "tmp"
    temp.mkdir()
    vault = tmp_path / "vault"
    env = subprocess_env(TMPDIR=str(temp), TEMP=str(temp))

    def cli(*args: str | Path) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", *map(str, args)],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert canary not in result.stderr

    cli("init", vault)
    cli("import", vault, source)
    cli("add-buyer", vault, "--name", buyer_name, "--note", note, "--contact", f"wx-{canary}")
    cli("buyers", vault)
    cli("check", vault)

    needles = [
        *encodings_of(photo_marker),
        *encodings_of(buyer_name),
        *encodings_of(note),
        *encodings_of(canary),
        clip_marker,
        jpeg_bytes(seed, size=(400, 300), marker=photo_marker.encode())[-64:],  # pixel data
    ]
    # the scanner finds what it looks for: the source folder holds the markers in the clear
    assert {n for _, n in files_containing(source, needles)} >= {
        photo_marker.encode(),
        clip_marker,
    }
    assert files_containing(vault, needles) == []
    assert files_containing(temp, needles) == []
    assert len(list(vault.rglob("*.lvo"))) == 5  # 3 originals + 2 thumbnails, all encrypted
    assert recent_files_containing(Path(tempfile.gettempdir()), started, tmp_path, needles) == []


def recent_files_containing(
    root: Path, since: float, skip: Path, needles: list[bytes]
) -> list[tuple[Path, bytes]]:
    """Like files_containing, for files changed since ``since`` (the system temp folder is
    shared: only this test's unique canary can be found there)."""
    hits: list[tuple[Path, bytes]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == skip or skip in Path(dirpath).parents:
            dirnames[:] = []
            continue
        for name in filenames:
            path = Path(dirpath) / name
            try:
                info = path.lstat()
                if not stat.S_ISREG(info.st_mode) or info.st_mtime < since:
                    continue
                if info.st_size > 256 * 1024 * 1024:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            hits.extend((path, n) for n in needles if n in data)
    return hits
