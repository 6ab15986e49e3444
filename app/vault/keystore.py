"""'Remember on this computer': a key that opens the vault, in the operating system's secret store.

What is stored is not the vault key but the key-encryption key of the vault's password
keyslot (``Vault.remembered_secret``): it unwraps only that keyslot, so a password change
(made here, on another computer or with the CLI) or a rekey makes every remembered copy
useless, and ``VaultService.open`` forgets one that no longer opens. The GUI also forgets it
right after a password change or a rekey and says so.

Only real OS stores are accepted (Secret Service / KWallet on Linux, the macOS Keychain, the
Windows Credential Locker). Plaintext, "alt", fail and null backends are refused with a
sentence that says why: a remembered key in a plaintext file would defeat the vault.
"""

from __future__ import annotations

import base64
import contextlib
from typing import Any, Protocol

from app.errors import QT_TRANSLATE_NOOP, KeyringUnavailable

SERVICE = "Likeness Vault"

# Module prefixes of keyring backends that store secrets in a real OS store.
TRUSTED_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


class Backend(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


def _describe(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _reason(exc: Exception) -> str:
    """What went wrong in the store, as a value fit for any language: the exception's
    class name (its message is the store's own English)."""
    return type(exc).__name__


def _trusted(backend: Any) -> bool:
    module = type(backend).__module__
    return any(module == t or module.startswith(t + ".") for t in TRUSTED_BACKENDS)


def system_backend() -> Backend:
    """The OS secret store, or KeyringUnavailable with the reason."""
    try:
        import keyring
        from keyring.backends import chainer
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP("errors", "The keyring package is not installed.")
        ) from exc
    backend = keyring.get_keyring()
    candidates = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    for candidate in candidates:
        if _trusted(candidate):
            return candidate
    names = ", ".join(_describe(c) for c in candidates) or _describe(backend)
    raise KeyringUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "No operating-system secret store is available here (found only {names}); "
            "'remember on this computer' is off, because the other stores keep secrets in "
            "plain files or not at all.",
        ),
        names=names,
    )


class KeyStore:
    """Stores and fetches one remembered key (32 bytes, see the module doc) per vault id."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @classmethod
    def system(cls) -> KeyStore:
        return cls(system_backend())

    def remember(self, vault_id: str, vault_key: bytes) -> None:
        try:
            self.backend.set_password(SERVICE, vault_id, base64.b64encode(vault_key).decode())
        except Exception as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP("errors", "The secret store refused to keep the key ({reason})."),
                reason=_reason(exc),
            ) from exc

    def recall(self, vault_id: str) -> bytes | None:
        try:
            text = self.backend.get_password(SERVICE, vault_id)
        except Exception as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP("errors", "The secret store could not be read ({reason})."),
                reason=_reason(exc),
            ) from exc
        if not text:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    def forget(self, vault_id: str) -> None:
        # nothing stored is the same as forgotten
        with contextlib.suppress(Exception):
            self.backend.delete_password(SERVICE, vault_id)
