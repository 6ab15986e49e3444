"""Letters to buyers say nothing the records contradict (issue 11, buyer letters; issue 10 6b).

Each test builds the records, generates the document and reads the PDF back with
``pdftotext -layout``: the false sentence is absent, the right one present, in zh-CN and en.
The expected wording is written out here, not read from the template files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import wave
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import Letter, Records
from app.errors import InvalidInput
from app.services import letters as L
from app.services.vault_service import VaultService
from tests.support import PASSWORD, performer_vault

TODAY = date(2026, 3, 1)
LANGS = ["zh-CN", "en"]

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    """The PDF's text as pdftotext -layout gives it, whitespace removed (lines wrap anywhere)."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    )
    return flat(out.stdout.decode("utf-8"))


def text_of(comp: L.Composition) -> str:
    return pdf_text(L.render(comp))


def has(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert flat(phrase) in text, f"{phrase!r} missing"


def lacks(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert flat(phrase) not in text, f"{phrase!r} present but false for this deal"


def pick(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh-CN" else en


@pytest.fixture
def service(tmp_path: Path) -> Iterator[VaultService]:
    svc = performer_vault(tmp_path / "v", photos=4)
    yield svc
    svc.lock()


def photos(svc: VaultService) -> list[str]:
    return sorted(m.id for m in svc.records.media.values() if m.kind == "photo")


def buyer_with(svc: VaultService, country: str = "CN", **deal: Any) -> str:
    buyer = svc.add_buyer("阿杰", platform="xianyu", country=country)
    svc.add_deal(buyer.id, photos(svc)[:2], "2025-06-01", **deal)
    return buyer.id


# --- 1. the AI-training ground follows the deal --------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_ai_training_allowed_no_letter_says_the_performer_never_agreed(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service, ai_training="yes")
    comp = L.compose_buyer_letter(service, buyer, "deletion", lang, today=TODAY)
    assert "genai" not in comp.grounds
    text = text_of(comp)
    lacks(text, "从未同意", "未同意此项用途", "生成式人工智能服务管理暂行办法")
    lacks(text, "never agreed", "did not agree to it", "Generative Artificial Intelligence")
    has(
        text,
        pick(
            lang,
            "该交易允许将相关材料用于训练人工智能模型；此项许可随授权的终止而终止",
            "The deal allowed training AI models on these items; that permission ends with "
            "the licence",
        ),
    )


@pytest.mark.parametrize("lang", LANGS)
def test_ai_training_not_stated_says_not_agreed_not_refused(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service, ai_training="unstated")
    comp = L.compose_buyer_letter(service, buyer, "deletion", lang, today=TODAY)
    assert "genai" in comp.grounds
    text = text_of(comp)
    has(
        text,
        pick(
            lang,
            "该交易未约定可以将相关材料用于训练人工智能模型，本人未同意此项用途",
            "The deal did not provide for training AI models on these items, and I did not "
            "agree to it",
        ),
        pick(lang, "《生成式人工智能服务管理暂行办法》第四条", "Article 4 of the Interim Measures"),
    )
    lacks(text, "明确约定不得", "本人从未同意", "expressly did not allow", "I never agreed")
    # Art 7 (training data) binds providers: not cited to a private buyer
    lacks(text, pick(lang, "暂行办法》第七条", "Article 7 of the Interim Measures"))


@pytest.mark.parametrize("lang", LANGS)
def test_ai_training_refused_by_the_deal_says_so(service: VaultService, lang: str) -> None:
    buyer = buyer_with(service, ai_training="no")
    text = text_of(L.compose_buyer_letter(service, buyer, "deletion", lang, today=TODAY))
    has(
        text,
        pick(
            lang,
            "该交易明确约定不得将相关材料用于训练人工智能模型",
            "The deal expressly did not allow training AI models on these items",
        ),
    )


# --- 3. out of scope: the licence is ended for that cause, and the letter says so ------------


@pytest.mark.parametrize("lang", LANGS)
def test_out_of_scope_with_a_running_term_terminates_for_cause_without_compensation(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service, term="until", term_until="2027-01-01")
    comp = L.compose_buyer_letter(
        service, buyer, "revocation", lang, "用于广告投放", outside_scope=True, today=TODAY
    )
    assert (comp.route, comp.variant) == ("1019", "scope")
    assert not comp.warnings  # no compensation warning: the cause is not the performer's
    text = text_of(comp)
    # the old letter: "no revocation is needed" (the licence stands) ... then "stop all use"
    lacks(text, "本人无需撤回授权", "no revocation is needed")
    has(
        text,
        pick(lang, "第一千零二十一条", "Article 1021"),
        pick(lang, "第一千零二十二条第二款", "Article 1022, paragraph 2"),
        pick(
            lang,
            "特此通知贵方解除该肖像许可使用合同",
            "I hereby terminate the licence",
        ),
        pick(
            lang,
            "解除系因不可归责于本人的事由，本人不负赔偿贵方损失的责任",
            "The cause is not attributable to me, so I owe you no compensation",
        ),
        pick(lang, "停止以任何方式使用", "stop using, publishing or distributing"),
        "用于广告投放",
    )


@pytest.mark.parametrize("lang", LANGS)
def test_out_of_scope_without_a_term_ends_under_1022_paragraph_1(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service, term="unstated")
    comp = L.compose_buyer_letter(
        service, buyer, "revocation", lang, "转售给第三方", outside_scope=True, today=TODAY
    )
    text = text_of(comp)
    has(
        text,
        pick(lang, "第一千零二十一条", "Article 1021"),
        pick(lang, "第一千零二十二条第一款", "Article 1022, paragraph 1"),
    )
    lacks(text, pick(lang, "第一千零二十二条第二款", "Article 1022, paragraph 2"))
    lacks(text, "不可归责", "not attributable")


# --- 4. several deals: one paragraph each, with its own route -------------------------------


def _three_deals(svc: VaultService) -> str:
    buyer = svc.add_buyer("阿杰", platform="xianyu").id
    ids = photos(svc)
    svc.add_deal(buyer, ids[:1], "2025-01-10", term="until", term_until="2025-12-31")
    svc.add_deal(buyer, ids[1:2], "2025-06-01", term="unstated", order_no="XY-7")
    svc.add_deal(buyer, ids[2:4], "2025-09-01", term="until", term_until="2027-06-30")
    return buyer


def _paragraphs(text: str, lang: str) -> list[str]:
    marks = ["（一）", "（二）", "（三）"] if lang == "zh-CN" else ["(1)", "(2)", "(3)"]
    starts = [text.index(m) for m in marks]
    end = text.index(flat(pick(lang, "解除的正当理由如下", "My justified reason")))
    return [text[a:b] for a, b in zip(starts, [*starts[1:], end], strict=True)]


@pytest.mark.parametrize("lang", LANGS)
def test_several_deals_get_one_paragraph_each_with_its_own_route(
    service: VaultService, lang: str
) -> None:
    buyer = _three_deals(service)
    comp = L.compose_buyer_letter(
        service, buyer, "revocation", lang, "对方把照片用于训练模型", today=TODAY
    )
    assert comp.route == "1022-2"  # the recorded route: the most demanding one
    text = text_of(comp)
    ended, unstated, running = _paragraphs(text, lang)
    zh = lang == "zh-CN"
    if zh:  # the deals row and the paragraphs: 年月日 and full-width brackets
        has(text, "所涉交易2025年1月10日、2025年6月1日（订单号XY-7）、2025年9月1日")
        lacks(text, "2025-06-01", "(订单号")
    has(ended, "2025年1月10日" if zh else "2025-01-10")
    has(ended, "已于2025年12月31日届满" if zh else "ended on 2025-12-31")
    has(ended, "第一千零一十九条" if zh else "Article 1019")
    # the false sentence of a single route for all deals
    lacks(ended, "未约定", "not agree on a term", "第一千零二十二条", "Article 1022")
    has(unstated, "订单号XY-7" if zh else "order XY-7")
    has(unstated, "双方未约定肖像许可使用期限" if zh else "We did not agree on a term")
    has(unstated, "第一千零二十二条第一款" if zh else "Article 1022, paragraph 1")
    lacks(unstated, "届满", "ended on", "第二款", "paragraph 2")
    has(running, "照片2张" if zh else "2 photos")
    has(running, "至2027年6月30日" if zh else "until 2027-06-30")
    has(running, "第一千零二十二条第二款" if zh else "Article 1022, paragraph 2")
    lacks(running, "第一款", "paragraph 1")


# --- 5. what was handed over, and the voice --------------------------------------------------


def _import_clip_and_voice(svc: VaultService, folder: Path) -> list[str]:
    folder.mkdir()
    with wave.open(str(folder / "voice.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 800)
    (folder / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00" + bytes(64))
    svc.import_paths([folder])
    return sorted(m.id for m in svc.records.media.values() if m.kind != "photo")


@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_says_what_was_handed_over_and_cites_1023_for_voice(
    service: VaultService, tmp_path: Path, lang: str
) -> None:
    only_photos = buyer_with(service)
    text = text_of(L.compose_buyer_letter(service, only_photos, "revocation", lang, today=TODAY))
    has(text, pick(lang, "交付本人的照片2张", "I gave you 2 photos"))
    lacks(text, "含视频、声音素材", "including clips or voice samples", "声音", "voice")
    lacks(text, pick(lang, "第一千零二十三条", "Article 1023"))

    others = _import_clip_and_voice(service, tmp_path / "in")
    assert len(others) == 2
    buyer = service.add_buyer("小周").id
    service.add_deal(buyer, [photos(service)[0], *others], "2025-07-01")
    text = text_of(L.compose_buyer_letter(service, buyer, "revocation", lang, today=TODAY))
    has(
        text,
        pick(lang, "照片1张、视频1段和声音样本1段", "1 photo, 1 clip and 1 voice sample"),
        pick(lang, "第一千零二十三条第二款", "Article 1023, paragraph 2"),
        pick(
            lang, "参照适用肖像权保护的有关规定", "protected by the rules that protect the portrait"
        ),
    )


# --- 6. the photo table shows the handover date ---------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_photo_table_shows_the_handover_date_labelled_as_such(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service)
    comp = L.compose_buyer_letter(service, buyer, "revocation", lang, today=TODAY)
    imported = next(iter(service.records.media.values())).imported_at[:10]
    text = text_of(comp)
    table = text[text.index(pick(lang, "缩略图", "Thumbnail")) :]
    has(table, pick(lang, "交付日期", "Handedover"))
    y, m, d = (int(x) for x in imported.split("-"))
    lacks(table, imported, f"{y}年{m}月{d}日")  # the import date is not the handover date
    handover = pick(lang, "2025年6月1日", "2025-06-01")
    assert table.count(flat(handover)) == 2  # one row per photo


# --- 8. re-generating replaces the unsent draft ----------------------------------------------


def test_regenerating_replaces_the_draft_and_never_a_sent_letter(service: VaultService) -> None:
    buyer = buyer_with(service)
    first = L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY))
    second = L.record(service, L.compose_buyer_letter(service, buyer, "deletion", today=TODAY))
    assert set(service.records.letters) == {second.id}
    L.mark_sent(service, second.id, TODAY.isoformat(), today=TODAY)
    third = L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY))
    fourth = L.record(service, L.compose_buyer_letter(service, buyer, lang="en", today=TODAY))
    letters = service.records.letters
    assert set(letters) == {second.id, fourth.id}
    assert letters[second.id].status == "sent" and letters[second.id].sent_on == "2026-03-01"
    assert first.id not in letters and third.id not in letters
    # another buyer's draft, a takedown draft and a draft about another deal stay
    other = buyer_with(service)
    L.record(service, L.compose_buyer_letter(service, other, today=TODAY))
    extra = service.add_deal(buyer, photos(service)[2:], "2025-08-01")
    only_extra = L.compose_buyer_letter(service, buyer, deal_ids=[extra.id], today=TODAY)
    L.record(service, only_extra)
    assert len(service.records.letters) == 4


# --- addressees and grounds -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_labels_ground_cites_what_binds_a_buyer_who_publishes(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service)
    comp = L.compose_buyer_letter(
        service,
        buyer,
        "revocation",
        lang,
        grounds=["ai-labels", "genai", "deep-synthesis"],
        today=TODAY,
    )
    text = text_of(comp)
    # the buyer was licensed: no "never consented" to face editing
    lacks(text, "本人从未给予此项同意", "which I never gave")
    has(text, pick(lang, "提示使用者依法告知被编辑的个人", "must prompt its user to inform"))
    has(
        text,
        pick(
            lang,
            "《人工智能生成合成内容标识办法》第十条",
            "Article 10 of the Measures for Labelling",
        ),
        pick(lang, "《互联网信息服务深度合成管理规定》第十八条", "Article 18 of the Provisions"),
    )
    # provider duties (Labelling Art 4, Generative AI Art 7) are not a buyer's
    lacks(text, pick(lang, "标识办法》第四条", "Article 4 of the Measures for Labelling"))
    lacks(text, pick(lang, "暂行办法》第七条", "Article 7 of the Interim"))
    ids = [c.id for c in comp.citations]
    assert "label-4" not in ids and "genai-7" not in ids and "label-6" not in ids


@pytest.mark.parametrize("lang", LANGS)
def test_pipl_28_is_not_said_to_name_the_face_and_the_spc_rule_is_cited(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service)
    comp = L.compose_buyer_letter(service, buyer, "deletion", lang, today=TODAY)
    text = text_of(comp)
    lacks(text, "（包括人脸）", "including facial information")
    has(text, pick(lang, "法释〔2021〕15号", "Fa Shi [2021] No. 15"))
    # citations in numeric order, law by law
    ids = [c.id for c in comp.citations]
    assert ids.index("cc-1018") < ids.index("cc-1021") < ids.index("cc-1022-1")
    pipl = [int(i.split("-")[1]) for i in ids if i.startswith("pipl-")]
    assert pipl == sorted(pipl) == [15, 28, 29, 47]


@pytest.mark.parametrize("lang", LANGS)
def test_a_revocation_citing_pipl_demands_deletion(service: VaultService, lang: str) -> None:
    buyer = buyer_with(service, ai_training="yes")
    comp = L.compose_buyer_letter(service, buyer, "revocation", lang, today=TODAY)
    assert "pipl" in comp.grounds
    text = text_of(comp)
    has(text, pick(lang, "第四十七条", "Article 47"))
    has(
        text,
        pick(
            lang,
            "3.删除上述照片的全部副本，以及由其提取的人脸等个人信息",
            "3. delete every copy of them and the facial and other personal information",
        ),
    )
    plain = L.compose_buyer_letter(service, buyer_with(service), "revocation", lang, today=TODAY)
    assert "pipl" not in plain.grounds
    lacks(text_of(plain), pick(lang, "删除上述照片", "delete every copy"))


@pytest.mark.parametrize("lang", LANGS)
def test_eu_buyer_gets_gdpr_erasure_one_month_and_no_pipl(service: VaultService, lang: str) -> None:
    buyer = buyer_with(service, country="DE")
    comp = L.compose_buyer_letter(service, buyer, "deletion", lang, today=TODAY)
    assert comp.grounds == ["gdpr"]
    assert comp.deadline == "2026-04-01"  # one month (Art 12(3)), not 15 days
    text = text_of(comp)
    has(
        text,
        pick(lang, "第17条第1款（b）项", "Article 17(1)(b)"),
        pick(lang, "第17条第2款", "Article 17(2)"),
        pick(lang, "第12条第3款", "Article 12(3)"),
        pick(lang, "鉴于条款第51条", "Recital 51"),
        pick(lang, "全部个人数据", "erase all personal data"),
        pick(lang, "人脸模板", "face templates"),
        pick(lang, "一个月", "one month"),
    )
    lacks(text, "个人信息保护法", "Personal Information Protection Law")
    lacks(text, "暂行办法", "Interim Measures")
    # January 31st plus one month is the last day of February
    late = L.compose_buyer_letter(service, buyer, "deletion", lang, today=date(2026, 1, 31))
    assert late.deadline == "2026-02-28"


def test_all_articles_the_buyer_letters_cite_exist() -> None:
    from app.documents.letters import legal_data

    data = legal_data()
    cited = [a for g in data.grounds.values() for a in g["articles"]]
    cited += [a for r in data.routes.values() for a in r.get("scope_articles", [])]
    # internals: the articles the letter settings cite (no public accessor)
    cited += L._letter_settings()["opening_articles"] + L._letter_settings()["voice_articles"]
    assert [a for a in cited if a not in data.articles] == []


# --- issue 10 part 6b: mark-sent dates ------------------------------------------------------


def test_mark_sent_refuses_a_date_before_the_letter_or_in_the_future(
    service: VaultService, tmp_path: Path
) -> None:
    buyer = buyer_with(service)
    item = L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY))
    assert item.dated == "2026-03-01"
    saved = sorted(p.name for p in (tmp_path / "v" / "index").iterdir())
    with pytest.raises(InvalidInput, match=r"before the letter was written \(2026-03-01\)"):
        L.mark_sent(service, item.id, "2026-02-28", today=TODAY + timedelta(days=5))
    with pytest.raises(InvalidInput, match="in the future"):
        L.mark_sent(service, item.id, "2026-03-07", today=TODAY + timedelta(days=5))
    assert service.records.letters[item.id].status == "draft"  # nothing changed
    assert sorted(p.name for p in (tmp_path / "v" / "index").iterdir()) == saved  # no save
    L.mark_sent(service, item.id, "2026-03-06", today=TODAY + timedelta(days=5))


