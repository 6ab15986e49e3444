"""Importing: every supported kind, folders, duplicates, byte-identical export, bad files."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.media import images as media
from app.services.vault_service import VaultService
from tests.support import (
    PASSWORD,
    bomb_png,
    heic_bytes,
    jpeg_bytes,
    mov_bytes,
    mp4_bytes,
    new_service,
    png_bytes,
    subprocess_env,
    truncated_jpeg,
    webp_bytes,
    write,
)

KINDS = [
    ("a.jpg", jpeg_bytes, "photo", "image/jpeg"),
    ("b.png", png_bytes, "photo", "image/png"),
    ("c.webp", webp_bytes, "photo", "image/webp"),
    ("d.heic", heic_bytes, "photo", "image/heic"),
    ("e.mp4", mp4_bytes, "clip", "video/mp4"),
    ("f.mov", mov_bytes, "clip", "video/quicktime"),
]


@pytest.mark.parametrize(("name", "make", "kind", "mime"), KINDS)
def test_each_kind_imports_and_exports_byte_identical(
    service: VaultService, tmp_path: Path, name: str, make: object, kind: str, mime: str
) -> None:
    data = make(7)  # type: ignore[operator]
    src = write(tmp_path / "in" / name, data)
    report = service.import_paths([src])
    assert report.errors == []
    [item] = report.new_items
    assert (item.kind, item.mime, item.name) == (kind, mime, name)
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.size == len(data)
    out = tmp_path / "out" / name
    out.parent.mkdir()
    assert service.export_original(item.id, out) == item.sha256
    assert out.read_bytes() == data
    if kind == "photo":
        assert (item.width, item.height) == (96, 64)
        assert len(item.fingerprints["dhash64/1"]) == 16
        thumb = service.thumbnail_bytes(item.id)
        assert thumb is not None
        with Image.open(io.BytesIO(thumb)) as image:
            assert image.format == "JPEG" and max(image.size) <= media.THUMB_SIZE
    else:
        assert item.thumb_object_id == ""
    # and all of it is still there after closing and opening again
    service.lock()
    reopened = VaultService.open(service.path, PASSWORD)
    try:
        assert reopened.original_bytes(item.id) == data
    finally:
        reopened.lock()


def test_a_folder_with_a_nested_folder_imports_everything_once(
    service: VaultService, tmp_path: Path
) -> None:
    root = tmp_path / "shoot"
    write(root / "01.jpg", jpeg_bytes(1))
    write(root / "sub" / "02.png", png_bytes(2))
    write(root / "sub" / "deeper" / "03.jpg", jpeg_bytes(3))
    write(root / "sub" / "deeper" / "same-as-01.jpg", jpeg_bytes(1))
    write(root / ".hidden.jpg", jpeg_bytes(4))
    report = service.import_paths([root])
    assert report.errors == []
    assert sorted(i.name for i in report.new_items) == ["01.jpg", "02.png", "03.jpg"]
    duplicates = [o for o in report.imported if o.duplicate]
    assert [Path(o.path).name for o in duplicates] == ["same-as-01.jpg"]
    assert len(service.records.media) == 3


def test_the_same_bytes_imported_twice_are_one_item(service: VaultService, tmp_path: Path) -> None:
    src = write(tmp_path / "x.jpg", jpeg_bytes(5))
    first = service.import_paths([src]).new_items[0]
    again = service.import_paths([write(tmp_path / "renamed.jpg", jpeg_bytes(5))])
    assert again.new_items == []
    assert [o.item.id for o in again.imported] == [first.id]
    assert again.imported[0].duplicate
    assert len(service.records.media) == 1
    # the second copy's encrypted objects were not left behind
    assert service.vault.orphan_objects() == []
    assert len(list((service.path / "objects").rglob("*.lvo"))) == 2  # original + thumbnail


BAD = [
    ("empty.jpg", b"", "empty"),
    ("cut.jpg", None, "truncated"),
    ("bomb.png", None, "decompression bomb"),
    ("noise.jpg", bytes(range(256)) * 40, "not a photo"),
    ("fake.jpg", b"\xff\xd8\xff" + bytes(range(200)) * 3, "cannot be decoded"),
]


def bad_bytes(name: str, data: bytes | None) -> bytes:
    if data is not None:
        return data
    return truncated_jpeg(3) if name == "cut.jpg" else bomb_png()


@pytest.mark.parametrize(("name", "data", "says"), BAD)
def test_bad_file_gets_a_clear_error_and_the_rest_of_the_batch_imports(
    service: VaultService, tmp_path: Path, name: str, data: bytes | None, says: str
) -> None:
    folder = tmp_path / "batch"
    write(folder / "good1.jpg", jpeg_bytes(11))
    write(folder / name, bad_bytes(name, data))
    write(folder / "good2.png", png_bytes(12))
    report = service.import_paths([folder])
    assert sorted(i.name for i in report.new_items) == ["good1.jpg", "good2.png"]
    [(path, message)] = report.errors
    assert Path(path).name == name
    assert message.startswith(f"{name}: ")
    assert says in message
    assert message.endswith(".")
    assert "Traceback" not in message
    # nothing of the bad file was kept: two items, each with a thumbnail
    assert service.vault.orphan_objects() == []
    assert len(list((service.path / "objects").rglob("*.lvo"))) == 4


def test_missing_path_is_a_per_file_error(service: VaultService, tmp_path: Path) -> None:
    good = write(tmp_path / "ok.jpg", jpeg_bytes(1))
    report = service.import_paths([tmp_path / "nope.jpg", good])
    assert [i.name for i in report.new_items] == ["ok.jpg"]
    assert report.errors == [(str(tmp_path / "nope.jpg"), "nope.jpg: no such file or folder.")]


def test_sniffing_goes_by_content_not_by_name(service: VaultService, tmp_path: Path) -> None:
    src = write(tmp_path / "actually-a-png.jpg", png_bytes(9))
    [item] = service.import_paths([src]).new_items
    assert item.mime == "image/png"


def test_exif_capture_time_and_orientation(service: VaultService, tmp_path: Path) -> None:
    image = Image.new("RGB", (80, 40), (200, 10, 10))
    exif = Image.Exif()
    exif[306] = "2024:05:06 07:08:09"
    exif[274] = 6  # rotated: the thumbnail comes out portrait
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    [item] = service.import_paths([write(tmp_path / "exif.jpg", out.getvalue())]).new_items
    assert item.captured_at == "2024-05-06T07:08:09"
    thumb = service.thumbnail_bytes(item.id)
    assert thumb is not None
    with Image.open(io.BytesIO(thumb)) as t:
        assert t.size[0] < t.size[1]


def test_import_photo_data_from_memory(service: VaultService) -> None:
    items = service.import_photo_data([("a.jpg", jpeg_bytes(1)), ("b.jpg", jpeg_bytes(1))])
    assert items[0].id == items[1].id
    assert len(service.records.media) == 1


def test_cancel_before_start_imports_nothing(service: VaultService, tmp_path: Path) -> None:
    import threading

    cancel = threading.Event()
    cancel.set()
    report = service.import_paths([write(tmp_path / "a.jpg", jpeg_bytes(1))], cancel=cancel)
    assert report.new_items == []
    assert report.cancelled
    assert list((service.path / "objects").rglob("*.lvo")) == []


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
def test_file_names_that_are_not_utf8_become_printable_text(
    service: VaultService, tmp_path: Path
) -> None:
    # a zip made on a Chinese Windows computer unpacks to GBK-encoded names
    folder = tmp_path / "zip"
    folder.mkdir()
    gbk = os.path.join(os.fsencode(folder), "照片.jpg".encode("gbk"))
    broken = os.path.join(os.fsencode(folder), b"ph\xffoto.jpg")
    with open(gbk, "wb") as fh:
        fh.write(jpeg_bytes(21))
    with open(broken, "wb") as fh:
        fh.write(jpeg_bytes(22))
    report = service.import_paths([folder])
    assert report.errors == []
    names = sorted(item.name for item in report.new_items)
    assert names == ["ph\ufffdoto.jpg", "照片.jpg"]
    for name in names:
        name.encode("utf-8")  # strict: no lone surrogates left to break printing or JSON


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
def test_cli_lists_a_non_utf8_name_on_a_strict_utf8_terminal(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    new_service(vault).lock()
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"ph\xffoto.jpg"), "wb") as fh:
        fh.write(jpeg_bytes(23))
    # a desktop's UTF-8 locale gives Python a strict stdout (C.UTF-8 would hide the problem)
    env = subprocess_env(PYTHONIOENCODING="utf-8")
    for argv in (["import", str(vault), str(folder)], ["photos", str(vault), "--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", *argv],
            input=(PASSWORD + "\n").encode(),
            capture_output=True,
            env=env,
        )
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        result.stdout.decode("utf-8")  # strict
    assert json.loads(result.stdout)[0]["name"] == "ph\ufffdoto.jpg"


def test_of_two_copies_in_one_import_the_first_listed_is_the_item(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whichever worker finishes first, the copy earlier in the list is the new item and the
    later one its duplicate (the copy that finished first here is the later one)."""
    import time

    from app.services import importing

    root = tmp_path / "shoot"
    for name in ("a-first.jpg", "b-second.jpg", "c-third.jpg"):
        write(root / name, jpeg_bytes(7))
    real = importing._import_one
    delays = {"a-first.jpg": 0.8, "b-second.jpg": 0.4}  # they finish last to first

    def slow_first(vault: Any, path: Path, cancel: Any) -> Any:
        time.sleep(delays.get(path.name, 0))
        return real(vault, path, cancel)

    monkeypatch.setattr(importing, "_import_one", slow_first)
    report = service.import_paths([root])
    assert [i.name for i in report.new_items] == ["a-first.jpg"]
    duplicates = [o for o in report.imported if o.duplicate]
    assert sorted(Path(o.path).name for o in duplicates) == ["b-second.jpg", "c-third.jpg"]
    assert {o.item.name for o in duplicates} == {"a-first.jpg"}  # each names the kept item
    assert [m.name for m in service.records.media.values()] == ["a-first.jpg"]
    service.lock()
    reopened = VaultService.open(service.path, PASSWORD)
    assert [m.name for m in reopened.records.media.values()] == ["a-first.jpg"]
    assert reopened.vault.orphan_objects() == []
    reopened.lock()
