"""The revocation manifest (issue 17): built from a vault of real photographs, checked against
the JSON Schema published in docs/revocation-manifest.md, its signature verified by OpenSSL over
the RFC 8785 bytes, tampered and re-signed manifests refused under --expect-key, re-encoded and
resized copies of a vault photo matched by check-upload (and by the stand-alone matcher of the
docs) while unrelated photographs are not.

Photographs: scikit-image's ``skimage/data`` (astronaut: NASA, public domain; chelsea, coffee:
CC0; rocket: SpaceX, CC0; brick, grass, gravel, moon, coins: public domain or CC0 per
``skimage/data/README.txt``) and matplotlib's ``grace_hopper.jpg`` (U.S. Navy, public domain).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import matplotlib
import pytest
import skimage
from PIL import Image, ImageEnhance, ImageOps

from app.domain.models import MANIFEST_KIND
from app.errors import NotPossible
from app.services import manifest
from app.services.vault_service import VaultService
from app.vault import signing
from tests.support import PASSWORD, REPO, Runner, new_service

SKIMAGE = Path(skimage.__file__).parent / "data"
MPL = Path(matplotlib.__file__).parent / "mpl-data" / "sample_data"
PHOTOS = {
    "astronaut": SKIMAGE / "astronaut.png",
    "chelsea": SKIMAGE / "chelsea.png",
    "rocket": SKIMAGE / "rocket.jpg",
    "hopper": MPL / "grace_hopper.jpg",
}
SOLD = ("astronaut", "chelsea", "hopper")  # delivered to the buyer; rocket is not
UNRELATED = {
    "coffee": SKIMAGE / "coffee.png",
    "brick": SKIMAGE / "brick.png",
    "grass": SKIMAGE / "grass.png",
    "gravel": SKIMAGE / "gravel.png",
    "moon": SKIMAGE / "moon.png",
    "coins": SKIMAGE / "coins.png",
}
DOCS = REPO / "docs" / "revocation-manifest.md"
EXAMPLE = REPO / "docs" / "examples" / "check_manifest.py"


def schema() -> dict[str, Any]:
    text = DOCS.read_text(encoding="utf-8")
    block = text.split("## The JSON Schema (version 1)", 1)[1]
    found = re.search(r"```json\n(.*?)\n```", block, re.S)
    assert found is not None
    loaded: dict[str, Any] = json.loads(found.group(1))
    return loaded


def schema_errors(doc: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema())
    return [e.message for e in validator.iter_errors(doc)]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[VaultService, str, Path]]:
    """林小雨's vault: four real photographs, three of them sold to 阿杰."""
    root = tmp_path_factory.mktemp("manifest")
    service = new_service(root / "vault", "林小雨")
    service.update_performer(email="lin@example.com", legal_name="林雨")
    items = service.import_photo_data((p.name, p.read_bytes()) for p in PHOTOS.values())
    by_name = {i.name: i for i in items}
    buyer = service.add_buyer("阿杰", platform="xianyu")
    sold = [by_name[PHOTOS[n].name].id for n in SOLD]
    service.add_deal(buyer.id, sold, "2025-06-01")
    yield service, buyer.id, root
    service.lock()


@pytest.fixture(scope="module")
def made(vault: tuple[VaultService, str, Path]) -> tuple[Path, dict[str, Any], str]:
    """A manifest of the buyer's photos, written and remembered: (file, document, fingerprint)."""
    service, buyer_id, root = vault
    built = manifest.build(service, buyer_id=buyer_id, effective="2026-12-01")
    path = root / "manifest.json"
    manifest.write(service, built, path)
    return path, built.document, service.signer().fingerprint


def resign(doc: dict[str, Any], signer: signing.Signer) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    out["signer"]["public_key"] = base64.b64encode(signer.public_key).decode("ascii")
    out["signer"]["fingerprint"] = signer.fingerprint
    out["signature"] = base64.b64encode(signer.sign_json(manifest.unsigned(out))).decode("ascii")
    return out


