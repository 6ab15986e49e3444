"""The takedown and id-document commands (issue 11): the variant comes from the records and is
reported; a variant the records contradict fails and records nothing; the ID image is stored."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.services.vault_service import VaultService
from tests.support import PASSWORD, jpeg_bytes, new_service

URL = "https://www.douyin.com/video/1"


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "v"
    svc = new_service(path, "林小雨")
    svc.update_performer(legal_name="林雨", id_number="110101199001011234")
    items = svc.import_photo_data([("IMG_0.jpg", jpeg_bytes(seed=0))])
    buyer = svc.add_buyer("阿杰")
    svc.add_deal(buyer.id, [items[0].id], "2025-06-01")
    svc.lock()
    return path, items[0].id


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(pdf).pages))


def test_takedown_variant_from_the_records_and_refused_when_contradicted(
    run: Any, vault: Any, tmp_path: Path
) -> None:
    path, photo = vault
    out = tmp_path / "notice.pdf"
    base = ["takedown", path, "--platform", "douyin", "--url", URL, "--photo", photo]
    code, stdout, err = run(*base, "--variant", "never", "-o", out)
    assert code != 0 and "cannot say you never consented" in err and not out.exists()
    code, stdout, err = run(*base, "-o", out, "--json")
    assert code == 0, err
    doc = json.loads(stdout)
    assert doc["variant"] == "scope"
    assert any("ID document" in w for w in doc["warnings"])
    text = text_of(out)
    assert "未经本人同意" not in text and "从未给予此项同意" not in text
    assert "北京微播视界科技有限公司" in text
    code, _out, err = run(*base, "--ground", "pipl", "-o", tmp_path / "x.pdf")
    assert code == 2 and "invalid choice" in err


def test_id_document_command_stores_and_removes_the_image(
    run: Any, vault: Any, tmp_path: Path
) -> None:
    path, _photo = vault
    image = tmp_path / "id.jpg"
    image.write_bytes(jpeg_bytes(seed=4))
    code, stdout, err = run("id-document", path, image, "--json")
    assert code == 0, err
    (stored,) = json.loads(stdout)
    assert stored["name"] == "id.jpg"
    code, _out, err = run("id-document", path)
    assert code != 0 and "--remove" in err
    code, stdout, err = run("id-document", path, "--remove")
    assert code == 0 and "removed" in stdout
    svc = VaultService.open(path, PASSWORD)
    try:
        assert svc.records.performer.id_document_ids == [] and not svc.records.attachments
    finally:
        svc.lock()
