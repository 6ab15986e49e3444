"""Issue 16, delivery copies: ``deliver VAULT --deal ID -o DIR_OR_ZIP [--c2pa] [--force] [--json]``.

A copy is rebuilt from pixels (no EXIF, GPS, maker notes, comment, ICC or XMP of the original,
orientation baked in: read back with Pillow and with exiftool), carries the rights in XMP, has a
geometric code no other deal of the photo has, and is recorded on the deal. No overwrite
without --force; a delivery that fails leaves the target and the vault as they were.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from app.domain.models import Deal
from app.errors import WriteFailed
from app.media import delivery as media
from app.services import delivery
from app.services.vault_service import VaultService
from tests.support import PASSWORD, Runner, new_service
from tests.unit.test_match_service import picture

HOSTILE = "小鱼 <b>&\"'</x:xmpmeta>"
GPS_IFD = 0x8825


def secret_jpeg() -> bytes:
    """A 640x480 photo shot rotated (EXIF orientation 6) with a camera make, GPS, a comment,
    XMP and an ICC profile: everything a delivery copy must not carry."""
    image = picture("astronaut").resize((640, 480))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW to display
    exif[0x010F] = "SecretCamMaker"
    exif[0x0110] = "SecretModel"
    exif[GPS_IFD] = {1: "N", 2: (31.0, 14.0, 5.0), 3: "E", 4: (121.0, 28.0, 9.0)}
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        quality=90,
        exif=exif.tobytes(),
        comment=b"SECRET-COMMENT home address",
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SECRET-XMP</x:xmpmeta>',
        icc_profile=icc,
    )
    data = out.getvalue()
    assert b"SECRET-COMMENT" in data and b"SecretCamMaker" in data  # the input really has them
    return data


def make_vault(path: Path) -> tuple[Path, dict[str, str]]:
    service = new_service(path, "林小雨 & <Co>")
    try:
        [item, other] = service.import_photo_data(
            [("IMG_0001.JPG", secret_jpeg()), ("coffee.png", _png(picture("coffee")))]
        )
        buyer = service.add_buyer(HOSTILE, platform="xianyu")
        studio = service.add_buyer("影视工作室B", platform="wechat")
        first = service.add_deal(
            buyer.id,
            [item.id, other.id],
            "2026-11-01",
            ai_training="no",
            term="until",
            term_until="2027-10-31",
        )
        second = service.add_deal(studio.id, [item.id], "2026-11-02", ai_training="yes")
        ids = {
            "item": item.id,
            "other": other.id,
            "buyer": buyer.id,
            "studio": studio.id,
            "first": first.id,
            "second": second.id,
        }
    finally:
        service.lock()
    return path, ids


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    return make_vault(tmp_path_factory.mktemp("delivery") / "vault")


@pytest.fixture
def vault(template: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "vault"
    shutil.copytree(template[0], path)
    return path, template[1]


def deal_of(path: Path, deal_id: str) -> Deal:
    service = VaultService.open(path, password=PASSWORD)
    try:
        return service.deal(deal_id)
    finally:
        service.lock()


def test_a_copy_keeps_no_private_metadata_and_carries_the_rights_in_xmp(
    vault: tuple[Path, dict[str, str]], run: Runner, tmp_path: Path
) -> None:
    path, ids = vault
    out = tmp_path / "to-buyer"
    result = run("deliver", path, "--deal", ids["first"], "-o", out, "--json")
    assert result.code == 0, result.err
    listed = result.json()
    assert [c["item_id"] for c in listed] == [ids["item"], ids["other"]]
    assert sorted(p.name for p in out.iterdir()) == ["IMG_0001.jpg", "coffee.jpg"]
    data = (out / "IMG_0001.jpg").read_bytes()
    for secret in (b"SECRET", b"SecretCam", b"SecretModel", b"Exif\x00\x00", b"ICC_PROFILE"):
        assert secret not in data
    with Image.open(io.BytesIO(data)) as copy:
        assert copy.format == "JPEG"
        assert len(copy.getexif()) == 0
        assert "comment" not in copy.info and "icc_profile" not in copy.info
        assert "exif" not in copy.info
        # orientation 6 baked in: the 640x480 pixels became a portrait picture
        assert copy.height == 640 and abs(copy.width - 480) <= 480 * 0.021
        xmp = copy.getxmp()["xmpmeta"]["RDF"]["Description"]
    assert xmp["creator"]["Seq"]["li"] == "林小雨 & <Co>"
    assert "林小雨 & <Co>" in xmp["rights"]["Alt"]["li"]["text"]
    terms = xmp["UsageTerms"]["Alt"]["li"]["text"]
    assert HOSTILE in terms and "AI model training: not permitted" in terms
    assert "until 2027-10-31" in terms
    assert xmp["Marked"] == "True"
    assert xmp["LicenseEndDate"] == "2027-10-31"
    assert xmp["DataMining"] == "http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-AIMLTRAINING"
    # the record: one delivery per photo, the file's hash and code
    deal = deal_of(path, ids["first"])
    assert [(d.item_id, d.file_name, d.code) for d in deal.deliveries] == [
        (c["item_id"], c["file_name"], c["code"]) for c in listed
    ]
    for d, c in zip(deal.deliveries, listed, strict=True):
        assert d.sha256 == c["sha256"] and not d.c2pa
        import hashlib

        assert hashlib.sha256((out / d.file_name).read_bytes()).hexdigest() == d.sha256


def test_exiftool_finds_no_private_tag_and_reads_the_rights(
    vault: tuple[Path, dict[str, str]], run: Runner, tmp_path: Path
) -> None:
    assert shutil.which("exiftool"), "install libimage-exiftool-perl (Debian) to run this test"
    path, ids = vault
    out = tmp_path / "copies"
    assert run("deliver", path, "--deal", ids["first"], "-o", out).code == 0
    raw = subprocess.run(
        ["exiftool", "-j", "-a", "-G1", str(out / "IMG_0001.jpg")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    [tags] = json.loads(raw)
    groups = {k.split(":")[0] for k in tags if ":" in k}
    assert not groups & {"[IFD0]", "[GPS]", "[ExifIFD]", "[ICC_Profile]", "[IFD1]"}, groups
    for key in tags:
        assert not key.startswith(
            ("IFD0:", "GPS:", "ExifIFD:", "ICC", "MakerNotes", "File:Comment")
        )
        assert "Comment" not in key and "GPS" not in key and "Make" not in key, key
    text = json.dumps(tags, ensure_ascii=False)
    assert "SECRET" not in text and "Secret" not in text
    assert tags["XMP-dc:Creator"] == "林小雨 & <Co>"
    assert HOSTILE in tags["XMP-xmpRights:UsageTerms"]
    assert any(k.endswith("DataMining") for k in tags)


def test_a_deal_allowing_ai_training_gets_no_data_mining_prohibition(
    vault: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, ids = vault
    service = VaultService.open(path, password=PASSWORD)
    try:
        [copy] = delivery.deliver(service, ids["second"], tmp_path / "b")
    finally:
        service.lock()
    with Image.open(tmp_path / "b" / copy.delivery.file_name) as image:
        xmp = image.getxmp()["xmpmeta"]["RDF"]["Description"]
    assert "DataMining" not in xmp
    assert "AI model training: permitted" in xmp["UsageTerms"]["Alt"]["li"]["text"]
    assert "LicenseEndDate" not in xmp


def test_each_deal_gets_its_own_code_and_a_second_delivery_the_same(
    vault: tuple[Path, dict[str, str]], run: Runner, tmp_path: Path
) -> None:
    path, ids = vault
    a = run("deliver", path, "--deal", ids["first"], "-o", tmp_path / "a.zip", "--json")
    b = run("deliver", path, "--deal", ids["second"], "-o", tmp_path / "b.zip", "--json")
    assert a.code == 0 and b.code == 0, (a.err, b.err)
    code_a = next(c["code"] for c in a.json() if c["item_id"] == ids["item"])
    code_b = next(c["code"] for c in b.json() if c["item_id"] == ids["item"])
    assert code_a != code_b and media.code_named(code_a) and media.code_named(code_b)
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert sorted(archive.namelist()) == ["IMG_0001.jpg", "coffee.jpg"]
    again = run("deliver", path, "--deal", ids["first"], "-o", tmp_path / "a2", "--json")
    assert again.code == 0
    assert {c["item_id"]: c["code"] for c in again.json()} == {
        c["item_id"]: c["code"] for c in a.json()
    }
    assert len(deal_of(path, ids["first"]).deliveries) == 4  # both deliveries recorded


def test_no_overwrite_without_force_and_a_refused_delivery_changes_nothing(
    vault: tuple[Path, dict[str, str]], run: Runner, tmp_path: Path
) -> None:
    path, ids = vault
    target = tmp_path / "copies.zip"
    target.write_bytes(b"the buyer's earlier zip")
    refused = run("deliver", path, "--deal", ids["first"], "-o", target)
    assert refused.code != 0 and "--force" in refused.err
    assert target.read_bytes() == b"the buyer's earlier zip"
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "coffee.jpg").write_bytes(b"mine")
    refused = run("deliver", path, "--deal", ids["first"], "-o", folder)
    assert refused.code != 0 and "coffee.jpg" in refused.err
    assert sorted(p.name for p in folder.iterdir()) == ["coffee.jpg"]
    assert (folder / "coffee.jpg").read_bytes() == b"mine"
    assert deal_of(path, ids["first"]).deliveries == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copies.zip", "folder", "vault"]
    forced = run("deliver", path, "--deal", ids["first"], "-o", target, "--force")
    assert forced.code == 0, forced.err
    assert zipfile.is_zipfile(target)


def test_a_failing_save_leaves_no_copy_behind(
    vault: tuple[Path, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = vault
    service = VaultService.open(path, password=PASSWORD)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    try:
        monkeypatch.setattr(delivery, "_record", broken)
        with pytest.raises(OSError):
            delivery.deliver(service, ids["first"], tmp_path / "new-folder")
        with pytest.raises(WriteFailed):  # the ZIP's temp file says it in the app's words
            delivery.deliver(service, ids["first"], tmp_path / "copies.zip")
    finally:
        service.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_c2pa_says_plainly_when_it_is_not_in_this_build(
    vault: tuple[Path, dict[str, str]], run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = vault
    monkeypatch.setattr(delivery, "c2pa_available", lambda: False)
    result = run("deliver", path, "--deal", ids["first"], "-o", tmp_path / "x", "--c2pa")
    assert result.code != 0 and "C2PA signing is not available" in result.err
    assert not (tmp_path / "x").exists()
    assert deal_of(path, ids["first"]).deliveries == []


def test_xmp_escapes_hostile_text() -> None:
    rights = media.Rights(
        creator='a</rdf:li><evil x="1">&amp;\x00\x07',
        rights="]]><!--",
        usage_terms="<?xpacket end='w'?>",
        licence_end="2027-01-01",
    )
    packet = media.xmp_packet(rights)
    from defusedxml import ElementTree

    body = packet.decode().split("?>", 1)[1].rsplit("<?xpacket", 1)[0]
    root = ElementTree.fromstring(body)
    texts = "".join(root.itertext())
    assert 'a</rdf:li><evil x="1">&amp;' in texts and "<?xpacket end='w'?>" in texts
    assert "\x00" not in texts


def test_c2pa_copies_are_signed_after_their_xmp_and_recorded_as_such(
    vault: tuple[Path, dict[str, str]], run: Runner, tmp_path: Path
) -> None:
    from app.media import c2pa_sign

    path, ids = vault
    result = run("deliver", path, "--deal", ids["first"], "-o", tmp_path / "c", "--c2pa", "--json")
    assert result.code == 0, result.err
    assert all(c["c2pa"] for c in result.json())
    data = (tmp_path / "c" / "IMG_0001.jpg").read_bytes()
    reading = c2pa_sign.read(data)
    assert reading.state is not None and "cawg.training-mining" in json.dumps(reading.manifest)
    with Image.open(io.BytesIO(data)) as image:  # the XMP is still there, under the manifest
        assert image.getxmp()["xmpmeta"]["RDF"]["Description"]["Marked"] == "True"
    assert all(d.c2pa for d in deal_of(path, ids["first"]).deliveries)
