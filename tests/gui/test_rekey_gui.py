"""The GUI's renewal of the vault key (Vault menu, and offered after a password change)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.errors import WrongPassword
from app.services.vault_service import VaultService
from app.ui.dialogs.vault_dialogs import ChangePasswordDialog, NewRecoveryKeyDialog, RekeyDialog
from app.ui.main_window import MainWindow
from tests.support import PASSWORD, jpeg_bytes
from tests.support.gui import service_of


def test_rekey_from_the_vault_menu_shows_the_new_recovery_key_once(
    qtbot,
    window: MainWindow,
    controller,
):
    service = service_of(window)
    service.import_photo_data([("a.jpg", jpeg_bytes(1)), ("b.jpg", jpeg_bytes(2))])
    window.reload()
    assert window.rekey_action in window.vault_menu.actions()
    old_key = service.vault.key
    window.rekey_action.trigger()
    dialog = window.rekey_dialog
    assert isinstance(dialog, RekeyDialog) and not dialog.start.isEnabled()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.rekeyed, timeout=20_000) as signal:
        dialog.start.click()
    recovery = signal.args[0]
    qtbot.waitUntil(
        lambda: isinstance(getattr(window, "recovery_dialog", None), NewRecoveryKeyDialog)
    )
    assert window.recovery_dialog.key == recovery
    assert service.vault.key != old_key
    assert len(service.records.media) == 2
    path = service.path
    controller.lock()
    VaultService.open(path, recovery_key=recovery).lock()


def test_rekey_cancelled_leaves_the_vault_as_it_was(qtbot, window: MainWindow, monkeypatch):
    service = service_of(window)
    service.import_photo_data([("a.jpg", jpeg_bytes(1)), ("b.jpg", jpeg_bytes(2))])
    key = service.vault.key
    gate = threading.Event()
    real = service.vault._reencrypt  # internals: a fault injector slows one object down

    def slow(*args, **kwargs):  # the first object waits until Cancel was pressed
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(service.vault, "_reencrypt", slow)
    dialog = window.rekey_vault()
    assert dialog is not None
    dialog.password.setText(PASSWORD)
    dialog.start.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.isVisible()  # it stays until the work has stopped
    gate.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "Cancelled" in dialog.status.text() or "取消" in dialog.status.text()
    assert service.vault.key == key


def test_wrong_password_in_the_rekey_dialog_is_said(qtbot, window: MainWindow, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "app.ui.dialogs.vault_dialogs.show_exception", lambda _parent, exc: shown.append(exc)
    )
    dialog = window.rekey_vault()
    assert dialog is not None
    dialog.password.setText(PASSWORD + "x")
    dialog.start.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert isinstance(shown[0], WrongPassword)
    assert dialog.password.isEnabled()


def test_password_change_offers_the_rekey(qtbot, window: MainWindow):
    window.change_password()  # the menu action's path: the dialog, wired to the window
    dialog = window.findChild(ChangePasswordDialog)
    assert dialog is not None
    new = "另一个 很长的 新密码 words"
    dialog.password.setText(new)
    dialog.repeat.setText(new)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(
        lambda: isinstance(getattr(window, "rekey_offer", None), QMessageBox), timeout=10_000
    )
    offer = window.rekey_offer
    assert "leaked" in offer.informativeText() or "泄露" in offer.informativeText()
    renew = next(
        b for b in offer.buttons() if offer.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    renew.click()
    assert isinstance(window.rekey_dialog, RekeyDialog)
    with pytest.raises(WrongPassword):
        window.service.rekey(PASSWORD)
