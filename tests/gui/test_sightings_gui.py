"""Sightings, photo editing/deleting and attachment removal, driven through the real dialogs.

Every test checks the Qt model AND the vault on disk (reopened after the app locked it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui import main_window as main_window_module
from app.ui.dialogs import sighting_dialog
from app.ui.dialogs.photo_dialog import PhotoDialog
from app.ui.main_window import MainWindow
from app.ui.models.tables import ID_ROLE
from tests.support import jpeg_bytes, png_bytes, write
from tests.support.gui import reopen


def seed(win: MainWindow) -> tuple[list[str], str, str]:
    service = win.service
    assert service is not None
    items = service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(40 + i)) for i in range(3)])
    ids = [m.id for m in items]
    first = service.add_buyer("短剧工作室阿杰", platform="xianyu")
    second = service.add_buyer("星河传媒")
    service.add_deal(first.id, ids[:2], "2025-05-01")
    service.add_deal(second.id, ids[2:], "2025-06-01")
    win.reload()
    return ids, first.id, second.id


def tick(picker: Any, ids: list[str]) -> None:
    """Tick photos in a dialog's thumbnail picker, as a click on their check boxes would."""
    model = picker.view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) in ids:
            model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def save(qtbot: Any, dialog: Any) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_and_edit_a_sighting_through_the_dialog(
    qtbot: Any,
    window: MainWindow,
    controller: Any,
    tmp_path: Path,
) -> None:
    ids, first, second = seed(window)
    shot = write(tmp_path / "录屏截图.png", png_bytes(21))
    dialog = window.edit_sighting("")
    assert dialog is not None
    dialog.url.setText("https://www.hongguo.com/drama/123")
    dialog.platform.setCurrentIndex(dialog.platform.findData("hongguo"))
    dialog.title.setText("《逆袭千金》第5集")
    dialog.notes.setPlainText("换脸到女配")
    assert dialog.checked_buyers() == []
    tick(dialog.photos, [ids[1]])
    assert dialog.checked_buyers() == [first]  # traced from the deal that delivered p1
    tick(dialog.photos, [ids[2]])
    assert sorted(dialog.checked_buyers()) == sorted([first, second])
    dialog.add_screenshot(shot)
    assert dialog.shot_preview.pixmap() is not None
    assert not dialog.shot_preview.pixmap().isNull()  # previewed from memory
    save(qtbot, dialog)

    model = window.sightings_page.model
    assert model.rowCount() == 1
    sighting_id = model.index(0, 0).data(ID_ROLE)
    assert window.sightings_page.current_id() == sighting_id
    assert "逆袭千金" in window.sightings_page.detail.text.text()
    assert "录屏截图.png" in window.sightings_page.detail.text.text()

    # edit: the stored screenshot previews from the vault; remove it, choose buyers by hand
    editor = window.edit_sighting(sighting_id)
    assert editor is not None
    assert editor.screenshots.count() == 1
    editor.screenshots.setCurrentRow(0)
    assert not editor.screenshot_image().isNull()
    editor.remove_screenshot()
    editor.buyer_model.set_checked(first, False)
    tick(editor.photos, [ids[0]])  # by hand now: ticking a photo no longer changes buyers
    assert editor.checked_buyers() == [second]
    save(qtbot, editor)

    path = controller.service.path
    att_before = controller.service.records.attachments
    assert att_before == {}  # removed and used by nothing else: deleted
    controller.lock()
    on_disk = reopen(path)
    try:
        (saved,) = on_disk.records.sightings.values()
        assert saved.id == sighting_id
        assert saved.url == "https://www.hongguo.com/drama/123"
        assert (saved.platform, saved.title, saved.notes) == (
            "hongguo",
            "《逆袭千金》第5集",
            "换脸到女配",
        )
        assert sorted(saved.media_ids) == sorted(ids)
        assert saved.buyer_ids == [second]
        assert saved.attachment_ids == [] and on_disk.records.attachments == {}
        assert on_disk.check().ok
    finally:
        on_disk.lock()


def test_a_new_sighting_keeps_its_screenshot_on_disk(
    qtbot: Any,
    window: MainWindow,
    controller: Any,
    tmp_path: Path,
) -> None:
    ids, first, _second = seed(window)
    shot = write(tmp_path / "shot.png", png_bytes(22))
    dialog = window.edit_sighting("")
    assert dialog is not None
    dialog.url.setText("https://v.douyin.com/abc/")
    tick(dialog.photos, [ids[0]])
    dialog.add_screenshot(shot)
    save(qtbot, dialog)
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    try:
        (saved,) = on_disk.records.sightings.values()
        assert saved.buyer_ids == [first] and saved.platform == "douyin"  # from the link
        (att_id,) = saved.attachment_ids
        data = on_disk.attachment_bytes(att_id)
        assert hashlib.sha256(data).hexdigest() == hashlib.sha256(shot.read_bytes()).hexdigest()
    finally:
        on_disk.lock()


