"""The vault's records. Field names are the on-disk names inside the encrypted index.

Dates are ISO strings (``YYYY-MM-DD``), instants are UTC ISO strings with ``Z``; money is a
decimal string so that 19.90 stays 19.90. Adding a field with a default is compatible; renaming
or changing the meaning of one needs a step in ``app/vault/migrations.py``.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Self, TypeVar

from app.errors import QT_TRANSLATE_NOOP, Message

# (object id, label a user recognises, SHA-256 of the plaintext or "" when none is recorded)
ObjectRef = tuple[str, str, str]  # (object id, label: an errors.Message, sha256 or "")

# the labels of stored objects (vault check, damaged items): the English is what the CLI prints,
# the GUI says them in the UI language (prompts.error_text)
MEDIA_LABELS = {
    "photo": QT_TRANSLATE_NOOP("errors", "photo {name} ({id})"),
    "clip": QT_TRANSLATE_NOOP("errors", "clip {name} ({id})"),
    "voice": QT_TRANSLATE_NOOP("errors", "voice {name} ({id})"),
}
THUMBNAIL_LABELS = {
    "photo": QT_TRANSLATE_NOOP("errors", "thumbnail of photo {name} ({id})"),
    "clip": QT_TRANSLATE_NOOP("errors", "thumbnail of clip {name} ({id})"),
    "voice": QT_TRANSLATE_NOOP("errors", "thumbnail of voice {name} ({id})"),
}

NO_OBJECT = "-"  # MediaItem.derived: computed, nothing to keep (e.g. no face in the photo)

PLATFORMS = ("xianyu", "wechat", "douyin", "other")
# where content is published and a takedown notice goes (sightings, app/services/letters.py)
TAKEDOWN_PLATFORMS = (
    "douyin",
    "hongguo",
    "kuaishou",
    "channels",
    "bilibili",
    "xiaohongshu",
    "xianyu",
    "other",
)
MEDIA_KINDS = ("photo", "clip", "voice")
TERM_KINDS = ("until", "unlimited", "unstated")
AI_TRAINING_CHOICES = ("yes", "no", "unstated")
EXCLUSIVITY_CHOICES = ("yes", "no", "unstated")
ATTACHMENT_KINDS = ("contract", "chat", "receipt", "other")  # what a deal's files can be
ID_DOCUMENT_KIND = "id_document"  # an image of the performer's ID (Performer.id_document_ids)
ALL_ATTACHMENT_KINDS = (*ATTACHMENT_KINDS, ID_DOCUMENT_KIND)
# a revocation manifest the vault made and remembers (app/services/manifest.py): its JSON is the
# object; no record refers to it, letters and evidence bundles find the newest by this kind
MANIFEST_KIND = "manifest"
LETTER_KINDS = ("revocation", "deletion", "takedown", "reminder", "escalation")
LETTER_STATUSES = ("draft", "sent", "acknowledged", "complied", "ignored")


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class RefersToAttachments:
    """A record that refers to attachments through one list of ids (``attachment_field``)."""

    attachment_field: ClassVar[str] = "attachment_ids"
    label: ClassVar[str]  # how a sentence names the record: "deal", "sighting", "letter"
    id: str

    def attachment_refs(self) -> list[str]:
        refs: list[str] = getattr(self, self.attachment_field)
        return refs

    def without_attachment(self, attachment_id: str) -> Self:
        kept = [a for a in self.attachment_refs() if a != attachment_id]
        return self._with(self.attachment_field, kept)

    def user_label(self) -> str:
        return f"{self.label} {self.id}"

    def _with(self, name: str, value: list[str]) -> Self:
        changed = copy.copy(self)  # records are replaced on change, never edited in place
        setattr(changed, name, value)
        return changed


class ShowsMedia(RefersToAttachments):
    """A record that lists photos (``media_ids``) and is taken off a photo deleted."""

    media_ids: list[str]

    def without_media(self, media_ids: Collection[str]) -> Self:
        return self._with("media_ids", [m for m in self.media_ids if m not in media_ids])


@dataclass
class Performer(RefersToAttachments):
    display_name: str = ""  # the chosen name on letters and reports
    stage_names: list[str] = field(default_factory=list)
    legal_name: str = ""
    id_number: str = ""  # goes to platforms only, never to buyers by default
    address: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    # attachment ids of images of the ID document (kind "id_document"): proof of identity
    # annexed to takedown notices (Civil Code 1195 asks for the real identity)
    id_document_ids: list[str] = field(default_factory=list)

    attachment_field: ClassVar[str] = "id_document_ids"

    def user_label(self) -> str:
        return "your details (ID document)"


@dataclass
class MediaItem:
    id: str
    name: str  # original file name
    kind: str  # one of MEDIA_KINDS
    mime: str
    sha256: str
    size: int
    object_id: str
    imported_at: str
    thumb_object_id: str = ""
    width: int = 0
    height: int = 0
    # compact fingerprints, "<name>/<version>" -> value (app/matching/fingerprints.py)
    fingerprints: dict[str, str] = field(default_factory=dict)
    captured_at: str = ""  # from EXIF when present
    set_name: str = ""  # the shoot or set it belongs to
    persona: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # bulky derived data, "<name>/<version>" -> the id of the encrypted object holding it
    # (local features, face embeddings: app/matching/fingerprints.py, produces="object"), or
    # NO_OBJECT when it was computed and there is nothing to keep (no face in the photo)
    derived: dict[str, str] = field(default_factory=dict)

    def derived_object_ids(self) -> list[str]:
        return [oid for oid in self.derived.values() if oid and oid != NO_OBJECT]

    def object_refs(self) -> list[ObjectRef]:
        kind = self.kind if self.kind in MEDIA_LABELS else "photo"
        label = Message(MEDIA_LABELS[kind], name=self.name, id=self.id[:8])
        refs: list[ObjectRef] = [(self.object_id, label, self.sha256)]
        if self.thumb_object_id:
            thumb = Message(THUMBNAIL_LABELS[kind], name=self.name, id=self.id[:8])
            refs.append((self.thumb_object_id, thumb, ""))
        for key, oid in sorted(self.derived.items()):
            if oid and oid != NO_OBJECT:
                what = Message(
                    QT_TRANSLATE_NOOP("errors", "matching data {key} of photo {name} ({id})"),
                    key=key,
                    name=self.name,
                    id=self.id[:8],
                )
                refs.append((oid, what, ""))
        return refs

    def with_objects(self, mapping: dict[str, str]) -> Self:
        return dataclasses.replace(
            self,
            object_id=mapping[self.object_id],
            thumb_object_id=mapping.get(self.thumb_object_id, "") if self.thumb_object_id else "",
            derived={
                k: (mapping[v] if v and v != NO_OBJECT else v) for k, v in self.derived.items()
            },
        )


@dataclass
class Buyer:
    id: str
    name: str  # nickname as seen on the platform
    platform: str = "other"
    platform_user_id: str = ""
    order_numbers: list[str] = field(default_factory=list)
    contact: str = ""  # WeChat ID, phone or e-mail as the performer knows it
    real_name: str = ""
    company: str = ""
    country: str = "CN"  # ISO 3166-1 alpha-2; decides which extra law a letter may cite
    notes: str = ""
    created_at: str = field(default_factory=utc_now)


@dataclass
class Attachment:
    id: str
    name: str
    kind: str  # one of ATTACHMENT_KINDS
    mime: str
    sha256: str
    size: int
    object_id: str
    added_at: str
    notes: str = ""

    def object_refs(self) -> list[ObjectRef]:
        label = Message(
            QT_TRANSLATE_NOOP("errors", "attachment {name} ({id})"), name=self.name, id=self.id[:8]
        )
        return [(self.object_id, label, self.sha256)]

    def with_objects(self, mapping: dict[str, str]) -> Self:
        return dataclasses.replace(self, object_id=mapping[self.object_id])


@dataclass
class Delivery:
    """One delivery copy given to the deal's buyer (app/services/delivery.py): which photo, the
    file's name and SHA-256, its geometric code (app/media/delivery.py CODEBOOK), the date."""

    item_id: str
    file_name: str
    sha256: str
    code: str
    delivered_on: str  # YYYY-MM-DD
    c2pa: bool = False


