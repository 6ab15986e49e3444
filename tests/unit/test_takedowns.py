"""Takedown notices say only what the records support (issue 11): one test per variant and per
fix, each generating the PDF and reading its text back, in zh-CN and en."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.documents.letters import legal_data
from app.domain.models import Letter, Records, new_id
from app.errors import InvalidInput
from app.services import letters as L
from app.services.vault_service import VaultService
from tests.support import PASSWORD, buyer_with_deal, jpeg_bytes, performer_vault, png_bytes

TODAY = date(2026, 3, 1)
URL = "https://www.douyin.com/video/7300000000000000001"
ID_NUMBER = "110101199001011234"
LANGS = ["zh-CN", "en"]

# what a notice must never say when a deal covered the photos
NEVER_CONSENTED = {
    "zh-CN": ["未经本人同意", "本人从未给予此项同意", "与任何人订立肖像许可使用合同"],
    "en": ["without my consent", "which I never gave", "never made a portrait licence"],
}


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    """The PDF's text, whitespace removed: pdftotext when installed (poppler), else pypdf."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True)
        assert out.returncode == 0, out.stderr
        return flat(out.stdout.decode("utf-8"))
    return flat("\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(data)).pages))


def image_count(data: bytes) -> int:
    count = 0
    for page in PdfReader(BytesIO(data)).pages:
        xobjects = page["/Resources"].get_object().get("/XObject")
        for ref in (xobjects.get_object() if xobjects is not None else {}).values():
            count += ref.get_object().get("/Subtype") == "/Image"
    return count


@pytest.fixture
def service(tmp_path: Path) -> Iterator[VaultService]:
    svc = performer_vault(
        tmp_path / "v",
        photos=2,
        legal_name="林雨",
        id_number=ID_NUMBER,
        address="北京市朝阳区幸福路8号",
    )
    yield svc
    svc.lock()


def deal(svc: VaultService, **terms: Any) -> tuple[str, str]:
    return buyer_with_deal(svc, uses_other="换脸短剧", **terms)


def sent_revocation(
    svc: VaultService, buyer_id: str, deal_id: str, sent: str, deadline: str, channel: str = ""
) -> Letter:
    """A revocation letter as compose_buyer_letter records it, then marked sent."""
    letter = Letter(
        id=new_id(),
        kind="revocation",
        recipient=buyer_id,
        route="1022-1",
        deadline=deadline,
        deal_ids=[deal_id],
        lang="zh-CN",
        title=legal_data().title("revocation", "zh-CN"),
        created_at=sent + "T00:00:00Z",
    )
    with svc.transaction() as records:
        records.letters[letter.id] = letter
    return L.mark_sent(svc, letter.id, sent, channel)


def notice(svc: VaultService, lang: str, **kw: object) -> tuple[L.Composition, str]:
    media = kw.pop("media", sorted(svc.records.media))
    platform = str(kw.pop("platform", "douyin"))
    comp = L.compose_takedown(svc, platform, [URL], media, lang, today=TODAY, **kw)  # type: ignore[arg-type]
    return comp, pdf_text(L.render(comp))


@pytest.mark.parametrize("lang", LANGS)
def test_no_deal_is_the_only_notice_that_says_never_consented(
    service: VaultService, lang: str
) -> None:
    comp, text = notice(service, lang)
    assert comp.variant == "never" and comp.grounds == ["deep-synthesis"]
    for sentence in NEVER_CONSENTED[lang]:
        assert flat(sentence) in text
    assert ("第十四条" if lang == "zh-CN" else "Article14oftheProvisions") in text


@pytest.mark.parametrize("lang", LANGS)
def test_revoked_licence_names_buyer_letter_and_sent_date_and_annexes_the_letter(
    service: VaultService, lang: str
) -> None:
    buyer, deal_id = deal(service)
    letter = sent_revocation(service, buyer, deal_id, "2026-01-02", "2026-01-17", "闲鱼私信")
    comp, text = notice(service, lang)
    assert comp.variant == "revoked" and comp.deal_ids == [deal_id]
    for sentence in NEVER_CONSENTED[lang]:
        assert flat(sentence) not in text, sentence
    assert "第十四条" not in text and "Article 14" not in text  # not by default here
    ref = "LV-" + letter.id[:8].upper()
    assert ref in text and "阿杰" in text and "闲鱼私信" in text
    if lang == "zh-CN":
        assert "2026年1月2日" in text and "2026年1月17日" in text
        assert flat("《解除肖像许可使用合同通知函》") in text
        assert "附件三：解除肖像许可使用合同的通知及发送记录" in text
        assert "上述许可已经解除" in text
    else:
        assert "2026-01-02" in text and "2026-01-17" in text
        assert flat('"Notice of Termination of Portrait Licence"') in text
        assert flat("Annex 3: The notice ending the portrait licence") in text
        assert flat("That licence has been terminated") in text
    assert "letter-text-missing" in comp.warning_codes  # only the record is in the vault


@pytest.mark.parametrize("lang", LANGS)
def test_expired_licence_says_the_term_ended(service: VaultService, lang: str) -> None:
    deal(service, term="until", term_until="2025-12-31")
    comp, text = notice(service, lang)
    assert comp.variant == "expired"
    for sentence in NEVER_CONSENTED[lang]:
        assert flat(sentence) not in text, sentence
    if lang == "zh-CN":
        assert flat("该许可约定的期限已于2025年12月31日届满") in text
    else:
        assert flat("The term of that licence ended on 2025-12-31") in text


@pytest.mark.parametrize("lang", LANGS)
def test_running_licence_gives_an_out_of_scope_notice(service: VaultService, lang: str) -> None:
    deal(service, term="until", term_until="2027-12-31")
    comp, text = notice(service, lang, reason="用于色情广告")
    assert comp.variant == "scope"
    for sentence in NEVER_CONSENTED[lang]:
        assert flat(sentence) not in text, sentence
    assert "用于色情广告" in text
    assert ("超出了本人许可的范围" if lang == "zh-CN" else "beyondwhatIlicensed") in text


def test_a_chosen_variant_the_records_contradict_is_refused(service: VaultService) -> None:
    with pytest.raises(InvalidInput, match="No deal covers"):
        notice(service, "en", variant="revoked")
    deal(service)
    with pytest.raises(InvalidInput, match="cannot say you never consented"):
        notice(service, "en", variant="never")
    with pytest.raises(InvalidInput, match="revocation letter"):
        notice(service, "en", variant="revoked")
    with pytest.raises(InvalidInput, match="term that has ended"):
        notice(service, "en", variant="expired")
    with pytest.raises(InvalidInput, match="variant must be"):
        notice(service, "en", variant="maybe")
    # face-swap ground asked for by hand on a licensed deal: the licensed wording
    comp, text = notice(service, "zh-CN", grounds=["deep-synthesis"])
    assert comp.variant == "scope" and "第十四条" in text
    assert "从未给予此项同意" not in text and "不在该许可的范围或期限之内" in text


def test_unsent_or_not_yet_effective_revocation_is_not_claimed(service: VaultService) -> None:
    buyer, deal_id = deal(service)
    draft = Letter(id=new_id(), kind="revocation", recipient=buyer, deadline="2026-02-01")
    with service.transaction() as records:
        records.letters[draft.id] = draft
    comp, text = notice(service, "en")
    assert comp.variant == "scope" and "revocation-draft" in comp.warning_codes
    assert "terminated" not in text
    sent_revocation(service, buyer, deal_id, "2026-02-25", "2026-03-12")  # deadline to come
    comp, text = notice(service, "en")
    assert comp.variant == "scope" and "revocation-pending" in comp.warning_codes
    assert "channel-missing" not in comp.warning_codes  # nothing annexed yet


@pytest.mark.parametrize("lang", LANGS)
def test_a_notice_without_photos_does_not_say_a_photo_list_is_attached(
    service: VaultService, lang: str
) -> None:
    comp, text = notice(service, lang, media=[])
    assert not comp.media and "no-photos" in comp.warning_codes
    for absent in ("照片清单", "SHA-256", "附件二", "Photo list", "Annex 2", "listed below"):
        assert flat(absent) not in text, absent
    assert ("附件一：引用的法律条文。" if lang == "zh-CN" else "Annex 1: Law cited.") in comp.body


def test_no_photos_but_deals_in_the_vault_claims_only_no_licence(service: VaultService) -> None:
    deal(service)
    comp, text = notice(service, "zh-CN", media=[])
    assert comp.variant == "unlisted" and "unlisted" in comp.warning_codes
    assert "未经本人同意，使用" not in text and "本人未许可上述内容" in text


@pytest.mark.parametrize("lang", LANGS)
def test_1195_says_necessary_measures_and_extended_harm(service: VaultService, lang: str) -> None:
    _comp, text = notice(service, lang)
    if lang == "zh-CN":
        assert flat("根据构成侵权的初步证据和服务类型采取必要措施") in text
        assert "对损害的扩大部分与该网络用户承担连带责任" in text
    else:
        assert (
            flat("according to the preliminary evidence of the infringement and the type") in text
        )
        assert flat("extended part of the harm") in text
        assert "promptly after receiving" not in text
    explain = L.route_explanation("1195", lang)[0]
    assert ("扩大" in explain) if lang == "zh-CN" else ("extended" in explain)
    assert "promptly delete" not in explain


def test_pipl_and_genai_are_not_asserted_against_a_platform(service: VaultService) -> None:
    for ground in ("pipl", "genai"):
        with pytest.raises(InvalidInput, match="not a platform"):
            notice(service, "en", grounds=[ground])


@pytest.mark.parametrize("lang", LANGS)
def test_addressed_to_the_operating_company_and_signed_with_the_legal_name(
    service: VaultService, lang: str
) -> None:
    comp, text = notice(service, lang)
    operator = "北京微播视界科技有限公司" if lang == "zh-CN" else "Beijing Microlive Vision"
    assert flat(operator) in text
    assert flat("林雨（艺名：林小雨）" if lang == "zh-CN" else "林雨 (stage name: 林小雨)") in text
    assert comp.signature_name == "林雨"
    # a platform whose operator was not confirmed is addressed by its name only
    data = legal_data()
    assert data.platform_addressee("hongguo", lang) == data.platform_name("hongguo", lang)
    for key in ("douyin", "kuaishou", "bilibili", "xiaohongshu", "channels", "xianyu"):
        assert data.platform_operator(key, "zh-CN").endswith("有限公司")


@pytest.mark.parametrize("lang", LANGS)
def test_screenshots_and_id_image_are_annexed_and_missing_ones_warned(
    service: VaultService, lang: str, tmp_path: Path
) -> None:
    comp, text = notice(service, lang)
    assert {"no-screenshots", "id-document-missing"} <= set(comp.warning_codes)
    assert not comp.annexes
    shot = tmp_path / "shot.png"
    shot.write_bytes(png_bytes(seed=3, size=(320, 640)))
    front = tmp_path / "id-front.jpg"
    front.write_bytes(jpeg_bytes(seed=7))
    service.add_sighting(
        URL,
        seen_on="2026-02-20",
        media_ids=sorted(service.records.media)[:1],
        screenshots=[(shot, "other")],
    )
    service.set_id_document([front])
    before = image_count(L.render(comp))
    comp, text = notice(service, lang)
    assert not {"no-screenshots", "id-document-missing"} & set(comp.warning_codes)
    # the screenshot, the original it was matched to beside it, the ID image
    assert image_count(L.render(comp)) == before + 3
    assert flat("比对：保险箱中的原图IMG_" if lang == "zh-CN" else "For comparison") in text
    if lang == "zh-CN":
        assert "附件三：侵权内容截图" in text and "发现日期：2026年2月20日" in text
        assert "附件四：通知人身份证明" in text and "id-front.jpg" in text
        assert "附件三：侵权内容截图" in comp.body  # the body lists what is attached
    else:
        assert flat("Annex 3: Screenshots") in text and "seenon:2026-02-20" in text
        assert flat("Annex 4: Proof of the right holder's identity") in text


@pytest.mark.parametrize("lang", LANGS)
def test_us_platform_no_prc_grounds_by_default_and_dmca_identifies_the_photos(
    service: VaultService, lang: str
) -> None:
    us = {"platform": "other", "platform_country": "US"}
    comp, text = notice(service, lang, **us)
    assert comp.grounds == [] and "512(c)(3)" not in text
    assert "深度合成" not in text and "DeepSynthesis" not in text
    comp, text = notice(service, lang, **us, performer_took_photo=True)
    assert comp.grounds == ["dmca"] and "dmca-confirm" in comp.warning_codes
    assert "IMG_0.jpg" in text and "IMG_1.jpg" in text and "512(c)(3)" in text
    if lang == "zh-CN":
        assert "上述链接内容复制了这些照片本身，而不仅是本人的面部" in text
    else:
        assert flat("reproduces those photographs themselves, not only my face") in text
    assert "深度合成" not in text and "DeepSynthesis" not in text
    asked, _ = notice(service, lang, **us, grounds=["ai-labels"])
    assert "prc-only-abroad" in asked.warning_codes
    none, text = notice(service, lang, **us, performer_took_photo=True, media=[])
    assert "dmca" not in none.grounds and "dmca-no-photos" in none.warning_codes


def test_chinese_notice_is_a_formal_letter(service: VaultService) -> None:
    comp, text = notice(service, "zh-CN")
    assert text.find("侵权通知书") >= 0
    assert "通知人：（签名）" in text and "2026年3月1日" in text and "2026年3月8日" in text
    assert "您" not in comp.body and "贵司" in comp.body
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text.replace(flat(URL), ""))
    assert "附件一：引用的法律条文" in text and "附件二：照片清单" in text
    # citations in numeric order
    law = text[text.index("附件一：") :]
    order = [law.index(x) for x in ("第一千零一十八条", "第一千零一十九条", "第一千一百九十五条")]
    assert order == sorted(order)


