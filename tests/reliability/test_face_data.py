"""Face data (biometric) exists only by the performer's choice and only inside the vault.

With a test face fingerprint registered (``requires="face_matching"``, as ``face/1`` is):

- turning face matching off deletes every face object file at once: every object file left in
  the vault folder is decrypted and none holds face data, at once and after the older index
  generations (which still name the deleted ids) have been replaced by later saves;
- a backup made after it holds no face object; an evidence bundle made while face matching is
  on holds no face data either (the issue exports face data only through the revocation
  manifest's explicit opt-in, not in an evidence bundle or a backup made after "off").
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.domain.models import NO_OBJECT
from app.matching import fingerprints
from app.services.vault_service import VaultService
from tests.reliability.test_kill_backfill_objects import FACE, REGISTRY
from tests.support import PASSWORD, buyer_with_deal, jpeg_bytes, new_service, record


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)


def decrypted_objects(service: VaultService, root: Path | None = None) -> dict[str, bytes]:
    """Every object file below the vault folder (or a copy of it), decrypted."""
    root = root or service.path
    out: dict[str, bytes] = {}
    for path in sorted((root / "objects").rglob("*.lvo")):
        oid = path.name.removesuffix(".lvo")
        if root == service.path:
            out[oid] = service.vault.read_object_bytes(oid, oid)
        else:
            copy = service.vault.object_path(oid)
            assert copy.exists(), f"{oid} is in the copy but not in the vault"
            assert copy.read_bytes() == path.read_bytes()
            out[oid] = service.vault.read_object_bytes(oid, oid)
    return out


def faces_of(service: VaultService) -> dict[str, bytes]:
    """The face objects stored now, by object id, decrypted."""
    return {
        oid: service.vault.read_object_bytes(oid, m.name)
        for m in service.records.media.values()
        if (oid := m.derived.get(FACE.key, NO_OBJECT)) != NO_OBJECT
    }


def make(tmp_path: Path) -> tuple[VaultService, dict[str, bytes]]:
    service = new_service(tmp_path / "vault", "face data")
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i, (480, 360))) for i in range(6)])
    buyer_with_deal(service)
    service.set_face_matching(True)
    assert service.backfill().pending == 0
    faces = faces_of(service)
    assert len(faces) >= 2, "the test photos must have test faces"
    return service, faces


def test_face_matching_off_leaves_no_face_data_in_any_object_file(
    tmp_path: Path, registry: None
) -> None:
    service, faces = make(tmp_path)
    try:
        assert set(faces) <= set(decrypted_objects(service))  # the scan sees them
        service.set_face_matching(False)
        left = decrypted_objects(service)
        assert not set(faces) & set(left)
        assert not [oid for oid, data in left.items() if data in faces.values()]
        for n in range(4):  # the older generations naming the deleted ids go
            service.add_buyer(f"later {n}")
        assert not set(faces) & set(decrypted_objects(service))
        report = service.check()
        assert report.ok and report.leftovers == 0, (report.problems, report.warnings)
        # on again: computed afresh (new objects), off again: gone again
        service.set_face_matching(True)
        assert service.backfill().pending == 0
        again = faces_of(service)
        assert sorted(again.values()) == sorted(faces.values()) and not set(again) & set(faces)
        service.set_face_matching(False)
        assert not set(again) & set(decrypted_objects(service))
    finally:
        service.lock()
    reopened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        assert not reopened.records.matching.face_matching
        assert reopened.pending_fingerprints() == 0  # off: faces are not pending
        assert reopened.check().ok
    finally:
        reopened.lock()
    record(f"face data: {len(faces)} face objects, 0 left in any object file after off")


def test_no_face_data_in_a_backup_after_off_nor_in_an_evidence_bundle(
    tmp_path: Path, registry: None
) -> None:
    from app.services import backup, evidence

    service, faces = make(tmp_path)
    try:
        buyer = next(iter(service.records.buyers))
        bundle = tmp_path / "evidence.zip"
        evidence.export_evidence(service, bundle, buyer_id=buyer)  # face matching on
        with zipfile.ZipFile(bundle) as zf:
            names = zf.namelist()
            contents = [zf.read(n) for n in names]
        raw = bundle.read_bytes()
        for blob in faces.values():
            assert blob not in raw and not any(blob[:64] in c for c in contents)
        assert not any(FACE.key.encode() in c for c in contents), names
        assert not any(oid.encode() in c for c in contents for oid in faces)
        # a backup while on holds them, encrypted (inside a vault copy); after off, none
        service.set_face_matching(False)
        copy = tmp_path / "backup"
        backup.back_up(service, copy, password=PASSWORD)
        copied = decrypted_objects(service, copy)
        assert copied and not set(faces) & set(copied)
        assert not [oid for oid, data in copied.items() if data in faces.values()]
    finally:
        service.lock()
    record(
        f"face data: evidence bundle (face matching on) holds none of {len(faces)} face objects; "
        f"a backup after off holds none"
    )


KILL_OFF = """
import os, sys
sys.path.insert(0, sys.argv[2])
from test_kill_backfill_objects import REGISTRY
from app.matching import fingerprints
from app.services.vault_service import VaultService
from app.vault.vault import Vault

