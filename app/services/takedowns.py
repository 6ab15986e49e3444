"""Takedown notices (Civil Code 1195): what the records say about the photos decides the text.

A notice never states a fact the records contradict. From the deals that cover the photos
(docs/letters.md, "Takedown notices"):

* ``never``: no deal covers the photos; the only variant that says the use was made without
  the performer's consent (and, in China, cites the Deep Synthesis Provisions' separate
  consent by default);
* ``revoked``: a deal covered them, and a revocation letter to that buyer was sent and its
  deadline has passed; the letter and its sent date/channel are annexed;
* ``expired``: the deal's stated term has ended;
* ``scope``: a deal still covers them, and the content uses them beyond what it allows;
* ``unlisted``: no photo is listed and the vault has deals, so the notice cannot tell which
  case it is; it claims only that the performer did not license this use.

The platform is neither the handler of the performer's personal information nor an AI
provider, so PIPL and generative-AI grounds are refused in a notice; the Labelling Measures
are cited by their Art 6 (distribution platforms). PRC-only grounds are not cited by default
in a notice to a platform outside China. The body names the performer by the legal name
(1195 asks for the real identity), the stage name after it; the preliminary evidence goes in
annexes (cited law, photo list, screenshots with the time they were seen and stored, the ID
document image, the revocation letter with its sent date), and the notice lists only the
annexes that are really there; what is missing is a warning for the user, not a sentence.
"""

from __future__ import annotations

import io
import warnings as py_warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PIL import Image, ImageOps

from app.documents.letters import Annex, AnnexImage, annex_numbers, format_date, legal_data
from app.domain.models import TAKEDOWN_PLATFORMS, Buyer, Deal, Letter, MediaItem, new_id
from app.errors import QT_TRANSLATE_NOOP, InvalidInput
from app.media.images import MAX_PIXELS
from app.services import delivery, manifest
from app.services.validation import extract_link
from app.services.vault_service import VaultService

if TYPE_CHECKING:
    from app.services.letters import Composition

VARIANTS = ("never", "revoked", "expired", "scope")  # "unlisted" is never chosen by hand
TAKEDOWN_GROUNDS = ("deep-synthesis", "ai-labels")
ANNEX_IMAGE_PX = 1400  # longest side of a screenshot or ID image printed in an annex

