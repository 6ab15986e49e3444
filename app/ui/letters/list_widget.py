"""The letters list with status and deadline, overdue ones highlighted, and mark-sent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Letter
from app.services import letters as service_letters
from app.services.vault_service import VaultService
from app.ui.dialogs.form_dialog import GuardedDialog
from app.ui.geometry import fit_to_screen
from app.ui.widgets.date_field import DateField

OVERDUE_COLOUR = QColor("#b00020")


class LettersListWidget(QTableWidget):
    """Every letter: kind, recipient, status, sent on, deadline, next step (overdue in red)."""

    letterActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Sent on"),
                self.tr("Deadline"),
                self.tr("Next step"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.cellDoubleClicked.connect(self._activate)
        self.overdue_ids: set[str] = set()

    def _kind(self, kind: str) -> str:
        return {
            "revocation": self.tr("Revocation"),
            "deletion": self.tr("Deletion request"),
            "takedown": self.tr("Takedown notice"),
            "reminder": self.tr("Reminder"),
            "escalation": self.tr("Escalation"),
        }.get(kind, kind)

    def _status(self, status: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "sent": self.tr("Sent"),
            "acknowledged": self.tr("Acknowledged"),
            "complied": self.tr("Complied"),
            "ignored": self.tr("Ignored"),
        }.get(status, status)

    def _next(self, step: str, days: int) -> str:
        label = {
            "reminder": self.tr("send a reminder"),
            "escalation": self.tr("escalate"),
            "complaint": self.tr("complain or sue"),
        }.get(step, step)
        return self.tr("Overdue %1 day(s): %2").replace("%1", str(days)).replace("%2", label)

    def load(self, service: VaultService, today: date | None = None) -> None:
        due = {d.letter.id: d for d in service_letters.due(service, today)}
        self.overdue_ids = set(due)
        letters: list[Letter] = sorted(
            service.records.letters.values(),
            key=lambda x: (x.id not in due, x.deadline or "9999", x.created_at),
        )
        self.setRowCount(len(letters))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, item in enumerate(letters):
            late = due.get(item.id)
            cells = [
                self._kind(item.kind),
                service_letters.recipient_label(
                    service, item, "zh-CN" if item.lang == "zh-CN" else "en"
                ),
                self._status(item.status),
                item.sent_on or "—",
                item.deadline or "—",
                self._next(late.next_step, late.days_overdue) if late else "",
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if late is not None:
                    cell.setForeground(QBrush(OVERDUE_COLOUR))
                    cell.setFont(bold)
                self.setItem(row, col, cell)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def current_id(self) -> str:
        row = self.currentRow()
        cell = self.item(row, 0) if row >= 0 else None
        return str(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else ""

    def _activate(self, row: int, _column: int = 0) -> None:
        cell = self.item(row, 0)
        if cell is not None:
            self.letterActivated.emit(str(cell.data(Qt.ItemDataRole.UserRole)))


class MarkSentDialog(GuardedDialog):
    """Ask for the date a letter was sent and the channel it went by."""

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        written: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as sent"))
        form = QFormLayout()
        day = today or date.today()
        self.date = DateField(day)
        self.date.setAccessibleName(self.tr("Sent on"))
        # a letter is sent neither before it was written nor in the future (the service
        # refuses both; the field marks them and the calendar does not offer them)
        self.date.setRange(written if written is not None and written <= day else None, day)
        self.channel = QLineEdit()
        self.channel.setPlaceholderText(self.tr("e.g. Xianyu chat, e-mail, registered mail"))
        form.addRow(self.tr("Sent &on:"), self.date)
        form.addRow(self.tr("&Channel:"), self.channel)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save_checked)  # a typed date that is no date: said
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def can_save(self) -> bool:
        return True

    def save(self) -> None:
        self.accept()

    def sent_on(self) -> str:
        return self.date.iso()


class LettersDialog(QDialog):
    """The letters list in its own window (follow-ups due first)."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters and deadlines"))
        self.list = LettersListWidget()
        self.list.load(service)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        fit_to_screen(self, (820, 420))
