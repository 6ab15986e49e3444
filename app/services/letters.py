"""Letters to buyers and takedown notices to platforms: compose, render, record, track.

The legal route is decided from the deal (see docs/letters.md):

* the use goes beyond the deal, or the deal's term has ended -> ``1019`` (infringement; no
  revocation needed);
* a term is stated (an end date still to come, or "unlimited") -> ``1022-2`` (a justified
  reason is required, and ending early may cost compensation);
* no term stated -> ``1022-1`` (end at any time with reasonable notice);
* a takedown notice to a platform -> ``1195``.

Grounds add law to a route: ``pipl`` (deletion letters, deals that allowed AI training),
``genai`` (deletion letters), ``gdpr`` (buyer in the EU/EEA), ``deep-synthesis`` (takedowns of
face-swapped content), ``ai-labels`` (asked for), ``dmca`` (takedowns to a US platform, only
when the performer took the photos). The user may add the optional grounds.

A :class:`Composition` holds everything a letter needs in memory (thumbnails included), so the
GUI can re-render its preview off the GUI thread without touching the vault. Records are saved
through ``VaultService.transaction()``; the PDF goes only where the user exports it.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.documents import pdf
from app.documents.letters import (
    TEMPLATES,
    Annex,
    Citation,
    LetterDocument,
    format_date,
    legal_data,
    render_letter,
)
from app.domain.models import (
    LETTER_STATUSES,
    MEDIA_KINDS,
    Buyer,
    Deal,
    Letter,
    MediaItem,
    new_id,
    utc_now,
)
from app.domain.models import TAKEDOWN_PLATFORMS as TAKEDOWN_PLATFORMS  # the CLI uses it
from app.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    NotPossible,
    OutputExists,
    OutputIsFolder,
    WriteFailed,
)
from app.services import manifest, takedowns
from app.services.validation import parse_date
from app.services.vault_service import VaultService
from app.vault.store import AtomicFile, write_failed

BUYER_KINDS = ("revocation", "deletion", "reminder", "escalation")
OPTIONAL_GROUNDS = ("pipl", "genai", "deep-synthesis", "ai-labels")
MAX_REASON = 4000
MAX_URLS = 200


class ReasonRequired(InvalidInput):
    """A fixed-term licence (Civil Code 1022 ¶2) can only be ended for a justified reason."""

    default = QT_TRANSLATE_NOOP(
        "errors",
        "This deal has a stated term that is still running, so ending it (Civil Code "
        "Article 1022(2)) needs a justified reason: please give it (--reason in the CLI), "
        "for example that the photos were used to train an AI model, which the deal did "
        "not allow.",
    )


@dataclass
class Composition:
    """A letter before it is recorded: decided route, default text, photos in memory."""

    letter_id: str
    kind: str
    lang: str
    route: str
    variant: str  # "" | "ended" | "scope" (route 1019)
    grounds: list[str]
    citations: list[Citation]
    explain: str  # one sentence: why this route
    warning_codes: list[str]  # see WARNINGS; shown in the user's language by warnings_in()
    title: str
    recipient: str  # buyer id or platform key
    recipient_label: str
    deadline: str
    today: str
    body: str  # default text; the user may replace it
    meta_rows: list[tuple[str, str]]
    media: list[MediaItem]
    thumbnails: dict[str, bytes | None]
    letterhead: str
    signature_name: str
    reason: str = ""
    include_identity: bool = False
    performer_took_photo: bool = False
    deal_ids: list[str] = field(default_factory=list)
    platform: str = ""
    urls: list[str] = field(default_factory=list)
    follows: str = ""
    handover: dict[str, str] = field(default_factory=dict)  # item id -> the deal's date
    date_heading: str = ""  # the photo table's date column, when it shows ``handover``
    annexes: list[Annex] = field(default_factory=list)  # takedowns: screenshots, ID, proof

    def warnings_in(self, lang: str) -> list[str]:
        return [warning_text(code, lang) for code in self.warning_codes]

    @property
    def warnings(self) -> list[str]:
        """The warnings in the letter's language."""
        return self.warnings_in(self.lang)

    @property
    def reference(self) -> str:
        return "LV-" + self.letter_id[:8].upper()

    def document(self, body: str | None = None) -> LetterDocument:
        rows = [
            pdf.PhotoRow(
                m.name,
                self.handover.get(m.id) or (m.captured_at or m.imported_at)[:10],
                m.sha256,
                self.thumbnails.get(m.id),
            )
            for m in self.media
        ]
        return LetterDocument(
            lang=self.lang,
            title=self.title,
            reference=self.reference,
            letterhead=self.letterhead,
            created=datetime.combine(date.fromisoformat(self.today), datetime.min.time(), UTC),
            meta_rows=self.meta_rows,
            body=self.body if body is None else body,
            citations=self.citations,
            photos=rows,
            photo_date_heading=self.date_heading if self.handover else "",
            urls=self.urls,
            signature_name=self.signature_name,
            sign_date=self.today,
            annexes=list(self.annexes),
        )


