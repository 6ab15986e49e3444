"""The contract's date and payment terms (schema 5): each payment kind in both languages, the
date printed and stored, the refusals, the 4 -> 5 migration, the terms digest, the CLI."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest

from app.documents import contract as document
from app.documents.letters import format_date, legal_data
from app.domain.payment import PAYMENT_KINDS
from app.errors import InvalidInput
from app.services import contracts
from app.services.vault_service import VaultService
from app.vault import migrations
from tests.support import PASSWORD, performer_vault

TODAY = date.today()


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return flat("".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[VaultService]:
    service = performer_vault(tmp_path / "vault", photos=2, legal_name="林小雨")
    yield service
    if service.vault.is_open:
        service.lock()


def buyer(service: VaultService) -> str:
    return service.add_buyer("阿杰", platform="xianyu", platform_user_id="tb_1").id


TERMS: dict[str, Any] = {
    "uses": ["advertising"],
    "price": "120",
    "ai_training": "no",
    "term": "until",
    "term_until": (TODAY + timedelta(days=365)).isoformat(),
}

PAID_ON = (TODAY - timedelta(days=3)).isoformat()
# each kind with its detail, and words of its clause in each language (the template's own)
KINDS: dict[str, dict[str, Any]] = {
    "before_delivery": {},
    "on_delivery": {},
    "within_days": {"payment_days": 15},
    "instalments": {"payment_text": "签约时付60元，交付后7日内付60元"},
    "paid": {"payment_date": PAID_ON},
    "other": {"payment_text": "以微信转账分两次支付"},
}
WORDS = {
    "before_delivery": {
        "zh-CN": "交付授权材料之前一次付清",
        "en": "in full before Party A delivers",
    },
    "on_delivery": {"zh-CN": "交付授权材料时一次付清", "en": "at the time Party A delivers"},
    "within_days": {"zh-CN": "之日起15日内一次付清", "en": "within 15 days after Party A"},
    "instalments": {"zh-CN": "按以下方式分期支付", "en": "in instalments as follows"},
    "paid": {"zh-CN": "向甲方一次付清，甲方确认已经收到", "en": "confirms having received it"},
    "other": {"zh-CN": "支付方式和时间如下", "en": "as follows:"},
}


def test_the_vocabulary_has_a_clause_for_every_kind_but_unstated() -> None:
    text = document.contract_text()
    for lang in ("zh-CN", "en"):
        for kind in PAYMENT_KINDS:
            assert (f"price.{kind}" in text.text[lang]["clause"]) == (kind != "unstated")
    assert set(KINDS) == set(PAYMENT_KINDS) - {"unstated"}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_payment_kind_is_stated_in_both_languages_with_its_article(
    vault: VaultService, kind: str
) -> None:
    made = contracts.create(
        vault,
        buyer(vault),
        sorted(vault.records.media),
        **TERMS,
        payment=kind,
        **KINDS[kind],
        layout="bilingual",
    )
    deal = vault.deal(made.deal.id)
    assert deal.payment == kind
    doc = contracts.contract_document(vault, deal, "bilingual", 1)
    for lang in ("zh-CN", "en"):
        price = dict((h, t) for _, h, t in document.clauses(doc, lang))[
            document.contract_text().heading("price", lang)
        ]
        assert WORDS[kind][lang] in price, price
        assert legal_data().join_citations(["cc-1018"], lang) in price
        assert "____" not in price  # no blank line to fill in by hand
        if "payment_text" in KINDS[kind]:
            assert KINDS[kind]["payment_text"] in price
        if kind == "paid":
            assert format_date(PAID_ON, lang) in price
        price_words = document.price_text("120", "CNY", lang)
        assert price_words in price
    # the PDF itself (one language at a time: a bilingual cell can be cut across pages)
    for layout in ("zh-CN", "en"):
        one = contracts.new_version(vault, deal.id, layout=layout)
        assert flat(WORDS[kind][layout]) in pdf_text(one.pdf)


def test_a_free_licence_needs_no_payment_terms_and_says_so(vault: VaultService) -> None:
    made = contracts.create(
        vault, buyer(vault), sorted(vault.records.media), **{**TERMS, "price": "0"}, layout="en"
    )
    assert made.deal.payment == "unstated"
    assert flat("Party B pays no licence fee") in pdf_text(made.pdf)


def test_the_date_is_printed_and_stored_today_by_default(vault: VaultService) -> None:
    media = sorted(vault.records.media)
    made = contracts.create(vault, buyer(vault), media, **TERMS, payment="on_delivery")
    assert made.deal.date == TODAY.isoformat()
    dated = contracts.create(
        vault, buyer(vault), media, **TERMS, payment="on_delivery", deal_date="2025-03-04"
    )
    assert vault.deal(dated.deal.id).date == "2025-03-04"
    text = pdf_text(dated.pdf)
    assert flat("2025年3月4日") in text  # the parties' table and the term clause
    assert text.count(flat(format_date("2025-03-04", "zh-CN"))) >= 2
    en = contracts.new_version(vault, dated.deal.id, layout="en")
    assert flat(format_date("2025-03-04", "en")) in pdf_text(en.pdf)


def test_refusals_change_nothing(vault: VaultService) -> None:
    media = sorted(vault.records.media)
    buyer_id = buyer(vault)
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    cases: list[tuple[dict[str, Any], str]] = [
        ({"deal_date": tomorrow}, "after today"),
        ({"deal_date": "2025-06-01", "term_until": "2025-05-31"}, "before the contract date"),
        ({"deal_date": "1 June"}, "YYYY-MM-DD"),
        ({"payment": "unstated"}, "how and when the price is paid"),
        ({"payment": "later"}, "payment terms must be one of"),
        ({"payment": "within_days"}, "needs the number of days"),
        ({"payment": "within_days", "payment_days": 400}, "from 1 to 365"),
        ({"payment": "within_days", "payment_days": "-3"}, "from 1 to 365"),
        ({"payment": "on_delivery", "payment_days": 7}, "only given with payment within days"),
        ({"payment": "paid"}, "needs the date it was paid"),
        ({"payment": "paid", "payment_date": tomorrow}, "after today"),
        ({"payment": "on_delivery", "payment_date": PAID_ON}, "only given when the price"),
        ({"payment": "instalments"}, "needs its text"),
        ({"payment": "other", "payment_text": "  "}, "needs its text"),
        ({"payment": "on_delivery", "payment_text": "x"}, "only given with payment in"),
    ]
    for given, sentence in cases:
        with pytest.raises(InvalidInput, match=sentence):
            contracts.create(vault, buyer_id, media, **{**TERMS, "payment": "paid", **given})
    assert vault.records.deals == {} and vault.records.attachments == {}


def test_the_digest_covers_the_payment_terms_and_the_date(vault: VaultService) -> None:
    made = contracts.create(
        vault, buyer(vault), sorted(vault.records.media), **TERMS, payment="on_delivery"
    )
    deal_id = made.deal.id
    assert contracts.contract_matches(vault, vault.deal(deal_id)) is True
    vault.update_deal(deal_id, payment="within_days", payment_days=30)
    assert contracts.contract_matches(vault, vault.deal(deal_id)) is False
    second = contracts.new_version(vault, deal_id)
    assert "30日内" in pdf_text(second.pdf)
    assert contracts.contract_matches(vault, vault.deal(deal_id)) is True
    vault.update_deal(deal_id, date="2025-01-02")
    assert contracts.contract_matches(vault, vault.deal(deal_id)) is False
    deal = vault.deal(deal_id)
    same_but_paid = dataclasses.replace(deal, payment="paid", payment_date="2025-01-02")
    assert contracts.terms_digest(vault, same_but_paid) != contracts.terms_digest(vault, deal)


def test_a_schema_4_contract_still_states_its_upgraded_deal(tmp_path: Path) -> None:
    """The golden schema-4 vault holds a deal whose newest contract (made before payment terms
    existed, a blank line) states its terms; upgraded, the deal says payment "unstated" and
    the contract still matches it (the digest covers payment terms once they are stated)."""
    import json
    import shutil

    golden = Path(__file__).resolve().parents[1] / "data" / "golden"
    expected = json.loads((golden / "format-1-schema-4.json").read_text(encoding="utf-8"))
    shutil.copytree(golden / "format-1-schema-4", tmp_path / "vault")
    service = VaultService.open(tmp_path / "vault", expected["password"])
    try:
        deal = next(d for d in service.records.deals.values() if d.contract_ids)
        assert deal.payment == "unstated"
        assert contracts.contract_matches(service, deal) is True
        service.update_deal(deal.id, payment="paid", payment_date="2025-02-01")
        assert contracts.contract_matches(service, service.deal(deal.id)) is False
        made = contracts.new_version(service, deal.id, layout="zh-CN")
        assert made.version == 3 and flat("已于2025年2月1日向甲方一次付清") in pdf_text(made.pdf)
    finally:
        service.lock()


def test_the_schema_4_to_5_step_states_no_payment() -> None:
    doc: dict[str, Any] = {
        "schema": 4,
        "records": {
            "deals": [
                {"id": "a" * 32, "buyer_id": "b", "date": "2025-01-01", "price": "30"},
                {"id": "c" * 32, "buyer_id": "b", "date": "2025-01-01", "payment": "paid"},
            ]
        },
    }
    upgraded, passed = migrations.upgrade(doc)
    assert passed == [4] and upgraded["schema"] == migrations.SCHEMA_VERSION == 5
    old, kept = upgraded["records"]["deals"]
    assert (old["payment"], old["payment_days"], old["payment_date"], old["payment_text"]) == (
        "unstated",
        0,
        "",
        "",
    )
    assert kept["payment"] == "paid"  # a field already there is kept
    assert "payment" not in doc["records"]["deals"][0]  # the input is not changed
    newer = {"schema": 6, "records": {}}
    with pytest.raises(Exception, match="newer Likeness Vault"):
        migrations.upgrade(newer)


def test_the_cli_takes_date_and_payment_and_edit_deal_changes_them(
    vault: VaultService, tmp_path: Path, run: Any
) -> None:
    buyer_id = buyer(vault)
    media = sorted(vault.records.media)
    vault.lock()
    path = str(tmp_path / "vault")
    base = ["contract", path, "--buyer", buyer_id, "--photo", media[0], "--uses", "advertising"]
    base += ["--ai-training", "no", "--term", "unlimited", "--price", "50"]
    missing = run(*base, "-o", str(tmp_path / "a.pdf"), stdin=PASSWORD + "\n")
    assert missing.code != 0 and "--payment" in missing.err
    assert not (tmp_path / "a.pdf").exists()
    future = (TODAY + timedelta(days=2)).isoformat()
    late = run(
        *base,
        "--payment",
        "on_delivery",
        "--date",
        future,
        "-o",
        str(tmp_path / "b.pdf"),
        stdin=PASSWORD + "\n",
    )
    assert late.code != 0 and "after today" in late.err and not (tmp_path / "b.pdf").exists()
    args = [*base, "--payment", "within_days", "--payment-days", "10", "--date", "2025-09-01"]
    made = run(*args, "-o", str(tmp_path / "c.pdf"), "--json", stdin=PASSWORD + "\n")
    assert made.code == 0, made.err
    deal_id = made.json()["deal"]
    edited = run(
        "edit-deal",
        path,
        deal_id,
        "--payment",
        "instalments",
        "--payment-text",
        "两期",
        "--json",
        stdin=PASSWORD + "\n",
    )
    assert edited.code == 0, edited.err
    shown = edited.json()
    assert (shown["payment"], shown["payment_days"], shown["payment_text"]) == (
        "instalments",
        0,
        "两期",
    )
    assert shown["date"] == "2025-09-01"
    refused = run(
        "contract", path, "--deal", deal_id, "--date", "2025-09-02", "-o", str(tmp_path / "d.pdf"),
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert refused.code != 0 and "edit-deal" in refused.err


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh-CN", ["付款方式", "交付后15日内一次付清"]),
        ("en", ["Payment", "in full within 15 days"]),
    ],
)
def test_the_evidence_report_lists_the_payment_terms(lang: str, words: list[str]) -> None:
    from datetime import UTC, datetime

    from app.documents import evidence_report
    from app.domain.models import Buyer, Deal, Performer
    from app.services.evidence.case import EvidenceOptions

    deal = Deal(
        id="d" * 32,
        buyer_id="b" * 32,
        date="2025-05-01",
        price="88",
        payment="within_days",
        payment_days=15,
    )
    unstated = Deal(id="e" * 32, buyer_id="b" * 32, date="2024-01-01")
    data = evidence_report.EvidenceReportInput(
        lang=lang,
        title="阿杰",
        performer=Performer(),
        buyers=[Buyer(id="b" * 32, name="阿杰")],
        deals=[deal, unstated],
        media=[],
        attachments=[],
        attachment_roles={},
        sightings=[],
        letters=[],
        files={},
        thumbnails={},
        previews={},
        missing_records=[],
        key_fingerprint="0" * 64,
        generated_at=datetime(2026, 1, 1, tzinfo=UTC),
        options=EvidenceOptions(lang=lang),
    )
    text = pdf_text(evidence_report.render(data))
    for word in words:
        assert flat(word) in text
    assert text.count(flat(words[0])) == 2  # both deals have the row; the old one "not stated"
