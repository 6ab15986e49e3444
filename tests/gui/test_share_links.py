"""A share text pasted into the sighting dialog's link field becomes the link in it, with its
platform, as it is pasted; a link being typed is left as typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.main_window import MainWindow
from tests.support.gui import reopen
from tests.unit.test_extract_link import SHARE_TEXTS


@pytest.mark.parametrize(("share", "link", "platform"), SHARE_TEXTS[:6])
def test_pasting_a_share_text_shows_its_link_and_sets_the_platform(
    qtbot: Any, window: MainWindow, share: str, link: str, platform: str
) -> None:
    dialog = window.edit_sighting("")
    assert dialog is not None
    QApplication.clipboard().setText(share)
    dialog.url.setFocus()
    dialog.url.paste()
    assert dialog.url.text() == link
    assert dialog.platform.currentData() == platform
    dialog.discard()


def test_a_share_text_saved_through_the_dialog_keeps_the_link(
    qtbot: Any, window: MainWindow, controller: Any
) -> None:
    dialog = window.edit_sighting("")
    assert dialog is not None
    share, link, _ = SHARE_TEXTS[4]  # Xiaohongshu: a full-width comma right after the link
    dialog.url.insert("看看")  # typed, then the share text pasted after it
    dialog.url.insert(share)
    assert dialog.url.text() == link
    assert dialog.platform.currentData() == "xiaohongshu"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    try:
        [sighting] = on_disk.records.sightings.values()
        assert (sighting.url, sighting.platform) == (link, "xiaohongshu")
    finally:
        on_disk.lock()


def test_a_link_typed_key_by_key_is_left_as_typed(qtbot: Any, window: MainWindow) -> None:
    dialog = window.edit_sighting("")
    assert dialog is not None
    qtbot.keyClicks(dialog.url, "https://v.douyin.com/abc/ x")
    assert dialog.url.text() == "https://v.douyin.com/abc/ x"  # the service will refuse it
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "https://v.douyin.com/abc/ ")
    dialog.url.insert("复")  # Chinese typed after it: a share text
    assert dialog.url.text() == "https://v.douyin.com/abc/"
    assert dialog.platform.currentData() == "douyin"
    dialog.discard()


def test_a_platform_picked_by_hand_stays(qtbot: Any, window: MainWindow) -> None:
    dialog = window.edit_sighting("")
    assert dialog is not None
    dialog.platform.setCurrentIndex(dialog.platform.findData("channels"))
    dialog._platform_picked(0)  # what the combo's activated signal calls
    dialog.url.insert(SHARE_TEXTS[0][0])
    assert dialog.url.text() == SHARE_TEXTS[0][1]
    assert dialog.platform.currentData() == "channels"
    dialog.discard()
