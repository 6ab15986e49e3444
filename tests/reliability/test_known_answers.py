"""Known-answer tests of the primitives the vault is built from, against published vectors.

- AES-256-GCM: McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13-16
  (the 256-bit-key cases, also in NIST's GCM validation set), through ``crypto.seal`` and
  ``crypto.open_sealed``, the functions the vault itself calls.
- Argon2id: RFC 9106 section 5.3 (with secret and associated data, which ``cryptography``
  supports), plus the app's password KDF equals plain Argon2id of the NFC UTF-8 password.
- HKDF-SHA256: RFC 5869 test cases 1-3, through ``cryptography`` and through a from-scratch
  stdlib HKDF (hmac) that then checks the app's ``crypto.hkdf`` labels.
- HMAC-SHA256: RFC 4231 test cases 1, 2, 3, 4, 6 and 7, through ``crypto.hmac_sha256``.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.vault import crypto
from tests.support import record

h = bytes.fromhex

K15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"
P15 = (
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255"
)
C15 = (
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
)
GCM = [  # (case, key, iv, plaintext, aad, ciphertext, tag)
    ("13", "00" * 32, "00" * 12, "", "", "", "530f8afbc74536b9a963b4f1c4cb738b"),
    (
        "14",
        "00" * 32,
        "00" * 12,
        "00" * 16,
        "",
        "cea7403d4d606b6e074ec5d3baf39d18",
        "d0d1c8a799996bf0265b98b5d48ab919",
    ),
    ("15", K15, "cafebabefacedbaddecaf888", P15, "", C15, "b094dac5d93471bdec1a502270e3cc6c"),
    (
        "16",
        K15,
        "cafebabefacedbaddecaf888",
        P15[:120],
        "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        C15[:120],
        "76fc6ece0f4e1768cddf8853bb2d551b",
    ),
]


@pytest.mark.parametrize(
    ("case", "key", "iv", "pt", "aad", "ct", "tag"), GCM, ids=[g[0] for g in GCM]
)
def test_aes_256_gcm_vectors(
    case: str, key: str, iv: str, pt: str, aad: str, ct: str, tag: str
) -> None:
    sealed = crypto.seal(h(key), h(iv), h(pt), h(aad))
    assert sealed.hex() == ct + tag
    assert crypto.open_sealed(h(key), h(iv), sealed, h(aad)) == h(pt)
    for position in (0, len(sealed) - 1):  # a changed byte of ciphertext or tag is refused
        bad = bytearray(sealed)
        bad[position] ^= 0x01
        with pytest.raises(crypto.DecryptionFailed):
            crypto.open_sealed(h(key), h(iv), bytes(bad), h(aad))


def test_argon2id_rfc9106() -> None:
    kdf = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    )
    assert kdf.derive(b"\x01" * 32) == h(
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    )


def test_password_kdf_is_argon2id_of_nfc_utf8() -> None:
    params = crypto.Argon2Params(memory_kib=16 * 1024, iterations=2, lanes=1)
    salt = bytes(range(16))
    password = "Ame\u0301lie 电池"  # typed decomposed: e + combining acute
    expected = Argon2id(salt=salt, length=32, iterations=2, lanes=1, memory_cost=16 * 1024).derive(
        unicodedata.normalize("NFC", password).encode("utf-8")
    )
    assert crypto.derive_password_key(password, salt, params) == expected


HKDF_VECTORS = [  # RFC 5869 appendix A, cases 1-3 (SHA-256): ikm, salt, info, L, prk, okm
    (
        "0b" * 22,
        "000102030405060708090a0b0c",
        "f0f1f2f3f4f5f6f7f8f9",
        42,
        "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
    ),
    (
        bytes(range(0x00, 0x50)).hex(),
        bytes(range(0x60, 0xB0)).hex(),
        bytes(range(0xB0, 0x100)).hex(),
        82,
        "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
        "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
        "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
        "cc30c58179ec3e87c14c01d5c1f3434f1d87",
    ),
    (
        "0b" * 22,
        "",
        "",
        42,
        "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
    ),
]


def stdlib_hkdf(ikm: bytes, salt: bytes, info: bytes, length: int) -> tuple[bytes, bytes]:
    """RFC 5869 written out with hmac: (PRK, OKM). An empty salt means HashLen zero bytes."""
    prk = hmac.new(salt or b"\x00" * 32, ikm, hashlib.sha256).digest()
    okm, block, counter = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        okm += block
        counter += 1
    return prk, okm[:length]


@pytest.mark.parametrize("vector", HKDF_VECTORS, ids=["A.1", "A.2", "A.3"])
def test_hkdf_rfc5869(vector: tuple[str, str, str, int, str, str]) -> None:
    ikm, salt, info, length, prk, okm = vector
    lib = HKDF(algorithm=hashes.SHA256(), length=length, salt=h(salt) or None, info=h(info))
    assert lib.derive(h(ikm)).hex() == okm
    assert stdlib_hkdf(h(ikm), h(salt), h(info), length) == (h(prk), h(okm))


def test_app_hkdf_labels_follow_rfc5869() -> None:
    ikm = bytes(range(32))
    for label, salt in ((b"index", None), (b"header-mac", None), (b"object/x", b"s" * 32)):
        _, expected = stdlib_hkdf(ikm, salt or b"", b"likeness-vault/v1/" + label, 32)
        assert crypto.hkdf(ikm, label, salt=salt) == expected


HMAC_VECTORS = [  # RFC 4231 section 4: key, data, HMAC-SHA-256 (truncated for case 5: skipped)
    (
        "0b" * 20,
        b"Hi There".hex(),
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ),
    (
        b"Jefe".hex(),
        b"what do ya want for nothing?".hex(),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ),
    ("aa" * 20, "dd" * 50, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    (
        bytes(range(1, 26)).hex(),
        "cd" * 50,
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ),
    (
        "aa" * 131,
        b"Test Using Larger Than Block-Size Key - Hash Key First".hex(),
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ),
    (
        "aa" * 131,
        b"This is a test using a larger than block-size key and a larger than block-size "
        b"data. The key needs to be hashed before being used by the HMAC algorithm.".hex(),
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ),
]


@pytest.mark.parametrize("vector", HMAC_VECTORS, ids=["1", "2", "3", "4", "6", "7"])
def test_hmac_sha256_rfc4231(vector: tuple[str, str, str]) -> None:
    key, data, mac = vector
    assert crypto.hmac_sha256(h(key), h(data)).hex() == mac


def test_summary() -> None:
    record(
        f"known answers: {len(GCM)} AES-256-GCM (McGrew-Viega 13-16), 1 Argon2id (RFC 9106 5.3), "
        f"{len(HKDF_VECTORS)} HKDF-SHA256 (RFC 5869), {len(HMAC_VECTORS)} HMAC-SHA256 (RFC 4231)"
    )
