#!/usr/bin/env python3
"""An independent decryptor of Likeness Vault folders, written from docs/vault-format.md alone.

It imports nothing of the app: only the standard library and ``cryptography``'s primitives
(Argon2id, HKDF-SHA256, AES-256-GCM). The test suite runs it on vaults the app made and
compares what it reads with what the app reads; when it disagrees, either the app or the
document is wrong.

    decrypt_vault.py VAULT --password-file FILE [--out DIR]
    decrypt_vault.py VAULT --recovery-key KEY [--out DIR]

Prints one JSON document: the vault id, the header and index generations used, the decrypted
index document, and for every object file its size and the SHA-256 of its plaintext. With
``--out`` the plaintext of every object is written to DIR/<object id>.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import math
import os
import re
import struct
import sys
import unicodedata
import uuid
import zlib
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class Refused(Exception):
    """The vault (or what was typed) cannot be read; the message says why."""


# --- §0 conventions ---------------------------------------------------------------------------


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def b64(text: Any, size: tuple[int, int], what: str) -> bytes:
    if not isinstance(text, str):
        raise Refused(f"{what} is not a string")
    raw = base64.b64decode(text, validate=True)
    if not size[0] <= len(raw) <= size[1]:
        raise Refused(f"{what} decodes to {len(raw)} bytes")
    return raw


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- §2 keys ----------------------------------------------------------------------------------

PREFIX = b"likeness-vault/v1/"


def hkdf(ikm: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


# --- §3 header --------------------------------------------------------------------------------

MAX_HEADER = 64 * 1024
MAC_MEMBERS = ("format", "version", "vault_id", "created_at", "generation", "keyslots")


def read_header(path: Path) -> dict[str, Any]:
    """A header copy whose checksum holds and whose keyslots are within bounds (§3.1, §3.2)."""
    with path.open("rb") as fh:
        data = fh.read(MAX_HEADER + 1)
    if len(data) > MAX_HEADER:
        raise Refused(f"{path.name} is larger than 64 KiB")
    doc = json.loads(data.decode("utf-8"))
    if not isinstance(doc, dict):
        raise Refused(f"{path.name} is not a JSON object")
    body = {k: v for k, v in doc.items() if k != "checksum"}
    if hashlib.sha256(canonical(body)).hexdigest() != doc.get("checksum"):
        raise Refused(f"{path.name}: checksum mismatch (damaged)")
    if doc.get("format") != "likeness-vault" or doc.get("version") != 1:
        raise Refused(f"{path.name}: not a format-1 Likeness Vault header")
    if not is_int(doc.get("generation")):
        raise Refused(f"{path.name}: generation is not an integer")
    slots = doc.get("keyslots")
    if not isinstance(slots, list) or not 1 <= len(slots) <= 8:
        raise Refused(f"{path.name}: 1 to 8 keyslots expected")
    for slot in slots:
        kdf = slot["kdf"]
        b64(kdf["salt"], (16, 64), "salt")
        b64(slot["nonce"], (12, 12), "nonce")
        b64(slot["wrapped_key"], (48, 48), "wrapped_key")
        if slot["type"] == "password":
            m, t, p = kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes")
            if kdf.get("name") != "argon2id" or not all(is_int(v) for v in (m, t, p)):
                raise Refused(f"{path.name}: bad password keyslot")
            work = m * t * (2 if p == 1 else 1)
            if not (
                16384 <= m <= 262144
                and 2 <= t <= 12
                and 1 <= p <= 8
                and m >= 8 * p
                and work <= 786432
            ):
                raise Refused(f"{path.name}: KDF parameters out of bounds (m={m}, t={t}, p={p})")
        elif slot["type"] == "recovery":
            if kdf.get("name") != "hkdf-sha256":
                raise Refused(f"{path.name}: bad recovery keyslot")
        else:  # §3.2: a keyslot of an unknown type makes the copy unsafe
            raise Refused(f"{path.name}: keyslot of unknown type")
    return doc


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != 32:
        raise Refused("a recovery key has 32 characters")
    return base64.b32decode(cleaned)


def mac_body(doc: dict[str, Any]) -> dict[str, Any]:
    """§3.1: the six members as a reader parses them (created_at cut to 64 characters, each
    keyslot rebuilt from its known members, Base64 re-encoded from the decoded bytes)."""

    def again(text: str) -> str:
        return base64.b64encode(base64.b64decode(text)).decode("ascii")

    slots = []
    for slot in doc["keyslots"]:
        kdf = slot["kdf"]
        if slot["type"] == "password":
            names = ("name", "memory_kib", "iterations", "lanes")
            new_kdf = {k: kdf[k] for k in names} | {"salt": again(kdf["salt"])}
        else:
            new_kdf = {"name": kdf["name"], "salt": again(kdf["salt"])}
        slots.append(
            {
                "type": slot["type"],
                "kdf": new_kdf,
                "nonce": again(slot["nonce"]),
                "wrapped_key": again(slot["wrapped_key"]),
            }
        )
    body = {k: doc[k] for k in MAC_MEMBERS}
    body["vault_id"] = str(uuid.UUID(doc["vault_id"]))
    body["created_at"] = doc["created_at"][:64]
    body["keyslots"] = slots
    return body


def unlock(doc: dict[str, Any], password: str | None, recovery: str | None) -> bytes | None:
    """The vault key from this header copy, or None when the secret does not fit it."""
    vault_id = uuid.UUID(doc["vault_id"]).bytes
    kind = "password" if password is not None else "recovery"
    slot = next((s for s in doc["keyslots"] if s["type"] == kind), None)
    if slot is None:
        return None
    kdf = slot["kdf"]
    salt = base64.b64decode(kdf["salt"])
    if password is not None:
        kek = Argon2id(
            salt=salt,
            length=32,
            iterations=kdf["iterations"],
            lanes=kdf["lanes"],
            memory_cost=kdf["memory_kib"],
        ).derive(unicodedata.normalize("NFC", password).encode("utf-8"))
    else:
        assert recovery is not None
        kek = hkdf(parse_recovery_key(recovery), PREFIX + b"recovery-keyslot", salt=salt)
    aad = b"likeness-vault/keyslot/v1" + b"\x00" + vault_id + b"\x00" + kind.encode("ascii")
    try:
        vault_key = AESGCM(kek).decrypt(
            base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped_key"]), aad
        )
    except InvalidTag:
        return None
    mac = hmac.new(
        hkdf(vault_key, PREFIX + b"header-mac"),
        canonical(mac_body(doc)),
        hashlib.sha256,
    ).hexdigest()
    if not hmac.compare_digest(mac, str(doc.get("mac"))):
        raise Refused("the header MAC does not match: it was edited outside the app")
    return vault_key


def open_header(
    root: Path, password: str | None, recovery: str | None
) -> tuple[dict[str, Any], bytes]:
    """§3.4: only the newest valid copy (vault.json on a tie); an older copy counts only when
    the newer is damaged, never because the secret does not unwrap the newer one."""
    copies = []
    for name in ("vault.json", "vault.json.bak"):
        try:
            copies.append(read_header(root / name))
        except (OSError, ValueError, KeyError, TypeError, Refused) as exc:
            print(f"warning: {name}: {exc}", file=sys.stderr)
    if not copies:
        raise Refused("no readable header copy")
    newest = max(copies, key=lambda d: d["generation"])  # max keeps the first on a tie
    vault_key = unlock(newest, password, recovery)
    if vault_key is None:
        raise Refused("wrong password or recovery key")
    return newest, vault_key


# --- §5 index ---------------------------------------------------------------------------------

INDEX_NAME = re.compile(r"^(index|rekey)-(\d{12})\.lvi$")  # rekey-: §3.5
MAX_INDEX_PLAINTEXT = 1024 * 1024 * 1024  # §5


def read_index(path: Path, generation: int, index_key: bytes, vault_id: bytes) -> dict[str, Any]:
    data = path.read_bytes()
    if len(data) < 26 + 16:
        raise Refused(f"{path.name} is truncated")
    magic, version, stored = struct.unpack(">4sHQ", data[:14])
    if magic != b"LVIX" or version != 1 or stored != generation:
        raise Refused(f"{path.name} has a bad prefix")
    try:
        compressed = AESGCM(index_key).decrypt(data[14:26], data[26:], data[:14] + vault_id)
    except InvalidTag:
        raise Refused(f"{path.name} fails its authentication") from None
    inflater = zlib.decompressobj()
    plaintext = inflater.decompress(compressed, MAX_INDEX_PLAINTEXT)
    if inflater.unconsumed_tail:
        raise Refused(f"{path.name} inflates beyond 1 GiB")
    doc = json.loads(plaintext)
    if not isinstance(doc, dict):
        raise Refused(f"{path.name} is not a JSON object")
    return doc


def open_index(root: Path, vault_key: bytes, vault_id: bytes) -> tuple[int, dict[str, Any]]:
    """§5 and §3.5: the highest generation that decrypts, among index-<G>.lvi and the
    rekey-<G>.lvi of a rekey (which decrypts only when it passed its commit point)."""
    index_key = hkdf(vault_key, PREFIX + b"index")
    candidates = sorted(
        (
            (int(m.group(2)), m.group(1) == "index", m.group(0))
            for m in map(INDEX_NAME.match, os.listdir(root / "index"))
            if m
        ),
        reverse=True,
    )
    for generation, _is_index, name in candidates:
        try:
            doc = read_index(root / "index" / name, generation, index_key, vault_id)
        except (Refused, ValueError, zlib.error) as exc:
            print(f"warning: skipping {name}: {exc}", file=sys.stderr)
            continue
        return generation, doc
    raise Refused("no index generation decrypts")


# --- §6 objects -------------------------------------------------------------------------------


def decrypt_object(path: Path, vault_key: bytes) -> bytes:
    object_id = bytes.fromhex(path.stem)
    data = path.read_bytes()
    if len(data) < 58:
        raise Refused(f"{path.name} is shorter than an object header")
    header = data[:58]
    magic, version, stored_id, salt, chunk = struct.unpack(">4sH16s32sI", header)
    if magic != b"LVOB" or version != 1 or stored_id != object_id:
        raise Refused(f"{path.name} has a bad header")
    if not 4096 <= chunk <= 16777216:
        raise Refused(f"{path.name} has an impossible chunk size")
    aead = AESGCM(hkdf(vault_key, PREFIX + b"object/" + object_id, salt=salt))
    body = data[58:]
    sealed = chunk + 16
    count = max(1, math.ceil(len(body) / sealed))
    if len(body) - (count - 1) * sealed < 16:
        raise Refused(f"{path.name} is truncated")
    out = []
    for i in range(count):
        last = i == count - 1
        piece = body[i * sealed : (i + 1) * sealed]
        nonce = b"\x00\x00\x00\x00" + struct.pack(">Q", i)
        aad = header + struct.pack(">QB", i, 1 if last else 0)
        try:
            out.append(aead.decrypt(nonce, piece, aad))
        except InvalidTag:
            raise Refused(f"{path.name}: chunk {i} fails its authentication") from None
    return b"".join(out)


# --- the whole vault --------------------------------------------------------------------------


def decrypt_vault(
    root: Path, password: str | None = None, recovery: str | None = None, out: Path | None = None
) -> dict[str, Any]:
    header, vault_key = open_header(root, password, recovery)
    vault_id = uuid.UUID(header["vault_id"]).bytes
    generation, index = open_index(root, vault_key, vault_id)
    objects: dict[str, dict[str, Any]] = {}
    for path in sorted((root / "objects").glob("*/*.lvo")):
        plaintext = decrypt_object(path, vault_key)
        objects[path.stem] = {
            "size": len(plaintext),
            "sha256": hashlib.sha256(plaintext).hexdigest(),
        }
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            (out / path.stem).write_bytes(plaintext)
    return {
        "vault_id": header["vault_id"],
        "header_generation": header["generation"],
        "index_generation": generation,
        "index": index,
        "objects": objects,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault", type=Path)
    secret = parser.add_mutually_exclusive_group(required=True)
    secret.add_argument("--password-file", type=Path, help="a file holding the password (UTF-8)")
    secret.add_argument("--recovery-key")
    parser.add_argument("--out", type=Path, help="write each object's plaintext here")
    args = parser.parse_args(argv)
    password = None
    if args.password_file is not None:
        password = args.password_file.read_text(encoding="utf-8").rstrip("\n")
    try:
        result = decrypt_vault(args.vault, password, args.recovery_key, args.out)
    except Refused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