def render(composition: Composition, body: str | None = None) -> bytes:
    """PDF bytes of the letter; ``body`` replaces the default text (the user's edit)."""
    return render_letter(composition.document(body))


# --- deciding the route ----------------------------------------------------------------------


@dataclass(frozen=True)
class DealRoute:
    """The route of one deal in a letter to its buyer (each deal gets its own paragraph).

    ``route`` is ``1022-1``, ``1022-2`` or ``1019``; ``variant`` is ``ended`` or ``scope`` for
    ``1019``; for ``scope``, ``terminate`` names the paragraph of Civil Code 1022 under which the
    licence, still running, is also ended for that cause (``1022-1`` when no term was agreed).
    """

    deal: Deal
    route: str
    variant: str = ""
    terminate: str = ""


def deal_route(deal: Deal, today: date, outside_scope: bool) -> DealRoute:
    """The route for one deal: ended term, use beyond it, no term, or a term still running."""
    if deal.term == "until" and deal.term_until and date.fromisoformat(deal.term_until) < today:
        return DealRoute(deal, "1019", "ended")
    stated = "1022-1" if deal.term == "unstated" else "1022-2"  # "unlimited" is a stated term
    if outside_scope:
        return DealRoute(deal, "1019", "scope", stated)
    return DealRoute(deal, stated)


def _headline(routes: Sequence[DealRoute]) -> tuple[str, str]:
    """The letter's route as recorded (the most demanding of its deals' routes)."""
    if any(r.variant == "scope" for r in routes):
        return "1019", "scope"
    for route in ("1022-2", "1022-1"):
        if any(r.route == route for r in routes):
            return route, ""
    return "1019", "ended"


def decide_route(deals: Sequence[Deal], today: date, outside_scope: bool) -> tuple[str, str]:
    """(route, variant) recorded for a buyer letter covering ``deals``; the most demanding wins.

    The letter itself gives each deal its own paragraph and route (:func:`deal_route`)."""
    return _headline([deal_route(d, today, outside_scope) for d in deals])


def _is_eu(buyer: Buyer) -> bool:
    return buyer.country.upper() in legal_data().grounds["gdpr"]["countries"]


def _default_grounds(kind: str, deals: Sequence[Deal], buyer: Buyer) -> list[str]:
    """Grounds a letter cites without being asked.

    A buyer in the EU/EEA gets the GDPR and not the PIPL (whose reach abroad, Art 3 ¶2, is
    doubtful for them) nor the Chinese generative-AI measures. Otherwise deletion letters and
    revocations of a deal that allowed AI training cite the PIPL (withdrawal of consent and
    deletion); the generative-AI ground is added to a deletion letter only when some deal did
    not allow AI training.
    """
    if _is_eu(buyer):
        return ["gdpr"]
    grounds: list[str] = []
    if kind == "deletion" or any(d.ai_training == "yes" for d in deals):
        grounds.append("pipl")
    if kind == "deletion" and any(d.ai_training != "yes" for d in deals):
        grounds.append("genai")
    return grounds


def _check_grounds(grounds: Sequence[str]) -> list[str]:
    for g in grounds:
        if g not in OPTIONAL_GROUNDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Unknown ground {ground}: choose from {options} (gdpr and dmca are decided "
                    "from the buyer's country and the platform).",
                ),
                ground=repr(g),
                options=", ".join(OPTIONAL_GROUNDS),
            )
    return list(grounds)


def _articles(route: str, grounds: Sequence[str], kind: str) -> list[str]:
    data = legal_data()
    ids = list(data.routes[route]["articles"])
    for g in grounds:
        ids += data.grounds[g]["articles"]
    if kind == "escalation":
        ids += data.escalation_articles
    return list(dict.fromkeys(ids))


# --- composing -------------------------------------------------------------------------------


def clean_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The reason is longer than {limit} characters."),
            limit=MAX_REASON,
        )
    return reason


def _term_text(deal: Deal, lang: str) -> str:
    data = legal_data()
    if deal.term == "unlimited":
        return data.label("term_unlimited", lang)
    if deal.term == "until" and deal.term_until:
        return data.label("term_until", lang).replace("$date", deal.term_until)
    return data.label("term_unstated", lang)


