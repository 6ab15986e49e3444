"""The base of the record editors (buyer, deal, photo, sighting, your details).

Each editor builds its form and says what saving does (``save`` calls ``run_save`` with the
work); this base owns the Save/Cancel box and the save itself: off the GUI thread (a big
vault's index takes a moment to write), the dialog disabled meanwhile, then ``saved`` and
close, or the error shown and the dialog left open to correct it.

``GuardedDialog`` (the base of ``FormDialog``, the letter composer and mark-sent) never drops
what was typed: closing it (Esc, the window's close button, Cancel) after a change asks
"discard your changes?" (Discard / Keep editing, and Save where the dialog saves); closing it
untouched asks nothing. ``discard()`` closes without asking (the vault is being locked).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.vault_service import VaultService
from app.ui.prompts import show_exception
from app.ui.tasks import run_task
from app.ui.widgets.date_field import DateField

UNGUARDED = "lvUnguarded"  # a widget property: its value is not "what the user typed"


def widget_value(widget: QWidget) -> object:
    """What the user can change in an input widget (None for anything else)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else "")
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractButton):
        return None
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        if model is None:
            return None
        rows = model.rowCount()
        checks = tuple(
            model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) for row in range(rows)
        )
        return (rows, checks)
    return None


class GuardedDialog(QDialog):
    """A dialog that asks before it drops a change: see the module's docstring.

    The state to keep is taken when the dialog is first shown (the form is filled by then);
    ``mark_clean`` takes it again (after a save that keeps the dialog open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean_state: dict[QWidget, object] | None = None
        self.guarding = True  # False: closes without asking (``discard``)
        self.discard_prompt: QMessageBox | None = None  # while the question is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._clean_state is None:
            self.mark_clean()

    def guarded_widgets(self) -> list[QWidget]:
        """The widgets whose values are what the user typed or chose (all inputs by default;
        not the parts of a combo box or a calendar, which Qt builds when they first open)."""
        return [w for w in self.findChildren(QWidget) if self._guarded(w)]

    def _guarded(self, widget: QWidget) -> bool:
        part = isinstance(widget, QAbstractItemView)
        node: QObject | None = widget
        while node is not None and node is not self:
            if node.property(UNGUARDED):
                return False
            if part and isinstance(node, (QComboBox, QCalendarWidget)):
                return False
            node = node.parent()
        return True

    def form_state(self) -> dict[QWidget, object]:
        """Each guarded widget's value, by widget (the order Qt lists children in can change,
        e.g. when a tab is shown for the first time: it must not count as a change)."""
        return {w: value for w in self.guarded_widgets() if (value := widget_value(w)) is not None}

    def mark_clean(self) -> None:
        self._clean_state = self.form_state()

    def has_changes(self) -> bool:
        """Whether a widget that was there when the form was filled holds another value now
        (a widget made later, such as a combo box's popup list, holds nothing typed yet)."""
        if self._clean_state is None:
            return False
        clean = self._clean_state
        return any(w in clean and clean[w] != value for w, value in self.form_state().items())

    def can_save(self) -> bool:
        """Whether the discard question offers "Save" (``save`` then does it)."""
        return False

    def save(self) -> None:
        raise NotImplementedError

    def save_checked(self) -> None:
        """``save`` once every date typed in the form is a date (the first that is not is
        shown and gets the focus: nothing is saved from it)."""
        for field in self.findChildren(DateField):
            if field.isEnabled() and not field.is_valid():
                try:
                    field.iso()
                except UserError as exc:
                    show_exception(self, exc)
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.save()

    def ask_discard(self) -> str:
        """Ask what to do with the changes: "discard", "keep" or "save"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard your changes?"))
        box.setText(self.tr("Discard your changes?"))
        box.setInformativeText(
            self.tr("What you typed in this window is not saved yet. Closing it drops it.")
        )
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        save = None
        if self.can_save():
            save = box.addButton(self.tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.discard_prompt = box
        try:
            box.exec()
        finally:
            self.discard_prompt = None
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is discard:
            return "discard"
        if save is not None and clicked is save:
            return "save"
        return "keep"

    def reject(self) -> None:
        """Esc, the close button and Cancel: asks first when something was changed."""
        if self.guarding and self.isVisible() and self.isEnabled() and self.has_changes():
            answer = self.ask_discard()
            if answer == "save":
                self.save_checked()
                return
            if answer != "discard":
                return
        super().reject()

    def discard(self) -> None:
        """Close without asking (the vault is being locked: nothing can be saved anyway)."""
        self.guarding = False
        self.done(QDialog.DialogCode.Rejected)


class FormDialog(GuardedDialog):
    saved = Signal(str)  # the saved record's id

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save_checked)
        self.buttons.rejected.connect(self.reject)

    def add_buttons(self, layout: QVBoxLayout) -> None:
        """Puts Save/Cancel under the form (last, so they come last in the tab order too)."""
        layout.addWidget(self.buttons)

    def can_save(self) -> bool:
        return True

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
