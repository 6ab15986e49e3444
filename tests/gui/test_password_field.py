"""The one new-password widget (app/ui/widgets/password_field.py): a coloured meter with the
reason, show/hide, the CLI's floor, long passwords measured off the GUI thread; and the
recovery-key open that goes straight to choosing a new password."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit

from app.services import passwords
from app.services.vault_service import VaultService
from app.ui.application import AppController
from app.ui.dialogs.vault_dialogs import ChangePasswordDialog, RekeyDialog
from app.ui.widgets import password_field
from app.ui.widgets.password_field import COLOURS, PasswordField, describe, warning_sentence
from tests.support import NEW_PASSWORD, PASSWORD, new_service
from tests.support.gui import service_of

LONG = "the quiet river carries seven paper lanterns past the old mill at dusk " * 2  # 142


def test_meter_colour_and_reason_follow_the_password(qtbot: Any) -> None:
    field = PasswordField()
    qtbot.addWidget(field)
    field.password.setText("password123")
    strength = passwords.estimate("password123")
    assert field.meter.value() == strength.level < 4
    assert COLOURS[strength.level] in field.meter.styleSheet()
    reason = warning_sentence(strength.warning)
    assert reason and reason in field.hint.text()  # why, not only how weak
    assert field.hint.text() == describe(strength)
    field.password.setText(PASSWORD)
    assert field.meter.value() == 4 and COLOURS[4] in field.meter.styleSheet()
    assert COLOURS[strength.level] not in field.meter.styleSheet()
    assert not field.acceptable()  # not repeated yet
    field.repeat.setText(PASSWORD + "x")
    assert not field.acceptable() and "differ" in field.hint.text()
    field.repeat.setText(PASSWORD)
    assert field.acceptable()


def test_show_and_hide_both_boxes(qtbot: Any) -> None:
    field = PasswordField()
    qtbot.addWidget(field)
    assert field.password.echoMode() == QLineEdit.EchoMode.Password
    assert field.repeat.echoMode() == QLineEdit.EchoMode.Password
    assert field.reveal in field.password.actions()
    field.reveal.trigger()
    assert field.password.echoMode() == QLineEdit.EchoMode.Normal
    assert field.repeat.echoMode() == QLineEdit.EchoMode.Normal
    assert field.reveal.text() == "Hide the password"
    field.reveal.trigger()
    assert field.password.echoMode() == QLineEdit.EchoMode.Password
    assert field.repeat.echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize(
    "candidate", ["a", "password123", "Tr0ub4dor&3", "我的密码", "春天河流钥匙月亮", PASSWORD, LONG]
)
def test_the_same_floor_as_the_cli(qtbot: Any, candidate: str) -> None:
    field = PasswordField()
    qtbot.addWidget(field)
    field.password.setText(candidate)
    field.repeat.setText(candidate)
    qtbot.waitUntil(lambda: field._cached() is not None, timeout=5000)
    try:
        passwords.require_strong(candidate)
        cli_accepts = True
    except Exception:
        cli_accepts = False
    assert field.acceptable() == cli_accepts


def test_a_long_password_is_measured_off_the_gui_thread(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = PasswordField()
    qtbot.addWidget(field)
    qtbot.waitUntil(lambda: "zxcvbn" in __import__("sys").modules, timeout=5000)
    slow = passwords.estimate
    on_gui_thread: list[int] = []  # lengths of long passwords measured on the GUI thread

    def estimate(text: str, user_inputs: Any = ()) -> passwords.Strength:
        if len(text) > password_field.SYNC_CHARS:
            if threading.current_thread() is threading.main_thread():
                on_gui_thread.append(len(text))
            time.sleep(0.3)  # as zxcvbn might take on a slow computer
        return slow(text, user_inputs)

    monkeypatch.setattr(passwords, "estimate", estimate)
    for i in range(1, 40):  # typed key by key, past SYNC_CHARS
        field.password.setText(LONG[: 10 + i])
    field.password.setText(LONG)
    # no keystroke waited for a (0.3 s) estimate of a long password (not a wall-clock bound:
    # the 40 keystrokes, 14 of them measured at once, take longer than 0.3 s on a loaded CI box)
    assert on_gui_thread == []
    assert not field.acceptable()  # not measured yet: no way forward meanwhile
    assert field.hint.text() == "Measuring…"
    field.repeat.setText(LONG)
    qtbot.waitUntil(lambda: field.hint.text() == "Strong enough.", timeout=5000)
    assert field.acceptable() and field.meter.value() == 4


def test_a_result_for_text_since_changed_is_dropped(qtbot: Any) -> None:
    field = PasswordField()
    qtbot.addWidget(field)
    field.password.setText(LONG)
    qtbot.waitUntil(lambda: field.estimating, timeout=5000)
    field.password.setText("x" * 30)  # changed while the first estimate runs
    qtbot.waitUntil(lambda: not field.estimating and field._cached() is not None, timeout=5000)
    assert field.meter.value() == passwords.estimate("x" * 30).level < 4


def test_both_dialogs_use_the_widget(qtbot: Any, controller: AppController, window: Any) -> None:
    dialog = ChangePasswordDialog(service_of(window), window)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.password_field, PasswordField)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.password.setText(LONG)
    dialog.repeat.setText(LONG)
    assert not save.isEnabled()  # still being measured
    qtbot.waitUntil(save.isEnabled, timeout=5000)
    rekey = RekeyDialog(service_of(window), window)
    qtbot.addWidget(rekey)
    assert rekey.password.actions()  # the show/hide eye on the unlock password too


def test_a_recovery_key_open_asks_for_a_new_password_at_once(
    qtbot: Any, controller: AppController, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, recovery = VaultService.create(vault_dir, PASSWORD, "Lin")
    service.lock()
    controller.settings.add_recent_vault(vault_dir)
    welcome = controller.show_welcome()
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    assert welcome.password.actions()  # show/hide on the unlock field
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (recovery, True))
    welcome.open_with_recovery_key()
    qtbot.waitUntil(lambda: welcome.new_password_dialog is not None, timeout=10_000)
    dialog = welcome.new_password_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.window is None  # the new password comes first
    assert "recovery key" in dialog.windowTitle() + dialog.findChild(type(dialog.hint)).text()
    dialog.password.setText(NEW_PASSWORD)
    dialog.repeat.setText(NEW_PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    controller.lock()
    VaultService.open(vault_dir, NEW_PASSWORD).lock()  # the new password opens it


def test_a_recovery_key_open_goes_on_when_the_new_password_is_put_off(
    qtbot: Any, controller: AppController, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = new_service(vault_dir, "Lin")
    recovery = service.new_recovery_key()
    service.lock()
    controller.settings.add_recent_vault(vault_dir)
    welcome = controller.show_welcome()
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (recovery, True))
    welcome.open_with_recovery_key()
    qtbot.waitUntil(lambda: welcome.new_password_dialog is not None, timeout=10_000)
    dialog = welcome.new_password_dialog
    assert dialog is not None
    dialog.reject()  # later
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    controller.lock()
    VaultService.open(vault_dir, PASSWORD).lock()  # unchanged
