"""Letters in the GUI: compose dialog (route, editable text, live preview) and letters list.

``install(window)`` is called by the main window after every unlock (see docs/gui.md). It adds
"Take my face back…" to the Buyers page, "Takedown notice…" to the Sightings page, and on the
Letters page: "New letter…", "Takedown notice…", "Mark as sent…", "Attach reply…",
"Set status" and "Deadlines…".

Signal connections hold bound methods and the window only weakly: a lambda that captured the
window would be kept by Qt and keep the window (and the open vault's records) alive after lock.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from app.errors import UserError
from app.services import letters as service_letters
from app.ui.icons import icon
from app.ui.letters.compose_dialog import ComposeLetterDialog, ui_language
from app.ui.letters.list_widget import LettersDialog, LettersListWidget, MarkSentDialog
from app.ui.letters.viewer import LetterViewer
from app.ui.models.tables import letter_kind_label
from app.ui.prompts import show_exception

__all__ = ["ComposeLetterDialog", "LettersDialog", "LettersListWidget", "MarkSentDialog", "install"]

STATUSES = ("draft", "sent", "acknowledged", "complied", "ignored")


class _Letters(QWidget):
    """The actions and open dialogs of one main window (a hidden child of it)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.hide()
        self._window = weakref.ref(window)
        self._dialogs: list[weakref.ReferenceType[QDialog]] = []
        self._deadlines: weakref.ReferenceType[LettersDialog] | None = None
        if hasattr(window, "locking"):
            window.locking.connect(self.close_dialogs)

    @property
    def window_(self) -> Any:
        return self._window()

    def close_dialogs(self) -> None:
        """The vault is being locked: closed without the "discard your changes?" question."""
        for ref in self._dialogs:
            dialog = ref()
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Rejected)
        self._dialogs.clear()

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs = [r for r in self._dialogs if r() is not None]
        self._dialogs.append(weakref.ref(dialog))
        if isinstance(dialog, ComposeLetterDialog):
            dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, letter_id: str) -> None:
        window = self.window_
        if window is None:
            return
        window.reload()
        page = getattr(window, "letters_page", None)
        if page is not None and hasattr(page, "select"):
            page.select(letter_id)

    def new_letter(self, buyer_id: str = "", kind: str = "revocation") -> None:
        window = self.window_
        if window is not None and window.service is not None:
            self._open(
                ComposeLetterDialog(
                    window.service, "buyer", buyer_id=buyer_id, kind=kind, parent=window
                )
            )

    def new_takedown(self, sighting_id: str = "") -> None:
        window = self.window_
        if window is not None and window.service is not None:
            self._open(
                ComposeLetterDialog(
                    window.service, "takedown", sighting_id=sighting_id, parent=window
                )
            )

    # slots for the actions (``triggered`` passes ``checked``)
    def _take_back(self, _checked: bool = False) -> None:
        window = self.window_
        if window is not None:
            self.new_letter(window.current_buyer_id())

    def _sighting_notice(self, _checked: bool = False) -> None:
        page = getattr(self.window_, "sightings_page", None)
        self.new_takedown(page.current_id() if page is not None else "")

    def _new_letter(self, _checked: bool = False) -> None:
        self.new_letter()

    def _new_takedown(self, _checked: bool = False) -> None:
        self.new_takedown()

    def _selected_letter(self) -> str:
        page = getattr(self.window_, "letters_page", None)
        return str(page.current_id()) if page is not None else ""

    # --- a saved letter: open its PDF, or a new draft from it -----------------------------------

    def open_letter(self, _checked: bool = False, letter_id: str = "") -> LetterViewer | None:
        """The PDF as it was saved (decrypted in memory), or why there is none to show."""
        window, letter_id = self.window_, letter_id or self._selected_letter()
        if window is None or window.service is None or not letter_id:
            return None
        service = window.service
        try:
            letter = service_letters.letter(service, letter_id)
            data = service_letters.saved_pdf(service, letter.id)
        except UserError as exc:
            show_exception(window, exc)
            return None
        if data is None:
            answer = QMessageBox.question(
                window,
                self.tr("Open"),
                self.tr(
                    "This letter was saved before the app kept a copy of its PDF. Write it "
                    "again as a new draft with the same choices and text?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.duplicate(letter_id=letter.id)
            return None
        title = self.tr("%1 to %2").replace("%1", letter_kind_label(letter.kind))
        title = title.replace("%2", service_letters.recipient_label(service, letter, ui_language()))
        viewer = LetterViewer(letter, title, data, window)
        viewer.duplicate.connect(self._duplicate_from_viewer)
        self._open(viewer)
        return viewer

    def _duplicate_from_viewer(self, letter_id: str) -> None:
        self.duplicate(letter_id=letter_id)

    def duplicate(self, _checked: bool = False, letter_id: str = "") -> ComposeLetterDialog | None:
        """The letter writer with the saved letter's choices and text (a new draft)."""
        window, letter_id = self.window_, letter_id or self._selected_letter()
        if window is None or window.service is None or not letter_id:
            return None
        letter = window.service.records.letters.get(letter_id)
        if letter is None:
            return None
        if letter.kind == "takedown":
            dialog = ComposeLetterDialog(window.service, "takedown", parent=window)
        else:
            dialog = ComposeLetterDialog(
                window.service, "buyer", buyer_id=letter.recipient, kind=letter.kind, parent=window
            )
        dialog.prefill(letter)
        self._open(dialog)
        return dialog

    def mark_sent(self, _checked: bool = False) -> None:
        window, letter_id = self.window_, self._selected_letter()
        if window is None or window.service is None or not letter_id:
            return
        current = window.service.records.letters.get(letter_id)
        written = service_letters.written_on(current) if current is not None else ""
        dialog = MarkSentDialog(window, written=date.fromisoformat(written) if written else None)
        if dialog.exec() != QDialog.DialogCode.Accepted or window.service is None:
            return  # cancelled, or the vault was locked while the dialog was open
        self._change(
            window,
            lambda: service_letters.mark_sent(
                window.service, letter_id, dialog.sent_on(), dialog.channel.text()
            ),
        )

    def attach_reply(self, _checked: bool = False) -> None:
        window, letter_id = self.window_, self._selected_letter()
        if window is None or window.service is None or not letter_id:
            return
        path, _ = QFileDialog.getOpenFileName(window, self.tr("Choose the reply to attach"))
        if not path or window.service is None:
            return
        self._change(window, lambda: service_letters.attach_reply(window.service, letter_id, path))

    def _status_chosen(self, action: QAction) -> None:
        self.set_status(str(action.data()))

    def set_status(self, status: str) -> None:
        window, letter_id = self.window_, self._selected_letter()
        if window is None or window.service is None or not letter_id:
            return
        self._change(window, lambda: service_letters.set_status(window.service, letter_id, status))

    @staticmethod
    def _change(window: Any, change: Callable[[], object]) -> None:
        """A change to the selected letter; its error shown, the window reloaded either way."""
        try:
            change()
        except UserError as exc:
            show_exception(window, exc)
        window.reload()

    def deadlines(self, _checked: bool = False) -> None:
        window = self.window_
        if window is not None and window.service is not None:
            dialog = LettersDialog(window.service, window)
            self._deadlines = weakref.ref(dialog)
            dialog.list.letterActivated.connect(self._follow_up)
            self._open(dialog)

    def _follow_up(self, letter_id: str) -> None:
        """Double-click on an overdue letter to a buyer: write the reminder or escalation."""
        window = self.window_
        dialog = self._deadlines() if self._deadlines is not None else None
        if window is None or window.service is None or dialog is None:
            return
        letter = window.service.records.letters.get(letter_id)
        if letter is None or letter.kind == "takedown" or letter_id not in dialog.list.overdue_ids:
            return
        kind = "escalation" if letter.kind in ("reminder", "escalation") else "reminder"
        dialog.accept()
        self.new_letter(letter.recipient, kind)

    def _main_takedown(self, _checked: bool = False) -> None:
        """The main toolbar's notice: for the sighting chosen on the Sightings page when that
        page is shown, else a blank notice."""
        window = self.window_
        page = getattr(window, "sightings_page", None)
        stack = getattr(window, "stack", None)
        sighting_id = ""
        if page is not None and stack is not None and stack.currentWidget() is page:
            sighting_id = page.current_id()
        self.new_takedown(sighting_id)

    def install(self) -> None:
        w = self.window_
        if hasattr(w, "add_main_action"):
            main_take_back = QAction(icon("takeback"), self.tr("Take my face back…"), self)
            main_take_back.setToolTip(
                self.tr("Write a revocation letter to a buyer: end the licence to your photos")
            )
            main_take_back.triggered.connect(self._take_back)
            w.add_main_action(main_take_back)
            main_notice = QAction(icon("takedown"), self.tr("Takedown notice…"), self)
            main_notice.setToolTip(
                self.tr("Ask a platform to take down a video or post that uses your face")
            )
            main_notice.triggered.connect(self._main_takedown)
            w.add_main_action(main_notice)
        take_back = QAction(icon("takeback"), self.tr("Take my face back…"), self)
        take_back.setToolTip(self.tr("Write a revocation letter to the selected buyer"))
        take_back.triggered.connect(self._take_back)
        # on a page, an action for the selected record is enabled only while one is selected
        # (the main toolbar's own "Take my face back…" and "Takedown notice…" need none)
        buyers = getattr(w, "buyers_page", None)
        if buyers is not None and hasattr(buyers, "add_selection_action"):
            buyers.add_selection_action(take_back)
        elif hasattr(w, "add_buyer_action"):
            w.add_buyer_action(take_back)
        sightings = getattr(w, "sightings_page", None)
        if sightings is not None and hasattr(sightings, "add_action"):
            notice = QAction(icon("takedown"), self.tr("Takedown notice…"), self)
            notice.triggered.connect(self._sighting_notice)
            getattr(sightings, "add_selection_action", sightings.add_action)(notice)
        page = getattr(w, "letters_page", None)
        if page is None:
            return
        new = QAction(icon("letters"), self.tr("New letter…"), self)
        new.triggered.connect(self._new_letter)
        takedown = QAction(icon("takedown"), self.tr("Takedown notice…"), self)
        takedown.triggered.connect(self._new_takedown)
        sent = QAction(self.tr("Mark as sent…"), self)
        sent.triggered.connect(self.mark_sent)
        reply = QAction(self.tr("Attach reply…"), self)
        reply.setToolTip(
            self.tr("Keep the recipient's answer (screenshot, e-mail, letter) with it")
        )
        reply.triggered.connect(self.attach_reply)
        status = QAction(self.tr("Set status"), self)
        menu = QMenu(self)
        labels = {
            "draft": self.tr("Draft"),
            "sent": self.tr("Sent"),
            "acknowledged": self.tr("Acknowledged"),
            "complied": self.tr("Complied"),
            "ignored": self.tr("Ignored"),
        }
        for key in STATUSES:
            menu.addAction(labels[key]).setData(key)
        menu.triggered.connect(self._status_chosen)
        status.setMenu(menu)
        deadlines = QAction(self.tr("Deadlines…"), self)
        deadlines.setToolTip(self.tr("Letters whose deadline has passed, and what is due next"))
        deadlines.triggered.connect(self.deadlines)
        add_for_selected = getattr(page, "add_selection_action", page.add_action)
        page.add_action(new)
        page.add_action(takedown)
        open_letter = QAction(self.tr("Open"), self)
        open_letter.setToolTip(self.tr("Show the letter's PDF as it was saved"))
        open_letter.triggered.connect(self.open_letter)
        again = QAction(self.tr("Duplicate as new draft…"), self)
        again.setToolTip(self.tr("Write a new letter with this letter's choices and text"))
        again.triggered.connect(self.duplicate)
        for action in (open_letter, again, sent, reply, status):  # on the selected letter
            add_for_selected(action)
        if hasattr(page, "activated"):  # double-click / Enter on a letter opens it
            page.activated.connect(lambda letter_id: self.open_letter(letter_id=letter_id))
        page.add_action(deadlines)


def install(window: Any) -> None:
    """Called by the main window after it is built (docs/gui.md). The helper is a hidden
    child widget of the window, so Qt keeps it exactly as long as the window."""
    _Letters(window).install()