@dataclass
class Deal(ShowsMedia):
    id: str
    buyer_id: str
    date: str
    media_ids: list[str] = field(default_factory=list)
    price: str = ""  # decimal string, "" when not stated
    currency: str = "CNY"
    # permitted uses as agreed: keys of app/domain/uses.py USES; "other" has its text in
    # uses_other (schema 4; the free text of older vaults became "other")
    uses: list[str] = field(default_factory=list)
    ai_training: str = "unstated"
    resale: str = "unstated"
    territory: str = ""  # territory / platforms
    term: str = "unstated"  # one of TERM_KINDS
    term_until: str = ""  # YYYY-MM-DD when term == "until"
    exclusive: str = "unstated"
    order_no: str = ""
    attachment_ids: list[str] = field(default_factory=list)
    notes: str = ""
    created_at: str = field(default_factory=utc_now)
    uses_other: str = ""  # the text of the use "other"
    # the licence contracts the app generated for this deal (app/services/contracts.py):
    # attachment ids (kind "contract"), oldest first, and the digest of the terms the newest
    # one states (it no longer matches once the deal's terms are edited)
    contract_ids: list[str] = field(default_factory=list)
    contract_terms_digest: str = ""
    deliveries: list[Delivery] = field(default_factory=list)  # delivery copies, oldest first
    # how and when the price is paid (schema 5; app/domain/payment.py): the kind, and its
    # detail: the days of "within_days", the date of "paid", the text of "instalments"/"other"
    payment: str = "unstated"
    payment_days: int = 0
    payment_date: str = ""
    payment_text: str = ""

    label: ClassVar[str] = "deal"

    def __post_init__(self) -> None:  # from the index's JSON: dicts
        self.deliveries = [
            d if isinstance(d, Delivery) else from_dict(Delivery, d) for d in self.deliveries
        ]

    def without_attachment(self, attachment_id: str) -> Self:
        changed = super().without_attachment(attachment_id)
        if attachment_id in changed.contract_ids:
            if changed.contract_ids[-1] == attachment_id:
                changed.contract_terms_digest = ""  # the newest contract is gone
            changed.contract_ids = [a for a in changed.contract_ids if a != attachment_id]
        return changed


