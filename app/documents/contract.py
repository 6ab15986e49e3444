"""The portrait licence contract (肖像许可使用协议, 授权协议): wording and PDF layout.

The wording is data: ``resources/templates/contract.<lang>.toml`` holds each clause's text,
``contract.toml`` which articles each clause cites (the same in every language, cited through
``law.toml`` exactly as letters cite them). This module knows no vault: the service
(``app/services/contracts.py``) checks the terms against the records and hands a
:class:`ContractDocument` to :func:`render_contract`. Everything a user typed (names, the text of
"other" uses, platforms) reaches the PDF through :func:`app.documents.pdf.para` (escaped, bidi
controls dropped); the PDF embeds the one CJK font (``pdf.render``).

Layouts: ``zh-CN``, ``en``, or ``bilingual`` (each clause a table row, Chinese on the left,
English on the right; the Chinese text prevails, and the contract says so).
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import pdf
from app.documents.letters import TEMPLATES, format_date, legal_data, zh_spacing
from app.domain.payment import PAYMENT_KINDS, UNSTATED

LAYOUTS = ("zh-CN", "en", "bilingual")
TEXT_LANGS = ("zh-CN", "en")
_ZH_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class BuyerParty:
    name: str  # the nickname as recorded
    platform: str = "other"  # app.domain.models.PLATFORMS
    platform_user_id: str = ""
    real_name: str = ""
    company: str = ""
    contact: str = ""


@dataclass(frozen=True)
class ContractDocument:
    """Exactly the terms the contract states (the service builds it from the deal record)."""

    layout: str  # one of LAYOUTS
    reference: str
    date: str  # YYYY-MM-DD: the deal's date, the start of the licence
    performer: str  # the performer's legal name
    buyer: BuyerParty
    rows: Sequence[pdf.PhotoRow]  # the annex
    uses: Sequence[str]  # keys of app/domain/uses.py
    uses_other: str
    ai_training: str  # "yes" | "no"
    term: str  # "until" | "unlimited"
    term_until: str
    price: str  # decimal string
    currency: str
    platforms: str  # "" = not agreed (the contract says so)
    version: int = 1
    created: datetime | None = None
    # how and when the price is paid (app/domain/payment.py; "unstated" only with a price of 0)
    payment: str = "unstated"
    payment_days: int = 0
    payment_date: str = ""
    payment_text: str = ""


class ContractText:
    """The parsed contract templates (one per process: :func:`contract_text`)."""

    def __init__(self) -> None:
        with (TEMPLATES / "contract.toml").open("rb") as fh:
            shared = tomllib.load(fh)
        self.articles: dict[str, list[str]] = shared["articles"]
        self.order: list[str] = shared["order"]["clauses"]
        self.text: dict[str, dict[str, Any]] = {}
        for lang in TEXT_LANGS:
            with (TEMPLATES / f"contract.{lang}.toml").open("rb") as fh:
                self.text[lang] = tomllib.load(fh)
        law = legal_data()
        missing = sorted({a for ids in self.articles.values() for a in ids} - set(law.articles))
        if missing:
            raise ValueError(f"contract.toml cites unknown articles: {missing}")
        for lang in TEXT_LANGS:
            absent = sorted(set(self.articles) - set(self.text[lang]["clause"]))
            if absent:
                raise ValueError(f"contract.{lang}.toml lacks the clauses {absent}")

    def label(self, key: str, lang: str, **values: str) -> str:
        return string.Template(str(self.text[lang]["label"][key])).substitute(values)

    def heading(self, clause: str, lang: str) -> str:
        return str(self.text[lang]["heading"][clause])

    def warning(self, key: str, lang: str) -> str:
        return str(self.text[lang]["warning"][key])

    def clause(self, key: str, lang: str, **values: str) -> str:
        template = str(self.text[lang]["clause"][key])
        if lang == "zh-CN":
            template = zh_spacing(template)
        citations = legal_data().join_citations(self.articles[key], lang)
        return string.Template(template).substitute(values, citations=citations)


@functools.cache
def contract_text() -> ContractText:
    return ContractText()


def article_number(n: int, lang: str) -> str:
    if lang == "zh-CN":
        return contract_text().label("article", lang, n=_zh_numeral(n))
    return contract_text().label("article", lang, n=str(n))


def _zh_numeral(n: int) -> str:
    if n <= 10:
        return _ZH_NUMERALS[n - 1]
    return "十" + _ZH_NUMERALS[n - 11] if n < 20 else str(n)


def price_text(price: str, currency: str, lang: str) -> str:
    if lang == "zh-CN":
        return f"人民币{price}元" if currency == "CNY" else f"{price} {currency}"
    return f"{price} {currency}"


def price_key(doc: ContractDocument) -> str:
    """The variant of the clause "price": the payment kind, or "free" for a price of 0 whose
    payment is not stated. A price to pay with no payment terms has no clause (the service
    refuses it first): the contract never invents them."""
    if doc.payment in PAYMENT_KINDS and doc.payment != UNSTATED:
        return f"price.{doc.payment}"
    if _is_zero(doc.price):
        return "price.free"
    raise ValueError("a contract with a price states its payment terms")


def _is_zero(price: str) -> bool:
    try:
        return Decimal(price) == 0
    except InvalidOperation:
        return False


def channel_text(buyer: BuyerParty, lang: str) -> str:
    """The buyer's recorded account or contact as a notice channel; "" when none is recorded.

    A Xianyu or WeChat id is a channel the parties actually use: notices may go there."""
    platform = legal_data().buyer_platforms.get(buyer.platform, {}).get(lang, "")
    account = buyer.platform_user_id.strip()
    parts = []
    if platform and (account or buyer.name.strip()):
        if lang == "zh-CN":
            parts.append(f"{platform}账号“{account or buyer.name.strip()}”")
        else:
            parts.append(f"{platform} account “{account or buyer.name.strip()}”")
    if buyer.contact.strip():
        if lang == "zh-CN":
            parts.append(f"联系方式“{buyer.contact.strip()}”")
        else:
            parts.append(f"contact “{buyer.contact.strip()}”")
    return ("或" if lang == "zh-CN" else " or ").join(parts)


def clauses(doc: ContractDocument, lang: str) -> list[tuple[str, str, str]]:
    """(number, heading, text) of each numbered clause, in order."""
    ct = contract_text()
    law = legal_data()
    order = ct.order
    uses_article = order.index("uses") + 1
    zh = lang == "zh-CN"
    date = format_date(doc.date, lang)
    values = {
        "count": str(len(doc.rows)),
        "uses": law.uses(doc.uses, doc.uses_other, lang),
        "uses_article": _zh_numeral(uses_article) if zh else str(uses_article),
        "platforms": doc.platforms.strip(),
        "date": date,
        "term_until": format_date(doc.term_until, lang),
        "price": price_text(doc.price, doc.currency, lang),
        "channel": channel_text(doc.buyer, lang),
        "days": str(doc.payment_days),
        "payment_date": format_date(doc.payment_date, lang) if doc.payment_date else "",
        "payment_text": doc.payment_text.strip().rstrip(".。;；"),  # the clause ends it
    }
    keys = {
        "ai": f"ai.{doc.ai_training}",
        "synthesis": "synthesis.yes" if "face_swap_drama" in doc.uses else "synthesis.no",
        "territory": "territory.given" if values["platforms"] else "territory.none",
        "term": f"term.{doc.term}",
        "notices": "notices.channel" if values["channel"] else "notices.none",
        "price": price_key(doc),
    }
    out = []
    for n, clause in enumerate(order, start=1):
        key = keys.get(clause, clause)
        out.append(
            (article_number(n, lang), ct.heading(clause, lang), ct.clause(key, lang, **values))
        )
    return out


def warnings(doc: ContractDocument, lang: str) -> list[str]:
    """What the user should know before signing (the open term: Civil Code 1022 ¶1)."""
    return [contract_text().warning("open_term", lang)] if doc.term == "unlimited" else []


# --- layout -------------------------------------------------------------------------------


def _langs(layout: str) -> tuple[str, ...]:
    return TEXT_LANGS if layout == "bilingual" else (layout,)


def _parties(doc: ContractDocument, lang: str) -> list[tuple[str, str]]:
    ct = contract_text()
    b = doc.buyer
    platform = legal_data().buyer_platforms.get(b.platform, {}).get(lang, "")
    account = " ".join(p for p in (platform, b.platform_user_id.strip()) if p)
    rows = [
        (ct.label("party_a", lang), doc.performer),
        (ct.label("party_b", lang), b.name),
    ]
    for key, value in (
        ("buyer_platform", account),
        ("buyer_real_name", b.real_name),
        ("buyer_company", b.company),
        ("buyer_contact", b.contact),
    ):
        if value.strip():
            rows.append(
                (
                    "　" + ct.label(key, lang) if lang == "zh-CN" else "  " + ct.label(key, lang),
                    value,
                )
            )
    version = ct.label("version", lang, n=str(doc.version))
    version = f"（{version}）" if lang == "zh-CN" else f" ({version})"
    rows.append((ct.label("reference", lang), doc.reference + version))
    rows.append((ct.label("date", lang), format_date(doc.date, lang)))
    return rows


def _clause_flowables(number: str, heading: str, text: str, lang: str) -> list[Flowable]:
    st = pdf.styles(lang)
    head = Paragraph(
        f"{pdf.safe(number)}　{pdf.safe(heading)}"
        if lang == "zh-CN"
        else f"{pdf.safe(number)}. {pdf.safe(heading)}",
        st["h2"],
    )
    return [head, pdf.para(text, st["body"])]


def _signatures(doc: ContractDocument, lang: str, width: float) -> Table:
    ct = contract_text()
    st = pdf.styles(lang)
    line = "_" * 22
    data = [
        [
            pdf.para(ct.label("sign_a", lang), st["body"]),
            pdf.para(ct.label("sign_b", lang), st["body"]),
        ],
        [pdf.para(line, st["body"]), pdf.para(line, st["body"])],
        [pdf.para(doc.performer, st["small"]), pdf.para(doc.buyer.name, st["small"])],
        [
            pdf.para(ct.label("sign_date", lang) + " " + line[:12], st["body"]),
            pdf.para(ct.label("sign_date", lang) + " " + line[:12], st["body"]),
        ],
    ]
    table = Table(data, colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4)])
    )
    return table


def _single(doc: ContractDocument, lang: str, width: float) -> list[Flowable]:
    ct = contract_text()
    st = pdf.styles(lang)
    story: list[Flowable] = [
        pdf.para(str(ct.text[lang]["title"]), st["title"]),
        pdf.key_value_table(_parties(doc, lang), lang, width=width),
        Spacer(1, 4 * mm),
        pdf.para(ct.clause("preamble", lang), st["body"]),
    ]
    for number, heading, text in clauses(doc, lang):
        story.extend(_clause_flowables(number, heading, text, lang))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([_signatures(doc, lang, width)]))
    story.append(Spacer(1, 6 * mm))
    story.append(pdf.para(ct.label("annex", lang), st["h2"]))
    story.append(pdf.photo_table(doc.rows, lang, width=width))
    return story


def _bilingual(doc: ContractDocument, width: float) -> list[Flowable]:
    ct = contract_text()
    zh, en = pdf.styles("zh-CN"), pdf.styles("en")
    half = width / 2
    story: list[Flowable] = [
        pdf.para(str(ct.text["zh-CN"]["title"]), zh["title"]),
        pdf.para(str(ct.text["en"]["title"]), en["title"]),
    ]
    parties = Table(
        [
            [
                pdf.key_value_table(_parties(doc, "zh-CN"), "zh-CN", width=half - 6),
                pdf.key_value_table(_parties(doc, "en"), "en", width=half - 6),
            ]
        ],
        colWidths=[half, half],
    )
    parties.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story.append(parties)
    story.append(Spacer(1, 3 * mm))
    rows: list[list[Any]] = [
        [
            pdf.para(ct.clause("preamble", "zh-CN"), zh["body"]),
            pdf.para(ct.clause("preamble", "en"), en["body"]),
        ]
    ]
    for (zn, zhd, ztx), (en_n, enh, etx) in zip(
        clauses(doc, "zh-CN"), clauses(doc, "en"), strict=True
    ):
        rows.append(
            [
                [
                    Paragraph(f"{pdf.safe(zn)}　{pdf.safe(zhd)}", zh["h2"]),
                    pdf.para(ztx, zh["body"]),
                ],
                [
                    Paragraph(f"{pdf.safe(en_n)}. {pdf.safe(enh)}", en["h2"]),
                    pdf.para(etx, en["body"]),
                ],
            ]
        )
    rows.append(
        [
            pdf.para(str(ct.text["zh-CN"]["lang_note"]), zh["note"]),
            pdf.para(str(ct.text["en"]["lang_note"]), en["note"]),
        ]
    )
    table = Table(rows, colWidths=[half, half], splitByRow=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.HexColor("#bbbbbb")),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#dddddd")),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 6 * mm))
    signatures = Table(
        [[_signatures(doc, "zh-CN", half - 6), _signatures(doc, "en", half - 6)]],
        colWidths=[half, half],
    )
    signatures.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story.append(KeepTogether([signatures]))
    story.append(Spacer(1, 6 * mm))
    story.append(pdf.para(ct.label("annex", "zh-CN"), zh["h2"]))
    story.append(pdf.para(ct.label("annex", "en"), en["h2"]))
    story.append(pdf.photo_table(doc.rows, "zh-CN", width=width))
    return story


def render_contract(doc: ContractDocument) -> bytes:
    """The contract as PDF bytes (in memory)."""
    if doc.layout not in LAYOUTS:
        raise ValueError(f"unknown contract layout {doc.layout!r}")
    width = pdf.frame_width()
    main = "en" if doc.layout == "en" else "zh-CN"
    ct = contract_text()
    title = " / ".join(str(ct.text[lang]["title"]) for lang in _langs(doc.layout))
    story = _bilingual(doc, width) if doc.layout == "bilingual" else _single(doc, doc.layout, width)
    meta = pdf.DocumentMeta(
        title=title, author=pdf.clip(doc.performer, 80), lang=main, created=doc.created
    )
    return pdf.render(story, meta)