def _term_sentence(deal: Deal, lang: str, subject: str) -> str:
    """A stated term still running, as a sentence (an "unlimited" term never "runs out")."""
    data = legal_data()
    if deal.term == "unlimited":
        key = "term_running_unlimited"
    elif deal.term_until:
        key = "term_running_until"
    else:
        key = "term_running_stated"
    date_text = format_date(deal.term_until, lang)
    return data.label(key, lang).replace("$subject", subject).replace("$date", date_text)


def _deal_text(deal: Deal, lang: str) -> str:
    """2025年6月1日（订单号A1） / 2025-06-01 (order A1)."""
    data = legal_data()
    text = format_date(deal.date, lang)
    if deal.order_no:
        if lang == "zh-CN":
            text += f"（{data.label('order', lang)}{deal.order_no}）"
        else:
            text += f" ({data.label('order', lang)} {deal.order_no})"
    return text


def _deals_text(deals: Sequence[Deal], lang: str) -> str:
    data = legal_data()
    parts = [_deal_text(d, lang) for d in deals]
    return data.label("separator", lang).join(parts) or data.label("none", lang)


def _join_words(words: Sequence[str], lang: str) -> str:
    data = legal_data()
    if len(words) <= 1:
        return "".join(words)
    return data.label("separator", lang).join(words[:-1]) + data.label("and", lang) + words[-1]


def _kinds(media: Sequence[MediaItem]) -> list[str]:
    present = {m.kind for m in media}
    return [k for k in MEDIA_KINDS if k in present] or ["photo"]


def _handed_text(media: Sequence[MediaItem], lang: str) -> str:
    """What was handed over, from the items' kinds: 照片3张、声音样本1段 / 3 photos and 1 voice sample."""
    data = legal_data()
    parts = []
    for kind in _kinds(media):
        n = sum(1 for m in media if m.kind == kind)
        one, many = data.label(f"handed_{kind}", lang).split("|")
        parts.append((one if n == 1 else many).replace("$n", str(n)))
    return _join_words(parts, lang)


def _things(media: Sequence[MediaItem], lang: str, key: str) -> str:
    """上述照片和视频 / these photos and clips (``key``: subject_all or subject_deal)."""
    data = legal_data()
    words = [data.label(f"things_{k}", lang) for k in _kinds(media)]
    return data.label(key, lang).replace("$things", _join_words(words, lang))


def _numbered(n: int, lang: str) -> str:
    if lang != "zh-CN":
        return f"({n})"
    digits = "一二三四五六七八九十"
    word = digits[n - 1] if n <= 10 else ("十" + digits[n - 11] if n < 20 else str(n))
    return f"（{word}）"


def _buyer_label(buyer: Buyer, lang: str) -> str:
    extra = [x for x in (buyer.real_name, buyer.company) if x]
    if buyer.platform_user_id:
        where = legal_data().buyer_platforms.get(buyer.platform, {}).get(lang, "")
        if lang == "zh-CN":
            extra.insert(0, f"{where}ID：{buyer.platform_user_id}")
        else:
            extra.insert(0, f"{where} ID {buyer.platform_user_id}".strip())
    if not extra:
        return buyer.name
    if lang == "zh-CN":
        return f"{buyer.name}（{'，'.join(extra)}）"
    return f"{buyer.name} ({', '.join(extra)})"


def _sender_rows(service: VaultService, lang: str, identity: bool) -> list[tuple[str, str]]:
    data = legal_data()
    p = service.records.performer
    name = p.display_name or p.legal_name
    rows = [(data.label("sender", lang), name)]
    if identity:
        rows += [
            (data.label("legal_name", lang), p.legal_name or "________________"),
            (data.label("id_number", lang), p.id_number or "________________"),
            (data.label("address", lang), p.address or "________________"),
        ]
        contact = ", ".join(x for x in (p.phone, p.email) if x)
        rows.append((data.label("contact", lang), contact or "________________"))
    return rows


WARNINGS = {
    "identity-missing": {
        "zh-CN": "平台要求权利人的真实身份：请在你的资料中填写真实姓名和身份证件号码，或打印后手写。",
        "en": "Platforms require the right holder's real identity: add your legal name and ID "
        "number to your details, or fill them in by hand on the printed notice.",
    },
    "no-photos": {
        "zh-CN": "没有列出照片：平台需要初步证据，请选择对应的原图（命令行：--photo）。",
        "en": "No photos listed: platforms need preliminary evidence; choose the originals "
        "(--photo in the CLI).",
    },
}


