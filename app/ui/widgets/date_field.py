"""One date field for every date in the app: typed, picked from a calendar, or (optional) empty.

``QDateEdit`` kept a section cursor: typing "2024-03-01" over a selected date only changed the
section under the cursor (the year stayed 2026), and Tab walked from section to section
instead of to the next field. This field is a line edit: what is typed is read as a whole
date ("2024-03-01", "2024/3/1", "2024.3.1", "2024年3月1日", full-width digits too), text that is
no date (or out of the allowed range) is marked in red with the reason and never saved, the
button beside it (or Alt+Down / F4) opens a calendar, and Tab leaves for the next field.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP, InvalidInput
from app.ui.prompts import error_text

# year, month, day with any of - / . or 年 月 日 between them (the 日 is optional)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")

Day = date  # the type, where DateField.date (the method) hides the name

INVALID_STYLE = "QLineEdit { border: 2px solid #b00020; }"


def parse_typed_date(text: str) -> date | None:
    """The date typed as ``text`` (None when it is empty); ValueError when it is no date."""
    clean = unicodedata.normalize("NFKC", text).strip()
    if not clean:
        return None
    found = _DATE.fullmatch(clean) or _COMPACT.fullmatch(clean)
    if found is None:
        raise ValueError(clean)
    year, month, day = (int(part) for part in found.groups())
    return date(year, month, day)  # ValueError for 2024-02-30


def iso_day(text: str) -> date | None:
    """A stored YYYY-MM-DD as a date; None for an empty or malformed one (the field then
    shows it empty, never a made-up day)."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _Calendar(QFrame):
    """The popup: a calendar that sets the field's date when a day is clicked or chosen."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.field = field
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)

    def _chosen(self, day: QDate) -> None:
        self.field.setDate(from_qdate(day))
        self.close()
        self.field.edit.setFocus(Qt.FocusReason.PopupFocusReason)


class DateField(QWidget):
    """A date as ``YYYY-MM-DD`` text; see the module's docstring.

    ``date()`` is the valid date or None (empty or not a date: ``is_valid`` tells which);
    ``iso()`` is what a form saves ("" for an empty optional date) and raises ``InvalidInput``
    for text that is no date or a required date left empty."""

    dateChanged = Signal(object)  # the new valid date, or None when emptied

    def __init__(
        self,
        day: date | None = None,
        *,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._last: date | None = None
        self.popup: _Calendar | None = None
        self.edit = QLineEdit()
        self.edit.setMaxLength(20)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._text_changed)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setOptional(optional)
        self.setDate(day)

    # --- the value ---------------------------------------------------------------------------

    def setDate(self, day: date | QDate | None) -> None:
        if isinstance(day, QDate):
            day = from_qdate(day) if day.isValid() else None
        self.edit.setText(day.isoformat() if day is not None else "")

    def setOptional(self, optional: bool) -> None:
        """An optional date may be left empty (saved as none)."""
        self.optional = optional
        self.edit.setPlaceholderText(
            self.tr("YYYY-MM-DD (may stay empty)") if optional else self.tr("YYYY-MM-DD")
        )
        self.edit.setClearButtonEnabled(optional)
        self._text_changed(self.edit.text())

    def setRange(self, minimum: date | None, maximum: date | None) -> None:
        """Days outside [minimum, maximum] are refused (marked); the calendar offers none."""
        self._minimum, self._maximum = minimum, maximum
        self._text_changed(self.edit.text())

    def date(self) -> date | None:
        try:
            return self._checked()
        except InvalidInput:
            return None

    def is_valid(self) -> bool:
        try:
            self._checked()
        except InvalidInput:
            return False
        return True

    def problem(self) -> str:
        """The reason the text is refused, in English (its template is marked: ``errors``)."""
        try:
            self._checked()
        except InvalidInput as exc:
            return str(exc)
        return ""

    def iso(self) -> str:
        """What a form saves: YYYY-MM-DD, or "" for an empty optional date; ``InvalidInput``
        for text that is no date (nothing is saved from it)."""
        day = self._checked()
        return day.isoformat() if day is not None else ""

    def _checked(self) -> Day | None:
        text = self.edit.text()
        try:
            day = parse_typed_date(text)
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "{text} is not a date: type it as year-month-day, like 2024-03-01."
                ),
                text=text.strip(),
            ) from None
        if day is None:
            if self.optional:
                return None
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A date is needed here: type it like 2024-03-01.")
            )
        if self._minimum is not None and day < self._minimum:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{day} is too early: the earliest day is {minimum}."),
                day=day.isoformat(),
                minimum=self._minimum.isoformat(),
            )
        if self._maximum is not None and day > self._maximum:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{day} is too late: the latest day is {maximum}."),
                day=day.isoformat(),
                maximum=self._maximum.isoformat(),
            )
        return day

    def _text_changed(self, _text: str) -> None:
        try:
            day = self._checked()
        except InvalidInput as exc:
            self.edit.setStyleSheet(INVALID_STYLE)
            self.edit.setToolTip(error_text(exc))
            self.edit.setAccessibleDescription(error_text(exc))
            return
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        self.edit.setAccessibleDescription("")
        if day != self._last:
            self._last = day
            self.dateChanged.emit(day)

    # --- the calendar ------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.popup is None:
            self.popup = _Calendar(self)
        calendar = self.popup.calendar
        calendar.setMinimumDate(to_qdate(self._minimum or date(1900, 1, 1)))
        calendar.setMaximumDate(to_qdate(self._maximum or date(2199, 12, 31)))
        current = self.date() or date.today()
        calendar.setSelectedDate(to_qdate(current))
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        self.popup.move(below)
        self.popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            ):
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)
