"""A full disk or an I/O error while the back-fill stores derived objects or saves them.

The injector of ``test_failing_writes.py`` (``tests/support/faults.py``) fails the k-th
file-system call below the vault folder (mkdir, open, write, flush, close, fsync, replace,
folder fsync) with ENOSPC or EIO, for k = 1, 2, ... until the back-fill of 4 photos (two test
object fingerprints each, one optional one that dark photos lack) makes fewer calls. Two ways
it may end, both checked:

- the batch's save fails: ``WriteFailed`` with a sentence, every vault file byte-identical to
  before (the objects the batch stored are deleted again), the records unchanged;
- storing one photo's object fails: that photo is reported with the sentence and stays pending,
  the object it had already stored is deleted again, the other photos are saved.

Either way no object leaks (``leftovers()`` is empty), ``check()`` is clean, every saved object
decrypts to what its fingerprint computes, and once "space returns" the next run indexes the
rest. Turning face matching off under the same faults either fails with nothing changed (every
face object still readable) or deletes every face object file.
"""

from __future__ import annotations

import dataclasses
import errno
import shutil
from pathlib import Path

import pytest

from app.domain.models import NO_OBJECT
from app.errors import WriteFailed
from app.matching import fingerprints
from app.services.vault_service import VaultService
from tests.reliability.test_kill_backfill_objects import (
    BLOB,
    FACE,
    REGISTRY,
    expected_objects,
    object_files,
)
from tests.support import PASSWORD, jpeg_bytes, new_service, record, records_digest
from tests.support.faults import files_snapshot, inject

PHOTOS = 4


def make_pending(service: VaultService) -> None:
    """Every photo pending again: its derived data dropped in one save (outside the faults)."""
    with service.transaction() as records:
        for item in list(records.media.values()):
            if item.derived:
                service.vault.discard_objects(item.derived_object_ids())
                records.media[item.id] = dataclasses.replace(item, derived={})


def assert_derived_correct(service: VaultService, where: str) -> None:
    for item in service.records.media.values():
        if not item.derived:
            continue
        assert set(item.derived) == {BLOB.key, FACE.key}, (where, item.derived)
        for key, want in expected_objects(service, item.id).items():
            oid = item.derived[key]
            if want is None:
                assert oid == NO_OBJECT, (where, item.name, key)
            else:
                assert service.vault.read_object_bytes(oid, item.name) == want, (where, key)


