"""Failing writes, for real: a full disk or an I/O error at every write/fsync call site in turn.

Two ways:
- ``RLIMIT_FSIZE`` in a subprocess: the kernel itself refuses the write (EFBIG; SIGXFSZ is
  ignored so the write returns the error instead of killing the process).
- Injected ``OSError(ENOSPC)`` / ``OSError(EIO)``: every file-system call the save path makes
  (os.open, os.mkdir, each write/flush/close of the file objects, os.fsync, os.replace) is
  counted; for k = 1, 2, ... the k-th call fails, until the operation needs fewer than k calls.

Each time the operation raises ``WriteFailed`` with a sentence, every file below the vault
folder is byte-identical to before, the records in memory are unchanged, and once "space
returns" the same service object saves successfully and the vault opens and checks clean.
"""

from __future__ import annotations

import errno
import io
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.errors import WriteFailed
from app.services.vault_service import VaultService
from tests.support import PASSWORD, REPO, new_service, record, records_digest
from tests.support.faults import files_snapshot, inject


def _jpeg(seed: int, size: tuple[int, int] = (64, 48)) -> bytes:
    from PIL import Image

    rng = random.Random(seed)
    image = Image.new("RGB", (4, 3))
    image.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(12)])
    out = io.BytesIO()
    image.resize(size).save(out, "JPEG", quality=80)
    return out.getvalue()


# Each operation is called with (service, n) and must change the vault each time it succeeds.
Operation = Callable[[VaultService, int, Path], Any]


def op_add_buyer(service: VaultService, n: int, _tmp: Path) -> Any:
    return service.add_buyer(f"买家 {n}", notes="备注 " * 50)


def op_import_data(service: VaultService, n: int, _tmp: Path) -> Any:
    return service.import_photo_data([(f"IMG_{n}.jpg", _jpeg(n, (160, 120)))])


def op_import_files(service: VaultService, n: int, tmp: Path) -> Any:
    folder = tmp / f"batch-{n}"
    folder.mkdir()
    for i in range(2):
        (folder / f"photo-{i}.jpg").write_bytes(_jpeg(n * 10 + i, (120, 80)))
    report = service.import_paths([folder])
    assert not report.errors, report.errors
    return report


def op_add_deal(service: VaultService, n: int, tmp: Path) -> Any:
    buyer = next(iter(service.records.buyers))
    media = list(service.records.media)[:2]
    contract = tmp / f"contract-{n}.pdf"
    contract.write_bytes(b"%PDF-1.4 contract " + os.urandom(3000))
    return service.add_deal(buyer, media, "2025-05-01", attach=[(contract, "contract")], price="9")


def setup_delete_media(service: VaultService, n: int, _tmp: Path) -> Any:
    return service.import_photo_data([(f"DEL_{n}.jpg", _jpeg(1000 + n))])


def op_delete_media(service: VaultService, n: int, _tmp: Path) -> Any:
    # delete the oldest item: after a few saves objects leave the trash (unlinks after a save)
    return service.delete_media(next(iter(service.records.media)))


OPERATIONS: dict[str, Operation] = {
    "add_buyer": op_add_buyer,
    "import_photo_data": op_import_data,
    "import_paths": op_import_files,
    "add_deal_with_attachment": op_add_deal,
    "delete_media": op_delete_media,
}
SETUP: dict[str, Operation] = {"delete_media": setup_delete_media}


def _prepare(service: VaultService, tmp: Path) -> None:
    service.add_buyer("seed buyer")
    service.import_photo_data([(f"seed-{i}.jpg", _jpeg(500 + i)) for i in range(3)])