@dataclass
class Sighting(ShowsMedia):
    id: str
    url: str
    platform: str = "other"
    title: str = ""
    seen_on: str = ""
    media_ids: list[str] = field(default_factory=list)
    buyer_ids: list[str] = field(default_factory=list)
    attachment_ids: list[str] = field(default_factory=list)  # screenshots, recordings
    notes: str = ""
    created_at: str = field(default_factory=utc_now)

    label: ClassVar[str] = "sighting"

    def without_buyer(self, buyer_id: str) -> Self:
        return self._with("buyer_ids", [b for b in self.buyer_ids if b != buyer_id])


@dataclass
class Letter(RefersToAttachments):
    id: str
    kind: str  # one of LETTER_KINDS
    recipient: str  # buyer id or platform name
    route: str = ""
    media_ids: list[str] = field(default_factory=list)
    lang: str = "zh-CN"
    created_at: str = field(default_factory=utc_now)
    sent_on: str = ""
    channel: str = ""
    deadline: str = ""
    status: str = "draft"
    reply_attachment_ids: list[str] = field(default_factory=list)
    body: str = ""  # the edited text, when the user changed it
    notes: str = ""
    # letters (issue 6): see app/services/letters.py and docs/letters.md
    reason: str = ""  # the justified reason (1022 ¶2) or the facts of use beyond the deal
    grounds: list[str] = field(default_factory=list)  # extra law cited (routes.toml [grounds])
    include_identity: bool = False  # legal name, ID number, address printed on the letter
    performer_took_photo: bool = False  # the performer owns the copyright (DMCA 512(c)(3))
    deal_ids: list[str] = field(default_factory=list)
    platform: str = ""  # takedown notices: the platform key
    urls: list[str] = field(default_factory=list)  # takedown notices: the infringing links
    follows: str = ""  # a reminder or escalation: the letter it follows up
    title: str = ""
    dated: str = ""  # the date printed on the letter (YYYY-MM-DD); "" in older vaults
    # earlier "sent" records replaced by marking the letter sent again, oldest first:
    # {"sent_on": YYYY-MM-DD, "channel": ..., "replaced_at": UTC instant}
    sent_history: list[dict[str, str]] = field(default_factory=list)
    # the PDF exactly as it was saved, encrypted in the vault ("" for letters saved before
    # the app kept it): opened from the letters list, never re-rendered from today's records
    pdf_object_id: str = ""
    pdf_sha256: str = ""

    attachment_field: ClassVar[str] = "reply_attachment_ids"
    label: ClassVar[str] = "letter"

    def object_refs(self) -> list[ObjectRef]:
        if not self.pdf_object_id:
            return []
        label = Message(QT_TRANSLATE_NOOP("errors", "PDF of the letter ({id})"), id=self.id[:8])
        return [(self.pdf_object_id, label, self.pdf_sha256)]

    def with_objects(self, mapping: dict[str, str]) -> Self:
        if not self.pdf_object_id:
            return self
        return dataclasses.replace(self, pdf_object_id=mapping[self.pdf_object_id])


