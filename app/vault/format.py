"""Bytes <-> records for the three kinds of vault file; one reader per format version.

``docs/vault-format.md`` is the specification; this module must stay in step with it.
Nothing here touches the file system: callers hand in bytes or file objects.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, BinaryIO

from app.errors import (
    QT_TRANSLATE_NOOP,
    HeaderEdited,
    UnsafeHeader,
    UnsupportedVersion,
    VaultDamaged,
    WrongPassword,
)
from app.vault import crypto

FORMAT_NAME = "likeness-vault"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 64 * 1024

INDEX_MAGIC = b"LVIX"
INDEX_PREFIX = struct.Struct(">4sHQ")  # magic, format version, generation
MAX_INDEX_PLAINTEXT = 1024 * 1024 * 1024

OBJECT_MAGIC = b"LVOB"
OBJECT_HEADER = struct.Struct(">4sH16s32sI")  # magic, version, object id, salt, chunk size
CHUNK_SIZE = 1024 * 1024
CHUNK_SIZE_BOUNDS = (4096, 16 * 1024 * 1024)


def utc_now() -> str:
    """An instant as the vault writes it: UTC, ISO 8601, whole seconds, with "Z"."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object, what: str, size: int | tuple[int, int]) -> bytes:
    not_base64 = QT_TRANSLATE_NOOP(
        "errors", "The vault header field {field} is not valid base64 text."
    )
    if not isinstance(text, str) or len(text) > 1024:
        raise UnsafeHeader(not_base64, field=what)
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise UnsafeHeader(not_base64, field=what) from exc
    low, high = (size, size) if isinstance(size, int) else size
    if not low <= len(raw) <= high:
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP("errors", "The vault header field {field} has the wrong length."),
            field=what,
        )
    return raw


# --- header --------------------------------------------------------------------------------


@dataclass
class Keyslot:
    type: str  # "password" | "recovery"
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    argon2: crypto.Argon2Params | None = None  # only for password slots

    def aad(self, vault_id: uuid.UUID) -> bytes:
        return b"likeness-vault/keyslot/v1\x00" + vault_id.bytes + b"\x00" + self.type.encode()

    def to_json(self) -> dict[str, Any]:
        kdf: dict[str, Any]
        if self.type == "password":
            assert self.argon2 is not None
            kdf = {
                "name": "argon2id",
                "memory_kib": self.argon2.memory_kib,
                "iterations": self.argon2.iterations,
                "lanes": self.argon2.lanes,
                "salt": b64e(self.salt),
            }
        else:
            kdf = {"name": "hkdf-sha256", "salt": b64e(self.salt)}
        return {
            "type": self.type,
            "kdf": kdf,
            "nonce": b64e(self.nonce),
            "wrapped_key": b64e(self.wrapped_key),
        }

    def derive_kek(self, secret: str | bytes) -> bytes:
        if self.type == "password":
            assert self.argon2 is not None and isinstance(secret, str)
            return crypto.derive_password_key(secret, self.salt, self.argon2)
        assert isinstance(secret, bytes)
        return crypto.derive_recovery_key(secret, self.salt)

    def unwrap(self, kek: bytes, vault_id: uuid.UUID) -> bytes:
        return crypto.open_sealed(kek, self.nonce, self.wrapped_key, self.aad(vault_id))

    @classmethod
    def wrap(
        cls,
        type_: str,
        secret: str | bytes,
        vault_key: bytes,
        vault_id: uuid.UUID,
        argon2: crypto.Argon2Params | None = None,
    ) -> Keyslot:
        return cls.wrap_with_kek(type_, secret, vault_key, vault_id, argon2)[0]

    @classmethod
    def wrap_with_kek(
        cls,
        type_: str,
        secret: str | bytes,
        vault_key: bytes,
        vault_id: uuid.UUID,
        argon2: crypto.Argon2Params | None = None,
    ) -> tuple[Keyslot, bytes]:
        """A new keyslot (new salt and nonce) wrapping ``vault_key``, and its key-encryption
        key (what "remember on this computer" keeps for a password slot)."""
        slot = cls(type_, crypto.new_salt(), crypto.new_nonce(), b"", argon2)
        kek = slot.derive_kek(secret)
        slot.wrapped_key = crypto.seal(kek, slot.nonce, vault_key, slot.aad(vault_id))
        return slot, kek


