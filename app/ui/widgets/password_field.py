"""A new password, typed twice: show/hide, a coloured strength meter and the reason.

One widget for every place a new password is chosen (the create-vault wizard, "change the
password", the change offered after opening with the recovery key), so that each has the same
floor as the CLI (``app.services.passwords.estimate``: zxcvbn) and says the same thing.

zxcvbn takes ~7 ms on 32 characters and up to ~90 ms on 100 (its import, ~40 ms, is done off
the GUI thread when the widget is made). A password of up to ``SYNC_CHARS`` is measured as it
is typed (a few ms); a longer one off the GUI thread once typing pauses (``DEBOUNCE_MS``), and a
result that arrives for text since changed is dropped, so typing never waits for it. Until
then ``acceptable()`` is False (``changed`` comes with the result); ``strength()`` asked
directly (validating a page) computes it then.

``add_reveal_toggle(edit)`` gives any password box the same eye button (the unlock fields).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.services import passwords
from app.ui.icons import icon
from app.ui.prompts import tr
from app.ui.tasks import run_task

DEBOUNCE_MS = 150
SYNC_CHARS = 24  # measured at once up to this length (~4 ms); longer: off the GUI thread

# the meter's colour per level: empty, very weak, weak, almost, strong enough
COLOURS = ("#c9ced6", "#c62828", "#e65100", "#b58900", "#2e7d32")


def join_sentences(first: str, second: str) -> str:
    """Two translated sentences as one text: no space after a full-width stop (Chinese)."""
    if not first:
        return second
    return first + ("" if first.endswith(("。", "！", "？", "；", "：")) else " ") + second


def strength_hint(level: int) -> str:
    """The sentence under the meter for ``level`` (0 empty .. 4 strong enough)."""
    advice = tr("Use four or more unrelated words, or a longer phrase; Chinese is fine.")
    hints = [
        tr("Type a password."),
        join_sentences(
            tr("Very weak: anyone with a copy of the vault folder could guess it at once."), advice
        ),
        join_sentences(tr("Weak: a copy of the vault folder could be cracked."), advice),
        tr("Almost: add another word or two, so that a copy would take years to crack."),
        tr("Strong enough."),
    ]
    return hints[max(0, min(level, 4))]


def warning_sentence(warning: str) -> str:
    """zxcvbn's reason (English only) in the UI language; "" for one not known here."""
    words = {
        "Straight rows of keys are easy to guess.": tr("Straight rows of keys are easy to guess."),
        "Short keyboard patterns are easy to guess.": tr(
            "Short keyboard patterns are easy to guess."
        ),
        'Repeats like "aaa" are easy to guess.': tr("Repeats like “aaa” are easy to guess."),
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': tr(
            "Repeats like “abcabcabc” are only slightly harder to guess than “abc”."
        ),
        'Sequences like "abc" or "6543" are easy to guess.': tr(
            "Sequences like “abc” or “6543” are easy to guess."
        ),
        "Recent years are easy to guess.": tr("Recent years are easy to guess."),
        "Dates are often easy to guess.": tr("Dates are often easy to guess."),
        "This is a top-10 common password.": tr("This is one of the 10 most common passwords."),
        "This is a top-100 common password.": tr("This is one of the 100 most common passwords."),
        "This is a very common password.": tr("This is a very common password."),
        "This is similar to a commonly used password.": tr(
            "This is similar to a commonly used password."
        ),
        "A word by itself is easy to guess.": tr("A word by itself is easy to guess."),
        "Names and surnames by themselves are easy to guess.": tr(
            "Names by themselves are easy to guess."
        ),
        "Common names and surnames are easy to guess.": tr(
            "Common names and surnames are easy to guess."
        ),
    }
    return words.get(warning, "")


def describe(strength: passwords.Strength) -> str:
    """The meter's sentence: how strong, and why (zxcvbn's reason) when it is not enough."""
    text = strength_hint(strength.level)
    if strength.level in (1, 2, 3):
        reason = warning_sentence(strength.warning)
        if reason:
            text = join_sentences(reason, text)
    return text


