"""The base of the record editors (buyer, deal, photo, sighting, your details).

Each editor builds its form and says what saving does (``save`` calls ``run_save`` with the
work); this base owns the Save/Cancel box and the save itself: off the GUI thread (a big
vault's index takes a moment to write), the dialog disabled meanwhile, then ``saved`` and
close, or the error shown and the dialog left open to correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.services.vault_service import VaultService
from app.ui.prompts import show_exception
from app.ui.tasks import run_task


def qdate(text: str) -> QDate:
    """An ISO date as a QDate; today for an empty or malformed one."""
    try:
        d = date.fromisoformat(text)
    except ValueError:
        return QDate.currentDate()
    return QDate(d.year, d.month, d.day)


class FormDialog(QDialog):
    saved = Signal(str)  # the saved record's id

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_buttons(self, layout: QVBoxLayout) -> None:
        """Puts Save/Cancel under the form (last, so they come last in the tab order too)."""
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def run_save(self, work: Callable[[], Any]) -> None:
        self.setEnabled(False)
        run_task(work, self._saved, self._failed, owner=self, writes=True)

    def announce(self, record: Any) -> None:
        self.saved.emit(record.id)

    def _saved(self, record: Any) -> None:
        self.setEnabled(True)
        self.announce(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        show_exception(self, exc)
