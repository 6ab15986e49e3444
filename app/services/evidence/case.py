"""Which records one bundle covers: one buyer's case or one sighting's, in a fixed order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.models import Attachment, Buyer, Deal, Letter, MediaItem, Records, Sighting
from app.errors import QT_TRANSLATE_NOOP, InvalidInput, Message, NotFound

if TYPE_CHECKING:
    from app.services.vault_service import VaultService


@dataclass(frozen=True)
class EvidenceOptions:
    """What goes into a bundle; the performer chooses. Identity stays out unless asked for."""

    include_originals: bool = True  # photo and clip bytes under originals/media/
    include_attachments: bool = True  # contracts, chats, receipts, screenshots, replies
    include_sightings: bool = True
    include_letters: bool = True
    include_notes: bool = True  # the performer's notes on buyers, deals, sightings, letters
    include_identity: bool = False  # legal name, e-mail, phone, address on the cover
    include_id_number: bool = False  # the ID number (for platforms and courts, never buyers)
    lang: str = "zh-CN"  # language of report.pdf: "zh-CN" or "en"


DEFAULT_OPTIONS = EvidenceOptions()

# an attachment a record names that is no longer recorded, by the kind of record ({id})
GONE_FROM_DEAL = QT_TRANSLATE_NOOP(
    "errors", "A deal names an attachment ({id}) that is no longer recorded."
)
GONE_FROM_SIGHTING = QT_TRANSLATE_NOOP(
    "errors", "A sighting names an attachment ({id}) that is no longer recorded."
)
GONE_FROM_LETTER = QT_TRANSLATE_NOOP(
    "errors", "A letter names an attachment ({id}) that is no longer recorded."
)


@dataclass
class Case:
    """The records one export covers, in a fixed order."""

    title: str
    buyers: list[Buyer]
    deals: list[Deal]
    media: list[MediaItem]
    sightings: list[Sighting]
    letters: list[Letter]
    attachments: list[Attachment]
    attachment_roles: dict[str, list[str]]  # attachment id -> "deal", "sighting", "reply"
    missing_records: list[Message]  # sentences naming references to records that are gone


def select_case(
    records: Records,
    *,
    buyer_id: str | None = None,
    sighting_id: str | None = None,
    options: EvidenceOptions = EvidenceOptions(),
) -> Case:
    """The records of a case: one buyer (their deals, the media delivered, the sightings traced
    to them, the letters sent to them or about those media), or one sighting (the media it
    matches, the deals that handed those media over, the buyers of those deals, the letters)."""
    if (buyer_id is None) == (sighting_id is None):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "An evidence bundle is for one buyer or one sighting.")
        )
    missing: list[Message] = []
    if buyer_id is not None:
        buyer = records.buyers.get(buyer_id)
        if buyer is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "There is no buyer with id {id} in this vault."),
                id=repr(buyer_id),
            )
        buyers = [buyer]
        deals = records.deals_for_buyer(buyer.id)
        media_ids = [m for d in deals for m in d.media_ids]
        sightings = [
            s
            for s in records.sightings.values()
            if buyer.id in s.buyer_ids or set(s.media_ids) & set(media_ids)
        ]
        title = buyer.name
    else:
        assert sighting_id is not None
        sighting = records.sightings.get(sighting_id)
        if sighting is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "There is no sighting with id {id} in this vault."),
                id=repr(sighting_id),
            )
        sightings = [sighting]
        matched = set(sighting.media_ids)
        deals = sorted(
            (
                d
                for d in records.deals.values()
                if matched & set(d.media_ids)
                and (not sighting.buyer_ids or d.buyer_id in sighting.buyer_ids)
            ),
            key=lambda d: (d.date, d.created_at, d.id),
        )
        buyer_ids = list(dict.fromkeys([*sighting.buyer_ids, *(d.buyer_id for d in deals)]))
        buyers = []
        for bid in buyer_ids:
            if bid in records.buyers:
                buyers.append(records.buyers[bid])
            else:
                missing.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The sighting names a buyer ({id}) that is no longer recorded.",
                        ),
                        id=bid,
                    )
                )
        media_ids = [*sighting.media_ids, *(m for d in deals for m in d.media_ids)]
        title = sighting.title or sighting.url
    if not options.include_sightings:
        sightings = []
    sightings = sorted(sightings, key=lambda s: (s.seen_on, s.created_at, s.id))
    media_ids = list(dict.fromkeys([*media_ids, *(m for s in sightings for m in s.media_ids)]))
    media: list[MediaItem] = []
    for mid in media_ids:
        if mid in records.media:
            media.append(records.media[mid])
        else:
            missing.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "A deal or sighting names a photo ({id}) that is no longer recorded.",
                    ),
                    id=mid,
                )
            )
    media.sort(key=lambda m: (m.imported_at, m.name, m.id))
    buyer_set = {b.id for b in buyers}
    media_set = {m.id for m in media}
    letters: list[Letter] = []
    if options.include_letters:
        letters = sorted(
            (
                letter
                for letter in records.letters.values()
                if letter.recipient in buyer_set or set(letter.media_ids) & media_set
            ),
            key=lambda letter: (letter.created_at, letter.id),
        )
    roles: dict[str, list[str]] = {}
    for role, holders in (
        ("deal", [(d.attachment_ids, GONE_FROM_DEAL) for d in deals]),
        ("sighting", [(s.attachment_ids, GONE_FROM_SIGHTING) for s in sightings]),
        ("reply", [(letter.reply_attachment_ids, GONE_FROM_LETTER) for letter in letters]),
    ):
        for ids, sentence in holders:
            for aid in ids:
                if aid in records.attachments:
                    roles.setdefault(aid, [])
                    if role not in roles[aid]:
                        roles[aid].append(role)
                else:
                    missing.append(Message(sentence, id=aid))
    attachments = sorted(
        (records.attachments[a] for a in roles), key=lambda a: (a.added_at, a.name, a.id)
    )
    return Case(
        title=title,
        buyers=buyers,
        deals=deals,
        media=media,
        sightings=sightings,
        letters=letters,
        attachments=attachments,
        attachment_roles=roles,
        missing_records=list(dict.fromkeys(missing)),
    )


def find_sighting(service: VaultService, key: str) -> Sighting:
    """A sighting by full id or by an unambiguous prefix (``VaultService.find``)."""
    return service.find(Sighting, key)