WARNINGS = {
    "id-document-missing": {
        "zh-CN": "没有身份证件影像：平台通常要求权利人的身份证明。请在“你的资料”中添加身份证件图片"
        "（命令行：id-document），本通知目前只列出姓名和证件号码。",
        "en": "No image of your ID document: platforms usually ask for proof of identity. Add "
        "it under Your details (CLI: id-document); the notice now gives only the "
        "name and the ID number.",
    },
    "no-screenshots": {
        "zh-CN": "这些链接没有带截图的发现记录：附上侵权内容的截图或画面能让平台更快处理（在“发现”中添加）。",
        "en": "No sighting of these links has a screenshot: a screenshot or frame of the "
        "content helps the platform act (add one under Sightings).",
    },
    "revocation-draft": {
        "zh-CN": "给该买家的解除通知仍是草稿：寄出后请标记为已发送（日期和方式），通知书才能引用它。",
        "en": "The revocation letter to this buyer is still a draft: mark it as sent (date "
        "and channel) once it is sent, so the notice can cite it.",
    },
    "revocation-pending": {
        "zh-CN": "解除通知中给买家的期限尚未届满：本通知书按“超出许可范围”写成；期限届满后可改为“许可已解除”。",
        "en": "The deadline in your revocation letter has not passed yet: this notice is "
        "written as use beyond the licence; after the deadline it can say the licence was "
        "revoked.",
    },
    "channel-missing": {
        "zh-CN": "解除通知没有记录发送方式：请在标记已发送时填写（例如闲鱼私信、邮件、快递单号），以证明已经送达。",
        "en": "The revocation letter has no recorded channel: add how it was sent (e.g. "
        "Xianyu message, e-mail, courier number) to prove it was delivered.",
    },
    "letter-text-missing": {
        "zh-CN": "解除通知的全文未保存在保险箱中（只有编号、日期和方式）：请另附寄出的那份函件。",
        "en": "The full text of the revocation letter is not in the vault (only its "
        "reference, date and channel): attach the copy you sent as well.",
    },
    "dmca-confirm": {
        "zh-CN": "发送前请确认：链接内容里出现的是这些照片本身，而不只是你的脸。换脸视频通常并不复制照片；"
        "就未被复制的照片发出 DMCA 通知属于不实陈述（17 U.S.C. 512(f)）。如果不是，请取消“照片由我拍摄”。",
        "en": "Before sending, confirm that the content shows the photographs themselves, not "
        "only your face: a face-swapped video usually does not copy the photograph, and a DMCA "
        "notice about a photograph that was not copied is a misrepresentation (17 U.S.C. "
        "512(f)). If it does not, untick “I took these photos myself”.",
    },
    "dmca-no-photos": {
        "zh-CN": "没有列出照片，DMCA 通知无法指明受版权保护的作品，因此未包含 DMCA 段落。",
        "en": "No photos are listed, so a DMCA notice cannot identify the copyrighted works; "
        "the DMCA paragraph was left out.",
    },
    "prc-only-abroad": {
        "zh-CN": "《深度合成管理规定》和《标识办法》只适用于中国境内：对境外平台引用它们通常没有作用。",
        "en": "The Deep Synthesis Provisions and the Labelling Measures apply inside China: "
        "citing them to a platform abroad usually achieves nothing.",
    },
    "unlisted": {
        "zh-CN": "没有列出照片，无法判断是否有交易涵盖这些内容：本通知只说明你未许可该使用。请选择对应的原图。",
        "en": "No photos are listed, so the app cannot tell whether a deal covers this content: "
        "the notice only says you did not license this use. Choose the originals.",
    },
}


@dataclass(frozen=True)
class DealState:
    """What the records say about one deal that covers the photos of a notice."""

    deal: Deal
    buyer: Buyer | None
    state: str  # "revoked" | "revoking" | "expired" | "running"
    letter: Letter | None = None  # the sent revocation (revoked/revoking)
    draft: Letter | None = None  # an unsent revocation (running)


def _covering_deals(
    service: VaultService, media_ids: Sequence[str], urls: Sequence[str]
) -> list[Deal]:
    records = service.records
    wanted = set(media_ids)
    deals = [d for d in records.deals.values() if wanted & set(d.media_ids)]
    if not wanted:  # no photo listed: the buyers a sighting of these links was traced to
        buyers = {b for s in records.sightings.values() if s.url in urls for b in s.buyer_ids}
        deals = [d for d in records.deals.values() if d.buyer_id in buyers]
    return sorted(deals, key=lambda d: (d.date, d.created_at))


def deal_states(
    service: VaultService, media_ids: Sequence[str], urls: Sequence[str], today: date
) -> list[DealState]:
    """Each deal covering the photos, with whether its licence ended and how."""
    records = service.records
    out = []
    for deal in _covering_deals(service, media_ids, urls):
        buyer = records.buyers.get(deal.buyer_id)
        if deal.term == "until" and deal.term_until and deal.term_until < today.isoformat():
            out.append(DealState(deal, buyer, "expired"))
            continue
        letters = [
            x
            for x in records.letters.values()
            if x.kind in ("revocation", "deletion")
            and x.recipient == deal.buyer_id
            and (not x.deal_ids or deal.id in x.deal_ids)
        ]
        sent = sorted(
            (x for x in letters if x.status != "draft" and x.sent_on),
            key=lambda x: (x.sent_on, x.created_at),
        )
        if sent:
            ended = [x for x in sent if not x.deadline or x.deadline < today.isoformat()]
            if ended:
                out.append(DealState(deal, buyer, "revoked", letter=ended[0]))
            else:
                out.append(DealState(deal, buyer, "revoking", letter=sent[0]))
            continue
        drafts = [x for x in letters if x.status == "draft"]
        out.append(DealState(deal, buyer, "running", draft=drafts[-1] if drafts else None))
    return out