def warning_text(code: str, lang: str) -> str:
    """A warning for the user (not printed in the letter), in ``lang``."""
    if code.startswith("route:"):
        return route_explanation(code[len("route:") :], lang)[1]
    if code not in WARNINGS:  # the takedown notices' own warnings
        from app.services.takedowns import WARNINGS as TAKEDOWN_WARNINGS

        return TAKEDOWN_WARNINGS[code]["zh-CN" if lang == "zh-CN" else "en"]
    return WARNINGS[code]["zh-CN" if lang == "zh-CN" else "en"]


def identity_warning(service: VaultService) -> list[str]:
    p = service.records.performer
    return [] if p.legal_name and p.id_number else ["identity-missing"]


def thumbnails_of(service: VaultService, media: Sequence[MediaItem]) -> dict[str, bytes | None]:
    return {m.id: service.thumbnail_bytes(m.id) for m in media}


def deadline_on(today: date, key: str, days: int | None) -> str:
    n = legal_data().deadlines[key] if days is None else days
    if not 1 <= n <= 365:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The deadline must be between 1 and 365 days away.")
        )
    return (today + timedelta(days=n)).isoformat()


def _original_letter(service: VaultService, buyer_id: str, kind: str) -> Letter:
    """The sent letter a reminder (or an escalation) follows up, newest first."""
    letters = [
        x
        for x in service.records.letters.values()
        if x.recipient == buyer_id and x.status != "draft"
    ]
    letters.sort(key=lambda x: (x.sent_on or x.created_at[:10], x.created_at), reverse=True)
    wanted = (
        ("reminder", "revocation", "deletion")
        if kind == "escalation"
        else ("revocation", "deletion")
    )
    for letter in letters:
        if letter.kind in wanted:
            return letter
    if kind == "escalation":
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors",
                "An escalation follows up a letter already sent to this buyer, and there is "
                "none: write a revocation or deletion letter first and mark it as sent.",
            )
        )
    raise NotPossible(
        QT_TRANSLATE_NOOP(
            "errors",
            "A reminder follows up a letter already sent to this buyer, and there is none: write "
            "a revocation or deletion letter first and mark it as sent.",
        )
    )


def _root_letter(service: VaultService, letter: Letter) -> Letter:
    seen = {letter.id}
    while letter.follows and letter.follows in service.records.letters:
        letter = service.records.letters[letter.follows]
        if letter.id in seen:
            break
        seen.add(letter.id)
    return letter


@functools.cache
def _letter_settings() -> dict[str, Any]:
    """routes.toml [letters]: the articles the opening cites, those voice items add."""
    with (TEMPLATES / "routes.toml").open("rb") as fh:
        settings: dict[str, Any] = tomllib.load(fh)["letters"]
    return settings


def _route_articles(r: DealRoute) -> list[str]:
    routes = legal_data().routes
    if r.variant == "scope":
        return [*routes["1019"]["scope_articles"], *routes[r.terminate]["articles"]]
    return list(routes[r.route]["articles"])


def _letter_articles(
    routes: Sequence[DealRoute], grounds: Sequence[str], kind: str, voice: bool
) -> list[str]:
    data = legal_data()
    ids = list(_letter_settings()["opening_articles"])
    for r in routes:
        ids += _route_articles(r)
    if voice:
        ids += _letter_settings()["voice_articles"]
    for g in grounds:
        ids += data.grounds[g]["articles"]
    if kind == "escalation":
        eu = _eu_only(grounds)
        ids += _letter_settings()["escalation_eu_articles"] if eu else data.escalation_articles
    return data.ordered(ids)


def _eu_only(grounds: Sequence[str]) -> bool:
    """A letter under the GDPR that does not cite the PIPL (a buyer in the EU/EEA)."""
    return "gdpr" in grounds and "pipl" not in grounds


