"""Issue 10 part 7 in the GUI: the create wizard and the change-password dialog use the same
estimator and floor as the CLI (app.services.passwords); below it there is no way forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app import errors
from app.services import passwords
from app.ui.application import AppController
from app.ui.dialogs.create_vault import password_strength, strength_hint
from app.ui.dialogs.vault_dialogs import ChangePasswordDialog
from app.ui.main_window import MainWindow
from app.ui.prompts import error_sentence
from app.ui.widgets.password_field import describe
from tests.support import NEW_PASSWORD, PASSWORD
from tests.support.gui import service_of


def test_the_wizard_does_not_go_past_a_weak_password(
    qtbot,
    controller: AppController,
    tmp_path: Path,
) -> None:
    welcome = controller.show_welcome()
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    welcome.start_create()
    wizard = welcome.wizard
    assert wizard is not None
    wizard.location.folder.setText(str(tmp_path / "v"))
    wizard.next()
    page = wizard.password
    assert wizard.currentPage() is page
    for weak in ("a", "password123", "Tr0ub4dor&3", "我的密码"):
        page.password.setText(weak)
        page.repeat.setText(weak)
        assert page.meter.value() < 4, weak
        assert not page.isComplete(), weak
        assert page.hint.text() == describe(passwords.estimate(weak, page._user_inputs()))
        assert strength_hint(page.meter.value()) in page.hint.text()
        assert not page.validatePage()  # Enter does not get past it either
    assert not (tmp_path / "v").exists()
    for strong in ("春天河流钥匙月亮", PASSWORD):  # four Chinese words, or a mixed phrase
        page.password.setText(strong)
        page.repeat.setText(strong)
        assert page.meter.value() == 4 and page.isComplete(), strong
    wizard.reject()


def test_the_change_password_dialog_enforces_the_floor(
    qtbot,
    window: MainWindow,
) -> None:
    dialog = ChangePasswordDialog(service_of(window), window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    assert not save.isEnabled() and dialog.meter.value() < 4
    assert strength_hint(dialog.meter.value()) in dialog.hint.text()
    dialog.password.setText(NEW_PASSWORD)
    dialog.repeat.setText(NEW_PASSWORD)
    assert save.isEnabled() and dialog.meter.value() == 4
    assert dialog.hint.text() == strength_hint(4)


def test_levels_and_sentences() -> None:
    assert password_strength("") == 0
    assert password_strength("a") == 1
    assert password_strength(PASSWORD) == 4
    hints = {strength_hint(level) for level in range(5)}
    assert len(hints) == 5
    weak = error_sentence(errors.WeakPassword("x"))
    exists = error_sentence(errors.OutputExists("x"))
    generic = {error_sentence(errors.InvalidInput("x")), error_sentence(RuntimeError())}
    assert weak not in generic and exists not in generic and weak != exists
