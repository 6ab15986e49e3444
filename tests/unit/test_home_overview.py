"""The home page's lists (app/services/home.py), each against a fixed "today"."""

from __future__ import annotations

from datetime import date

from app.domain.models import Buyer, Deal, Letter, MediaItem, Records, Sighting
from app.services import home
from app.services.backup import LastBackup

TODAY = date(2026, 11, 30)


def letter(id_: str, **kw: object) -> Letter:
    fields: dict[str, object] = {"kind": "revocation", "recipient": "b1", "status": "sent"}
    fields.update(kw)
    return Letter(id=id_, **fields)  # type: ignore[arg-type]


def records_with(*letters: Letter, **collections: object) -> Records:
    r = Records(**collections)  # type: ignore[arg-type]
    for x in letters:
        r.letters[x.id] = x
    return r


def test_letters_overdue_and_due_soon_most_urgent_first() -> None:
    r = records_with(
        letter("late", deadline="2026-11-20"),  # 10 days overdue
        letter("soon", deadline="2026-12-04"),  # in 4 days
        letter("today", deadline="2026-11-30"),  # due today
        letter("far", deadline="2027-01-15"),  # not yet a concern
        letter("draft", deadline="2026-11-01", status="draft"),  # never sent
        letter("done", deadline="2026-11-01", status="complied"),
        letter("nodeadline"),
        letter("answered", deadline="2026-11-10", kind="reminder"),
        letter("followup", follows="answered", kind="escalation", deadline="2026-12-30"),
        letter("ack", deadline="2026-11-29", status="acknowledged", kind="reminder"),
    )
    due = home.letters_due(r, TODAY)
    assert [d.letter_id for d in due] == ["late", "ack", "today", "soon"]
    assert [d.days_left for d in due] == [-10, -1, 0, 4]
    assert [d.overdue for d in due] == [True, True, False, False]
    assert due[0].next_step == "reminder" and due[1].next_step == "escalation"
    # a later "today" moves "far" into the window
    assert "far" in [d.letter_id for d in home.letters_due(r, date(2027, 1, 10))]


def test_buyers_with_running_deals_and_no_letter_yet() -> None:
    buyers = {
        b: Buyer(id=b, name=name)
        for b, name in (("b1", "阿杰"), ("b2", "Ended"), ("b3", "Written"), ("b4", "Drafted"))
    }
    deals = {
        "d1": Deal(id="d1", buyer_id="b1", date="2025-06-01", term="unstated"),
        "d1b": Deal(id="d1b", buyer_id="b1", date="2025-07-01", term="unlimited"),
        "d2": Deal(
            id="d2", buyer_id="b2", date="2025-01-01", term="until", term_until="2026-01-01"
        ),
        "d3": Deal(id="d3", buyer_id="b3", date="2025-01-01"),
        "d4": Deal(
            id="d4", buyer_id="b4", date="2025-01-01", term="until", term_until="2026-11-30"
        ),
    }
    r = records_with(
        letter("l3", recipient="b3", status="sent"),
        letter("l4", recipient="b4", status="draft", created_at="2026-11-01T00:00:00Z"),
        letter("l4b", recipient="b4", status="draft", created_at="2026-11-02T00:00:00Z"),
        letter("t1", recipient="b1", kind="takedown"),  # not a letter to the buyer
        buyers=buyers,
        deals=deals,
    )
    listed = home.buyers_to_write(r, TODAY)
    assert [(b.buyer_id, b.running_deals, b.draft_id) for b in listed] == [
        ("b1", 2, ""),
        ("b4", 1, "l4b"),  # the deal runs through today; the newest draft is offered
    ]
    # the day after b4's deal ended, only b1 remains
    assert [b.buyer_id for b in home.buyers_to_write(r, date(2026, 12, 1))] == ["b1"]


def test_sightings_without_a_notice() -> None:
    sightings = {
        "s1": Sighting(
            id="s1", url="https://v.douyin.com/a", platform="douyin", seen_on="2026-11-01"
        ),
        "s2": Sighting(id="s2", url="https://b23.tv/b", platform="bilibili", seen_on="2026-11-20"),
        "s3": Sighting(
            id="s3", url="https://v.douyin.com/c", platform="douyin", seen_on="2026-10-01"
        ),
    }
    r = records_with(
        letter("n1", kind="takedown", recipient="douyin", urls=["https://v.douyin.com/a"]),
        letter("n2", kind="takedown", status="draft", urls=["https://v.douyin.com/c"]),
        sightings=sightings,
    )
    listed = home.sightings_without_notice(r)
    assert [(s.sighting_id, s.draft_id) for s in listed] == [("s2", ""), ("s3", "n2")]


def test_backup_state() -> None:
    never = home.backup_state(None, 5, TODAY)
    assert never.needed and never.days_ago is None
    fresh = home.backup_state(LastBackup("2026-11-28T10:00:00Z", 5), 5, TODAY)
    assert not fresh.needed and fresh.days_ago == 2 and not fresh.changed_since
    changed = home.backup_state(LastBackup("2026-11-28T10:00:00Z", 5), 6, TODAY)
    assert changed.needed and changed.changed_since
    old = home.backup_state(LastBackup("2026-09-01T10:00:00Z", 5), 5, TODAY)
    assert old.needed and old.days_ago == 90


def test_overview_of_an_empty_vault_is_first_steps() -> None:
    empty = home.overview(Records(), TODAY)
    assert empty.first_steps and empty.count == 0
    media = MediaItem(
        id="m",
        name="a.jpg",
        kind="photo",
        mime="image/jpeg",
        sha256="0",
        size=1,
        object_id="o",
        imported_at="2026-11-01T00:00:00Z",
    )
    one = home.overview(Records(media={"m": media}), TODAY)
    assert not one.first_steps and one.count == 1  # only: back it up
