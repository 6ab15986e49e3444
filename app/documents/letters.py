"""Letters and takedown notices: the legal data (resources/templates) and the PDF layout.

The law is data: ``law.toml`` names every article the app can cite, ``routes.toml`` says which
articles each route and ground cites, ``zh-CN.toml``/``en.toml`` hold the default wording
(``takedown.<lang>.toml`` and the evidence report's ``report.<lang>.toml`` are merged in).
Which articles a letter cites depends only on its route and grounds, never on its language.

This module knows no vault: the service (``app/services/letters.py``) decides the route from
the deal and hands a :class:`LetterDocument` to :func:`render_letter`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import string
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.documents import pdf
from app.paths import resource_path

TEMPLATES = resource_path("templates")
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
        with (folder / "takedown.toml").open("rb") as fh:
            takedown = tomllib.load(fh)
        self.laws: dict[str, dict[str, str]] = law["laws"]
        self.articles: dict[str, dict[str, Any]] = law["articles"]
        self.routes: dict[str, dict[str, Any]] = routes["routes"]
        self.grounds: dict[str, dict[str, Any]] = routes["grounds"]
        self.escalation_articles: list[str] = routes["escalation"]["articles"]
        # platforms a notice goes to, with their operators (takedown.toml)
        self.platforms: dict[str, dict[str, Any]] = takedown["platforms"]
        self.takedown_grounds: dict[str, dict[str, Any]] = takedown["grounds"]
        self.deadlines: dict[str, int] = routes["deadlines"]
        self.buyer_platforms: dict[str, dict[str, str]] = routes.get("buyer_platforms", {})
        self.text: dict[str, dict[str, Any]] = {}
        for lang in LANGS:
            with (folder / f"{lang}.toml").open("rb") as fh:
                self.text[lang] = tomllib.load(fh)
            # the notices' own wording, and the evidence report's ([report])
            for part in ("takedown", "report"):
                with (folder / f"{part}.{lang}.toml").open("rb") as fh:
                    for section, entries in tomllib.load(fh).items():
                        target = self.text[lang].setdefault(section, {})
                        repeated = sorted(set(target) & set(entries))
                        if repeated:
                            raise ValueError(
                                f"{part}.{lang}.toml repeats {section} keys {repeated}"
                            )
                        target.update(entries)
        self._check()

    def _check(self) -> None:
        """Fail loudly at start-up if the data refers to an article that does not exist."""
        cited = [a for r in self.routes.values() for a in r["articles"]]
        cited += [a for g in self.grounds.values() for a in g["articles"]]
        cited += self.escalation_articles
        cited += [a for g in self.takedown_grounds.values() for a in g["articles"]]
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
            law = _full_width_parens(law)
            text = f"{law}{number}"
        else:
            text = f"{number} of the {law}" if number else law
            if art["law"] == "dmca":
                text = f"17 U.S.C. {number} (US Digital Millennium Copyright Act)"
        return Citation(article_id, art["law"], text, art["gist"][lang])

    def ordered(self, article_ids: Sequence[str]) -> list[str]:
        """The articles without repeats, law by law (law.toml's order), in numeric order."""
        laws = list(self.laws)
        return sorted(
            dict.fromkeys(article_ids),
            key=lambda a: (laws.index(self.articles[a]["law"]), _number_key(a)),
        )

    def citations(self, article_ids: Sequence[str], lang: str) -> list[Citation]:
        return [self.citation(a, lang) for a in self.ordered(article_ids)]

    def join_citations(self, article_ids: Sequence[str], lang: str) -> str:
        """A run of citations for a sentence: the law named once, then its articles."""
        groups: dict[str, list[str]] = {}
        for art_id in self.ordered(article_ids):
            art = self.articles[art_id]
            groups.setdefault(art["law"], []).append(art[lang])
        sep = self.label("separator", lang)
        parts = []
        for law_id, numbers in groups.items():
            law = self.laws[law_id][lang]
            numbers = [n for n in numbers if n]
            if lang == "zh-CN":
                parts.append(_full_width_parens(law) + sep.join(numbers))
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
        """A body template with ``values`` put in (user text stays text: escaped at render).

        In Chinese, the dates the app puts in are written 2026年11月30日 (the user's own text,
        ``reason``, is left as typed); in English, "1 photos" becomes "1 photo"."""
        template = self.text[lang]["body"][key]
        if lang == "zh-CN":
            template = zh_spacing(template)
            values = {k: v if k in _USER_TEXT else _zh_value(v) for k, v in values.items()}
        text = string.Template(template).substitute(values)
        if lang == "en":
            text = _ONE_PLURAL.sub(r"\1 \2", text)
        return text

    def uses(self, keys: Sequence[str], other: str, lang: str) -> str:
        """A deal's permitted uses in ``lang`` (app/domain/uses.py), "" when none recorded."""
        from app.domain.uses import describe

        return describe(keys, other, self.text[lang]["uses"], self.label("separator", lang))

    def has_text(self, key: str, lang: str) -> bool:
        return key in self.text[lang]["body"]

    def platform_name(self, key: str, lang: str) -> str:
        return str(self.platforms[key][lang])

    def platform_operator(self, key: str, lang: str) -> str:
        """The company that operates the platform ("" when not confirmed, see takedown.toml)."""
        return str(self.platforms[key].get("operator", {}).get(lang, ""))

    def platform_addressee(self, key: str, lang: str) -> str:
        """Whom a notice is addressed to: the operator, with the platform's name after it."""
        name, operator = self.platform_name(key, lang), self.platform_operator(key, lang)
        if not operator:
            return name
        return f"{operator}（{name}）" if lang == "zh-CN" else f"{operator} ({name})"

    def title_in(self, title: str, lang: str) -> str:
        """A title the app wrote (in either language) in ``lang``; other text as it is."""
        for other in LANGS:
            for key, text in self.text[other]["title"].items():
                if text == title:
                    return str(self.text[lang]["title"][key])
        return title

    def route_article(self, route: str, lang: str) -> str:
        """A route as the article it rests on: 民法典第一千零二十二条第一款, Civil Code Art. 1022(1)."""
        article = _ROUTE_ARTICLES.get(route)
        if article is None:
            return route
        if lang == "zh-CN":
            return "民法典" + str(self.articles[article]["zh-CN"])
        number = article.removeprefix("cc-").split("-")
        return "Civil Code Art. " + number[0] + "".join(f"({n})" for n in number[1:])


# the article a letter's route rests on (app/services/letters.py decides the route)
_ROUTE_ARTICLES = {
    "1022-1": "cc-1022-1",
    "1022-2": "cc-1022-2",
    "1019": "cc-1019",
    "1195": "cc-1195",
}
# values that are (or carry) text someone typed: printed exactly as typed, never re-spaced
_USER_TEXT = frozenset(
    {"reason", "recipient", "performer", "buyer", "uses", "works", "photos", "channel"}
)
_ISO_DATE = re.compile(r"(?<![0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])")
_ONE_PLURAL = re.compile(r"(?<![0-9.,])(1) (photo|clip|voice sample|item|file|link)s\b")
_ZH_NUMERALS = "一二三四五六七八九十"


_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_SPACE_AFTER_CJK = re.compile(f"(?<=[{_CJK}])[ \t]+(?=[$0-9A-Za-z])")
_SPACE_BEFORE_CJK = re.compile(f"(?<=[0-9A-Za-z}}])[ \t]+(?=[{_CJK}])")


def zh_spacing(text: str) -> str:
    """Chinese text without the spaces around numbers, Latin words and ``$names``."""
    return _SPACE_BEFORE_CJK.sub("", _SPACE_AFTER_CJK.sub("", text))


def _zh_value(value: str) -> str:
    """A value the app made, as Chinese writes it: 2026年11月30日, full-width （）."""
    value = _ISO_DATE.sub(lambda m: format_date(m[0], "zh-CN"), value)
    value = zh_spacing(value.replace(" (", "（").replace("(", "（").replace(")", "）"))
    return value


def _full_width_parens(text: str) -> str:
    """A law's Chinese name with full-width brackets: 《通用数据保护条例》（GDPR）."""
    return re.sub(r"\s*\(([^()]*)\)", r"（\1）", text)


def _number_key(article_id: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", article_id))


def format_date(iso: str, lang: str) -> str:
    """2026-11-30 as a formal letter writes it: 2026年11月30日 in Chinese, as is in English."""
    m = _ISO_DATE.fullmatch(iso or "")
    if lang != "zh-CN" or m is None:
        return iso
    return f"{int(m[1])}年{int(m[2])}月{int(m[3])}日"


def annex_label(number: int, lang: str) -> str:
    """附件一 / Annex 1."""
    if lang == "zh-CN":
        if 1 <= number <= 10:
            word = _ZH_NUMERALS[number - 1]
        elif number < 20:
            word = "十" + _ZH_NUMERALS[number - 11]
        else:
            word = str(number)
        return "附件" + word
    return f"Annex {number}"


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
    # annexes after the cited law (附件一) and the photo list (附件二): screenshots, proof of
    # identity, proof the licence ended; numbered by the renderer in this order
    annexes: list[Annex] = field(default_factory=list)
    # the photo table's date column heading when it is not the capture date (letters to a
    # buyer show the handover date: 交付日期 / Handed over)
    photo_date_heading: str = ""


@dataclass(frozen=True)
class AnnexImage:
    """A picture in an annex, from memory (JPEG), with a caption (what it is, when taken)."""

    caption: str
    jpeg: bytes | None
    # a side-by-side comparison: the vault's original matched to this screenshot
    beside: bytes | None = None
    beside_caption: str = ""


@dataclass(frozen=True)
class Annex:
    """One annex of a notice: a title, lines of text, pictures."""

    title: str
    lines: list[str] = field(default_factory=list)
    images: list[AnnexImage] = field(default_factory=list)
    rows: list[tuple[str, str]] = field(default_factory=list)  # label/value, after the lines


def annex_numbers(
    has_citations: bool, has_photos: bool, extra: int = 0
) -> tuple[int, int, list[int]]:
    """(number of the cited-law annex, of the photo list, of each extra annex); 0 = none.

    The order is the renderer's: cited law, photo list, then the extra annexes."""
    n = 0
    law = photos = 0
    if has_citations:
        n += 1
        law = n
    if has_photos:
        n += 1
        photos = n
    return law, photos, [n + i for i in range(1, extra + 1)]


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


def _annex_heading(number: int, title: str, lang: str) -> str:
    colon = "：" if lang == "zh-CN" else ": "
    return f"{annex_label(number, lang)}{colon}{title}"


def _annex_flowables(annex: Annex, lang: str) -> list[Flowable]:
    st = pdf.styles(lang)
    out: list[Flowable] = [pdf.para(line, st["body"]) for line in annex.lines if line]
    if annex.rows:
        out.append(pdf.key_value_table(annex.rows, lang))
    width = pdf.frame_width()
    for image in annex.images:
        if image.beside_caption:  # screenshot | matched original, side by side
            half = width / 2 - 4
            cells = []
            for data, caption in (
                (image.jpeg, image.caption),
                (image.beside, image.beside_caption),
            ):
                picture = pdf.thumbnail_flowable(data, half - 8)
                if isinstance(picture, str):
                    picture = pdf.para(picture, st["body"])
                cells.append([picture, pdf.para(caption, st["small"])])
            table = Table([cells], colWidths=[half, half])
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                        ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.HexColor("#999999")),
                    ]
                )
            )
            out.append(KeepTogether([Spacer(1, 2 * mm), table]))
            continue
        picture = pdf.thumbnail_flowable(image.jpeg, width * 0.62)
        if isinstance(picture, str):
            picture = pdf.para(picture, st["body"])
        out.append(KeepTogether([Spacer(1, 2 * mm), picture, pdf.para(image.caption, st["small"])]))
    return out


