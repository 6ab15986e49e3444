"""The one signer: the vault's Ed25519 key, its public forms and fingerprint, signing,
verifying, and the canonical JSON that anything signed as a document goes through.

* The key is derived from nothing: it is the 32-byte Ed25519 seed the vault keeps in its
  encrypted index (``signing_ed25519``), made at creation and kept across a rekey, so every
  bundle a performer ever exports carries the same fingerprint.
* The fingerprint has one definition, :func:`fingerprint`: SHA-256 of the raw 32-byte public
  key, upper-case hex in 16 groups of 4. The report's cover, ``verify-evidence``, the GUI's key
  dialog and the bundle's README all print this string.
* :func:`verify` needs no vault: it takes the public key raw (32 bytes) or as PEM.
* :func:`canonical_json` is RFC 8785 (JSON Canonicalization Scheme) for objects, arrays,
  strings, integers, booleans and null. Numbers other than integers of at most 53 bits are
  refused rather than guessed at: nothing the app signs needs them. Evidence bundles sign the
  bytes of ``SHA256SUMS``; the revocation manifest signs canonical JSON; C2PA claims (CBOR in a
  COSE signature, made by c2pa-python) are signed through :meth:`Signer.sign` as the callback of
  ``app/media/c2pa_sign.py``, whose certificate chain certifies this key.

The vault header's MAC input (``format.canonical_json``) is a different, older function kept
as it is because it is part of the on-disk format; see ``docs/vault-format.md``.

Nothing here knows about photos, buyers or bundles.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from app.errors import VaultLocked

if TYPE_CHECKING:
    from app.vault.vault import Vault

SEED_BYTES = 32
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
PEM_BEGIN = b"-----BEGIN"
MAX_SAFE_INTEGER = 2**53 - 1  # RFC 8785 numbers are IEEE 754 doubles: larger ones lose digits


class KeyFormatError(ValueError):
    """Bytes that are not an Ed25519 public key; ``reason`` is "unreadable" (not a public key
    at all) or "not-ed25519" (a public key of another algorithm)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class CanonicalJsonError(ValueError):
    """A value that RFC 8785 canonical JSON, as this module supports it, cannot hold."""


@dataclass(frozen=True)
class Signer:
    """An Ed25519 private key and what is public about it."""

    seed: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_BYTES:
            raise ValueError("An Ed25519 signing seed is 32 bytes.")

    @classmethod
    def of_vault(cls, vault: Vault[Any]) -> Signer:
        """The open vault's evidence signing key; ``VaultLocked`` when it is locked."""
        if not vault.signing_seed:
            raise VaultLocked()
        return cls(vault.signing_seed)

    def _key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte public key."""
        return self._key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def public_pem(self) -> bytes:
        """The public key as SubjectPublicKeyInfo PEM (what ``openssl pkeyutl -pubin`` reads)."""
        return public_key_pem(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``data`` (RFC 8032, pure Ed25519)."""
        return self._key().sign(data)

    def sign_json(self, document: Any) -> bytes:
        """The signature of ``canonical_json(document)``."""
        return self.sign(canonical_json(document))


# --- public keys ---------------------------------------------------------------------------


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw 32-byte Ed25519 public key, as 16 groups of 4 upper-case hex digits.

    Short enough to read aloud or publish once (a profile, a notary), long enough that no one
    can make a key with the same fingerprint."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise ValueError("An Ed25519 public key is 32 bytes.")
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def normalize_fingerprint(text: str) -> str | None:
    """The fingerprint as printed (16 groups of 4 upper-case hex digits) from any spelling of
    its 64 hex digits (spaces, colons or dashes between them, either case), else None."""
    digits = re.sub(r"[\s:\-_.]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        return None
    return " ".join(digits[i : i + 4] for i in range(0, 64, 4))


def public_key_pem(public_key: bytes) -> bytes:
    """SubjectPublicKeyInfo PEM of a raw 32-byte Ed25519 public key."""
    key = Ed25519PublicKey.from_public_bytes(public_key)
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


def public_key_from_pem(pem: bytes) -> bytes:
    """The raw 32-byte key of an Ed25519 public key in PEM; ``KeyFormatError`` otherwise."""
    try:
        key = load_pem_public_key(pem)
    except (ValueError, TypeError):
        raise KeyFormatError("It is not a readable public key.", "unreadable") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFormatError("It is not an Ed25519 public key.", "not-ed25519")
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint_of_pem(pem: bytes) -> str | None:
    """The fingerprint of an Ed25519 public key in PEM, or None when it is not one."""
    try:
        return fingerprint(public_key_from_pem(pem))
    except KeyFormatError:
        return None


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``data`` under ``public_key`` (raw
    32 bytes, or PEM). A key that is neither raises ``KeyFormatError``; a signature of the
    wrong length is simply not valid."""
    raw = public_key_from_pem(public_key) if public_key.startswith(PEM_BEGIN) else public_key
    if len(raw) != PUBLIC_KEY_BYTES:
        raise KeyFormatError("An Ed25519 public key is 32 bytes.", "unreadable")
    if len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except InvalidSignature:
        return False
    return True


# --- canonical JSON (RFC 8785) -------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """RFC 8785 canonical JSON, UTF-8: members sorted by their names' UTF-16 code units, no
    whitespace, strings escaped as ECMAScript's ``JSON.stringify`` does (only ``"``, ``\\`` and
    control characters; everything else as UTF-8). Integers up to 2**53 - 1 in magnitude are
    written in decimal; floats, larger integers and any other type raise ``CanonicalJsonError``."""
    parts: list[str] = []
    _emit(value, parts, "$")
    return "".join(parts).encode("utf-8")


def _string(text: str, where: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise CanonicalJsonError(
            f"{where} holds a lone surrogate, which JSON cannot carry."
        ) from None
    # json.dumps with ensure_ascii=False escapes exactly what ECMAScript does: '"', '\\', the
    # short forms \b \f \n \r \t and \u00xx (lower-case hex) for the other controls
    return json.dumps(text, ensure_ascii=False)


def _emit(value: Any, out: list[str], where: str) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise CanonicalJsonError(
                f"{where} is the integer {value}, beyond 2**53 - 1: RFC 8785 numbers are IEEE "
                "doubles, so it would not survive; write it as a string."
            )
        out.append(str(int(value)))
    elif isinstance(value, float):
        raise CanonicalJsonError(
            f"{where} is the float {value!r}; canonical JSON here holds strings and integers "
            "only (write it as a string or an integer of smallest units)."
        )
    elif isinstance(value, str):
        out.append(_string(value, where))
    elif isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise CanonicalJsonError(f"{where} has the member name {key!r}, not a string.")
        out.append("{")
        for n, key in enumerate(sorted(value, key=_utf16_order)):
            if n:
                out.append(",")
            out.append(_string(key, f"{where} member name"))
            out.append(":")
            _emit(value[key], out, f"{where}.{key}")
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for n, item in enumerate(value):
            if n:
                out.append(",")
            _emit(item, out, f"{where}[{n}]")
        out.append("]")
    else:
        raise CanonicalJsonError(f"{where} is a {type(value).__name__}, which JSON cannot hold.")


def _utf16_order(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")
