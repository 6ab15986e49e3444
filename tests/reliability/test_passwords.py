"""Passwords: a wrong password and damaged key material give different sentences; Unicode
passwords are NFC-normalised (what is typed decomposed opens what was created composed, and
the other way round); an empty password is refused at creation and at a change."""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from app.errors import InvalidInput, VaultDamaged, WrongPassword
from app.services.vault_service import VaultService
from app.vault import format
from tests.support import PASSWORD, create_vault, new_service, record


def _make(path: Path, password: str = PASSWORD) -> None:
    service = new_service(path, "pw", password=password)
    service.add_buyer("buyer")
    service.lock()


def _rewrite_keyslot(path: Path, name: str, fix_checksum: bool) -> None:
    """Flip one bit of the password keyslot's wrapped key in header file ``name``."""
    doc = json.loads((path / name).read_bytes())
    slot = doc["keyslots"][0]
    wrapped = bytearray(base64.b64decode(slot["wrapped_key"]))
    wrapped[5] ^= 0x10
    slot["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    if fix_checksum:
        doc.pop("checksum")
        doc["checksum"] = hashlib.sha256(format.canonical_json(doc)).hexdigest()
    (path / name).write_text(json.dumps(doc, indent=2, sort_keys=True))


def test_wrong_password_sentence(tmp_path: Path) -> None:
    _make(tmp_path / "v")
    with pytest.raises(WrongPassword) as wrong:
        VaultService.open(tmp_path / "v", PASSWORD + "x")
    assert str(wrong.value) == "The password is wrong; the vault was not opened."


def test_damaged_key_material_is_not_called_a_wrong_password(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _make(vault)
    with pytest.raises(WrongPassword) as wrong:
        VaultService.open(vault, "not it")
    # the wrapped key damaged in both copies (the checksum tells): a different sentence and type
    for name in ("vault.json", "vault.json.bak"):
        _rewrite_keyslot(vault, name, fix_checksum=False)
    with pytest.raises(VaultDamaged) as damaged:
        VaultService.open(vault, PASSWORD)
    assert not isinstance(damaged.value, WrongPassword)
    assert str(damaged.value) != str(wrong.value)
    assert "damaged" in str(damaged.value)
    assert set(damaged.value.damaged) == {"vault.json", "vault.json.bak"}


def test_one_damaged_keyslot_copy_falls_back_to_the_other(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    _make(vault)
    _rewrite_keyslot(vault, "vault.json", fix_checksum=False)
    service = VaultService.open(vault, PASSWORD)
    try:
        assert any(w.startswith("vault.json:") for w in service.warnings), service.warnings
        assert len(service.records.buyers) == 1
    finally:
        service.lock()
    # the open rewrote the damaged copy: both copies are whole again
    for name in ("vault.json", "vault.json.bak"):
        format.decode_header((vault / name).read_bytes())


def test_header_changed_outside_the_app_is_named(tmp_path: Path) -> None:
    """A re-checksummed header whose body was changed: the key unwraps, its MAC does not match."""
    vault = tmp_path / "v"
    _make(vault)
    for name in ("vault.json", "vault.json.bak"):
        doc = json.loads((vault / name).read_bytes())
        doc["created_at"] = "2000-01-01T00:00:00Z"
        doc.pop("checksum")
        doc["checksum"] = hashlib.sha256(format.canonical_json(doc)).hexdigest()
        (vault / name).write_text(json.dumps(doc, indent=2, sort_keys=True))
    with pytest.raises(VaultDamaged) as damaged:
        VaultService.open(vault, PASSWORD)
    assert "changed outside the app" in str(damaged.value)
    assert not isinstance(damaged.value, WrongPassword)


@pytest.mark.parametrize(
    ("created", "typed"),
    [
        ("Ame\u0301lie 电池", "Am\u00e9lie 电池"),  # NFD created, NFC typed
        ("Am\u00e9lie 电池", "Ame\u0301lie 电池"),  # NFC created, NFD typed
        ("\uac00\ub098 password", "\u1100\u1161\u1102\u1161 password"),  # Hangul jamo typed
        ("Å ångström", "A\u030a a\u030angstro\u0308m"),
    ],
    ids=["nfd-created", "nfc-created", "hangul", "angstrom"],
)
def test_unicode_passwords_are_nfc_normalised(tmp_path: Path, created: str, typed: str) -> None:
    assert created != typed
    assert unicodedata.normalize("NFC", created) == unicodedata.normalize("NFC", typed)
    _make(tmp_path / "v", created)
    service = VaultService.open(tmp_path / "v", typed)
    service.lock()
    # and a change of password keeps the rule
    service = VaultService.open(tmp_path / "v", created)
    service.change_password(typed + "2")
    service.lock()
    VaultService.open(tmp_path / "v", unicodedata.normalize("NFD", typed) + "2").lock()
    # a different text is still wrong
    with pytest.raises(WrongPassword):
        VaultService.open(tmp_path / "v", typed)


def test_compatibility_forms_are_not_folded(tmp_path: Path) -> None:
    """NFC, not NFKC: full-width letters are a different password (as typed, as stored)."""
    _make(tmp_path / "v", "ABC123")
    with pytest.raises(WrongPassword):
        VaultService.open(tmp_path / "v", "ＡＢＣ１２３")


def test_empty_password_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        create_vault(tmp_path / "v", "x", password="")
    assert "empty" in str(refused.value) and str(refused.value).endswith(".")
    assert not (tmp_path / "v").exists(), "a refused creation left a folder behind"
    _make(tmp_path / "w")
    service = VaultService.open(tmp_path / "w", PASSWORD)
    try:
        with pytest.raises(InvalidInput):
            service.change_password("")
    finally:
        service.lock()
    VaultService.open(tmp_path / "w", PASSWORD).lock()  # the old password still works
    record(
        "passwords: wrong vs damaged key vs changed header: 3 distinct sentences; 4 NFC/NFD pairs open; empty refused"
    )
