"""Issue 10 part 4: who signed a bundle, names that lie about their encoding, bounded inflation.

A valid signature only proves the files match the key shipped inside the bundle; a forger
re-signs altered files with a key of their own. ``verify-evidence --expect-key`` compares the
signer with the performer's fingerprint (or .pem); without it, the output says the key is not
confirmed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app import cli
from app.errors import InvalidInput, UnsafeBundle
from app.services import evidence
from app.services.evidence import verify as evidence_verify
from app.vault import signing
from tests.support import jpeg_bytes, new_service


@dataclasses.dataclass
class Case:
    bundle: Path
    fingerprint: str
    root: Path


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    root = tmp_path_factory.mktemp("trust")
    service = new_service(root / "vault", "Lin")
    items = service.import_photo_data((f"IMG_{i}.jpg", jpeg_bytes(seed=i)) for i in range(2))
    buyer = service.add_buyer("阿杰")
    service.add_deal(buyer.id, [m.id for m in items], "2025-06-01", term="unstated")
    bundle = root / "bundle.zip"
    result = evidence.export_evidence(
        service, bundle, buyer_id=buyer.id, now=datetime(2026, 3, 1, tzinfo=UTC)
    )
    service.lock()
    yield Case(bundle, result.key_fingerprint, root)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_zip(dest: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(dest, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return dest


def forge(src: Path, dest: Path, change: dict[str, bytes]) -> tuple[Path, Ed25519PrivateKey]:
    """Alter files, recompute SHA256SUMS and re-sign it with a fresh key shipped in the bundle."""
    files = members(src)
    files.update(change)
    key = Ed25519PrivateKey.generate()
    files[evidence.PEM] = signing.public_key_pem(
        key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    hashes = {
        name: hashlib.sha256(data).hexdigest()
        for name, data in files.items()
        if name not in (evidence.SUMS, evidence.SIG, evidence.TIMESTAMP)
    }
    sums = evidence.sums_text(hashes)
    files[evidence.SUMS] = sums
    files[evidence.SIG] = key.sign(sums)
    return write_zip(dest, files), key


def run_verify(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["verify-evidence", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def fingerprint_of(key: Ed25519PrivateKey) -> str:
    return signing.fingerprint(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


# --- someone else's key ---------------------------------------------------------------------


def test_a_re_signed_forgery_is_caught_by_the_expected_key(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = "originals/media/IMG_0.jpg"
    forged, key = forge(case.bundle, tmp_path / "forged.zip", {photo: jpeg_bytes(seed=99)})
    # the reproduction: hashes and signature all hold, so the bundle alone says nothing more
    report = evidence.verify_bundle(forged)
    assert report.ok and report.signature_valid and not report.key_confirmed
    # with the performer's fingerprint, the stranger's key is exit 1 naming both
    code, out, err = run_verify(capsys, forged, "--expect-key", case.fingerprint)
    assert code == 1, out + err
    assert case.fingerprint in err and fingerprint_of(key) in err
    assert "FAILED" in err and "OK" not in out
    code, out, _ = run_verify(capsys, forged, "--expect-key", case.fingerprint, "--json")
    doc = json.loads(out)
    assert code == 1 and doc["ok"] is False and doc["key_confirmed"] is False
    assert doc["key_fingerprint"] == fingerprint_of(key)
    assert doc["expected_key_fingerprint"] == case.fingerprint
    assert [p["kind"] for p in doc["problems"]] == ["key"]


def test_without_an_expected_key_the_key_is_not_confirmed(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forged, key = forge(case.bundle, tmp_path / "forged.zip", {})
    code, out, _ = run_verify(capsys, forged)
    assert code == 0  # the files do match their signature: that much is true
    assert fingerprint_of(key) in out
    assert "NOT confirmed" in out and "--expect-key" in out
    code, out, _ = run_verify(capsys, forged, "--json")
    doc = json.loads(out)
    assert doc["ok"] is True and doc["key_confirmed"] is False
    assert doc["key_fingerprint"] == fingerprint_of(key)
    assert doc["expected_key_fingerprint"] is None


@pytest.mark.parametrize(
    "spelling",
    [
        lambda f: f,  # as printed on the cover
        lambda f: f.replace(" ", "").lower(),
        lambda f: ":".join(f.split(" ")),
        lambda f: "  " + f.replace(" ", "-").lower() + "\n",
    ],
)
def test_the_right_key_in_any_spelling_confirms(
    case: Case, capsys: pytest.CaptureFixture[str], spelling: Callable[[str], str]
) -> None:
    code, out, err = run_verify(capsys, case.bundle, "--expect-key", spelling(case.fingerprint))
    assert code == 0, err
    assert "valid for the expected key" in out and case.fingerprint in out
    code, out, _ = run_verify(capsys, case.bundle, "--json", "--expect-key", case.fingerprint)
    assert json.loads(out)["key_confirmed"] is True


def test_a_pem_file_is_accepted_as_the_expected_key(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    genuine = tmp_path / "performer.pub.pem"
    genuine.write_bytes(members(case.bundle)[evidence.PEM])
    assert run_verify(capsys, case.bundle, "--expect-key", genuine)[0] == 0
    forged, key = forge(case.bundle, tmp_path / "forged.zip", {})
    code, _, err = run_verify(capsys, forged, "--expect-key", genuine)
    assert code == 1 and case.fingerprint in err and fingerprint_of(key) in err


def test_an_expected_key_that_is_neither_is_one_line(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for value in ("ABCD 1234", str(tmp_path / "nothing.pem")):
        code, out, err = run_verify(capsys, case.bundle, "--expect-key", value)
        assert code == 1 and out == ""
        assert err.startswith("error: The expected key must be") and err.count("\n") == 1
    not_a_key = tmp_path / "x.pem"
    not_a_key.write_text("hello")
    with pytest.raises(InvalidInput, match="not an Ed25519 public key"):
        evidence.expected_fingerprint(str(not_a_key))


# --- names that lie about being UTF-8 -------------------------------------------------------


def test_an_entry_name_flagged_utf8_that_is_not_is_an_unsafe_bundle(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = members(case.bundle)
    files["originals/media/é.jpg"] = b"x"  # zipfile flags a non-ASCII name as UTF-8
    raw = write_zip(tmp_path / "named.zip", files).read_bytes()
    good = "originals/media/é.jpg".encode()
    bad = good.replace("é".encode(), b"\xc3\x28")  # same length, not UTF-8; flag still set
    assert raw.count(good) == 2  # the local header and the central directory
    path = tmp_path / "bad-name.zip"
    path.write_bytes(raw.replace(good, bad))
    with pytest.raises(UnsafeBundle, match="not valid UTF-8"):
        evidence.verify_bundle(path)
    code, out, err = run_verify(capsys, path)
    assert code == 1 and out == ""
    assert "not valid UTF-8" in err and "internal error" not in err and "vault" not in err
    code, out, _ = run_verify(capsys, path, "--json")
    assert code == 1 and "not valid UTF-8" in json.loads(out)["refused"]


# --- bounded inflation ----------------------------------------------------------------------


def many_small_bombs(dest: Path, count: int, size: int) -> Path:
    """A ZIP of ``count`` entries of ``size`` zero bytes each, deflated once and written by
    hand (a few MB on disk), plus a SHA256SUMS listing every one of them."""
    zeros = b"\0" * size
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = compressor.compress(zeros) + compressor.flush()
    crc = zlib.crc32(zeros)
    digest = hashlib.sha256(zeros).hexdigest()
    names = [f"originals/media/z{i:05}.bin" for i in range(count)]
    sums = "".join(f"{digest}  {n}\n" for n in names).encode()
    entries = [(n.encode(), deflated, crc, size, 8) for n in names]
    entries.append((evidence.SUMS.encode(), sums, zlib.crc32(sums), len(sums), 0))
    out = io.BytesIO()
    central = io.BytesIO()
    for name, data, entry_crc, raw_size, method in entries:
        offset = out.tell()
        fields = (20, 0, method, 0, 0, entry_crc, len(data), raw_size, len(name), 0)
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields) + name + data)
        central.write(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                *fields,
                0,
                0,
                0,
                0o644 << 16,
                offset,
            )
            + name
        )
    start = out.tell()
    directory = central.getvalue()
    out.write(directory)
    out.write(
        struct.pack(
            "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), start, 0
        )
    )
    dest.write_bytes(out.getvalue())
    return dest


def test_many_small_zero_entries_are_refused_before_inflating(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2,000 entries of 1 MiB (each just under the per-entry ratio check) = 2 GiB inflated
    bomb = many_small_bombs(tmp_path / "bomb.zip", 2000, 1024 * 1024)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    with zipfile.ZipFile(bomb) as zf:  # a well-formed ZIP that really inflates to 2,000 MiB
        assert sum(i.file_size for i in zf.infolist()) >= 2000 * 1024 * 1024
        assert zf.read("originals/media/z00007.bin") == b"\0" * 1024 * 1024
    # CPU time of this process, not the wall clock (0.4 s of it on a busy 2-core box): the
    # refusal costs ~0.03 s, inflating the 2,000 entries ~5 s
    start = time.process_time()
    with pytest.raises(UnsafeBundle, match="decompression bomb"):
        evidence.verify_bundle(bomb)
    assert time.process_time() - start < 2  # refused from the directory, nothing inflated
    code, _, err = run_verify(capsys, bomb)
    assert code == 1 and "times the" in err and "was not read" in err


def test_the_bound_follows_the_size_of_the_zip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = many_small_bombs(tmp_path / "bomb.zip", 15, 64 * 1024)  # 0.94 MiB inflated
    report = evidence.verify_bundle(bomb)  # within 20x + 1 MiB: read, and every file checked
    assert len(report.checked) == 15
    monkeypatch.setattr(evidence_verify, "INFLATION_ALLOWANCE", 0)
    with pytest.raises(UnsafeBundle, match="times the"):
        evidence.verify_bundle(bomb)


def test_a_real_bundle_inflates_to_about_its_own_size(case: Case) -> None:
    with zipfile.ZipFile(case.bundle) as zf:
        inflated = sum(i.file_size for i in zf.infolist())
    assert inflated < 2 * case.bundle.stat().st_size


def test_verification_needs_no_vault(case: Case) -> None:
    """Checking a bundle loads neither the vault service nor the vault: a platform or a lawyer
    verifies without one (the evidence package imports the service for type checking only)."""
    code = (
        "import sys\n"
        "from app.services.evidence import verify_bundle\n"
        f"report = verify_bundle({str(case.bundle)!r})\n"
        "assert report.ok, report.problems\n"
        "loaded = sorted(m for m in sys.modules if m in ("
        "'app.services.vault_service', 'app.vault.vault', 'app.vault.crypto', 'PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