def _deal_paragraph(
    r: DealRoute,
    lang: str,
    values: dict[str, str],
    media: Sequence[MediaItem],
    *,
    number: int,
    several: bool,
    ai: bool,
) -> str:
    """One deal's paragraph: what was handed over (several deals), its route, its articles."""
    data = legal_data()
    opening = set(_letter_settings()["opening_articles"])

    def fill(key: str, articles: Sequence[str] = ()) -> str:
        cites = data.join_citations([a for a in articles if a not in opening], lang)
        subject = _things(media, lang, "subject_deal" if several else "subject_all")
        return data.fill(
            key,
            lang,
            **{
                **values,
                "subject": subject,
                "term_sentence": _term_sentence(r.deal, lang, subject),
                "term": _term_text(r.deal, lang),
                "term_until": r.deal.term_until,
                "citations": cites,
            },
        )

    parts = []
    if several:
        order = _deal_text(r.deal, lang)[len(format_date(r.deal.date, lang)) :]
        parts.append(
            data.fill(
                "deal",
                lang,
                number=_numbered(number, lang),
                deal_date=r.deal.date,
                order=order,
                handed=_handed_text(media, lang),
            )
        )
    if r.variant == "scope":
        scope = data.routes["1019"]["scope_articles"]
        parts.append(fill("route.1019.scope", scope))
        ended_by = [a for a in data.routes[r.terminate]["articles"] if a not in scope]
        parts.append(fill(f"scope.{r.terminate}", ended_by))
    else:
        key = f"route.{r.route}" + (f".{r.variant}" if r.variant else "")
        parts.append(fill(key, data.routes[r.route]["articles"]))
    if ai:
        training = r.deal.ai_training if r.deal.ai_training in ("yes", "no") else "unstated"
        parts.append(data.fill(f"ai.{training}", lang))
    return (" " if lang == "en" else "").join(parts)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _handover_dates(deals: Sequence[Deal]) -> dict[str, str]:
    """Each item's handover date: the earliest of the letter's deals that gave it."""
    dates: dict[str, str] = {}
    for deal in deals:
        for mid in deal.media_ids:
            if mid not in dates or deal.date < dates[mid]:
                dates[mid] = deal.date
    return dates


