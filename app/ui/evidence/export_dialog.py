""" "Export evidence" for a buyer or a sighting: a checklist, progress with Cancel, and
"Show in folder" at the end. The work is ``app.services.evidence.export_evidence`` run off the
GUI thread with ``app.ui.tasks.run_task``; this dialog holds no rule of its own."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import evidence
from app.services.vault_service import VaultService
from app.ui.prompts import confirm, error_text, show_exception, tr
from app.ui.save_paths import default_file_name, documents_folder, folder_exists
from app.ui.tasks import Task, run_task


def default_bundle_name(title: str, today: date | None = None) -> str:
    """``证据包-<case>-<date>.zip`` (``evidence-bundle-…`` in English): the words in the UI
    language, a file-system-safe case name."""
    return default_file_name(tr("evidence bundle"), title, "zip", today)


def _weakly(method: Callable[[Any], None]) -> Callable[[Any], None]:
    """A callback that does not keep its dialog alive: a finished task's callbacks may outlive
    it, and a closed dialog must not keep the vault's service reachable."""
    ref = weakref.WeakMethod(method)

    def call(value: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(value)

    return call


class ExportEvidenceDialog(QDialog):
    """Choose what goes in, where it goes, then export with progress; ``result`` at the end."""

    FORM, PROGRESS, RESULT = range(3)

    def __init__(
        self,
        service: VaultService,
        *,
        buyer_id: str | None = None,
        sighting_id: str | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.buyer_id = buyer_id
        self.sighting_id = sighting_id
        self.task: Task | None = None
        self.export_result: evidence.ExportResult | None = None
        # only counts and a title are kept: the dialog holds no decrypted record objects
        case = evidence.select_case(service.records, buyer_id=buyer_id, sighting_id=sighting_id)
        self.title = case.title
        self.counts = (
            len(case.media),
            len(case.attachments),
            len(case.deals),
            len(case.sightings),
            len(case.letters),
        )
        del case
        self.setWindowTitle(self.tr("Export evidence"))
        self.setMinimumWidth(560)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_form(folder))
        self.stack.addWidget(self._build_progress())
        self.stack.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.show_button = self.buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.show_button.clicked.connect(self.show_in_folder)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)
        self._set_page(self.FORM)

    # --- pages ---------------------------------------------------------------------------

    def _build_form(self, folder: Path | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.sighting_id:
            what = self.tr("Sighting: %1").replace("%1", self.title)
        else:
            what = self.tr("Buyer: %1").replace("%1", self.title)
        heading = QLabel(f"<b>{escape(what)}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        summary = QLabel(
            self.tr(
                "Photos and clips: %1 · attachments: %2 · deals: %3 · sightings: %4 · "
                "letters: %5. The bundle holds the originals, a PDF report, a list of SHA-256 "
                "hashes and a signature anyone can check with standard tools."
            )
            .replace("%1", str(self.counts[0]))
            .replace("%2", str(self.counts[1]))
            .replace("%3", str(self.counts[2]))
            .replace("%4", str(self.counts[3]))
            .replace("%5", str(self.counts[4]))
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)

        box = QGroupBox(self.tr("What goes in"))
        checks = QVBoxLayout(box)
        self.originals = QCheckBox(self.tr("Original photos and clips"))
        self.attachments = QCheckBox(
            self.tr("Attachments: contracts, chats, receipts, screenshots, replies")
        )
        self.sightings = QCheckBox(self.tr("Sightings"))
        self.letters = QCheckBox(self.tr("Letters and their replies"))
        self.notes = QCheckBox(self.tr("My notes on buyers, deals, sightings and letters"))
        self.identity = QCheckBox(self.tr("My legal name and contact details"))
        self.id_number = QCheckBox(self.tr("My ID number (for platforms and courts only)"))
        for check in (self.originals, self.attachments, self.sightings, self.letters, self.notes):
            check.setChecked(True)
            checks.addWidget(check)
        for check in (self.identity, self.id_number):
            check.setChecked(False)
            checks.addWidget(check)
        note = QLabel(
            self.tr(
                "Never send your ID number to a buyer. The bundle is not encrypted: whoever "
                "receives it can read everything in it."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6675")
        checks.addWidget(note)
        layout.addWidget(box)

        form = QFormLayout()
        self.lang = QComboBox()
        self.lang.addItem("中文 (zh-CN)", "zh-CN")
        self.lang.addItem("English", "en")
        form.addRow(self.tr("Report language"), self.lang)
        where = QHBoxLayout()
        start_dir = folder or documents_folder()  # made when missing
        self.path = QLineEdit(str(start_dir / default_bundle_name(self.title)))
        self.path.setAccessibleName(self.tr("Bundle file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form.addRow(self.tr("Save as"), where)
        fingerprint = QLabel(self.service.signer().fingerprint)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setStyleSheet("font-family: monospace")
        fingerprint.setWordWrap(True)
        form.addRow(self.tr("Signing key"), fingerprint)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        return page

    def _build_progress(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress_label = QLabel(self.tr("Preparing…"))
        self.progress_label.setMinimumWidth(420)
        layout.addWidget(self.progress_label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Export progress"))
        layout.addWidget(self.bar)
        layout.addStretch(1)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Items that could not be read"))
        layout.addWidget(self.problem_list)
        layout.addStretch(1)
        return page

    def _set_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.export_button.setVisible(page == self.FORM)
        self.cancel_button.setVisible(page in (self.FORM, self.PROGRESS))
        self.cancel_button.setEnabled(True)
        self.show_button.setVisible(page == self.RESULT)
        self.close_button.setVisible(page == self.RESULT)
        if page == self.FORM:
            self.export_button.setDefault(True)
        elif page == self.RESULT:
            self.close_button.setDefault(True)

    # --- actions -------------------------------------------------------------------------

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the evidence bundle"), self.path.text(), self.tr("ZIP (*.zip)")
        )
        if path:
            self.path.setText(path if path.lower().endswith(".zip") else path + ".zip")

    def options(self) -> evidence.EvidenceOptions:
        return evidence.EvidenceOptions(
            include_originals=self.originals.isChecked(),
            include_attachments=self.attachments.isChecked(),
            include_sightings=self.sightings.isChecked(),
            include_letters=self.letters.isChecked(),
            include_notes=self.notes.isChecked(),
            include_identity=self.identity.isChecked(),
            include_id_number=self.id_number.isChecked(),
            lang=str(self.lang.currentData()),
        )

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        dest = Path(text).expanduser()
        if not folder_exists(self, dest):  # typed by hand: said as missing, not as a full disk
            return
        overwrite = False
        if dest.exists():
            if dest.is_dir() or not confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it with the new bundle?").replace(
                    "%1", str(dest)
                ),
            ):
                return
            overwrite = True
        options = self.options()
        service, buyer_id, sighting_id = self.service, self.buyer_id, self.sighting_id
        self.status.clear()
        self._set_page(self.PROGRESS)
        self.task = run_task(
            lambda cancel, progress: evidence.export_evidence(
                service,
                dest,
                buyer_id=buyer_id,
                sighting_id=sighting_id,
                options=options,
                overwrite=overwrite,
                progress=progress,
                cancel=cancel,
            ),
            _weakly(self._done),
            _weakly(self._failed),
            self._progress,
            with_cancel=True,
            with_progress=True,
            owner=self,
        )

    def _progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.progress_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", name)
        )

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:  # Esc, Cancel or the window's close button
        if self.task is not None and self.task.running:
            self.cancel()  # the dialog returns to the form once the work has stopped
            return
        super().reject()

    def reject_now(self) -> None:
        """The vault is about to lock: stop the work and close without waiting."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None
        super().reject()

    def _done(self, result: evidence.ExportResult) -> None:
        self.task = None
        self.export_result = result
        lines = [
            self.tr("The evidence bundle was written:"),
            str(result.path),
            "",
            self.tr("%1 files. SHA-256 of the bundle:").replace("%1", str(len(result.entries))),
            result.sha256,
            self.tr("Signed with the key %1.").replace("%1", result.key_fingerprint),
            "",
            self.tr(
                "Send the ZIP file as it is: README.txt inside tells the receiver how to check "
                "it with standard tools."
            ),
        ]
        if result.problems:
            lines.append(
                self.tr(
                    "These items could not be read; the report lists them instead of leaving "
                    "them out silently:"
                )
            )
        self.result_label.setText("\n".join(lines))
        self.problem_list.clear()
        self.problem_list.addItems([error_text(p) for p in result.problems])
        self.problem_list.setVisible(bool(result.problems))
        self._set_page(self.RESULT)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_page(self.FORM)
        if not self.isVisible():  # closed by a lock: the failure is the lock's doing
            return
        if isinstance(exc, evidence.ExportCancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        show_exception(self, exc)

    def show_in_folder(self) -> None:
        if self.export_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.export_result.path.parent)))
