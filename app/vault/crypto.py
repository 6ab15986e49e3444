"""Cryptographic building blocks of the vault, all from ``cryptography``; nothing home-made.

This module knows keys, nonces and bytes; it knows nothing of photos, buyers or files.
See ``docs/vault-format.md`` for how the pieces are put together.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import struct
import unicodedata
from base64 import b32decode, b32encode
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import QT_TRANSLATE_NOOP, fill

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
LABEL_PREFIX = b"likeness-vault/v1/"

# Argon2id defaults and the bounds a header must respect before anything is derived: a hostile
# header must not cost gigabytes or seconds. One derivation at the bounds costs at most about 4x
# the default on the 2-core build machine (measured in docs/vault-format.md, §3.2): memory up to
# 256 MiB, and memory x passes at most 4x the default's (half that with one lane, which cannot
# use the second core).
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
MEMORY_KIB_BOUNDS = (16 * 1024, 256 * 1024)
ITERATIONS_BOUNDS = (2, 12)
LANES_BOUNDS = (1, 8)
MAX_WORK = 4 * DEFAULT_MEMORY_KIB * DEFAULT_ITERATIONS  # KiB x passes, with two lanes or more
SALT_BYTES = 16
SALT_BYTES_BOUNDS = (16, 64)

RECOVERY_KEY_BYTES = 20  # 160 bits, 32 base32 characters, 8 groups of 4


class DecryptionFailed(Exception):
    """An AEAD tag did not verify: wrong key, or the bytes were changed."""


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES

    @property
    def work(self) -> int:
        """KiB x passes, doubled for one lane (it cannot use a second core)."""
        return self.memory_kib * self.iterations * (2 if self.lanes == 1 else 1)

    def describe(self) -> str:
        """The parameters in words, e.g. "64 MiB, 3 passes, 4 lanes"."""
        lanes = "1 lane" if self.lanes == 1 else f"{short_number(self.lanes)} lanes"
        return f"{short_number(self.memory_kib // 1024)} MiB, {short_number(self.iterations)} passes, {lanes}"

    def bounds_problem(self) -> tuple[str, dict[str, str]] | None:
        """What is outside the safe bounds, as an ``errors`` sentence (marked, the whole
        header refusal) and its parameters (long numbers shortened); None when all is safe."""
        for name, value, (low, high) in (
            ("memory_kib", self.memory_kib, MEMORY_KIB_BOUNDS),
            ("iterations", self.iterations, ITERATIONS_BOUNDS),
            ("lanes", self.lanes, LANES_BOUNDS),
        ):
            if type(value) is not int or not low <= value <= high:
                return QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault header was refused before deriving any key: the key derivation "
                    "parameter {name}={value} is outside the safe range {low}..{high}.",
                ), {"name": name, "value": short_number(value), "low": str(low), "high": str(high)}
        if self.memory_kib < 8 * self.lanes:
            return QT_TRANSLATE_NOOP(
                "errors",
                "The vault header was refused before deriving any key: the key derivation "
                "memory is too small for its lanes.",
            ), {}
        if self.work > MAX_WORK:
            default = Argon2Params()
            return QT_TRANSLATE_NOOP(
                "errors",
                "The vault header was refused before deriving any key: the key derivation asks "
                "for {memory} MiB, {passes} passes, {lanes} lane(s), more than 4 times the work "
                "of the default ({default_memory} MiB, {default_passes} passes, {default_lanes} "
                "lanes).",
            ), {
                "memory": short_number(self.memory_kib // 1024),
                "passes": short_number(self.iterations),
                "lanes": short_number(self.lanes),
                "default_memory": str(default.memory_kib // 1024),
                "default_passes": str(default.iterations),
                "default_lanes": str(default.lanes),
            }
        return None

    def check_bounds(self) -> None:
        """Raise ValueError with a sentence when a parameter is outside the safe bounds; the
        sentence names the unusual parameter (long numbers shortened)."""
        problem = self.bounds_problem()
        if problem is not None:
            raise ValueError(fill(*problem))


def short_number(value: object) -> str:
    """A parameter as it may appear in a sentence: integers of more than 9 digits and other
    types are shortened, so a hostile header cannot fill an error message."""
    if type(value) is int:
        text = str(value)
        digits = len(text.lstrip("-"))
        return text if digits <= 9 else f"{text[:4]}…({digits} digits)"
    if isinstance(value, str):
        return repr(value) if len(value) <= 12 else repr(value[:12] + "…")
    return f"a {type(value).__name__}"


def normalize_password(password: str) -> bytes:
    """Passwords are NFC-normalised UTF-8, so the same typed text always gives the same key."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def derive_password_key(password: str, salt: bytes, params: Argon2Params) -> bytes:
    params.check_bounds()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_password(password))


def hkdf(ikm: bytes, label: bytes, salt: bytes | None = None, length: int = KEY_BYTES) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=length, salt=salt, info=LABEL_PREFIX + label
    ).derive(ikm)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_salt(size: int = SALT_BYTES) -> bytes:
    return secrets.token_bytes(size)


def new_nonce() -> bytes:
    return os.urandom(NONCE_BYTES)


def seal(key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM: ciphertext followed by the 16-byte tag."""
    return AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise DecryptionFailed from exc


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def constant_time_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


# --- recovery key -----------------------------------------------------------------------


def new_recovery_key() -> str:
    raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    text = b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept the printed form with any spacing, dashes or case; O/0 and I/L/1 are forgiven."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != 32:
        raise ValueError("a recovery key has 32 letters and digits in 8 groups of 4")
    try:
        return b32decode(cleaned)
    except ValueError as exc:
        raise ValueError(
            "the recovery key contains characters that are not in its alphabet"
        ) from exc


def derive_recovery_key(raw: bytes, salt: bytes) -> bytes:
    # 160 random bits need no slow KDF; HKDF binds the key to this keyslot's salt.
    return hkdf(raw, b"recovery-keyslot", salt=salt)


# --- chunked object encryption ------------------------------------------------------------


def chunk_nonce(index: int) -> bytes:
    return b"\x00\x00\x00\x00" + struct.pack(">Q", index)


def chunk_aad(object_header: bytes, index: int, last: bool) -> bytes:
    return object_header + struct.pack(">QB", index, 1 if last else 0)


def object_key(vault_key: bytes, object_id: bytes, salt: bytes) -> bytes:
    return hkdf(vault_key, b"object/" + object_id, salt=salt)
