"""report.pdf of an evidence bundle: the case in a form a platform, a lawyer or a court reads.

Built on the shared blocks of ``app/documents/pdf.py`` (embedded font, escaping of every user
string, A4 pages numbered "N of M", photo table, invariant output). The input is plain data the
evidence service gathered (``EvidenceReportInput``); nothing here reads the vault.

Pages: cover (who, which case, when generated, key fingerprint, what the bundle proves and
what it does not), timeline, buyers and deals (terms verbatim), photos (thumbnail, original
name, import time, SHA-256), attachments with hashes, sightings beside the matched photos,
letters and revocation history, items that could not be read, appendix (every hash and how to
verify). The generated-at time is printed on the cover and nowhere else.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents import pdf
from app.documents.letters import legal_data
from app.domain import payment as payment_terms
from app.domain.models import Attachment, Buyer, Deal, Letter, MediaItem, Performer, Sighting
from app.errors import fill


@dataclass
class EvidenceReportInput:
    lang: str
    title: str  # the case: a buyer's name or a sighting's title
    performer: Performer  # already stripped of what the performer chose to leave out
    buyers: list[Buyer]
    deals: list[Deal]
    media: list[MediaItem]
    attachments: list[Attachment]
    attachment_roles: dict[str, list[str]]
    sightings: list[Sighting]
    letters: list[Letter]
    files: dict[str, Any]  # record id -> app.services.evidence.FileEntry
    thumbnails: dict[str, bytes | None]
    previews: dict[str, bytes]  # attachment id -> JPEG preview (sighting screenshots)
    missing_records: list[str]  # app.errors.Message values: see ``sentence``
    key_fingerprint: str
    generated_at: datetime  # aware, UTC
    options: Any  # app.services.evidence.EvidenceOptions
    withheld: str = ""  # the ID number, blacked out wherever a text quotes it
    # sighting id -> the delivery copies its screenshots show (app/services/delivery.py)
    delivered: dict[str, list[Any]] = field(default_factory=dict)


LONG_VALUE = 600  # characters; longer values leave the table (see _Builder.kv)
LONG_LINES = 12


COMMANDS = (
    "sha256sum -c SHA256SUMS",
    "openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in SHA256SUMS "
    "-sigfile SHA256SUMS.sig",
)


class _Builder:
    def __init__(self, data: EvidenceReportInput) -> None:
        self.d = data
        self.lang = data.lang
        # the words are data: resources/templates/report.<lang>.toml ([report])
        self.words: dict[str, str] = legal_data().text[data.lang]["report"]
        self.st = pdf.styles(data.lang)
        self.width = pdf.frame_width()
        self.buyers = {b.id: b for b in data.buyers}
        self.media = {m.id: m for m in data.media}
        self.attachments = {a.id: a for a in data.attachments}
        self.sep = "、" if data.lang == "zh-CN" else ", "
        # a heading never ends a page alone
        self.heading = ParagraphStyle("h2-keep", parent=self.st["h2"], keepWithNext=1)
        self.subheading = ParagraphStyle("body-keep", parent=self.st["body"], keepWithNext=1)
        mono = self.st["mono"]
        self.hash_width = pdfmetrics.stringWidth("0" * 32, mono.fontName, mono.fontSize) + 14

    # helpers
    def w(self, key: str, **kw: Any) -> str:
        text = self.words[key]
        return string.Template(text).substitute(kw) if kw else text

    def sentence(self, message: str) -> str:
        """A sentence the export found (an ``app.errors.Message``: English template and
        parameters) in the report's language: from the language's ``[report_sentences]``
        table, else as it is in an English report, else "" (a Chinese report prints no
        English sentence; the status beside it says what is wrong)."""
        template = getattr(message, "template", None)
        table: dict[str, str] = legal_data().text[self.d.lang].get("report_sentences", {})
        if template is not None and template in table:
            return fill(table[template], getattr(message, "params", {}))
        return str(message) if self.d.lang == "en" else ""

    def text(self, value: str) -> str:
        """User text with the withheld ID number blacked out."""
        if self.d.withheld and value:
            return value.replace(self.d.withheld, self.w("withheld"))
        return value

    def choice(self, value: str) -> str:
        return self.words.get(value, value) if value in ("yes", "no", "unstated") else value

    def enum(self, prefix: str, value: str) -> str:
        return self.words.get(f"{prefix}_{value}", value)

    def h(self, key: str) -> Paragraph:
        return pdf.para(self.w(key), self.heading)

    def payment(self, deal: Deal) -> str:
        """How and when the price is paid (app/domain/payment.py), or "not stated"."""
        if (
            deal.payment == payment_terms.UNSTATED
            or deal.payment not in payment_terms.PAYMENT_KINDS
        ):
            return self.w("unstated")
        return self.w(
            f"payment_{deal.payment}",
            days=deal.payment_days,
            date=deal.payment_date,
            text=deal.payment_text.strip(),
        )

    def kv(self, pairs: Sequence[tuple[str, str]]) -> list[Flowable]:
        """Label/value rows; a value too long for one table row (a table row cannot break
        across pages) follows the table as its own paragraph, which can."""
        if not self.d.options.include_notes:  # the performer's own notes stay private
            pairs = [(k, v) for k, v in pairs if k != "notes"]
        rows: list[tuple[str, str]] = []
        long: list[Flowable] = []
        for key, value in pairs:
            text = self.text(value)
            if len(text) > LONG_VALUE or text.count("\n") > LONG_LINES:
                rows.append((self.w(key), self.w("below")))
                long += [
                    pdf.para(
                        self.w(key), ParagraphStyle("k", parent=self.st["small"], keepWithNext=1)
                    ),
                    pdf.para(text, self.st["body"]),
                ]
            else:
                rows.append((self.w(key), text))
        table = pdf.key_value_table(rows, self.lang, width=self.width)
        return [table, *long]

    def buyer_name(self, buyer_id: str) -> str:
        buyer = self.buyers.get(buyer_id)
        return buyer.name if buyer else buyer_id

    def term(self, deal: Deal) -> str:
        if deal.term == "until":
            return self.w("until", date=deal.term_until)
        return self.w(deal.term) if deal.term in ("unlimited", "unstated") else deal.term

    def status(self, record_id: str) -> str:
        entry = self.d.files.get(record_id)
        if entry is None:
            return ""
        label = self.w(f"status_{entry.status}")
        return f"{entry.entry} · {label}" if entry.entry else label

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("FONT", (0, 0), (-1, -1), pdf.FONT, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
        table.setStyle(TableStyle(style))
        return table

    def cell(self, value: str) -> Paragraph:
        return pdf.para(self.text(value) or "—", self.st["cell"])

    def mono(self, value: str) -> Paragraph:
        digest = "".join(c for c in value.lower() if c in "0123456789abcdef")
        halves = "<br/>".join(digest[i : i + 32] for i in range(0, len(digest), 32))
        return Paragraph(halves or "—", self.st["mono"])

    # sections
    def date_range(self) -> str:
        dates = [d.date for d in self.d.deals]
        dates += [s.seen_on for s in self.d.sightings if s.seen_on]
        for letter in self.d.letters:
            dates += [letter.created_at[:10], letter.sent_on]
        dates = sorted(x for x in dates if x)
        return f"{dates[0]} — {dates[-1]}" if dates else "—"

    def cover(self) -> list[Flowable]:
        d, p = self.d, self.d.performer
        moment = d.generated_at
        local = moment.astimezone()
        offset = local.strftime("%z")
        local_text = f"{local:%Y-%m-%d %H:%M:%S} (UTC{offset[:3]}:{offset[3:]})"
        pairs = [("performer", p.display_name)]
        if p.stage_names:
            pairs.append(("stage_names", self.sep.join(p.stage_names)))
        for key in ("legal_name", "id_number", "email", "phone", "address"):
            if getattr(p, key):
                pairs.append((key, getattr(p, key)))
        left_out = self.left_out()
        problems = [f for f in d.files.values() if f.status in ("missing", "damaged", "mismatch")]
        pairs += [
            ("case", d.title),
            ("buyers", self.sep.join(b.name for b in d.buyers) or "—"),
            ("date_range", self.date_range()),
            ("generated_utc", f"{moment:%Y-%m-%d %H:%M:%S} UTC"),
            ("generated_local", local_text),
            ("fingerprint", d.key_fingerprint),
            (
                "contents",
                self.w(
                    "contents_value",
                    media=len(d.media),
                    atts=len(d.attachments),
                    deals=len(d.deals),
                    sightings=len(d.sightings),
                    letters=len(d.letters),
                ),
            ),
            ("left_out", self.sep.join(left_out) if left_out else self.w("none")),
            (
                "problems_count",
                str(len(problems) + len(d.missing_records))
                if problems or d.missing_records
                else self.w("none"),
            ),
        ]
        story: list[Flowable] = [
            pdf.para(self.w("doc_title"), self.st["title"]),
            pdf.para(self.w("subtitle"), self.st["small"]),
            Spacer(1, 4 * mm),
            *self.kv(pairs),
            Spacer(1, 4 * mm),
            self.h("proves_h"),
            pdf.para(self.w("proves"), self.st["body"]),
            pdf.para(self.w("not_proves"), self.st["body"]),
            self.h("verify_h"),
            pdf.para(self.w("verify_intro"), self.st["body"]),
        ]
        story += [pdf.para(c, self.st["mono"]) for c in COMMANDS]
        return story

    def left_out(self) -> list[str]:
        o = self.d.options
        zh = self.lang == "zh-CN"
        parts = [
            (not o.include_originals, "原件字节" if zh else "original bytes"),
            (not o.include_attachments, "附件文件" if zh else "attachment files"),
            (not o.include_sightings, "发现记录" if zh else "sightings"),
            (not o.include_letters, "函件" if zh else "letters"),
            (not o.include_notes, "备注" if zh else "notes"),
            (not o.include_identity, "真实姓名与联系方式" if zh else "legal name and contact"),
            (not o.include_id_number, "身份证件号码" if zh else "ID number"),
        ]
        return [label for off, label in parts if off]

    def timeline(self) -> list[Flowable]:
        events: list[tuple[str, int, str]] = []
        for deal in self.d.deals:
            n = len(deal.media_ids)
            key = "ev_deal_one" if n == 1 else "ev_deal"
            text = self.w(key, buyer=self.buyer_name(deal.buyer_id), n=n)
            events.append((deal.date, 0, text))
        for att in self.d.attachments:
            roles = self.d.attachment_roles.get(att.id, [])
            key = "ev_reply" if roles == ["reply"] else "ev_attachment"
            events.append((att.added_at[:10], 1, self.w(key, name=att.name)))
        for s in self.d.sightings:
            events.append((s.seen_on, 2, self.w("ev_sighting", title=s.title or s.url)))
        for letter in self.d.letters:
            kind = self.enum("letter", letter.kind)
            to = self.buyer_name(letter.recipient)
            events.append(
                (letter.created_at[:10], 3, self.w("ev_letter_created", kind=kind, to=to))
            )
            if letter.sent_on:
                events.append((letter.sent_on, 4, self.w("ev_letter_sent", kind=kind, to=to)))
            if letter.deadline:
                events.append((letter.deadline, 5, self.w("ev_letter_deadline", kind=kind, to=to)))
        events.sort(key=lambda e: (e[0] or "9999", e[1], e[2]))
        rows: list[list[Any]] = [[self.cell(self.w("date")), self.cell(self.w("event"))]]
        rows += [[self.cell(day), self.cell(text)] for day, _, text in events]
        return [self.h("timeline_h"), self.table(rows, [28 * mm, self.width - 28 * mm])]

    def buyers_and_deals(self) -> list[Flowable]:
        story: list[Flowable] = [self.h("buyers_h")]
        for b in self.d.buyers:
            story.append(
                KeepTogether(
                    [
                        *self.kv(
                            [
                                ("name", b.name),
                                ("platform", self.enum("pf", b.platform)),
                                ("platform_user_id", b.platform_user_id),
                                ("order_numbers", self.sep.join(b.order_numbers)),
                                ("contact", b.contact),
                                ("real_name", b.real_name),
                                ("company", b.company),
                                ("country", b.country),
                                ("notes", b.notes),
                            ]
                        ),
                        Spacer(1, 3 * mm),
                    ]
                )
            )
        story.append(self.h("deals_h"))
        for number, deal in enumerate(self.d.deals, start=1):
            names = [self.media[m].name if m in self.media else m for m in deal.media_ids]
            atts = [
                self.attachments[a].name if a in self.attachments else a
                for a in deal.attachment_ids
            ]
            price = f"{deal.price} {deal.currency}" if deal.price else self.w("unstated")
            story.append(pdf.para(self.w("deal_n", n=number), self.subheading))
            story.extend(
                self.kv(
                    [
                        ("deal_date", deal.date),
                        ("buyer", self.buyer_name(deal.buyer_id)),
                        ("delivered", f"{len(names)}: " + self.sep.join(names)),
                        ("price", price),
                        ("payment", self.payment(deal)),
                        (
                            "uses",
                            legal_data().uses(deal.uses, deal.uses_other, self.lang)
                            or self.w("unstated"),
                        ),
                        ("ai_training", self.choice(deal.ai_training)),
                        ("resale", self.choice(deal.resale)),
                        ("territory", deal.territory or self.w("unstated")),
                        ("term", self.term(deal)),
                        ("exclusive", self.choice(deal.exclusive)),
                        ("order_no", deal.order_no),
                        ("attachments", self.sep.join(atts)),
                        ("notes", deal.notes),
                        ("recorded_at", deal.created_at),
                    ]
                )
            )
            story.append(Spacer(1, 3 * mm))
        return story

    def photos(self) -> list[Flowable]:
        rows = []
        for m in self.d.media:
            note = f"{self.enum('kind', m.kind)} · {m.size:,} B"
            if m.set_name:
                note += f" · {m.set_name}"
            note += f"\n{self.status(m.id)}"
            rows.append(
                pdf.PhotoRow(
                    name=m.name,
                    date=m.imported_at.replace("T", " ").replace("Z", ""),
                    sha256=m.sha256,
                    thumbnail_jpeg=self.d.thumbnails.get(m.id),
                    note=note,
                )
            )
        story: list[Flowable] = [
            self.h("photos_h"),
            pdf.para(self.w("photos_intro"), self.st["small"]),
        ]
        if rows:
            story.append(pdf.photo_table(rows, self.lang, width=self.width))
        return story

    def attachment_table(self) -> list[Flowable]:
        if not self.d.attachments:
            return []
        heads = ["att_name", "att_kind", "added_at", "status", "SHA-256"]
        rows: list[list[Any]] = [
            [self.cell(self.words.get(h, h)) for h in heads],
        ]
        for a in self.d.attachments:
            roles = ", ".join(self.enum("role", r) for r in self.d.attachment_roles.get(a.id, []))
            rows.append(
                [
                    self.cell(a.name),
                    self.cell(f"{self.enum('att', a.kind)} ({roles})"),
                    self.cell(a.added_at.replace("T", " ").replace("Z", "")),
                    self.cell(self.status(a.id)),
                    self.mono(a.sha256),
                ]
            )
        hash_w = self.hash_width
        rest = self.width - hash_w
        widths = [rest * 0.30, rest * 0.22, rest * 0.18, rest * 0.30, hash_w]
        return [self.h("attachments_h"), self.table(rows, widths)]

    def sightings(self) -> list[Flowable]:
        if not self.d.sightings:
            return []
        story: list[Flowable] = [self.h("sightings_h")]
        half = self.width / 2
        for s in self.d.sightings:
            facts = self.kv(
                [
                    ("url", s.url),
                    ("platform", self.enum("pf", s.platform)),
                    ("title", s.title),
                    ("seen_on", s.seen_on),
                    ("traced_to", self.sep.join(self.buyer_name(b) for b in s.buyer_ids)),
                    *self.delivered_copies(s.id),
                    ("notes", s.notes),
                ]
            )
            box = min(half - 12 * mm, 62 * mm)
            shots = self.pictures(s.attachment_ids, self.attachments, self.d.previews, box)
            matched = self.pictures(s.media_ids, self.media, self.d.thumbnails, box)
            rows: list[list[Any]] = [
                [self.cell(self.w("screenshot")), self.cell(self.w("matched"))]
            ]
            # one row per screenshot/photo pair: a table row cannot break across pages
            for number in range(max(len(shots), len(matched), 1)):
                left = shots[number] if number < len(shots) else ""
                right = matched[number] if number < len(matched) else ""
                if number == 0 and not shots:
                    left = self.cell(self.w("no_screenshot"))
                if number == 0 and not matched:
                    right = self.cell("—")
                rows.append([left, right])
            pair = self.table(rows, [half, half])
            if sum(len(x) for x in (s.url, s.title, s.notes)) < LONG_VALUE:
                story += [KeepTogether([*facts, Spacer(1, 2 * mm), pair]), Spacer(1, 5 * mm)]
            else:  # too long to keep on one page: let it flow
                story += [*facts, Spacer(1, 2 * mm), pair, Spacer(1, 5 * mm)]
        return story

    def delivered_copies(self, sighting_id: str) -> list[tuple[str, str]]:
        """The row naming the delivery copies a sighting's screenshots show (none: no row)."""
        lines = [
            self.w(
                "delivered_copy_line",
                photo=f.item_name,
                buyer=f.buyer_name,
                date=f.deal_date,
                code=f.copy.code,
                confidence=f"{f.copy.confidence:.2f}",
            )
            for f in self.d.delivered.get(sighting_id, [])
        ]
        return [("delivered_copy", "\n".join(lines))] if lines else []

    def pictures(
        self,
        ids: Sequence[str],
        records: Mapping[str, Attachment | MediaItem],
        images: Mapping[str, bytes | None],
        box: float,
    ) -> list[list[Any]]:
        """[picture, name, SHA-256] for each of ``ids`` that is in ``records``, in order."""
        rows: list[list[Any]] = []
        for key in ids:
            found = records.get(key)
            if found is not None:
                picture = pdf.thumbnail_flowable(images.get(key), box)
                rows.append([picture, self.cell(found.name), self.mono(found.sha256)])
        return rows

    def letters(self) -> list[Flowable]:
        if not self.d.letters:
            return []
        story: list[Flowable] = [self.h("letters_h")]
        for letter in self.d.letters:
            replies = [
                f"{self.attachments[a].name} ({self.attachments[a].sha256[:16]}…)"
                for a in letter.reply_attachment_ids
                if a in self.attachments
            ]
            pairs = [
                ("kind", self.enum("letter", letter.kind)),
                ("recipient", self.buyer_name(letter.recipient)),
                ("route", legal_data().route_article(letter.route, self.lang)),
                ("created", letter.created_at),
                ("sent_on", letter.sent_on),
                ("channel", letter.channel),
                ("deadline", letter.deadline),
                ("status", self.enum("st", letter.status)),
                ("replies", self.sep.join(replies)),
                ("notes", letter.notes),
            ]
            if letter.body:
                pairs.append(("body", letter.body))
            story += [*self.kv(pairs), Spacer(1, 4 * mm)]
        return story

    def problems(self) -> list[Flowable]:
        bad = [f for f in self.d.files.values() if f.status in ("missing", "damaged", "mismatch")]
        if not bad and not self.d.missing_records:
            return []
        rows: list[list[Any]] = [
            [self.cell(self.w("att_name")), self.cell(self.w("status")), self.cell("SHA-256")]
        ]
        for f in bad:
            rows.append(
                [
                    self.cell(f.name),
                    self.cell(
                        "\n".join(
                            p for p in (self.enum("status", f.status), self.sentence(f.detail)) if p
                        )
                    ),
                    self.mono(f.sha256),
                ]
            )
        for message in self.d.missing_records:
            said = self.sentence(message) or self.w("problems_count")
            rows.append([self.cell("—"), self.cell(said), self.cell("—")])
        hash_w = self.hash_width
        rest = self.width - hash_w
        return [
            self.h("problems_h"),
            pdf.para(self.w("problems_intro"), self.st["body"]),
            self.table(rows, [rest * 0.35, rest * 0.65, hash_w]),
        ]

    def appendix(self) -> list[Flowable]:
        rows: list[list[Any]] = [[self.cell(self.w("path")), self.cell("SHA-256")]]
        entries = sorted(self.d.files.values(), key=lambda f: (f.entry == "", f.entry, f.name))
        for f in entries:
            where = f.entry or f"{f.name} ({self.w('status_' + f.status)})"
            rows.append([self.cell(where), self.mono(f.sha256)])
        hash_w = self.hash_width
        story: list[Flowable] = [
            self.h("appendix_h"),
            pdf.para(self.w("appendix_intro"), self.st["body"]),
            self.table(rows, [self.width - hash_w, hash_w]),
            Spacer(1, 4 * mm),
            self.h("verify_h"),
        ]
        story += [pdf.para(c, self.st["mono"]) for c in COMMANDS]
        story += [
            Spacer(1, 2 * mm),
            pdf.para(self.w("appendix_verify"), self.st["body"]),
            pdf.para(f"{self.w('fingerprint')}: {self.d.key_fingerprint}", self.st["body"]),
            pdf.para(self.w("timestamp_note"), self.st["note"]),
        ]
        return story

    def story(self) -> list[Flowable]:
        story = self.cover()
        for part, new_page in (
            (self.timeline(), True),
            (self.buyers_and_deals(), True),
            (self.photos(), True),
            (self.attachment_table(), False),
            (self.sightings(), True),
            (self.letters(), False),
            (self.problems(), False),
            (self.appendix(), True),
        ):
            if part:
                story += [PageBreak() if new_page else CondPageBreak(40 * mm), *part]
        return story


def render(data: EvidenceReportInput) -> bytes:
    """The report PDF bytes (A4, embedded font, invariant apart from ``generated_at``)."""
    builder = _Builder(data)
    header_text = pdf.clip(builder.w("header", title=data.title), 80)

    def header(canvas: Any, _doc: Any) -> None:
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(20 * mm, pdf.PAGE_HEIGHT - 12 * mm, header_text)

    meta = pdf.DocumentMeta(
        title=pdf.clip(f"{builder.w('doc_title')} · {data.title}", 120),  # no bidi controls
        author=pdf.clip(data.performer.display_name, 120),
        subject=builder.w("subtitle"),
        lang=data.lang,
        created=data.generated_at,
    )
    return pdf.render(builder.story(), meta, header=header)