def test_marking_sent_again_keeps_the_earlier_date(service: VaultService, tmp_path: Path) -> None:
    buyer = buyer_with(service)
    item = L.record(service, L.compose_buyer_letter(service, buyer, today=TODAY))
    later = TODAY + timedelta(days=9)
    L.mark_sent(service, item.id, "2026-03-02", "闲鱼私信", today=later)
    L.mark_sent(service, item.id, "2026-03-02", "闲鱼私信", today=later)  # the same: no entry
    again = L.mark_sent(service, item.id, "2026-03-04", "EMS 挂号信", today=later)
    assert (again.sent_on, again.channel) == ("2026-03-04", "EMS 挂号信")
    assert [(h["sent_on"], h["channel"]) for h in again.sent_history] == [
        ("2026-03-02", "闲鱼私信")
    ]
    service.lock()
    reopened = VaultService.open(tmp_path / "v", PASSWORD)
    try:
        stored = reopened.records.letters[item.id]
        assert stored.sent_history[0]["sent_on"] == "2026-03-02"
    finally:
        reopened.lock()


def test_an_older_vault_letter_loads_without_the_new_fields() -> None:
    raw = {"id": "a" * 32, "kind": "revocation", "recipient": "b", "sent_on": "2026-01-02"}
    records = Records.from_json({"letters": [raw]})
    letter: Letter = records.letters["a" * 32]
    assert letter.sent_history == [] and letter.dated == ""


