""" "Export evidence" for a buyer or a sighting: a checklist, progress with Cancel, and
"Show in folder" at the end (that frame is ``app.ui.file_task_dialog.FileTaskDialog``, shared
with the revocation manifest). The work is ``app.services.evidence.export_evidence`` run off the
GUI thread with ``app.ui.tasks.run_task``; this dialog holds no rule of its own."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import evidence
from app.services.vault_service import VaultService
from app.ui.file_task_dialog import FileTaskDialog
from app.ui.prompts import error_text, tr
from app.ui.save_paths import default_file_name, documents_folder


def default_bundle_name(title: str, today: date | None = None) -> str:
    """``证据包-<case>-<date>.zip`` (``evidence-bundle-…`` in English): the words in the UI
    language, a file-system-safe case name."""
    return default_file_name(tr("evidence bundle"), title, "zip", today)


class ExportEvidenceDialog(FileTaskDialog):
    """Choose what goes in, where it goes, then export with progress; ``result`` at the end."""

    cancelled = (evidence.ExportCancelled,)

    def __init__(
        self,
        service: VaultService,
        *,
        buyer_id: str | None = None,
        sighting_id: str | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, parent)
        self.buyer_id = buyer_id
        self.sighting_id = sighting_id
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
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Items that could not be read"))
        self._build(
            self._build_form(folder),
            self.tr("Export"),
            self.tr("Export progress"),
            below_result=self.problem_list,
        )
        self.export_button = self.start_button

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
        start_dir = folder or documents_folder()  # made when missing
        self._save_rows(
            form, self.tr("Bundle file"), str(start_dir / default_bundle_name(self.title))
        )
        layout.addLayout(form)
        layout.addWidget(self.status)
        return page

    # --- actions -------------------------------------------------------------------------

    def _choose(self) -> None:
        self._choose_file(self.tr("Save the evidence bundle"), self.tr("ZIP (*.zip)"), ".zip")

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
        chosen = self._destination(self.tr("%1 already exists. Replace it with the new bundle?"))
        if chosen is None:
            return
        dest, overwrite = chosen
        options = self.options()
        service, buyer_id, sighting_id = self.service, self.buyer_id, self.sighting_id
        self._run(
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
            self._done,
            writes=False,
        )

    def progress_text(self, done: int, total: int, name: str) -> str:
        return (
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", name)
        )

    def _done(self, result: evidence.ExportResult) -> None:
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
        self._show_result(result.path)
