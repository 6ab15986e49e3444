"""Issue 10 part 2: ``rekey`` renews the vault key, all or nothing.

Kills at and around the commit point are in tests/reliability/test_kill_rekey.py.
"""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest

from app import cli
from app.domain.models import Records
from app.errors import NotPossible, VaultDamaged, WrongPassword
from app.services.demo import portrait
from app.services.vault_service import VaultService
from app.vault import rekey
from app.vault.keystore import KeyStore
from app.vault.vault import HEADER_BACKUP, HEADER_NAME, Vault
from tests.support import PASSWORD, create_vault


class MemoryBackend:
    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


def snapshot(root: Path) -> dict[str, str]:
    """Every file below root (the lock file aside) and the SHA-256 of its bytes."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def make(vault_dir: Path, tmp_path: Path) -> tuple[VaultService, str]:
    service, recovery = create_vault(vault_dir, "rekey")
    service.import_photo_data([(f"p{i}.jpg", portrait(i, (120, 160))) for i in range(3)])
    big = tmp_path / "chat.bin"
    big.write_bytes(bytes(range(256)) * 9000 + b"tail")  # 2.2 MiB: three chunks
    service.add_attachment(big, "chat")
    service.add_buyer("阿杰")
    return service, recovery


def contents(service: VaultService) -> dict[str, str]:
    """The plaintext of every object, by the record that names it (ids change in a rekey)."""
    out = {}
    for item in service.records.media.values():
        out[item.id] = hashlib.sha256(service.original_bytes(item.id)).hexdigest()
        out[item.id + "/thumb"] = hashlib.sha256(
            service.thumbnail_bytes(item.id) or b""
        ).hexdigest()
    for att in service.records.attachments.values():
        out[att.id] = hashlib.sha256(service.attachment_bytes(att.id)).hexdigest()
    return out


def test_rekey_renews_every_key_and_keeps_every_record(vault_dir: Path, tmp_path: Path) -> None:
    service, old_recovery = make(vault_dir, tmp_path)
    store = KeyStore(MemoryBackend())
    service.remember(store)
    before_records = service.records.to_json()
    before_contents = contents(service)
    signing = service.signing_public_key()
    old_ids = service.records.object_ids()
    old_key = service.vault.key
    old_header = (vault_dir / HEADER_NAME).read_bytes()
    old_index = {p.name: p.read_bytes() for p in (vault_dir / "index").iterdir()}
    generation = service.vault.generation

    seen: list[tuple[int, int]] = []
    new_recovery = service.rekey(PASSWORD, lambda done, total, _name: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == len(before_contents)
    assert service.vault.key != old_key
    assert contents(service) == before_contents
    assert service.signing_public_key() == signing  # the evidence fingerprint stays
    assert service.records.object_ids().isdisjoint(old_ids)
    service.lock()

    on_disk = {p.stem for p in (vault_dir / "objects").glob("*/*.lvo")}
    assert on_disk and on_disk.isdisjoint(old_ids)  # the old objects are gone
    # one saved state, the next generation: the older ones were under the old key
    assert [p.name for p in (vault_dir / "index").iterdir()] == [f"index-{generation + 1:012d}.lvi"]
    again = VaultService.open(vault_dir, PASSWORD)
    try:
        assert again.warnings == []
        assert contents(again) == before_contents
        assert again.signing_public_key() == signing
        for name, record in before_records.items():
            if name not in ("media", "attachments"):
                assert again.records.to_json()[name] == record
        assert again.check().ok
    finally:
        again.lock()
    VaultService.open(vault_dir, recovery_key=new_recovery).lock()
    with pytest.raises(WrongPassword):
        VaultService.open(vault_dir, recovery_key=old_recovery)
    with pytest.raises(WrongPassword, match="remembered key"):
        VaultService.open(vault_dir, keystore=store)

    # an old header copy and the old password: refused as the older copy ...
    (vault_dir / HEADER_BACKUP).write_bytes(old_header)
    with pytest.raises(WrongPassword):
        VaultService.open(vault_dir, recovery_key=old_recovery)
    # ... and even as both copies, nothing it unlocks reads the vault any more
    (vault_dir / HEADER_NAME).write_bytes(old_header)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, PASSWORD, records_type=Records)
    # (old index files would be needed too: with them the old vault is an old backup)
    assert old_index


def test_cli_rekey_prints_a_new_recovery_key_once(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    service, old_recovery = make(vault_dir, tmp_path)
    service.lock()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main(["rekey", str(vault_dir)]) == 0
    out = capsys.readouterr().out
    new_recovery = out.strip().splitlines()[-1]
    assert len(new_recovery) == 39 and new_recovery != old_recovery
    assert "shown only once" in out
    VaultService.open(vault_dir, recovery_key=new_recovery).lock()
    assert "rekey" in cli.build_parser().format_help()


def test_rekey_with_a_wrong_password_changes_nothing(vault_dir: Path, tmp_path: Path) -> None:
    service, _ = make(vault_dir, tmp_path)
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassword):
        service.rekey(PASSWORD + "x")
    assert snapshot(vault_dir) == before
    service.lock()


def test_cancelled_rekey_changes_nothing(vault_dir: Path, tmp_path: Path) -> None:
    service, recovery = make(vault_dir, tmp_path)
    before = snapshot(vault_dir)
    cancel = threading.Event()

    def progress(done: int, total: int, _name: str) -> None:
        if done == 2:
            cancel.set()

    with pytest.raises(rekey.RekeyCancelled):
        service.rekey(PASSWORD, progress, cancel)
    assert snapshot(vault_dir) == before
    service.update_performer(notes="still usable")  # the old key is still the key
    service.lock()
    VaultService.open(vault_dir, recovery_key=recovery).lock()


def test_a_damaged_item_refuses_the_rekey_and_changes_nothing(
    vault_dir: Path, tmp_path: Path
) -> None:
    from tests.support import flip_bit

    service, _ = make(vault_dir, tmp_path)
    att = next(iter(service.records.attachments.values()))
    flip_bit(service.vault.object_path(att.object_id), -5)
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged, match="attachment"):
        service.rekey(PASSWORD)
    assert snapshot(vault_dir) == before
    service.lock()


def test_rekey_refuses_while_items_are_outside_the_newest_state(
    vault_dir: Path, tmp_path: Path
) -> None:
    service, _ = make(vault_dir, tmp_path)
    index = sorted((vault_dir / "index").iterdir())[-1]
    saved = index.read_bytes()
    service.import_photo_data([("late.jpg", portrait(9, (120, 160)))])
    service.lock()
    newest = sorted((vault_dir / "index").iterdir())[-1]
    kept = newest.read_bytes()
    newest.unlink()  # the newest save went missing: its photo's objects are leftovers
    assert index.read_bytes() == saved
    service = VaultService.open(vault_dir, PASSWORD)
    before = snapshot(vault_dir)
    with pytest.raises(NotPossible, match="not in the newest saved state"):
        service.rekey(PASSWORD)
    assert snapshot(vault_dir) == before
    service.lock()
    newest.write_bytes(kept)


def test_an_uncommitted_rekey_is_noted_then_cleaned_by_the_next(
    vault_dir: Path, tmp_path: Path
) -> None:
    """The pending index of a killed rekey that never committed (the vault's key cannot read
    it) is noted at open and left alone; the next rekey removes it."""
    service, _ = make(vault_dir, tmp_path)
    service.lock()
    stale = vault_dir / "index" / rekey.pending_name(99)
    stale.write_bytes(b"LVIX" + b"\x00" * 60)
    opened = VaultService.open(vault_dir, PASSWORD)
    assert any("interrupted change of the vault key" in w for w in opened.warnings)
    assert stale.exists()  # opening never deletes it
    opened.rekey(PASSWORD)
    assert not stale.exists()
    opened.lock()
    assert VaultService.open(vault_dir, PASSWORD).warnings == []
