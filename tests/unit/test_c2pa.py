"""Issue 16, ``deliver --c2pa``: app/media/c2pa_sign.py.

A signed copy reads back with c2pa-python's Reader: the ``cawg.training-mining`` assertion says
"notAllowed" for every use, the validation state is "Valid" with ``signingCredential.untrusted``
and becomes "Trusted" once the reader is given the performer's root; a re-save strips it. The
certificates have the profile C2PA readers accept (facts.md "C2PA"), are made from the vault's
one signing key, are the same every time for the same vault and differ between vaults.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import c2pa
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

from app.media import c2pa_sign
from app.vault import signing

DATA = Path(__file__).resolve().parents[1] / "data" / "faces"
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>LV-XMP-CREATOR</dc:creator>'
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)
USES = ("cawg.ai_training", "cawg.ai_generative_training", "cawg.ai_inference", "cawg.data_mining")


def vault_signer(n: int = 1) -> signing.Signer:
    return signing.Signer(bytes([n]) * 32)


def copy_jpeg() -> bytes:
    """A delivery-like copy: a real photo, JPEG, with XMP written before signing."""
    image = Image.open(DATA / "obama.jpg").convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, xmp=XMP)
    return out.getvalue()


def signed(**kw: object) -> bytes:
    args: dict[str, object] = {
        "signer": vault_signer(),
        "title": "IMG_0001.jpg",
        "author": "林小雨",
        "ai_training_allowed": False,
    }
    args.update(kw)
    return c2pa_sign.sign_jpeg(copy_jpeg(), **args)  # type: ignore[arg-type]


def test_signed_copy_reads_back_valid_untrusted_with_do_not_train() -> None:
    data = signed()
    reading = c2pa_sign.read(data)
    assert reading.state == "Valid"
    assert "signingCredential.untrusted" in reading.failures
    assertion = reading.assertion("cawg.training-mining")
    assert assertion == {"entries": {use: {"use": "notAllowed"} for use in USES}}
    actions = reading.assertion("c2pa.actions.v2") or reading.assertion("c2pa.actions")
    assert actions is not None
    assert [a["action"] for a in actions["actions"]] == ["c2pa.created", "c2pa.edited"]
    assert reading.manifest["title"] == "IMG_0001.jpg"
    assert reading.manifest["signature_info"]["alg"] == "Ed25519"
    assert reading.manifest["signature_info"]["common_name"] == "林小雨"
    assert "thumbnail" not in reading.manifest  # thumbnails off: no second copy inside


def test_trusted_when_the_reader_is_given_the_performers_root() -> None:
    data = signed()
    reading = c2pa_sign.read(data, trust=c2pa_sign.root_pem(vault_signer()))
    assert reading.state == "Trusted"
    assert "signingCredential.untrusted" not in reading.failures


def test_another_vaults_root_does_not_make_it_trusted() -> None:
    reading = c2pa_sign.read(signed(), trust=c2pa_sign.root_pem(vault_signer(2)))
    assert reading.state == "Valid"
    assert "signingCredential.untrusted" in reading.failures


def test_a_resaved_copy_has_no_manifest() -> None:
    data = signed()
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, "JPEG", quality=92)
    assert c2pa_sign.read(data).state is not None
    assert c2pa_sign.read(out.getvalue()).state is None


def test_changed_pixels_are_not_valid() -> None:
    data = bytearray(signed())
    data[-200] ^= 0xFF  # inside the entropy-coded picture, after the manifest
    reading = c2pa_sign.read(bytes(data))
    assert reading.state == "Invalid"
    assert any(code.startswith("assertion.dataHash") for code in reading.failures)


def test_the_xmp_written_before_signing_is_kept() -> None:
    data = signed()
    assert b"LV-XMP-CREATOR" in Image.open(io.BytesIO(data)).info["xmp"]


def test_ai_training_allowed_by_the_deal_is_constrained_to_its_terms() -> None:
    reading = c2pa_sign.read(
        signed(ai_training_allowed=True, terms="Licensed to Buyer B until 2027-01-01.")
    )
    assert reading.state == "Valid"
    entries = (reading.assertion("cawg.training-mining") or {})["entries"]
    assert set(entries) == set(USES)
    for entry in entries.values():
        assert entry["use"] == "constrained"
        assert "Licensed to Buyer B until 2027-01-01." in entry["constraint_info"]


def test_the_certificate_profile() -> None:
    signer = vault_signer()
    chain = c2pa_sign.certificates(signer, "林小雨")
    leaf, root = chain.leaf, chain.root
    # the leaf certifies the vault's own key: its fingerprint is the one on evidence bundles
    leaf_key = leaf.public_key()
    assert isinstance(leaf_key, Ed25519PublicKey)
    assert signing.fingerprint(leaf_key.public_bytes_raw()) == signer.fingerprint
    assert leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    usage = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and not usage.key_cert_sign and not usage.content_commitment
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == ski.digest
    assert leaf.issuer == root.subject
    assert leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "林小雨"
    # the root: a CA, self-signed, its key derived from the seed (not the vault key itself)
    constraints = root.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca is True and constraints.path_length == 0
    assert root.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign
    root_key = root.public_key()
    assert isinstance(root_key, Ed25519PublicKey)
    assert root_key.public_bytes_raw() != signer.public_key
    leaf.verify_directly_issued_by(root)
    root.verify_directly_issued_by(root)
    # long-lived: readers check validity when they read, offline there is no timestamp
    for cert in (leaf, root):
        assert cert.not_valid_before_utc.year == 2024
        assert cert.not_valid_after_utc.year == 9999


def test_certificates_are_deterministic_and_differ_between_vaults() -> None:
    a = c2pa_sign.certificates(vault_signer(1), "林小雨")
    again = c2pa_sign.certificates(vault_signer(1), "林小雨")
    renamed = c2pa_sign.certificates(vault_signer(1), "Xiaoyu")
    other = c2pa_sign.certificates(vault_signer(2), "林小雨")
    assert a.pem == again.pem
    assert a.root_pem == renamed.root_pem == c2pa_sign.root_pem(vault_signer(1))  # name-free root
    assert a.leaf.public_bytes(Encoding.DER) != renamed.leaf.public_bytes(Encoding.DER)
    assert other.root_pem != a.root_pem
    assert other.leaf.public_key() != a.leaf.public_key()
    assert other.leaf.serial_number != a.leaf.serial_number
    # another vault's copy names another key
    theirs = c2pa_sign.read(signed(signer=vault_signer(2)))
    ours = c2pa_sign.read(signed())
    assert (
        theirs.manifest["signature_info"]["cert_serial_number"]
        != (ours.manifest["signature_info"]["cert_serial_number"])
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("林小雨 <b>&\"'", "林小雨 <b>&\"'"),
        ("evil\u202egpj.exe\u0000\n  name", "evilgpj.exe name"),
        ("   ", c2pa_sign.DEFAULT_NAME),
        ("x" * 200, "x" * 64),
    ],
)
def test_the_chosen_name_on_the_certificate_is_cleaned(name: str, shown: str) -> None:
    chain = c2pa_sign.certificates(vault_signer(), name)
    assert chain.leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == shown
    reading = c2pa_sign.read(signed(author=name))
    assert reading.state == "Valid"
    assert reading.manifest["signature_info"]["common_name"] == shown


def test_signing_writes_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    data = signed()
    assert c2pa_sign.read(data).state == "Valid"
    assert list(scratch.iterdir()) == []


def test_not_a_jpeg_is_refused() -> None:
    with pytest.raises(c2pa.C2paError):
        c2pa_sign.sign_jpeg(
            b"not a picture" * 100,
            signer=vault_signer(),
            title="x.jpg",
            author="A",
            ai_training_allowed=False,
        )


def test_signing_is_fast_and_small() -> None:
    import time

    source = copy_jpeg()
    start = time.process_time()  # the cost of signing, not of a busy machine's other work
    data = c2pa_sign.sign_jpeg(
        source, signer=vault_signer(), title="x.jpg", author="A", ai_training_allowed=False
    )
    elapsed = time.process_time() - start
    assert elapsed < 2.0
    assert len(data) - len(source) < 32_000


def _loaded_c2pa_libraries(cwd: Path, code: str) -> list[str]:
    import subprocess
    import sys

    script = code + (
        "\nprint('\\n'.join(sorted({l.split()[-1] for l in open('/proc/self/maps') "
        "if 'c2pa_c' in l})))"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux: reads /proc/self/maps")
def test_a_library_planted_in_the_current_folder_is_not_loaded(tmp_path: Path) -> None:
    import shutil

    spec_dir = Path(c2pa.__file__).parent / "libs"
    real = spec_dir / "libc2pa_c.so"
    planted = tmp_path / "libc2pa_c.so"
    shutil.copyfile(real, planted)  # a loadable library (a real attack would add its own code)
    # the library's own search takes the current folder's first
    assert _loaded_c2pa_libraries(tmp_path, "import c2pa") == [str(planted)]
    # signing through the app loads the package's own
    loaded = _loaded_c2pa_libraries(
        tmp_path,
        "import os\nfrom app.media import c2pa_sign\n"
        "c2pa_sign._c2pa().sdk_version()\nassert os.getcwd() == " + repr(str(tmp_path)),
    )
    assert loaded == [str(real.resolve())] or loaded == [str(real)]
