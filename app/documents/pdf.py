"""Shared building blocks for every PDF the app writes (letters, notices, evidence report).

Rules this module enforces, so that documents built on it need not think about them:

* One embedded TrueType CJK font for everything (WenQuanYi Micro Hei, ``resources/fonts``,
  subfont 0; its Mono sister, subfont 1 of the same file, for hashes). The canvas starts in
  that font (``initialFontName``), so no unembedded Helvetica is ever declared: ``pdffonts``
  lists only ``LVSans``/``LVMono`` subsets, all embedded.
* Every user string goes through :func:`safe` (or :func:`para`, which calls it) before it
  reaches a ``Paragraph``: markup is escaped (``<img src=...>`` stays text and pulls in no
  file), bidi and other control characters are dropped, characters the font cannot draw are
  replaced by U+FFFD, and the styles split over-long words so nothing overflows the frame.
* Output is deterministic: reportlab ``invariant=1``, the creation date is the one passed in
  (:class:`DocumentMeta`), ASCII85 is off (``rl_config.useA85 = 0``: 7x faster with images).
* Rendering happens in memory (:func:`render` returns ``bytes``); nothing touches the disk.

API (everything else here is private):

``register_fonts() -> None``
    Idempotent; registers ``FONT`` ("LVSans") and ``MONO_FONT`` ("LVMono") and maps
    bold/italic of both to themselves, so ``<b>`` never switches to a base-14 font.
``safe(text) -> str``
    User text -> Paragraph markup (escaped; newlines become ``<br/>``).
``styles(lang) -> dict[str, ParagraphStyle]``
    Keys: ``title``, ``h2``, ``body``, ``small``, ``cell``, ``mono``, ``note``. ``lang``
    "zh-CN" uses CJK line breaking, "en" Latin word wrap (both split over-long words).
``para(text, style) -> Paragraph``
    ``Paragraph(safe(text), style)``. Use ``Paragraph(markup, style)`` directly only for
    markup you composed yourself from ``safe()``-d parts.
``DocumentMeta(title, author="", subject="", lang="zh-CN", created=None)``
    ``created`` is a ``datetime`` (UTC if naive); ``None`` means 2000-01-01 (invariant).
``render(story, meta, *, header=None, margins_mm=(20, 20, 22, 20)) -> bytes``
    Builds an A4 PDF from flowables. ``header(canvas, doc)`` is called on every page before
    the content (letterhead hook; draw with ``FONT`` and clip strings with :func:`clip`).
    The footer "第N页/共M页" (zh-CN) or "Page N of M" (en) is drawn on every page.
``PhotoRow(name, date, sha256, thumbnail_jpeg=None, note="")`` and
``photo_table(rows, lang, *, width=None, thumb_mm=20) -> Table``
    A table of covered photos: thumbnail (from in-memory JPEG bytes), name (+ note), date,
    SHA-256 in the monospace font, 32 hex digits per line (so text extraction gives the hash
    split in two halves: strip whitespace before searching for it).
``thumbnail_flowable(jpeg_bytes, box) -> Flowable | str``
    A picture from memory scaled into a ``box``-point square, or "—" when it is unreadable.
``key_value_table(pairs, lang, *, width=None) -> Table``
    Two columns, label and value, both escaped.
Process-wide settings made by ``register_fonts`` (so every document gets them): tables you
build yourself inherit ``FONT`` as their cell font, and Chinese line breaking never starts a
line with a full-width comma, colon, semicolon, ?, ! or closing quote (reportlab's own list
lacks them).
``footer_text(page, total, lang) -> str`` and ``clip(text, max_chars) -> str``
    Small helpers, also used by tests.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.tables import CellStyle

from app.paths import resource_path

# ASCII85 encoding of image streams is the slow part of a PDF with thumbnails (2.28 s vs
# 0.32 s for 100 rows); Flate alone is smaller and every reader supports it.
rl_config.useA85 = 0

FONT = "LVSans"
MONO_FONT = "LVMono"
FONT_FILE = ("fonts", "wqy-microhei.ttc")  # under the resources folder (app/paths.py)
PAGE_WIDTH, PAGE_HEIGHT = A4

_lock = threading.Lock()
_registered = False
_covered: frozenset[int] = frozenset()

# Bidi embeddings/overrides/isolates and marks: they reorder what a reader sees.
_BIDI = {0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def register_fonts() -> None:
    """Register the embedded fonts once per process (thread-safe, about 0.25 s)."""
    global _registered, _covered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        font_file = str(resource_path(*FONT_FILE))
        sans = TTFont(FONT, font_file, subfontIndex=0)
        mono = TTFont(MONO_FONT, font_file, subfontIndex=1)
        for font in (sans, mono):
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(
                font.fontName,
                normal=font.fontName,
                bold=font.fontName,
                italic=font.fontName,
                boldItalic=font.fontName,
            )
        _covered = frozenset(sans.face.charToGlyph)
        # A Table cell without an explicit FONT command would set base-14 Helvetica (declared,
        # never embedded) even when it holds only Paragraphs: make our font the cell default.
        CellStyle.fontname = FONT
        # reportlab's kinsoku list lacks the full-width comma, colon, semicolon, question and
        # exclamation marks and closing quotes/brackets of Chinese: add them so that no line
        # starts with "，" (they hang in the margin instead, as in Chinese typesetting).
        extra = "，：；？！》〉”’"
        for module in (rl_paragraph, rl_textsplit):  # multi-fragment and single-fragment paths
            if not set(extra) <= set(module.ALL_CANNOT_START):
                module.ALL_CANNOT_START += extra
        _registered = True


def _clean(text: str) -> str:
    """Drop control and bidi characters, keep newlines/tabs, replace undrawable characters."""
    register_fonts()
    out: list[str] = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        code = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif code in _BIDI or unicodedata.category(ch) in ("Cc", "Cs"):
            continue
        elif unicodedata.category(ch) == "Cf":
            continue  # zero-width joiners, BOMs, variation controls: invisible anyway
        elif code not in _covered:
            out.append("\ufffd" if 0xFFFD in _covered else "?")
        else:
            out.append(ch)
    return "".join(out)


def safe(text: str) -> str:
    """Turn any user string into Paragraph markup that shows exactly that text."""
    cleaned = _clean(text).replace("\t", "    ")
    return "<br/>".join(escape(line) for line in cleaned.split("\n"))


def clip(text: str, max_chars: int) -> str:
    """Cleaned plain text (for canvas.drawString) cut to ``max_chars`` with an ellipsis."""
    cleaned = " ".join(_clean(text).split())
    return cleaned if len(cleaned) <= max_chars else cleaned[: max_chars - 1] + "…"


def styles(lang: str = "zh-CN") -> dict[str, ParagraphStyle]:
    register_fonts()
    wrap = "CJK" if lang.lower().startswith("zh") else None
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10.5,
        leading=16,
        wordWrap=wrap,
        splitLongWords=1,
        spaceAfter=5,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": derive("title", fontSize=17, leading=24, alignment=1, spaceAfter=10),
        "h2": derive("h2", fontSize=12, leading=17, spaceBefore=6, spaceAfter=4, keepWithNext=1),
        "small": derive("small", fontSize=8.5, leading=12, textColor=colors.HexColor("#444444")),
        "note": derive(
            "note", fontSize=8.5, leading=12, textColor=colors.HexColor("#555555"), spaceBefore=6
        ),
        "cell": derive("cell", fontSize=8.5, leading=11.5, spaceAfter=0),
        "mono": derive(
            "mono", fontName=MONO_FONT, fontSize=7.5, leading=10, spaceAfter=0, wordWrap=None
        ),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(safe(text), style)


def footer_text(page: int, total: int, lang: str) -> str:
    if lang.lower().startswith("zh"):
        return f"第{page}页/共{total}页"  # no spaces around numbers in Chinese
    return f"Page {page} of {total}"


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    author: str = ""
    subject: str = ""
    lang: str = "zh-CN"
    created: datetime | None = None  # None: 2000-01-01T00:00:00Z (reportlab's invariant)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Defers each page until the end so the footer can say "of M" (one layout pass)."""

    def __init__(self, *args: Any, footer_lang: str = "zh-CN", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_lang = footer_lang
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, 8.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawCentredString(
                PAGE_WIDTH / 2, 10 * mm, footer_text(number, total, self._footer_lang)
            )
            self.restoreState()
            super().showPage()
        super().save()


class _A4Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        buffer: BytesIO,
        meta: DocumentMeta,
        header: Callable[[Canvas, Any], None] | None,
        margins_mm: tuple[float, float, float, float],
    ) -> None:
        top, right, bottom, left = (m * mm for m in margins_mm)
        super().__init__(
            buffer,
            pagesize=A4,
            topMargin=top,
            rightMargin=right,
            bottomMargin=bottom,
            leftMargin=left,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="Likeness Vault",
            producer="Likeness Vault (reportlab)",
            invariant=1,
            initialFontName=FONT,
            initialFontSize=10,
            lang=meta.lang,
        )
        frame = Frame(left, bottom, self.width, self.height, id="body", showBoundary=0)
        self._header = header
        self._created = meta.created
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])

    def _on_page(self, canvas: Canvas, doc: Any) -> None:
        if self._header is not None:
            canvas.saveState()
            canvas.setFont(FONT, 9)
            self._header(canvas, doc)
            canvas.restoreState()

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = Canvas) -> Canvas:
        canvas = super()._makeCanvas(filename, canvasmaker)
        if self._created is not None:
            stamp = self._created
            stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
            text = stamp.strftime("D:%Y%m%d%H%M%S+00'00'")
            canvas.setDateFormatter(lambda *_parts: text)
        return canvas