def sentence_ok(message: str, err: int) -> bool:
    expected = "disk is full" if err == errno.ENOSPC else "input/output error"
    return expected in message and "nothing was changed" in message


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
def test_failing_writes_during_the_object_backfill(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, err: int
) -> None:
    vault = tmp_path / "vault"
    service = new_service(vault, "back-fill faults")
    service.import_photo_data(
        [
            (f"IMG_{i}.jpg", jpeg_bytes(i, (480, 360)) if i % 2 else jpeg_bytes(i, (360, 480)))
            for i in range(PHOTOS)
        ]
    )
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)
    service.set_face_matching(True)
    save_failed = item_failed = 0
    sites: set[str] = set()
    try:
        for k in range(1, 400):
            make_pending(service)
            # the trash of make_pending empties over the next saves: not this test's concern
            before_files = files_snapshot(vault)
            before_records = records_digest(service.records)
            where = f"{errno.errorcode[err]} at call {k}"
            with inject(monkeypatch, vault, err, k) as inj:
                try:
                    report = service.backfill(batch=PHOTOS)
                except WriteFailed as exc:
                    failure: WriteFailed | None = exc
                else:
                    failure = None
            monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)  # inject() undid it
            if inj.fired is None:
                assert failure is None and not report.errors, where
                assert report.indexed == PHOTOS, where
                break
            where += f" ({inj.fired})"
            sites.add(inj.fired)
            if failure is not None:  # the save failed: nothing changed on disk
                save_failed += 1
                assert sentence_ok(str(failure), err), (where, str(failure))
                assert files_snapshot(vault) == before_files, f"{where}: the vault changed"
                assert records_digest(service.records) == before_records, where
            else:  # one photo's object could not be stored: that photo is reported
                item_failed += 1
                assert len(report.errors) == 1, (where, report.errors)
                assert sentence_ok(str(report.errors[0][1]), err), (where, report.errors)
                assert report.indexed == PHOTOS - 1 and report.pending == 1, where
            assert service.vault.leftovers().object_ids == [], f"{where}: an object leaked"
            assert service.check().ok, where
            assert_derived_correct(service, where)
            # space returns: the next run indexes the rest
            assert service.backfill(batch=PHOTOS).pending == 0, where
            assert service.vault.leftovers().object_ids == [], where
            assert_derived_correct(service, where)
        else:
            raise AssertionError("the back-fill still made calls after 400 failures")
    finally:
        service.lock()
    assert save_failed >= 3 and item_failed >= 3, (save_failed, item_failed)
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)
    reopened = VaultService.open(vault, PASSWORD)
    try:
        assert reopened.check().ok and reopened.leftovers().object_ids == []
        assert reopened.pending_fingerprints() == 0
    finally:
        reopened.lock()
    record(
        f"back-fill faults {errno.errorcode[err]}: {save_failed + item_failed} calls failed in "
        f"turn ({', '.join(sorted(sites))}): {save_failed} failed saves (vault byte-identical), "
        f"{item_failed} photos reported and left pending, 0 leaked objects"
    )


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
def test_failing_writes_when_face_matching_is_turned_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, err: int
) -> None:
    vault = tmp_path / "vault"
    service = new_service(vault, "face off faults")
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i, (480, 360))) for i in range(6)])
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)
    failures = 0
    try:
        for k in range(1, 200):
            service.set_face_matching(True)
            assert service.backfill().pending == 0
            faces = [
                m.derived[FACE.key]
                for m in service.records.media.values()
                if m.derived.get(FACE.key, NO_OBJECT) != NO_OBJECT
            ]
            assert faces, "no test face was stored"
            before_files = files_snapshot(vault)
            with inject(monkeypatch, vault, err, k) as inj:
                try:
                    service.set_face_matching(False)
                except WriteFailed as exc:
                    failure: WriteFailed | None = exc
                else:
                    failure = None
            monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)
            where = f"{errno.errorcode[err]} at call {k} ({inj.fired})"
            if failure is not None:
                failures += 1
                assert sentence_ok(str(failure), err), (where, str(failure))
                assert files_snapshot(vault) == before_files, where
                assert service.records.matching.face_matching, where
                for item in service.records.media.values():
                    oid = item.derived[FACE.key]
                    if oid != NO_OBJECT:
                        service.vault.read_object_bytes(oid, item.name)  # still readable
                service.set_face_matching(False)  # space returns
            else:
                assert inj.fired is None, f"{where}: the failure was swallowed"
            names = object_files(vault)
            assert not [oid for oid in faces if f"{oid}.lvo" in names], f"{where}: face kept"
            assert all(FACE.key not in m.derived for m in service.records.media.values())
            assert service.check().ok, where
            if inj.fired is None:
                break
    finally:
        service.lock()
    assert failures >= 3, failures
    record(
        f"face matching off under {errno.errorcode[err]}: {failures} calls failed in turn, "
        f"each time nothing changed (every face object readable); 0 face objects kept after "
        f"the off that succeeded"
    )


