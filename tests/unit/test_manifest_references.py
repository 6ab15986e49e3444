"""Letters, takedown notices and evidence bundles refer to the revocation manifest the vault
made (issue 17): its file, SHA-256 and key fingerprint and how to verify it, when one covers
their photos; evidence bundles carry the newest one. Nothing changes while there is none."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.services import evidence, letters, manifest
from app.services.vault_service import VaultService
from tests.support import jpeg_bytes, new_service

URL = "https://www.douyin.com/video/7300000000000000001"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[tuple[VaultService, str, list[str]]]:
    """Two photos sold to 阿杰, one kept back."""
    service = new_service(tmp_path / "vault", "林小雨")
    service.update_performer(email="lin@example.com", legal_name="林雨", id_number="110")
    items = service.import_photo_data(
        (f"IMG_{i}.jpg", jpeg_bytes(seed=i, size=(320, 240))) for i in range(3)
    )
    buyer = service.add_buyer("阿杰", platform="xianyu")
    service.add_deal(buyer.id, [items[0].id, items[1].id], "2025-06-01")
    yield service, buyer.id, [m.id for m in items]
    service.lock()


def made(service: VaultService, tmp_path: Path, buyer_id: str | None) -> tuple[str, str]:
    built = manifest.build(service, buyer_id=buyer_id)
    att = manifest.write(service, built, tmp_path / f"m-{buyer_id}.json")
    return att.name, att.sha256


def test_letters_name_no_manifest_while_there_is_none(
    vault: tuple[VaultService, str, list[str]],
) -> None:
    service, buyer_id, ids = vault
    for lang in ("zh-CN", "en"):
        letter = letters.compose_buyer_letter(service, buyer_id, "revocation", lang)
        assert "manifest" not in letter.body and "撤回授权清单" not in letter.body
        notice = letters.compose_takedown(service, "douyin", [URL], ids[:1], lang)
        assert "verify-manifest" not in notice.body


def test_a_revocation_letter_refers_to_the_manifest(
    vault: tuple[VaultService, str, list[str]], tmp_path: Path
) -> None:
    service, buyer_id, _ = vault
    name, sha = made(service, tmp_path, buyer_id)
    fingerprint = service.signer().fingerprint
    en = letters.compose_buyer_letter(service, buyer_id, "revocation", "en", today=date.today())
    assert f"signed revocation manifest (file {name}, SHA-256 {sha})" in en.body
    assert f'verify-manifest {name} --expect-key "{fingerprint}"' in en.body
    assert "openssl pkeyutl -verify -rawin" in en.body
    # before the closing paragraph, which stays last
    assert en.body.rstrip().endswith(en.body.split("\n\n")[-1])
    assert "revocation manifest" not in en.body.split("\n\n")[-1]
    zh = letters.compose_buyer_letter(service, buyer_id, "revocation", "zh-CN")
    assert f"撤回授权清单（文件 {name}，SHA-256：{sha}）" in zh.body
    assert fingerprint in zh.body
    # the letter renders: the long hash and fingerprint fit the page
    assert letters.render(zh).startswith(b"%PDF")


def test_a_takedown_notice_refers_to_a_manifest_covering_its_photos(
    vault: tuple[VaultService, str, list[str]], tmp_path: Path
) -> None:
    service, buyer_id, ids = vault
    name, sha = made(service, tmp_path, buyer_id)
    notice = letters.compose_takedown(service, "douyin", [URL], ids[:1], "en")
    assert f"(file {name}, SHA-256 {sha})" in notice.body
    # the third photo was not delivered to the buyer: that manifest does not cover it
    other = letters.compose_takedown(service, "douyin", [URL], ids[2:], "en")
    assert "revocation manifest" not in other.body
    # one for every photo does, and the newest covering manifest is named
    name_all, sha_all = made(service, tmp_path, None)
    other = letters.compose_takedown(service, "douyin", [URL], ids[2:], "zh-CN")
    assert sha_all in other.body and sha not in other.body
    newest = letters.compose_takedown(service, "douyin", [URL], ids[:1], "en")
    assert sha_all in newest.body and name_all in newest.body


def test_an_evidence_bundle_carries_the_newest_manifest(
    vault: tuple[VaultService, str, list[str]], tmp_path: Path
) -> None:
    service, buyer_id, _ = vault
    bundle = tmp_path / "before.zip"
    evidence.export_evidence(service, bundle, buyer_id=buyer_id)
    with zipfile.ZipFile(bundle) as zf:
        assert "revocation-manifest.json" not in zf.namelist()
        assert "verify-manifest" not in zf.read("README.txt").decode("utf-8")
    _, sha = made(service, tmp_path, buyer_id)
    bundle = tmp_path / "after.zip"
    evidence.export_evidence(service, bundle, buyer_id=buyer_id)
    with zipfile.ZipFile(bundle) as zf:
        data = zf.read("revocation-manifest.json")
        sums = zf.read("SHA256SUMS").decode("utf-8")
        readme = zf.read("README.txt").decode("utf-8")
    fingerprint = service.signer().fingerprint
    assert f'verify-manifest revocation-manifest.json --expect-key "{fingerprint}"' in readme
    assert hashlib.sha256(data).hexdigest() == sha
    assert f"{sha}  revocation-manifest.json" in sums  # listed, so signed with the bundle
    report = evidence.verify_bundle(bundle)
    assert report.ok and "revocation-manifest.json" in report.checked
    # the manifest inside verifies on its own
    inside = tmp_path / "inside.json"
    inside.write_bytes(io.BytesIO(data).getvalue())
    assert manifest.verify(inside).ok