def sweep(
    monkeypatch: pytest.MonkeyPatch,
    service: VaultService,
    tmp: Path,
    operation: Operation,
    err: int,
    setup: Operation | None = None,
    max_k: int = 400,
) -> tuple[int, set[str]]:
    """Fail the k-th call for k = 1.. until the operation completes; returns (k's, sites)."""
    vault = service.path
    sites: set[str] = set()
    n = 0
    for k in range(1, max_k + 1):
        n += 1
        if setup is not None:
            setup(service, n, tmp)
        before_files = files_snapshot(vault)
        before_records = records_digest(service.records)
        with inject(monkeypatch, vault, err, k) as inj:
            try:
                operation(service, n, tmp)
            except WriteFailed as exc:
                failure: WriteFailed | None = exc
            else:
                failure = None
        if failure is None:
            assert inj.fired is None, f"k={k}: the {inj.fired} failure was swallowed"
            return k - 1, sites
        assert inj.fired is not None, f"k={k}: WriteFailed without an injected failure"
        sites.add(inj.fired)
        where = f"errno {errno.errorcode[err]} at call {k} ({inj.fired}; calls {inj.sites})"
        message = str(failure)
        assert message.endswith(".") and "nothing was changed" in message, (where, message)
        expected = "disk is full" if err == errno.ENOSPC else "input/output error"
        assert expected in message, (where, message)
        assert files_snapshot(vault) == before_files, f"{where}: the vault on disk changed"
        assert records_digest(service.records) == before_records, f"{where}: records changed"
        # space returns: the same service object saves again
        n += 1
        if setup is not None:
            setup(service, n, tmp)
        operation(service, n, tmp)
        assert files_snapshot(vault) != before_files
    raise AssertionError(f"the operation still made calls after {max_k} failures")


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_call_site_fails_cleanly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, err: int
) -> None:
    service = new_service(tmp_path / "vault", "fault test")
    try:
        _prepare(service, tmp_path)
        failures, sites = sweep(
            monkeypatch, service, tmp_path, OPERATIONS[name], err, SETUP.get(name)
        )
        assert failures >= 3
        digest = records_digest(service.records)
        report = service.check()
        assert report.ok, report.problems
    finally:
        service.lock()
    reopened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        assert records_digest(reopened.records) == digest
        assert reopened.check().ok
        assert not reopened.warnings, reopened.warnings
    finally:
        reopened.lock()
    record(
        f"failing writes: {name} with {errno.errorcode[err]}: {failures} call sites failed in "
        f"turn ({', '.join(sorted(sites))}), 0 changed files, recovered each time"
    )


# --- RLIMIT_FSIZE: the kernel refuses the write ---------------------------------------------

FSIZE_SCRIPT = r"""
import json, os, resource, signal, sys
sys.path.insert(0, sys.argv[2])
from tests.support import PASSWORD, new_service, records_digest, tree_snapshot
from app.errors import WriteFailed
from app.services.vault_service import VaultService

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write(2) instead of dying
root = sys.argv[1]
service = new_service(root, "fsize")
service.add_buyer("first")
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
results = []

def files():
    return {k: v for k, v in tree_snapshot(__import__("pathlib").Path(root)).items() if v != "dir"}

def attempt(label, limit, action):
    before, digest = files(), records_digest(service.records)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        action()
        outcome = "saved"
    except WriteFailed as exc:
        outcome = str(exc)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    results.append({
        "label": label, "outcome": outcome, "unchanged": files() == before,
        "records_unchanged": records_digest(service.records) == digest,
    })
    action()  # space returns: the same service saves
    results.append({"label": label + " after", "outcome": "saved", "changed": files() != before})

photo = open(sys.argv[3], "rb").read()
notes = open(sys.argv[4], encoding="ascii").read()
attempt("photo object over the limit", 16 * 1024,
        lambda: service.import_photo_data([("big.png", photo)]))
attempt("index over the limit", 4 * 1024, lambda: service.add_buyer("noisy", notes=notes))
report = service.check()
service.lock()
again = VaultService.open(root, PASSWORD)
results.append({"label": "reopen", "ok": again.check().ok and report.ok,
                "warnings": again.warnings, "buyers": len(again.records.buyers)})
again.lock()
print(json.dumps(results))
"""


def test_rlimit_fsize_refuses_write(tmp_path: Path) -> None:
    from PIL import Image

    noise = Image.effect_noise((160, 160), 80).convert("RGB")
    out = io.BytesIO()
    noise.save(out, "PNG")
    photo = out.getvalue()
    assert len(photo) > 40 * 1024
    (tmp_path / "photo.png").write_bytes(photo)
    # 18,000 random hex characters: the index cannot compress under 4 KiB
    (tmp_path / "notes.txt").write_text(os.urandom(9000).hex(), encoding="ascii")
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            FSIZE_SCRIPT,
            str(tmp_path / "vault"),
            str(REPO),  # the script imports tests.support
            str(tmp_path / "photo.png"),
            str(tmp_path / "notes.txt"),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    results = json.loads(proc.stdout)
    refused = [r for r in results if "unchanged" in r]
    assert len(refused) == 2
    for r in refused:
        assert "refused a file this large" in r["outcome"], r
        assert "nothing was changed" in r["outcome"], r
        assert r["unchanged"] and r["records_unchanged"], r
    assert all(r["changed"] for r in results if r["label"].endswith(" after"))
    final = results[-1]
    assert final["ok"] and final["warnings"] == [] and final["buyers"] == 2, final
    record(
        "failing writes: RLIMIT_FSIZE (EFBIG) on an object and on the index: refused, 0 changed files, saved after the limit was lifted"
    )