def _signature(doc: LetterDocument) -> list[Flowable]:
    data = legal_data()
    lang = doc.lang
    st = pdf.styles(lang)
    sign_date = format_date(doc.sign_date, lang)
    if lang == "zh-CN":  # 落款: right-aligned, the signer, the date
        right = ParagraphStyle("sign", parent=st["body"], alignment=TA_RIGHT)
        return [
            Spacer(1, 8 * mm),
            pdf.para(data.label("signature", lang), right),
            Spacer(1, 8 * mm),
            pdf.para(doc.signature_name, right),
            pdf.para(sign_date, right),
        ]
    return [
        Spacer(1, 6 * mm),
        pdf.para(f"{data.label('signature', lang)}  ____________________", st["body"]),
        pdf.para(doc.signature_name, st["body"]),
        pdf.para(f"{data.label('sign_date', lang)}  {sign_date}", st["body"]),
    ]


def render_letter(doc: LetterDocument) -> bytes:
    """The letter as PDF bytes (A4, embedded font, page numbers, deterministic)."""
    data = legal_data()
    st = pdf.styles(doc.lang)
    lang = doc.lang
    meta_rows = [(k, format_date(v, lang)) for k, v in doc.meta_rows]
    story: list[Flowable] = [
        pdf.para(doc.title, st["title"]),
        pdf.key_value_table(meta_rows, lang),
        Spacer(1, 5 * mm),
    ]
    if doc.urls:
        story += [pdf.para(data.label("urls", lang), st["h2"]), _url_table(doc.urls, lang)]
        story.append(Spacer(1, 4 * mm))
    story += _body_flowables(doc.body, lang)
    story.append(KeepTogether(_signature(doc)))
    law_no, photos_no, extra_no = annex_numbers(
        bool(doc.citations), bool(doc.photos), len(doc.annexes)
    )
    if doc.citations:
        story += [
            Spacer(1, 4 * mm),
            pdf.para(_annex_heading(law_no, data.label("law", lang), lang), st["h2"]),
            *_citation_list(doc.citations, lang),
        ]
    if doc.photos:
        rows = [dataclasses.replace(r, date=format_date(r.date, lang)) for r in doc.photos]
        story += [
            Spacer(1, 3 * mm),
            pdf.para(_annex_heading(photos_no, data.label("photos", lang), lang), st["h2"]),
            pdf.photo_table(rows, lang, date_heading=doc.photo_date_heading or None),
        ]
    for number, annex in zip(extra_no, doc.annexes, strict=True):
        story += [
            Spacer(1, 3 * mm),
            pdf.para(_annex_heading(number, annex.title, lang), st["h2"]),
            *_annex_flowables(annex, lang),
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
