"""Evidence bundles: checkable with sha256sum and openssl, tamper-evident file by file,
deterministic, private by default, honest about what could not be read, safe to verify."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import shutil
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import cli
from app.errors import BundleExists, InvalidInput, UnsafeBundle
from app.services import evidence
from app.services.demo import build_demo_vault
from app.services.evidence import verify as evidence_verify
from app.services.vault_service import VaultService
from app.vault import signing
from tests.support import FAST_KDF, new_service, png_bytes

NOW = datetime(2026, 3, 1, 8, 30, 0, tzinfo=UTC)
ID_NUMBER = "110101199003070021"
HOSTILE = '<img src="/etc/passwd"/> A <B \u202eevil'


@dataclasses.dataclass
class Case:
    service: VaultService
    root: Path
    buyer_id: str
    sighting_id: str
    screenshot_id: str


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    root = tmp_path_factory.mktemp("evidence")
    service, _ = build_demo_vault(root / "vault", "pw", argon2=FAST_KDF)
    service.update_performer(id_number=ID_NUMBER)
    buyer = next(b for b in service.records.buyers.values() if b.name == "短剧工作室阿杰")
    sighting = next(iter(service.records.sightings.values()))
    shot = service.store_attachment_data(
        "screenshot 逆袭千金.png", png_bytes(7, (360, 640)), "chat"
    )
    with service.transaction() as records:
        records.sightings[sighting.id] = dataclasses.replace(sighting, attachment_ids=[shot.id])
        letter = next(iter(records.letters.values()))
        records.letters[letter.id] = dataclasses.replace(
            letter, body=f"本人身份证号 {ID_NUMBER}，请删除。"
        )
    yield Case(service, root, buyer.id, sighting.id, shot.id)
    service.lock()


def export(case: Case, name: str, **kwargs: object) -> Path:
    dest = case.root / name
    kwargs.setdefault("buyer_id", case.buyer_id)
    kwargs.setdefault("now", NOW)
    evidence.export_evidence(case.service, dest, overwrite=True, **kwargs)  # type: ignore[arg-type]
    return dest


@pytest.fixture(scope="module")
def bundle(case: Case) -> Path:
    return export(case, "bundle.zip")


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def rewrite(src: Path, dest: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of the bundle with entries replaced (bytes), removed (None) or added."""
    files = members(src)
    for name, data in change.items():
        if data is None:
            files.pop(name)
        else:
            files[name] = data
    with zipfile.ZipFile(dest, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return dest


def flip(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 0x01
    return bytes(out)


def run_verify(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = cli.main(["verify-evidence", str(path), *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


# --- standard tools -------------------------------------------------------------------------


def test_unpacked_bundle_passes_sha256sum_and_openssl(bundle: Path, tmp_path: Path) -> None:
    if shutil.which("sha256sum") is None or shutil.which("openssl") is None:
        pytest.skip("sha256sum or openssl is not installed (.ci/run installs both)")
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(tmp_path)
    sums = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    listed = (tmp_path / "SHA256SUMS").read_text("utf-8").splitlines()
    assert sums.stdout.count(": OK") == len(listed) >= 8
    command = (
        "openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in SHA256SUMS "
        "-sigfile SHA256SUMS.sig"
    )
    ssl = subprocess.run(command.split(), cwd=tmp_path, capture_output=True, text=True, check=False)
    assert ssl.returncode == 0, ssl.stdout + ssl.stderr
    assert "Signature Verified Successfully" in ssl.stdout
    # the same command with one byte of SHA256SUMS changed fails
    sums_path = tmp_path / "SHA256SUMS"
    sums_path.write_bytes(flip(sums_path.read_bytes(), 3))
    bad = subprocess.run(command.split(), cwd=tmp_path, capture_output=True, text=True, check=False)
    assert bad.returncode != 0
    assert command in (tmp_path / "README.txt").read_text("utf-8")


def test_layout_and_formats(case: Case, bundle: Path) -> None:
    files = members(bundle)
    names = list(files)
    assert names == sorted(names)
    assert {
        "README.txt",
        "SHA256SUMS",
        "SHA256SUMS.sig",
        "report.pdf",
        "signing-key.pub.pem",
    } <= set(names)
    sums = files["SHA256SUMS"].decode("utf-8")
    lines = sums.splitlines()
    assert sums.endswith("\n") and all(re.fullmatch(r"[0-9a-f]{64}  \S.*", x) for x in lines)
    listed = {line[66:]: line[:64] for line in lines}
    assert set(listed) == set(names) - {"SHA256SUMS", "SHA256SUMS.sig"}
    assert [line[66:] for line in lines] == sorted(listed)
    for name, digest in listed.items():
        assert hashlib.sha256(files[name]).hexdigest() == digest
    # every photo of the buyer's deals is there, byte for byte
    for item in case.service.records.media_for_buyer(case.buyer_id):
        assert files[f"originals/media/{item.name}"] == case.service.original_bytes(item.id)
    assert "originals/attachments/付款截图.png" in files
    assert "originals/attachments/screenshot 逆袭千金.png" in files  # sighting traced to the buyer
    # signature and key
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    key = load_pem_public_key(files["signing-key.pub.pem"])
    assert len(files["SHA256SUMS.sig"]) == 64
    key.verify(files["SHA256SUMS.sig"], files["SHA256SUMS"])  # type: ignore[call-arg]  # Ed25519
    fingerprint = case.service.signer().fingerprint
    assert re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}", fingerprint)
    assert fingerprint == signing.fingerprint(case.service.signing_public_key())
    readme = files["README.txt"].decode("utf-8")
    assert fingerprint in readme and "sha256sum -c SHA256SUMS" in readme and "证据包" in readme
    # fixed times and permissions, Unix attributes on every platform
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644
            assert info.create_system == 3


def test_report_content(case: Case, bundle: Path) -> None:
    data = members(bundle)["report.pdf"]
    text = pdf_text(data)
    flat = re.sub(r"\s+", "", text)
    records = case.service.records
    assert "林小雨" in text and "短剧工作室阿杰" in text
    assert "2026-03-01 08:30:00 UTC" in text
    assert signing.fingerprint(case.service.signing_public_key()).replace(" ", "") in flat
    for item in records.media_for_buyer(case.buyer_id):
        assert item.name in text and item.sha256 in flat
    deal = records.deals_for_buyer(case.buyer_id)[0]
    assert deal.uses == ["face_swap_drama"] and "AI换脸短剧" in text and "30 CNY" in text
    assert "https://www.douyin.com/video/7300000000000000000" in text
    assert "RFC 3161" in text  # says honestly that it carries no trusted timestamp
    # privacy: the ID number is on no page (also not in the letter body it was typed into)
    assert ID_NUMBER not in flat
    assert "［已隐去］" in text
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            assert ID_NUMBER.encode() not in zf.read(info)


def test_identity_and_id_number_only_when_chosen(case: Case) -> None:
    path = export(
        case,
        "with-id.zip",
        options=evidence.EvidenceOptions(include_identity=True, include_id_number=True, lang="en"),
    )
    text = pdf_text(members(path)["report.pdf"])
    assert ID_NUMBER in text.replace(" ", "") and "xiaoyu@example.com" in text
    default = pdf_text(
        members(export(case, "no-id.zip", options=evidence.EvidenceOptions(lang="en")))[
            "report.pdf"
        ]
    )
    assert "xiaoyu@example.com" not in default and "legal name and contact" in default


def test_notes_can_be_left_out(case: Case, bundle: Path) -> None:
    with_notes = pdf_text(members(bundle)["report.pdf"])
    assert "说是做AI换脸短剧的素材" in with_notes and "换脸到女主角身上" in with_notes
    path = export(case, "no-notes.zip", options=evidence.EvidenceOptions(include_notes=False))
    text = pdf_text(members(path)["report.pdf"])
    assert "说是做AI换脸短剧的素材" not in text and "换脸到女主角身上" not in text
    assert "《逆袭千金》第12集" in text


def test_options_leave_originals_out_but_list_their_hashes(case: Case) -> None:
    path = export(
        case,
        "lean.zip",
        options=evidence.EvidenceOptions(include_originals=False, include_attachments=False),
    )
    files = members(path)
    assert not [n for n in files if n.startswith("originals/")]
    flat = re.sub(r"\s+", "", pdf_text(files["report.pdf"]))
    for item in case.service.records.media_for_buyer(case.buyer_id):
        assert item.sha256 in flat
    assert evidence.verify_bundle(path).ok


def test_sighting_bundle_has_screenshot_beside_matched_photo(case: Case) -> None:
    path = export(case, "sighting.zip", buyer_id=None, sighting_id=case.sighting_id)
    files = members(path)
    sighting = case.service.records.sightings[case.sighting_id]
    matched = case.service.records.media[sighting.media_ids[0]]
    assert f"originals/media/{matched.name}" in files
    assert "originals/attachments/screenshot 逆袭千金.png" in files
    text = pdf_text(files["report.pdf"])
    assert "《逆袭千金》第12集" in text and "截图" in text
    assert evidence.verify_bundle(path).ok


def test_timestamp_seam_stores_a_token_beside_the_signature(case: Case) -> None:
    seen: list[bytes] = []

    class RecordingTimestamper:
        def timestamp(self, sha256_digest: bytes) -> bytes:
            seen.append(sha256_digest)
            return b"0\x03\x02\x01\x00"  # any DER: the seam stores it as given

    path = export(case, "ts.zip", timestamper=RecordingTimestamper())
    files = members(path)
    assert seen == [hashlib.sha256(files["SHA256SUMS"]).digest()]
    assert files["SHA256SUMS.tsr"] == b"0\x03\x02\x01\x00"
    assert "SHA256SUMS.tsr" not in files["SHA256SUMS"].decode()
    report = evidence.verify_bundle(path)
    assert report.ok and report.timestamp_token


# --- tampering ------------------------------------------------------------------------------


def test_intact_bundle_verifies(bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_verify(bundle, capsys)
    assert code == 0, out
    assert "OK:" in out
    code, out = run_verify(bundle, capsys, "--json")
    assert code == 0 and '"ok": true' in out and '"signature_valid": true' in out


@pytest.mark.parametrize(
    "target",
    [
        "report.pdf",
        "originals/media/IMG_2401.jpg",
        "originals/attachments/付款截图.png",
        "README.txt",
        "signing-key.pub.pem",
        "SHA256SUMS",
        "SHA256SUMS.sig",
    ],
)
def test_one_flipped_byte_in_any_file_is_named(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    original = members(bundle)[target]
    offset = {"signing-key.pub.pem": 40, "SHA256SUMS": 10}.get(target, len(original) // 2)
    bad = rewrite(bundle, tmp_path / "bad.zip", {target: flip(original, offset)})
    code, out = run_verify(bad, capsys)
    assert code == 1
    assert target in out
    assert "FAILED" in out


def test_a_changed_hash_line_and_a_bad_signature_are_both_reported(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sums = bytearray(members(bundle)["SHA256SUMS"])
    sums[10] = ord("0") if sums[10] != ord("0") else ord("1")  # still a valid hex digit
    bad = rewrite(bundle, tmp_path / "bad.zip", {"SHA256SUMS": bytes(sums)})
    report = evidence.verify_bundle(bad)
    kinds = {(p.kind, p.path) for p in report.problems}
    assert ("signature", "SHA256SUMS.sig") in kinds
    assert ("altered", "README.txt") in kinds  # the first line of SHA256SUMS is README.txt's
    assert not report.signature_valid


def test_added_and_removed_files_are_named(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = rewrite(
        bundle,
        tmp_path / "bad.zip",
        {"originals/media/IMG_2402.jpg": None, "originals/media/extra.jpg": b"not evidence"},
    )
    code, out = run_verify(bad, capsys)
    assert code == 1
    assert "missing: originals/media/IMG_2402.jpg" in out
    assert "extra: originals/media/extra.jpg" in out
    assert "signature" not in out  # SHA256SUMS itself is intact and signed


def test_missing_signature_or_key_is_named(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("SHA256SUMS.sig", "signing-key.pub.pem", "SHA256SUMS"):
        code, out = run_verify(rewrite(bundle, tmp_path / "bad.zip", {name: None}), capsys)
        assert code == 1 and f"missing: {name} is missing" in out


def test_a_flipped_byte_in_the_zip_itself_is_named(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as zf:
        info = zf.getinfo("originals/media/IMG_2403.jpg")
    header = 30 + len(info.filename.encode()) + len(info.extra)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(flip(raw, info.header_offset + header + 500))
    code, out = run_verify(bad, capsys)
    assert code == 1 and "originals/media/IMG_2403.jpg" in out


# --- hostile archives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "/etc/evil", "originals/../../evil", "C:/evil", "a\\..\\evil", "a\u202eb"],
)
def test_zip_slip_names_are_refused(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    bad = rewrite(bundle, tmp_path / "slip.zip", {name: b"x"})
    with pytest.raises(UnsafeBundle):
        evidence.verify_bundle(bad)
    code, out = run_verify(bad, capsys)
    assert code == 1 and "not read" in out
    assert not (tmp_path.parent / "evil.txt").exists()


def test_decompression_bomb_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("report.pdf", b"\0" * (32 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(UnsafeBundle, match="decompression bomb"):
        evidence.verify_bundle(bomb)
    code, out = run_verify(bomb, capsys, "--json")
    assert code == 1 and '"refused"' in out


def test_declared_total_size_is_bounded(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_verify, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(UnsafeBundle, match="declares"):
        evidence.verify_bundle(bundle)


def test_not_a_zip_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"hello")
    with pytest.raises(InvalidInput, match="not a readable ZIP"):
        evidence.verify_bundle(path)
    code, out = run_verify(path, capsys)
    assert code == 1 and "not a readable ZIP" in out


# --- determinism ----------------------------------------------------------------------------


def test_same_case_same_clock_gives_identical_bytes(case: Case, bundle: Path) -> None:
    again = export(case, "again.zip")
    assert again.read_bytes() == bundle.read_bytes()


def test_another_clock_changes_only_the_generated_at_time(case: Case, bundle: Path) -> None:
    later = export(case, "later.zip", now=datetime(2026, 3, 2, 9, 45, 10, tzinfo=UTC))
    a, b = members(bundle), members(later)
    assert list(a) == list(b)
    differ = {name for name in a if a[name] != b[name]}
    assert differ == {"report.pdf", "SHA256SUMS", "SHA256SUMS.sig"}
    sums_a = a["SHA256SUMS"].decode().splitlines()
    sums_b = b["SHA256SUMS"].decode().splitlines()
    assert [x for x in sums_a if x not in sums_b] == [x for x in sums_a if x.endswith("report.pdf")]
    lines_a = pdf_text(a["report.pdf"]).splitlines()
    lines_b = pdf_text(b["report.pdf"]).splitlines()
    changed = [(x, y) for x, y in zip(lines_a, lines_b, strict=True) if x != y]
    assert changed and all(
        "2026-03-01 08:30:00" in x and "2026-03-02 09:45:10" in y for x, y in changed
    )


# --- bad input and writing ------------------------------------------------------------------


def test_missing_and_damaged_objects_are_listed_not_skipped(tmp_path: Path) -> None:
    service, _ = build_demo_vault(tmp_path / "vault", "pw", argon2=FAST_KDF)
    buyer = next(b for b in service.records.buyers.values() if b.name == "短剧工作室阿杰")
    items = service.records.media_for_buyer(buyer.id)
    gone, broken = items[0], items[1]
    service.vault.object_path(gone.object_id).unlink()
    path = service.vault.object_path(broken.object_id)
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF
    path.write_bytes(bytes(data))
    result = evidence.export_evidence(
        service, tmp_path / "b.zip", buyer_id=buyer.id, options=evidence.EvidenceOptions(lang="en")
    )
    assert any(gone.name in p and "missing" in p for p in result.problems)
    assert any(broken.name in p and "damaged" in p for p in result.problems)
    files = members(tmp_path / "b.zip")
    assert f"originals/media/{gone.name}" not in files
    assert f"originals/media/{broken.name}" not in files
    assert f"originals/media/{items[2].name}" in files
    text = pdf_text(files["report.pdf"])
    assert "MISSING" in text and "DAMAGED" in text and "Items that could not be read" in text
    assert evidence.verify_bundle(tmp_path / "b.zip").ok  # what is in it is intact and signed
    service.lock()


def test_existing_bundle_is_not_replaced_without_consent(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "b.zip"
    dest.write_bytes(b"precious")
    with pytest.raises(BundleExists):
        evidence.export_evidence(case.service, dest, buyer_id=case.buyer_id)
    assert dest.read_bytes() == b"precious"
    vault = str(case.root / "vault")
    argv = ["export-evidence", vault, "--buyer", case.buyer_id, "-o", str(dest)]
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    assert cli.main(argv) == 1
    assert "--force" in capsys.readouterr().err
    assert dest.read_bytes() == b"precious"


def test_cancel_leaves_no_bundle_and_no_temp_file(case: Case, tmp_path: Path) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int, name: str) -> None:
        if done == 3:
            cancel.set()

    dest = tmp_path / "b.zip"
    with pytest.raises(evidence.ExportCancelled):
        evidence.export_evidence(
            case.service, dest, buyer_id=case.buyer_id, progress=progress, cancel=cancel
        )
    assert list(tmp_path.iterdir()) == []


def test_unknown_language_and_case_are_refused(case: Case, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        evidence.export_evidence(
            case.service,
            tmp_path / "b.zip",
            buyer_id=case.buyer_id,
            options=evidence.EvidenceOptions(lang="fr"),
        )
    with pytest.raises(InvalidInput):
        evidence.export_evidence(case.service, tmp_path / "b.zip")


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("IMG_1.jpg", "IMG_1.jpg"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\photo.jpg", "photo.jpg"),
        ("a\u202egpj.exe", "a_gpj.exe"),
        ("line\nbreak.png", "line_break.png"),
        ("CON.jpg", "_CON.jpg"),
        ("...", "fallback"),
        ("", "fallback"),
        ("x" * 300 + ".jpeg", "x" * 95 + ".jpeg"),
        ('q<u>e"s?t*i|o:n.png', "q_u_e_s_t_i_o_n.png"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert evidence.safe_file_name(name, "fallback") == expected
    assert evidence.unsafe_entry_reason("originals/media/" + expected) is None


def test_clashing_names_are_numbered_case_insensitively() -> None:
    out = evidence.unique_entries(
        "originals/media/", [("1", "a.jpg"), ("2", "A.jpg"), ("3", "a.jpg"), ("4", "../a.jpg")]
    )
    assert out == {
        "1": "originals/media/a.jpg",
        "2": "originals/media/A (2).jpg",
        "3": "originals/media/a (3).jpg",
        "4": "originals/media/a (4).jpg",
    }


def test_hostile_names_reach_the_bundle_and_report_safely(tmp_path: Path) -> None:
    service = new_service(tmp_path / "v", HOSTILE, password="pw")
    items = service.import_photo_data(
        [
            ("../../evil.png", png_bytes(1)),
            ("..\\evil.png", png_bytes(2)),
            ("EVIL.png", png_bytes(3)),
        ]
    )
    buyer = service.add_buyer(HOSTILE, notes=HOSTILE)
    service.add_deal(buyer.id, [m.id for m in items], "2025-01-02", uses_other=HOSTILE)
    dest = tmp_path / "b.zip"
    evidence.export_evidence(
        service, dest, buyer_id=buyer.id, options=evidence.EvidenceOptions(lang="en")
    )
    names = list(members(dest))
    assert {n for n in names if n.startswith("originals/")} == {
        "originals/media/evil.png",
        "originals/media/evil (2).png",
        "originals/media/EVIL (3).png",
    }
    assert all(evidence.unsafe_entry_reason(n) is None for n in names)
    text = pdf_text(members(dest)["report.pdf"])
    assert '<img src="/etc/passwd"/>' in text
    assert "\u202e" not in text
    assert evidence.verify_bundle(dest).ok
    service.lock()


def test_a_large_clip_is_streamed_not_held_in_memory(tmp_path: Path) -> None:
    import tracemalloc

    from tests.support import jpeg_bytes, mp4_bytes, write

    size = 48 * 1024 * 1024
    clip = write(tmp_path / "in" / "drama take 3.mp4", mp4_bytes(5, payload=size))
    photo = write(tmp_path / "in" / "a.jpg", jpeg_bytes(1))
    service = new_service(tmp_path / "v", "Lin", password="pw")
    report = service.import_paths([clip, photo])
    assert not report.errors
    buyer = service.add_buyer("studio")
    service.add_deal(buyer.id, [o.item.id for o in report.imported], "2025-05-05")
    del report
    dest = tmp_path / "b.zip"
    from app.documents import pdf

    pdf.register_fonts()  # the font tables (tens of MB) are loaded once per process
    tracemalloc.start()
    try:
        evidence.export_evidence(service, dest, buyer_id=buyer.id)
        export_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        verified = evidence.verify_bundle(dest)
        verify_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert verified.ok and "originals/media/drama take 3.mp4" in verified.checked
    assert dest.stat().st_size > size
    assert export_peak < size / 3, export_peak
    assert verify_peak < size / 3, verify_peak
    service.lock()


def test_very_long_texts_and_many_screenshots_flow_across_pages(tmp_path: Path) -> None:
    """A table row cannot break across pages: long values and many screenshots must still fit."""
    from app.domain.models import Letter, Sighting, new_id

    service = new_service(tmp_path / "v", "Lin", password="pw")
    items = service.import_photo_data([(f"p{i}.png", png_bytes(i)) for i in range(3)])
    buyer = service.add_buyer("studio", notes="备注" * 5000)
    service.add_deal(buyer.id, [m.id for m in items], "2025-01-02", uses_other="用途" * 5000)
    shots = [
        service.store_attachment_data(f"shot{i}.png", png_bytes(10 + i, (1080, 2400)), "chat")
        for i in range(8)
    ]
    body = ("正文第一段" * 400 + "\n") * 10
    with service.transaction() as records:
        sighting = Sighting(
            id=new_id(),
            url="https://example.com/" + "7" * 2000,
            media_ids=[m.id for m in items],
            buyer_ids=[buyer.id],
            attachment_ids=[a.id for a in shots],
            notes="n" * 9000,
        )
        records.sightings[sighting.id] = sighting
        letter = Letter(id=new_id(), kind="revocation", recipient=buyer.id, body=body)
        records.letters[letter.id] = letter
    dest = tmp_path / "b.zip"
    evidence.export_evidence(service, dest, buyer_id=buyer.id)
    data = members(dest)["report.pdf"]
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) > 8
    # drop each page's running header and footer, which interrupt text that flows on
    lines = [
        line
        for page in pages
        for line in page.splitlines()
        if not re.fullmatch(r"第 ?\d+ ?页 ?/ ?共 ?\d+ ?页|证据报告 · studio", line.strip())
    ]
    flat = re.sub(r"\s+", "", "".join(lines))
    # every word is there (page headers and footers interrupt the extracted text)
    assert flat.count("正文第一段") == 4000 and flat.count("用途") >= 5000
    assert all(a.sha256 in flat for a in shots)
    assert evidence.verify_bundle(dest).ok
    service.lock()


def test_cli_contract_export_and_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    service, _ = build_demo_vault(tmp_path / "vault", "pw", argon2=FAST_KDF, photos=8)
    buyer = next(iter(service.records.buyers))
    sighting = next(iter(service.records.sightings))
    service.lock()
    vault = str(tmp_path / "vault")
    out = tmp_path / "case.zip"

    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    argv = ["export-evidence", vault, "--buyer", buyer[:8], "-o", str(out), "--lang", "en"]
    assert cli.main([*argv, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (
        doc["bundle"] == str(out) and doc["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    )
    assert "report.pdf" in doc["entries"] and doc["problems"] == []
    assert cli.main(["verify-evidence", str(out)]) == 0
    assert doc["key_fingerprint"] in capsys.readouterr().out

    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    assert cli.main([*argv, "--force"]) == 0  # replaces, as asked
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    shot = tmp_path / "sighting.zip"
    assert cli.main(["export-evidence", vault, "--sighting", sighting, "-o", str(shot)]) == 0
    assert evidence.verify_bundle(shot).ok
    code = cli.main(["verify-evidence", str(shot), "--json"])
    capsys.readouterr()
    assert code == 0


def _marked_sentences(source: Path, function: str | None = None) -> set[str]:
    """The QT_TRANSLATE_NOOP sentences of a module (or of one of its functions)."""
    import ast

    tree: ast.AST = ast.parse(source.read_text(encoding="utf-8"))
    if function is not None:
        tree = next(
            n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == function
        )
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    }


def test_every_problem_sentence_of_an_export_has_its_chinese_in_the_report() -> None:
    """What an export can find (a record gone, an object missing, unreadable or changed) is
    printed in a Chinese report in Chinese, with the same placeholders."""
    from app.documents.letters import legal_data

    folder = Path(evidence.__file__).parent
    gone = {s for s in _marked_sentences(folder / "case.py") if "no longer recorded" in s}
    unreadable = _marked_sentences(folder / "export.py", "_check_object")
    assert len(gone) == 5 and len(unreadable) == 3
    table = legal_data().text["zh-CN"]["report_sentences"]
    for sentence in gone | unreadable:
        assert sentence in table, sentence
        assert set(re.findall(r"\{\w+\}", table[sentence])) == set(re.findall(r"\{\w+\}", sentence))
        assert re.search(r"[\u4e00-\u9fff]", table[sentence])


def test_a_chinese_report_says_its_problems_in_chinese(tmp_path: Path) -> None:
    service, _ = build_demo_vault(tmp_path / "vault", "pw", argon2=FAST_KDF)
    buyer = next(b for b in service.records.buyers.values() if b.name == "短剧工作室阿杰")
    gone = service.records.media_for_buyer(buyer.id)[0]
    service.vault.object_path(gone.object_id).unlink()
    evidence.export_evidence(
        service, tmp_path / "b.zip", buyer_id=buyer.id, options=evidence.EvidenceOptions()
    )
    text = pdf_text(members(tmp_path / "b.zip")["report.pdf"])
    squeezed = re.sub(r"\s+", "", text)
    assert f"{gone.name}在保险箱中缺失" in squeezed.replace(" ", "")
    assert "is missing from the vault" not in text
    service.lock()