# --- header writes: a password change that cannot be written changes nothing -----------------


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
def test_password_change_fails_cleanly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, err: int
) -> None:
    vault = tmp_path / "vault"
    service = new_service(vault, "header faults")
    current = PASSWORD
    k = 0
    try:
        while True:
            k += 1
            before = files_snapshot(vault)
            slots = [s.to_json() for s in service.vault.header.keyslots]
            new = f"{PASSWORD} {k}"
            with inject(monkeypatch, vault, err, k) as inj:
                try:
                    service.change_password(new)
                except WriteFailed as exc:
                    failure: WriteFailed | None = exc
                else:
                    failure = None
            if failure is None:
                current = new
                break
            where = f"{errno.errorcode[err]} at call {k} ({inj.fired}; calls {inj.sites})"
            assert "nothing was changed" in str(failure), where
            assert files_snapshot(vault) == before, f"{where}: a header file changed"
            assert [s.to_json() for s in service.vault.header.keyslots] == slots, (
                f"{where}: the refused password is still in the header kept in memory"
            )
            service.change_password(new)  # space returns
            current = new
    finally:
        service.lock()
    VaultService.open(vault, current).lock()
    record(
        f"failing writes: change_password with {errno.errorcode[err]}: {k - 1} call sites "
        "failed in turn, header files unchanged and the old password kept each time"
    )


# --- the write protocol itself, traced: temp file, fsync, rename, folder fsync ----------------


def test_every_vault_write_is_temp_fsync_rename_fsync(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Deterministic companion of the kill -9 test: whatever a save, an import, a deal with an
    attachment or a password change writes below the vault goes to a ``.tmp-*`` file, which is
    fsynced before it is renamed over its final name, and the folder is fsynced after."""
    vault = tmp_path / "vault"
    service = new_service(vault, "protocol")
    root = str(vault.resolve())
    events: list[tuple[str, str]] = []
    fd_paths: dict[int, str] = {}
    real_open, real_fsync, real_replace = os.open, os.fsync, os.replace

    def traced_open(path: Any, flags: int, mode: int = 0o777, *a: Any, **k: Any) -> int:
        fd = real_open(path, flags, mode, *a, **k)
        full = os.path.abspath(os.fspath(path))
        fd_paths[fd] = full
        if (
            full.startswith(root)
            and flags & (os.O_WRONLY | os.O_RDWR)
            and not full.endswith(".lock")
        ):
            events.append(("open-write", full))
        return fd

    def traced_fsync(fd: int) -> None:
        real_fsync(fd)
        if fd_paths.get(fd, "").startswith(root):
            events.append(("fsync", fd_paths[fd]))

    def traced_replace(src: Any, dst: Any, *a: Any, **k: Any) -> None:
        real_replace(src, dst, *a, **k)
        events.append(("replace", f"{os.path.abspath(src)} -> {os.path.abspath(dst)}"))

    monkeypatch.setattr(os, "open", traced_open)
    monkeypatch.setattr(os, "fsync", traced_fsync)
    monkeypatch.setattr(os, "replace", traced_replace)
    try:
        _prepare(service, tmp_path)
        op_add_deal(service, 1, tmp_path)
        op_import_files(service, 2, tmp_path)
        service.change_password(PASSWORD)
    finally:
        monkeypatch.undo()
        service.lock()
    writes = [p for e, p in events if e == "open-write"]
    assert len(writes) >= 15
    for path in writes:
        assert os.path.basename(path).startswith(".tmp-"), f"written in place: {path}"
        i = events.index(("open-write", path))
        rest = events[i + 1 :]
        assert ("fsync", path) in rest, f"{path} was never fsynced"
        renames = [
            k for k, (e, p) in enumerate(rest) if e == "replace" and p.startswith(path + " ")
        ]
        assert renames, f"{path} was never renamed into place"
        assert rest.index(("fsync", path)) < renames[0], f"{path} renamed before its fsync"
        after = rest[renames[0] + 1 :]
        folder = os.path.dirname(path)
        assert ("fsync", folder) in after, f"{folder} not fsynced after the rename of {path}"
    record(
        f"write protocol: {len(writes)} vault writes traced, each temp -> fsync -> rename -> folder fsync"
    )