def test_a_bad_link_is_refused_with_the_sentence_and_nothing_is_saved(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(window)
    shown: list[BaseException] = []
    monkeypatch.setattr(sighting_dialog, "show_exception", lambda _p, exc: shown.append(exc))
    dialog = window.edit_sighting("")
    assert dialog is not None
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save_button.isEnabled()  # no link yet
    dialog.url.setText("douyin.com/video/1")
    save_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "must be a web address" in str(shown[0])
    assert dialog.isVisible() and dialog.isEnabled()
    assert window.service is not None and window.service.records.sightings == {}
    dialog.discard()  # closed without the "discard your changes?" question


def test_delete_a_sighting_from_the_page(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(window)
    service = window.service
    assert service is not None
    sighting = service.add_sighting("https://example.com/x")
    window.reload()
    window.nav.setCurrentRow(window.SIGHTINGS)
    window.sightings_page.select(sighting.id)
    assert window.sightings_page.delete.isEnabled()
    monkeypatch.setattr(main_window_module, "confirm", lambda *_a: True)
    window.sightings_page.delete.trigger()
    qtbot.waitUntil(lambda: window.sightings_page.model.rowCount() == 0, timeout=10_000)
    assert service.records.sightings == {}


def test_edit_a_photo_then_delete_it_with_the_delete_key(
    qtbot: Any,
    window: MainWindow,
    controller: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids, _first, _second = seed(window)
    page = window.photos_page
    window.nav.setCurrentRow(window.PHOTOS)  # the home page opens first
    window.show()
    page.select(ids[0])
    assert page.edit_action.isEnabled() and page.delete_action.isEnabled()
    page.edit_action.trigger()
    dialog = next(d for d in window.findChildren(PhotoDialog) if d.isVisible())
    dialog.set_name.setCurrentText("2024 春季 外拍")
    dialog.persona.setCurrentText("古风")
    dialog.tags.setText("汉服，外景; 汉服 , portrait")
    dialog.notes.setPlainText("只卖给阿杰")
    save(qtbot, dialog)
    assert page.current_id() == ids[0]
    assert "古风" in page.info.text() and "汉服, 外景, portrait" in page.info.text()

    asked: list[str] = []
    answer = [False]

    def fake_confirm(_parent: Any, _title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(main_window_module, "confirm", fake_confirm)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert "p0.jpg" in asked[0] and "2025-05-01 · 短剧工作室阿杰" in asked[0]
    assert "星河传媒" not in asked[0]
    assert ids[0] in window.service.records.media  # declined: nothing deleted
    answer[0] = True
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)

    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    try:
        assert ids[0] not in on_disk.records.media
        deal = on_disk.records.deals_for_media(ids[1])[0]
        assert deal.media_ids == [ids[1]]
        kept = on_disk.records.media[ids[1]]
        assert kept.set_name == ""
        assert on_disk.check().ok
    finally:
        on_disk.lock()


def test_photo_edit_is_saved_to_disk(
    qtbot: Any,
    window: MainWindow,
    controller: Any,
) -> None:
    ids, _first, _second = seed(window)
    dialog = window.edit_photo(ids[2])
    assert dialog is not None
    dialog.set_name.setCurrentText("棚拍")
    dialog.tags.setText("a、b")
    save(qtbot, dialog)
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    try:
        item = on_disk.records.media[ids[2]]
        assert (item.set_name, item.tags) == ("棚拍", ["a", "b"])
    finally:
        on_disk.lock()


def test_removing_an_attachment_in_the_deal_editor_deletes_it_unless_used_elsewhere(
    qtbot: Any,
    window: MainWindow,
    controller: Any,
    tmp_path: Path,
) -> None:
    _ids, first, _second = seed(window)
    service = window.service
    assert service is not None
    alone = service.add_attachment(write(tmp_path / "合同.png", png_bytes(31)), "contract")
    shared = service.add_attachment(write(tmp_path / "chat.png", png_bytes(32)), "chat")
    deal = service.records.deals_for_buyer(first)[0]
    service.update_deal(deal.id, attachment_ids=[alone.id, shared.id])
    sighting = service.add_sighting("https://example.com/s")
    service.update_sighting(sighting.id, attachment_ids=[shared.id])
    window.reload()

    editor = window.edit_deal(deal.id)
    assert editor is not None and editor.attachments.count() == 2
    for _ in range(2):
        editor.attachments.setCurrentRow(0)
        editor.remove_att.click()
    save(qtbot, editor)
    assert alone.id not in service.records.attachments
    assert shared.id in service.records.attachments  # the sighting still shows it
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    try:
        assert on_disk.records.deals[deal.id].attachment_ids == []
        assert set(on_disk.records.attachments) == {shared.id}
        assert on_disk.check().ok
    finally:
        on_disk.lock()
