"""Issue 10 part 2: no old password, old header copy or remembered key opens the vault.

The header copy used is the newest one that decodes; an older copy is used only when the newer
is damaged, never because the password did not unwrap the newer one.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app import cli
from app.domain.models import Records
from app.errors import WrongPassword
from app.services.vault_service import VaultService
from app.vault import crypto, format
from app.vault.keystore import KeyStore
from app.vault.vault import HEADER_BACKUP, HEADER_NAME, Vault
from tests.support import FAST_KDF, PASSWORD, create_vault, flip_bit, new_service

NEW = PASSWORD + " 新"


class MemoryBackend:
    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


def _passwd_with_cli(vault: Path, old: str, new: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{old}\n{new}\n"))
    assert cli.main(["passwd", str(vault)]) == 0


def test_old_header_copy_with_the_old_password_is_refused(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reproduction of the issue: passwd, then the pre-change vault.json over the .bak."""
    service = new_service(vault_dir)
    service.add_buyer("阿杰")
    service.lock()
    before = (vault_dir / HEADER_NAME).read_bytes()
    _passwd_with_cli(vault_dir, PASSWORD, NEW, monkeypatch)
    (vault_dir / HEADER_BACKUP).write_bytes(before)

    with pytest.raises(WrongPassword):
        Vault.open(vault_dir, PASSWORD, records_type=Records)
    # the same with the stale copy in the main file's place
    (vault_dir / HEADER_BACKUP).write_bytes((vault_dir / HEADER_NAME).read_bytes())
    (vault_dir / HEADER_NAME).write_bytes(before)
    with pytest.raises(WrongPassword):
        Vault.open(vault_dir, PASSWORD, records_type=Records)

    # the new password opens, says so, and rewrites the stale copy
    vault = Vault.open(vault_dir, NEW, records_type=Records)
    try:
        assert any("older copy of the vault header" in w for w in vault.warnings), vault.warnings
    finally:
        vault.close()
    assert (vault_dir / HEADER_NAME).read_bytes() == (vault_dir / HEADER_BACKUP).read_bytes()
    with pytest.raises(WrongPassword):
        Vault.open(vault_dir, PASSWORD, records_type=Records)
    Vault.open(vault_dir, NEW, records_type=Records).close()


def test_an_older_copy_is_used_only_when_the_newer_is_damaged(vault_dir: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSWORD, Records(), argon2=FAST_KDF)
    vault.change_password(NEW)
    vault.close()
    newest = (vault_dir / HEADER_NAME).read_bytes()
    flip_bit(vault_dir / HEADER_NAME, 40)  # a disk error: the checksum fails
    (vault_dir / HEADER_BACKUP).write_bytes(newest)
    # the good copy is the newest valid one
    opened = Vault.open(vault_dir, NEW, records_type=Records)
    assert any("damaged" in w for w in opened.warnings), opened.warnings
    opened.close()


