"""The first screen: create a vault, or open one (recent list, password, remember)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import KeyringUnavailable, Notice, NotPossible, UserError, WrongPassword
from app.services.vault_service import VaultService
from app.ui.dialogs.create_vault import CreateVaultWizard
from app.ui.dialogs.vault_dialogs import ChangePasswordDialog
from app.ui.geometry import restore_geometry
from app.ui.icons import app_icon, icon
from app.ui.prompts import show_exception, tr
from app.ui.settings import Settings
from app.ui.tasks import run_task, wait_until_closed
from app.ui.widgets.password_field import add_reveal_toggle
from app.vault import crypto
from app.vault.keystore import KeyStore

KeyStoreFactory = Callable[[], KeyStore]
REMEMBERED_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a vault this computer remembers


def quit_action(parent: QWidget) -> QAction:
    """ "Quit" with Ctrl+Q (and the platform's own Quit keys): on the welcome screen and in the
    vault window's menu. Quitting closes an open vault as the window's close does (the
    application's shutdown: running saves finish, the key leaves memory)."""
    action = QAction(tr("&Quit"), parent)
    keys = [QKeySequence(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")]
    action.setShortcuts([k for i, k in enumerate(keys) if not k.isEmpty() and k not in keys[:i]])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(QApplication.quit)
    parent.addAction(action)
    return action


def _heading(text: str, scale: float) -> QLabel:
    """A bold label ``scale`` times the size of the usual text."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class WelcomeWindow(QWidget):
    """Emits ``vaultOpened(service)``; the application then shows the main window."""

    vaultOpened = Signal(object)
    settingsRequested = Signal()

    def __init__(
        self,
        settings: Settings,
        argon2: crypto.Argon2Params | None = None,
        keystore_factory: KeyStoreFactory = KeyStore.system,
        locked_path: Path | None = None,
        just_locked: bool = True,
    ) -> None:
        """``locked_path`` is preselected: the vault just locked, or one named on the command
        line (``just_locked=False``: no "was locked" message)."""
        super().__init__()
        self.settings = settings
        self.argon2 = argon2
        self.keystore_factory = keystore_factory
        self.wizard: CreateVaultWizard | None = None
        self.new_password_dialog: ChangePasswordDialog | None = None  # after a recovery-key open
        self.setWindowTitle(self.tr("Likeness Vault"))
        self.setWindowIcon(app_icon())
        self.setObjectName("welcome")

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # left: who we are, and "create"
        intro = QFrame()
        intro.setObjectName("welcomeIntro")
        intro.setStyleSheet(
            "#welcomeIntro { background: #2c4770; } #welcomeIntro QLabel { color: #f4efe6; }"
        )
        left = QVBoxLayout(intro)
        left.setContentsMargins(32, 40, 32, 32)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        left.addWidget(logo)
        left.addWidget(_heading(self.tr("Likeness Vault"), 1.9))
        blurb = QLabel(
            self.tr(
                "An encrypted record, on this computer only, of every photo of your face you "
                "handed over: to whom, when and on what terms; and the letters to take it back."
            )
        )
        blurb.setWordWrap(True)
        left.addWidget(blurb)
        left.addStretch(1)
        self.create_button = QPushButton(self.tr("Create a new vault…"))
        self.create_button.clicked.connect(self.start_create)
        left.addWidget(self.create_button)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.clicked.connect(self.settingsRequested)
        left.addWidget(self.settings_button)
        self.quit = quit_action(self)
        self.quit_button = QPushButton(self.quit.text())
        self.quit_button.setToolTip(
            self.quit.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.quit_button.clicked.connect(self.quit.trigger)
        left.addWidget(self.quit_button)
        outer.addWidget(intro, 2)

        # right: open
        panel = QWidget()
        right = QVBoxLayout(panel)
        right.setContentsMargins(32, 40, 32, 32)
        right.addWidget(_heading(self.tr("Open a vault"), 1.4))
        recent_label = QLabel(self.tr("&Recent vaults:"))
        right.addWidget(recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        recent_label.setBuddy(self.recent)
        self.recent.currentItemChanged.connect(self._recent_selected)
        self.recent.itemActivated.connect(self._focus_password)
        right.addWidget(self.recent, 1)
        choose_row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose another folder…"))
        self.choose_button.clicked.connect(self._choose_folder)
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        right.addLayout(choose_row)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.path_label)
        pw_label = QLabel(self.tr("&Password:"))
        right.addWidget(pw_label)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.open_vault)
        add_reveal_toggle(self.password)
        pw_label.setBuddy(self.password)
        right.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        right.addWidget(self.remember)
        buttons = QHBoxLayout()
        self.recovery_button = QPushButton(self.tr("Forgot the password…"))
        self.recovery_button.clicked.connect(self.open_with_recovery_key)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_vault)
        buttons.addWidget(self.open_button)
        right.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        outer.addWidget(panel, 3)

        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.start_create)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self._choose_folder)

        self.selected_path: Path | None = None
        self.keystore: KeyStore | None = None
        self._check_keystore()
        self._fill_recent(locked_path)
        if locked_path is not None and just_locked:
            self.status.setText(
                self.tr("The vault was locked. Type the password to open it again.")
            )
        geometry = settings.geometry("welcome")
        restore_geometry(self, geometry, (880, 560))  # within this screen, at this scale

    def _focus_password(self, _item: QListWidgetItem | None = None) -> None:
        self.password.setFocus()

    # --- secret store ---
    def _check_keystore(self) -> None:
        """Ask the OS for its secret store off the GUI thread (keyring's lookup takes ~0.2 s);
        until it answers, "remember" stays disabled."""
        self.remember.setEnabled(False)
        self.remember.setToolTip(self.tr("Looking for this computer's secret store…"))
        factory = self.keystore_factory

        def probe() -> KeyStore | None:
            try:
                return factory()
            except KeyringUnavailable:
                return None

        self.keystore_probe = run_task(
            probe, self._keystore_found, lambda _e: self._keystore_found(None)
        )

    def _keystore_found(self, keystore: KeyStore | None) -> None:
        self.keystore = keystore
        self.remember.setEnabled(keystore is not None)
        if keystore is not None:
            self.password.setPlaceholderText(
                self.tr("Leave empty if this computer remembers the vault")
            )
        if keystore is None:
            self.remember.setChecked(False)
            self.remember.setToolTip(
                self.tr(
                    "No operating-system secret store (such as GNOME Keyring, KWallet, the "
                    "macOS Keychain or Windows Credential Locker) is available, so the vault "
                    "key cannot be remembered safely; the app never keeps it in a plain file."
                )
            )
        else:
            self.remember.setToolTip(
                self.tr(
                    "Keeps the vault key in this computer's secret store, so the vault opens "
                    "without the password while you are logged in."
                )
            )

    # --- choosing a vault ---
    def _fill_recent(self, preselect: Path | None) -> None:
        self.recent.clear()
        paths = self.settings.recent_vaults()
        if preselect is not None and preselect.resolve() not in paths:
            paths.insert(0, preselect.resolve())
        remembered = self.settings.remembered_vaults()
        edge = self.recent.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.recent.setIconSize(QSize(edge, edge))
        blank = QPixmap(edge, edge)  # the names line up, marked or not
        blank.fill(Qt.GlobalColor.transparent)
        for path in paths:
            item = QListWidgetItem(f"{path.name}    ({path.parent})")
            item.setIcon(QIcon(blank))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if path.resolve() in remembered:  # from the settings: the secret store is not asked
                item.setData(REMEMBERED_ROLE, True)
                item.setIcon(icon("lock"))
                item.setText(item.text() + "    " + self.tr("· remembered on this computer"))
                item.setToolTip(
                    str(path)
                    + "\n"
                    + self.tr("Opens without the password: leave the password empty.")
                )
            if not path.exists():
                item.setText(f"{path.name}    " + self.tr("(not found)"))
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        if not paths:
            hint = QListWidgetItem(
                self.tr("No vault opened on this computer yet. Create one, or choose its folder.")
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(hint)
            self._select(None)
            return
        if self.recent.count():
            row = 0
            if preselect is not None:
                for i in range(self.recent.count()):
                    if (
                        Path(self.recent.item(i).data(Qt.ItemDataRole.UserRole))
                        == preselect.resolve()
                    ):
                        row = i
            self.recent.setCurrentRow(row)
            self.password.setFocus()
        else:
            self._select(None)

    def _recent_selected(self, item: QListWidgetItem | None) -> None:
        raw = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._select(Path(raw) if raw else None)

    def _select(self, path: Path | None) -> None:
        self.selected_path = path
        remembered = path is not None and path.resolve() in self.settings.remembered_vaults()
        self.remember.setChecked(remembered)
        if path is None:
            self.path_label.setText(self.tr("No vault chosen yet: create one or choose a folder."))
        else:
            self.path_label.setText(str(path))
        self.open_button.setEnabled(path is not None)
        self.recovery_button.setEnabled(path is not None)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if folder:
            path = Path(folder)
            self.recent.clearSelection()
            self._select(path)
            self.password.setFocus()

    # --- opening ---
    def set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.open_button, self.create_button, self.recent, self.password):
            widget.setEnabled(not busy)
        self.status.setText(text)

    def open_vault(self) -> None:
        path = self.selected_path
        if path is None:
            return
        password = self.password.text()
        keystore = self.keystore
        remember = self.remember.isChecked() and keystore is not None
        if not password and keystore is None:
            self.status.setText(self.tr("Type the password."))
            return

        # True: opened by the remembered key, or remembered now; None: as it was
        remembered: list[bool | None] = [True if not password else None]

        def work() -> VaultService:
            wait_until_closed(path)  # locked a moment ago, a batch still finishing: its close
            if password:
                service = VaultService.open(path, password)
            else:  # empty password: the secret store may remember this vault
                service = VaultService.open(path, keystore=keystore)
            if remember and keystore is not None:
                try:
                    service.remember(keystore)
                    remembered[0] = True
                except UserError:
                    service.warnings.append(
                        Notice("keyring_refused", "The secret store refused to keep the key.")
                    )
            return service

        def opened(service: VaultService) -> None:
            if remembered[0] is not None:
                self.settings.set_remembered(service.path, remembered[0])
            self._opened(service)

        def failed(exc: BaseException) -> None:
            if not password and isinstance(exc, (NotPossible, WrongPassword)):
                self.settings.set_remembered(path, False)  # not (or no longer) remembered
                self._fill_recent(path)
            self._failed(exc)

        self.set_busy(True, self.tr("Opening…"))
        run_task(work, opened, failed, owner=self)

    def open_with_recovery_key(self) -> None:
        path = self.selected_path
        if path is None:
            return
        key, ok = QInputDialog.getText(
            self,
            self.tr("Open with the recovery key"),
            self.tr("Type the recovery key (8 groups of 4, as printed on the recovery sheet)."),
        )
        if not ok or not key.strip():
            return
        self.set_busy(True, self.tr("Opening…"))

        def work() -> VaultService:
            wait_until_closed(path)
            return VaultService.open(path, recovery_key=key)

        run_task(
            work,
            self._recovered,
            self._failed,
            owner=self,
        )

    def _recovered(self, service: VaultService) -> None:
        """Opened with the recovery key: the password is forgotten, so a new one is asked for
        at once; the vault window opens when that dialog closes (changed or not)."""
        self.set_busy(False)
        self.settings.add_recent_vault(service.path)
        dialog = ChangePasswordDialog(service, self, recovered=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.vaultOpened.emit(service))
        self.new_password_dialog = dialog
        dialog.open()

    def _opened(self, service: VaultService) -> None:
        self.set_busy(False)
        self.password.clear()
        self.settings.add_recent_vault(service.path)
        self.vaultOpened.emit(service)

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.password.selectAll()
        self.password.setFocus()
        show_exception(self, exc)

    # --- creating ---
    def start_create(self) -> None:
        self.wizard = CreateVaultWizard(self, self.argon2)
        self.wizard.vaultCreated.connect(self._created)
        self.wizard.open()

    def _created(self, service: VaultService) -> None:
        self.settings.add_recent_vault(service.path)
        self.vaultOpened.emit(service)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("welcome", self.saveGeometry())
        self.password.clear()
        super().closeEvent(event)
