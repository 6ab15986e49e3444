"""Letters and takedown notices: one test per legal route (cited articles read back from the
PDF text, photo hashes, deadline, embedded fonts), privacy, hostile input, tracking."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents.letters import format_date, legal_data
from app.errors import InvalidInput, WriteFailed
from app.services import letters as L
from app.services.vault_service import VaultService
from tests.support import PASSWORD, factories, jpeg_bytes, performer_vault

TODAY = date(2026, 3, 1)
ID_NUMBER = "110101199001011234"
ADDRESS = "北京市朝阳区幸福路 8 号"

# What each route and ground must cite, written out here (not read from the data files), so a
# wrong edit of resources/templates fails a test.
CITES = {
    "1022-1": (
        ["第一千零一十八条", "第一千零二十一条", "第一千零二十二条第一款"],
        ["Article 1022, paragraph 1"],
    ),
    "1022-2": (["第一千零二十二条第二款"], ["Article 1022, paragraph 2"]),
    "1019": (["第一千零一十九条"], ["Article 1019"]),
    "1195": (["第一千一百九十五条", "第一千一百九十七条"], ["Article 1195", "Article 1197"]),
    "pipl": (
        ["《中华人民共和国个人信息保护法》第十五条", "第二十八条", "第二十九条", "第四十七条"],
        [
            "Article 15",
            "Article 28",
            "Article 29",
            "Article 47",
            "Personal Information Protection Law",
        ],
    ),
    "deep-synthesis": (
        ["《互联网信息服务深度合成管理规定》第十四条"],
        ["Article 14 of the Provisions"],
    ),
    "ai-labels": (
        ["《人工智能生成合成内容标识办法》第四条", "第十条", "GB 45438-2025"],
        ["Labelling Artificial Intelligence", "GB 45438-2025"],
    ),
    "gdpr": (
        ["第7条第3款", "第9条", "第17条", "GDPR"],
        ["Article 7(3)", "Article 9", "Article 17", "GDPR"],
    ),
    "dmca": (["§ 512(c)(3)"], ["17 U.S.C. § 512(c)(3)"]),
}


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(data)).pages)


def fonts_embedded(data: bytes) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for page in PdfReader(BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for ref in (fonts.get_object() if fonts is not None else {}).values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = desc is not None and "/FontFile2" in desc.get_object()
    return found


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
        tmp_path / "v", photos=3, legal_name="林雨", id_number=ID_NUMBER, address=ADDRESS
    )
    yield svc
    svc.lock()


def buyer_with_deal(svc: VaultService, country: str = "CN", **deal: str) -> str:
    return factories.buyer_with_deal(svc, buyer={"country": country}, **deal)[0]


def check_letter(
    svc: VaultService, comp: L.Composition, expected: list[str], absent: Sequence[str] = ()
) -> str:
    data = L.render(comp)
    text = flat(pdf_text(data))
    for cite in expected:
        assert flat(cite) in text, f"{cite!r} not cited"
    for cite in absent:
        assert flat(cite) not in text, f"{cite!r} cited but should not be"
    for item in comp.media:
        assert item.sha256 in text
    assert format_date(comp.deadline, comp.lang) in text  # 2026年3月16日 in Chinese
    assert len(comp.media) == len(svc.records.media)
    fonts = fonts_embedded(data)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in f for f in fonts)
    return text


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_route_term_unstated_cites_1022_paragraph_1(service: VaultService, lang: str) -> None:
    buyer = buyer_with_deal(service, term="unstated")
    comp = L.compose_buyer_letter(service, buyer, "revocation", lang, today=TODAY)
    assert comp.route == "1022-1"
    assert comp.deadline == (TODAY + timedelta(days=15)).isoformat()
    zh, en = CITES["1022-1"]
    check_letter(service, comp, zh if lang == "zh-CN" else en, ["1022条第二款", "paragraph 2"])


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_route_running_term_needs_a_reason_and_cites_1022_paragraph_2(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with_deal(service, term="until", term_until="2027-01-01")
    with pytest.raises(L.ReasonRequired, match="justified reason"):
        L.compose_buyer_letter(service, buyer, "revocation", lang, today=TODAY)
    reason = "用于训练 AI 模型，交易并未允许"
    comp = L.compose_buyer_letter(service, buyer, "revocation", lang, reason, today=TODAY)
    assert comp.route == "1022-2"
    assert comp.warning_codes == ["route:1022-2"]
    assert "赔偿" in comp.warnings_in("zh-CN")[0] and "compensate" in comp.warnings_in("en")[0]
    zh, en = CITES["1022-2"]
    text = check_letter(service, comp, zh if lang == "zh-CN" else en, ["第一款", "paragraph 1"])
    assert flat(reason) in text


def test_an_unlimited_term_is_a_stated_term(service: VaultService) -> None:
    buyer = buyer_with_deal(service, term="unlimited")
    with pytest.raises(L.ReasonRequired):
        L.compose_buyer_letter(service, buyer, today=TODAY)


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_route_term_ended_is_infringement_1019(service: VaultService, lang: str) -> None:
    buyer = buyer_with_deal(service, term="until", term_until="2025-12-31")
    comp = L.compose_buyer_letter(service, buyer, "revocation", lang, today=TODAY)
    assert (comp.route, comp.variant) == ("1019", "ended")
    zh, en = CITES["1019"]
    text = check_letter(service, comp, zh if lang == "zh-CN" else en, ["第一千零二十二条", "1022"])
    assert format_date("2025-12-31", lang) in text
    assert comp.title == legal_data().title("revocation-1019", lang)


def test_route_use_beyond_the_deal_is_1019_and_needs_the_facts(service: VaultService) -> None:
    buyer = buyer_with_deal(service, term="until", term_until="2027-01-01")
    with pytest.raises(InvalidInput, match="beyond the deal"):
        L.compose_buyer_letter(service, buyer, outside_scope=True, today=TODAY)
    comp = L.compose_buyer_letter(
        service, buyer, "revocation", "en", "used in an ad", outside_scope=True, today=TODAY
    )
    assert (comp.route, comp.variant) == ("1019", "scope")
    assert not comp.warnings  # no compensation warning: the cause is not the performer's
    # the licence still running is ended for that cause (1022 ¶2), 1021 reads the clause
    expected = ["Article 1021", "Article 1022, paragraph 2", "used in an ad"]
    check_letter(service, comp, CITES["1019"][1] + expected, ["paragraph 1"])


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_deletion_letter_adds_pipl_and_asks_for_models_and_datasets(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with_deal(service)
    comp = L.compose_buyer_letter(service, buyer, "deletion", lang, today=TODAY)
    assert "pipl" in comp.grounds
    zh, en = CITES["pipl"]
    text = check_letter(service, comp, zh if lang == "zh-CN" else en)
    assert ("数据集" in text and "模型" in text) if lang == "zh-CN" else "dataset" in text


def test_a_deal_that_allowed_ai_training_brings_pipl_into_a_revocation(
    service: VaultService,
) -> None:
    buyer = buyer_with_deal(service, ai_training="yes")
    comp = L.compose_buyer_letter(service, buyer, today=TODAY)
    assert comp.grounds == ["pipl"]
    check_letter(service, comp, CITES["pipl"][0])


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_eu_buyer_adds_gdpr(service: VaultService, lang: str) -> None:
    buyer = buyer_with_deal(service, country="DE")
    comp = L.compose_buyer_letter(service, buyer, "revocation", lang, today=TODAY)
    assert "gdpr" in comp.grounds
    zh, en = CITES["gdpr"]
    check_letter(service, comp, zh if lang == "zh-CN" else en)


def test_chinese_buyer_gets_no_gdpr(service: VaultService) -> None:
    comp = L.compose_buyer_letter(service, buyer_with_deal(service), today=TODAY)
    check_letter(service, comp, [], ["GDPR"])


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_takedown_cites_1195_with_real_identity_and_deep_synthesis(
    service: VaultService, lang: str
) -> None:
    ids = sorted(service.records.media)
    urls = ["https://www.douyin.com/video/1", "https://www.douyin.com/video/2"]
    comp = L.compose_takedown(service, "douyin", urls, ids, lang, today=TODAY)
    assert comp.route == "1195" and comp.grounds == ["deep-synthesis"]
    assert comp.deadline == (TODAY + timedelta(days=7)).isoformat()
    zh, en = CITES["1195"]
    ds_zh, ds_en = CITES["deep-synthesis"]
    text = check_letter(service, comp, (zh + ds_zh) if lang == "zh-CN" else (en + ds_en))
    for url in urls:
        assert flat(url) in text
    assert ID_NUMBER in text and flat(ADDRESS) in text and "林雨" in text


def test_takedown_with_missing_ai_labels_cites_the_2025_measures(service: VaultService) -> None:
    ids = sorted(service.records.media)
    # a platform is bound by Art 6 (distribution platforms), the poster by Art 10; not Art 4
    takedown_labels = (
        ["《人工智能生成合成内容标识办法》第六条", "第十条", "GB 45438-2025"],
        ["Article 6 and Article 10 of the Measures for Labelling", "GB 45438-2025"],
    )
    for lang, expected in (("zh-CN", takedown_labels[0]), ("en", takedown_labels[1])):
        comp = L.compose_takedown(
            service,
            "hongguo",
            ["https://x.example/1"],
            ids,
            lang,
            grounds=["deep-synthesis", "ai-labels"],
            today=TODAY,
        )
        check_letter(service, comp, expected)


def test_dmca_only_for_a_us_platform_and_photos_the_performer_took(
    service: VaultService,
) -> None:
    ids = sorted(service.records.media)
    url = ["https://video.example.com/v/1"]
    us_own = L.compose_takedown(
        service, "other", url, ids, "en", platform_country="US", performer_took_photo=True
    )
    assert "dmca" in us_own.grounds
    text = check_letter(service, us_own, CITES["dmca"][1] + ["penalty of perjury"])
    assert "goodfaithbelief" in text  # text is whitespace-free
    us_not_own = L.compose_takedown(service, "other", url, ids, "en", platform_country="US")
    check_letter(service, us_not_own, [], ["512(c)(3)"])
    cn_own = L.compose_takedown(service, "douyin", url, ids, "en", performer_took_photo=True)
    check_letter(service, cn_own, [], ["512(c)(3)"])


def test_the_language_never_changes_the_law_cited(service: VaultService) -> None:
    buyer = buyer_with_deal(service, country="FR", ai_training="yes")
    zh = L.compose_buyer_letter(service, buyer, "deletion", "zh-CN", today=TODAY)
    en = L.compose_buyer_letter(service, buyer, "deletion", "en", today=TODAY)
    assert [c.id for c in zh.citations] == [c.id for c in en.citations]
    assert zh.route == en.route and zh.grounds == en.grounds
    take_zh = L.compose_takedown(service, "kuaishou", ["https://k/1"], lang="zh-CN")
    take_en = L.compose_takedown(service, "kuaishou", ["https://k/1"], lang="en")
    assert [c.id for c in take_zh.citations] == [c.id for c in take_en.citations]


def test_identity_goes_to_platforms_never_to_buyers_unless_asked(service: VaultService) -> None:
    buyer = buyer_with_deal(service)
    plain = flat(pdf_text(L.render(L.compose_buyer_letter(service, buyer, today=TODAY))))
    assert ID_NUMBER not in plain and flat(ADDRESS) not in plain
    asked = L.compose_buyer_letter(service, buyer, include_identity=True, today=TODAY)
    text = flat(pdf_text(L.render(asked)))
    assert ID_NUMBER in text and flat(ADDRESS) in text
    assert L.record(service, asked).include_identity is True


HOSTILE = [
    '<img src="/etc/passwd"/>',
    "Tom & Jerry <b>bold</b> A <B",
    "\u202eevil\u202c name",
    "长" * 250 + "L" * 250,
    "emoji 😀🎬 name",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_render_as_text(service: VaultService, name: str) -> None:
    buyer = buyer_with_deal(service)
    service.update_buyer(buyer, name=name)
    service.update_performer(display_name=name)
    comp = L.compose_buyer_letter(service, buyer, "revocation", "en", reason=name, today=TODAY)
    data = L.render(comp)
    text = flat(pdf_text(data))
    visible = flat(name.replace("\u202e", "").replace("\u202c", ""))
    visible = visible.replace("😀", "").replace("🎬", "")
    for part in re.split("\ufffd", visible):
        assert part in text.replace("\ufffd", ""), part[:40]
    assert "\u202e" not in text
    assert image_count(data) == len(comp.media)  # only the thumbnails: no file pulled in
    assert all(fonts_embedded(data).values())


def test_output_is_deterministic_and_the_edited_body_is_what_prints(
    service: VaultService,
) -> None:
    buyer = buyer_with_deal(service)
    comp = L.compose_buyer_letter(service, buyer, today=TODAY)
    assert L.render(comp) == L.render(comp)
    edited = comp.body + "\n\n我的补充 <b>说明</b>"
    text = pdf_text(L.render(comp, edited))
    assert "我的补充 <b>说明</b>" in text
    letter = L.record(service, comp, edited)
    assert letter.body == edited and letter.status == "draft"
    assert L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY)).body == ""


def test_tracking_reminder_after_deadline_then_escalation(service: VaultService) -> None:
    buyer = buyer_with_deal(service)
    with pytest.raises(InvalidInput, match="already sent"):
        L.compose_buyer_letter(service, buyer, "reminder", today=TODAY)
    first = L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY))
    assert L.due(service, TODAY + timedelta(days=30)) == []  # a draft is not overdue
    L.mark_sent(service, first.id, TODAY.isoformat(), "闲鱼私信")
    assert L.due(service, TODAY + timedelta(days=15)) == []  # the deadline day itself
    later = TODAY + timedelta(days=16)
    (due,) = L.due(service, later)
    assert due.letter.id == first.id and due.next_step == "reminder" and due.days_overdue == 1
    with pytest.raises(InvalidInput, match="not passed"):
        L.compose_buyer_letter(service, buyer, "reminder", today=TODAY + timedelta(days=3))
    reminder = L.compose_buyer_letter(service, buyer, "reminder", "zh-CN", today=later)
    assert reminder.follows == first.id and reminder.route == first.route
    assert reminder.deadline == (later + timedelta(days=14)).isoformat()
    text = flat(pdf_text(L.render(reminder)))
    assert format_date(first.deadline, "zh-CN") in text
    assert format_date(reminder.deadline, "zh-CN") in text
    rec = L.record(service, reminder)
    L.mark_sent(service, rec.id, later.isoformat())
    assert L.due(service, later + timedelta(days=14)) == []
    (due,) = L.due(service, later + timedelta(days=15))
    assert due.letter.id == rec.id and due.next_step == "escalation"
    esc = L.compose_buyer_letter(service, buyer, "escalation", "en", today=later + timedelta(15))
    assert esc.follows == rec.id
    text = check_letter(service, esc, ["Article 995", "Article 1182", "Article 65"])
    assert "2026-03-01" in text  # the date of the first letter
    L.set_status(service, rec.id, "complied")
    assert L.due(service, later + timedelta(days=40)) == [
        d for d in L.due(service, later + timedelta(days=40)) if d.letter.id != rec.id
    ]


def test_mark_sent_validates_and_survives_reopen(service: VaultService, tmp_path: Path) -> None:
    buyer = buyer_with_deal(service)
    letter = L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY))
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        L.mark_sent(service, letter.id, "yesterday")
    with pytest.raises(InvalidInput, match="status"):
        L.set_status(service, letter.id, "won")
    L.mark_sent(service, letter.id, "2026-03-02", "e-mail")
    service.lock()
    again = VaultService.open(tmp_path / "v", PASSWORD)
    try:
        stored = again.records.letters[letter.id]
        assert (stored.status, stored.sent_on, stored.channel) == ("sent", "2026-03-02", "e-mail")
        assert stored.route == "1022-1" and stored.deadline == "2026-03-16"
        assert stored.media_ids and stored.deal_ids
    finally:
        again.lock()


def test_a_failed_save_leaves_no_letter_record(
    service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    buyer = buyer_with_deal(service)
    comp = L.compose_buyer_letter(service, buyer, today=TODAY)

    def fail() -> None:
        raise WriteFailed("The disk is full.")

    for name in ("save", "save_if_changed"):  # whichever the service's change calls
        if hasattr(service.vault, name):
            monkeypatch.setattr(service.vault, name, fail)
    with pytest.raises(WriteFailed):
        L.record(service, comp)
    assert service.records.letters == {}


def test_takedown_finds_the_photos_of_a_recorded_sighting(service: VaultService) -> None:
    from app.domain.models import Sighting, new_id

    mid = sorted(service.records.media)[1]
    with service.transaction() as records:
        sid = new_id()
        records.sightings[sid] = Sighting(id=sid, url="https://b23.tv/x", media_ids=[mid])
    comp = L.compose_takedown(service, "bilibili", ["https://b23.tv/x"])
    assert [m.id for m in comp.media] == [mid]
    none = L.compose_takedown(service, "bilibili", ["https://elsewhere/x"], lang="en")
    assert any("No photos listed" in w for w in none.warnings)


def test_bad_input_is_refused_with_a_sentence(service: VaultService, tmp_path: Path) -> None:
    buyer = buyer_with_deal(service)
    with pytest.raises(InvalidInput, match="kind"):
        L.compose_buyer_letter(service, buyer, "threat")
    with pytest.raises(InvalidInput, match="language"):
        L.compose_buyer_letter(service, buyer, lang="fr")
    with pytest.raises(InvalidInput, match="ground"):
        L.compose_buyer_letter(service, buyer, grounds=["dmca"])
    with pytest.raises(InvalidInput, match="link"):
        L.compose_takedown(service, "douyin", [" "])
    with pytest.raises(InvalidInput, match="platform"):
        L.compose_takedown(service, "youtube", ["https://y/1"])
    with pytest.raises(InvalidInput, match=r"\.pdf"):
        L.export_pdf(b"%PDF", tmp_path / "letter.txt")
    nobody = service.add_buyer("没有交易")
    with pytest.raises(InvalidInput, match="no deal"):
        L.compose_buyer_letter(service, nobody.id)


def test_a_reply_is_stored_encrypted_with_the_letter(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buyer = buyer_with_deal(service)
    letter = L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY))
    L.mark_sent(service, letter.id, TODAY.isoformat())
    reply = tmp_path / "reply.png"
    reply.write_bytes(jpeg_bytes(seed=9))
    updated = L.attach_reply(service, letter.id, reply)
    assert updated.status == "acknowledged" and len(updated.reply_attachment_ids) == 1
    att = service.records.attachments[updated.reply_attachment_ids[0]]
    assert service.attachment_bytes(att.id) == reply.read_bytes()
    L.set_status(service, letter.id, "complied")
    assert L.attach_reply(service, letter.id, reply).status == "complied"

    def fail() -> None:
        raise WriteFailed("The disk is full.")

    before = dict(service.records.attachments)
    for name in ("save", "save_if_changed"):  # whichever the service's change calls
        if hasattr(service.vault, name):
            monkeypatch.setattr(service.vault, name, fail)
    with pytest.raises(WriteFailed):
        L.attach_reply(service, letter.id, reply)
    assert service.records.attachments == before
    assert len(service.records.letters[letter.id].reply_attachment_ids) == 2
