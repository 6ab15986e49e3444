"""The desktop app driven like a user would: wizard, drop, dialogs, lock, search.

Every test checks the Qt model AND the vault on disk (reopened with VaultService after the
app locked it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWizard

from app.services.vault_service import VaultService
from app.ui.application import AppController
from app.ui.main_window import MainWindow
from app.ui.models.tables import ID_ROLE
from tests.support import FAST_KDF, PASSWORD, jpeg_bytes, new_service, png_bytes, write
from tests.support.gui import reopen


def drop_files(target: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(target.width() / 2, target.height() / 2)
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)


def test_create_vault_through_the_wizard(qtbot, controller: AppController, tmp_path: Path):
    welcome = controller.show_welcome()

    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)  # asked off the GUI thread
    assert not welcome.remember.isEnabled()  # no OS secret store here, and the tooltip says so
    assert "secret store" in welcome.remember.toolTip()
    welcome.start_create()
    wizard = welcome.wizard
    assert wizard is not None and wizard.argon2 == FAST_KDF
    target = tmp_path / "new vault"
    wizard.location.folder.setText(str(target))
    wizard.location.name.setText("林小雨")
    wizard.next()
    assert wizard.currentPage() is wizard.password
    wizard.password.password.setText(PASSWORD)
    wizard.password.repeat.setText(PASSWORD + "x")
    assert not wizard.password.isComplete()
    wizard.password.repeat.setText(PASSWORD)
    assert wizard.password.isComplete()
    assert wizard.password.meter.value() >= 3
    wizard.next()  # creates the vault off the GUI thread, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)
    key = wizard.recovery_key
    assert wizard.recovery.key_label.text() == key and len(key.split("-")) == 8
    assert not wizard.recovery.isComplete()
    pdf = tmp_path / "recovery.pdf"
    wizard.write_recovery_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    lines = "".join(page.extract_text() for page in PdfReader(pdf).pages).splitlines()
    assert key in lines  # on one line of its own, whole
    wizard.recovery.kept.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.confirm
    wizard.confirm.answer.setText("AAAA BBBB")
    assert not wizard.confirm.isComplete()
    groups = key.split("-")
    first, second = wizard.confirm.groups
    wizard.confirm.answer.setText(f"{groups[first].lower()} {groups[second]}")
    assert wizard.confirm.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.window is not None)
    assert controller.window.photos_page.model.rowCount() == 0
    assert controller.settings.recent_vaults()[0] == target.resolve()
    controller.lock()
    # on disk: the password opens it, and so does the recovery key shown once
    reopened = reopen(target)
    assert reopened.records.performer.display_name == "林小雨"
    reopened.lock()
    VaultService.open(target, recovery_key=key).lock()


def test_import_twenty_photos_by_drop(qtbot, window: MainWindow, controller, tmp_path: Path):
    folder = tmp_path / "shoot"
    sources = [write(folder / f"IMG_{i:04d}.jpg", jpeg_bytes(i, (320, 240))) for i in range(20)]
    broken = write(tmp_path / "notes.txt", b"not a photo")
    drop_files(window, [folder, broken])
    qtbot.waitUntil(lambda: window.import_task is None, timeout=30_000)
    model = window.photos_page.model
    assert model.rowCount() == 20
    assert {model.item(r).name for r in range(20)} == {p.name for p in sources}
    # one summary for the whole batch, naming the file that failed
    summary = window.summary
    assert summary.isVisible() and summary.table.rowCount() == 1
    assert summary.table.item(0, 0).text() == "notes.txt"
    summary.accept()
    # thumbnails arrive by themselves, decrypted off the GUI thread
    window.show()
    qtbot.waitUntil(lambda: model.cached_count > 0, timeout=10_000)
    # the new photos' matching data is computed after the import: the vault closes after it
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=60_000)
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    assert sorted(m.sha256 for m in on_disk.records.media.values()) == sorted(
        hashlib.sha256(p.read_bytes()).hexdigest() for p in sources
    )
    on_disk.lock()


def test_add_buyer_and_deal_through_the_dialogs(qtbot, window: MainWindow, controller, tmp_path):
    items = window.service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i)) for i in range(3)])
    window.reload()
    dialog = window.edit_buyer("")
    dialog.name.setText("短剧工作室阿杰")
    dialog.platform.setCurrentIndex(dialog.platform.findData("xianyu"))
    dialog.platform_user_id.setText("tb_88213")
    dialog.contact.setText("微信 ajie")
    dialog.order_numbers.setPlainText("111\n222\n")
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    buyers = window.buyers_page.model
    assert buyers.rowCount() == 1
    assert buyers.index(0, 1).data() == "短剧工作室阿杰"
    buyer_id = buyers.index(0, 0).data(ID_ROLE)

    receipt = write(tmp_path / "receipt.png", png_bytes(7))
    deal = window.edit_deal("")
    deal.buyer.setCurrentIndex(deal.buyer.findData(buyer_id))
    model = deal.photos.view.model()  # the thumbnail picker's grid
    for row in range(model.rowCount()):  # tick the boxes as a click would
        index = model.index(row, 0)
        if index.data(ID_ROLE) in (items[0].id, items[2].id):
            model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert deal.photo_count.text().startswith("2")
    deal.price.setText("30.50")
    deal.uses.setText("AI换脸短剧")
    deal.ai_training.setCurrentIndex(deal.ai_training.findData("no"))
    deal.term.setCurrentIndex(deal.term.findData("until"))
    assert deal.term_until.isEnabled()
    deal.term_until.edit.setText("2099-06-30")  # typed, as a user would
    deal.add_pending_attachment(receipt, "receipt")
    deal.attachments.setCurrentRow(0)
    assert not deal.attachment_image().isNull()  # previewed from memory
    with qtbot.waitSignal(deal.saved):
        deal.buttons.button(deal.buttons.StandardButton.Save).click()
    deals = window.deals_page.model
    assert deals.rowCount() == 1
    assert deals.index(0, 2).data() == "2"
    assert deals.index(0, 3).data() == "30.50 CNY"
    assert buyers.index(0, 4).data() == "2"  # photos held

    # edit the deal again: the stored attachment previews from the vault, in memory
    deal_id = deals.index(0, 0).data(ID_ROLE)
    editor = window.edit_deal(deal_id)
    assert editor.attachments.count() == 1
    editor.attachments.setCurrentRow(0)
    assert not editor.attachment_image().isNull()
    editor.reject()

    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    (saved,) = on_disk.records.deals.values()
    assert saved.buyer_id == buyer_id and sorted(saved.media_ids) == sorted(
        [items[0].id, items[2].id]
    )
    assert (saved.price, saved.currency, saved.ai_training, saved.term) == (
        "30.50",
        "CNY",
        "no",
        "until",
    )
    (att,) = [on_disk.records.attachments[a] for a in saved.attachment_ids]
    assert att.kind == "receipt" and att.sha256 == hashlib.sha256(receipt.read_bytes()).hexdigest()
    assert on_disk.records.buyers[buyer_id].order_numbers == ["111", "222"]
    on_disk.lock()


def test_lock_and_unlock(qtbot, window: MainWindow, controller: AppController):
    window.service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i)) for i in range(5)])
    window.service.add_buyer("momo", platform="xianyu")
    window.reload()
    window.show()
    window.nav.setCurrentRow(window.PHOTOS)  # the home page opens first
    photos = window.photos_page.model
    qtbot.waitUntil(lambda: photos.cached_count == 5, timeout=10_000)
    service = window.service
    window.copy_sensitive("momo_2019")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.window is None
    # decrypted data, pixmaps and the clipboard copy are gone; the key is forgotten
    assert photos.rowCount() == 0 and photos.cached_count == 0
    assert window.buyers_page.model.rowCount() == 0
    assert not service.vault.is_open
    assert QGuiApplication.clipboard().text() != "momo_2019"
    welcome = controller.welcome
    assert welcome is not None and welcome.selected_path == service.path.resolve()
    welcome.password.setText("wrong")
    # a wrong password: a sentence, the vault stays locked (the message box is closed for us)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_box)

    QTimer.singleShot(50, close_box)
    welcome.open_vault()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "wrong" in seen[0] and controller.window is None
    welcome.password.setText(PASSWORD)
    welcome.open_vault()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    # (mypy keeps the None of the assert above; waitUntil has changed it)
    assert controller.window.photos_page.model.rowCount() == 5  # type: ignore[attr-defined]
    assert controller.window.buyers_page.model.rowCount() == 1  # type: ignore[attr-defined]


def test_idle_timeout_locks(qtbot, window: MainWindow, controller: AppController):
    assert window.lockwatch.idle_active  # default: 10 minutes
    window.lockwatch.set_idle_ms(100)
    qtbot.waitUntil(lambda: controller.window is None, timeout=5000)
    assert controller.welcome is not None


def test_search_filters_pages(qtbot, window: MainWindow, controller):
    service = window.service
    items = service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i)) for i in range(4)])
    service.update_media(items[1].id, set_name="2024夏 街拍")
    service.add_buyer("短剧工作室阿杰", platform="xianyu", platform_user_id="tb_88213")
    service.add_buyer("momo素材铺", platform="xianyu", platform_user_id="momo_2019")
    window.reload()
    window.nav.setCurrentRow(window.PHOTOS)  # the home page opens first
    window.search.setText("街拍")
    qtbot.waitUntil(lambda: window.photos_page.visible_count() == 1)
    assert window.photos_page.proxy.index(0, 0).data(ID_ROLE) == items[1].id
    assert "1" in window.count_label.text()
    window.nav.setCurrentRow(window.BUYERS)
    # each page keeps its own search: the Buyers page is not filtered by the Photos search
    assert window.search.text() == "" and window.buyers_page.visible_count() == 2
    window.search.setText("MOMO")
    qtbot.waitUntil(lambda: window.buyers_page.visible_count() == 1)
    assert window.buyers_page.proxy.index(0, 1).data() == "momo素材铺"
    window.search.clear()
    qtbot.waitUntil(lambda: window.buyers_page.visible_count() == 2)
    # searching is a view: nothing in the vault changed, and what it found is what is on disk
    path = service.path
    controller.lock()
    on_disk = reopen(path)
    assert sorted(b.name for b in on_disk.records.buyers.values()) == [
        "momo素材铺",
        "短剧工作室阿杰",
    ]
    assert [m.id for m in on_disk.records.media.values() if "街拍" in m.set_name] == [items[1].id]
    on_disk.lock()


@pytest.mark.parametrize("still_ours", [True, False])
def test_clipboard_is_cleared_only_if_unchanged(qtbot, still_ours: bool):
    from app.ui.clipboard import SensitiveClipboard

    board = SensitiveClipboard(clear_after_ms=50)
    board.copy("tb_88213")
    assert QGuiApplication.clipboard().text() == "tb_88213"
    if not still_ours:
        QGuiApplication.clipboard().setText("something the user copied")
    qtbot.waitUntil(lambda: not board.pending, timeout=2000)
    expected = "" if still_ours else "something the user copied"
    assert QGuiApplication.clipboard().text() == expected


def test_lock_while_thumbnails_and_previews_are_loading(qtbot, window: MainWindow, controller):
    """Locking destroys the window while workers still decrypt: nothing may crash or leak in."""
    service = window.service
    service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i, (400, 300))) for i in range(60)])
    path = service.path
    for _ in range(8):
        win = controller.window
        win.reload()
        win.show()
        win.photos_page.grid.setCurrentIndex(win.photos_page.proxy.index(3, 0))  # full preview
        controller.lock()  # at once: thumbnails, the preview and the secret-store probe in flight
        qtbot.wait(30)
        welcome = controller.welcome
        welcome.password.setText(PASSWORD)
        welcome.open_vault()
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window.photos_page.model.rowCount() == 60
    assert controller.service.path == path


def test_lock_during_a_save_lets_the_save_finish_first(qtbot, window: MainWindow, controller):
    from app.ui import tasks

    dialog = window.edit_buyer("")
    dialog.name.setText("星河传媒")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # saving on a worker
    service, path = window.service, window.service.path
    assert tasks.running_writers()
    controller.lock()  # at once
    qtbot.waitUntil(lambda: not service.vault.is_open, timeout=10_000)
    on_disk = reopen(path)
    assert [b.name for b in on_disk.records.buyers.values()] == ["星河传媒"]
    on_disk.lock()


class MemoryBackend:
    """An in-memory secret store standing in for the OS one (tests only)."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_remember_on_this_computer_then_forget(qtbot, settings, vault_dir: Path):
    from app.vault.keystore import KeyStore

    backend = MemoryBackend()
    ctrl = AppController(settings, argon2=FAST_KDF, keystore_factory=lambda: KeyStore(backend))
    new_service(vault_dir, "x").lock()
    welcome = ctrl.show_welcome(locked_path=vault_dir)
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    assert welcome.remember.isEnabled()
    welcome.password.setText(PASSWORD)
    welcome.remember.setChecked(True)
    welcome.open_vault()
    qtbot.waitUntil(lambda: ctrl.window is not None, timeout=10_000)
    assert len(backend.secrets) == 1
    ctrl.lock()
    assert ctrl.welcome is not None
    welcome = ctrl.welcome
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    welcome.password.clear()  # nothing typed: the secret store opens it
    welcome.open_vault()
    qtbot.waitUntil(lambda: ctrl.window is not None, timeout=10_000)
    ctrl.window.forget_action.trigger()
    qtbot.waitUntil(lambda: not backend.secrets, timeout=5000)
    ctrl.lock()
    ctrl.welcome.close()


def test_quitting_clears_the_clipboard_and_closes_the_vault(qtbot, window: MainWindow, controller):
    service = window.service
    window.copy_sensitive("tb_88213")
    controller.shutdown()  # what QApplication.aboutToQuit triggers
    assert QGuiApplication.clipboard().text() == ""
    assert not service.vault.is_open
    reopen(service.path).lock()  # the lock file was released


def test_what_the_vault_repaired_on_open_is_shown(qtbot, controller, vault_dir: Path):
    service = new_service(vault_dir, "x")
    service.add_buyer("one")
    service.add_buyer("two")  # the newest index generation
    service.lock()
    newest = max((vault_dir / "index").iterdir())
    newest.write_bytes(newest.read_bytes()[:-5])  # damaged: opens the previous state
    opened = controller.show_vault(reopen(vault_dir))
    qtbot.waitUntil(lambda: getattr(opened, "open_warnings", None) is not None)
    box = opened.open_warnings
    assert box.isVisible() and "previous saved state" in box.informativeText()
    assert opened.buyers_page.model.rowCount() == 1
