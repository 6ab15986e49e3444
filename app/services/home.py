"""What to do next: the home page's lists, computed from the records as plain data (no Qt).

- letters whose deadline has passed, or comes within ``SOON_DAYS``: sent (or acknowledged)
  letters with a deadline that no sent follow-up answers yet, most urgent first;
- buyers with a running deal and no revocation or deletion letter sent to them yet (a deal
  runs until its end date, or without end when its term is unlimited or unstated);
- sightings that no sent takedown notice names (by its link);
- when the vault was last backed up from this computer (``app/services/backup.py``), and
  whether it changed since: the records the performer entered or chose, not the derived data
  the background queue saves (``backup.content_digest``; recomputed after a restore).

Every date is relative to the ``today`` given, so the tests fix it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.models import Deal, Letter, Records
from app.services.backup import LastBackup

SOON_DAYS = 7  # a deadline this close (or closer) is "due soon"
BACKUP_STALE_DAYS = 30  # a backup older than this is nudged even without a known change

# what follows a letter whose deadline passed (app/services/letters.py: due)
NEXT_STEP = {
    "revocation": "reminder",
    "deletion": "reminder",
    "takedown": "reminder",
    "reminder": "escalation",
    "escalation": "complaint",
}
BUYER_LETTER_KINDS = ("revocation", "deletion")


@dataclass(frozen=True)
class LetterDue:
    letter_id: str
    kind: str  # one of LETTER_KINDS
    recipient: str  # buyer id, or the platform of a takedown notice
    deadline: str  # YYYY-MM-DD
    days_left: int  # negative: that many days overdue
    next_step: str  # what to write once overdue: "reminder" | "escalation" | "complaint"

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class BuyerToWrite:
    buyer_id: str
    name: str
    running_deals: int
    draft_id: str = ""  # an unsent draft to this buyer, if one was started


@dataclass(frozen=True)
class SightingWithoutNotice:
    sighting_id: str
    url: str
    platform: str
    seen_on: str
    draft_id: str = ""  # an unsent draft notice naming this link


@dataclass(frozen=True)
class BackupState:
    last: LastBackup | None
    days_ago: int | None  # None: never backed up
    changed_since: bool  # saved since the last backup (or never backed up)

    @property
    def needed(self) -> bool:
        """Never backed up, changed since, or the backup is old."""
        if self.last is None or self.days_ago is None:
            return True
        return self.changed_since or self.days_ago >= BACKUP_STALE_DAYS


@dataclass
class Overview:
    letters: list[LetterDue] = field(default_factory=list)
    buyers: list[BuyerToWrite] = field(default_factory=list)
    sightings: list[SightingWithoutNotice] = field(default_factory=list)
    backup: BackupState = field(default_factory=lambda: BackupState(None, None, True))
    has_photos: bool = False
    has_buyers: bool = False

    @property
    def first_steps(self) -> bool:
        """An empty vault: neither photos nor buyers yet."""
        return not self.has_photos and not self.has_buyers

    @property
    def count(self) -> int:
        """How many things there are to do (the backup counts when it is needed)."""
        return (
            len(self.letters)
            + len(self.buyers)
            + len(self.sightings)
            + int(self.backup.needed and self.has_photos)
        )


def deal_running(deal: Deal, today: date) -> bool:
    """Whether the buyer may still use the photos under the deal as agreed: until its end
    date, or without end when the term is unlimited or not stated."""
    if deal.term == "until" and deal.term_until:
        try:
            return date.fromisoformat(deal.term_until) >= today
        except ValueError:
            return True
    return True


def letters_due(records: Records, today: date, soon_days: int = SOON_DAYS) -> list[LetterDue]:
    letters = records.letters.values()
    followed = {x.follows for x in letters if x.follows and x.status != "draft"}
    out: list[LetterDue] = []
    for x in letters:
        if x.status not in ("sent", "acknowledged") or not x.deadline or x.id in followed:
            continue
        try:
            left = (date.fromisoformat(x.deadline) - today).days
        except ValueError:
            continue
        if left <= soon_days:
            out.append(
                LetterDue(
                    x.id, x.kind, x.recipient, x.deadline, left, NEXT_STEP.get(x.kind, "reminder")
                )
            )
    out.sort(key=lambda d: (d.days_left, d.deadline, d.letter_id))
    return out


def _newest_draft(drafts: list[Letter]) -> str:
    return max(drafts, key=lambda x: x.created_at).id if drafts else ""


def buyers_to_write(records: Records, today: date) -> list[BuyerToWrite]:
    written = {
        x.recipient
        for x in records.letters.values()
        if x.kind in BUYER_LETTER_KINDS and x.status != "draft"
    }
    out: list[BuyerToWrite] = []
    for buyer in records.buyers.values():
        if buyer.id in written:
            continue
        running = [d for d in records.deals_for_buyer(buyer.id) if deal_running(d, today)]
        if not running:
            continue
        drafts = [
            x
            for x in records.letters.values()
            if x.recipient == buyer.id and x.kind in BUYER_LETTER_KINDS and x.status == "draft"
        ]
        out.append(BuyerToWrite(buyer.id, buyer.name, len(running), _newest_draft(drafts)))
    out.sort(key=lambda b: (-b.running_deals, b.name, b.buyer_id))
    return out


def sightings_without_notice(records: Records) -> list[SightingWithoutNotice]:
    notices = [x for x in records.letters.values() if x.kind == "takedown"]
    sent = {u for x in notices if x.status != "draft" for u in x.urls}
    out: list[SightingWithoutNotice] = []
    for s in records.sightings.values():
        if s.url in sent:
            continue
        drafts = [x for x in notices if x.status == "draft" and s.url in x.urls]
        out.append(SightingWithoutNotice(s.id, s.url, s.platform, s.seen_on, _newest_draft(drafts)))
    out.sort(key=lambda s: (s.seen_on, s.sighting_id), reverse=True)  # newest first
    return out


def backup_state(
    last: LastBackup | None, generation: int, today: date, digest: str = ""
) -> BackupState:
    """``digest``: the vault's ``backup.content_digest`` now; compared with the one noted at
    the backup, so saves of derived data only do not count. An entry without one (noted by an
    older release) falls back to the generation: any save counts."""
    if last is None:
        return BackupState(None, None, True)
    by_digest = bool(digest and last.digest)
    changed = digest != last.digest if by_digest else generation > last.generation
    return BackupState(last, max(0, (today - last.day).days), changed)


def overview(
    records: Records,
    today: date,
    last: LastBackup | None = None,
    generation: int = 0,
    soon_days: int = SOON_DAYS,
    digest: str = "",
) -> Overview:
    """Everything the home page lists, for the vault whose records, saved ``generation`` and
    ``backup.content_digest`` are given, backed up last as ``last`` (``backup.last_backup``)."""
    return Overview(
        letters=letters_due(records, today, soon_days),
        buyers=buyers_to_write(records, today),
        sightings=sightings_without_notice(records),
        backup=backup_state(last, generation, today, digest),
        has_photos=bool(records.media),
        has_buyers=bool(records.buyers),
    )