def render(
    story: Sequence[Flowable],
    meta: DocumentMeta,
    *,
    header: Callable[[Canvas, Any], None] | None = None,
    margins_mm: tuple[float, float, float, float] = (20, 20, 22, 20),
) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF bytes (nothing is written to disk)."""
    register_fonts()
    buffer = BytesIO()
    doc = _A4Document(buffer, meta, header, margins_mm)

    def maker(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, footer_lang=meta.lang, **kwargs)

    doc.build(list(story), canvasmaker=maker)
    return buffer.getvalue()


def frame_width(margins_mm: tuple[float, float, float, float] = (20, 20, 22, 20)) -> float:
    """Usable width in points for the default margins (for sizing tables)."""
    return float(PAGE_WIDTH - (margins_mm[1] + margins_mm[3]) * mm)


@dataclass(frozen=True)
class PhotoRow:
    name: str
    date: str
    sha256: str
    thumbnail_jpeg: bytes | None = None
    note: str = ""


_HEADINGS = {
    "zh": ("缩略图", "文件名", "日期", "SHA-256"),
    "en": ("Thumbnail", "File name", "Date", "SHA-256"),
}


def _thumbnail(data: bytes | None, box: float) -> Flowable | str:
    if not data:
        return "—"
    try:
        reader = ImageReader(BytesIO(data))
        w, h = reader.getSize()
    except Exception:  # a damaged thumbnail must not stop the document
        return "—"
    scale = min(box / w, box / h)
    # platypus reads the file-like object itself; JPEG bytes are passed through as DCT.
    return Image(BytesIO(data), width=w * scale, height=h * scale)


def thumbnail_flowable(data: bytes | None, box: float) -> Flowable | str:
    """An in-memory JPEG/PNG scaled to fit a ``box`` x ``box`` point square ("—" if unreadable)."""
    return _thumbnail(data, box)


def _hash_markup(sha256: str) -> str:
    digest = "".join(c for c in sha256.lower() if c in "0123456789abcdef")
    return "<br/>".join(digest[i : i + 32] for i in range(0, len(digest), 32)) or "—"


def photo_table(
    rows: Sequence[PhotoRow],
    lang: str,
    *,
    width: float | None = None,
    thumb_mm: float = 20,
    date_heading: str | None = None,
) -> Table:
    """Covered photos: thumbnail, name (and note), date, SHA-256; repeats its header row.

    ``date_heading`` names the date column when it is not the default 日期 / Date."""
    st = styles(lang)
    heads = _HEADINGS["zh" if lang.lower().startswith("zh") else "en"]
    if date_heading:
        heads = (heads[0], heads[1], date_heading, heads[3])
    total = width if width is not None else frame_width()
    thumb_col = thumb_mm * mm + 6
    mono = st["mono"]
    hash_col = pdfmetrics.stringWidth("0" * 32, mono.fontName, mono.fontSize) + 14
    date_col = (28 if lang.lower().startswith("zh") else 22) * mm  # 2026年11月30日
    name_col = total - thumb_col - hash_col - date_col
    data: list[list[Any]] = [[para(h, st["cell"]) for h in heads]]
    for row in rows:
        name = safe(row.name) + (f"<br/><font size=7>{safe(row.note)}</font>" if row.note else "")
        data.append(
            [
                _thumbnail(row.thumbnail_jpeg, thumb_mm * mm),
                Paragraph(name, st["cell"]),
                para(row.date or "—", st["cell"]),
                Paragraph(_hash_markup(row.sha256), st["mono"]),
            ]
        )
    table = Table(data, colWidths=[thumb_col, name_col, date_col, hash_col], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def key_value_table(
    pairs: Sequence[tuple[str, str]], lang: str, *, width: float | None = None
) -> Table:
    """Label/value rows (recipient, dates, identity...), both sides escaped."""
    st = styles(lang)
    total = width if width is not None else frame_width()
    label_col = 38 * mm
    data = [[para(k, st["cell"]), para(v or "—", st["cell"])] for k, v in pairs]
    table = Table(data, colWidths=[label_col, total - label_col])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#444444")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
