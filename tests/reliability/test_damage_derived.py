"""Damaged, missing, old and foreign derived data (``MediaItem.derived``: features, faces).

A photo's derived objects are encrypted objects the photo owns. Whatever happens to one of
them, the photo itself stays whole and readable, and ``check()`` names the damaged object as
"matching data <key> of photo <name> (<id>)", never the photo:

- a flipped bit in a derived object, a derived object file deleted;
- a derived object file replaced by a valid object of ANOTHER vault (right format, another
  key) or by another photo's derived object of the same vault (right key, another object id):
  rejected as damaged, never trusted;
- an OLD index generation restored alone after face matching was turned off: the face objects
  it names were deleted with the choice and do not come back as readable objects; face
  matching stays off and the face keys are dropped (``app/services/face_choice.py``), so
  ``check()`` is clean, and the photos stay whole.

The matching service's side of it (the search index cache object damaged, deleted, old or
foreign; a photo's features damaged) is in ``test_damage_matching.py``.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from app.domain.models import NO_OBJECT
from app.errors import VaultDamaged
from app.matching import fingerprints
from app.services.vault_service import VaultService
from tests.reliability.test_kill_backfill_objects import BLOB, FACE, REGISTRY, object_files
from tests.support import PASSWORD, flip_bit, jpeg_bytes, new_service, record

PHOTOS = 5


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)


def indexed_vault(path: Path, name: str = "derived damage", seed: int = 0) -> VaultService:
    service = new_service(path, name)
    service.import_photo_data(
        [(f"IMG_{seed + i:04d}.jpg", jpeg_bytes(seed + i, (480, 360))) for i in range(PHOTOS)]
    )
    service.set_face_matching(True)
    report = service.backfill()
    assert report.pending == 0 and not report.errors
    return service


def assert_photos_whole(service: VaultService) -> None:
    """Every original decrypts to its recorded SHA-256 and every thumbnail decrypts."""
    import hashlib

    for item in service.records.media.values():
        assert hashlib.sha256(service.original_bytes(item.id)).hexdigest() == item.sha256
        assert service.thumbnail_bytes(item.id)


def only_problem_names(service: VaultService, key: str, item_id: str) -> str:
    report = service.check()
    assert not report.ok
    assert len(report.problems) == 1, [str(p) for p in report.problems]
    item = service.records.media[item_id]
    sentence = str(report.problems[0])
    assert f"matching data {key} of photo {item.name} ({item.id[:8]})" in sentence, sentence
    return sentence


def test_a_flipped_bit_in_a_derived_object_names_it_and_the_photo_stays_readable(
    tmp_path: Path, registry: None
) -> None:
    service = indexed_vault(tmp_path / "vault")
    rng = random.Random(15)
    try:
        for key in (BLOB.key, FACE.key):
            item = next(
                m for m in service.records.media.values() if m.derived.get(key, NO_OBJECT) != "-"
            )
            path = service.vault.object_path(item.derived[key])
            original = path.read_bytes()
            flip_bit(path, rng.randrange(len(original)), rng.randrange(8))
            sentence = only_problem_names(service, key, item.id)
            assert "damaged" in sentence or "changed" in sentence, sentence
            assert_photos_whole(service)
            path.write_bytes(original)
            assert service.check().ok
    finally:
        service.lock()


def test_a_deleted_derived_object_is_named_missing_and_nothing_else(
    tmp_path: Path, registry: None
) -> None:
    service = indexed_vault(tmp_path / "vault")
    try:
        item = next(iter(service.records.media.values()))
        service.vault.object_path(item.derived[BLOB.key]).unlink()
        sentence = only_problem_names(service, BLOB.key, item.id)
        assert "missing" in sentence, sentence
        assert_photos_whole(service)
        # not pending again by itself: the records still name the object
        assert service.pending_fingerprints() == 0
    finally:
        service.lock()
    reopened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        assert not reopened.warnings, reopened.warnings  # opening checks no object
        assert_photos_whole(reopened)
    finally:
        reopened.lock()


def test_a_derived_object_of_another_vault_or_photo_is_rejected_as_damaged(
    tmp_path: Path, registry: None
) -> None:
    ours = indexed_vault(tmp_path / "ours")
    theirs = indexed_vault(tmp_path / "theirs", "another vault", seed=0)  # the same photos
    try:
        mine = list(ours.records.media.values())
        other = list(theirs.records.media.values())
        # 1. a valid object of another vault (same photo, same fingerprint) in its place
        target = ours.vault.object_path(mine[0].derived[BLOB.key])
        saved = target.read_bytes()
        foreign = theirs.vault.object_path(other[0].derived[BLOB.key]).read_bytes()
        assert len(foreign) == len(saved) and foreign != saved
        target.write_bytes(foreign)
        only_problem_names(ours, BLOB.key, mine[0].id)
        with pytest.raises(VaultDamaged) as caught:
            ours.vault.read_object_bytes(mine[0].derived[BLOB.key], mine[0].name)
        assert "damaged" in str(caught.value) or "changed" in str(caught.value)
        target.write_bytes(saved)
        # 2. the same vault's derived object of another photo (right key, other object id)
        swapped = ours.vault.object_path(mine[1].derived[BLOB.key]).read_bytes()
        target.write_bytes(swapped)
        only_problem_names(ours, BLOB.key, mine[0].id)
        target.write_bytes(saved)
        # 3. another vault's object under its own name: not referenced, a leftover, never read
        stray = theirs.vault.object_path(other[1].derived[BLOB.key])
        dest = ours.vault.object_path(other[1].derived[BLOB.key])
        dest.parent.mkdir(exist_ok=True)
        shutil.copyfile(stray, dest)
        report = ours.check()
        assert report.ok and report.leftovers == 1, report.warnings
        assert_photos_whole(ours)
    finally:
        ours.lock()
        theirs.lock()


def test_an_old_generation_restored_after_face_matching_off_brings_no_face_back(
    tmp_path: Path, registry: None
) -> None:
    vault = tmp_path / "vault"
    service = indexed_vault(vault)
    old_index = tmp_path / "index-with-faces"
    shutil.copytree(vault / "index", old_index)  # a backup of the index folder, faces on
    faces = {
        m.id: m.derived[FACE.key]
        for m in service.records.media.values()
        if m.derived[FACE.key] != NO_OBJECT
    }
    assert faces
    assert service.set_face_matching(False) == PHOTOS
    service.add_buyer("a later save")
    service.lock()
    names = object_files(vault)
    assert not [oid for oid in faces.values() if f"{oid}.lvo" in names]
    # the old index restored alone (a sync tool, a backup of the index folder only)
    shutil.rmtree(vault / "index")
    shutil.copytree(old_index, vault / "index")
    opened = VaultService.open(vault, PASSWORD)
    try:
        # the old state had it on: kept off (app/services/face_choice.py), its face keys
        # dropped, so nothing refers to the deleted objects
        assert not opened.records.matching.face_matching
        for item_id, oid in faces.items():
            item = opened.records.media[item_id]
            assert FACE.key not in item.derived
            with pytest.raises(VaultDamaged, match="missing"):
                opened.vault.read_object_bytes(oid, item.name)
        report = opened.check()
        assert report.ok, [str(p) for p in report.problems]
        assert_photos_whole(opened)
        assert object_files(vault) == names  # the open deleted nothing, restored nothing
    finally:
        opened.lock()
    record(
        f"derived damage: an old index restored after face matching off: {len(faces)} face "
        f"keys dropped, face matching kept off, 0 face objects readable, every photo whole"
    )
