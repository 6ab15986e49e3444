"""Deleting a buyer who has deals: the main window says so before asking anything, names the
deals, and offers what can be done (show the deals, delete the buyer with them, cancel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from app import errors
from app.ui.dialogs.buyer_delete import BuyerInUseBox
from app.ui.main_window import MainWindow
from app.ui.prompts import error_sentence
from tests.support import DEAL_DATE, add_photos, buyer_with_deal
from tests.support.gui import service_of


def with_deals(window: MainWindow) -> tuple[str, list[str], list[str]]:
    """A buyer with two deals (3 photos, then 1) and a second buyer; (buyer, deals, photos)."""
    service = service_of(window)
    photos = add_photos(service, 4)
    buyer_id, first = buyer_with_deal(service, photos[:3])
    second = service.add_deal(buyer_id, photos[3:], "2025-07-15").id
    service.add_buyer("另一位买家")
    window.reload()
    return buyer_id, [first, second], photos


def asked(window: MainWindow, monkeypatch: Any) -> list[str]:
    """The titles of plain yes/no confirmations asked (none may be asked before the box)."""
    titles: list[str] = []

    def confirm(_parent: Any, title: str, _text: str) -> bool:
        titles.append(title)
        return True

    monkeypatch.setattr("app.ui.main_window.confirm", confirm)
    return titles


def test_the_box_names_the_deals_before_asking_and_cancel_deletes_nothing(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    buyer_id, deals, _ = with_deals(window)
    titles = asked(window, monkeypatch)
    window.delete_buyer(buyer_id)
    box = window.buyer_in_use
    assert isinstance(box, BuyerInUseBox) and box.isVisible()
    assert titles == []  # no "Delete?" first
    assert "阿杰" in box.text() and "2 deal(s)" in box.text()
    details = box.informativeText()
    assert f"{DEAL_DATE}: 3 photo(s) or clip(s)" in details
    assert "2025-07-15: 1 photo(s) or clip(s)" in details
    assert box.defaultButton() is box.show_button  # the safe choice
    box.cancel_button.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    service = service_of(window)
    assert buyer_id in service.records.buyers
    assert all(d in service.records.deals for d in deals)


def test_show_the_deals_opens_the_deals_page_on_the_buyers_first_deal(
    qtbot: Any, window: MainWindow
) -> None:
    buyer_id, deals, _ = with_deals(window)
    window.delete_buyer(buyer_id)
    window.buyer_in_use.show_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.deals_page)
    assert window.deals_page.current_id() == deals[0]
    assert buyer_id in service_of(window).records.buyers  # nothing deleted


def test_delete_the_buyer_and_deals_in_one_save_keeps_the_photos(
    qtbot: Any, window: MainWindow
) -> None:
    buyer_id, deals, photos = with_deals(window)
    service = service_of(window)
    generation = service.vault.generation
    window.delete_buyer(buyer_id)
    assert window.buyer_in_use.delete_button.text() == "Delete the buyer and 2 deal(s)"
    window.buyer_in_use.delete_button.click()
    qtbot.waitUntil(lambda: service.vault.generation > generation, timeout=10_000)
    qtbot.waitUntil(window.buyers_page.isEnabled)  # the change finished and reloaded
    assert buyer_id not in service.records.buyers
    assert not any(d in service.records.deals for d in deals)
    assert all(p in service.records.media for p in photos)
    assert service.vault.generation == generation + 1  # one save
    assert len(service.records.buyers) == 1  # the other buyer stays


def test_a_buyer_without_deals_is_confirmed_as_before(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    with_deals(window)
    service = service_of(window)
    other = next(b.id for b in service.records.buyers.values() if b.name == "另一位买家")
    titles = asked(window, monkeypatch)
    window.delete_buyer(other)
    assert titles == ["Delete buyer"]
    qtbot.waitUntil(lambda: other not in service.records.buyers, timeout=10_000)


def test_the_box_in_chinese(qtbot: Any, window: MainWindow, zh_translator: None) -> None:
    buyer_id, _, _ = with_deals(window)
    window.delete_buyer(buyer_id)
    box = window.buyer_in_use
    for text in (box.text(), box.informativeText(), box.show_button.text()):
        assert text and not any(w in text for w in ("deal", "photo", "Show", "buyer")), text
    box.cancel_button.click()


def test_the_service_refusal_is_headlined_in_use_not_wrong_input(
    window: MainWindow, zh_translator: None
) -> None:
    buyer_id, _, _ = with_deals(window)
    try:
        service_of(window).delete_buyer(buyer_id)
    except errors.InUse as exc:
        headline = error_sentence(exc)
    else:
        raise AssertionError("a buyer with deals was deleted")
    assert headline != error_sentence(errors.InvalidInput())  # nothing was filled in wrong
    assert "填写" not in headline and "仍" in headline  # "still used", in Chinese


def test_cancelling_with_escape(qtbot: Any, window: MainWindow) -> None:
    buyer_id, _, _ = with_deals(window)
    window.delete_buyer(buyer_id)
    box = window.buyer_in_use
    assert box.escapeButton() is box.cancel_button
    box.reject()
    assert box.choice() == ""
    assert isinstance(box, QMessageBox)
    assert buyer_id in service_of(window).records.buyers