def test_hostile_strings_in_a_notice_stay_text(service: VaultService) -> None:
    buyer, deal_id = deal(service)
    service.update_buyer(buyer, name='<img src="/etc/passwd"/>\u202eevil')
    sent_revocation(service, buyer, deal_id, "2026-01-02", "2026-01-17", "<b>x</b>")
    comp, text = notice(service, "en", reason="<font size=40>big</font>")
    data = L.render(comp)
    assert flat('<img src="/etc/passwd"/>evil') in pdf_text(data)
    assert "<b>x</b>" in text and "<fontsize=40>big</font>" in text
    assert "\u202e" not in text
    assert image_count(data) == len(comp.media)


def test_id_document_is_an_attachment_the_vault_checks(
    service: VaultService, tmp_path: Path
) -> None:
    assert Records.from_json({"performer": {"legal_name": "x"}}).performer.id_document_ids == []
    front = tmp_path / "front.jpg"
    front.write_bytes(jpeg_bytes(seed=1))
    performer = service.set_id_document([front])
    (att_id,) = performer.id_document_ids
    att = service.records.attachments[att_id]
    assert att.kind == "id_document"
    assert att.object_id in service.records.object_ids()
    assert service.attachment_bytes(att_id) == front.read_bytes()
    with pytest.raises(InvalidInput, match="still used by your details"):
        service.delete_attachment(att_id)
    text_file = tmp_path / "id.txt"
    text_file.write_text("not an image")
    with pytest.raises(InvalidInput, match="not an image"):
        service.set_id_document([text_file])
    assert service.records.performer.id_document_ids == [att_id]  # a failed call changes nothing
    assert len(service.records.attachments) == 1
    assert service.check().ok
    path = service.path
    service.lock()
    again = VaultService.open(path, PASSWORD)
    try:
        assert again.records.performer.id_document_ids == [att_id]
        again.set_id_document([])
        assert again.records.performer.id_document_ids == []
        assert att_id not in again.records.attachments  # removed with its object
    finally:
        again.lock()


@pytest.mark.parametrize("lang", LANGS)
def test_one_sentence_per_deal_naming_the_photos_it_covers(
    service: VaultService, lang: str
) -> None:
    first, second = sorted(service.records.media, key=lambda m: service.records.media[m].name)
    a = service.add_buyer("阿杰")
    deal_a = service.add_deal(a.id, [first], "2025-06-01", term="until", term_until="2025-12-31")
    b = service.add_buyer("星河")
    service.add_deal(b.id, [second], "2025-07-01")
    comp, text = notice(service, lang)
    assert comp.variant == "scope" and set(comp.deal_ids) >= {deal_a.id}
    if lang == "zh-CN":
        assert flat("附件二所列照片中的IMG_0.jpg许可阿杰使用") in text
        assert flat("附件二所列照片中的IMG_1.jpg许可星河使用") in text
        assert "2025年12月31日届满" in text and "仍在约定期限内" in text
    else:
        assert flat("I licensed IMG_0.jpg (listed in Annex 2) to 阿杰") in text
        assert flat("I licensed IMG_1.jpg (listed in Annex 2) to 星河") in text
    for sentence in NEVER_CONSENTED[lang]:
        assert flat(sentence) not in text