def test_an_english_reminder_quotes_the_english_title_and_what_was_handed_over(
    service: VaultService,
) -> None:
    from app.documents.letters import legal_data

    buyer = buyer_with(service)
    first = L.record(service, L.compose_buyer_letter(service, buyer, "revocation", today=TODAY))
    L.mark_sent(service, first.id, "2026-03-02", today=TODAY + timedelta(days=1))
    later = TODAY + timedelta(days=20)
    reminder = L.compose_buyer_letter(service, buyer, "reminder", "en", today=later)
    text = text_of(reminder)
    titles = legal_data()
    has(
        text,
        f'"{titles.title("revocation", "en")}"',
        "I gave you 2 photos",
        "stop using these photos",
    )
    lacks(text, titles.title("revocation", "zh-CN"), "including clips or voice samples")


@pytest.mark.parametrize("lang", LANGS)
def test_an_eu_buyers_escalation_names_the_supervisory_authority_not_pipl(
    service: VaultService, lang: str
) -> None:
    buyer = buyer_with(service, country="FR")
    first = L.record(service, L.compose_buyer_letter(service, buyer, "deletion", today=TODAY))
    L.mark_sent(service, first.id, "2026-03-02", today=TODAY + timedelta(days=1))
    day = date(2026, 4, 10)  # after the one-month deadline
    reminder = L.record(service, L.compose_buyer_letter(service, buyer, "reminder", today=day))
    L.mark_sent(service, reminder.id, day.isoformat(), today=day)
    later = day + timedelta(days=20)
    esc = L.compose_buyer_letter(service, buyer, "escalation", lang, today=later)
    text = text_of(esc)
    has(
        text,
        pick(lang, "第77条", "Article 77"),
        pick(lang, "数据保护监管机构", "data protection supervisory authority"),
    )
    lacks(text, "个人信息保护法", "Personal Information Protection Law", "网信")
    assert "pipl-65" not in [c.id for c in esc.citations]


@pytest.mark.parametrize("lang", LANGS)
def test_an_unlimited_term_is_not_said_to_run_out(service: VaultService, lang: str) -> None:
    buyer = buyer_with(service, term="unlimited")
    comp = L.compose_buyer_letter(service, buyer, "revocation", lang, "超范围使用", today=TODAY)
    text = text_of(comp)
    has(
        text,
        pick(lang, "双方约定的肖像许可使用不设期限", "was agreed without an end date"),
        pick(lang, "第一千零二十二条第二款", "Article 1022, paragraph 2"),
    )
    lacks(text, "不限期”，目前尚未届满", "尚未届满", "(unlimited) that is still running")
    scope = L.compose_buyer_letter(
        service, buyer, "revocation", lang, "超范围使用", outside_scope=True, today=TODAY
    )
    has(text_of(scope), pick(lang, "不设期限。贵方超出约定范围使用", "without an end date."))
