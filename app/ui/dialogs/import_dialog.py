"""Import with a progress bar and Cancel; every per-file problem in one summary at the end."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.importing import ImportReport
from app.services.vault_service import VaultService
from app.ui.geometry import fit_to_screen
from app.ui.prompts import error_text, show_exception
from app.ui.tasks import Task, run_task


class ImportProgress(QDialog):
    """Runs ``service.import_paths`` off the GUI thread; emits ``finishedImport(report)``."""

    finishedImport = Signal(object)  # ImportReport, or None when the batch failed as a whole

    def __init__(
        self, service: VaultService, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Preparing…"))
        self.label.setMinimumWidth(420)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Import progress"))
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.report: ImportReport | None = None
        self.task: Task = run_task(
            lambda cancel, progress: service.import_paths(paths, progress, cancel),
            self._done,
            self._failed,
            self._progress,
            with_cancel=True,
            with_progress=True,
            writes=True,
        )

    def _progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Encrypting %1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", name)
        )

    def cancel(self) -> None:
        if self.task.running:
            self.task.cancel()
            self.label.setText(self.tr("Cancelling after the files in progress…"))
            self.buttons.setEnabled(False)

    def reject(self) -> None:  # Esc / window close = Cancel; the dialog closes when work stops
        self.cancel()

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.finishedImport.emit(report)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self.finishedImport.emit(None)
        self.done(QDialog.DialogCode.Rejected)
        show_exception(self.parentWidget(), exc)


class ImportSummary(QDialog):
    """One dialog for the whole batch: what came in, what was a duplicate, what failed and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        layout = QVBoxLayout(self)
        new = len(report.new_items)
        dup = len(report.imported) - new
        lines = [self.tr("%n new item(s) encrypted into the vault.", "", new)]
        if dup:
            lines.append(self.tr("%n file(s) were already in the vault.", "", dup))
        if report.cancelled:
            lines.append(self.tr("The import was cancelled; the files done so far are kept."))
        if report.errors:
            lines.append(self.tr("%n file(s) could not be imported:", "", len(report.errors)))
        summary = QLabel("\n".join(lines))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if report.errors:
            table = QTableWidget(len(report.errors), 2)
            table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            for row, (path, reason) in enumerate(report.errors):
                name = QTableWidgetItem(Path(path).name)
                name.setToolTip(path)
                table.setItem(row, 0, name)
                table.setItem(row, 1, QTableWidgetItem(error_text(reason)))
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents
            )
            table.horizontalHeader().setStretchLastSection(True)
            table.setWordWrap(True)
            # a long reason wraps onto more lines instead of ending in "…"
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setAccessibleName(self.tr("Files that could not be imported"))
            layout.addWidget(table)
            self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.summary = summary
        fit_to_screen(self, (640, 360 if report.errors else 160))
        self.setWindowModality(Qt.WindowModality.WindowModal)