fingerprints.REGISTRY = REGISTRY
service = VaultService.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"))
unlink, count = Vault._unlink_object, [0]

def dies_at_the_third(self, object_id):
    count[0] += 1
    if count[0] == int(sys.argv[3]):
        os._exit(9)  # killed between two deletions: no cleanup, as with kill -9
    return unlink(self, object_id)

Vault._unlink_object = dies_at_the_third
service.set_face_matching(False)
"""


@pytest.mark.parametrize("at", [1, 3])
def test_a_kill_while_face_data_is_deleted_leaves_none_behind(
    tmp_path: Path, registry: None, at: int
) -> None:
    """Turning face matching off saves first, then deletes the face object files. A kill (or a
    failing unlink) between the two must not leave face data on the disk for good: the later
    saves delete what is left, and no open ever calls it a leftover of a lost save."""
    import subprocess
    import sys

    from tests.support import subprocess_env

    service, faces = make(tmp_path)
    service.lock()
    vault = tmp_path / "vault"
    script = tmp_path / "kill_off.py"
    script.write_text(KILL_OFF)
    here = Path(__file__).parent
    done = subprocess.run(
        [sys.executable, str(script), str(vault), str(here), str(at)],
        input=PASSWORD + "\n",
        text=True,
        capture_output=True,
        env=subprocess_env(),
    )
    assert done.returncode == 9, done.stderr

    def present() -> list[str]:
        return [oid for oid in faces if (vault / "objects" / oid[:2] / f"{oid}.lvo").exists()]

    assert len(present()) == len(faces) - (at - 1)  # the kill left some behind
    opened = VaultService.open(vault, PASSWORD)
    try:
        assert not opened.records.matching.face_matching
        for n in range(4):  # the older generations naming them go; so must the files
            opened.add_buyer(f"later {n}")
            assert not [w for w in opened.warnings if "newest saved state" in w]
        assert present() == [], "face data stayed on the disk after face matching was off"
        report = opened.check()
        assert report.ok and report.leftovers == 0, report.warnings
    finally:
        opened.lock()
    reopened = VaultService.open(vault, PASSWORD)
    try:
        assert reopened.warnings == [], reopened.warnings
    finally:
        reopened.lock()


def test_face_matching_turned_off_during_the_backfill_keeps_no_face(
    tmp_path: Path, registry: None
) -> None:
    """The performer turns face matching off while the queue is computing faces (the GUI's
    queue runs in the background): the faces computed meanwhile are never saved and their
    object files are deleted; no face data is left in any object file."""
    service = new_service(tmp_path / "vault", "face race")
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i, (480, 360))) for i in range(12)])
    service.set_face_matching(True)
    store = service._store_derived
    stored_faces: list[bytes] = []

    def store_then_turn_off(blob: bytes) -> str:
        oid = store(blob)
        if blob.startswith(b"face-of-"):
            stored_faces.append(blob)
            if len(stored_faces) == 3:  # the user turns it off, from another thread
                service.set_face_matching(False)
        return oid

    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(service, "_store_derived", store_then_turn_off)
            report = service.backfill(batch=4)
        assert not report.errors and report.pending == 0, report
        assert len(stored_faces) >= 3
        assert not service.records.matching.face_matching
        assert all(FACE.key not in m.derived for m in service.records.media.values())
        left = decrypted_objects(service)
        assert not [oid for oid, data in left.items() if data in stored_faces]
        report_check = service.check()
        assert report_check.ok and report_check.leftovers == 0, report_check.warnings
    finally:
        service.lock()
    record(
        f"face data: off during the back-fill: {len(stored_faces)} faces computed meanwhile, "
        f"0 saved, 0 left in any object file"
    )
