"""Fixtures for the desktop-app tests (import them into a test module; no conftest here, so
that `from conftest import FAST_KDF` keeps meaning tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSWORD
from PySide6.QtCore import QSettings

from app.errors import KeyringUnavailable
from app.services.vault_service import VaultService
from app.ui.application import AppController
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.vault.keystore import KeyStore


def no_keystore() -> KeyStore:
    raise KeyringUnavailable("no secret store in tests")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def controller(qtbot, settings: Settings) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    ctrl = AppController(settings, argon2=FAST_KDF, keystore_factory=no_keystore)
    yield ctrl
    if ctrl.window is not None:
        ctrl.lock()
    if ctrl.welcome is not None:
        ctrl.welcome.close()


@pytest.fixture
def window(qtbot, controller: AppController, vault_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    service, _ = VaultService.create(vault_dir, PASSWORD, "Test Performer", argon2=FAST_KDF)
    win = controller.show_vault(service)

    return win


def reopen(path: Path) -> VaultService:
    """The vault as it is on disk (the app must have locked it first)."""
    return VaultService.open(path, PASSWORD)
