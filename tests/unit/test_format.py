"""app.vault.format: header, index and object encoding; every tampering is detected."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import uuid
from typing import Any

import pytest

from app.errors import UnsafeHeader, UnsupportedVersion, VaultDamaged, WrongPassword
from app.vault import crypto, format
from tests.support import FAST_KDF

MiB = 1024 * 1024


def make_header(password: str = "pw") -> tuple[format.Header, bytes]:
    vault_key = crypto.new_key()
    vault_id = uuid.uuid4()
    header = format.Header(vault_id=vault_id, created_at="2026-01-01T00:00:00Z", generation=1)
    header.keyslots = [format.Keyslot.wrap("password", password, vault_key, vault_id, FAST_KDF)]
    return header, vault_key


def rechecksum(doc: dict[str, Any]) -> bytes:
    """Re-seal an edited header document the way only its checksum (not its MAC) is re-made."""
    doc = dict(doc)
    doc.pop("checksum", None)
    doc["checksum"] = hashlib.sha256(format.canonical_json(doc)).hexdigest()
    return json.dumps(doc).encode()


# --- header --------------------------------------------------------------------------------


def test_header_round_trip_and_plain_readable_kdf_parameters() -> None:
    header, key = make_header()
    data = header.encode(key)
    doc = json.loads(data)
    kdf = doc["keyslots"][0]["kdf"]
    assert (kdf["name"], kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == (
        "argon2id",
        FAST_KDF.memory_kib,
        FAST_KDF.iterations,
        FAST_KDF.lanes,
    )
    decoded = format.decode_header(data)
    assert decoded.vault_id == header.vault_id
    assert decoded.slot("password").argon2 == FAST_KDF
    assert decoded.unlock(password="pw") == key


def test_wrong_password_is_not_damage() -> None:
    header, key = make_header()
    decoded = format.decode_header(header.encode(key))
    with pytest.raises(WrongPassword) as caught:
        decoded.unlock(password="not it")
    assert not isinstance(caught.value, VaultDamaged)


def test_edited_header_with_fixed_checksum_fails_its_mac() -> None:
    header, key = make_header()
    doc = json.loads(header.encode(key))
    doc["generation"] = 99
    decoded = format.decode_header(rechecksum(doc))
    with pytest.raises(VaultDamaged, match="authentication code"):
        decoded.unlock(password="pw")


def test_any_byte_change_breaks_the_checksum() -> None:
    header, key = make_header()
    data = bytearray(header.encode(key))
    for offset in range(0, len(data), 7):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        with pytest.raises(VaultDamaged):
            format.decode_header(bytes(changed))


def test_newer_format_version_is_unsupported_not_damaged() -> None:
    header, key = make_header()
    doc = json.loads(header.encode(key))
    doc["version"] = format.FORMAT_VERSION + 1
    with pytest.raises(UnsupportedVersion, match="newer"):
        format.decode_header(rechecksum(doc))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 16 * 1024 - 1),
        ("memory_kib", 256 * 1024 + 1),
        ("memory_kib", 2**42),
        ("iterations", 1),
        ("iterations", 13),
        ("iterations", 10**9),
        ("lanes", 0),
        ("lanes", 9),
        ("lanes", "4"),
        ("memory_kib", 65536.0),
    ],
)
def test_unsafe_kdf_parameters_are_refused_at_parse(field: str, value: object) -> None:
    header, key = make_header()
    doc = json.loads(header.encode(key))
    doc["keyslots"][0]["kdf"][field] = value
    with pytest.raises(UnsafeHeader):
        format.decode_header(rechecksum(doc))


def test_oversized_and_malformed_headers_are_refused() -> None:
    with pytest.raises(UnsafeHeader, match="larger"):
        format.decode_header(b" " * (format.MAX_HEADER_BYTES + 1))
    with pytest.raises(VaultDamaged, match="JSON"):
        format.decode_header(b"\xff\xfe not json")
    with pytest.raises(VaultDamaged):
        format.decode_header(b"[]")


# --- index ---------------------------------------------------------------------------------


def test_index_round_trip_and_binding_to_vault_and_generation() -> None:
    key, vid = crypto.new_key(), uuid.uuid4()
    doc = {"schema": 1, "records": {"buyers": [{"id": "b", "name": "阿杰"}]}}
    data = format.encode_index(key, vid, 7, doc)
    assert "阿杰".encode() not in data
    assert format.decode_index(key, vid, data) == (7, doc)
    with pytest.raises(VaultDamaged):
        format.decode_index(key, uuid.uuid4(), data, "index-7")
    with pytest.raises(VaultDamaged):
        format.decode_index(crypto.new_key(), vid, data, "index-7")
    # a different generation number in the clear prefix is authenticated too
    regen = data[:6] + (8).to_bytes(8, "big") + data[14:]
    with pytest.raises(VaultDamaged, match="index-7"):
        format.decode_index(key, vid, regen, "index-7")
    for cut in (0, 10, len(data) - 1):
        with pytest.raises(VaultDamaged):
            format.decode_index(key, vid, data[:cut], "index-7")


# --- objects -------------------------------------------------------------------------------


def encrypt(key: bytes, object_id: bytes, plaintext: bytes) -> bytes:
    out = io.BytesIO()
    chunks = (
        plaintext[i : i + format.CHUNK_SIZE]
        for i in range(0, max(len(plaintext), 1), format.CHUNK_SIZE)
    )
    format.encrypt_object(key, object_id, chunks, out)
    return out.getvalue()


def decrypt(key: bytes, object_id: bytes, data: bytes) -> bytes:
    return b"".join(
        format.decrypt_object(key, object_id, io.BytesIO(data), len(data), "photo test.jpg")
    )


SEALED = format.CHUNK_SIZE + crypto.TAG_BYTES
HEAD = format.OBJECT_HEADER.size


def chunk(data: bytes, index: int) -> bytes:
    return data[HEAD + index * SEALED : HEAD + (index + 1) * SEALED]


@pytest.fixture(scope="module")
def two_objects() -> tuple[bytes, bytes, bytes, bytes, bytes, bytes]:
    key = crypto.new_key()
    id_a, id_b = uuid.uuid4().bytes, uuid.uuid4().bytes
    plain = bytes(range(256)) * (3 * MiB // 256) + b"tail" * 1000  # 3 full chunks + a short one
    return key, id_a, id_b, plain, encrypt(key, id_a, plain), encrypt(key, id_b, plain)


@pytest.mark.parametrize("size", [0, 1, format.CHUNK_SIZE - 1, format.CHUNK_SIZE, 2 * MiB + 5])
def test_object_round_trip_at_chunk_edges(size: int) -> None:
    key, oid = crypto.new_key(), uuid.uuid4().bytes
    plain = (b"0123456789abcdef" * (size // 16 + 1))[:size]
    data = encrypt(key, oid, plain)
    assert decrypt(key, oid, data) == plain
    chunks = max(1, -(-size // format.CHUNK_SIZE))
    assert len(data) == HEAD + size + chunks * crypto.TAG_BYTES


def test_object_has_four_chunks(two_objects: tuple[bytes, ...]) -> None:
    key, id_a, _id_b, plain, obj_a, _obj_b = two_objects
    assert len(obj_a) == HEAD + 3 * SEALED + 4000 + crypto.TAG_BYTES
    assert decrypt(key, id_a, obj_a) == plain
    assert b"tailtail" not in obj_a


def test_chunk_reorder_is_detected(two_objects: tuple[bytes, ...]) -> None:
    key, id_a, _, _, obj_a, _ = two_objects
    swapped = obj_a[:HEAD] + chunk(obj_a, 1) + chunk(obj_a, 0) + obj_a[HEAD + 2 * SEALED :]
    assert len(swapped) == len(obj_a)
    with pytest.raises(VaultDamaged, match=r"test\.jpg.*part 1 of 4"):
        decrypt(key, id_a, swapped)


@pytest.mark.parametrize("keep", [0, 1, 2, 3])
def test_truncation_at_a_chunk_boundary_is_detected(
    two_objects: tuple[bytes, ...], keep: int
) -> None:
    key, id_a, _, _, obj_a, _ = two_objects
    with pytest.raises(VaultDamaged, match=r"test\.jpg"):
        decrypt(key, id_a, obj_a[: HEAD + keep * SEALED])


def test_dropping_a_middle_chunk_is_detected(two_objects: tuple[bytes, ...]) -> None:
    key, id_a, _, _, obj_a, _ = two_objects
    dropped = obj_a[: HEAD + SEALED] + obj_a[HEAD + 2 * SEALED :]
    with pytest.raises(VaultDamaged):
        decrypt(key, id_a, dropped)


def test_chunks_swapped_between_two_objects_are_detected(two_objects: tuple[bytes, ...]) -> None:
    key, id_a, _id_b, _, obj_a, obj_b = two_objects
    mixed = obj_a[: HEAD + SEALED] + chunk(obj_b, 1) + obj_a[HEAD + 2 * SEALED :]
    with pytest.raises(VaultDamaged, match="part 2 of 4"):
        decrypt(key, id_a, mixed)
    # a whole object file put in another's place is refused by its id
    with pytest.raises(VaultDamaged, match="another item"):
        decrypt(key, id_a, obj_b)
    # ... and with the id rewritten, by the key derived from it
    forged = obj_b[:6] + id_a + obj_b[22:]
    with pytest.raises(VaultDamaged):
        decrypt(key, id_a, forged)


def test_appended_bytes_and_bit_flips_are_detected(two_objects: tuple[bytes, ...]) -> None:
    key, id_a, _, _, obj_a, _ = two_objects
    with pytest.raises(VaultDamaged):
        decrypt(key, id_a, obj_a + b"\x00" * 17)
    for offset in (0, 30, HEAD - 1, HEAD + 5, HEAD + SEALED + 100, len(obj_a) - 1):
        damaged = bytearray(obj_a)
        damaged[offset] ^= 0x10
        with pytest.raises(VaultDamaged):
            decrypt(key, id_a, bytes(damaged))


def test_deep_nesting_at_the_recursion_limit_is_damage_not_a_crash() -> None:
    # json.loads accepts one nesting level more than json.dumps can re-encode for the
    # checksum; where that edge falls depends on the caller's stack depth, so try many
    def at_stack_depth(extra: int, data: bytes) -> None:
        if extra:
            return at_stack_depth(extra - 1, data)
        format.decode_header(data)
        return None

    limit = sys.getrecursionlimit()
    for depth in range(limit - 120, limit + 5):
        data = ('{"checksum": "00", "x": ' + "[" * depth + "]" * depth + "}").encode()
        for extra in range(0, 60, 7):
            with pytest.raises(VaultDamaged):
                at_stack_depth(extra, data)
