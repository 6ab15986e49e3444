"""The one signer (app/vault/signing.py): Ed25519 against RFC 8032's test vectors, the one
fingerprint (the same string OpenSSL computes from the PEM), verification from a raw key or a
PEM, the vault's key, and RFC 8785 canonical JSON against its published vectors."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.errors import VaultLocked
from app.vault import format, signing
from tests.support import new_service

# RFC 8032 section 7.1, TEST 1 (empty message) and TEST 2 (one byte, 0x72)
RFC8032 = [
    (
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    ),
    (
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    ),
]


@pytest.mark.parametrize(("seed", "public", "message", "signature"), RFC8032)
def test_rfc8032_vectors_sign_and_verify(
    seed: str, public: str, message: str, signature: str
) -> None:
    signer = signing.Signer(bytes.fromhex(seed))
    assert signer.public_key == bytes.fromhex(public)
    data = bytes.fromhex(message)
    sig = signer.sign(data)
    assert sig == bytes.fromhex(signature)
    assert signing.verify(signer.public_key, sig, data)
    assert signing.verify(signer.public_pem, sig, data)  # the same key as PEM
    assert not signing.verify(signer.public_key, sig, data + b"x")
    assert not signing.verify(signer.public_key, bytes([sig[0] ^ 1]) + sig[1:], data)
    assert not signing.verify(signer.public_key, sig[:63], data)  # wrong length: not valid


def test_the_fingerprint_has_one_definition_and_openssl_agrees(tmp_path: Path) -> None:
    signer = signing.Signer(bytes.fromhex(RFC8032[0][0]))
    digest = hashlib.sha256(signer.public_key).hexdigest().upper()
    assert signer.fingerprint == " ".join(digest[i : i + 4] for i in range(0, 64, 4))
    assert signing.fingerprint_of_pem(signer.public_pem) == signer.fingerprint
    spelled = digest.lower()[:20] + ":" + digest[20:]
    assert signing.normalize_fingerprint(spelled) == signer.fingerprint
    assert signing.normalize_fingerprint("not a fingerprint") is None
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    pem = tmp_path / "key.pem"
    pem.write_bytes(signer.public_pem)
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-in", str(pem), "-outform", "DER"],
        capture_output=True,
        check=True,
    ).stdout
    # the README's recipe: the last 32 bytes of the DER form are the raw key
    assert signing.fingerprint(der[-32:]) == signer.fingerprint


def test_keys_that_are_not_ed25519_public_keys_are_named() -> None:
    other = ec.generate_private_key(ec.SECP256R1()).public_key()
    ec_pem = other.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(signing.KeyFormatError) as caught:
        signing.public_key_from_pem(ec_pem)
    assert caught.value.reason == "not-ed25519"
    with pytest.raises(signing.KeyFormatError) as caught:
        signing.public_key_from_pem(b"-----BEGIN PUBLIC KEY-----\nnonsense\n")
    assert caught.value.reason == "unreadable"
    assert signing.fingerprint_of_pem(ec_pem) is None
    with pytest.raises(signing.KeyFormatError):
        signing.verify(b"\x01" * 31, b"\x00" * 64, b"")
    with pytest.raises(ValueError):
        signing.Signer(b"short")


def test_the_vault_signs_with_its_own_key_and_not_when_locked(tmp_path: Path) -> None:
    service = new_service(tmp_path / "vault", password="pw")
    signer = service.signer()
    assert service.signing_public_key() == signer.public_key
    sig = service.sign(b"SHA256SUMS bytes")
    assert signing.verify(signer.public_pem, sig, b"SHA256SUMS bytes")
    service.lock()
    with pytest.raises(VaultLocked):
        service.signer()


# --- RFC 8785 -------------------------------------------------------------------------------
# Inputs and outputs from the test data of RFC 8785's reference implementations
# (github.com/cyberphone/json-canonicalization, testdata/): every case without fractional or
# exponent numbers, which this module refuses by design. "structures" writes one integer as
# 56.0; JCS prints it as 56, so it is read here as the integer it is.
JCS_VECTORS = {
    "arrays": ('[56,{"d":true,"10":null,"1":[ ]}]', '[56,{"1":[],"10":null,"d":true}]'),
    "french": (
        '{"peach":"This sorting order","péché":"is wrong according to French",'
        '"pêche":"but canonicalization MUST","sin":"ignore locale"}',
        '{"peach":"This sorting order","péché":"is wrong according to French",'
        '"pêche":"but canonicalization MUST","sin":"ignore locale"}',
    ),
    "structures": (
        '{"1":{"f":{"f":"hi","F":5},"\\n":56.0},"10":{},"":"empty","a":{},'
        '"111":[{"e":"yes","E":"no"}],"A":{}}',
        '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{"E":"no","e":"yes"}],'
        '"A":{},"a":{}}',
    ),
    "unicode": ('{"Unnormalized Unicode":"A\\u030a"}', '{"Unnormalized Unicode":"A\u030a"}'),
    "values (strings and literals)": (
        '{"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",'
        '"literals":[null,true,false]}',
        '{"literals":[null,true,false],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    ),
    "weird": (
        '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\u000a":"Newline","1":"One",'
        '"\\u0080":"Control\\u007f","\\ud83d\\ude02":"Smiley",'
        '"\\u00f6":"Latin Small Letter O With Diaeresis",'
        '"\\ufb33":"Hebrew Letter Dalet With Dagesh","</script>":"Browser Challenge"}',
        '{"\\n":"Newline","\\r":"Carriage Return","1":"One","</script>":"Browser Challenge",'
        '"\u0080":"Control\u007f","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign",'
        '"\U0001f602":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    ),
}


def _integral(text: str) -> int:
    value = float(text)
    assert value.is_integer()
    return int(value)


@pytest.mark.parametrize("name", sorted(JCS_VECTORS))
def test_rfc8785_vectors(name: str) -> None:
    source, expected = JCS_VECTORS[name]
    value = json.loads(source, parse_float=_integral)
    assert signing.canonical_json(value) == expected.encode("utf-8")


def test_rfc8785_sorts_by_utf16_code_units() -> None:
    # U+1F602 is D83D DE02 in UTF-16: it sorts before U+FB33, though its code point is larger
    doc = {"\ufb33": 1, "\U0001f602": 2, "\u20ac": 3}
    assert signing.canonical_json(doc) == '{"\u20ac":3,"\U0001f602":2,"\ufb33":1}'.encode()


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"price": 1.5}, "float"),
        ([2**53], "beyond 2\\*\\*53"),
        ({1: "a"}, "member name 1"),
        ({"a": b"bytes"}, "bytes"),
        ({"a": "\ud800"}, "lone surrogate"),
    ],
)
def test_what_canonical_json_refuses_is_named(value: Any, words: str) -> None:
    with pytest.raises(signing.CanonicalJsonError, match=words):
        signing.canonical_json(value)
    assert (
        signing.canonical_json([2**53 - 1, -(2**53 - 1)]) == b"[9007199254740991,-9007199254740991]"
    )


def test_header_mac_input_is_kept_and_equals_jcs_only_for_ascii(tmp_path: Path) -> None:
    """The vault header's MAC input (format.canonical_json) is on-disk format and stays as it
    is. For what the app writes (ASCII strings, small integers) it is byte-identical to RFC 8785;
    for other text it is not (it escapes non-ASCII), so new signed data uses signing's."""
    service = new_service(tmp_path / "vault", password="pw")
    header = format.decode_header((tmp_path / "vault" / "vault.json").read_bytes())
    body = header.body()
    assert format.canonical_json(body) == signing.canonical_json(body)
    service.lock()
    assert format.canonical_json({"a": "é"}) != signing.canonical_json({"a": "é"})


def test_sign_json_signs_the_canonical_bytes() -> None:
    signer = signing.Signer(bytes.fromhex(RFC8032[1][0]))
    doc = {"b": [1, "二"], "a": None}
    assert signing.verify(
        signer.public_key, signer.sign_json(doc), b'{"a":null,"b":[1,"\xe4\xba\x8c"]}'
    )