@dataclass
class Matching:
    """The vault's matching settings and its search index cache (app/services/matching.py).

    ``face_matching`` is the performer's choice: face embeddings are biometric data, computed
    only while it is on and deleted when it is turned off. ``index_object_id`` is an encrypted
    object holding the search index over the photos' local features (a cache: rebuilt from the
    photos' own ``derived`` objects when missing, stale or unreadable)."""

    face_matching: bool = False
    face_matching_since: str = ""  # UTC instant it was last turned on
    index_object_id: str = ""

    def object_refs(self) -> list[ObjectRef]:
        if not self.index_object_id:
            return []
        label = Message(QT_TRANSLATE_NOOP("errors", "the photo search index"))
        return [(self.index_object_id, label, "")]

    def with_objects(self, mapping: dict[str, str]) -> Self:
        if not self.index_object_id:
            return self
        return dataclasses.replace(self, index_object_id=mapping[self.index_object_id])


T = TypeVar("T")


def to_dict(record: Any) -> dict[str, Any]:
    return dataclasses.asdict(record)


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record, ignoring unknown keys (a newer app's fields) and filling defaults."""
    names = _field_names(cls)  # type: ignore[arg-type]  # cached: called once per record
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Records:
    """Everything the encrypted index holds, in memory while the vault is open."""

    performer: Performer = field(default_factory=Performer)
    media: dict[str, MediaItem] = field(default_factory=dict)
    buyers: dict[str, Buyer] = field(default_factory=dict)
    deals: dict[str, Deal] = field(default_factory=dict)
    attachments: dict[str, Attachment] = field(default_factory=dict)
    sightings: dict[str, Sighting] = field(default_factory=dict)
    letters: dict[str, Letter] = field(default_factory=dict)
    matching: Matching = field(default_factory=Matching)

    COLLECTIONS = (
        ("media", MediaItem),
        ("buyers", Buyer),
        ("deals", Deal),
        ("attachments", Attachment),
        ("sightings", Sighting),
        ("letters", Letter),
    )

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "performer": to_dict(self.performer),
            "matching": to_dict(self.matching),
        }
        for name, _cls in self.COLLECTIONS:
            doc[name] = [to_dict(r) for r in getattr(self, name).values()]
        return doc

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Records:
        records = cls(
            performer=from_dict(Performer, doc.get("performer") or {}),
            matching=from_dict(Matching, doc.get("matching") or {}),
        )
        for name, record_cls in cls.COLLECTIONS:
            target = getattr(records, name)
            for raw in doc.get(name) or []:
                record = from_dict(record_cls, raw)
                target[record.id] = record  # type: ignore[attr-defined]
        return records

    def deals_for_media(self, media_id: str) -> list[Deal]:
        return [d for d in self.deals.values() if media_id in d.media_ids]

    def deals_for_buyer(self, buyer_id: str) -> list[Deal]:
        return sorted(
            (d for d in self.deals.values() if d.buyer_id == buyer_id), key=lambda d: d.date
        )

    def media_for_buyer(self, buyer_id: str) -> list[MediaItem]:
        seen: dict[str, MediaItem] = {}
        for deal in self.deals_for_buyer(buyer_id):
            for mid in deal.media_ids:
                if mid in self.media:
                    seen.setdefault(mid, self.media[mid])
        return list(seen.values())

    def copy(self) -> Records:
        """A copy whose collections can change without touching these (the records in them
        are shared: a change replaces a record, it does not edit one in place)."""
        return Records(
            performer=copy.copy(self.performer),
            matching=copy.copy(self.matching),
            **{name: dict(getattr(self, name)) for name, _ in self.COLLECTIONS},
        )

    # --- what refers to what: every cascade in one place ------------------------------------

    def _attachment_collections(self) -> tuple[dict[str, Any], ...]:
        """The collections whose records can refer to attachments (``attachment_refs``)."""
        return (self.deals, self.sightings, self.letters)

    def attachment_users(self, attachment_id: str) -> list[str]:
        """What still refers to an attachment, as "deal ID", "sighting ID", "letter ID" or
        "your details (ID document)"."""
        holders = [r for c in self._attachment_collections() for r in c.values()]
        holders.append(self.performer)
        return [r.user_label() for r in holders if attachment_id in r.attachment_refs()]

    def detach_attachment(self, attachment_id: str) -> None:
        """Take ``attachment_id`` off every record that refers to it (the attachment stays)."""
        for collection in self._attachment_collections():
            for key, record in list(collection.items()):
                if attachment_id in record.attachment_refs():
                    collection[key] = record.without_attachment(attachment_id)
        if attachment_id in self.performer.attachment_refs():
            self.performer = self.performer.without_attachment(attachment_id)

    def detach_media(self, media_ids: Iterable[str]) -> None:
        """Take photos off the deals and sightings that list them (the photos stay)."""
        ids = set(media_ids)
        for deal in list(self.deals.values()):
            if ids.intersection(deal.media_ids):
                self.deals[deal.id] = deal.without_media(ids)
        for sighting in list(self.sightings.values()):
            if ids.intersection(sighting.media_ids):
                self.sightings[sighting.id] = sighting.without_media(ids)

    def detach_buyer(self, buyer_id: str) -> None:
        """Take a buyer off the sightings that name them (the buyer stays)."""
        for sighting in list(self.sightings.values()):
            if buyer_id in sighting.buyer_ids:
                self.sightings[sighting.id] = sighting.without_buyer(buyer_id)

    # --- encrypted objects: each record type declares its own ---------------------------------

    def object_owners(self) -> list[MediaItem | Attachment | Letter | Matching]:
        """Every record that owns encrypted objects (``object_refs``/``with_objects``). An ID
        document image (``Performer.id_document_ids``) is an attachment: it is covered here;
        a letter owns the PDF it was saved as; the matching state owns the search index."""
        return [
            *self.media.values(),
            *self.attachments.values(),
            *self.letters.values(),
            self.matching,
        ]

    def object_refs(self) -> list[ObjectRef]:
        """(object id, label, sha256 or "") of every object the records refer to."""
        return [ref for owner in self.object_owners() for ref in owner.object_refs()]

    def object_ids(self) -> set[str]:
        return {oid for oid, _, _ in self.object_refs()}

    def with_objects(self, mapping: dict[str, str]) -> Records:
        """These records with every object id replaced by ``mapping[id]`` (a rekey)."""
        out = self.copy()
        out.media = {k: m.with_objects(mapping) for k, m in self.media.items()}
        out.attachments = {k: a.with_objects(mapping) for k, a in self.attachments.items()}
        out.letters = {k: x.with_objects(mapping) for k, x in self.letters.items()}
        out.matching = self.matching.with_objects(mapping)
        return out
