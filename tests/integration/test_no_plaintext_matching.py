"""No plaintext on disk while matching: the feature back-fill, a match of a screenshot and of a
short screen recording (made here with PyAV), a sighting recorded from the clip with
``--from-match`` (the frame it was found in is attached as a PNG made in memory), and, when
face matching is registered, a match with faces, all through the real CLI in a child process.

The child gets a private TMPDIR, HOME and XDG config/data/cache/state folders and runs in a
fresh working folder. Afterwards none of these, nor the vault folder, nor the files created or
changed in the system temp folder meanwhile, holds:

- a canary: the photo's file name, a comment inside its JPEG, the buyer's name, the query
  files' names (UTF-8 and UTF-16);
- the photo's bytes (the tail of its JPEG data), its thumbnail's bytes;
- decoded pixels: a row of the matching decode of the photo and of a query frame, in RGB and in
  grey (what OpenCV works on), and a slice of a stored features object and of the search index
  (decrypted here, to know what to look for);
and OpenCV, PyAV and dlib write no cache or file anywhere in HOME, the XDG folders, the working
folder or TMPDIR: the only files there are the app's own state files (no names in them).
The match must find the photo (so the scan looks at a real run).
"""

from __future__ import annotations

import io
import json
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from app.matching import fingerprints
from app.media import images
from app.services.vault_service import VaultService
from tests.integration.test_match_hostile_inputs import clip, real_photo, screenshot
from tests.integration.test_no_plaintext import recent_files_containing
from tests.support import PASSWORD, encodings_of, subprocess_env, write

XDG = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
}


def row_needles(image: Image.Image, length: int = 96) -> list[bytes]:
    """A slice of a middle row of ``image`` in RGB and in grey (raw pixels)."""
    rgb = np.asarray(image.convert("RGB"))
    grey = np.asarray(image.convert("L"))
    y, x = rgb.shape[0] // 2, rgb.shape[1] // 3
    return [rgb[y, x : x + length // 3].tobytes(), grey[y, x : x + length].tobytes()]


def files_below(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def hits_in(paths: list[Path], needles: list[tuple[str, bytes]]) -> list[str]:
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        found += [f"{path}: {label}" for label, needle in needles if needle in data]
    return found


def test_no_plaintext_while_indexing_and_matching(tmp_path: Path) -> None:
    started = time.time() - 1
    canary = secrets.token_hex(6)
    photo_name = f"IMG_{canary}.jpg"
    comment = f"LVCANARY-COMMENT-{canary}"
    buyer = f"短剧工作室-{canary}"
    shot_name = f"shot-{canary}.png"
    clip_name = f"clip-{canary}.mp4"
    source = tmp_path / "my photos"
    out = io.BytesIO()
    real_photo("astronaut.png").save(out, "JPEG", quality=90, comment=comment.encode())
    photo_bytes = write(source / photo_name, out.getvalue()).read_bytes()
    real_photo("rocket.jpg").save(source / "other.jpg", "JPEG", quality=90)
    queries = tmp_path / "queries"
    queries.mkdir()
    shot = screenshot(real_photo("astronaut.png"))
    shot.save(queries / shot_name)
    write(queries / clip_name, clip(real_photo("astronaut.png")))

    home = tmp_path / "home"
    private_tmp = tmp_path / "tmp"
    work = tmp_path / "cwd"
    for folder in (home, private_tmp, work, *(home / sub for sub in XDG.values())):
        folder.mkdir(parents=True, exist_ok=True)
    env = subprocess_env(
        HOME=str(home),
        TMPDIR=str(private_tmp),
        TEMP=str(private_tmp),
        TMP=str(private_tmp),
        **{var: str(home / sub) for var, sub in XDG.items()},
    )
    vault = tmp_path / "vault"

    def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", *map(str, args)],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=work,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr
        return result

    cli("init", vault)
    cli("import", vault, source)
    cli("add-buyer", vault, "--name", buyer)
    cli("check", vault, "--backfill")
    matched = json.loads(
        cli("match", vault, queries / shot_name, queries / clip_name, "--json").stdout
    )
    # a sighting from the clip: the clip and the frame it was found in (a PNG made in memory)
    cli(
        "add-sighting",
        vault,
        "--url",
        "https://example.com/v/1",
        "--from-match",
        queries / clip_name,
    )
    faces = any(fp.requires == "face_matching" for fp in fingerprints.registered())
    if faces:
        cli("face-matching", vault, "on")
        cli("match", vault, queries / shot_name, "--faces", "--json")
    for entry in matched:
        assert entry["matches"] and entry["matches"][0]["name"] == photo_name, entry

    # what to look for: decrypted here, in the test process
    service = VaultService.open(vault, PASSWORD)
    try:
        item = next(m for m in service.records.media.values() if m.name == photo_name)
        assert service.pending_fingerprints() == 0
        if faces:  # the face run stored the astronaut's face: its bytes are looked for too
            assert any(fp.requires for fp in fingerprints.registered() if fp.key in item.derived)
        thumb = service.thumbnail_bytes(item.id) or b""
        derived = [service.vault.read_object_bytes(oid, oid) for oid in item.derived_object_ids()]
        for attachment in service.records.attachments.values():  # the clip, the frame PNG
            blob = service.vault.read_object_bytes(attachment.object_id, attachment.name)
            derived.append(blob)
        assert len(service.records.attachments) == 2, service.records.attachments
        cache = service.records.matching.index_object_id
        if cache:
            derived.append(service.vault.read_object_bytes(cache, cache))
    finally:
        service.lock()
    assert derived, "the back-fill stored no matching data: nothing to look for"
    matching_decode = images.reduce_image(photo_bytes, photo_name, fingerprints.MATCH_SIZE).image
    needles: list[tuple[str, bytes]] = []
    for label, text in (
        ("photo name", photo_name),
        ("comment", comment),
        ("buyer", buyer),
        ("screenshot name", shot_name),
        ("clip name", clip_name),
    ):
        needles += [(label, n) for n in encodings_of(text)]
    needles += [
        ("photo bytes", photo_bytes[-64:]),
        ("thumbnail bytes", thumb[-64:]),
        *[(f"photo pixels {i}", n) for i, n in enumerate(row_needles(matching_decode))],
        *[(f"frame pixels {i}", n) for i, n in enumerate(row_needles(shot))],
        *[
            (f"matching data {i}", blob[len(blob) // 2 : len(blob) // 2 + 64])
            for i, blob in enumerate(derived)
        ],
    ]
    # the scan finds what it looks for
    assert hits_in([source / photo_name], needles)
    assert hits_in(files_below(vault), needles) == []
    assert hits_in(files_below(private_tmp) + files_below(work), needles) == []
    assert hits_in(files_below(home), needles) == []
    system = recent_files_containing(
        Path(tempfile.gettempdir()), started, tmp_path, [n for _, n in needles]
    )
    assert system == [], system
    # no cache of OpenCV, PyAV or dlib anywhere: only the app's own state files
    written = [p for p in files_below(home) + files_below(private_tmp) + files_below(work)]
    foreign = [p for p in written if "likeness" not in str(p.relative_to(tmp_path)).lower()]
    assert foreign == [], foreign
