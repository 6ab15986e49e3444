"""Honest controls (issue 14): an action on the selected record is disabled while none is
selected, also after a search or a delete took the selected row away; each page keeps its own
search, shown in the box when the page is shown, and says when nothing matches, with a button
that clears the search."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction

from app.services import letters as service_letters
from app.ui.main_window import MainWindow
from app.ui.pages.records import RecordPage
from tests.support import jpeg_bytes


def seed(win: MainWindow) -> dict[str, str]:
    service = win.service
    assert service is not None
    photos = service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(80 + i)) for i in range(2)])
    buyer = service.add_buyer("短剧工作室阿杰", platform="xianyu")
    deal = service.add_deal(buyer.id, [photos[0].id], "2025-05-01")
    sighting = service.add_sighting(
        "https://www.douyin.com/video/1", title="逆袭千金", media_ids=[photos[0].id]
    )
    comp = service_letters.compose_buyer_letter(service, buyer.id, "revocation", "en")
    letter = service_letters.record(service, comp)
    win.reload()
    return {
        "photo": photos[0].id,
        "buyer": buyer.id,
        "deal": deal.id,
        "sighting": sighting.id,
        "letter": letter.id,
    }


def by_text(page: Any, *texts: str) -> list[QAction]:
    found = [a for a in page.toolbar.actions() if a.text() in texts]
    assert sorted(a.text() for a in found) == sorted(texts)
    return found


def needing_selection(win: MainWindow) -> dict[str, tuple[Any, str, list[QAction]]]:
    """page name -> (page, the search that hides its record, the actions on the selection)"""
    return {
        "buyer": (
            win.buyers_page,
            "momo",
            [
                win.buyers_page.edit,
                win.buyers_page.delete,
                *by_text(win.buyers_page, "Take my face back…", "Export evidence…"),
            ],
        ),
        "deal": (win.deals_page, "1999", [win.deals_page.edit, win.deals_page.delete]),
        "sighting": (
            win.sightings_page,
            "bilibili",
            [
                win.sightings_page.edit,
                win.sightings_page.delete,
                *by_text(win.sightings_page, "Takedown notice…", "Export evidence…"),
            ],
        ),
        "letter": (
            win.letters_page,
            "nothing-like-this",
            by_text(win.letters_page, "Mark as sent…", "Attach reply…", "Set status"),
        ),
        "photo": (
            win.photos_page,
            "no-such-photo",
            [
                win.photos_page.export_action,
                win.photos_page.edit_action,
                win.photos_page.delete_action,
                win.photos_page.view_action,
            ],
        ),
    }


def enabled(actions: list[QAction]) -> list[bool]:
    return [a.isEnabled() for a in actions]


@pytest.mark.parametrize("kind", ["buyer", "deal", "sighting", "letter", "photo"])
def test_actions_on_the_selection_follow_it_through_searches(
    qtbot: Any, window: MainWindow, kind: str
) -> None:
    ids = seed(window)
    page, hiding, actions = needing_selection(window)[kind]
    window.nav.setCurrentRow(window.pages.index(page))
    assert page.current_id() == ""
    assert enabled(actions) == [False] * len(actions)  # nothing selected
    page.select(ids[kind])
    assert page.current_id() == ids[kind]
    assert enabled(actions) == [True] * len(actions)
    window.search.setText(hiding)  # the search hides the selected row
    qtbot.waitUntil(lambda: page.visible_count() == 0)
    assert page.current_id() == ""
    assert enabled(actions) == [False] * len(actions)
    window.search.clear()
    qtbot.waitUntil(lambda: page.visible_count() > 0)
    assert enabled(actions) == [False] * len(actions)  # the row is back, not selected
    page.select(ids[kind])
    assert enabled(actions) == [True] * len(actions)


def test_actions_are_disabled_again_after_the_selected_record_is_deleted(
    qtbot: Any, window: MainWindow
) -> None:
    ids = seed(window)
    service = window.service
    assert service is not None
    page: RecordPage = window.deals_page
    window.nav.setCurrentRow(window.DEALS)
    page.select(ids["deal"])
    assert page.edit.isEnabled() and page.delete.isEnabled()
    service.delete_deal(ids["deal"])
    window.reload()
    assert page.current_id() == ""
    assert not page.edit.isEnabled() and not page.delete.isEnabled()
    assert "Choose one" in page.detail.text.text() or page.detail.text.text() == ""


def test_each_page_keeps_its_own_search_and_shows_it(qtbot: Any, window: MainWindow) -> None:
    seed(window)
    service = window.service
    assert service is not None
    service.add_buyer("momo素材铺", platform="xianyu")
    window.reload()
    window.nav.setCurrentRow(window.PHOTOS)
    window.search.setText("IMG_1")
    qtbot.waitUntil(lambda: window.photos_page.visible_count() == 1)
    window.nav.setCurrentRow(window.BUYERS)
    # the Photos search neither filters the Buyers page nor hides in its box
    assert window.search.text() == ""
    assert window.buyers_page.visible_count() == 2
    window.search.setText("momo")
    qtbot.waitUntil(lambda: window.buyers_page.visible_count() == 1)
    window.nav.setCurrentRow(window.PHOTOS)
    assert window.search.text() == "IMG_1"  # kept, and shown with the rows it filters
    assert window.photos_page.visible_count() == 1
    window.nav.setCurrentRow(window.BUYERS)
    assert window.search.text() == "momo" and window.buyers_page.visible_count() == 1
    window.nav.setCurrentRow(window.HOME)
    assert not window.search.isEnabled() and window.search.text() == ""


def test_typing_then_switching_at_once_searches_the_page_it_was_typed_on(
    qtbot: Any, window: MainWindow
) -> None:
    seed(window)
    window.nav.setCurrentRow(window.PHOTOS)
    window.search.setText("IMG_0")  # the search waits 150 ms for more typing...
    window.nav.setCurrentRow(window.BUYERS)  # ...and the user switched before it ran
    assert window.photos_page.search_text == "IMG_0"
    assert window.photos_page.visible_count() == 1
    assert window.buyers_page.search_text == "" and window.buyers_page.visible_count() == 1
    qtbot.wait(300)
    assert window.buyers_page.visible_count() == 1


@pytest.mark.parametrize(
    ("row", "what"),
    [(1, "photo"), (2, "buyer"), (3, "deal"), (4, "sighting"), (5, "letter")],
)
def test_a_search_that_matches_nothing_says_so_and_clears(
    qtbot: Any, window: MainWindow, row: int, what: str
) -> None:
    seed(window)
    window.show()
    window.nav.setCurrentRow(row)
    page = window.pages[row]
    assert page.no_match is not None and not page.no_match.isVisible()
    window.search.setText("zzz-nothing")
    qtbot.waitUntil(lambda: page.no_match is not None and page.no_match.isVisible())
    assert f"No {what} matches “zzz-nothing”." == page.no_match.label.text()
    page.no_match.clear_button.click()
    assert window.search.text() == "" and page.search_text == ""
    assert page.visible_count() == page.total_count() > 0
    assert not page.no_match.isVisible()


def test_an_empty_page_is_not_a_no_match(qtbot: Any, window: MainWindow) -> None:
    window.show()
    window.nav.setCurrentRow(window.DEALS)
    window.search.setText("anything")
    qtbot.waitUntil(lambda: window.deals_page.search_text == "anything")
    no_match = window.deals_page.no_match
    assert no_match is not None and not no_match.isVisible()  # no deals at all: its own hint
