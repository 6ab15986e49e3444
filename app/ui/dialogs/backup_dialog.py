"""Back up vault…: a verified copy of the encrypted vault folder (app/services/backup.py).

The user picks a place (a USB stick, another disk); the copy goes into a new folder there,
named "<vault folder> backup <date>" by default. The copy and its verification run off the
GUI thread with a progress bar and Cancel; a failure says what failed, in the UI language,
and the partial copy is gone by then.
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import backup
from app.services.vault_service import VaultService
from app.ui.geometry import fit_to_screen
from app.ui.prompts import error_details, show_exception
from app.ui.tasks import Progress, Task, run_task


class BackupDialog(QDialog):
    backedUp = Signal(str)  # the folder of the verified copy

    def __init__(
        self, service: VaultService, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.task: Task | None = None
        self.report: backup.BackupReport | None = None
        self.setWindowTitle(self.tr("Back up vault"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup is a copy of the encrypted vault folder: it opens with the same "
                "password and recovery key. Keep it on a USB stick or another disk, away from "
                "this computer. To restore, open the copy like any vault."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        place_row = QHBoxLayout()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("A USB stick or another disk"))
        self.place.setAccessibleName(self.tr("Where the copy goes"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose)
        place_row.addWidget(self.place, 1)
        place_row.addWidget(self.choose)
        form.addRow(self.tr("Place:"), place_row)
        # the new folder's name in the UI language (a word of a file name, like "backup")
        word = self.tr("backup")
        self.name = QLineEdit(backup.proposed_name(service.path, today or date.today(), word))
        self.name.setAccessibleName(self.tr("Name of the new folder"))
        form.addRow(self.tr("New folder:"), self.name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.needs_password = not self._knows_password()
        if self.needs_password:  # opened by recovery key: the copy is verified by password
            form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        layout.addWidget(self.target_label)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.bar.hide()
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Back up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.buttons)
        self.place.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()
        fit_to_screen(self, (620, 300))

    def _knows_password(self) -> bool:
        try:
            self.service.vault.remembered_secret  # noqa: B018  # raises when opened by recovery
        except UserError:
            return False
        return True

    def destination(self) -> Path | None:
        place, name = self.place.text().strip(), self.name.text().strip()
        if not place or not name or "/" in name or "\\" in name:
            return None
        return Path(place) / name

    def _update(self) -> None:
        dest = self.destination()
        running = self.task is not None
        self.start_button.setEnabled(dest is not None and not running and self.report is None)
        if dest is not None:
            text = self.tr("The copy goes to: %1").replace("%1", str(dest))
            if self.same_disk():
                text += "\n" + self.tr(
                    "This place is on the same disk as the vault: if that disk fails, the copy "
                    "is lost with it. A USB stick or another disk is safer."
                )
            self.target_label.setText(text)
        else:
            self.target_label.setText(self.tr("Choose where the copy goes."))

    def same_disk(self) -> bool:
        """Whether the chosen place is on the file system that holds the vault."""
        try:
            place = os.stat(self.place.text().strip())
            vault = os.stat(self.service.path)
        except OSError:
            return False
        return place.st_dev == vault.st_dev

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where should the copy go?"), self.place.text()
        )
        if folder:
            self.place.setText(folder)

    def start(self) -> None:
        dest = self.destination()
        if dest is None or self.task is not None:
            return
        password = self.password.text() if self.needs_password else None
        service = self.service

        def work(progress: Progress, cancel: threading.Event) -> backup.BackupReport:
            return backup.back_up(
                service, dest, password=password, progress=progress, cancel=cancel
            )

        for widget in (self.place, self.name, self.choose, self.password):
            widget.setEnabled(False)
        self.status.setText(self.tr("Copying…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.task = run_task(
            work,
            self._done,
            self._failed,
            self._progress,
            with_cancel=True,
            with_progress=True,
            owner=self,
            writes=True,  # a lock waits for it (the copy holds the vault's write lock)
        )
        self._update()

    def _progress(self, done: int, total: int, name: str) -> None:
        if name == backup.VERIFYING:
            self.status.setText(self.tr("Verifying the copy: opening it and checking every item…"))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, report: backup.BackupReport) -> None:
        self.task = None
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(
            self.tr(
                "Backed up and verified: the copy opens with the password and its %n stored "
                "item(s) are intact.",
                "",
                report.checked_objects,
            )
            + "\n"
            + str(report.destination)
        )
        self.cancel_button.setText(self.tr("Close"))
        self._update()
        self.backedUp.emit(str(report.destination))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.bar.hide()
        for widget in (self.place, self.name, self.choose, self.password):
            widget.setEnabled(True)
        if isinstance(exc, backup.BackupCancelled):
            self.status.setText(self.tr("Cancelled; the partial copy was removed."))
        elif isinstance(exc, UserError):
            self.status.setText(self.tr("The backup failed.") + "\n" + error_details(exc))
        else:
            self.status.setText(self.tr("The backup failed."))
            show_exception(self, exc)
        self._update()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.done(QDialog.DialogCode.Accepted if self.report else QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Esc, the window's close button
        if self.task is not None:
            self._cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self._cancel()
            event.ignore()
            return
        super().closeEvent(event)