@dataclass
class Header:
    vault_id: uuid.UUID
    created_at: str
    generation: int
    keyslots: list[Keyslot] = field(default_factory=list)
    mac: bytes = b""
    version: int = FORMAT_VERSION

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": self.version,
            "vault_id": str(self.vault_id),
            "created_at": self.created_at,
            "generation": self.generation,
            "keyslots": [slot.to_json() for slot in self.keyslots],
        }

    def compute_mac(self, vault_key: bytes) -> bytes:
        return crypto.hmac_sha256(
            crypto.hkdf(vault_key, b"header-mac"), canonical_json(self.body())
        )

    def verify_mac(self, vault_key: bytes) -> bool:
        return crypto.constant_time_equal(self.compute_mac(vault_key), self.mac)

    def slot(self, type_: str) -> Keyslot | None:
        """The keyslot of this type that counts: the first in the array (§3.4)."""
        return next((s for s in self.keyslots if s.type == type_), None)

    def encode(self, vault_key: bytes) -> bytes:
        self.mac = self.compute_mac(vault_key)
        doc = self.body()
        doc["mac"] = self.mac.hex()
        doc["checksum"] = hashlib.sha256(canonical_json(doc)).hexdigest()
        return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=True).encode("ascii") + b"\n"

    def unwrap(self, type_: str, secret: str | bytes, is_kek: bool = False) -> tuple[bytes, bytes]:
        """(key-encryption key, vault key) from the first keyslot of ``type_``; raises
        WrongPassword when the secret does not unwrap it. The MAC is not checked here.
        With ``is_kek`` the secret is the slot's key-encryption key itself (a remembered key)."""
        if is_kek:
            what = WrongPassword.remembered
        elif type_ == "recovery":
            what = WrongPassword.recovery
        else:
            what = WrongPassword.default
        slot = self.slot(type_)
        if slot is None:
            raise WrongPassword(what)
        kek = secret if is_kek else slot.derive_kek(secret)
        assert isinstance(kek, bytes)
        try:
            return kek, slot.unwrap(kek, self.vault_id)
        except crypto.DecryptionFailed:
            raise WrongPassword(what) from None

    def unlock(self, password: str | None = None, recovery: bytes | None = None) -> bytes:
        """Return the vault key, or raise WrongPassword / VaultDamaged (MAC checked)."""
        if password is not None:
            _, vault_key = self.unwrap("password", password)
        elif recovery is not None:
            _, vault_key = self.unwrap("recovery", recovery)
        else:
            raise WrongPassword()
        if not self.verify_mac(vault_key):
            raise HeaderEdited()
        return vault_key


def _require(doc: dict[str, Any], key: str, kind: type) -> Any:
    value = doc.get(key)
    if type(value) is not kind:
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP(
                "errors", "The vault header field '{field}' is missing or of the wrong type."
            ),
            field=key,
        )
    return value


def _parse_keyslot(raw: object) -> Keyslot:
    if not isinstance(raw, dict):
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP("errors", "A keyslot in the vault header is not an object.")
        )
    type_ = _require(raw, "type", str)
    kdf = _require(raw, "kdf", dict)
    nonce = b64d(raw.get("nonce"), "nonce", crypto.NONCE_BYTES)
    wrapped = b64d(raw.get("wrapped_key"), "wrapped_key", crypto.KEY_BYTES + crypto.TAG_BYTES)
    salt = b64d(kdf.get("salt"), "salt", crypto.SALT_BYTES_BOUNDS)
    if type_ == "password":
        if kdf.get("name") != "argon2id":
            raise UnsafeHeader(
                QT_TRANSLATE_NOOP(
                    "errors", "The vault header names an unknown password key derivation."
                )
            )
        params = crypto.Argon2Params(
            memory_kib=_require(kdf, "memory_kib", int),
            iterations=_require(kdf, "iterations", int),
            lanes=_require(kdf, "lanes", int),
        )
        problem = params.bounds_problem()
        if problem is not None:
            template, values = problem
            raise UnsafeHeader(template, None, **values)
        return Keyslot(type_, salt, nonce, wrapped, params)
    if type_ == "recovery":
        if kdf.get("name") != "hkdf-sha256":
            raise UnsafeHeader(
                QT_TRANSLATE_NOOP(
                    "errors", "The vault header names an unknown recovery key derivation."
                )
            )
        return Keyslot(type_, salt, nonce, wrapped)
    raise UnsafeHeader(
        QT_TRANSLATE_NOOP("errors", "The vault header has a keyslot of unknown type '{type}'."),
        type=type_[:40],
    )


