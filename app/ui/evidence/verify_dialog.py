"""Check an evidence bundle (any bundle, this vault's or another's) without unpacking it:
every hash, the signature, and whether the signing key is this vault's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import evidence
from app.ui.prompts import error_text, show_exception
from app.ui.tasks import Task, run_task


class VerifyEvidenceDialog(QDialog):
    """``check(path)`` verifies off the GUI thread and shows the verdict and every problem."""

    def __init__(self, own_fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check an evidence bundle"))
        self.setMinimumWidth(560)
        self.own_fingerprint = own_fingerprint
        self.task: Task | None = None
        self.report: evidence.VerifyReport | None = None
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self.tr("Choose a bundle (.zip) to check."))
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose = buttons.addButton(
            self.tr("Choose a bundle…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose.clicked.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check an evidence bundle"), str(Path.home()), self.tr("ZIP (*.zip)")
        )
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        self.choose.setEnabled(False)
        self.problems.clear()
        self.problems.setVisible(False)
        self.verdict.setText(self.tr("Checking %1…").replace("%1", path.name))
        self.task = run_task(
            lambda: evidence.verify_bundle(path), self._done, self._failed, owner=self
        )

    def _done(self, report: evidence.VerifyReport) -> None:
        self.task = None
        self.report = report
        self.choose.setEnabled(True)
        if report.ok:
            lines = [
                self.tr(
                    "Intact: all %1 files match SHA256SUMS and the signature is valid."
                ).replace("%1", str(len(report.checked)))
            ]
        else:
            lines = [
                self.tr(
                    "NOT intact: %1 problem(s). The files named below are missing, extra or "
                    "altered, or the signature does not match."
                ).replace("%1", str(len(report.problems)))
            ]
        if report.key_fingerprint:
            lines.append(self.tr("Signing key: %1").replace("%1", report.key_fingerprint))
            if self.own_fingerprint and report.key_fingerprint == self.own_fingerprint:
                lines.append(self.tr("This is the signing key of the open vault."))
            elif self.own_fingerprint:
                lines.append(
                    self.tr(
                        "This is not the open vault's key; compare it with the fingerprint "
                        "the signer published."
                    )
                )
        if report.timestamp_token:
            lines.append(
                self.tr("The bundle carries a time-stamp token, which is not checked here.")
            )
        self.verdict.setText("\n".join(lines))
        kinds = self.problem_kinds()
        line = self.tr("%1: %2")  # the kind of problem, then its sentence
        self.problems.addItems(
            [
                line.replace("%1", kinds.get(p.kind, p.kind)).replace("%2", error_text(p.message))
                for p in report.problems
            ]
        )
        self.problems.setVisible(bool(report.problems))

    def problem_kinds(self) -> dict[str, str]:
        """The word before each problem (``evidence.Problem.kind``), in the UI language."""
        return {
            "missing": self.tr("missing"),
            "extra": self.tr("extra"),
            "altered": self.tr("altered"),
            "signature": self.tr("signature"),
            "key": self.tr("signing key"),
            "malformed": self.tr("malformed"),
            "unreadable": self.tr("unreadable"),
        }

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.choose.setEnabled(True)
        if isinstance(exc, UserError):  # not a ZIP, or refused unread (zip-slip, bomb)
            self.verdict.setText(self.tr("The file could not be checked:") + "\n" + error_text(exc))
            return
        show_exception(self, exc)
