"""Helpers of the desktop-app tests (their fixtures are in tests/gui/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from app.errors import KeyringUnavailable
from app.services.vault_service import VaultService
from app.ui.main_window import MainWindow
from app.vault.keystore import KeyStore
from tests.support.constants import PASSWORD


def no_keystore() -> KeyStore:
    raise KeyringUnavailable("no secret store in tests")


def reopen(path: Path) -> VaultService:
    """The vault as it is on disk (the app must have locked it first)."""
    return VaultService.open(path, PASSWORD)


def service_of(window: MainWindow) -> VaultService:
    """The open vault a main window shows (``window.service`` is None once it is locked)."""
    service = window.service
    assert service is not None, "the window's vault is locked"
    return service
