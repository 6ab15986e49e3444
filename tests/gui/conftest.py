"""Fixtures of the desktop-app tests: settings in a temporary file, the app controller (no
secret store), and a main window on a new vault."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QSettings, QTranslator

from app.services.demo import build_demo_vault
from app.services.vault_service import VaultService
from app.ui.application import AppController
from app.ui.dialogs.form_dialog import GuardedDialog
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.support import FAST_KDF, new_service
from tests.support.gui import no_keystore
from tests.support.i18n import TS


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes the test's widgets: a dialog left with typed changes is closed
    without its "discard your changes?" question (nobody would answer it)."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, GuardedDialog):
            widget.guarding = False
    return (yield)


# Every qtbot wait in these tests is a hang guard: it waits for something that must happen (no
# test waits for something NOT to happen; one that would must say so with raising=False). A CI
# machine under load runs 3-5x slower than an idle one, so pytest-qt's 5 s default (and a few
# 2-5 s guards) could fail tests that are right. A wait ends as soon as its condition holds: the
# floor costs nothing when the code works, and a real hang still fails, after WAIT_FLOOR_MS.
WAIT_FLOOR_MS = 20_000


@pytest.fixture(autouse=True)
def _waits_are_hang_guards(monkeypatch: pytest.MonkeyPatch) -> None:
    from pytestqt.qtbot import QtBot

    for name in (
        "waitUntil",
        "waitSignal",
        "waitSignals",
        "waitCallback",
        "waitExposed",
        "waitActive",
    ):
        original = getattr(QtBot, name)

        def at_least_the_floor(
            self: QtBot, *args: Any, _original: Any = original, **kwargs: Any
        ) -> Any:
            if kwargs.get("timeout", 0) is not None:  # None: no limit at all
                kwargs["timeout"] = max(kwargs.get("timeout", 0), WAIT_FLOOR_MS)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(QtBot, name, at_least_the_floor)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def controller(qtbot: Any, settings: Settings) -> Iterator[AppController]:
    ctrl = AppController(settings, argon2=FAST_KDF, keystore_factory=no_keystore)
    yield ctrl
    if ctrl.window is not None:
        ctrl.lock()
    if ctrl.welcome is not None:
        ctrl.welcome.close()


@pytest.fixture
def window(qtbot: Any, controller: AppController, vault_dir: Path) -> MainWindow:
    return controller.show_vault(new_service(vault_dir, "Test Performer"))


@pytest.fixture
def zh_translator(qapp: Any, tmp_path: Path) -> Iterator[None]:
    """The app in Chinese: the .ts compiled here (no `make i18n` needed), and Qt's own words."""
    qm = tmp_path / "zh_CN.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    qt = QTranslator()  # Qt's own buttons (Cancel, OK), as the app loads them
    assert qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    QCoreApplication.installTranslator(qt)
    yield
    QCoreApplication.removeTranslator(qt)
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def delete_closed_widgets(qapp: Any) -> Iterator[None]:
    """Torn down last: run the deferred deletes of the widgets qtbot closed, so no window
    (and through it no vault's records) outlives its test (tests/reliability/test_leaks.py).
    A module asks for it with ``pytestmark = pytest.mark.usefixtures("delete_closed_widgets")``."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[VaultService]:
    """The demo vault (fast key derivation), open; locked after the test."""
    service, _ = build_demo_vault(tmp_path / "v", "pw", argon2=FAST_KDF)
    yield service
    service.lock()
