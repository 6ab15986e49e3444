"""Letters in the GUI: compose dialog (route, editable text, live preview) and letters list.

``install(window)`` is called by the main window after every unlock (see docs/gui.md). It adds
"Take my face back…" to the Buyers page, "Takedown notice…" to the Sightings page, and on the
Letters page: "New letter…", "Takedown notice…", "Mark as sent…", "Set status" and
"Deadlines…".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.errors import UserError
from app.services import letters as service_letters
from app.ui.letters.compose_dialog import ComposeLetterDialog
from app.ui.letters.list_widget import LettersDialog, LettersListWidget, MarkSentDialog
from app.ui.prompts import show_exception

__all__ = ["ComposeLetterDialog", "LettersDialog", "LettersListWidget", "MarkSentDialog", "install"]

STATUSES = ("draft", "sent", "acknowledged", "complied", "ignored")


class _Letters(QWidget):
    """Holds the actions and open dialogs of one main window (a QObject for tr())."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.hide()
        self.window_ = window
        self.dialogs: list[QDialog] = []
        if hasattr(window, "locking"):
            window.locking.connect(self.close_dialogs)

    def close_dialogs(self) -> None:
        for dialog in list(self.dialogs):
            dialog.reject()
        self.dialogs.clear()

    def _open(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(
            lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )
        if isinstance(dialog, ComposeLetterDialog):
            dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, letter_id: str) -> None:
        self.window_.reload()
        page = getattr(self.window_, "letters_page", None)
        if page is not None and hasattr(page, "select"):
            page.select(letter_id)

    def new_letter(self, buyer_id: str = "") -> None:
        service = self.window_.service
        if service is not None:
            self._open(
                ComposeLetterDialog(service, "buyer", buyer_id=buyer_id, parent=self.window_)
            )

    def new_takedown(self, sighting_id: str = "") -> None:
        service = self.window_.service
        if service is not None:
            self._open(
                ComposeLetterDialog(
                    service, "takedown", sighting_id=sighting_id, parent=self.window_
                )
            )

    def _selected_letter(self) -> str:
        page = getattr(self.window_, "letters_page", None)
        return str(page.current_id()) if page is not None else ""

    def mark_sent(self) -> None:
        service, letter_id = self.window_.service, self._selected_letter()
        if service is None or not letter_id:
            return
        dialog = MarkSentDialog(self.window_)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            service_letters.mark_sent(service, letter_id, dialog.sent_on(), dialog.channel.text())
        except UserError as exc:
            show_exception(self.window_, exc)
        self.window_.reload()

    def set_status(self, status: str) -> None:
        service, letter_id = self.window_.service, self._selected_letter()
        if service is None or not letter_id:
            return
        try:
            service_letters.set_status(service, letter_id, status)
        except UserError as exc:
            show_exception(self.window_, exc)
        self.window_.reload()

    def deadlines(self) -> None:
        service = self.window_.service
        if service is not None:
            dialog = LettersDialog(service, self.window_)
            dialog.list.letterActivated.connect(lambda lid: self._follow_up(dialog, lid))
            self._open(dialog)

    def _follow_up(self, dialog: LettersDialog, letter_id: str) -> None:
        """Double-click on an overdue letter to a buyer: write the reminder or escalation."""
        service = self.window_.service
        letter = service.records.letters.get(letter_id) if service is not None else None
        if letter is None or letter.kind == "takedown" or letter_id not in dialog.list.overdue_ids:
            return
        kind = "escalation" if letter.kind in ("reminder", "escalation") else "reminder"
        dialog.accept()
        self._open(
            ComposeLetterDialog(
                service, "buyer", buyer_id=letter.recipient, kind=kind, parent=self.window_
            )
        )

    def install(self) -> None:
        w = self.window_
        take_back = QAction(self.tr("Take my face back…"), self)
        take_back.setToolTip(self.tr("Write a revocation letter to the selected buyer"))
        take_back.triggered.connect(lambda: self.new_letter(w.current_buyer_id()))
        if hasattr(w, "add_buyer_action"):
            w.add_buyer_action(take_back)
        sightings = getattr(w, "sightings_page", None)
        if sightings is not None and hasattr(sightings, "add_action"):
            notice = QAction(self.tr("Takedown notice…"), self)
            notice.triggered.connect(lambda: self.new_takedown(sightings.current_id()))
            sightings.add_action(notice)
        page = getattr(w, "letters_page", None)
        if page is None:
            return
        new = QAction(self.tr("New letter…"), self)
        new.triggered.connect(lambda: self.new_letter())
        takedown = QAction(self.tr("Takedown notice…"), self)
        takedown.triggered.connect(lambda: self.new_takedown())
        sent = QAction(self.tr("Mark as sent…"), self)
        sent.triggered.connect(self.mark_sent)
        status = QAction(self.tr("Set status"), self)
        menu = QMenu(w)
        labels = {
            "draft": self.tr("Draft"),
            "sent": self.tr("Sent"),
            "acknowledged": self.tr("Acknowledged"),
            "complied": self.tr("Complied"),
            "ignored": self.tr("Ignored"),
        }
        for key in STATUSES:
            menu.addAction(labels[key]).triggered.connect(
                lambda _c=False, k=key: self.set_status(k)
            )
        status.setMenu(menu)
        deadlines = QAction(self.tr("Deadlines…"), self)
        deadlines.setToolTip(self.tr("Letters whose deadline has passed, and what is due next"))
        deadlines.triggered.connect(self.deadlines)
        for action in (new, takedown, sent, status, deadlines):
            page.add_action(action)


def install(window: Any) -> None:
    """Called by the main window after it is built (docs/gui.md)."""
    letters = _Letters(window)
    letters.install()
    window._letters_extension = letters  # kept alive with the window
