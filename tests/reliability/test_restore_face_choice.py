"""An older saved state never turns face matching back on (``app/services/face_choice.py``).

Face embeddings are biometric data the performer chose to have or not. The sequences here are
the ones a user lives through: face matching on, faces computed, a copy of that state kept (the
index folder, or a whole backup), face matching off, then the old state put back. Whatever
was put back, face matching is on afterwards only if it was on both in the restored state and
in the state this computer knew; no face is computed again, no record names a face object,
no face object is left on the disk, and the open says so in plain words.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import NO_OBJECT
from app.matching import faces, fingerprints
from app.services import backup, face_choice
from app.services.vault_service import VaultService
from app.vault import seen
from tests.data.faces.photos import FILES, data
from tests.reliability.test_kill_backfill_objects import FACE, REGISTRY, object_files
from tests.support import PASSWORD, jpeg_bytes, new_service, record
from tests.support.faults import inject

FACE_PHOTOS = ("obama", "biden")


def face_keys(service: VaultService, key: str) -> dict[str, str]:
    return {m.id: m.derived[key] for m in service.records.media.values() if key in m.derived}


def kept_off_notice(service: VaultService) -> str:
    notices = [w for w in service.warnings if getattr(w, "kind", "") == "face_matching_kept_off"]
    assert len(notices) == 1, service.warnings
    return str(notices[0])


@pytest.fixture
def real_faces() -> Iterator[None]:
    if not faces.available():
        pytest.skip("dlib or its model files missing")
    yield
    faces.shutdown()


def test_the_real_sequence_restoring_an_old_index_keeps_face_matching_off(
    tmp_path: Path, real_faces: None
) -> None:
    """on -> real faces computed -> the index folder kept -> off -> a later save -> the old
    index folder put back -> opened: off, no face key, no face object, the back-fill computes
    none, and the warning says so."""
    vault = tmp_path / "vault"
    service = new_service(vault, "restore faces")
    service.import_photo_data([(f"{n}{FILES[n].suffix}", data(n)) for n in FACE_PHOTOS])
    service.set_face_matching(True)
    assert service.backfill().pending == 0
    computed = face_keys(service, faces.KEY)
    stored = {oid for oid in computed.values() if oid != NO_OBJECT}
    assert len(stored) == len(FACE_PHOTOS)  # a real face in each
    shutil.copytree(vault / "index", tmp_path / "index-with-faces")  # that state, kept
    assert service.set_face_matching(False) == len(FACE_PHOTOS)
    service.add_buyer("a later save")
    service.lock()
    shutil.rmtree(vault / "index")
    shutil.copytree(tmp_path / "index-with-faces", vault / "index")  # the old state put back

    opened = VaultService.open(vault, PASSWORD)
    try:
        assert not opened.records.matching.face_matching
        assert face_keys(opened, faces.KEY) == {}
        assert not {f"{oid}.lvo" for oid in stored} & object_files(vault)
        sentence = kept_off_notice(opened)
        assert "face matching on" in sentence and "it stays off" in sentence, sentence
        assert opened.pending_fingerprints() == 0
        assert opened.backfill().pending == 0
        assert face_keys(opened, faces.KEY) == {}  # none computed
        assert opened.check().ok  # nothing refers to a missing object
    finally:
        opened.lock()
    again = VaultService.open(vault, PASSWORD)  # saved: no warning the second time
    try:
        assert not again.records.matching.face_matching
        assert not [w for w in again.warnings if "face" in w]
    finally:
        again.lock()
    record(
        f"restore after face matching off: {len(stored)} real face objects, the old index put "
        "back: off, 0 face keys, 0 face objects, 0 computed again"
    )


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)


def faced_vault(path: Path) -> VaultService:
    service = new_service(path, "restore faces")
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i, (480, 360))) for i in range(4)])
    return service


def test_a_whole_backup_restored_in_place_or_opened_where_it_lies_stays_off(
    tmp_path: Path, registry: None
) -> None:
    """A backup made while on holds the face objects: restored over the vault's folder, or
    opened where it lies, the face matching stays off and those face objects are deleted."""
    vault = tmp_path / "vault"
    service = faced_vault(vault)
    service.set_face_matching(True)
    service.backfill()
    stored = {oid for oid in face_keys(service, FACE.key).values() if oid != NO_OBJECT}
    assert stored
    backup.back_up(service, tmp_path / "usb")
    shutil.copytree(tmp_path / "usb", tmp_path / "usb-2")  # a second copy, opened where it lies
    service.set_face_matching(False)
    service.lock()
    shutil.rmtree(vault)
    shutil.copytree(tmp_path / "usb", vault)  # the whole backup restored in place
    assert {f"{oid}.lvo" for oid in stored} <= object_files(vault)
    for folder in (vault, tmp_path / "usb-2"):
        opened = VaultService.open(folder, PASSWORD)
        try:
            assert not opened.records.matching.face_matching, folder
            assert face_keys(opened, FACE.key) == {}
            assert not {f"{oid}.lvo" for oid in stored} & object_files(folder), folder
            kept_off_notice(opened)
            assert opened.backfill().pending == 0 and face_keys(opened, FACE.key) == {}
            assert opened.check().ok and opened.leftovers().count == 0
        finally:
            opened.lock()


def test_on_now_and_off_in_the_restored_state_the_restored_off_wins(
    tmp_path: Path, registry: None
) -> None:
    vault = tmp_path / "vault"
    service = faced_vault(vault)
    service.add_buyer("off, kept")
    shutil.copytree(vault / "index", tmp_path / "index-off")
    service.set_face_matching(True)
    service.backfill()
    assert face_keys(service, FACE.key)
    service.lock()
    shutil.rmtree(vault / "index")
    shutil.copytree(tmp_path / "index-off", vault / "index")
    opened = VaultService.open(vault, PASSWORD)
    try:
        assert not opened.records.matching.face_matching
        said = [
            w for w in opened.warnings if getattr(w, "kind", "") == "face_matching_off_restored"
        ]
        assert len(said) == 1 and "stays off" in said[0], opened.warnings
        assert opened.backfill().pending == 0 and face_keys(opened, FACE.key) == {}
    finally:
        opened.lock()
    # and an even older state that had it on, put back now, stays off too
    remembered = face_choice.recall(opened.vault.vault_id)
    assert remembered is not None and not remembered.on


def test_turned_on_again_after_the_off_the_newer_choice_stands(
    tmp_path: Path, registry: None
) -> None:
    """The memory says off at T; records turned on at S > T (on another computer, say) keep
    it on: only an OLDER state is kept off."""
    vault = tmp_path / "vault"
    service = faced_vault(vault)
    service.set_face_matching(True)
    vault_id = service.vault.vault_id
    service.lock()
    face_choice.note(vault_id, False, "2020-01-01T00:00:00Z")
    opened = VaultService.open(vault, PASSWORD)
    try:
        assert opened.records.matching.face_matching
        assert not [w for w in opened.warnings if "face" in w]
    finally:
        opened.lock()
    remembered = face_choice.recall(vault_id)
    assert remembered is not None and remembered.on


def test_when_the_save_at_open_fails_it_is_off_in_memory_and_saved_later(
    tmp_path: Path, registry: None
) -> None:
    vault = tmp_path / "vault"
    service = faced_vault(vault)
    service.set_face_matching(True)
    service.backfill()
    shutil.copytree(vault / "index", tmp_path / "index-on")
    service.set_face_matching(False)
    service.lock()
    shutil.rmtree(vault / "index")
    shutil.copytree(tmp_path / "index-on", vault / "index")
    with pytest.MonkeyPatch.context() as mp, inject(mp, vault, errno.ENOSPC, 1) as inj:
        opened = VaultService.open(vault, PASSWORD)
    assert inj.fired is not None  # the save at open failed
    try:
        assert not opened.records.matching.face_matching
        assert face_keys(opened, FACE.key) == {}
        kept_off_notice(opened)
        assert opened.pending_fingerprints() == 0
        opened.add_buyer("the next change saves it")
    finally:
        opened.lock()
    again = VaultService.open(vault, PASSWORD)
    try:
        assert not again.records.matching.face_matching and face_keys(again, FACE.key) == {}
    finally:
        again.lock()


def test_the_memory_holds_no_name_and_a_damaged_one_never_stops_an_open(
    tmp_path: Path, registry: None
) -> None:
    vault = tmp_path / "vault"
    service = faced_vault(vault)
    service.set_face_matching(True)
    service.lock()
    path = seen.state_dir() / face_choice.FILE_NAME
    text = path.read_text()
    assert "restore faces" not in text and "IMG_" not in text
    entry = json.loads(text)["vaults"][str(service.vault.vault_id)]
    assert set(entry) == {"on", "at"}
    saved = path.read_bytes()
    try:
        path.write_bytes(b"\xff{not json")
        opened = VaultService.open(vault, PASSWORD)
        assert opened.records.matching.face_matching
        opened.lock()
    finally:
        path.write_bytes(saved)


def test_kept_off_rule() -> None:
    off = face_choice.Choice(False, "2026-11-30T10:00:00Z")
    on = face_choice.Choice(True, "2026-11-30T10:00:00Z")
    assert face_choice.kept_off(True, "2026-11-30T09:00:00Z", off)  # older on: kept off
    assert face_choice.kept_off(True, "2026-11-30T10:00:00Z", off)  # the same second
    assert face_choice.kept_off(True, "", off)  # on since an unknown time
    assert not face_choice.kept_off(True, "2026-11-30T11:00:00Z", off)  # turned on again since
    assert not face_choice.kept_off(True, "2026-11-30T09:00:00Z", on)
    assert not face_choice.kept_off(True, "2026-11-30T09:00:00Z", None)
    assert not face_choice.kept_off(False, "", off)
    assert dataclasses.asdict(off) == {"on": False, "at": "2026-11-30T10:00:00Z"}


def test_the_cli_says_it_at_the_first_command_after_the_restore(
    tmp_path: Path, registry: None, run: Any
) -> None:
    vault = tmp_path / "vault"
    service = faced_vault(vault)
    service.set_face_matching(True)
    service.backfill()
    shutil.copytree(vault / "index", tmp_path / "index-on")
    service.set_face_matching(False)
    service.lock()
    shutil.rmtree(vault / "index")
    shutil.copytree(tmp_path / "index-on", vault / "index")
    res = run("photos", vault)
    assert res.code == 0, res.err
    assert "This saved state had face matching on" in res.err and "it stays off" in res.err
    assert "(4 photo(s))" in res.err, res.err
    res = run("match", vault, tmp_path / "nothing.jpg", "--faces")
    assert res.code != 0 and "Face matching is off" in res.err, res.err