def compose_buyer_letter(
    service: VaultService,
    buyer_id: str,
    kind: str = "revocation",
    lang: str = "zh-CN",
    reason: str = "",
    *,
    grounds: Sequence[str] = (),
    include_identity: bool = False,
    outside_scope: bool = False,
    deal_ids: Sequence[str] = (),
    deadline_days: int | None = None,
    today: date | None = None,
) -> Composition:
    """A revocation, deletion, reminder or escalation letter to one buyer.

    Every sentence follows from the records: one paragraph per deal with its own route and
    articles, what was handed over from the items' kinds, the AI-training facts as the deal
    states them, grounds cited only against a party they bind (see docs/letters.md).
    """
    if kind not in BUYER_KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The letter kind must be one of {options}."),
            options=", ".join(BUYER_KINDS),
        )
    if lang not in ("zh-CN", "en"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The letter language must be zh-CN or en."))
    data = legal_data()
    today = today or date.today()
    buyer = service.buyer(buyer_id)
    reason = clean_reason(reason)
    follows = ""
    original: Letter | None = None
    if kind in ("reminder", "escalation"):
        previous = _original_letter(service, buyer.id, kind)
        if previous.deadline and previous.deadline >= today.isoformat():
            if kind == "escalation":
                raise NotPossible(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The earlier letter's deadline ({deadline}) has not passed yet; an "
                        "escalation is due only after it.",
                    ),
                    deadline=previous.deadline,
                )
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The earlier letter's deadline ({deadline}) has not passed yet; a reminder "
                    "is due only after it.",
                ),
                deadline=previous.deadline,
            )
        follows = previous.id
        original = _root_letter(service, previous)
        deals = [service.records.deals[d] for d in original.deal_ids if d in service.records.deals]
        deals = deals or service.records.deals_for_buyer(buyer.id)
        written = date.fromisoformat(original.created_at[:10])
        scope = original.route == "1019" and bool(original.reason)
        deal_routes = [deal_route(d, written, scope) for d in deals]
        route, variant = original.route or "1022-1", ""
        if route == "1019":
            variant = "scope" if scope else "ended"
        chosen = list(dict.fromkeys([*original.grounds, *_check_grounds(grounds)]))
        reason = reason or original.reason
        media_ids = original.media_ids
    else:
        all_deals = service.records.deals_for_buyer(buyer.id)
        if deal_ids:
            wanted = {service.deal(d).id for d in deal_ids}
            deals = [d for d in all_deals if d.id in wanted]
        else:
            deals = all_deals
        if not deals:
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no deal with this buyer: record what you gave them first (add-deal).",
                )
            )
        deal_routes = [deal_route(d, today, outside_scope) for d in deals]
        route, variant = _headline(deal_routes)
        chosen = list(
            dict.fromkeys([*_default_grounds(kind, deals, buyer), *_check_grounds(grounds)])
        )
        media_ids = list(dict.fromkeys(m for d in deals for m in d.media_ids))
        if any(r.route == "1022-2" for r in deal_routes) and not reason:
            raise ReasonRequired()
        if outside_scope and not reason:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Say how the buyer's use goes beyond the deal (the reason), so the letter can "
                    "state it.",
                )
            )
    media = [service.records.media[m] for m in media_ids if m in service.records.media]
    voice = any(m.kind == "voice" for m in media)
    articles = _letter_articles(deal_routes, chosen, kind, voice)
    deadline_key = {"reminder": "reminder_days", "escalation": "escalation_days"}.get(
        kind, "buyer_days"
    )
    if "gdpr" in chosen and kind in ("revocation", "deletion") and deadline_days is None:
        # GDPR Art 12(3): the controller has one month to act on the request
        deadline = _add_months(today, data.deadlines.get("gdpr_months", 1)).isoformat()
    else:
        deadline = deadline_on(today, deadline_key, deadline_days)
    performer = service.records.performer
    name = performer.display_name or performer.legal_name
    values = {
        "recipient": buyer.name,
        "performer": name,
        "deals": _deals_text(deals, lang),
        "count": str(len(media)),
        "handed": _handed_text(media, lang),
        "things": _things(media, lang, "subject_all"),
        "reason": reason,
        "deadline": deadline,
        "citations": data.join_citations(_letter_settings()["opening_articles"], lang),
    }
    paragraphs = [data.fill("opening", lang, **values)]
    if kind in ("reminder", "escalation"):
        assert original is not None
        # the earlier letter's title in this letter's language (an English reminder quotes
        # the English title of a Chinese letter)
        original_title = data.title_in(
            original.title or data.title(original.kind, original.lang), lang
        )
        key = "escalation.gdpr" if kind == "escalation" and _eu_only(chosen) else kind
        paragraphs.append(
            data.fill(
                key,
                lang,
                **{
                    **values,
                    "original_title": original_title,
                    "original_date": original.sent_on or original.created_at[:10],
                    "original_deadline": original.deadline or "—",
                    "citations": data.join_citations(articles, lang),
                },
            )
        )
        title = data.title(kind, lang)
    else:
        several = len(deal_routes) > 1
        ai = kind == "deletion" or "genai" in chosen
        for number, r in enumerate(deal_routes, 1):
            items = [m for m in media if m.id in r.deal.media_ids]
            paragraphs.append(
                _deal_paragraph(r, lang, values, items, number=number, several=several, ai=ai)
            )
        if any(r.route == "1022-2" for r in deal_routes):
            paragraphs.append(data.fill("reason.1022-2", lang, **values))
        elif outside_scope:
            paragraphs.append(data.fill("reason.scope", lang, **values))
        elif reason:
            paragraphs.append(data.fill("reason_extra", lang, **values))
        if voice:
            cites = data.join_citations(_letter_settings()["voice_articles"], lang)
            paragraphs.append(data.fill("voice", lang, **{**values, "citations": cites}))
        for g in chosen:
            cites = data.join_citations(data.grounds[g]["articles"], lang)
            key = f"ground.{g}.buyer" if data.has_text(f"ground.{g}.buyer", lang) else f"ground.{g}"
            paragraphs.append(data.fill(key, lang, **{**values, "citations": cites}))
        deletes = kind == "revocation" and ("pipl" in chosen or "gdpr" in chosen)
        demand = "demand.revocation-delete" if deletes else f"demand.{kind}"
        paragraphs.append(data.fill(demand, lang, **values))
        ended_only = all(r.variant == "ended" for r in deal_routes)
        title = data.title("revocation-1019" if ended_only and kind == "revocation" else kind, lang)
    reference = manifest.reference_paragraph(service, media, lang)  # a manifest covers them
    if reference is not None:
        paragraphs.append(reference)
    paragraphs.append(data.fill("closing", lang, **values))
    meta_rows = [
        (data.label("recipient", lang), _buyer_label(buyer, lang)),
        *_sender_rows(service, lang, include_identity),
        (data.label("date", lang), today.isoformat()),
        (data.label("deals", lang), _deals_text(deals, lang)),
        (data.label("route", lang), data.join_citations(articles, lang)),
        (data.label("deadline", lang), deadline),
    ]
    warnings = [f"route:{route}"] if data.routes[route].get("warning") else []
    return Composition(
        letter_id=new_id(),
        kind=kind,
        lang=lang,
        route=route,
        variant=variant,
        grounds=chosen,
        citations=data.citations(articles, lang),
        explain=str(data.routes[route]["explain"][lang]),
        warning_codes=warnings,
        title=title,
        recipient=buyer.id,
        recipient_label=buyer.name,
        deadline=deadline,
        today=today.isoformat(),
        body="\n\n".join(paragraphs),
        meta_rows=meta_rows,
        media=media,
        thumbnails=thumbnails_of(service, media),
        letterhead=name,
        signature_name=name,
        reason=reason,
        include_identity=include_identity,
        deal_ids=[d.id for d in deals],
        follows=follows,
        handover=_handover_dates(deals),
        date_heading=data.label("handover_date", lang),
    )


