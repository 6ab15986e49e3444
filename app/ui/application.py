"""Entry point of the desktop app and the object that moves between its screens.

``main()`` sets up Qt (translations, icon, the exception dialog) and shows the welcome
screen. ``AppController`` owns the open ``VaultService``: welcome -> main window -> (lock) ->
welcome with the vault preselected. The Argon2 parameters for new vaults are injectable
(production defaults unless given), so tests create vaults fast through the real wizard.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.paths import ResourceMissing, resource_path
from app.services.vault_service import VaultService
from app.ui import tasks
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.icons import app_icon
from app.ui.main_window import MainWindow, prefetch_extensions
from app.ui.settings import Settings
from app.ui.welcome import WelcomeWindow
from app.vault import crypto
from app.vault.keystore import KeyStore

ORGANIZATION = "LikenessVault"
APPLICATION = "Likeness Vault"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's .qm and Qt's own (buttons, dialogs) for ``language``; keep the returned
    translators alive as long as the app."""
    loaded: list[QTranslator] = []
    if language == "en":  # the source text, but for its plural forms ("1 deal", "2 deals")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    try:
        qm = resource_path("i18n", f"likeness_vault_{language}.qm")
    except ResourceMissing as exc:
        say(sys.stderr, f"{exc} Showing English.\n")
    else:
        if ours.load(str(qm)):
            app.installTranslator(ours)
            loaded.append(ours)
        else:
            say(sys.stderr, f"Likeness Vault: {qm} is not a translation; showing English.\n")
    if language == "en":
        return loaded  # Qt's own words are English already
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded


class AppController(QObject):
    def __init__(
        self,
        settings: Settings,
        argon2: crypto.Argon2Params | None = None,
        keystore_factory: Callable[[], KeyStore] = KeyStore.system,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.argon2 = argon2
        self.keystore_factory = keystore_factory
        self.welcome: WelcomeWindow | None = None
        self.window: MainWindow | None = None
        self.service: VaultService | None = None

    def show_welcome(
        self, locked_path: Path | None = None, just_locked: bool = True
    ) -> WelcomeWindow:
        self.welcome = WelcomeWindow(
            self.settings, self.argon2, self.keystore_factory, locked_path, just_locked
        )
        self.welcome.vaultOpened.connect(self.show_vault)
        self.welcome.settingsRequested.connect(lambda: self.edit_settings(self.welcome))
        self.welcome.show()
        prefetch_extensions()
        return self.welcome

    def show_vault(self, service: VaultService) -> MainWindow:
        self.service = service
        self.window = MainWindow(service, self.settings, self.keystore_factory)
        self.window.lockRequested.connect(self.lock)
        self.window.settingsRequested.connect(lambda: self.edit_settings(self.window))
        self.window.show()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        return self.window

    def shutdown(self) -> None:
        """On quit: let a running save finish (an import stops at the next file), clear a
        pending clipboard copy, and close the vault so that its key leaves memory."""
        window, service = self.window, self.service
        self.window = self.service = None
        for task in tasks.running_writers():
            task.cancel()
        tasks.pool().waitForDone(30_000)
        if window is not None:
            window.clipboard.clear()
        if service is not None and service.vault.is_open:
            service.lock()

    def edit_settings(self, parent: object) -> None:
        dialog = SettingsDialog(self.settings, parent if isinstance(parent, QObject) else None)  # type: ignore[arg-type]
        if dialog.exec() and self.window is not None:
            self.window.lockwatch.set_idle_minutes(self.settings.idle_minutes)
            self.window.update_status()

    def lock(self, reason: str = "manual") -> None:
        """Drop everything decrypted, close the vault (key forgotten), back to the welcome."""
        window, service = self.window, self.service
        if window is None or service is None:
            return
        self.window = self.service = None
        writers = tasks.running_writers()
        window.drop_data()
        path = service.path
        if writers:
            # a save or an import is still running: an import stops at the next file, a save
            # completes; the vault closes (key and records dropped) once the last one is done
            remaining = set(writers)
            closed = tasks.closing_started(path)  # an open of the same vault waits for it

            def finished(task: tasks.Task) -> None:
                remaining.discard(task)
                if not remaining:
                    try:
                        service.lock()
                    finally:
                        tasks.closing_finished(path, closed)

            for task in writers:
                task.cancel()
                task.finished.connect(lambda task=task: finished(task))
        else:
            service.lock()
        window.close()
        window.deleteLater()
        self.show_welcome(locked_path=path)


DESKTOP_FILE = "io.github.likeness_vault.LikenessVault"  # its .desktop file, without ".desktop"


def main() -> int:
    answer_and_exit_if_asked(sys.argv[1:])  # --version, --help: before Qt needs a display
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(sys.argv)
    tasks.share_the_gil()  # workers must not keep the GUI thread waiting for the GIL
    app.setWindowIcon(app_icon())
    app.setApplicationDisplayName("")
    # the installed menu entry (packaging/linux): Wayland docks match the window to it
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    settings = Settings()
    translators = install_translators(app, settings.language)  # noqa: F841 - kept alive
    from app.ui.prompts import install_excepthook

    install_excepthook()
    controller = AppController(settings)
    app.aboutToQuit.connect(controller.shutdown)
    controller.show_welcome(locked_path=vault_argument(app.arguments()[1:]), just_locked=False)
    return app.exec()


def vault_argument(arguments: list[str]) -> Path | None:
    """`likeness-vault VAULT` opens the welcome screen with that vault chosen (as after a lock),
    so a vault made with the command-line tool is one argument away."""
    answer_and_exit_if_asked(arguments)
    folders = [Path(a) for a in arguments if not a.startswith("-")]
    return folders[0].resolve() if folders else None


def answer_and_exit_if_asked(arguments: list[str]) -> None:
    """``--help`` and ``--version`` print their answer and exit without opening a window (they
    work without a display); the version line is the command-line tool's."""
    if "--version" in arguments:
        say(sys.stdout, f"likeness-vault {__version__}\n")
        raise SystemExit(0)
    if any(a in ("-h", "--help") for a in arguments):
        say(
            sys.stdout,
            "usage: likeness-vault [VAULT]\n\nOpens the Likeness Vault desktop app; with VAULT, "
            "that vault folder is chosen and only its password is asked for.\n"
            "likeness-vault --version prints the version. "
            "The command-line tool is likeness-vault-cli.\n",
        )
        raise SystemExit(0)


def say(stream: TextIO | None, text: str) -> None:
    """Write to the console if there is one: a windowed start (pythonw, a frozen GUI build on
    Windows or macOS) has no standard streams."""
    if stream is not None:
        stream.write(text)
        stream.flush()