def decide_variant(states: Sequence[DealState], has_photos: bool, any_deals: bool) -> str:
    if not states:
        return "never" if has_photos or not any_deals else "unlisted"
    kinds = {s.state for s in states}
    if kinds & {"running", "revoking"}:
        return "scope"
    return "revoked" if "revoked" in kinds else "expired"


def _check_variant(variant: str, states: Sequence[DealState]) -> None:
    if variant not in VARIANTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The notice variant must be one of {options}."),
            options=", ".join(VARIANTS),
        )
    kinds = {s.state for s in states}
    if variant == "never" and states:
        d = states[0].deal
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "A deal made on {date} covers these photos, so the notice cannot say you never "
                "consented: say instead that the licence was revoked, has expired, or does not "
                "cover this use.",
            ),
            date=d.date,
        )
    if variant != "never" and not states:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "No deal covers these photos, so the notice cannot speak of a licence: say that "
                "you never licensed them.",
            )
        )
    if variant == "revoked" and "revoked" not in kinds:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "No revocation letter covering these photos has been sent with its deadline "
                "passed: mark the letter as sent, or give another reason.",
            )
        )
    if variant == "expired" and "expired" not in kinds:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "No deal covering these photos has a term that has ended: give another reason.",
            )
        )


def _annex_jpeg(data: bytes) -> bytes | None:
    """An image scaled for an annex page, as JPEG bytes in memory (None if unreadable)."""
    try:
        with py_warnings.catch_warnings():
            py_warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.size[0] * image.size[1] > MAX_PIXELS:
                    return None
                image.draft("RGB", (ANNEX_IMAGE_PX, ANNEX_IMAGE_PX))
                image.load()
                picture = ImageOps.exif_transpose(image)
                if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
                    rgba = picture.convert("RGBA")
                    flat = Image.new("RGB", rgba.size, (255, 255, 255))
                    flat.paste(rgba, mask=rgba.getchannel("A"))
                    picture = flat
                picture = picture.convert("RGB")
                picture.thumbnail((ANNEX_IMAGE_PX, ANNEX_IMAGE_PX), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                picture.save(out, "JPEG", quality=80)
                return out.getvalue()
    except Exception:  # a damaged picture must not stop the notice: it is named, not shown
        return None


def _is_image(mime: str) -> bool:
    return mime.startswith("image/")


def _utc(instant: str, lang: str) -> str:
    """2026-03-01T08:30:00Z as 2026年3月1日 08:30:00（UTC） or 2026-03-01 08:30:00 UTC."""
    if not instant:
        return "—"
    day, _, rest = instant.partition("T")
    clock = rest.rstrip("Z")
    if lang == "zh-CN":
        return f"{format_date(day, lang)} {clock}（UTC）".strip()
    return f"{day} {clock} UTC".strip()


def _identity(service: VaultService, lang: str) -> tuple[str, str]:
    """(the name the notice is signed with, the name with the stage name after it)."""
    p = service.records.performer
    legal = p.legal_name.strip()
    stage = next(
        (n for n in [p.display_name, *p.stage_names] if n.strip() and n.strip() != legal), ""
    )
    if not legal:
        return stage, stage
    if not stage:
        return legal, legal
    label = legal_data().label("stage_name", lang)
    if lang == "zh-CN":
        return legal, f"{legal}（{label}：{stage}）"
    return legal, f"{legal} ({label}: {stage})"


def compose(
    service: VaultService,
    platform: str,
    urls: Sequence[str],
    media_ids: Sequence[str] = (),
    lang: str = "zh-CN",
    *,
    grounds: Sequence[str] | None = None,
    variant: str = "",
    performer_took_photo: bool = False,
    platform_country: str = "",
    reason: str = "",
    deadline_days: int | None = None,
    today: date | None = None,
) -> Composition:
    """A notice of infringement to a platform; see the module docstring."""
    from app.services import letters as L  # letters imports this module (compose_takedown)

    if platform not in TAKEDOWN_PLATFORMS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The platform must be one of {options}, not {value}."),
            options=", ".join(TAKEDOWN_PLATFORMS),
            value=repr(platform),
        )
    if lang not in ("zh-CN", "en"):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The letter language must be zh-CN or en."))
    # a share text copied from an app ("…【…】 https://v.douyin.com/… 复制此链接…") gives its link
    clean_urls = list(dict.fromkeys(extract_link(u) or u.strip() for u in urls if u.strip()))
    if not clean_urls:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A takedown notice needs at least one link (--url) to the content."
            )
        )
    if len(clean_urls) > L.MAX_URLS or any(len(u) > 2000 for u in clean_urls):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "At most {count} links of up to 2000 characters each."),
            count=L.MAX_URLS,
        )
    data = legal_data()
    today = today or date.today()
    reason = L.clean_reason(reason)
    records = service.records
    ids = [service.find_media(m).id for m in media_ids]
    if not ids:  # the vault's sightings of these links say which photos they show
        ids = [m for s in records.sightings.values() if s.url in clean_urls for m in s.media_ids]
    ids = list(dict.fromkeys(i for i in ids if i in records.media))
    media: list[MediaItem] = [records.media[i] for i in ids]

    states = deal_states(service, ids, clean_urls, today)
    auto = decide_variant(states, bool(media), bool(records.deals))
    if variant and variant != "auto":
        _check_variant(variant, states)
    else:
        variant = auto
    country = (platform_country or str(data.platforms[platform]["country"])).upper()
    in_china = country == "CN"

    warning_codes: list[str] = L.identity_warning(service)
    if not media:
        warning_codes.append("no-photos")
    if variant == "unlisted":
        warning_codes.append("unlisted")
    if grounds is None:
        chosen = ["deep-synthesis"] if variant == "never" and in_china else []
    else:
        chosen = []
        for g in grounds:
            if g in ("pipl", "genai"):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The {ground} ground binds the handler of your data or the AI provider, "
                        "not a platform: put it in a deletion letter to the buyer instead.",
                    ),
                    ground=g,
                )
            if g not in TAKEDOWN_GROUNDS:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Unknown ground {ground}: choose from {options} (dmca is decided from the "
                        "platform's country and --own-photos).",
                    ),
                    ground=repr(g),
                    options=", ".join(TAKEDOWN_GROUNDS),
                )
            chosen.append(g)
        chosen = list(dict.fromkeys(chosen))
        if country not in ("CN", "") and chosen:  # a platform known to be outside China
            warning_codes.append("prc-only-abroad")
    if country == "US" and performer_took_photo:
        if media:
            chosen.append("dmca")
            warning_codes.append("dmca-confirm")
        else:
            warning_codes.append("dmca-no-photos")

    # --- annexes: what is really attached, numbered as the renderer numbers them ---------------
    ended = [s for s in states if s.state == "revoked" and s.letter is not None]
    if variant != "revoked":
        ended = []
    for s in states:
        if s.state == "running" and s.draft is not None:
            warning_codes.append("revocation-draft")
        if s.state == "revoking":
            warning_codes.append("revocation-pending")
    shots, shot_lines = _screenshot_annex(service, clean_urls, lang)
    if not shots and not shot_lines:
        warning_codes.append("no-screenshots")
    id_images, id_lines = _identity_annex(service, lang)
    if not id_images:
        warning_codes.append("id-document-missing")
    extra: list[tuple[str, Annex]] = []
    if shots or shot_lines:
        extra.append(
            ("screenshots", Annex(data.label("annex_screenshots", lang), shot_lines, shots))
        )
    if id_images or id_lines:
        extra.append(("identity", Annex(data.label("annex_identity", lang), id_lines, id_images)))
    if ended:
        rows: list[tuple[str, str]] = []
        for s in ended:
            assert s.letter is not None
            rows += _letter_rows(service, s.letter, lang)
            if not s.letter.channel:
                warning_codes.append("channel-missing")
            if not s.letter.body:
                warning_codes.append("letter-text-missing")
        extra.append(("ended", Annex(data.label("annex_ended", lang), rows=rows)))
    route = "1195"
    articles = list(data.routes[route]["articles"])
    for g in chosen:
        articles += data.takedown_grounds[g]["articles"]
    citations = data.citations(articles, lang)
    law_no, photos_no, extra_no = annex_numbers(bool(citations), bool(media), len(extra))
    number = {key: n for (key, _), n in zip(extra, extra_no, strict=True)}

    def annex_ref(n: int) -> str:
        from app.documents.letters import annex_label

        return annex_label(n, lang)

    signer, named = _identity(service, lang)
    addressee = data.platform_addressee(platform, lang)
    photos_ref = (
        data.label("photos_in_annex", lang).replace("$annex", annex_ref(photos_no))
        if media
        else data.label("my_photos", lang)
    )
    deadline = L.deadline_on(today, "platform_days", deadline_days)
    base = {
        "addressee": addressee,
        "platform": data.platform_name(platform, lang),
        "performer": named,
        "photos": photos_ref,
        "deadline": deadline,
        "reason": reason,
    }

    def cites(ids_: Sequence[str]) -> str:
        return data.join_citations(list(ids_), lang)

    paragraphs = [data.fill("takedown.opening", lang, **base)]
    if variant in ("never", "unlisted"):
        paragraphs.append(
            data.fill(f"takedown.{variant}", lang, **base, citations=cites(["cc-1018", "cc-1019"]))
        )
    else:
        facts = []
        for s in states:
            covered = [m for m in media if m.id in s.deal.media_ids]
            values = dict(base)
            if media and 0 < len(covered) < len(media):  # this deal covers only some of them
                values["photos"] = (
                    data.label("some_photos_in_annex", lang)
                    .replace("$annex", annex_ref(photos_no))
                    .replace("$names", data.label("separator", lang).join(m.name for m in covered))
                )
            facts.append(_deal_sentence(s, lang, values, number.get("ended", 0)))
        paragraphs.append("\n".join(facts))
        paragraphs.append(
            data.fill(f"takedown.claim.{variant}", lang, **base, citations=cites(["cc-1019"]))
        )
        if reason:
            paragraphs.append(data.fill("takedown.facts", lang, **base))
    if reason and variant in ("never", "unlisted"):
        paragraphs.append(data.fill("takedown.facts", lang, **base))
    for g in chosen:
        key = f"takedown.ground.{g}"
        if g == "deep-synthesis" and variant != "never":
            key += ".licensed"
        values = {**base, "citations": cites(data.takedown_grounds[g]["articles"])}
        if g == "dmca":
            values["works"] = data.label("separator", lang).join(m.name for m in media)
            values["annex"] = annex_ref(photos_no)
        paragraphs.append(data.fill(key, lang, **values))
    paragraphs.append(
        data.fill("takedown.route.1195", lang, **base, citations=cites(["cc-1195", "cc-1197"]))
    )
    attached = []
    colon = "：" if lang == "zh-CN" else ": "
    if law_no:
        attached.append(f"{annex_ref(law_no)}{colon}{data.label('law', lang)}")
    if photos_no:
        attached.append(f"{annex_ref(photos_no)}{colon}{data.label('photos_short', lang)}")
    for (_key, annex), n in zip(extra, extra_no, strict=True):
        attached.append(f"{annex_ref(n)}{colon}{annex.title}")
    sep = "；" if lang == "zh-CN" else "; "
    paragraphs.append(data.fill("takedown.evidence", lang, **base, annexes=sep.join(attached)))
    reference = manifest.reference_paragraph(service, media, lang)  # a manifest covers them
    if reference is not None:
        paragraphs.append(reference)
    paragraphs += [
        data.fill("takedown.demand", lang, **base),
        data.fill("takedown.statement", lang, **base),
        data.fill("takedown.closing", lang, **base),
    ]
    p = records.performer
    contact = ", ".join(x for x in (p.phone, p.email) if x)
    blank = "________________"
    meta_rows = [
        (data.label("recipient", lang), addressee),
        (data.label("notifier", lang), named or blank),
        (data.label("id_number", lang), p.id_number or blank),
        (data.label("address", lang), p.address or blank),
        (data.label("contact", lang), contact or blank),
        (data.label("date", lang), today.isoformat()),
        (data.label("route", lang), cites(articles)),
        (data.label("deadline", lang), deadline),
    ]
    letterhead = p.display_name or p.legal_name
    return L.Composition(
        letter_id=new_id(),
        kind="takedown",
        lang=lang,
        route=route,
        variant=variant,
        grounds=chosen,
        citations=citations,
        explain=str(data.routes[route]["explain"][lang]),
        warning_codes=list(dict.fromkeys(warning_codes)),
        title=data.title("takedown", lang),
        recipient=platform,
        recipient_label=data.platform_name(platform, lang),
        deadline=deadline,
        today=today.isoformat(),
        body="\n\n".join(paragraphs),
        meta_rows=meta_rows,
        media=media,
        thumbnails=L.thumbnails_of(service, media),
        letterhead=letterhead,
        signature_name=signer or letterhead,
        reason=reason,
        include_identity=True,
        performer_took_photo=performer_took_photo,
        deal_ids=[s.deal.id for s in states],
        platform=platform,
        urls=clean_urls,
        annexes=[annex for _key, annex in extra],
    )


