"""The main window: navigation, pages, search, status bar, import by drop, and locking.

Extension points for other parts of the GUI (documented in docs/gui.md):
- a module ``app.ui.letters`` or ``app.ui.evidence`` that defines ``install(window)`` is called
  once for every main window, after it is built (that is, after every unlock);
- ``window.add_buyer_action(action)`` puts an action on the Buyers page (toolbar and context
  menu); ``window.current_buyer_id()`` is the buyer it applies to;
- ``window.letters_page.add_action(action)`` does the same on the Letters & evidence page;
- ``window.service`` is the open ``VaultService``; after changing records call
  ``window.reload()``; ``window.run_task`` runs long work off the GUI thread;
- ``window.locking`` is emitted before the window drops its data: close your dialogs there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.errors import Message, UserError
from app.services import backup
from app.services.fingerprinting import BackfillReport
from app.services.importing import ImportReport
from app.services.vault_service import VaultService
from app.ui import tasks
from app.ui.clipboard import SensitiveClipboard
from app.ui.dialogs.attachments import ask_plaintext_copy_path
from app.ui.dialogs.buyer_delete import BuyerInUseBox
from app.ui.dialogs.buyer_dialog import BuyerDialog
from app.ui.dialogs.create_vault import join_sentences
from app.ui.dialogs.deal_dialog import DealDialog
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.dialogs.import_dialog import ImportProgress, ImportSummary
from app.ui.dialogs.performer_dialog import PerformerDialog
from app.ui.dialogs.photo_dialog import PhotoDialog
from app.ui.dialogs.sighting_dialog import SightingDialog
from app.ui.dialogs.vault_dialogs import (
    ChangePasswordDialog,
    CheckDialog,
    LeftoversDialog,
    NewRecoveryKeyDialog,
    RekeyDialog,
)
from app.ui.geometry import restore_geometry
from app.ui.icons import app_icon, icon
from app.ui.lockwatch import LockWatch
from app.ui.pages.base import Page, TablePage
from app.ui.pages.home_page import HomePage
from app.ui.pages.letters_page import LettersPage
from app.ui.pages.photos_page import PhotosPage
from app.ui.pages.records import BuyersPage, DealsPage, SightingsPage
from app.ui.prompts import confirm, error_text, notice_sentence, show_exception
from app.ui.settings import Settings
from app.ui.welcome import quit_action
from app.ui.widgets.saved_file import show_saved
from app.vault.keystore import KeyStore

BACKFILL_BATCH = 32  # photos per task of the fingerprint back-fill queue


# What the extensions (app.ui.letters, app.ui.evidence) use that is slow to import and free of
# Qt (reportlab, the letter and evidence services) is imported on a worker (prefetch_extensions);
# modules that touch Qt are imported on the GUI thread only (creating fonts, icons or pixmaps
# elsewhere is not allowed). Both are plain import statements, so a freezer (PyInstaller) sees
# them; they stay inside functions to keep start-up fast.


D = TypeVar("D", bound=FormDialog)


def prefetch_extensions() -> tasks.Task:
    """Import the Qt-free parts of the extensions on a worker while the user types the
    password: they would otherwise stall opening the main window by ~0.2 s."""

    def work() -> None:
        import app.services.evidence
        import app.services.letters  # noqa: F401

    return tasks.run_task(work, None, lambda _exc: None)


class MainWindow(QMainWindow):
    lockRequested = Signal(str)  # reason: "manual", "idle" or "screen"
    locking = Signal()  # the window is about to drop its data
    recordsChanged = Signal()
    settingsRequested = Signal()

    HOME, PHOTOS, BUYERS, DEALS, SIGHTINGS, LETTERS = range(6)

    def __init__(
        self,
        service: VaultService,
        settings: Settings,
        keystore_factory: Callable[[], KeyStore] = KeyStore.system,
    ) -> None:
        super().__init__()
        self.keystore_factory = keystore_factory
        self.service: VaultService | None = service
        self.settings = settings
        self.clipboard = SensitiveClipboard(self)
        self.import_task: tasks.Task | None = None
        self.backfill_task: tasks.Task | None = None  # one batch of the fingerprint queue
        self.backfill_failed: dict[str, str] = {}  # item id -> sentence, this session
        # a drop's files offered to an extension first (app.ui.matching: search or import?);
        # it returns False to leave them to the import
        self.drop_handler: Callable[[list[Path], QPoint], bool] | None = None
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._update_title()

        # pages
        self.home_page = HomePage()  # what to do next: opens first
        self.photos_page = PhotosPage()
        self.buyers_page = BuyersPage()
        self.deals_page = DealsPage()
        self.sightings_page = SightingsPage()
        self.letters_page = LettersPage()
        self.pages: list[Page] = [
            self.home_page,
            self.photos_page,
            self.buyers_page,
            self.deals_page,
            self.sightings_page,
            self.letters_page,
        ]
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.countChanged.connect(self.update_status)
            page.clearSearchRequested.connect(self.clear_search)
        self.home_page.searchable = False  # short lists that all matter: nothing to filter

        # navigation
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        nav_items = [
            ("home", self.tr("Home")),
            ("photos", self.tr("Photos")),
            ("buyers", self.tr("Buyers")),
            ("deals", self.tr("Deals")),
            ("sightings", self.tr("Sightings")),
            ("letters", self.tr("Letters & evidence")),
        ]
        for name, text in nav_items:
            QListWidgetItem(icon(name), text, self.nav)
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 36))
        self.nav.currentRowChanged.connect(self._switch)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_toolbar()
        self._build_status()
        self._connect_pages()

        self.lockwatch = LockWatch(settings.idle_minutes, self)
        self.lockwatch.lockRequested.connect(self.lockRequested)
        if settings.lock_on_screen_lock:
            self.lockwatch.watch_screen_lock()

        geometry = settings.geometry("main")
        restore_geometry(self, geometry, (1200, 760))  # within this screen, at this scale
        self.nav.setCurrentRow(self.HOME)
        self.reload()
        self._install_extensions()
        self.start_backfill()
        if service.warnings:
            QTimer.singleShot(0, self.show_open_warnings)

    # --- building ---
    def _build_actions(self) -> None:
        self.import_action = QAction(icon("import"), self.tr("Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Import photos or folders (Ctrl+I)"))
        self.import_action.triggered.connect(self.choose_import)
        self.add_buyer_action_ = QAction(icon("buyers"), self.tr("New buyer…"), self)
        self.add_buyer_action_.setShortcut(QKeySequence("Ctrl+B"))
        self.add_buyer_action_.triggered.connect(lambda: self.edit_buyer(""))
        self.add_deal_action = QAction(icon("deals"), self.tr("New deal…"), self)
        self.add_deal_action.setShortcut(QKeySequence("Ctrl+D"))
        self.add_deal_action.triggered.connect(lambda: self.edit_deal(""))
        self.lock_action = QAction(icon("lock"), self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(lambda: self.lockRequested.emit("manual"))
        self.performer_action = QAction(self.tr("Your details…"), self)
        self.performer_action.setToolTip(self.tr("Your name and contact details for letters"))
        self.performer_action.triggered.connect(self.edit_performer)
        self.password_action = QAction(self.tr("Change the password…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.recovery_action = QAction(self.tr("New recovery key…"), self)
        self.recovery_action.triggered.connect(self.new_recovery_key)
        self.rekey_action = QAction(self.tr("Renew the vault key…"), self)
        self.rekey_action.setToolTip(
            self.tr("If your old password or recovery key may have leaked: a new vault key")
        )
        self.rekey_action.triggered.connect(self.rekey_vault)
        self.check_action = QAction(self.tr("Check the vault…"), self)
        self.check_action.triggered.connect(self.check_vault)
        self.leftovers_action = QAction(self.tr("Remove leftover files…"), self)
        self.leftovers_action.setToolTip(
            self.tr("Encrypted files no saved state refers to: list them and remove them")
        )
        self.leftovers_action.triggered.connect(self.remove_leftovers)
        self.forget_action = QAction(self.tr("Forget on this computer"), self)
        self.forget_action.setToolTip(
            self.tr("Remove the remembered vault key from this computer's secret store")
        )
        self.forget_action.triggered.connect(self.forget_here)
        self.backup_action = QAction(icon("vault"), self.tr("Back up vault…"), self)
        self.backup_action.setToolTip(
            self.tr("Copy the encrypted vault to a USB stick or another disk, and verify the copy")
        )
        self.backup_action.triggered.connect(self.back_up_vault)
        self.vault_menu = QMenu(self.tr("Vault"), self)
        self.vault_menu.addAction(self.performer_action)
        self.vault_menu.addSeparator()
        for action in (
            self.password_action,
            self.recovery_action,
            self.rekey_action,
            self.backup_action,
            self.check_action,
            self.leftovers_action,
            self.forget_action,
        ):
            self.vault_menu.addAction(action)
        self.vault_menu.addSeparator()
        self.quit_action = quit_action(self)  # Ctrl+Q anywhere in the window, and in this menu
        self.vault_menu.addAction(self.quit_action)
        self.settings_action = QAction(icon("settings"), self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.settingsRequested)
        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(lambda: self.search.setFocus())
        self.addAction(self.search_action)
        for i in range(len(self.pages)):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            jump.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            self.addAction(jump)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.import_action)
        # "New buyer…", "New deal…" in a menu (their shortcuts work everywhere), so that the main
        # actions the extensions add (add_main_action) have room at 1280 pixels in any language
        self.new_menu = QMenu(self.tr("New"), self)
        self.new_menu.addAction(self.add_buyer_action_)
        self.new_menu.addAction(self.add_deal_action)
        for action in (self.add_buyer_action_, self.add_deal_action):
            self.addAction(action)
        new_button = QToolButton()
        new_button.setText(self.tr("New"))
        new_button.setIcon(icon("add"))
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        new_button.setMenu(self.new_menu)
        new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        new_button.setAccessibleName(self.tr("New buyer or deal"))
        self.new_button = new_button
        bar.addWidget(new_button)
        self._main_actions_end = bar.addSeparator()
        self.main_actions: list[QAction] = []
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        bar.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search this page (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(180)
        self.search.setMaximumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        bar.addWidget(self.search)
        vault_button = QToolButton()
        vault_button.setText(self.tr("Vault"))
        vault_button.setIcon(icon("vault"))
        vault_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        vault_button.setMenu(self.vault_menu)
        vault_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        vault_button.setAccessibleName(self.tr("Vault: password, recovery key, check"))
        bar.addWidget(vault_button)
        bar.addAction(self.settings_action)
        bar.addAction(self.lock_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_status(self) -> None:
        self.count_label = QLabel()
        self.lock_label = QLabel()
        self.fingerprint_label = QLabel()  # photos waiting for their fingerprints
        self.fingerprint_label.hide()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.fingerprint_label)
        self.statusBar().addPermanentWidget(self.lock_label)

    def _connect_pages(self) -> None:
        self.home_page.writeLetterRequested.connect(self.write_letter)
        self.home_page.openLetterRequested.connect(self.open_letter)
        self.home_page.writeNoticeRequested.connect(self.write_notice)
        self.home_page.backupRequested.connect(self.back_up_vault)
        self.home_page.importRequested.connect(self.choose_import)
        self.home_page.addBuyerRequested.connect(lambda: self.edit_buyer(""))
        self.photos_page.importRequested.connect(self.choose_import)
        self.photos_page.importFolderRequested.connect(self.choose_import_folder)
        self.photos_page.exportRequested.connect(self.export_photo)
        self.buyers_page.addRequested.connect(lambda: self.edit_buyer(""))
        self.buyers_page.editRequested.connect(self.edit_buyer)
        self.buyers_page.deleteRequested.connect(self.delete_buyer)
        self.buyers_page.copyRequested.connect(self.copy_sensitive)
        self.deals_page.addRequested.connect(lambda: self.edit_deal(""))
        self.deals_page.editRequested.connect(self.edit_deal)
        self.deals_page.deleteRequested.connect(self.delete_deal)
        self.photos_page.editRequested.connect(self.edit_photo)
        self.photos_page.deleteRequested.connect(self.delete_photos)
        self.sightings_page.addRequested.connect(lambda: self.edit_sighting(""))
        self.sightings_page.editRequested.connect(self.edit_sighting)
        self.sightings_page.deleteRequested.connect(self.delete_sighting)

    def _install_extensions(self) -> None:
        from app.ui import evidence, letters, manifest, matching, sale

        letters.install(self)
        manifest.install(self)  # "Revocation manifest…" beside "Take my face back…"
        evidence.install(self)
        matching.install(self)
        sale.install(self)  # "New sale…" (contract + delivery copies), the Deals page's actions

    # --- extension API ---
    def add_main_action(self, action: QAction) -> None:
        """A main action (take my face back, takedown notice, export evidence): a button with
        its icon and text on the main toolbar, after "Import" and "New", where it is never
        pushed into the toolbar's overflow menu at 1280 pixels."""
        self.toolbar.insertAction(self._main_actions_end, action)
        self.main_actions.append(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setObjectName("mainAction")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def main_buttons(self) -> list[tuple[QAction, QWidget]]:
        """The main actions with their toolbar buttons (the fit test checks they are shown)."""
        buttons = []
        for action in self.main_actions:
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                buttons.append((action, button))
        return buttons

    @property
    def buyer_actions(self) -> list[QAction]:
        return list(self.buyers_page.toolbar.actions())

    def add_buyer_action(self, action: QAction) -> None:
        self.buyers_page.add_action(action)

    def current_buyer_id(self) -> str:
        return self.buyers_page.current_id()

    def run_task(
        self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None, **kw: Any
    ) -> tasks.Task:
        return tasks.run_task(fn, on_done, **kw)

    # --- content ---
    def reload(self) -> None:
        service = self.service
        if service is None:
            return
        # the pages read a snapshot: a save running on a worker may change the live dicts
        records = service.records.copy()
        self.photos_page.load(records, service.thumbnail_bytes, service.original_bytes)
        last = backup.last_backup(service.vault.vault_id, service.path)
        # derived data the queue saved since the backup does not count as a change (no save
        # since: the digest cannot differ, so it is not computed)
        generation = service.vault.generation
        digest = ""
        if last is not None:
            same = generation == last.generation
            digest = last.digest if same else backup.content_digest(service.vault, records)
        self.home_page.set_backup(last, generation, digest)
        for page in self.pages:
            if page is not self.photos_page:
                page.load(records)
        self.update_status()
        self.recordsChanged.emit()

    def _switch(self, row: int) -> None:
        """Each page keeps its own search: what was typed applies to the page it was typed on,
        and the box shows the search of the page in view (so no filter hides rows unseen)."""
        self._apply_search()  # typed just before the switch: still for the page it was typed on
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        blocked = self.search.blockSignals(True)
        self.search.setText(page.search_text if page.searchable else "")
        self.search.blockSignals(blocked)
        self.search.setEnabled(page.searchable)
        self.search.setPlaceholderText(
            self.tr("Search this page (Ctrl+F)")
            if page.searchable
            else self.tr("Nothing to search on this page")
        )
        self.update_status()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        page = self.pages[self.stack.currentIndex()]
        if page.searchable and page.search_text != self.search.text():
            page.set_search(self.search.text())

    def clear_search(self) -> None:
        """The no-match bar's "Clear search": the page in view shows all its rows again."""
        self.search.clear()
        self._apply_search()

    def _update_title(self) -> None:
        name = ""
        if self.service is not None:
            name = self.service.records.performer.display_name or self.service.path.name
        self.setWindowTitle(
            self.tr("%1 — Likeness Vault").replace("%1", name)
            if name
            else self.tr("Likeness Vault")
        )

    def update_status(self) -> None:
        if self.service is None:
            self.count_label.setText("")
            self.fingerprint_label.hide()
            self.lock_label.setText(self.tr("Locked"))
            return
        r = self.service.records
        parts = [
            self.tr("%n photo(s)", "", len(r.media)),
            self.tr("%n buyer(s)", "", len(r.buyers)),
            self.tr("%n deal(s)", "", len(r.deals)),
            self.tr("%n sighting(s)", "", len(r.sightings)),
            self.tr("%n letter(s)", "", len(r.letters)),
        ]
        text = " · ".join(parts)
        page = self.pages[self.stack.currentIndex()]
        if self.search.text().strip():
            text += "  —  " + self.tr("%n shown", "", page.visible_count())
        self.count_label.setText(text)
        minutes = self.settings.idle_minutes
        lock_text = self.tr("Unlocked")
        if minutes:
            lock_text += " · " + self.tr("locks after %n min idle", "", minutes)
        self.lock_label.setText(lock_text)
        self.lock_label.setToolTip(self.tr("Press Ctrl+L to lock now"))

    # --- fingerprints back-fill: a background queue, one batch per task ---
    def start_backfill(self) -> None:
        """Index photos imported before a fingerprint existed (app/services/fingerprinting.py),
        one batch per worker task so that a lock, an import or a thumbnail never waits long;
        the status bar says how many are pending."""
        service = self.service
        if service is None or self.backfill_task is not None:
            return
        skip = set(self.backfill_failed)
        left = service.pending_fingerprints() - len(skip)
        self._show_pending(left)
        if left <= 0:
            return

        def work(progress: tasks.Progress, cancel: threading.Event) -> BackfillReport:
            return service.backfill(progress, cancel, limit=BACKFILL_BATCH, skip=skip)

        def progress(done: int, _total: int, _name: str) -> None:
            self._show_pending(left - done)

        self.backfill_task = self.run_task(
            work,
            self._backfilled,
            on_error=self._backfill_failed,
            on_progress=progress,
            with_cancel=True,
            with_progress=True,
            owner=self,
            writes=True,
        )

    def _backfilled(self, report: BackfillReport) -> None:
        task, self.backfill_task = self.backfill_task, None
        if self.service is None or (task is not None and task.cancelled):
            return
        self.backfill_failed.update(dict(report.errors))
        if report.errors:  # e.g. a full disk: the next search says what it missed
            self.service.matching.note_indexing_failed(report.errors[0][1])
        if report.indexed or report.errors:
            self.start_backfill()  # the next batch
        else:
            self._show_pending(report.pending - len(self.backfill_failed))

    def _backfill_failed(self, exc: BaseException) -> None:
        self.backfill_task = None
        if self.service is None:
            return
        if isinstance(exc, UserError):  # a full disk: the next search says what it missed
            self.service.matching.note_indexing_failed(Message.of(exc))
        self.fingerprint_label.setText(self.tr("Indexing stopped"))
        self.fingerprint_label.setToolTip(error_text(exc))  # in the UI language
        self.fingerprint_label.show()

    def _show_pending(self, left: int) -> None:
        if self.service is None:
            return
        failed = len(self.backfill_failed)
        if left > 0:
            self.fingerprint_label.setText(self.tr("Indexing photos: %n pending", "", left))
            self.fingerprint_label.setToolTip(
                self.tr("Photos imported before this version are indexed for matching")
            )
        elif failed:
            self.fingerprint_label.setText(self.tr("%n photo(s) could not be indexed", "", failed))
            self.fingerprint_label.setToolTip(
                "\n".join(error_text(s) for s in self.backfill_failed.values())
            )
        self.fingerprint_label.setVisible(left > 0 or failed > 0)

    # --- import ---
    def choose_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import photos, clips or voice samples"),
            "",
            self.tr(
                "Photos, clips and voice (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif "
                "*.mp4 *.mov *.m4a *.mp3 *.wav *.ogg);;All files (*)"
            ),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of photos"))
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.import_task is None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls() and self.import_task is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            handler = self.drop_handler
            if handler is None or not handler(paths, event.position().toPoint()):
                self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> ImportProgress | None:
        if self.service is None or self.import_task is not None:
            return None
        dialog = ImportProgress(self.service, paths, self)
        self.import_task = dialog.task
        self._set_busy(True)
        dialog.finishedImport.connect(self._imported)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def _imported(self, report: ImportReport | None) -> None:
        self.import_task = None
        self._set_busy(False)
        if self.service is None or not self.service.vault.is_open:
            return
        self.reload()
        self.nav.setCurrentRow(self.PHOTOS)
        self.start_backfill()  # the new photos' matching data (local features, faces)
        if report is None:
            return
        new = len(report.new_items)
        if report.errors or report.cancelled:
            self.summary = ImportSummary(report, self)
            self.summary.open()
        else:
            self.statusBar().showMessage(self.tr("%n new item(s) imported.", "", new), 8000)

    def _set_busy(self, busy: bool) -> None:
        for action in (self.import_action, self.add_buyer_action_, self.add_deal_action):
            action.setEnabled(not busy)
        for page in self.pages:
            page.setEnabled(not busy)

    # --- records ---
    def _open_editor(self, dialog: D, page: TablePage | PhotosPage, show_page: bool = True) -> D:
        """Open a record's editor; once it has saved, reload and select the record on ``page``
        (switching to that page unless ``show_page`` is false)."""

        def saved(record_id: str) -> None:
            self.reload()
            if show_page:
                self.nav.setCurrentRow(self.pages.index(page))
            page.select(record_id)

        dialog.saved.connect(saved)
        dialog.open()
        return dialog

    def edit_buyer(self, buyer_id: str) -> BuyerDialog | None:
        if self.service is None:
            return None
        buyer = self.service.records.buyers.get(buyer_id) if buyer_id else None
        return self._open_editor(BuyerDialog(self.service, buyer, self), self.buyers_page)

    def delete_buyer(self, buyer_id: str) -> None:
        if self.service is None or buyer_id not in self.service.records.buyers:
            return
        records = self.service.records
        buyer = records.buyers[buyer_id]
        deals = records.deals_for_buyer(buyer_id)
        if deals:  # said before anything is asked, with what can be done
            letters = sum(1 for x in records.letters.values() if x.recipient == buyer_id)
            box = BuyerInUseBox(self, buyer, deals, letters)

            def answered(_result: int) -> None:
                if box.choice() == "show":
                    self.nav.setCurrentRow(self.pages.index(self.deals_page))
                    self.deals_page.select(deals[0].id)
                elif box.choice() == "delete":
                    self.change(lambda service: service.delete_buyer(buyer_id, with_deals=True))

            box.finished.connect(answered)
            self.buyer_in_use = box
            box.open()
            return
        if not confirm(
            self,
            self.tr("Delete buyer"),
            self.tr("Delete the buyer “%1”?").replace("%1", buyer.name),
        ):
            return
        self.change(lambda service: service.delete_buyer(buyer_id))

    def edit_deal(self, deal_id: str) -> DealDialog | None:
        if self.service is None:
            return None
        deal = self.service.records.deals.get(deal_id) if deal_id else None
        media: list[str] = []
        if deal is None and self.stack.currentIndex() == self.PHOTOS:
            media = self.photos_page.selected_ids()
        buyer_id = self.buyers_page.current_id() if self.stack.currentIndex() == self.BUYERS else ""
        dialog = DealDialog(self.service, deal, self, media_ids=media, buyer_id=buyer_id)
        return self._open_editor(dialog, self.deals_page)

    def delete_deal(self, deal_id: str) -> None:
        if self.service is None or deal_id not in self.service.records.deals:
            return
        if not confirm(
            self,
            self.tr("Delete deal"),
            self.tr("Delete this deal? Its photos and attachments stay in the vault."),
        ):
            return
        self.change(lambda service: service.delete_deal(deal_id))

    def edit_photo(self, item_id: str) -> PhotoDialog | None:
        if self.service is None or item_id not in self.service.records.media:
            return None
        dialog = PhotoDialog(self.service, self.service.records.media[item_id], self)
        return self._open_editor(dialog, self.photos_page, show_page=False)

    def delete_photos(self, item_ids: list[str]) -> None:
        service = self.service
        if service is None:
            return
        records = service.records
        items = [records.media[i] for i in item_ids if i in records.media]
        if not items:
            return
        if len(items) == 1:
            text = self.tr("Delete the photo “%1” from the vault?").replace("%1", items[0].name)
        else:
            text = self.tr("Delete %n photo(s) from the vault?", "", len(items))
        deals = {d.id: d for item in items for d in records.deals_for_media(item.id)}
        if deals:
            lines = []
            for deal in sorted(deals.values(), key=lambda d: (d.date, d.created_at)):
                buyer = records.buyers.get(deal.buyer_id)
                lines.append(f"• {deal.date} · {buyer.name if buyer else '?'}")
            if len(items) == 1:
                head = self.tr("It will be taken out of these deals:")
            else:
                head = self.tr("They will be taken out of these deals:")
            text += "\n\n" + head + "\n" + "\n".join(lines)
        else:
            text += "\n\n" + (
                self.tr("No deal includes it.")
                if len(items) == 1
                else self.tr("No deal includes them.")
            )
        if any(item.id in s.media_ids for s in records.sightings.values() for item in items):
            text += "\n\n" + (
                self.tr("It is also taken off the sightings that show it.")
                if len(items) == 1
                else self.tr("They are also taken off the sightings that show them.")
            )
        text += "\n\n" + self.tr(
            "The encrypted original is removed from the vault folder after a few more saves. "
            "This cannot be undone."
        )
        if not confirm(self, self.tr("Delete photo"), text):
            return
        ids = [item.id for item in items]
        self.change(lambda service: service.delete_media(*ids))  # one save for all of them

    def edit_sighting(self, sighting_id: str) -> SightingDialog | None:
        if self.service is None:
            return None
        sighting = self.service.records.sightings.get(sighting_id) if sighting_id else None
        media: list[str] = []
        if sighting is None and self.stack.currentIndex() == self.PHOTOS:
            media = self.photos_page.selected_ids()
        dialog = SightingDialog(self.service, sighting, self, media_ids=media)
        return self._open_editor(dialog, self.sightings_page)

    def delete_sighting(self, sighting_id: str) -> None:
        if self.service is None or sighting_id not in self.service.records.sightings:
            return
        if not confirm(
            self,
            self.tr("Delete sighting"),
            self.tr(
                "Delete this sighting? Its screenshots are deleted too, unless a deal or a "
                "letter uses them. Letters already written stay."
            ),
        ):
            return
        self.change(lambda service: service.delete_sighting(sighting_id))

    def change(self, fn: Callable[[VaultService], Any]) -> None:
        """Run a change through the service off the GUI thread, then reload."""
        service = self.service
        if service is None:
            return
        self._set_busy(True)

        def done(_result: Any) -> None:
            self._set_busy(False)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.reload()
            show_exception(self, exc)

        tasks.run_task(lambda: fn(service), done, failed, owner=self, writes=True)

    def export_photo(self, item_id: str) -> None:
        if self.service is None or item_id not in self.service.records.media:
            return
        item = self.service.records.media[item_id]
        path = ask_plaintext_copy_path(self, item.name)
        if not path:
            return
        service = self.service

        def saved(_sha: object) -> None:  # where the copy went, with "Show in folder"
            show_saved(self, Path(path), self.tr("The copy was saved:"))

        self.run_task(
            # the save dialog asked before replacing an existing file
            lambda: service.export_original(item_id, path, overwrite=True),
            saved,
            on_error=lambda exc: show_exception(self, exc),
        )

    def copy_sensitive(self, text: str) -> None:
        self.clipboard.copy(text)
        self.statusBar().showMessage(
            self.tr("Copied. The clipboard is cleared in 30 seconds."), 30_000
        )

    def show_open_warnings(self) -> None:
        """What the vault repaired or noticed while opening (a damaged header copy restored,
        leftovers of an interrupted save removed): said once, not in the way."""
        if self.service is None or not self.service.warnings:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Opened with notes"))
        box.setText(
            self.tr(
                "The vault is open. While opening it, the app repaired or noticed the "
                "following. Run “Check the vault…” (Vault menu) to verify every item."
            )
        )
        box.setInformativeText("\n".join(f"• {notice_sentence(w)}" for w in self.service.warnings))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.open_warnings = box
        box.open()

    # --- the vault's keys and health ---
    def edit_performer(self) -> PerformerDialog | None:
        if self.service is None:
            return None
        dialog = PerformerDialog(self.service, self)
        dialog.saved.connect(self.reload)
        dialog.saved.connect(self._update_title)
        dialog.open()
        return dialog

    def change_password(self) -> None:
        if self.service is None:
            return
        dialog = ChangePasswordDialog(self.service, self)
        dialog.changed.connect(self._password_changed)
        dialog.open()

    def _forget_remembered(self, then: Callable[[bool], None]) -> None:
        """Drop this vault's remembered key (it no longer opens the vault after a password
        change or a rekey); ``then`` learns whether one was remembered."""
        service, factory = self.service, self.keystore_factory
        if service is None:
            return
        self.settings.set_remembered(service.path, False)  # the welcome screen's mark

        def work() -> bool:
            try:
                store = factory()
                was = store.recall(str(service.vault.vault_id)) is not None
                service.forget(store)
            except UserError:  # no secret store here: nothing was remembered
                return False
            return was

        self.run_task(work, then, on_error=lambda _exc: then(False))

    def _password_changed(self) -> None:
        self.statusBar().showMessage(self.tr("The password was changed."), 8000)
        self._forget_remembered(self._offer_rekey)

    def _offer_rekey(self, was_remembered: bool) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("The password was changed"))
        text = self.tr(
            "The new password is in force. The recovery key stays valid. An old copy of the "
            "vault (a backup) still opens with the old password."
        )
        if was_remembered:
            text = join_sentences(
                text,
                self.tr(
                    "This computer no longer remembers the vault: tick “Remember on this "
                    "computer” at the next open to remember it again."
                ),
            )
        box.setText(text)
        box.setInformativeText(
            self.tr(
                "If your old password or recovery key may have leaked, also renew the vault "
                "key: everything is encrypted again under a new key."
            )
        )
        renew = box.addButton(self.tr("Renew the vault key…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        renew.clicked.connect(self.rekey_vault)
        self.rekey_offer = box
        box.open()

    def rekey_vault(self) -> RekeyDialog | None:
        if self.service is None:
            return None
        dialog = RekeyDialog(self.service, self)
        dialog.rekeyed.connect(self._rekeyed)
        self.rekey_dialog = dialog
        dialog.open()
        return dialog

    def _rekeyed(self, recovery: str) -> None:
        if self.service is None:
            return
        self.reload()  # the records now name the re-encrypted objects
        self.recovery_dialog = NewRecoveryKeyDialog(self.service, recovery, self)
        self.recovery_dialog.open()
        self._forget_remembered(
            lambda was: self.statusBar().showMessage(
                self.tr("The vault key was renewed; this computer no longer remembers the vault.")
                if was
                else self.tr("The vault key was renewed."),
                10000,
            )
        )

    def new_recovery_key(self) -> None:
        if self.service is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("New recovery key"),
            self.tr("Make a new recovery key? The old one will stop working."),
        )
        if answer != QMessageBox.StandardButton.Yes or self.service is None:
            return
        try:
            key = self.service.new_recovery_key()
        except UserError as exc:
            show_exception(self, exc)
            return
        NewRecoveryKeyDialog(self.service, key, self).open()

    def forget_here(self) -> None:
        """Drop the remembered key (if any) from the OS secret store."""
        service = self.service
        if service is None:
            return

        factory = self.keystore_factory
        self.settings.set_remembered(service.path, False)  # the welcome screen's mark

        def work() -> None:
            service.forget(factory())

        def failed(exc: BaseException) -> None:
            show_exception(self, exc)

        self.run_task(
            work,
            lambda _r: self.statusBar().showMessage(
                self.tr("This computer no longer remembers the vault."), 8000
            ),
            on_error=failed,
        )

    # --- what to do next (the home page's buttons) ---
    def write_letter(self, buyer_id: str, kind: str = "revocation") -> QDialog | None:
        """The letter composer for ``buyer_id``: a revocation, or the reminder/escalation of
        an overdue letter."""
        if self.service is None:
            return None
        from app.ui.letters import ComposeLetterDialog

        dialog = ComposeLetterDialog(
            self.service, "buyer", buyer_id=buyer_id, kind=kind, parent=self
        )
        return self._open_letter_dialog(dialog)

    def write_notice(self, sighting_id: str) -> QDialog | None:
        """The takedown notice composer for a sighting."""
        if self.service is None:
            return None
        from app.ui.letters import ComposeLetterDialog

        dialog = ComposeLetterDialog(self.service, "takedown", sighting_id=sighting_id, parent=self)
        return self._open_letter_dialog(dialog)

    def _open_letter_dialog(self, dialog: Any) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.open_letter)
        dialog.open()
        return dialog  # type: ignore[no-any-return]

    def open_letter(self, letter_id: str) -> None:
        """Show a letter on the Letters & evidence page, selected."""
        self.reload()
        self.nav.setCurrentRow(self.LETTERS)
        self.letters_page.select(letter_id)

    def back_up_vault(self) -> QDialog | None:
        """Back up vault…: a verified copy of the encrypted folder (app/services/backup.py)."""
        if self.service is None:
            return None
        from app.ui.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(self.service, self)
        dialog.backedUp.connect(self._backed_up)
        self.backup_dialog = dialog
        dialog.open()
        return dialog

    def _backed_up(self, destination: str) -> None:
        self.reload()  # the home page shows the new date
        self.statusBar().showMessage(
            self.tr("Backed up and verified: %1").replace("%1", destination), 10000
        )

    def check_vault(self) -> CheckDialog | None:
        if self.service is None:
            return None
        dialog = CheckDialog(self.service, self)
        dialog.repaired.connect(self._matching_data_repaired)
        dialog.open()
        return dialog

    def _matching_data_repaired(self, _photos: int) -> None:
        """Check the vault… dropped damaged matching data: the queue indexes those photos."""
        task = self.backfill_task
        if task is not None and task.running:  # started before the repair: start again after
            task.finished.connect(lambda: QTimer.singleShot(0, self.start_backfill))
        else:
            self.start_backfill()

    def remove_leftovers(self) -> LeftoversDialog | None:
        if self.service is None:
            return None
        dialog = LeftoversDialog(self.service, self)
        dialog.removed.connect(
            lambda n: self.statusBar().showMessage(
                self.tr("Removed %n leftover file(s).", "", n), 8000
            )
        )
        dialog.open()
        return dialog

    # --- locking ---
    def drop_data(self) -> None:
        """Forget everything decrypted: models, pixmaps, dialogs, the clipboard copy."""
        self.locking.emit()
        self.lockwatch.stop()
        self.clipboard.clear()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        for child in self.findChildren(QDialog):
            child.done(QDialog.DialogCode.Rejected)
            child.deleteLater()
        for page in self.pages:
            page.clear()
        self.search.clear()
        self.service = None
        self.update_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_task is not None and self.import_task.running:
            self.import_task.cancel()
        self.settings.set_geometry("main", self.saveGeometry())
        super().closeEvent(event)
