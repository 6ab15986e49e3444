"""The shared PDF building blocks: embedded fonts only, escaping, determinism, page numbers."""

from __future__ import annotations

import re
from datetime import datetime
from io import BytesIO

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents import pdf

HOSTILE = '<img src="/etc/passwd"/> & <b>bold</b> A <B \u202eevil\u202c \u2066iso\u2069 😀 '


def _jpeg(color: tuple[int, int, int] = (200, 100, 50)) -> bytes:
    out = BytesIO()
    PILImage.new("RGB", (120, 90), color).save(out, "JPEG")
    return out.getvalue()


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)


def font_report(data: bytes) -> dict[str, bool]:
    """Every font resource in the PDF -> whether it carries an embedded FontFile2."""
    found: dict[str, bool] = {}
    for page in PdfReader(BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            desc = font.get("/FontDescriptor")
            embedded = desc is not None and "/FontFile2" in desc.get_object()
            found[name] = embedded
    return found


def _images(data: bytes) -> int:
    count = 0
    for page in PdfReader(BytesIO(data)).pages:
        xobjects = page["/Resources"].get_object().get("/XObject")
        if xobjects is None:
            continue
        for ref in xobjects.get_object().values():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def test_safe_escapes_markup_and_drops_bidi_controls() -> None:
    out = pdf.safe(HOSTILE + "\nline2\x00\x07")
    assert "<img" not in out and "&lt;img" in out
    assert "&amp;" in out and "&lt;B" in out
    for ch in ("\u202e", "\u202c", "\u2066", "\u2069", "\x00", "\x07"):
        assert ch not in out
    assert out.endswith("<br/>line2")


def test_clip_cuts_with_ellipsis() -> None:
    assert pdf.clip("x" * 10, 5) == "xxxx…"
    assert pdf.clip("a\u202eb", 5) == "ab"


def test_render_embeds_only_the_cjk_font_and_no_helvetica() -> None:
    st = pdf.styles("en")
    data = pdf.render(
        [pdf.para("Hello 你好 123", st["title"]), pdf.para("<b>body</b>", st["body"])],
        pdf.DocumentMeta("t", lang="en"),
        header=lambda canvas, doc: canvas.drawString(50, 800, "Letterhead 肖像"),
    )
    fonts = font_report(data)
    assert fonts, "no font found at all"
    assert all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    assert b"Helvetica" not in data


def test_hostile_strings_render_as_literal_text_and_pull_in_no_file() -> None:
    st = pdf.styles("zh-CN")
    long_name = "名" * 250 + "N" * 250
    story = [
        pdf.para(HOSTILE, st["body"]),
        pdf.para(long_name, st["body"]),
        pdf.key_value_table([("name", HOSTILE)], "zh-CN"),
    ]
    data = pdf.render(story, pdf.DocumentMeta("t"))
    text = _text(data)
    assert '<img src="/etc/passwd"/>' in text
    assert "<b>bold</b>" in text and "A <B" in text
    assert "\u202e" not in text
    assert _images(data) == 0
    flat = re.sub(r"\s+", "", text)
    assert "名" * 250 in flat and "N" * 250 in flat


def test_long_unbroken_strings_wrap_inside_the_frame() -> None:
    width = pdf.frame_width()
    for lang in ("zh-CN", "en"):
        style = pdf.styles(lang)["body"]
        paragraph = pdf.para("W" * 500 + " " + "字" * 300, style)
        paragraph.wrap(width, 10_000)
        lines = paragraph.blPara.lines
        assert len(lines) > 3
        for line in lines:
            words = line[1] if isinstance(line, tuple) else line.words
            text = "".join(words) if words and isinstance(words[0], str) else None
            if text is not None:
                assert stringWidth(text, pdf.FONT, style.fontSize) <= width + 0.5


def test_output_is_deterministic_and_uses_the_given_creation_date() -> None:
    rows = [pdf.PhotoRow("a.jpg", "2025-01-02", "ab" * 32, _jpeg())]
    meta = pdf.DocumentMeta("t", created=datetime(2026, 1, 2, 3, 4, 5))

    def build() -> bytes:
        return pdf.render([pdf.photo_table(rows, "zh-CN")], meta)

    first = build()
    assert first == build()
    assert b"D:20260102030405" in first


def test_footer_numbers_every_page_in_the_document_language() -> None:
    rows = [pdf.PhotoRow(f"p{i}.jpg", "2025-01-02", f"{i:064x}", _jpeg()) for i in range(40)]
    for lang, pattern in (("zh-CN", "第{n}页/共{m}页"), ("en", "Page {n} of {m}")):
        data = pdf.render([pdf.photo_table(rows, lang)], pdf.DocumentMeta("t", lang=lang))
        reader = PdfReader(BytesIO(data))
        total = len(reader.pages)
        assert total >= 2
        for n, page in enumerate(reader.pages, start=1):
            assert pattern.format(n=n, m=total) in (page.extract_text() or "")


def test_photo_table_lists_every_hash_and_thumbnail() -> None:
    rows = [
        pdf.PhotoRow(f"p{i}.jpg", "2025-01-02", f"{i:064x}", _jpeg((40 * i, 90, 20)))
        for i in range(5)
    ]
    rows.append(pdf.PhotoRow("clip.mp4", "", "f" * 64, None))
    rows.append(pdf.PhotoRow("broken.jpg", "", "e" * 64, b"not a jpeg"))
    data = pdf.render([pdf.photo_table(rows, "en")], pdf.DocumentMeta("t", lang="en"))
    flat = re.sub(r"\s+", "", _text(data))
    for row in rows:
        assert row.sha256 in flat
    assert _images(data) == 5  # distinct thumbnails; missing/broken ones show a dash


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_footer_text(lang: str) -> None:
    assert "3" in pdf.footer_text(2, 3, lang)


def test_a_table_without_a_font_command_declares_no_helvetica() -> None:
    from reportlab.platypus import Table

    st = pdf.styles("en")
    data = pdf.render(
        [Table([[pdf.para("cell", st["cell"]), "plain string cell"]])],
        pdf.DocumentMeta("t", lang="en"),
    )
    fonts = font_report(data)
    assert all(fonts.values()) and not any("Helvetica" in n for n in fonts), fonts


def test_no_chinese_line_starts_with_closing_punctuation() -> None:
    style = pdf.styles("zh-CN")["body"]
    starts = set()
    for n in range(1, 40):
        for mark in "，：；？！。":
            paragraph = pdf.para("字" * n + mark + "字" * 60, style)
            paragraph.wrap(200, 10_000)
            for line in paragraph.blPara.lines[1:]:
                words = line[1] if isinstance(line, tuple) else line.words
                text = "".join(w if isinstance(w, str) else getattr(w, "text", "") for w in words)
                starts.add(text[:1])
    assert starts and not starts & set("，：；？！。")
