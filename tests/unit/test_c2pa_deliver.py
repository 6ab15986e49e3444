"""Issue 16, ``deliver --c2pa`` end to end: the copies are signed by the vault's chain, the
performer's root is written next to them (folder and ZIP) and makes them Trusted, the CLI says
plainly that readers show "untrusted" otherwise and that a re-save strips the manifest, and an
existing root file is not overwritten silently."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PIL import Image

from app.media import c2pa_sign
from app.services.vault_service import VaultService
from app.vault import signing
from tests.support import PASSWORD, Runner, new_service

PHOTO = Path(__file__).resolve().parents[1] / "data" / "faces" / "obama.jpg"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, bytes, str]:
    path = tmp_path_factory.mktemp("c2pa") / "vault"
    service = new_service(path, "林小雨")
    try:
        [item] = service.import_photo_data([("IMG_0001.JPG", PHOTO.read_bytes())])
        buyer = service.add_buyer("买家A", platform="xianyu")
        deal = service.add_deal(buyer.id, [item.id], "2026-11-01", ai_training="no")
        root = c2pa_sign.root_pem(service.signer())
        fingerprint = service.signer().fingerprint
    finally:
        service.lock()
    return path, deal.id, root, fingerprint


@pytest.fixture
def vault(template: tuple[Path, str, bytes, str], tmp_path: Path) -> tuple[Path, str, bytes, str]:
    path = tmp_path / "vault"
    shutil.copytree(template[0], path)
    return path, *template[1:]


def test_deliver_c2pa_writes_the_root_and_says_plainly_what_it_means(
    vault: tuple[Path, str, bytes, str], run: Runner, tmp_path: Path
) -> None:
    path, deal, root, fingerprint = vault
    out = tmp_path / "copies"
    result = run("deliver", path, "--deal", deal, "-o", out, "--c2pa")
    assert result.code == 0, result.err
    assert "untrusted unless they trust your root certificate, performer-root.pem" in result.out
    assert "re-save" in result.out
    assert sorted(p.name for p in out.iterdir()) == ["IMG_0001.jpg", "performer-root.pem"]
    assert (out / "performer-root.pem").read_bytes() == root
    data = (out / "IMG_0001.jpg").read_bytes()
    untrusted = c2pa_sign.read(data)
    assert untrusted.state == "Valid" and "signingCredential.untrusted" in untrusted.failures
    assert untrusted.manifest["signature_info"]["common_name"] == "林小雨"
    trusted = c2pa_sign.read(data, trust=(out / "performer-root.pem").read_bytes())
    assert trusted.state == "Trusted"
    entries = (trusted.assertion("cawg.training-mining") or {})["entries"]
    assert {e["use"] for e in entries.values()} == {"notAllowed"}
    # the exported root issued the leaf that certifies the vault's own key
    cert = x509.load_pem_x509_certificate(root)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    # a re-save strips it
    resaved = io.BytesIO()
    Image.open(io.BytesIO(data)).save(resaved, "JPEG")
    assert c2pa_sign.read(resaved.getvalue()).state is None
    # the leaf's key is the vault key: the fingerprint on evidence bundles
    service = VaultService.open(path, password=PASSWORD)
    try:
        chain = c2pa_sign.certificates(service.signer(), "林小雨")
    finally:
        service.lock()
    key = chain.leaf.public_key()
    assert isinstance(key, Ed25519PublicKey)
    assert signing.fingerprint(key.public_bytes_raw()) == fingerprint
    assert chain.root_pem == root


def test_deliver_c2pa_into_a_zip_has_the_root_too(
    vault: tuple[Path, str, bytes, str], run: Runner, tmp_path: Path
) -> None:
    path, deal, root, _ = vault
    out = tmp_path / "copies.zip"
    result = run("deliver", path, "--deal", deal, "-o", out, "--c2pa")
    assert result.code == 0, result.err
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["IMG_0001.jpg", "performer-root.pem"]
        assert archive.read("performer-root.pem") == root
        reading = c2pa_sign.read(archive.read("IMG_0001.jpg"), trust=root)
    assert reading.state == "Trusted"


def test_an_existing_root_file_is_not_replaced_silently(
    vault: tuple[Path, str, bytes, str], run: Runner, tmp_path: Path
) -> None:
    path, deal, _, _ = vault
    out = tmp_path / "copies"
    out.mkdir()
    (out / "performer-root.pem").write_bytes(b"someone else's root")
    result = run("deliver", path, "--deal", deal, "-o", out, "--c2pa")
    assert result.code != 0 and "performer-root.pem already exists" in result.err
    assert (out / "performer-root.pem").read_bytes() == b"someone else's root"
    assert sorted(p.name for p in out.iterdir()) == ["performer-root.pem"]


def test_without_c2pa_no_root_is_written(
    vault: tuple[Path, str, bytes, str], run: Runner, tmp_path: Path
) -> None:
    path, deal, _, _ = vault
    out = tmp_path / "plain"
    result = run("deliver", path, "--deal", deal, "-o", out)
    assert result.code == 0, result.err
    assert [p.name for p in out.iterdir()] == ["IMG_0001.jpg"]
    assert "C2PA" not in result.out
    assert c2pa_sign.read((out / "IMG_0001.jpg").read_bytes()).state is None


def test_only_deliver_c2pa_loads_the_c2pa_library(
    vault: tuple[Path, str, bytes, str], tmp_path: Path
) -> None:
    """c2pa-python loads a 23 MB native library: `photos` and a plain `deliver` do without."""
    import subprocess
    import sys

    from tests.support import subprocess_env

    path, deal, _, _ = vault

    def loaded(argv: list[str]) -> str:
        script = (
            "import io, sys\n"
            "from app import cli\n"
            f"sys.stdin = io.StringIO({PASSWORD!r} + '\\n')\n"
            f"code = cli.main({argv!r})\n"
            "print('LOADED', 'c2pa' in sys.modules, code)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=subprocess_env(),
            timeout=120,
            check=False,
        )
        return done.stdout.splitlines()[-1] if done.stdout else done.stderr

    assert loaded(["photos", str(path)]) == "LOADED False 0"
    plain = ["deliver", str(path), "--deal", deal, "-o", str(tmp_path / "a")]
    assert loaded(plain) == "LOADED False 0"
    assert loaded([*plain[:-1], str(tmp_path / "b"), "--c2pa"]) == "LOADED True 0"
