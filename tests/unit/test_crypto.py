"""app.vault.crypto: KDF bounds and defaults, AEAD, recovery keys, chunk nonces and AADs."""

from __future__ import annotations

import unicodedata

import pytest

from app.vault import crypto
from tests.support import FAST_KDF

LOW_MEM, HIGH_MEM = 16 * 1024, 256 * 1024


def test_defaults_are_the_documented_ones() -> None:
    params = crypto.Argon2Params()
    assert (params.memory_kib, params.iterations, params.lanes) == (64 * 1024, 3, 4)
    params.check_bounds()


@pytest.mark.parametrize(
    ("field", "inside", "outside"),
    [
        ("memory_kib", LOW_MEM, LOW_MEM - 1),
        ("memory_kib", HIGH_MEM, HIGH_MEM + 1),
        ("iterations", 2, 1),
        ("iterations", 12, 13),
        ("lanes", 1, 0),
        ("lanes", 8, 9),
    ],
)
def test_each_bound_just_inside_is_accepted_and_just_outside_refused(
    field: str, inside: int, outside: int
) -> None:
    base = {"memory_kib": 32 * 1024, "iterations": 3, "lanes": 4}
    if field == "memory_kib":
        base["iterations"] = 2  # 256 MiB x 3 passes is at the work bound; x 2 is inside
    crypto.Argon2Params(**{**base, field: inside}).check_bounds()
    with pytest.raises(ValueError, match=field):
        crypto.Argon2Params(**{**base, field: outside}).check_bounds()


@pytest.mark.parametrize("bad", [True, 3.0, "3", None])
def test_parameters_must_be_plain_integers(bad: object) -> None:
    with pytest.raises(ValueError, match="iterations"):
        crypto.Argon2Params(iterations=bad).check_bounds()  # type: ignore[arg-type]


def test_derive_refuses_out_of_bounds_before_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("Argon2id must not be reached with unsafe parameters")

    monkeypatch.setattr(crypto, "Argon2id", forbidden)
    with pytest.raises(ValueError):
        crypto.derive_password_key("pw", b"s" * 16, crypto.Argon2Params(memory_kib=2**32))


def test_derivation_is_deterministic_and_salted() -> None:
    salt = b"\x01" * 16
    a = crypto.derive_password_key("pw", salt, FAST_KDF)
    assert len(a) == crypto.KEY_BYTES
    assert a == crypto.derive_password_key("pw", salt, FAST_KDF)
    assert a != crypto.derive_password_key("pw", b"\x02" * 16, FAST_KDF)
    assert a != crypto.derive_password_key("pw2", salt, FAST_KDF)
    other = crypto.Argon2Params(FAST_KDF.memory_kib, FAST_KDF.iterations + 1, FAST_KDF.lanes)
    assert a != crypto.derive_password_key("pw", salt, other)


def test_upper_lanes_and_iterations_really_derive() -> None:
    key = crypto.derive_password_key("pw", b"\x03" * 16, crypto.Argon2Params(LOW_MEM, 12, 8))
    assert len(key) == crypto.KEY_BYTES


def test_password_is_nfc_normalised() -> None:
    composed = "caf\u00e9 电池"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    salt = b"\x04" * 16
    assert crypto.derive_password_key(composed, salt, FAST_KDF) == crypto.derive_password_key(
        decomposed, salt, FAST_KDF
    )


def test_seal_and_open_and_every_kind_of_tampering() -> None:
    key, nonce = crypto.new_key(), crypto.new_nonce()
    sealed = crypto.seal(key, nonce, b"secret bytes", b"aad")
    assert len(sealed) == len(b"secret bytes") + crypto.TAG_BYTES
    assert crypto.open_sealed(key, nonce, sealed, b"aad") == b"secret bytes"
    flipped = bytes([sealed[0] ^ 1]) + sealed[1:]
    for args in (
        (crypto.new_key(), nonce, sealed, b"aad"),
        (key, crypto.new_nonce(), sealed, b"aad"),
        (key, nonce, sealed, b"other"),
        (key, nonce, flipped, b"aad"),
        (key, nonce, sealed[:-1], b"aad"),
    ):
        with pytest.raises(crypto.DecryptionFailed):
            crypto.open_sealed(*args)


def test_random_material_sizes_and_uniqueness() -> None:
    assert len({crypto.new_key() for _ in range(50)}) == 50
    assert len(crypto.new_nonce()) == crypto.NONCE_BYTES
    assert len(crypto.new_salt()) == crypto.SALT_BYTES


def test_recovery_key_prints_in_groups_and_parses_forgivingly() -> None:
    text = crypto.new_recovery_key()
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    raw = crypto.parse_recovery_key(text)
    assert len(raw) == crypto.RECOVERY_KEY_BYTES
    sloppy = "  " + text.lower().replace("-", " ").replace("o", "0") + "\n"
    assert crypto.parse_recovery_key(sloppy) == raw
    with pytest.raises(ValueError, match="32"):
        crypto.parse_recovery_key(text[:-2])
    assert crypto.new_recovery_key() != text


def test_recovery_derivation_binds_the_salt() -> None:
    raw = crypto.parse_recovery_key(crypto.new_recovery_key())
    assert crypto.derive_recovery_key(raw, b"a" * 16) != crypto.derive_recovery_key(raw, b"b" * 16)


def test_chunk_nonces_never_repeat_and_aads_bind_index_and_last_flag() -> None:
    nonces = {crypto.chunk_nonce(i) for i in range(10_000)}
    assert len(nonces) == 10_000
    assert all(len(n) == crypto.NONCE_BYTES for n in nonces)
    header = b"H" * 58
    aads = {crypto.chunk_aad(header, i, last) for i in range(100) for last in (False, True)}
    assert len(aads) == 200
    assert crypto.chunk_aad(header, 0, True) != crypto.chunk_aad(b"G" * 58, 0, True)


def test_object_keys_differ_per_object_and_salt() -> None:
    vault_key = crypto.new_key()
    a = crypto.object_key(vault_key, b"\x01" * 16, b"s" * 32)
    assert a != crypto.object_key(vault_key, b"\x02" * 16, b"s" * 32)
    assert a != crypto.object_key(vault_key, b"\x01" * 16, b"t" * 32)
    assert a != crypto.object_key(crypto.new_key(), b"\x01" * 16, b"s" * 32)