def decode_header(data: bytes) -> Header:
    """Parse and validate a header without deriving any key (cheap, bounded, hostile-safe)."""
    if len(data) > MAX_HEADER_BYTES:
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP(
                "errors", "The vault header is larger than any real header; it was refused."
            )
        )
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "The vault header is not readable JSON."), ["vault.json"]
        ) from None
    if not isinstance(doc, dict):
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "The vault header is not a JSON object."), ["vault.json"]
        )
    checksum = doc.pop("checksum", None)
    try:
        # json.dumps gives up one nesting level before json.loads does
        body = canonical_json(doc) if isinstance(checksum, str) else b""
    except RecursionError:
        body = b""
    if not body or hashlib.sha256(body).hexdigest() != checksum:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "The vault header is damaged (its checksum does not match)."
            ),
            ["vault.json"],
        )
    if doc.get("format") != FORMAT_NAME:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "This file is not a Likeness Vault header."),
            ["vault.json"],
        )
    version = doc.get("version")
    if type(version) is not int:
        raise UnsafeHeader(QT_TRANSLATE_NOOP("errors", "The vault header has no format version."))
    if version > FORMAT_VERSION:
        raise UnsupportedVersion(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault uses format version {version}, newer than this app understands "
                "({known}); update Likeness Vault to open it.",
            ),
            version=version,
            known=FORMAT_VERSION,
        )
    if version < 1:
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP(
                "errors", "The vault header names an impossible format version {version}."
            ),
            version=crypto.short_number(version),
        )
    try:
        vault_id = uuid.UUID(_require(doc, "vault_id", str))
    except ValueError:
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP("errors", "The vault header's vault_id is not a UUID.")
        ) from None
    generation = _require(doc, "generation", int)
    created_at = _require(doc, "created_at", str)[:64]
    raw_slots = _require(doc, "keyslots", list)
    if not 1 <= len(raw_slots) <= 8:
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP("errors", "The vault header has an impossible number of keyslots.")
        )
    mac_hex = _require(doc, "mac", str)
    try:
        mac = bytes.fromhex(mac_hex)
    except ValueError:
        raise UnsafeHeader(
            QT_TRANSLATE_NOOP("errors", "The vault header's mac is not hexadecimal.")
        ) from None
    return Header(
        vault_id=vault_id,
        created_at=created_at,
        generation=generation,
        keyslots=[_parse_keyslot(s) for s in raw_slots],
        mac=mac,
        version=version,
    )


# --- index -------------------------------------------------------------------------------


def index_key(vault_key: bytes) -> bytes:
    return crypto.hkdf(vault_key, b"index")


def encode_index(
    vault_key: bytes, vault_id: uuid.UUID, generation: int, doc: dict[str, Any]
) -> bytes:
    prefix = INDEX_PREFIX.pack(INDEX_MAGIC, FORMAT_VERSION, generation)
    nonce = crypto.new_nonce()
    plaintext = zlib.compress(canonical_json(doc), 6)
    return (
        prefix
        + nonce
        + crypto.seal(index_key(vault_key), nonce, plaintext, prefix + vault_id.bytes)
    )