def test_one_key_derivation_per_open_even_when_the_copies_differ(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(vault_dir, PASSWORD, Records(), argon2=FAST_KDF)
    before = (vault_dir / HEADER_NAME).read_bytes()
    vault.change_password(NEW)
    vault.close()
    (vault_dir / HEADER_BACKUP).write_bytes(before)
    calls: list[dict[str, Any]] = []
    real = Argon2id  # the class crypto derives keys with (patched into crypto below)

    def counting(**kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(crypto, "Argon2id", counting)
    with pytest.raises(WrongPassword):
        Vault.open(vault_dir, PASSWORD, records_type=Records)
    assert len(calls) == 1
    Vault.open(vault_dir, NEW, records_type=Records).close()
    assert len(calls) == 2


def test_a_remembered_vault_stops_opening_when_the_password_changes(tmp_path: Path) -> None:
    """The keyring keeps the password slot's key-encryption key, not the vault key: a change
    of password anywhere (another computer, the CLI) makes every remembered copy useless."""
    vault_dir = tmp_path / "vault"
    store = KeyStore(MemoryBackend())
    service = new_service(vault_dir)
    service.remember(store)
    vault_id = str(service.vault.vault_id)
    stale = store.recall(vault_id)
    assert stale is not None and stale != service.vault.key
    service.lock()
    VaultService.open(vault_dir, keystore=store).lock()  # it works before the change

    copy = tmp_path / "copy"  # the old header copy alone does not bring it back either
    shutil.copytree(vault_dir, copy)
    service = VaultService.open(vault_dir, PASSWORD)
    service.change_password(NEW)
    service.lock()
    with pytest.raises(WrongPassword, match="remembered key"):
        VaultService.open(vault_dir, keystore=store)
    assert store.recall(vault_id) is None  # the useless entry was forgotten
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput, match="does not remember"):
        VaultService.open(vault_dir, keystore=store)
    # a stale entry and the old header copy do not bring the old state back either
    store.remember(vault_id, stale)
    (vault_dir / HEADER_BACKUP).write_bytes((copy / HEADER_NAME).read_bytes())
    with pytest.raises(WrongPassword, match="remembered key"):
        VaultService.open(vault_dir, keystore=store)


def test_remembering_needs_the_password(vault_dir: Path) -> None:
    from app.errors import InvalidInput

    service, recovery = create_vault(vault_dir)
    service.lock()
    by_recovery = VaultService.open(vault_dir, recovery_key=recovery)
    try:
        with pytest.raises(InvalidInput, match="open it with the password"):
            by_recovery.remember(KeyStore(MemoryBackend()))
    finally:
        by_recovery.lock()


def test_recovery_key_opens_a_header_whose_kdf_parameters_were_lowered(vault_dir: Path) -> None:
    """Someone lowers the KDF parameters and re-makes the checksum: the password no longer
    unwraps (its key-encryption key changed), the recovery key does, the MAC then fails: the
    vault opens with a clear warning and the header is rewritten, so the owner is not locked
    out."""
    import hashlib

    service, recovery = create_vault(vault_dir)
    buyer = service.add_buyer("阿杰")
    service.lock()
    for name in (HEADER_NAME, HEADER_BACKUP):
        doc = json.loads((vault_dir / name).read_bytes())
        doc.pop("checksum")
        doc["keyslots"][0]["kdf"]["memory_kib"] = 16 * 1024 + 8
        doc["checksum"] = hashlib.sha256(format.canonical_json(doc)).hexdigest()
        (vault_dir / name).write_text(json.dumps(doc))
    with pytest.raises(WrongPassword):
        VaultService.open(vault_dir, PASSWORD)
    opened = VaultService.open(vault_dir, recovery_key=recovery)
    try:
        assert buyer.id in opened.records.buyers
        assert any("set a new password" in w for w in opened.warnings), opened.warnings
        opened.change_password(NEW)
    finally:
        opened.lock()
    for name in (HEADER_NAME, HEADER_BACKUP):
        header = format.decode_header((vault_dir / name).read_bytes())
        # the lowered slot is gone; the new one has the defaults
        assert header.slot("password").argon2 == crypto.Argon2Params()
    again = VaultService.open(vault_dir, NEW)
    assert again.warnings == []
    again.lock()


def test_unknown_members_are_outside_the_mac_as_documented(vault_dir: Path) -> None:
    """§3.1: the MAC covers the members as a reader parses them; an unknown member (top level
    or inside a keyslot) is covered by the checksum only, so adding one keeps the vault
    opening, and an upper-case vault_id is the same vault_id."""
    import hashlib

    Vault.create(vault_dir, PASSWORD, Records(), argon2=FAST_KDF)[0].close()
    for name in (HEADER_NAME, HEADER_BACKUP):
        doc = json.loads((vault_dir / name).read_bytes())
        doc.pop("checksum")
        doc["keyslots"][0]["comment"] = "added by a later version"
        doc["keyslots"][1]["kdf"]["hint"] = 1
        doc["future"] = {"x": 1}
        doc["vault_id"] = doc["vault_id"].upper()
        doc["checksum"] = hashlib.sha256(format.canonical_json(doc)).hexdigest()
        (vault_dir / name).write_text(json.dumps(doc))
    vault = Vault.open(vault_dir, PASSWORD, records_type=Records)
    assert vault.warnings == []
    vault.close()