# A notice of infringement (Civil Code 1195) to a platform's operator: ``variant`` ("" =
# decided from the records: never | revoked | expired | scope) and ``grounds`` (None = the
# defaults for that variant and the platform's country) may be chosen; see
# app/services/takedowns.py for what each says and what is refused.
compose_takedown = takedowns.compose


def export_pdf(data: bytes, dest: Path | str, *, overwrite: bool = False) -> Path:
    """Write the PDF the user asked for to ``dest`` (atomically: whole or not at all); an
    existing file is replaced only with ``overwrite`` (the user confirmed it)."""
    target = Path(dest)
    if target.suffix.lower() != ".pdf":
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The output file must end in .pdf, not {name}."),
            name=repr(target.name),
        )
    if target.is_dir():
        raise OutputIsFolder(path=target)
    if os.path.lexists(target) and not overwrite:
        raise OutputExists(
            QT_TRANSLATE_NOOP("errors", "{path} already exists; it was left as it is."),
            path=target,
        )
    try:
        with AtomicFile(target) as out:
            out.write(data)
    except WriteFailed:
        raise
    except OSError as exc:
        raise write_failed(exc, target) from exc
    return target


# --- recording and tracking ------------------------------------------------------------------


def replaced_drafts(service: VaultService, composition: Composition) -> list[Letter]:
    """The unsent drafts a new letter to a buyer replaces: same buyer, a deal in common.

    Re-generating a letter replaces its draft, so drafts do not pile up in the evidence
    timeline; a letter marked as sent (or answered) is never changed. Takedown notices and
    letters about other deals of the same buyer are kept.
    """
    if composition.kind not in BUYER_KINDS:
        return []
    deals = set(composition.deal_ids)
    return [
        x
        for x in service.records.letters.values()
        if x.status == "draft"
        and x.kind in BUYER_KINDS
        and x.recipient == composition.recipient
        and x.id != composition.letter_id
        and (not x.deal_ids or not deals or deals & set(x.deal_ids))
    ]


def record(
    service: VaultService,
    composition: Composition,
    body: str | None = None,
    pdf: bytes | None = None,
) -> Letter:
    """Save the letter as a draft record (one atomic save; rolled back if the save fails).

    ``pdf`` (the file as it was saved) is kept encrypted with it (:func:`saved_pdf`). An unsent
    draft to the same buyer about the same deals is replaced (:func:`replaced_drafts`), its
    kept PDF with it.
    """
    edited = body if body is not None and body != composition.body else ""
    letter = Letter(
        id=composition.letter_id,
        kind=composition.kind,
        recipient=composition.recipient,
        route=composition.route,
        media_ids=[m.id for m in composition.media],
        lang=composition.lang,
        deadline=composition.deadline,
        body=edited,
        reason=composition.reason,
        grounds=list(composition.grounds),
        include_identity=composition.include_identity,
        performer_took_photo=composition.performer_took_photo,
        deal_ids=list(composition.deal_ids),
        platform=composition.platform,
        urls=list(composition.urls),
        follows=composition.follows,
        title=composition.title,
        dated=composition.today,
    )
    stale = replaced_drafts(service, composition)
    written: list[str] = []
    with service.transaction(written) as records:
        if pdf is not None:
            object_id, _size = service.vault.put_object(pdf)
            written.append(object_id)
            letter.pdf_object_id = object_id
            letter.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
        for old in stale:
            del records.letters[old.id]
            service.vault.discard_objects([old.pdf_object_id])
        records.letters[letter.id] = letter
    return letter


def saved_pdf(service: VaultService, letter_id: str) -> bytes | None:
    """The PDF the letter was saved as, decrypted in memory (None: saved before the app kept
    it; nothing is ever re-rendered from records that may have changed since)."""
    current = letter(service, letter_id)
    if not current.pdf_object_id:
        return None
    return service.vault.read_object_bytes(current.pdf_object_id, f"letter {current.id[:8]}")


def letter(service: VaultService, letter_id: str) -> Letter:
    found = service.find(Letter, letter_id)
    return found


def written_on(item: Letter) -> str:
    """The date the letter was written: the date printed on it, else the local date of
    ``created_at`` (a UTC instant)."""
    if item.dated:
        return item.dated
    try:
        instant = datetime.fromisoformat(item.created_at.replace("Z", "+00:00"))
    except ValueError:
        return item.created_at[:10]
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone().date().isoformat()


