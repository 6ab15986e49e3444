"""A full disk or an I/O error at every file-system call of a ``rekey`` in turn.

The injector of test_failing_writes.py makes the k-th write-side call (open for writing,
write, flush, close, fsync, replace, mkdir) below the vault fail, for k = 1, 2, ... until the
rekey needs fewer calls. Before the commit point the rekey must raise ``WriteFailed`` with a
sentence and leave every vault file byte-identical, the old key in force and the service
usable; a failure after it must not fail the rekey (the new key is on disk): the new recovery
key opens the vault, which checks whole.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.errors import WriteFailed
from app.services.demo import portrait
from app.services.vault_service import VaultService
from tests.support import PASSWORD, create_vault, record
from tests.support.faults import files_snapshot, inject


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
def test_rekey_fails_cleanly_at_every_call(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, err: int
) -> None:
    vault = tmp_path / "vault"
    service, recovery = create_vault(vault, "rekey faults")
    service.import_photo_data([(f"p{i}.jpg", portrait(i, (120, 160))) for i in range(2)])
    k = 0
    refused = after_commit = 0
    try:
        while True:
            k += 1
            before = files_snapshot(vault)
            key = service.vault.key
            with inject(monkeypatch, vault, err, k) as inj:
                try:
                    new = service.rekey(PASSWORD)
                except WriteFailed as exc:
                    failure: WriteFailed | None = exc
                else:
                    failure = None
            where = f"{errno.errorcode[err]} at call {k} ({inj.fired}; calls {inj.sites})"
            if failure is not None:
                refused += 1
                assert "nothing was changed" in str(failure), where
                assert files_snapshot(vault) == before, f"{where}: a vault file changed"
                assert service.vault.key == key, where
                continue
            recovery = new
            if inj.fired is None:
                break  # the rekey needed fewer than k calls: every call site was tried
            after_commit += 1
            service.lock()
            service = VaultService.open(vault, recovery_key=recovery)
            assert service.check().ok, where
            leftovers = service.vault.leftovers()
            service.vault.remove_leftovers(leftovers.object_ids)
    finally:
        service.lock()
    again = VaultService.open(vault, recovery_key=recovery)
    assert again.check().ok and again.warnings == []
    again.lock()
    record(
        f"failing writes: rekey with {errno.errorcode[err]}: {k - 1} call sites failed in "
        f"turn; {refused} before the commit point (WriteFailed, every vault file unchanged, old "
        f"key kept), {after_commit} after it (the rekey completed, new recovery key opens, check "
        "clean)"
    )
