"""Letters and takedown notices: the legal data (resources/templates) and the PDF layout.

The law is data: ``law.toml`` names every article the app can cite, ``routes.toml`` says which
articles each route and ground cites, ``zh-CN.toml``/``en.toml`` hold the default wording.
Which articles a letter cites depends only on its route and grounds, never on its language.

This module knows no vault: the service (``app/services/letters.py``) decides the route from
the deal and hands a :class:`LetterDocument` to :func:`render_letter`.
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.documents import pdf

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
LANGS = ("zh-CN", "en")


@dataclass(frozen=True)
class Citation:
    """One cited article: ``text`` is e.g. 《中华人民共和国民法典》第一千零二十二条第一款."""

    id: str
    law: str
    text: str
    gist: str


class LegalData:
    """The parsed templates; one instance per process (see :func:`legal_data`)."""

    def __init__(self, folder: Path = TEMPLATES) -> None:
        with (folder / "law.toml").open("rb") as fh:
            law = tomllib.load(fh)
        with (folder / "routes.toml").open("rb") as fh:
            routes = tomllib.load(fh)
        self.laws: dict[str, dict[str, str]] = law["laws"]
        self.articles: dict[str, dict[str, Any]] = law["articles"]
        self.routes: dict[str, dict[str, Any]] = routes["routes"]
        self.grounds: dict[str, dict[str, Any]] = routes["grounds"]
        self.escalation_articles: list[str] = routes["escalation"]["articles"]
        self.platforms: dict[str, dict[str, str]] = routes["platforms"]
        self.deadlines: dict[str, int] = routes["deadlines"]
        self.buyer_platforms: dict[str, dict[str, str]] = routes.get("buyer_platforms", {})
        self.text: dict[str, dict[str, Any]] = {}
        for lang in LANGS:
            with (folder / f"{lang}.toml").open("rb") as fh:
                self.text[lang] = tomllib.load(fh)
        self._check()

    def _check(self) -> None:
        """Fail loudly at start-up if the data refers to an article that does not exist."""
        cited = [a for r in self.routes.values() for a in r["articles"]]
        cited += [a for g in self.grounds.values() for a in g["articles"]]
        cited += self.escalation_articles
        missing = sorted({a for a in cited if a not in self.articles})
        if missing:
            raise ValueError(f"resources/templates cites unknown articles: {missing}")
        for art_id, art in self.articles.items():
            if art["law"] not in self.laws:
                raise ValueError(f"article {art_id} names an unknown law {art['law']}")

    def citation(self, article_id: str, lang: str) -> Citation:
        art = self.articles[article_id]
        law = self.laws[art["law"]][lang]
        number = art[lang]
        if lang == "zh-CN":
            text = f"{law}{number}"
        else:
            text = f"{number} of the {law}" if number else law
            if art["law"] == "dmca":
                text = f"17 U.S.C. {number} (US Digital Millennium Copyright Act)"
        return Citation(article_id, art["law"], text, art["gist"][lang])

    def citations(self, article_ids: Sequence[str], lang: str) -> list[Citation]:
        return [self.citation(a, lang) for a in dict.fromkeys(article_ids)]

    def join_citations(self, article_ids: Sequence[str], lang: str) -> str:
        """A run of citations for a sentence: the law named once, then its articles."""
        groups: dict[str, list[str]] = {}
        for art_id in dict.fromkeys(article_ids):
            art = self.articles[art_id]
            groups.setdefault(art["law"], []).append(art[lang])
        sep = self.label("separator", lang)
        parts = []
        for law_id, numbers in groups.items():
            law = self.laws[law_id][lang]
            numbers = [n for n in numbers if n]
            if lang == "zh-CN":
                parts.append(law + sep.join(numbers))
            elif law_id == "dmca":
                parts.append("17 U.S.C. " + ", ".join(numbers))
            elif numbers:
                parts.append(f"{_and(numbers)} of the {law}")
            else:
                parts.append(law)
        return (sep if lang == "zh-CN" else "; ").join(parts)

    def title(self, key: str, lang: str) -> str:
        return str(self.text[lang]["title"][key])

    def label(self, key: str, lang: str) -> str:
        return str(self.text[lang]["label"][key])

    def fill(self, key: str, lang: str, **values: str) -> str:
        """A body template with ``values`` put in (user text stays text: escaped at render)."""
        return string.Template(self.text[lang]["body"][key]).substitute(values)

    def has_text(self, key: str, lang: str) -> bool:
        return key in self.text[lang]["body"]

    def platform_name(self, key: str, lang: str) -> str:
        return str(self.platforms[key][lang])


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@functools.cache
def legal_data() -> LegalData:
    return LegalData()


@dataclass
class LetterDocument:
    """Everything printed on a letter, already decided; every string is user-safe text."""

    lang: str
    title: str
    reference: str
    letterhead: str  # the performer's chosen name
    created: datetime
    meta_rows: list[tuple[str, str]]  # recipient, sender, date, deals, deadline...
    body: str  # plain text, paragraphs separated by a blank line
    citations: list[Citation]
    photos: list[pdf.PhotoRow] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    signature_name: str = ""
    sign_date: str = ""


def _body_flowables(body: str, lang: str) -> list[Flowable]:
    st = pdf.styles(lang)
    out: list[Flowable] = []
    for block in body.replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            out.append(pdf.para(block.strip("\n"), st["body"]))
    return out


def _citation_list(citations: Sequence[Citation], lang: str) -> list[Flowable]:
    st = pdf.styles(lang)
    colon = "：" if lang == "zh-CN" else ": "
    return [pdf.para(f"• {c.text}{colon}{c.gist}", st["small"]) for c in citations]


def _url_table(urls: Sequence[str], lang: str) -> Table:
    st = pdf.styles(lang)
    data = [[pdf.para(str(i), st["cell"]), pdf.para(u, st["cell"])] for i, u in enumerate(urls, 1)]
    table = Table(data, colWidths=[10 * mm, pdf.frame_width() - 10 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ]
        )
    )
    return table


def render_letter(doc: LetterDocument) -> bytes:
    """The letter as PDF bytes (A4, embedded font, page numbers, deterministic)."""
    data = legal_data()
    st = pdf.styles(doc.lang)
    lang = doc.lang
    story: list[Flowable] = [
        pdf.para(doc.title, st["title"]),
        pdf.key_value_table(doc.meta_rows, lang),
        Spacer(1, 5 * mm),
    ]
    if doc.urls:
        story += [pdf.para(data.label("urls", lang), st["h2"]), _url_table(doc.urls, lang)]
        story.append(Spacer(1, 4 * mm))
    story += _body_flowables(doc.body, lang)
    signature = [
        Spacer(1, 6 * mm),
        pdf.para(f"{data.label('signature', lang)}  ____________________", st["body"]),
        pdf.para(doc.signature_name, st["body"]),
        pdf.para(f"{data.label('sign_date', lang)}  {doc.sign_date}", st["body"]),
    ]
    story.append(KeepTogether(signature))
    if doc.citations:
        story += [pdf.para(data.label("law", lang), st["h2"]), *_citation_list(doc.citations, lang)]
    if doc.photos:
        story += [
            Spacer(1, 3 * mm),
            pdf.para(data.label("photos", lang), st["h2"]),
            pdf.photo_table(doc.photos, lang),
        ]

    def letterhead(canvas: Canvas, _doc: Any) -> None:
        top = pdf.PAGE_HEIGHT - 12 * mm
        canvas.setFont(pdf.FONT, 10)
        canvas.drawString(20 * mm, top, pdf.clip(doc.letterhead, 48))
        canvas.setFont(pdf.FONT, 8)
        ref = f"{data.label('reference', lang)} {doc.reference}"
        canvas.drawRightString(pdf.PAGE_WIDTH - 20 * mm, top, pdf.clip(ref, 40))
        canvas.setStrokeColor(colors.HexColor("#888888"))
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, top - 3 * mm, pdf.PAGE_WIDTH - 20 * mm, top - 3 * mm)

    meta = pdf.DocumentMeta(
        title=doc.title,
        author=doc.letterhead,
        subject=doc.reference,
        lang=lang,
        created=doc.created,
    )
    return pdf.render(story, meta, header=letterhead)