def save(path: Path, doc: dict[str, Any]) -> Path:
    path.write_bytes(manifest.file_bytes(doc))
    return path


def jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def copies(tmp_path: Path) -> dict[str, Path]:
    """What a platform might receive: the sold photographs re-encoded, resized, brightened and
    mirrored (real transformations of real photos), and photographs not in the manifest."""
    out: dict[str, Path] = {}
    for name in SOLD:
        with Image.open(PHOTOS[name]) as im:
            rgb = im.convert("RGB")
        half = rgb.resize((rgb.width // 2, rgb.height // 2), Image.Resampling.BILINEAR)
        variants = {
            "q40": jpeg(rgb, 40),
            "half-q70": jpeg(half, 70),
            "bright": jpeg(ImageEnhance.Brightness(rgb).enhance(1.2), 85),
            "mirror": jpeg(ImageOps.mirror(rgb), 85),
        }
        for variant, data in variants.items():
            (tmp_path / f"{name}-{variant}.jpg").write_bytes(data)
            out[f"{name}-{variant}"] = tmp_path / f"{name}-{variant}.jpg"
    return out


# --- the document ----------------------------------------------------------------------------


def test_manifest_conforms_to_the_published_schema(made: tuple[Path, dict[str, Any], str]) -> None:
    path, doc, _ = made
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk == doc
    assert schema_errors(on_disk) == []
    assert manifest.structure(on_disk) == []


def test_what_the_manifest_says(
    vault: tuple[VaultService, str, Path], made: tuple[Path, dict[str, Any], str]
) -> None:
    service, _, _ = vault
    path, doc, fingerprint = made
    text = path.read_text(encoding="utf-8")
    assert doc["subject"] == {"name": "林小雨"}  # no legal name unless asked
    assert "林雨" not in text.replace("林小雨", "")
    assert doc["withdrawal"]["effective"] == "2026-12-01"
    assert doc["withdrawal"]["scope"] == ["training", "generation", "distribution"]
    assert "2026年12月1日" in doc["withdrawal"]["statement"]["zh-CN"]
    assert doc["contact"] == "lin@example.com"
    assert doc["covers"] == "buyer" and doc["recipient"] == "阿杰"
    articles = [b["article"] for b in doc["legal_basis"]]
    for article in ("cc-1018", "cc-1019", "pipl-15", "pipl-47", "genai-7", "dsp-14", "cc-1195"):
        assert article in articles
    assert not any(a.startswith("gdpr") for a in articles)  # the buyer is not in the EU
    assert doc["legal_basis"][0]["citation"]["zh-CN"] == "《中华人民共和国民法典》第一千零一十八条"
    assert doc["signer"]["fingerprint"] == fingerprint
    # the buyer's three photos, each with its SHA-256 and PDQ hash and quality; nothing else
    sold = {m.sha256: m for m in service.records.media.values() if m.name != "rocket.jpg"}
    assert {i["sha256"] for i in doc["items"]} == set(sold)
    for item in doc["items"]:
        assert set(item) == {"sha256", "kind", "pdq", "pdq_quality"}
        assert (
            item["pdq"] + ":" + str(item["pdq_quality"])
            == sold[item["sha256"]].fingerprints["pdq/1"]
        )
        assert isinstance(item["pdq_quality"], int) and item["pdq_quality"] >= 50
    for m in service.records.media.values():  # no file names, no record ids
        assert m.name not in text and m.id not in text


def test_the_vault_remembers_the_manifest(
    vault: tuple[VaultService, str, Path], made: tuple[Path, dict[str, Any], str]
) -> None:
    service, _, _ = vault
    path, _, _ = made
    remembered = manifest.newest(service)
    assert remembered is not None and remembered.kind == MANIFEST_KIND
    assert remembered.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert service.attachment_bytes(remembered.id) == path.read_bytes()
    sold = [m.sha256 for m in service.records.media.values() if m.name == "chelsea.png"]
    rocket = [m.sha256 for m in service.records.media.values() if m.name == "rocket.jpg"]
    assert manifest.newest(service, sold) == remembered
    assert manifest.newest(service, rocket) is None  # not delivered to the buyer: not covered


def test_all_covers_every_photo_and_cites_the_gdpr(
    vault: tuple[VaultService, str, Path],
) -> None:
    service, _, _ = vault
    built = manifest.build(service, scope=["training"], with_legal_name=True)
    doc = built.document
    assert len(doc["items"]) == len(PHOTOS) and doc["covers"] == "all" and "recipient" not in doc
    assert doc["subject"] == {"name": "林小雨", "legal_name": "林雨"}
    articles = [b["article"] for b in doc["legal_basis"]]
    assert "gdpr-7-3" in articles and "genai-7" in articles and "dsp-14" not in articles
    assert schema_errors(doc) == [] and manifest.structure(doc) == []


def test_photos_without_a_pdq_hash_are_backfilled_first(tmp_path: Path) -> None:
    service = new_service(tmp_path / "vault", "林小雨")
    try:
        service.update_performer(phone="13800000000")
        item = service.import_photo_data([("chelsea.png", PHOTOS["chelsea"].read_bytes())])[0]
        expected = item.fingerprints["pdq/1"]
        with service.transaction() as records:  # as an older release left it
            old = records.media[item.id]
            old.fingerprints = {k: v for k, v in old.fingerprints.items() if k != "pdq/1"}
        assert "pdq/1" not in service.records.media[item.id].fingerprints
        built = manifest.build(service)
        assert built.backfilled == 1
        (entry,) = built.document["items"]
        assert f"{entry['pdq']}:{entry['pdq_quality']}" == expected
        assert built.document["contact"] == "13800000000"
    finally:
        service.lock()


def test_delivered_copies_are_listed_by_their_sha256(tmp_path: Path) -> None:
    """A buyer who got delivery copies holds other files than the originals: the manifest
    lists each copy's SHA-256 under its photo (and the copy still matches the photo's PDQ)."""
    from app.services import delivery

    service = new_service(tmp_path / "vault", "林小雨")
    try:
        service.update_performer(phone="13800000000")
        item = service.import_photo_data([("chelsea.png", PHOTOS["chelsea"].read_bytes())])[0]
        buyer = service.add_buyer("阿杰", platform="xianyu")
        other = service.add_buyer("momo", platform="xianyu")
        deal = service.add_deal(buyer.id, [item.id], "2025-06-01")
        service.add_deal(other.id, [item.id], "2025-07-01")
        (made,) = delivery.deliver(service, deal.id, tmp_path / "copies")
        copy_path = Path(made.path)
        on_disk = hashlib.sha256(copy_path.read_bytes()).hexdigest()
        doc = manifest.build(service, buyer_id=buyer.id).document
        (entry,) = doc["items"]
        assert entry["delivered_copies"] == [on_disk] != [entry["sha256"]]
        assert schema_errors(doc) == [] and manifest.structure(doc) == []
        # the other buyer got no copy: their manifest lists none
        (entry,) = manifest.build(service, buyer_id=other.id).document["items"]
        assert "delivered_copies" not in entry
        # check-upload: the copy matches the photo's entry by its PDQ
        copy_image = Image.open(copy_path).convert("RGB")
        digest, _ = pdq_hash(copy_image)
        assert bin(int(digest, 16) ^ int(doc["items"][0]["pdq"], 16)).count("1") <= 31
    finally:
        service.lock()


def pdq_hash(image: Image.Image) -> tuple[str, int]:
    from app.matching import pdq

    value = pdq.compute(image)
    hex_digest, quality = value.split(":")
    return hex_digest, int(quality)


# --- schema and structure agree ---------------------------------------------------------------


def _broken(doc: dict[str, Any]) -> dict[str, Any]:
    cases: dict[str, Any] = {}

    def case(name: str, change: Any) -> None:
        d = copy.deepcopy(doc)
        change(d)
        cases[name] = d

    case("float quality", lambda d: d["items"][0].__setitem__("pdq_quality", 87.5))
    case("quality too high", lambda d: d["items"][0].__setitem__("pdq_quality", 101))
    case("short pdq", lambda d: d["items"][0].__setitem__("pdq", "ab" * 31))
    case("upper-case sha", lambda d: d["items"][0].__setitem__("sha256", "A" * 64))
    case("pdq without quality", lambda d: d["items"][0].pop("pdq_quality"))
    case("extra member", lambda d: d.__setitem__("thumbnail", "aGVsbG8="))
    case("item extra", lambda d: d["items"][0].__setitem__("name", "IMG_1.jpg"))
    case("no items", lambda d: d.__setitem__("items", []))
    case("no contact", lambda d: d.pop("contact"))
    case("blank name", lambda d: d["subject"].__setitem__("name", "  "))
    case("unknown scope", lambda d: d["withdrawal"]["scope"].append("selling"))
    case("repeated scope", lambda d: d["withdrawal"].__setitem__("scope", ["training"] * 2))
    case("bad date", lambda d: d["withdrawal"].__setitem__("effective", "1.12.2026"))
    case("statement lacks en", lambda d: d["withdrawal"]["statement"].pop("en"))
    case("version 2", lambda d: d.__setitem__("version", 2))
    case("version true", lambda d: d.__setitem__("version", True))
    case("distance as string", lambda d: d["matching"].__setitem__("match_distance", "31"))
    case("short key", lambda d: d["signer"].__setitem__("public_key", "AAAA"))
    case("short signature", lambda d: d.__setitem__("signature", d["signature"][:-8] + "=="))
    case("not base64", lambda d: d.__setitem__("signature", "!" * 86 + "=="))
    case("covers nobody", lambda d: d.__setitem__("covers", "some"))
    case("kind", lambda d: d["items"][0].__setitem__("kind", "thumbnail"))
    return cases


def test_schema_and_structure_refuse_the_same_broken_manifests(
    made: tuple[Path, dict[str, Any], str],
) -> None:
    _, doc, _ = made
    for name, broken in _broken(doc).items():
        assert schema_errors(broken), f"the schema accepts {name}"
        assert manifest.structure(broken), f"structure() accepts {name}"


def test_a_float_in_a_file_is_refused_with_where_it_stands(
    tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    _, doc, _ = made
    text = manifest.file_bytes(doc).decode("utf-8")
    quality = doc["items"][0]["pdq_quality"]
    text = text.replace(f'"pdq_quality": {quality}', f'"pdq_quality": {quality}.0', 1)
    path = tmp_path / "float.json"
    path.write_text(text, encoding="utf-8")
    report = manifest.verify(path)
    assert not report.ok
    assert [p.where for p in report.problems] == ["$.items[0].pdq_quality"]


# --- the signature ---------------------------------------------------------------------------


def _openssl_verify(folder: Path, doc: dict[str, Any], canonical: bytes) -> subprocess.Popen[str]:
    (folder / "manifest.jcs").write_bytes(canonical)
    (folder / "manifest.sig").write_bytes(base64.b64decode(doc["signature"]))
    raw = base64.b64decode(doc["signer"]["public_key"])
    (folder / "manifest.pub.pem").write_bytes(signing.public_key_pem(raw))
    return subprocess.Popen(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "manifest.pub.pem",
            "-rawin",
            "-in",
            "manifest.jcs",
            "-sigfile",
            "manifest.sig",
        ],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_openssl_verifies_the_signature_over_the_jcs_bytes(
    tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    path, doc, _ = made
    canonical = signing.canonical_json(manifest.unsigned(json.loads(path.read_bytes())))
    # the docs' one-liner (Python's json.dumps, sorted, compact) gives the same bytes
    body = {k: v for k, v in json.loads(path.read_bytes()).items() if k != "signature"}
    plain = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert plain.encode("utf-8") == canonical
    child = _openssl_verify(tmp_path, doc, canonical)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == 0, out
    assert "Signature Verified Successfully" in out
    # one byte changed in what was signed: OpenSSL refuses it
    tampered = canonical.replace(b'"contact":"lin@', b'"contact":"lim@')
    assert tampered != canonical
    child = _openssl_verify(tmp_path, doc, tampered)
    out, _ = child.communicate(timeout=30)
    assert child.returncode != 0 and "Signature Verified Successfully" not in out


def test_the_documented_openssl_commands_verify_it(
    tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    """The shell lines of docs/revocation-manifest.md, run as written."""
    path, _, fingerprint = made
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## How to verify it with standard tools", 1)[1]
    found = re.search(r"```\n(.*?)\n```", section, re.S)
    assert found is not None
    script = found.group(1).replace("python3 ", f"{sys.executable} ")
    (tmp_path / "FILE.json").write_bytes(path.read_bytes())
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Signature Verified Successfully" in done.stdout
    assert fingerprint.replace(" ", "").lower() in done.stdout


def test_verify_manifest_confirms_the_key_only_when_expected(
    run: Runner, made: tuple[Path, dict[str, Any], str]
) -> None:
    path, _, fingerprint = made
    code, out, _ = run("verify-manifest", path, stdin="")
    assert code == 0 and "NOT confirmed" in out and fingerprint in out
    code, out, _ = run("verify-manifest", path, "--expect-key", fingerprint.lower(), stdin="")
    assert code == 0 and f"valid for the expected key {fingerprint}" in out
    result = run("verify-manifest", path, "--json", stdin="")
    report = result.json()
    assert report["ok"] is True and report["key_confirmed"] is False
    assert report["items"] == len(SOLD) and report["subject"] == "林小雨"


def test_a_tampered_manifest_is_rejected(
    run: Runner, tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    _, doc, fingerprint = made
    tampered = copy.deepcopy(doc)
    tampered["withdrawal"]["effective"] = "2027-06-01"  # a later withdrawal, same signature
    path = save(tmp_path / "tampered.json", tampered)
    code, _, err = run("verify-manifest", path, "--expect-key", fingerprint, stdin="")
    assert code == 1
    assert "signature: The signature does not match the manifest" in err
    code, _, _ = run("verify-manifest", path, stdin="")
    assert code == 1  # refused with or without the expected key
    added = copy.deepcopy(doc)  # one more photo smuggled in
    added["items"].append({**doc["items"][0], "sha256": "0" * 64})
    code, _, err = run("verify-manifest", save(tmp_path / "added.json", added), stdin="")
    assert code == 1 and "signature:" in err


def test_a_manifest_resigned_by_another_key_is_rejected_under_expect_key(
    run: Runner, tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    _, doc, fingerprint = made
    forger = signing.Signer(bytes(range(32)))
    forged = copy.deepcopy(doc)
    forged["withdrawal"]["scope"] = ["distribution"]
    path = save(tmp_path / "forged.json", resign(forged, forger))
    # consistent in itself: without --expect-key it verifies, but the key is not confirmed
    code, out, _ = run("verify-manifest", path, stdin="")
    assert code == 0 and forger.fingerprint in out and "NOT confirmed" in out
    code, _, err = run("verify-manifest", path, "--expect-key", fingerprint, stdin="")
    assert code == 1
    assert f"signed by the key {forger.fingerprint}, not by the expected key {fingerprint}" in err
    pem = tmp_path / "performer.pem"
    pem.write_bytes(signing.public_key_pem(base64.b64decode(doc["signer"]["public_key"])))
    code, _, _ = run("verify-manifest", path, "--expect-key", pem, stdin="")
    assert code == 1
    # check-upload refuses it too, before looking at any image
    result = run(
        "check-upload", path, PHOTOS["chelsea"], "--expect-key", fingerprint, "--json", stdin=""
    )
    assert result.code == 1 and result.json()["images"] == []


def test_not_a_manifest_is_one_sentence(run: Runner, tmp_path: Path) -> None:
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\xff\xfe not json")
    code, _, err = run("verify-manifest", junk, stdin="")
    assert code == 1 and err.strip() == "error: junk.json is not a JSON document (UTF-8)."
    code, _, err = run("check-upload", tmp_path / "missing.json", junk, stdin="")
    assert code == 1 and "There is no file" in err


# --- matching --------------------------------------------------------------------------------


def test_check_upload_matches_copies_of_the_photos_and_nothing_else(
    run: Runner, tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    path, _, fingerprint = made
    variants = copies(tmp_path)
    sha = {name: hashlib.sha256(PHOTOS[name].read_bytes()).hexdigest() for name in SOLD}
    images = [*variants.values(), *UNRELATED.values(), PHOTOS["rocket"], PHOTOS["chelsea"]]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    result = run(
        "check-upload", path, *images, broken, "--expect-key", fingerprint, "--json", stdin=""
    )
    assert result.code == 1  # one image could not be read; the others were checked
    report = result.json()
    assert report["key_confirmed"] is True and report["match_distance"] == 31
    by_image = {Path(r["image"]).name: r for r in report["images"]}
    for name, variant in variants.items():
        r = by_image[variant.name]
        assert r["matched"], f"{name} did not match: nearest {r['nearest_distance']}"
        best = r["matches"][0]
        assert best["sha256"] == sha[name.split("-")[0]], name
        assert best["distance"] <= 31
        assert best["mirrored"] == name.endswith("mirror")
    for name in (*UNRELATED, "rocket"):
        path_name = (UNRELATED | {"rocket": PHOTOS["rocket"]})[name].name
        r = by_image[path_name]
        assert not r["matched"] and r["matches"] == [], name
        assert r["nearest_distance"] > 31 or r["low_quality"], name
    original = by_image["chelsea.png"]  # the very file: its SHA-256 is listed too
    assert original["sha256_listed"] and original["matches"][0]["distance"] == 0
    assert by_image["broken.jpg"]["error"].startswith("broken.jpg: the image is")
    assert all(r["milliseconds"] >= 0 for r in report["images"])


def test_check_upload_prints_match_and_distance(
    run: Runner, tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    path, _, _ = made
    variants = copies(tmp_path)
    code, out, err = run(
        "check-upload", path, variants["hopper-half-q70"], UNRELATED["brick"], stdin=""
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"MATCH {variants['hopper-half-q70']}: item ")
    assert "at distance" in lines[0]
    assert lines[1].startswith(f"no match {UNRELATED['brick']}: nearest distance ")
    assert "not confirmed" in err


def test_the_standalone_matcher_of_the_docs(
    tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    """docs/examples/check_manifest.py is the code printed in the docs, and it works."""
    path, doc, fingerprint = made
    text = DOCS.read_text(encoding="utf-8")
    printed = re.search(r"```python\n(.*?)\n```", text, re.S)
    assert printed is not None
    assert printed.group(1).strip() == EXAMPLE.read_text(encoding="utf-8").strip()
    variants = copies(tmp_path)
    images = [variants["astronaut-q40"], variants["chelsea-mirror"], UNRELATED["coffee"]]
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), str(path), fingerprint, *map(str, images)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("MATCH") and lines[1].startswith("MATCH"), lines
    assert lines[2].startswith("no match"), lines
    sold = {i["sha256"] for i in doc["items"]}
    assert lines[0].rsplit(" ", 1)[1] in sold
    # another key than the performer's: refused
    forged = save(tmp_path / "forged.json", resign(doc, signing.Signer(bytes(32))))
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), str(forged), fingerprint, str(images[0])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "another key" in done.stderr


# --- the command -----------------------------------------------------------------------------


@pytest.fixture
def small_vault(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    service = new_service(tmp_path / "vault", "林小雨")
    service.update_performer(email="lin@example.com")
    items = service.import_photo_data([("hopper.jpg", PHOTOS["hopper"].read_bytes())])
    buyer = service.add_buyer("阿杰", platform="xianyu")
    service.add_deal(buyer.id, [items[0].id], "2025-06-01")
    service.lock()
    yield tmp_path / "vault", buyer.id


def test_revocation_manifest_command_writes_and_never_overwrites_silently(
    run: Runner, tmp_path: Path, small_vault: tuple[Path, str]
) -> None:
    vault_path, buyer_id = small_vault
    out = tmp_path / "m.json"
    result = run("revocation-manifest", vault_path, "--buyer", buyer_id[:8], "-o", out, "--json")
    assert result.code == 0, result.err
    made = result.json()
    assert made["items"] == 1 and made["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    before = out.read_bytes()
    code, _, err = run("revocation-manifest", vault_path, "--all", "-o", out)
    assert code == 1 and "already exists" in err and "--force" in err
    assert out.read_bytes() == before
    code, text, _ = run(
        "revocation-manifest", vault_path, "--all", "--scope", "training", "-o", out, "--force"
    )
    assert code == 0 and out.read_bytes() != before
    assert json.loads(out.read_bytes())["withdrawal"]["scope"] == ["training"]
    assert text.split()[0] == hashlib.sha256(out.read_bytes()).hexdigest()
    service = VaultService.open(vault_path, password=PASSWORD)
    try:  # both are remembered, the newest first
        remembered = manifest.manifests(service)
        assert remembered[0].sha256 == text.split()[0]
        assert len(remembered) == 2
    finally:
        service.lock()


def test_revocation_manifest_refusals_change_nothing(
    run: Runner, tmp_path: Path, small_vault: tuple[Path, str]
) -> None:
    vault_path, _ = small_vault
    out = tmp_path / "m.json"
    code, _, err = run("revocation-manifest", vault_path, "--all", "--scope", "selling", "-o", out)
    assert code == 1 and "Unknown scope 'selling'" in err
    code, _, err = run("revocation-manifest", vault_path, "--all", "--with-legal-name", "-o", out)
    assert code == 1 and "legal name is not recorded" in err
    code, _, err = run(
        "revocation-manifest", vault_path, "--all", "--with-face-embedding", "-o", out
    )
    assert code == 1 and "Face embeddings exist only while face matching is on" in err
    code, _, _ = run("revocation-manifest", vault_path, "-o", out)
    assert code == 2  # --buyer or --all
    assert not out.exists()
    service = VaultService.open(vault_path, password=PASSWORD)
    try:
        assert manifest.manifests(service) == []
    finally:
        service.lock()


# --- face embeddings (opt-in) ----------------------------------------------------------------


def test_face_embeddings_only_when_asked_and_face_matching_is_on(tmp_path: Path) -> None:
    import numpy as np

    from app.matching import faces

    if not faces.available():
        pytest.skip("dlib or its model files are not installed")
    service = new_service(tmp_path / "vault", "林小雨")
    try:
        service.update_performer(email="lin@example.com")
        service.import_photo_data(
            (p.name, p.read_bytes()) for p in (PHOTOS["astronaut"], PHOTOS["rocket"])
        )
        with pytest.raises(NotPossible, match="face matching is on"):
            manifest.build(service, with_face_embedding=True)
        service.set_face_matching(True)
        plain = manifest.build(service).document  # on, but not asked: none in the file
        assert "face_embedding" not in plain
        assert all("face_embeddings" not in i for i in plain["items"])
        built = manifest.build(service, with_face_embedding=True)  # back-fills the faces first
        doc = built.document
        assert doc["face_embedding"]["model"] == faces.MODEL
        assert doc["face_embedding"]["model_version"] == str(faces.MODEL_VERSION)
        astronaut = next(m for m in service.records.media.values() if m.name == "astronaut.png")
        (entry,) = [i for i in doc["items"] if "face_embeddings" in i]  # the rocket has no face
        assert entry["sha256"] == astronaut.sha256 and len(entry["face_embeddings"]) == 1
        stored = faces.from_bytes(
            service.vault.read_object_bytes(astronaut.derived[faces.KEY], astronaut.name)
        )
        raw = base64.b64decode(entry["face_embeddings"][0])
        values = np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32767
        largest = max(stored, key=lambda f: (f.box[2] - f.box[0]) * (f.box[3] - f.box[1]))
        assert np.abs(values - largest.embedding).max() < 1e-4
        assert schema_errors(doc) == [] and manifest.structure(doc) == []
        path = save(tmp_path / "faces.json", doc)
        assert manifest.verify(path).ok
    finally:
        service.lock()


def test_a_member_named_twice_is_refused(
    run: Runner, tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    path, _, _ = made
    text = path.read_text(encoding="utf-8")
    # a second "contact" before the real one: a first-wins parser would read another contact
    doubled = text.replace(
        '  "contact": ', '  "contact": "someone@else.example",\n  "contact": ', 1
    )
    assert doubled != text
    twice = tmp_path / "twice.json"
    twice.write_text(doubled, encoding="utf-8")
    code, _, err = run("verify-manifest", twice, stdin="")
    assert code == 1
    assert "twice.json names the member 'contact' twice in one object" in err


def test_a_failed_write_leaves_the_vault_as_it_was(vault: tuple[VaultService, str, Path]) -> None:
    from app.errors import WriteFailed

    service, buyer_id, root = vault
    before = [a.id for a in manifest.manifests(service)]
    built = manifest.build(service, buyer_id=buyer_id)
    with pytest.raises(WriteFailed):
        manifest.write(service, built, root / "no such folder" / "m.json")
    assert [a.id for a in manifest.manifests(service)] == before
    assert not (root / "no such folder").exists()


def test_a_manifest_of_1000_items_stays_small(
    tmp_path: Path, made: tuple[Path, dict[str, Any], str]
) -> None:
    """The size the docs state: 1,000 photo entries (real PDQ values, distinct SHA-256s)."""
    _, doc, _ = made
    big = copy.deepcopy(doc)
    template = doc["items"]
    big["items"] = [
        {**template[n % len(template)], "sha256": hashlib.sha256(str(n).encode()).hexdigest()}
        for n in range(1000)
    ]
    signer = signing.Signer(bytes(range(32)))
    path = save(tmp_path / "big.json", resign(big, signer))
    size = path.stat().st_size
    assert 200_000 < size < 260_000, size  # docs/revocation-manifest.md: 236 KB
    assert manifest.verify(path, expect_key=signer.fingerprint).ok


def test_a_failed_save_leaves_the_file_as_it_was(
    vault: tuple[VaultService, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is renamed into place only after the vault remembered the manifest."""
    import errno

    from app.errors import WriteFailed
    from app.vault.store import write_failed

    service, buyer_id, root = vault
    dest = root / "existing.json"
    dest.write_text("the performer's own file", encoding="utf-8")
    before = [a.id for a in manifest.manifests(service)]
    built = manifest.build(service, buyer_id=buyer_id)

    def full_disk() -> bool:
        raise write_failed(OSError(errno.ENOSPC, "No space left on device"), root / "index")

    monkeypatch.setattr(service.vault, "save_if_changed", full_disk)
    with pytest.raises(WriteFailed):
        manifest.write(service, built, dest, overwrite=True)
    assert dest.read_text(encoding="utf-8") == "the performer's own file"
    assert [a.id for a in manifest.manifests(service)] == before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == []


def test_a_remembered_manifest_keeps_its_kind(
    run: Runner, tmp_path: Path, small_vault: tuple[Path, str]
) -> None:
    vault_path, _ = small_vault
    result = run("revocation-manifest", vault_path, "--all", "-o", tmp_path / "m.json", "--json")
    recorded = result.json()["recorded_as"]
    code, _, err = run("set-attachment-kind", vault_path, recorded[:8], "contract")
    assert code == 1 and "is a revocation manifest the vault made; its kind stays" in err
    result = run("attachments", vault_path, "--json")
    (listed,) = [a for a in result.json() if a["id"] == recorded]
    assert listed["kind"] == "manifest"
