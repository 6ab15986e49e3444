"""A 100 MB clip goes in and comes out byte-identical while memory stays flat.

Measured in a fresh subprocess: the peak resident size (VmHWM, reset after open) reached
during import, check and export above the resident size before them, and the tracemalloc
peak of Python allocations while reading the item back."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.vault.format import OBJECT_HEADER
from tests.support import PASSWORD, mp4_bytes, new_service, subprocess_env

HEAD = OBJECT_HEADER.size
ITEM_BYTES = 100 * 1024 * 1024
LIMIT_BYTES = 40 * 1024 * 1024

SCRIPT = textwrap.dedent(
    """
    import hashlib, json, sys, tracemalloc
    from app.services.vault_service import VaultService

    def status(field):
        with open("/proc/self/status") as fh:
            line = next(l for l in fh if l.startswith(field + ":"))
        return int(line.split()[1]) * 1024

    def reset_peak():
        # VmHWM restarts from the current resident size (Linux >= 4.0); unlike ru_maxrss it
        # neither carries the forking parent's peak nor the KDF's peak at open
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")

    vault, source, target = sys.argv[1:4]
    service = VaultService.open(vault, password=sys.stdin.readline().rstrip("\\n"))
    reset_peak()
    before = status("VmRSS")
    report = service.import_paths([source])
    assert not report.errors, report.errors
    [item] = report.new_items
    after_import = status("VmHWM")
    check = service.check()
    assert check.ok, check.problems
    service.export_original(item.id, target)
    after_export = status("VmHWM")
    tracemalloc.start()
    digest = hashlib.sha256()
    for chunk in service.iter_original(item.id):
        digest.update(chunk)
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert digest.hexdigest() == item.sha256
    service.lock()
    print(json.dumps({
        "id": item.id, "sha256": item.sha256, "size": item.size, "kind": item.kind,
        "import_growth": after_import - before, "total_growth": after_export - before,
        "read_traced_peak": traced_peak,
    }))
    """
)


@pytest.fixture
def big_tmp(tmp_path: Path) -> Iterator[Path]:
    """tmp_path, emptied afterwards: pytest keeps old temp folders, 300 MB each here."""
    yield tmp_path
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.skipif(
    not Path("/proc/self/clear_refs").exists(), reason="measures VmHWM through /proc (Linux)"
)
def test_100_mb_item_round_trip_in_flat_memory(big_tmp: Path) -> None:
    tmp_path = big_tmp
    source = tmp_path / "clip.mp4"
    digest = hashlib.sha256()
    with source.open("wb") as fh:
        head = mp4_bytes(0, payload=0)
        fh.write(head)
        digest.update(head)
        block = os.urandom(1024 * 1024)
        written = len(head)
        while written < ITEM_BYTES:
            part = block[: ITEM_BYTES - written]
            fh.write(part)
            digest.update(part)
            written += len(part)
    vault = tmp_path / "vault"
    new_service(vault).lock()
    (tmp_path / "measure.py").write_text(SCRIPT)
    target = tmp_path / "exported.mp4"
    result = subprocess.run(
        [sys.executable, str(tmp_path / "measure.py"), str(vault), str(source), str(target)],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    print(stats)
    assert stats["kind"] == "clip" and stats["size"] == ITEM_BYTES
    assert stats["sha256"] == digest.hexdigest()
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest.hexdigest()
    assert stats["import_growth"] < LIMIT_BYTES, stats
    assert stats["total_growth"] < LIMIT_BYTES, stats
    assert stats["read_traced_peak"] < 8 * 1024 * 1024, stats
    # encrypted at rest: the object is the item plus a header and one tag per 1 MiB chunk
    objects = list((vault / "objects").rglob("*.lvo"))
    assert len(objects) == 1
    assert objects[0].stat().st_size == ITEM_BYTES + HEAD + 100 * 16
    with objects[0].open("rb") as fh:
        fh.seek(HEAD + 5 * (1024 * 1024 + 16))
        assert block[:4096] not in fh.read(2 * 1024 * 1024)


@pytest.mark.parametrize("size", [0, 1])
def test_tiny_clips_round_trip(tmp_path: Path, size: int) -> None:
    service = new_service(tmp_path / "v")
    data = mp4_bytes(1, payload=size)
    (tmp_path / "c.mp4").write_bytes(data)
    [item] = service.import_paths([tmp_path / "c.mp4"]).new_items
    assert service.original_bytes(item.id) == data
    service.lock()
