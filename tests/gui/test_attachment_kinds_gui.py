"""Each file of a deal has its own kind (issue 14): a contract PDF added together with a chat
screenshot is labelled a contract, the screenshot a chat screenshot; each can be changed before
saving and later, and the vault on disk holds what the dialog showed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox

from app.ui.main_window import MainWindow
from tests.support import jpeg_bytes, png_bytes, write
from tests.support.gui import reopen


def choose(box: QComboBox, kind: str) -> None:
    """As a user picking from the list would (``activated``, not a programmatic change)."""
    index = box.findData(kind)
    assert index >= 0
    box.setCurrentIndex(index)
    box.activated.emit(index)


def kinds_on_disk(path: Path) -> dict[str, str]:
    on_disk = reopen(path)
    try:
        (deal,) = on_disk.records.deals.values()
        return {
            on_disk.records.attachments[a].name: on_disk.records.attachments[a].kind
            for a in deal.attachment_ids
        }
    finally:
        on_disk.lock()


def test_each_file_gets_its_own_kind_changeable_before_and_after_saving(
    qtbot: Any, window: MainWindow, controller: Any, tmp_path: Path
) -> None:
    service = window.service
    assert service is not None
    photos = service.import_photo_data([("p.jpg", jpeg_bytes(5))])
    buyer = service.add_buyer("短剧工作室阿杰", platform="xianyu")
    window.reload()
    pdf = write(tmp_path / "授权书.pdf", b"%PDF-1.4 licence")
    shot = write(tmp_path / "IMG_2041.png", png_bytes(9))
    receipt = write(tmp_path / "Screenshot_0512.png", png_bytes(10))

    dialog = window.edit_deal("")
    assert dialog is not None
    dialog.buyer.setCurrentIndex(dialog.buyer.findData(buyer.id))
    dialog.photos.set_checked([photos[0].id])
    for path in (pdf, shot, receipt):  # chosen together in one file dialog
        dialog.add_pending_attachment(path)
    rows = [dialog.attachments.item(i).text() for i in range(3)]
    assert "Contract" in rows[0] and "Chat screenshot" in rows[1] and "Chat screenshot" in rows[2]
    assert dialog.kind_box.isEnabled() and dialog.kind_box.currentData() == "chat"  # the last
    choose(dialog.kind_box, "receipt")  # the user says what the last one really is
    assert "Payment receipt" in dialog.attachments.item(2).text()
    dialog.attachments.setCurrentRow(0)
    assert dialog.kind_box.currentData() == "contract"  # the box follows the selection
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    detail = window.deals_page.detail.text.text()
    assert "授权书.pdf · Contract" in detail and "Screenshot_0512.png · Payment receipt" in detail

    # later: the contract was a chat export after all
    (deal_id,) = service.records.deals
    editor = window.edit_deal(deal_id)
    assert editor is not None
    editor.attachments.setCurrentRow(-1)
    assert not editor.kind_box.isEnabled()  # no file chosen: nothing to relabel
    names = [editor.attachments.item(i).text() for i in range(editor.attachments.count())]
    editor.attachments.setCurrentRow(next(i for i, n in enumerate(names) if "授权书" in n))
    editor.mark_clean()  # (what the discard question compares, taken now)
    assert not editor.has_changes()  # choosing a file is no change
    choose(editor.kind_box, "other")
    assert editor.has_changes()  # its new kind is: closing would ask before dropping it
    assert "(kind changed)" in editor.attachments.currentItem().text()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()

    path = controller.service.path
    controller.lock()
    assert kinds_on_disk(path) == {
        "授权书.pdf": "other",
        "IMG_2041.png": "chat",
        "Screenshot_0512.png": "receipt",
    }
