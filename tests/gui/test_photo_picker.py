"""One thumbnail photo picker wherever photos are chosen (issue 14): the deal, takedown and
sighting dialogs show it; what is ticked there is what the saved record holds (read back from
the vault on disk); the filter, select all / none for the shown photos, the count, the keyboard;
the decrypted thumbnails never reach the disk."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.letters import ComposeLetterDialog
from app.ui.main_window import MainWindow
from app.ui.models.photos import BADGE_ROLE
from app.ui.widgets.photo_picker import PhotoPicker
from tests.integration.test_no_plaintext import recent_files_containing
from tests.support import files_containing, jpeg_bytes
from tests.support.gui import reopen

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def seed(win: MainWindow, first: int = 60) -> list[str]:
    service = win.service
    assert service is not None
    photos = [(f"IMG_{i}.jpg", jpeg_bytes(first + i)) for i in range(4)]
    items = service.import_photo_data(photos)
    ids = [m.id for m in items]
    service.update_media(ids[1], set_name="2024夏 街拍", tags=["汉服"])
    service.update_media(ids[3], set_name="2024夏 街拍")
    service.add_buyer("短剧工作室阿杰", platform="xianyu")
    win.reload()
    return ids


def tick(picker: PhotoPicker, ids: list[str]) -> None:
    """As a click on the check boxes would: through the grid's model."""
    model = picker.view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole + 1) in ids:
            model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def reveal(widget: QWidget) -> None:
    """Bring the tab (or stacked page) holding ``widget`` to the front."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def thumbnails_shown(qtbot: Any, picker: PhotoPicker, count: int) -> None:
    reveal(picker)
    qtbot.waitUntil(lambda: picker.model.cached_count == count, timeout=10_000)
    for row in range(picker.model.rowCount()):
        pixmap = picker.model.index(row).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(pixmap, QPixmap) and not pixmap.isNull()


def test_the_deal_dialog_picks_photos_on_thumbnails_and_the_deal_keeps_them(
    qtbot: Any, window: MainWindow, controller: Any
) -> None:
    ids = seed(window)
    dialog = window.edit_deal("")
    assert dialog is not None
    assert isinstance(dialog.photos, PhotoPicker)
    dialog.show()
    thumbnails_shown(qtbot, dialog.photos, 4)
    tick(dialog.photos, [ids[0], ids[2]])
    assert dialog.photos.count.text().startswith("2")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.photos.model.cached_count == 0  # closed: the thumbnails are dropped
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    try:
        (deal,) = on_disk.records.deals.values()
        assert deal.media_ids == [ids[0], ids[2]]
    finally:
        on_disk.lock()


def test_the_takedown_notice_picks_photos_on_thumbnails_and_the_letter_keeps_them(
    qtbot: Any, window: MainWindow, controller: Any, tmp_path: Path
) -> None:
    ids = seed(window)
    service = window.service
    assert service is not None
    dialog = ComposeLetterDialog(service, mode="takedown", parent=window)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.photos, PhotoPicker)
    dialog.show()
    thumbnails_shown(qtbot, dialog.photos, 4)
    dialog.urls.setPlainText("https://www.douyin.com/video/7")
    tick(dialog.photos, [ids[3]])
    dialog.recompose()
    assert dialog.composition is not None
    assert [m.id for m in dialog.composition.media] == [ids[3]]
    letter_id = dialog.save_to(tmp_path / "notice.pdf")
    assert letter_id
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    try:
        assert on_disk.records.letters[letter_id].media_ids == [ids[3]]
    finally:
        on_disk.lock()


def test_the_sighting_dialog_uses_the_same_picker(qtbot: Any, window: MainWindow) -> None:
    ids = seed(window)
    service = window.service
    assert service is not None
    buyer = next(iter(service.records.buyers))
    service.add_deal(buyer, [ids[1]], "2025-05-01")  # sold once: a badge in the picker
    window.reload()
    dialog = window.edit_sighting("")
    assert dialog is not None
    assert isinstance(dialog.photos, PhotoPicker)
    dialog.show()
    thumbnails_shown(qtbot, dialog.photos, 4)
    badges = [dialog.photos.model.index(row).data(BADGE_ROLE) for row in range(4)]
    assert badges == [(0, 0), (1, 0), (0, 0), (0, 0)]  # as on the Photos page
    tick(dialog.photos, [ids[1]])
    assert dialog.checked_media() == [ids[1]]
    assert dialog.checked_buyers() == [buyer]  # traced from the deal, as before
    dialog.done(0)


def test_filter_select_all_and_none_act_on_the_shown_photos(qtbot: Any, window: MainWindow) -> None:
    ids = seed(window)
    dialog = window.edit_deal("")
    assert dialog is not None
    picker = dialog.photos
    dialog.show()
    reveal(picker)
    guarded = hasattr(dialog, "has_changes")  # the discard question (issue 14)
    if guarded:
        dialog.mark_clean()  # (a tab switch reorders the children it compares)
    picker.filter.setText("街拍")
    if guarded:
        assert not dialog.has_changes()  # a filter is no change to the deal
    assert picker.shown_ids() == [ids[1], ids[3]]
    assert picker.view.isRowHidden(0) and not picker.view.isRowHidden(1)
    picker.select_all.click()
    assert picker.checked_ids() == [ids[1], ids[3]]  # only the photos the filter shows
    if guarded:
        assert dialog.has_changes()  # ticks are
    assert not picker.select_all.isEnabled() and picker.select_none.isEnabled()
    picker.filter.setText("汉服")  # a tag
    assert picker.shown_ids() == [ids[1]]
    assert "1 hidden" in picker.count.text()  # ids[3] is ticked but not shown: said so
    picker.select_none.click()
    assert picker.checked_ids() == [ids[3]]
    picker.filter.setText("nothing-like-this")
    assert picker.shown_ids() == []
    assert picker.empty.isVisible() and "nothing-like-this" in picker.empty.text()
    assert not picker.select_all.isEnabled() and not picker.select_none.isEnabled()
    picker.filter.clear()
    assert len(picker.shown_ids()) == 4 and not picker.empty.isVisible()
    assert picker.checked_ids() == [ids[3]]
    dialog.done(0)


def test_the_picker_is_usable_from_the_keyboard(qtbot: Any, window: MainWindow) -> None:
    ids = seed(window)
    dialog = window.edit_deal("")
    assert dialog is not None
    picker = dialog.photos
    dialog.show()
    assert picker.filter.accessibleName() and picker.view.accessibleName()
    picker.view.setFocus()
    picker.view.setCurrentIndex(picker.model.index(2))
    qtbot.keyClick(picker.view, Qt.Key.Key_Space)
    assert picker.checked_ids() == [ids[2]]
    qtbot.keyClick(picker.view, Qt.Key.Key_Space)
    assert picker.checked_ids() == []
    qtbot.keyClick(picker.view, Qt.Key.Key_Return)  # Enter toggles too
    assert picker.checked_ids() == [ids[2]]
    assert dialog.isVisible() and dialog.isEnabled()  # and is not taken for "Save"
    assert window.service is not None and window.service.records.deals == {}
    qtbot.keyClick(picker.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert picker.checked_ids() == ids  # Ctrl+A ticks what is shown
    dialog.done(0)


def test_thumbnails_of_the_picker_never_touch_the_disk(
    qtbot: Any, window: MainWindow, vault_dir: Path, tmp_path: Path
) -> None:
    started = time.time() - 1
    ids = seed(window, first=int(uuid.uuid4().hex[:6], 16))  # pixels unique to this run
    service = window.service
    assert service is not None
    thumbs = [service.thumbnail_bytes(i) for i in ids]
    # their pixel data (the tables at the start are the same in every JPEG of a quality)
    needles = [t[-64:] for t in thumbs if t] + [t[len(t) // 2 :][:64] for t in thumbs if t]
    assert len(needles) == 8
    for open_dialog in (
        lambda: window.edit_deal(""),
        lambda: window.edit_sighting(""),
        lambda: ComposeLetterDialog(service, mode="takedown", parent=window),
    ):
        dialog = open_dialog()
        assert dialog is not None
        dialog.show()
        thumbnails_shown(qtbot, dialog.photos, 4)
        dialog.done(0)
    assert files_containing(vault_dir, needles) == []
    assert files_containing(tmp_path, needles) == []
    assert recent_files_containing(Path(tempfile.gettempdir()), started, tmp_path, needles) == []
