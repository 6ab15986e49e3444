"""The vault's own keys and health: change the password, make a new recovery key, renew the
vault key, check.

The same use cases as ``likeness-vault-cli passwd``, ``rekey`` and ``check``, over the same
services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.fingerprinting import Repair
from app.services.vault_service import VaultService
from app.ui.dialogs.create_vault import ask_recovery_pdf_path, save_recovery_pdf
from app.ui.geometry import fit_to_screen
from app.ui.prompts import error_text, show_exception
from app.ui.tasks import Task, run_task
from app.ui.widgets.password_field import PasswordField, add_reveal_toggle
from app.vault.rekey import RekeyCancelled
from app.vault.vault import CheckReport, Leftovers


class ChangePasswordDialog(QDialog):
    changed = Signal()

    def __init__(
        self, service: VaultService, parent: QWidget | None = None, recovered: bool = False
    ) -> None:
        """``recovered``: the vault was just opened with its recovery key (the password is
        forgotten), so the dialog says why it is shown."""
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(
            self.tr("Choose a new password") if recovered else self.tr("Change the password")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "You opened the vault with its recovery key. Choose a new password now, so that "
                "you do not need the recovery key next time. The recovery key stays valid."
            )
            if recovered
            else self.tr(
                "The new password replaces the old one at once. The recovery key stays valid."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # the same widget as the create wizard: meter, reason, show/hide, the CLI's floor
        self.password_field = PasswordField(self._user_inputs, label=self.tr("&New password:"))
        self.password, self.repeat = self.password_field.password, self.password_field.repeat
        self.meter, self.hint = self.password_field.meter, self.password_field.hint
        layout.addWidget(self.password_field)
        self.setMinimumWidth(460)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password_field.changed.connect(self._changed)
        self._changed()

    def _user_inputs(self) -> tuple[str, ...]:
        return (self.service.records.performer.display_name, self.service.path.name)

    def _changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.password_field.acceptable()
        )

    def save(self) -> None:
        if not self.password_field.acceptable():  # Enter while a long one is still measured
            return
        password, service = self.password.text(), self.service
        self.buttons.setEnabled(False)

        def done(_result: object) -> None:
            self.changed.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            show_exception(self, exc)

        run_task(lambda: service.change_password(password), done, failed, owner=self, writes=True)


class NewRecoveryKeyDialog(QDialog):
    """Makes a new recovery key (the old one stops working) and shows it once."""

    def __init__(self, service: VaultService, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.key = key
        self.setWindowTitle(self.tr("New recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This is your new recovery key; the old one no longer opens the vault. It is "
                "shown only now: write it down or save it as a PDF."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(label)
        pdf = QPushButton(self.tr("Print / save as PDF…"))
        pdf.clicked.connect(self._save_pdf)
        layout.addWidget(pdf, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save_pdf(self) -> None:
        path = ask_recovery_pdf_path(self)
        if path is not None:
            self.write_pdf(path)

    def write_pdf(self, path: Path) -> None:
        name = self.service.records.performer.display_name
        save_recovery_pdf(path, self.service.path, name, self.key)


class CheckDialog(QDialog):
    """Verifies every header, index and object off the GUI thread; lists what is damaged.
    Damaged matching data (recomputable) can be repaired: “Repair” drops it in one save
    (``VaultService.repair_derived``, the CLI's ``check --repair``) and ``repaired`` tells the
    window, whose background queue indexes those photos again."""

    repaired = Signal(int)  # photos to index again

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Check the vault"))
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Decrypting and verifying every stored item…"))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Check progress"))
        layout.addWidget(self.bar)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Damaged items"))
        self.problems.hide()
        layout.addWidget(self.problems)
        self.notes = QLabel()  # leftover files: a note, not damage
        self.notes.setWordWrap(True)
        self.notes.hide()
        layout.addWidget(self.notes)
        self.repair_note = QLabel()  # damaged matching data: can be computed again
        self.repair_note.setWordWrap(True)
        self.repair_note.hide()
        layout.addWidget(self.repair_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.repair_button = buttons.addButton(
            self.tr("&Repair"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.repair_button.hide()
        self.repair_button.clicked.connect(self.repair)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.report: CheckReport | None = None
        self.task = run_task(
            lambda progress: service.check(lambda done, total: progress(done, total, "")),
            self._done,
            self._failed,
            self._progress,
            with_progress=True,
            owner=self,
        )
        fit_to_screen(self, (560, 200))

    def _progress(self, done: int, total: int, _name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, report: CheckReport) -> None:
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        if report.leftovers:
            self.notes.setText(
                self.tr(
                    "Note: %n encrypted file(s) belong to no kept saved state (a newer save may "
                    "be missing; nothing was deleted). “Remove leftover files…” in the Vault "
                    "menu lists them.",
                    "",
                    report.leftovers,
                )
            )
            self.notes.show()
        if report.ok:
            self.label.setText(
                self.tr(
                    "Everything is intact: the header, every saved index and %n stored item(s).",
                    "",
                    report.checked_objects,
                )
            )
            return
        self.label.setText(
            self.tr(
                "%n problem(s) found; everything else is intact. Damaged:", "", len(report.problems)
            )
        )
        for problem in report.problems:
            self.problems.addItem(error_text(problem.what))  # a label: in the UI language
        self.problems.show()
        fixable = sum(1 for p in report.problems if p.repairable)
        if fixable:
            self.repair_note.setText(
                self.tr(
                    "%n of them are damaged matching data (what finds your photos in a "
                    "screenshot). It is computed from the photos themselves: “Repair” drops the "
                    "damaged data and the photos are indexed again in the background. Your "
                    "photos and records are not touched.",
                    "",
                    fixable,
                )
            )
            self.repair_note.show()
            self.repair_button.show()
        fit_to_screen(self, (560, 400))

    def repair(self) -> None:
        if self.report is None:
            return
        ids = [p.object_id for p in self.report.problems if p.repairable]
        service = self.service
        self.repair_button.setEnabled(False)
        self.task = run_task(
            lambda: service.repair_derived(ids),
            self._repaired,
            self._repair_failed,
            owner=self,
            writes=True,
        )

    def _repaired(self, repair: Repair) -> None:
        self.repair_button.hide()
        report = self.report
        dropped = {r.object_id for r in repair.dropped}
        left = [p for p in report.problems if p.object_id not in dropped] if report else []
        self.problems.clear()
        for problem in left:
            self.problems.addItem(error_text(problem.what))
        self.problems.setVisible(bool(left))
        self.repair_note.setText(
            self.tr("%n photo(s) are indexed again in the background.", "", repair.photos)
            if repair.dropped
            else self.tr("Nothing needed repairing any more.")
        )
        if not left:
            self.label.setText(
                self.tr("Repaired: the damaged matching data was dropped. Nothing else is damaged.")
            )
            self.resize(
                self.width(),
                self.heightForWidth(self.width())
                if self.hasHeightForWidth()
                else self.minimumSizeHint().height(),
            )
        self.repaired.emit(repair.photos)

    def _repair_failed(self, exc: BaseException) -> None:
        self.repair_button.setEnabled(True)
        show_exception(self, exc)

    def _failed(self, exc: BaseException) -> None:
        self.label.setText("")
        show_exception(self, exc)


class LeftoversDialog(QDialog):
    """Lists the encrypted files no kept saved state refers to (count and size) and removes
    them only when the user presses Remove: the GUI's ``likeness-vault-cli clean``."""

    removed = Signal(int)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Remove leftover files"))
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Looking for leftover files…"))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.ids = QListWidget()
        self.ids.setAccessibleName(self.tr("Leftover files"))
        self.ids.hide()
        layout.addWidget(self.ids)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.object_ids: list[str] = []
        self.task = run_task(service.leftovers, self._found, self._failed, owner=self)
        fit_to_screen(self, (560, 240))

    def _found(self, leftovers: Leftovers) -> None:
        self.object_ids = leftovers.object_ids
        if not leftovers.count:
            self.label.setText(
                self.tr(
                    "There are no leftover files: every encrypted file belongs to a kept "
                    "saved state of the vault."
                )
            )
            self.remove_button.hide()
            return
        size = self.locale().formattedDataSize(leftovers.total_bytes)
        self.label.setText(
            self.tr(
                "%n encrypted file(s), %1 in all, belong to no kept saved state of the vault.",
                "",
                leftovers.count,
            ).replace("%1", size)
            + "\n\n"
            + self.tr(
                "They are left by an interrupted save, or they belong to a newer save whose "
                "index file is missing (for example a backup restored without it). Opening "
                "the vault never deletes them. Remove them only if no newer save is missing: "
                "this cannot be undone."
            )
        )
        for oid in leftovers.object_ids:
            self.ids.addItem(f"{oid}  ({self.locale().formattedDataSize(leftovers.sizes[oid])})")
        self.ids.show()
        self.remove_button.setEnabled(True)
        fit_to_screen(self, (560, 400))

    def remove(self) -> None:
        ids, service = list(self.object_ids), self.service
        self.remove_button.setEnabled(False)
        self.task = run_task(
            lambda: service.remove_leftovers(ids), self._done, self._failed, owner=self, writes=True
        )

    def _done(self, removed: Leftovers) -> None:
        self.label.setText(self.tr("Removed %n leftover file(s).", "", removed.count))
        self.ids.clear()
        self.ids.hide()
        self.remove_button.hide()
        self.removed.emit(removed.count)

    def _failed(self, exc: BaseException) -> None:
        self.remove_button.setEnabled(bool(self.object_ids))
        show_exception(self, exc)


class RekeyDialog(QDialog):
    """Renews the vault key (``likeness-vault-cli rekey``): asks for the password, re-encrypts
    every item off the GUI thread with progress and cancel, then shows the new recovery key
    once. A cancel before the commit point leaves the vault exactly as it was."""

    rekeyed = Signal(str)  # the new recovery key

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Renew the vault key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "If your old password or recovery key may have leaked, renew the vault key: "
                "every item and record is encrypted again under a new key, and you get a new "
                "recovery key (shown once). The password stays the same. The old recovery key "
                "and old copies of the vault's header no longer open it, and the older saved "
                "states are dropped. Copies or backups of the vault made before stay readable "
                "with the old password: delete them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_reveal_toggle(self.password)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the renewal"))
        self.bar.hide()
        layout.addWidget(self.bar)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.addButton(
            self.tr("Renew the key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start.clicked.connect(self.begin)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(lambda text: self.start.setEnabled(bool(text)))
        self.start.setEnabled(False)
        fit_to_screen(self, (520, 260))

    def begin(self) -> None:
        password, service = self.password.text(), self.service
        self.password.setEnabled(False)
        self.start.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Encrypting every item again…"))
        self.task = run_task(
            lambda progress, cancel: service.rekey(password, progress, cancel),
            self._done,
            self._failed,
            self._progress,
            with_cancel=True,
            with_progress=True,
            owner=self,
            writes=True,
        )

    def cancel_or_close(self) -> None:
        self.reject()

    def reject(self) -> None:
        """While the renewal runs, Cancel (or Esc, or closing the window) cancels it; the
        dialog stays until the work has stopped, so a new recovery key is never lost."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None and self.task.running:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def _progress(self, done: int, total: int, _name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, recovery: str) -> None:
        self.task = None
        self.password.clear()
        self.rekeyed.emit(recovery)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.bar.hide()
        self.password.setEnabled(True)
        self.start.setEnabled(bool(self.password.text()))
        if isinstance(exc, RekeyCancelled):
            self.status.setText(self.tr("Cancelled; the vault is as it was."))
            return
        self.status.setText("")
        show_exception(self, exc)