def add_reveal_toggle(*edits: QLineEdit) -> QAction:
    """An eye button at the end of the first box that shows or hides what all of them hold."""
    action = QAction(icon("preview"), tr("Show the password"), edits[0])
    action.setCheckable(True)

    def toggled(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in edits:
            edit.setEchoMode(mode)
        action.setText(tr("Hide the password") if shown else tr("Show the password"))
        action.setToolTip(action.text())

    action.toggled.connect(toggled)
    action.setToolTip(action.text())
    edits[0].addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    return action


class PasswordField(QWidget):
    """The password and its repetition, the show/hide eye, the meter and its sentence.

    ``changed`` is emitted when either box changes and when an estimate arrives: whoever
    enables a Save or Next button then asks ``acceptable()``."""

    changed = Signal()

    def __init__(
        self,
        user_inputs: Callable[[], tuple[str, ...]] = tuple,
        parent: QWidget | None = None,
        label: str = "",
    ) -> None:
        super().__init__(parent)
        self.user_inputs = user_inputs  # words an attacker tries first (vault, performer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("New password"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(tr("Repeat the password"))
        self.reveal = add_reveal_toggle(self.password, self.repeat)
        first = QLabel(label or tr("&Password:"))
        first.setBuddy(self.password)
        second = QLabel(tr("&Repeat it:"))
        second.setBuddy(self.repeat)
        form.addRow(first, self.password)
        form.addRow(second, self.repeat)
        layout.addLayout(form)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(tr("Password strength"))
        layout.addWidget(self.meter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # room for the longest sentence (three lines): the dialog does not jump as it changes
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 3 + 4)
        layout.addWidget(self.hint)

        self._cache: tuple[str, tuple[str, ...], passwords.Strength] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._estimate_later)
        self.estimating = False  # a worker is estimating (tests wait for it)
        self.password.textChanged.connect(self._password_changed)
        self.repeat.textChanged.connect(self._show)
        run_task(lambda: passwords.estimate("warm up"))  # zxcvbn's import, off the GUI thread
        self._password_changed()

    # --- the estimate ---
    def _cached(self) -> passwords.Strength | None:
        key = (self.password.text(), self.user_inputs())
        if self._cache is not None and self._cache[:2] == key:
            return self._cache[2]
        return None

    def strength(self) -> passwords.Strength:
        """The current password's strength (computed now if typing has not paused yet)."""
        cached = self._cached()
        if cached is None:
            text, inputs = self.password.text(), self.user_inputs()
            cached = passwords.estimate(text, inputs)
            self._cache = (text, inputs, cached)
            self._show()
        return cached

    def level(self) -> int:
        return self.strength().level

    def acceptable(self) -> bool:
        """At or above the floor, and typed the same twice; False while a long password is
        still being measured (``changed`` follows its result)."""
        strength = self._cached()
        if strength is None and len(self.password.text()) <= SYNC_CHARS:
            strength = self.strength()
        if strength is None:
            return False
        return strength.acceptable and self.password.text() == self.repeat.text()

    def refresh(self) -> None:
        """Measure again (the words an attacker tries first have changed)."""
        self._password_changed()

    def _password_changed(self) -> None:
        text = self.password.text()
        if len(text) <= SYNC_CHARS or self._cached() is not None:
            self._timer.stop()
            self.strength()  # short: measured now (or already known); shows it
            self._show()
            return
        self._timer.start()  # once typing pauses
        self._show()

    def _estimate_later(self) -> None:
        text, inputs = self.password.text(), self.user_inputs()

        def done(strength: passwords.Strength) -> None:
            self.estimating = False
            if (self.password.text(), self.user_inputs()) == (text, inputs):
                self._cache = (text, inputs, strength)
                self._show()

        def failed(_exc: BaseException) -> None:
            self.estimating = False

        self.estimating = True
        run_task(lambda: passwords.estimate(text, inputs), done, failed, owner=self)

    def _show(self) -> None:
        strength = self._cached()
        if strength is None:  # being measured: the meter keeps its place, the sentence waits
            text = tr("Measuring…")
            level = self.meter.value()
        else:
            level = strength.level
            text = describe(strength)
        self.meter.setValue(level)
        self.meter.setStyleSheet(
            "QProgressBar { border: 1px solid #b9c0ca; border-radius: 3px; background: #eef0f3; }"
            f"QProgressBar::chunk {{ background: {COLOURS[max(0, min(level, 4))]}; }}"
        )
        if self.repeat.text() and self.repeat.text() != self.password.text():
            text = join_sentences(text, tr("The two passwords differ."))
        self.hint.setText(text)
        self.changed.emit()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