def _deal_sentence(s: DealState, lang: str, base: dict[str, str], ended_annex: int) -> str:
    from app.documents.letters import annex_label

    data = legal_data()
    deal = s.deal
    none = data.label("none_stated", lang)
    if deal.term == "until" and deal.term_until:
        term = data.label("term_until", lang).replace("$date", deal.term_until)
    else:
        term = data.label(f"term_{deal.term}", lang)
    values = {
        **base,
        "deal_date": deal.date,
        "buyer": s.buyer.name if s.buyer else "—",
        "uses": data.uses(deal.uses, deal.uses_other, lang) or none,
        "term": term,
        "term_until": deal.term_until,
    }
    text = data.fill("takedown.deal", lang, **values)
    if s.state in ("revoked", "revoking") and s.letter is not None:
        x = s.letter
        channel = data.label("via", lang).replace("$channel", x.channel) if x.channel else ""
        values |= {
            "sent_on": x.sent_on,
            "channel": channel,
            "letter_title": data.title_in(x.title or data.title(x.kind, x.lang), lang),
            "letter_ref": "LV-" + x.id[:8].upper(),
            "letter_deadline": x.deadline or "—",
            "annex": annex_label(ended_annex, lang) if ended_annex else "",
        }
        key = (
            "takedown.deal.revoked"
            if s.state == "revoked" and ended_annex
            else "takedown.deal.revoking"
        )
        if s.state == "revoked" and not ended_annex:
            key = "takedown.deal.revoked_noannex"
        text += data.fill(key, lang, **values)
    elif s.state == "expired":
        text += data.fill("takedown.deal.expired", lang, **values)
    else:
        text += data.fill("takedown.deal.running", lang, **values)
    return text


