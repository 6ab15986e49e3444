"""'Remember on this computer': only real OS secret stores; unsafe ones refused with a reason.

The real Secret Service is exercised in tests/integration/test_keyring_secret_service.py.
"""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null

from app.errors import InvalidInput, KeyringUnavailable, WrongPassword
from app.services.vault_service import VaultService
from app.vault import keystore
from app.vault.keystore import SERVICE, KeyStore
from tests.support import new_service


class MemoryBackend:
    """An in-memory stand-in for an OS secret store (tests only)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


class BrokenBackend(MemoryBackend):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the store is locked")

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the store is locked")


def test_remember_recall_forget_and_open_with_the_remembered_key(vault_dir: Path) -> None:
    backend = MemoryBackend()
    store = KeyStore(backend)
    service = new_service(vault_dir)
    buyer = service.add_buyer("阿杰")
    vault_id = str(service.vault.vault_id)
    service.remember(store)
    assert list(backend.items) == [(SERVICE, vault_id)]
    # the password slot's key-encryption key, not the vault key (it dies with the password)
    assert store.recall(vault_id) == service.vault.remembered_secret != service.vault.key
    service.lock()

    again = VaultService.open(vault_dir, keystore=store)
    assert list(again.records.buyers) == [buyer.id]
    again.forget(store)
    again.lock()
    assert backend.items == {}
    assert store.recall(vault_id) is None
    with pytest.raises(InvalidInput, match="does not remember"):
        VaultService.open(vault_dir, keystore=store)
    store.forget(vault_id)  # forgetting twice is fine


def test_a_remembered_key_of_another_vault_does_not_open(tmp_path: Path) -> None:
    store = KeyStore(MemoryBackend())
    one = new_service(tmp_path / "one")
    two = new_service(tmp_path / "two")
    store.remember(str(two.vault.vault_id), one.vault.key)
    one.lock()
    two.lock()
    with pytest.raises(WrongPassword, match="remembered key is wrong"):
        VaultService.open(tmp_path / "two", keystore=store)


def test_garbage_in_the_store_is_not_a_key() -> None:
    backend = MemoryBackend()
    backend.items[(SERVICE, "v")] = "not base64 !!"
    assert KeyStore(backend).recall("v") is None


def test_a_failing_store_raises_a_sentence() -> None:
    store = KeyStore(BrokenBackend())
    with pytest.raises(KeyringUnavailable, match="refused to keep the key"):
        store.remember("v", b"k" * 32)
    with pytest.raises(KeyringUnavailable, match="could not be read"):
        store.recall("v")


def _plaintext_backend() -> object:
    # what keyrings.alt's file backend looks like to the check: its class and module name
    cls = type("PlaintextKeyring", (MemoryBackend,), {"__module__": "keyrings.alt.file"})
    return cls()


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), _plaintext_backend(), MemoryBackend()],
    ids=["fail", "null", "plaintext", "unknown"],
)
def test_unsafe_backends_are_refused_with_a_reason(
    monkeypatch: pytest.MonkeyPatch, backend: object
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    with pytest.raises(KeyringUnavailable) as caught:
        KeyStore.system()
    message = str(caught.value)
    assert type(backend).__name__ in message
    assert "plain files or not at all" in message
    assert message.endswith(".")


def test_a_chain_with_a_real_store_picks_the_real_one(monkeypatch: pytest.MonkeyPatch) -> None:
    real = type("Keyring", (MemoryBackend,), {"__module__": "keyring.backends.SecretService"})()
    chain = chainer.ChainerBackend.__new__(chainer.ChainerBackend)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [_plaintext_backend(), real])
    monkeypatch.setattr(keyring, "get_keyring", lambda: chain)
    assert KeyStore.system().backend is real


def test_a_chain_of_only_unsafe_stores_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = chainer.ChainerBackend.__new__(chainer.ChainerBackend)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [_plaintext_backend(), fail.Keyring()])
    monkeypatch.setattr(keyring, "get_keyring", lambda: chain)
    with pytest.raises(KeyringUnavailable, match=r"keyrings\.alt\.file"):
        KeyStore.system()


def test_trusted_list_names_only_os_stores() -> None:
    for name in keystore.TRUSTED_BACKENDS:
        assert name.startswith("keyring.backends.")
    # internals: the predicate itself, on backends the real keyring never picks
    assert not keystore._trusted(fail.Keyring())
    assert not keystore._trusted(null.Keyring())
    lookalike = type("K", (), {"__module__": "keyring.backends.SecretServiceEvil"})()
    assert not keystore._trusted(lookalike)