def test_locking_while_the_backfill_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The vault is locked (the user, or the auto-lock) while the background queue is storing
    objects: the queue ends with a sentence (``VaultLocked``) or a report, at once, and the
    vault opens clean with nothing lost; what it stored before the lock is never saved and is
    either deleted again or reported as leftovers for ``clean``; the next run indexes all."""
    import threading

    from app.errors import UserError

    vault = tmp_path / "vault"
    service = new_service(vault, "lock during back-fill")
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i, (480, 360))) for i in range(8)])
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)
    service.set_face_matching(True)
    store = service._store_derived
    stored: list[str] = []

    def store_then_lock(blob: bytes) -> str:
        oid = store(blob)
        stored.append(oid)
        if len(stored) == 5:  # the user locks, from the GUI thread
            locker = threading.Thread(target=service.lock)
            locker.start()
            locker.join(10)
            assert not locker.is_alive(), "lock waited for the back-fill"
        return oid

    monkeypatch.setattr(service, "_store_derived", store_then_lock)
    try:
        report = service.backfill(batch=8)
    except UserError as exc:
        assert "locked" in str(exc), str(exc)
    else:
        assert report.errors and report.indexed == 0, report
    reopened = VaultService.open(vault, PASSWORD)
    try:
        check = reopened.check()
        assert check.ok, check.problems
        leftovers = set(reopened.leftovers().object_ids)
        assert leftovers <= set(stored)
        assert reopened.pending_fingerprints() == 8  # nothing of the locked run was saved
        reopened.remove_leftovers(sorted(leftovers))
        assert reopened.backfill().pending == 0
        assert_derived_correct(reopened, "after the lock")
    finally:
        reopened.lock()
    record(
        f"back-fill locked mid-batch: {len(stored)} objects stored before/around the lock, "
        f"{len(leftovers)} left as leftovers (reported, cleaned), 0 saved, 0 lost"
    )


def _match_sweep(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ks: list[int] | None
) -> tuple[int, int]:
    """A disk full at the k-th call of a ``match`` that first indexes 2 pending photos (real
    features) and then saves its search index: the match always answers (the search index
    not saved is only a cache); when the indexing could not be stored, the photos it missed are
    not searched and every result says how many, with the disk-full sentence (counted as
    "refusals" here: before, such a match was refused); never an unexplained exception, no
    object leaks, and a later match with space finds the photo."""
    from tests.reliability.test_damage_matching import best, jpeg, picture, query

    template = tmp_path / "template"
    service = new_service(template, "match faults")
    service.import_photo_data([(f"{n}.jpg", jpeg(picture(n))) for n in ("astronaut", "coffee")])
    service.lock()
    shot = query(tmp_path, "astronaut")
    failures = refusals = 0
    for k in ks or range(1, 400):
        vault = tmp_path / f"vault-{k}"
        shutil.copytree(template, vault)
        service = VaultService.open(vault, PASSWORD)
        try:
            with inject(monkeypatch, vault, errno.ENOSPC, k) as inj:
                [result] = service.matching.match([shot])  # never refused
            where = f"ENOSPC at call {k} ({inj.fired})"
            assert result.error is None, (where, result.error)
            if result.not_indexed:  # the indexing was not stored: said, the rest searched
                assert result.not_indexed == service.pending_fingerprints(), where
                assert "disk is full" in str(result.not_indexed_reason), where
                refusals += 1
            if inj.fired is None:
                assert ks is not None or k > 1, "a match made no write"
                assert [m.item_name for m in result.matches][:1] == ["astronaut.jpg"], where
                if ks is None:
                    break
                continue
            failures += 1
            assert service.vault.leftovers().object_ids == [], f"{where}: an object leaked"
            assert service.check().ok, where
            assert best(service, shot)[:1] == ["astronaut.jpg"], where  # space returned
            assert service.check().ok and service.pending_fingerprints() == 0, where
        finally:
            service.lock()
            shutil.rmtree(vault)
    else:
        if ks is None:
            raise AssertionError("the match still made calls after 400 failures")
    return failures, refusals


def test_a_full_disk_during_a_match_that_indexes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    failures, refusals = _match_sweep(monkeypatch, tmp_path, [1, 5, 12, 20, 28, 36])
    record(
        f"match with a full disk: {failures} sampled calls failed, "
        f"{refusals} answered saying the photos not indexed, the rest answered in full"
    )


@pytest.mark.slow
def test_a_full_disk_at_every_call_of_a_match_that_indexes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    failures, refusals = _match_sweep(monkeypatch, tmp_path, None)
    assert failures >= 10
    record(
        f"match with a full disk: {failures} calls failed in turn; "
        f"{refusals} answered saying the photos not indexed, the rest answered in full"
    )
