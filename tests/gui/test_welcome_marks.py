"""The welcome screen marks the vaults this computer remembers (without asking the secret
store), and Quit / Ctrl+Q work on the welcome screen and in the vault window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui import welcome as welcome_module
from app.ui.application import AppController
from app.ui.settings import Settings
from app.ui.welcome import REMEMBERED_ROLE, WelcomeWindow
from app.vault.keystore import KeyStore
from tests.support import FAST_KDF, PASSWORD, new_service


class CountingBackend:
    """An OS secret store in memory that counts how often it is asked."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def marks(welcome: WelcomeWindow) -> dict[str, bool]:
    items = [welcome.recent.item(i) for i in range(welcome.recent.count())]
    return {
        Path(item.data(Qt.ItemDataRole.UserRole)).name: bool(item.data(REMEMBERED_ROLE))
        for item in items
    }


def test_remembered_vaults_are_marked_without_asking_the_store(
    qtbot: Any, settings: Settings, tmp_path: Path
) -> None:
    backend = CountingBackend()
    ctrl = AppController(settings, argon2=FAST_KDF, keystore_factory=lambda: KeyStore(backend))
    kept, other = tmp_path / "kept", tmp_path / "other"
    for path in (kept, other):
        new_service(path, "x").lock()
        settings.add_recent_vault(path)
    welcome = ctrl.show_welcome(locked_path=kept)
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    assert marks(welcome) == {"kept": False, "other": False}
    welcome.password.setText(PASSWORD)
    welcome.remember.setChecked(True)
    welcome.open_vault()
    qtbot.waitUntil(lambda: ctrl.window is not None, timeout=10_000)
    ctrl.lock()
    again = ctrl.welcome
    assert again is not None
    welcome = again
    reads = backend.reads
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    assert marks(welcome) == {"kept": True, "other": False}
    assert backend.reads == reads  # the mark comes from the settings: no keyring lookup
    row = next(i for i in range(welcome.recent.count()) if "kept" in welcome.recent.item(i).text())
    assert "remembered on this computer" in welcome.recent.item(row).text()
    assert welcome.remember.isChecked()  # the chosen vault is the remembered one

    # opened by the remembered key, then forgotten in the vault window: the mark goes
    welcome.password.clear()
    welcome.open_vault()
    qtbot.waitUntil(lambda: ctrl.window is not None, timeout=10_000)
    ctrl.window.forget_action.trigger()
    qtbot.waitUntil(lambda: not backend.secrets, timeout=5000)
    ctrl.lock()
    assert ctrl.welcome is not None
    assert marks(ctrl.welcome) == {"kept": False, "other": False}
    ctrl.welcome.close()


def test_a_mark_the_store_no_longer_backs_is_dropped_at_the_first_try(
    qtbot: Any, settings: Settings, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = CountingBackend()  # empty: forgotten elsewhere (another app, the CLI)
    ctrl = AppController(settings, argon2=FAST_KDF, keystore_factory=lambda: KeyStore(backend))
    new_service(vault_dir, "x").lock()
    settings.add_recent_vault(vault_dir)
    settings.set_remembered(vault_dir, True)
    shown: list[BaseException] = []
    monkeypatch.setattr(welcome_module, "show_exception", lambda _p, exc: shown.append(exc))
    welcome = ctrl.show_welcome(locked_path=vault_dir)
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    assert marks(welcome) == {vault_dir.name: True}
    welcome.open_vault()  # nothing typed
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert marks(welcome) == {vault_dir.name: False}
    assert vault_dir.resolve() not in settings.remembered_vaults()
    welcome.close()


def test_quit_and_ctrl_q_on_the_welcome_screen_and_in_the_vault_window(
    qtbot: Any, controller: AppController, monkeypatch: pytest.MonkeyPatch, vault_dir: Path
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    welcome = controller.show_welcome()
    qtbot.waitUntil(lambda: not welcome.keystore_probe.running)
    assert QKeySequence("Ctrl+Q") in welcome.quit.shortcuts()
    welcome.quit_button.click()
    assert quits == [True]
    welcome.close()
    window = controller.show_vault(new_service(vault_dir, "x"))
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    assert window.quit_action in window.vault_menu.actions()
    assert window.quit_action in window.actions()  # the shortcut works on every page
    window.quit_action.trigger()
    assert quits == [True, True]