def mark_sent(
    service: VaultService,
    letter_id: str,
    on: str,
    channel: str = "",
    *,
    today: date | None = None,
) -> Letter:
    """Record that the letter was sent on ``on`` (not before it was written, not in the future).

    Marking a letter sent again keeps the earlier date and channel in ``sent_history``.
    """
    current = letter(service, letter_id)
    sent_on = parse_date(
        on,
        QT_TRANSLATE_NOOP(
            "errors", "The date it was sent must be a date written YYYY-MM-DD, not {value}."
        ),
    )
    channel = (channel or "").strip()
    if len(channel) > 200:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The channel is longer than {limit} characters."),
            limit=200,
        )
    today = today or date.today()
    if sent_on > today.isoformat():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The date it was sent ({date}) is in the future: give the day you sent it.",
            ),
            date=sent_on,
        )
    written = written_on(current)
    if sent_on < written:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The date it was sent ({date}) is before the letter was written ({written}): "
                "give the day you sent it.",
            ),
            date=sent_on,
            written=written,
        )
    history = list(current.sent_history)
    if current.sent_on and (current.sent_on, current.channel) != (sent_on, channel):
        history.append(
            {"sent_on": current.sent_on, "channel": current.channel, "replaced_at": utc_now()}
        )
    updated = dataclasses.replace(
        current, status="sent", sent_on=sent_on, channel=channel, sent_history=history
    )
    with service.transaction() as records:
        records.letters[current.id] = updated
    return updated


def set_status(service: VaultService, letter_id: str, status: str) -> Letter:
    if status not in LETTER_STATUSES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The status must be one of {options}."),
            options=", ".join(LETTER_STATUSES),
        )
    current = letter(service, letter_id)
    updated = dataclasses.replace(current, status=status)
    with service.transaction() as records:
        records.letters[current.id] = updated
    return updated


def recipient_label(service: VaultService, item: Letter, lang: str = "en") -> str:
    if item.kind == "takedown":
        key = item.platform or item.recipient
        if key in legal_data().platforms:
            return legal_data().platform_name(key, lang)
        return key
    buyer = service.records.buyers.get(item.recipient)
    return buyer.name if buyer else item.recipient


@dataclass(frozen=True)
class DueLetter:
    letter: Letter
    days_overdue: int
    next_step: str  # "reminder" | "escalation" | "complaint"


_NEXT = {
    "revocation": "reminder",
    "deletion": "reminder",
    "takedown": "reminder",
    "reminder": "escalation",
    "escalation": "complaint",
}


def due(service: VaultService, today: date | None = None) -> list[DueLetter]:
    """Sent letters whose deadline has passed with no sent follow-up and no compliance."""
    today = today or date.today()
    letters = service.records.letters.values()
    followed = {x.follows for x in letters if x.follows and x.status != "draft"}
    out = []
    for x in letters:
        if x.status not in ("sent", "acknowledged") or not x.deadline or x.id in followed:
            continue
        late = (today - date.fromisoformat(x.deadline)).days
        if late > 0:
            out.append(DueLetter(x, late, _NEXT.get(x.kind, "reminder")))
    out.sort(key=lambda d: (-d.days_overdue, d.letter.created_at))
    return out


def route_explanation(route: str, lang: str) -> tuple[str, str]:
    """(one-sentence explanation, warning or "") of a route in ``lang`` (the UI's language)."""
    data = legal_data().routes.get(route, {})
    explain = str(data.get("explain", {}).get(lang, ""))
    warning = str(data.get("warning", {}).get(lang, ""))
    return explain, warning


def attach_reply(service: VaultService, letter_id: str, path: Path | str) -> Letter:
    """Store the recipient's reply (a file: screenshot, e-mail, letter) with the letter.

    A sent letter that gets a reply becomes "acknowledged" (complied/ignored stay as they are).
    The file is encrypted into the vault like any attachment; one atomic save.
    """
    current = letter(service, letter_id)
    status = current.status if current.status in ("complied", "ignored") else "acknowledged"
    with service.transaction_with_files([(path, "other")]) as (records, stored):
        attachment = records.attachments[stored[0].id] = dataclasses.replace(
            stored[0], notes="reply to a letter"
        )
        updated = dataclasses.replace(
            current,
            reply_attachment_ids=[*current.reply_attachment_ids, attachment.id],
            status=status,
        )
        records.letters[current.id] = updated
    return updated


def require_draft(item: Letter) -> None:
    """Refuses a letter that left the draft state: what was sent is never changed."""
    if item.status != "draft":
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors",
                "The letter {reference} was sent, so it is not an unsent draft; a letter that "
                "was sent is kept as it is.",
            ),
            reference="LV-" + item.id[:8].upper(),
        )


def delete_draft(service: VaultService, letter_id: str) -> None:
    """Delete an unsent draft (one save); a sent letter is refused (:func:`require_draft`)."""
    current = letter(service, letter_id)
    require_draft(current)
    with service.transaction() as records:
        del records.letters[current.id]
        service.vault.discard_objects([current.pdf_object_id])