def decode_index(
    vault_key: bytes, vault_id: uuid.UUID, data: bytes, name: str = "index"
) -> tuple[int, dict[str, Any]]:
    head = INDEX_PREFIX.size + crypto.NONCE_BYTES
    if len(data) < head + crypto.TAG_BYTES:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "The vault index {name} is truncated."), [name], name=name
        )
    magic, version, generation = INDEX_PREFIX.unpack_from(data)
    if magic != INDEX_MAGIC:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "The vault index {name} does not start like an index."),
            [name],
            name=name,
        )
    if version != FORMAT_VERSION:
        # the header already said which format this vault is; an index that disagrees was
        # damaged (or swapped in), so the reader falls back to another generation
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "The vault index {name} is damaged (it claims format version {version})."
            ),
            [name],
            name=name,
            version=version,
        )
    nonce = data[INDEX_PREFIX.size : head]
    try:
        compressed = crypto.open_sealed(
            index_key(vault_key), nonce, data[head:], data[: INDEX_PREFIX.size] + vault_id.bytes
        )
    except crypto.DecryptionFailed:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "The vault index {name} is damaged (it fails its authentication check)."
            ),
            [name],
            name=name,
        ) from None
    inflater = zlib.decompressobj()
    plaintext = inflater.decompress(compressed, MAX_INDEX_PLAINTEXT)
    if inflater.unconsumed_tail:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "The vault index {name} is impossibly large."),
            [name],
            name=name,
        )
    doc = json.loads(plaintext)
    if not isinstance(doc, dict):
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "The vault index {name} does not hold records."),
            [name],
            name=name,
        )
    return generation, doc


# --- objects (photos, clips, thumbnails, attachments) ----------------------------------------


def object_header(object_id: bytes, salt: bytes, chunk_size: int = CHUNK_SIZE) -> bytes:
    return OBJECT_HEADER.pack(OBJECT_MAGIC, FORMAT_VERSION, object_id, salt, chunk_size)


def encrypt_object(
    vault_key: bytes, object_id: bytes, chunks: Iterator[bytes], out: BinaryIO
) -> int:
    """Encrypt an iterator of plaintext chunks (each exactly CHUNK_SIZE but the last) to out.

    Returns the number of plaintext bytes written. Memory stays at one chunk.
    """
    salt = crypto.new_salt(32)
    header = object_header(object_id, salt)
    key = crypto.object_key(vault_key, object_id, salt)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    out.write(header)
    total = 0
    index = 0
    pending: bytes | None = None
    for chunk in chunks:
        if pending is not None:
            out.write(
                aead.encrypt(
                    crypto.chunk_nonce(index), pending, crypto.chunk_aad(header, index, False)
                )
            )
            index += 1
        if len(chunk) > CHUNK_SIZE:
            raise ValueError("chunk larger than CHUNK_SIZE")
        pending = chunk
        total += len(chunk)
    out.write(
        aead.encrypt(
            crypto.chunk_nonce(index), pending or b"", crypto.chunk_aad(header, index, True)
        )
    )
    return total


def decrypt_object(
    vault_key: bytes, object_id: bytes, source: BinaryIO, size: int, name: str
) -> Iterator[bytes]:
    """Yield plaintext chunks; raise VaultDamaged (naming ``name``) at the first bad byte."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    truncated = QT_TRANSLATE_NOOP("errors", "{name} is truncated.")
    header = source.read(OBJECT_HEADER.size)
    if len(header) != OBJECT_HEADER.size:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "{name} is truncated (its file is shorter than a header)."),
            [name],
            name=name,
        )
    magic, version, stored_id, salt, chunk_size = OBJECT_HEADER.unpack(header)
    if magic != OBJECT_MAGIC or version != FORMAT_VERSION:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is damaged (its file does not start like a vault object)."
            ),
            [name],
            name=name,
        )
    if stored_id != object_id:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "{name} is damaged (its file belongs to another item)."),
            [name],
            name=name,
        )
    if not CHUNK_SIZE_BOUNDS[0] <= chunk_size <= CHUNK_SIZE_BOUNDS[1]:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "{name} is damaged (impossible chunk size)."),
            [name],
            name=name,
        )
    body = size - OBJECT_HEADER.size
    sealed = chunk_size + crypto.TAG_BYTES
    count = max(1, -(-body // sealed))
    last_len = body - (count - 1) * sealed
    if last_len < crypto.TAG_BYTES:
        raise VaultDamaged(truncated, [name], name=name)
    aead = AESGCM(crypto.object_key(vault_key, object_id, salt))
    for index in range(count):
        last = index == count - 1
        want = last_len if last else sealed
        data = source.read(want)
        if len(data) != want:
            raise VaultDamaged(truncated, [name], name=name)
        try:
            yield aead.decrypt(
                crypto.chunk_nonce(index), data, crypto.chunk_aad(header, index, last)
            )
        except InvalidTag:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is damaged (part {part} of {count} fails its authentication check).",
                ),
                [name],
                name=name,
                part=index + 1,
                count=count,
            ) from None
