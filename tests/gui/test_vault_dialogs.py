"""Change the password, make a new recovery key and check the vault, from the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.errors import WrongPassword
from app.services.vault_service import VaultService
from app.ui.dialogs.vault_dialogs import ChangePasswordDialog, CheckDialog, NewRecoveryKeyDialog
from app.ui.main_window import MainWindow
from tests.support import PASSWORD, flip_bit, jpeg_bytes
from tests.support.gui import reopen, service_of


def test_change_password(qtbot, window: MainWindow, controller):
    dialog = ChangePasswordDialog(service_of(window), window)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.password.setText("新的密码 new password")
    assert not save.isEnabled()
    dialog.repeat.setText("新的密码 new password")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        save.click()
    path = window.service.path
    controller.lock()
    with pytest.raises(WrongPassword):
        VaultService.open(path, PASSWORD)
    VaultService.open(path, "新的密码 new password").lock()


def test_new_recovery_key_is_shown_once_and_works(qtbot, window: MainWindow, controller, tmp_path):
    key = window.service.new_recovery_key()
    dialog = NewRecoveryKeyDialog(service_of(window), key, window)
    pdf = tmp_path / "key.pdf"
    dialog.write_pdf(pdf)
    from pypdf import PdfReader

    lines = "".join(p.extract_text() for p in PdfReader(pdf).pages).splitlines()
    assert key in lines  # on one line of its own, whole
    path = window.service.path
    controller.lock()
    VaultService.open(path, recovery_key=key).lock()


def test_check_names_the_damaged_photo(qtbot, window: MainWindow, controller):
    service = service_of(window)
    (_good, bad) = service.import_photo_data(
        [("good.jpg", jpeg_bytes(1)), ("bad.jpg", jpeg_bytes(2))]
    )
    dialog = CheckDialog(service, window)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.ok and dialog.problems.isHidden()
    flip_bit(Path(service.vault.object_path(bad.object_id)), -20)
    dialog = CheckDialog(service, window)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    names = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(names) == 1 and "bad.jpg" in names[0] and "good.jpg" not in names[0]


def test_your_details_are_saved(qtbot, window: MainWindow, controller):
    dialog = window.edit_performer()
    dialog.display_name.setText("林小雨")
    dialog.stage_names.setText("小雨、Rainy Lin")
    dialog.legal_name.setText("林雨")
    dialog.id_number.setText("110101199001011234")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "林小雨" in window.windowTitle()
    path = window.service.path
    controller.lock()
    on_disk = reopen(path)
    performer = on_disk.records.performer
    on_disk.lock()
    assert (performer.display_name, performer.stage_names, performer.legal_name) == (
        "林小雨",
        ["小雨", "Rainy Lin"],
        "林雨",
    )
    assert performer.id_number == "110101199001011234"