def _screenshot_annex(
    service: VaultService, urls: Sequence[str], lang: str
) -> tuple[list[AnnexImage], list[str]]:
    """The screenshots/frames of the sightings of these links, with when they were taken."""
    data = legal_data()
    records = service.records
    images: list[AnnexImage] = []
    lines: list[str] = []
    for s in sorted(records.sightings.values(), key=lambda s: (s.seen_on, s.created_at)):
        if s.url not in urls:
            continue
        atts = [records.attachments[a] for a in s.attachment_ids if a in records.attachments]
        if not atts:
            continue
        lines.append(
            data.label("sighting_line", lang)
            .replace("$url", s.url)
            .replace("$seen", format_date(s.seen_on, lang) or "—")
        )
        matched = [records.media[m] for m in s.media_ids if m in records.media]
        for number, att in enumerate(atts):
            caption = (
                data.label("shot_caption", lang)
                .replace("$name", att.name)
                .replace("$seen", format_date(s.seen_on, lang) or "—")
                .replace("$stored", _utc(att.added_at, lang))
                .replace("$sha", att.sha256)
            )
            if _is_image(att.mime):
                shot = _annex_jpeg(service.attachment_bytes(att.id))
                if matched:  # side by side with the original the sighting was matched to
                    original = matched[min(number, len(matched) - 1)]
                    beside = (
                        data.label("matched_caption", lang)
                        .replace("$name", original.name)
                        .replace("$sha", original.sha256)
                    )
                    thumb = service.thumbnail_bytes(original.id)
                    images.append(AnnexImage(caption, shot, thumb, beside))
                else:
                    images.append(AnnexImage(caption, shot))
            else:  # a recording: named with its hash, handed over as a file
                lines.append(data.label("separate_file", lang).replace("$what", caption))
        for found in delivery.sighting_copies(service, s):  # whose delivery copy it shows
            lines.append(delivery.sighting_copy_text(data.label("delivered_line", lang), found))
    return images, lines


