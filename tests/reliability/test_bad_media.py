"""Bad media: each bad file gets its own clear sentence, the batch goes on, nothing partial is
stored (no orphan object, no temp file), and the good files of the batch are imported whole.

The batch: a zero-byte file, a truncated JPEG, a PNG named .jpg (content wins: imported as a
PNG), text named .jpg, a 30000x30000 PNG decompression bomb (about 100 KB on disk), a JPEG
carrying 10 MB of EXIF/APP segments, a sparse 300 MB "JPEG", a symlink loop of files and a
symlinked folder pointing back at its parent, and two good photos.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import time
import zlib
from pathlib import Path

import pytest

from app.errors import BadMedia
from tests.support import new_service, record, temp_leftovers


def jpeg(seed: int, size: tuple[int, int] = (200, 150)) -> bytes:
    from PIL import Image

    rng = random.Random(seed)
    image = Image.new("RGB", (4, 3))
    image.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(12)])
    out = io.BytesIO()
    image.resize(size).save(out, "JPEG", quality=85)
    return out.getvalue()


def png(seed: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(jpeg(seed))).save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(side: int = 30_000) -> bytes:
    """A valid 1-bit 30000x30000 PNG (900 Mpx) that compresses to about 100 KB."""
    row = b"\x00" * (1 + (side + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row * 1000) for _ in range(side // 1000)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")
    )


def jpeg_with_huge_app_blocks(seed: int, total: int = 10 * 1024 * 1024) -> bytes:
    """A decodable JPEG whose metadata is 10 MB: a junk EXIF APP1 then APP13/APP15 segments
    (one segment holds at most 65533 bytes, so it takes ~160 of them)."""
    base = jpeg(seed)
    rng = random.Random(seed)
    segments = [b"\xff\xe1" + struct.pack(">H", 65535) + b"Exif\x00\x00" + rng.randbytes(65527)]
    while sum(map(len, segments)) < total:
        marker = rng.choice([b"\xff\xed", b"\xff\xef"])
        segments.append(marker + struct.pack(">H", 65535) + rng.randbytes(65533))
    return base[:2] + b"".join(segments) + base[2:]


def build_batch(folder: Path) -> tuple[dict[str, str], dict[str, bytes]]:
    """Files to import; returns (bad file name -> word its error must contain, good files)."""
    folder.mkdir()
    good = {"good-1.jpg": jpeg(1), "good-2.jpg": jpeg(2), "really-a-png.jpg": png(3)}
    for name, data in good.items():
        (folder / name).write_bytes(data)
    bad = {
        "empty.jpg": "empty",
        "truncated.jpg": "truncated",
        "text.jpg": "not a photo",
        "bomb.png": "decompression bomb",
        "huge.jpg": "larger than 256 MB",
        "loop-a.jpg": "cannot be read",
        "loop-b.jpg": "cannot be read",
    }
    (folder / "empty.jpg").write_bytes(b"")
    whole = jpeg(4, (640, 480))
    (folder / "truncated.jpg").write_bytes(whole[: len(whole) // 2])
    (folder / "text.jpg").write_text("this is a shopping list, not a photo\n")
    (folder / "bomb.png").write_bytes(bomb_png())
    with (folder / "huge.jpg").open("wb") as fh:  # sparse: 300 MB that take no disk
        fh.write(jpeg(5)[:64])
        fh.truncate(300 * 1024 * 1024)
    os.symlink("loop-b.jpg", folder / "loop-a.jpg")
    os.symlink("loop-a.jpg", folder / "loop-b.jpg")
    os.symlink("..", folder / "parent-loop")  # a folder link back up: must not be walked
    (folder / "sub").mkdir()
    os.symlink("../sub", folder / "sub" / "self-loop")
    return bad, good


def test_bad_media_batch(tmp_path: Path) -> None:
    bad, good = build_batch(tmp_path / "incoming")
    huge_exif = jpeg_with_huge_app_blocks(6)
    assert len(huge_exif) > 10 * 1024 * 1024
    (tmp_path / "incoming" / "exif-10mb.jpg").write_bytes(huge_exif)
    service = new_service(tmp_path / "vault", "bad media")
    try:
        started = time.perf_counter()
        report = service.import_paths([tmp_path / "incoming"])
        elapsed = time.perf_counter() - started
        errors = {Path(path).name: sentence for path, sentence in report.errors}
        for name, word in bad.items():
            assert name in errors, f"{name} gave no error: {errors}"
            sentence = errors[name]
            assert sentence.startswith(name + ":") and sentence.endswith("."), sentence
            assert word in sentence, sentence
        imported = {Path(o.path).name: o.item for o in report.imported}
        # the 10 MB of metadata: either imported whole or refused with a sentence, never a crash
        outcome = "refused" if "exif-10mb.jpg" in errors else "imported"
        if outcome == "imported":
            assert imported["exif-10mb.jpg"].sha256 == hashlib.sha256(huge_exif).hexdigest()
        assert set(errors) | set(imported) == {*bad, *good, "exif-10mb.jpg"}
        for name, data in good.items():
            item = imported[name]
            assert service.original_bytes(item.id) == data
        assert imported["really-a-png.jpg"].mime == "image/png"
        # nothing partial: every object on disk belongs to an imported item
        assert service.vault.orphan_objects() == []
        objects = list((tmp_path / "vault" / "objects").rglob("*.lvo"))
        assert len(objects) == 2 * len(imported)
        assert temp_leftovers(tmp_path / "vault") == []
        assert service.check().ok
    finally:
        service.lock()
    record(
        f"bad media: {len(bad)} bad files each refused with its own sentence, 10 MB EXIF JPEG "
        f"{outcome}, {len(good)} good files imported, 0 orphan objects, batch of "
        f"{len(bad) + len(good) + 1} in {elapsed:.1f} s"
    )


def test_bad_photo_data_leaves_nothing(tmp_path: Path) -> None:
    """In-memory import (generated or pasted photos): a bomb refuses the call, stores nothing."""
    service = new_service(tmp_path / "vault", "bad media")
    try:
        before = sorted(p.name for p in (tmp_path / "vault").rglob("*") if p.is_file())
        for name, data in (
            ("bomb.png", bomb_png()),
            ("empty.jpg", b""),
            ("half.jpg", jpeg(9)[:300]),
        ):
            with pytest.raises(BadMedia) as refused:
                service.import_photo_data([("fine.jpg", jpeg(8)), (name, data)])
            assert str(refused.value).startswith(name)
            after = sorted(p.name for p in (tmp_path / "vault").rglob("*") if p.is_file())
            assert after == before, f"{name}: files were left behind"
            assert service.records.media == {}
    finally:
        service.lock()
