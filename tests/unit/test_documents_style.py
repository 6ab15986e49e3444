"""Formal style of every document (issue 11): Chinese 正式函件 conventions, English fixes, and
the evidence report's honest wording; each test generates the document and reads its text."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents.letters import annex_label, format_date, legal_data, zh_spacing
from app.domain.models import Letter, new_id
from app.services import evidence
from app.services import letters as L
from app.services.vault_service import VaultService
from tests.support import buyer_with_deal, performer_vault

TODAY = date(2026, 3, 1)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    """The PDF's text: pdftotext when installed (poppler), else pypdf."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True)
        assert out.returncode == 0, out.stderr
        return out.stdout.decode("utf-8")
    return "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(data)).pages)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[VaultService]:
    svc = performer_vault(tmp_path / "v", photos=1, legal_name="林雨")
    yield svc
    svc.lock()


def one_photo_deal(svc: VaultService) -> str:
    return buyer_with_deal(svc)[0]


def test_helpers_write_dates_annexes_and_spacing_the_chinese_way() -> None:
    assert format_date("2026-11-30", "zh-CN") == "2026年11月30日"
    assert format_date("2026-01-05", "zh-CN") == "2026年1月5日"
    assert format_date("2026-11-30", "en") == "2026-11-30"
    assert [annex_label(n, "zh-CN") for n in (1, 2, 10, 12)] == [
        "附件一",
        "附件二",
        "附件十",
        "附件十二",
    ]
    assert annex_label(2, "en") == "Annex 2"
    assert zh_spacing("共 $count 件，于 2026 年") == "共$count件，于2026年"
    data = legal_data()
    ids = data.ordered(["pipl-65", "cc-1182", "cc-995", "cc-1022-2", "cc-1022-1"])
    assert ids == ["cc-995", "cc-1022-1", "cc-1022-2", "cc-1182", "pipl-65"]
    assert data.route_article("1022-2", "zh-CN") == "民法典第一千零二十二条第二款"
    assert data.route_article("1022-2", "en") == "Civil Code Art. 1022(2)"
    assert data.title_in(data.title("revocation", "zh-CN"), "en") == data.title("revocation", "en")
    assert "欧盟《通用数据保护条例》（GDPR）" in data.citation("gdpr-9", "zh-CN").text


def test_chinese_buyer_letter_is_a_formal_letter(service: VaultService) -> None:
    buyer = one_photo_deal(service)
    comp = L.compose_buyer_letter(service, buyer, "revocation", "zh-CN", today=TODAY)
    text = flat(pdf_text(L.render(comp)))
    assert "解除肖像许可使用合同通知函" in text
    assert "通知人：（签名）" in text and "2026年3月1日" in text
    assert "2026-03-01" not in text and "2025-06-01" not in text
    assert "附件一：引用的法律条文" in text and "附件二：照片清单" in text
    assert "您" not in comp.body and "贵方" in comp.body
    assert not re.search(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]", comp.body)
    assert "(" not in comp.body and ")" not in comp.body


def test_english_letter_says_1_photo_and_yours_sincerely(service: VaultService) -> None:
    buyer = one_photo_deal(service)
    comp = L.compose_buyer_letter(service, buyer, "revocation", "en", today=TODAY)
    text = pdf_text(L.render(comp))
    assert "1 photos" not in text and "1 photo" in text
    assert text.index("Dear ") < text.index("Yours sincerely")
    assert "Yours faithfully" not in text
    assert "Annex 1: Law cited" in text and "Annex 2: Photos" in text


def test_english_reminder_quotes_the_english_title_of_a_chinese_letter(
    service: VaultService,
) -> None:
    buyer = one_photo_deal(service)
    first = L.record(
        service, L.compose_buyer_letter(service, buyer, "revocation", "zh-CN", today=TODAY)
    )
    L.mark_sent(service, first.id, TODAY.isoformat(), today=TODAY)
    later = date(2026, 4, 1)
    reminder = L.compose_buyer_letter(service, buyer, "reminder", "en", today=later)
    text = flat(pdf_text(L.render(reminder)))
    assert flat(legal_data().title("revocation", "en")) in text
    assert first.title not in text


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_evidence_report_words_originals_and_routes_honestly(
    service: VaultService, lang: str, tmp_path: Path
) -> None:
    buyer = one_photo_deal(service)
    letter = Letter(id=new_id(), kind="revocation", recipient=buyer, route="1022-2")
    with service.transaction() as records:
        records.letters[letter.id] = letter
    dest = tmp_path / f"bundle-{lang}.zip"
    evidence.export_evidence(
        service, dest, buyer_id=buyer, options=evidence.EvidenceOptions(lang=lang)
    )
    with zipfile.ZipFile(dest) as zf:
        text = flat(pdf_text(zf.read("report.pdf")))
    if lang == "zh-CN":
        assert "与保险箱在导入时记录的哈希一致" in text and "没有任何独立的第三方" in text
        assert "即导入保险箱时的原始字节" not in text
        assert "民法典第一千零二十二条第二款" in text
    else:
        assert flat("matches the hash the vault recorded at import") in text
        assert flat("are the bytes taken into the vault") not in text
        assert flat("Civil Code Art. 1022(2)") in text
    assert "1022-2" not in text
    # one photo handed over: "1 photo/clip", and no spaces around the numbers in Chinese
    if lang == "zh-CN":
        assert "交付1个照片/视频" in text and "1个照片/视频" in text
    else:
        assert "Deal:1photo/clipdeliveredto" in text and "1photos" not in text


def test_names_typed_by_the_user_keep_their_spaces_in_chinese(service: VaultService) -> None:
    buyer = service.add_buyer("Studio 7 阿杰 (2)", platform="xianyu")
    service.add_deal(buyer.id, sorted(service.records.media), "2025-06-01", uses_other="ads 2 次")
    comp = L.compose_buyer_letter(service, buyer.id, "revocation", "zh-CN", today=TODAY)
    assert comp.body.startswith("Studio 7 阿杰 (2)：")