def _identity_annex(service: VaultService, lang: str) -> tuple[list[AnnexImage], list[str]]:
    data = legal_data()
    records = service.records
    p = records.performer
    images: list[AnnexImage] = []
    lines: list[str] = []
    for att_id in p.id_document_ids:
        att = records.attachments.get(att_id)
        if att is None:
            continue
        caption = (
            data.label("id_caption", lang).replace("$name", att.name).replace("$sha", att.sha256)
        )
        if _is_image(att.mime):
            images.append(AnnexImage(caption, _annex_jpeg(service.attachment_bytes(att.id))))
        else:
            lines.append(data.label("separate_file", lang).replace("$what", caption))
    if images or lines:
        named = _identity(service, lang)[1]
        lines.insert(
            0, f"{data.label('legal_name', lang)}{'：' if lang == 'zh-CN' else ': '}{named}"
        )
    return images, lines


def _letter_rows(service: VaultService, x: Letter, lang: str) -> list[tuple[str, str]]:
    """The revocation letter that ended the licence, and the record that it was sent."""
    data = legal_data()
    buyer = service.records.buyers.get(x.recipient)
    title = data.title_in(x.title or data.title(x.kind, x.lang), lang)
    rows = [
        (data.label("letter", lang), f"《{title}》" if lang == "zh-CN" else f'"{title}"'),
        (data.label("reference", lang), "LV-" + x.id[:8].upper()),
        (data.label("recipient", lang), buyer.name if buyer else x.recipient),
        (data.label("sent_on", lang), format_date(x.sent_on, lang)),
        (data.label("channel", lang), x.channel or data.label("not_recorded", lang)),
        (data.label("deadline", lang), format_date(x.deadline, lang) or "—"),
    ]
    replies = [
        service.records.attachments[a].name
        for a in x.reply_attachment_ids
        if a in service.records.attachments
    ]
    if replies:
        rows.append((data.label("replies", lang), data.label("separator", lang).join(replies)))
    if x.body:
        rows.append((data.label("letter_text", lang), x.body))
    return rows
