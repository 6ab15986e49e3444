"""Home: what to do next, each with the button that does it (the first page after unlocking).

The lists come from ``app.services.home.overview`` (plain data, tested without Qt); this page
only renders them. Its buttons emit signals that the main window connects to the dialogs:
write the follow-up letter, open a letter, write a takedown notice, take a buyer's photos
back, back up the vault; an empty vault shows first steps (import photos, add a buyer).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Records
from app.services import home
from app.services.backup import LastBackup
from app.ui.icons import icon
from app.ui.models.tables import letter_kind_label, platform_label
from app.ui.pages.base import Page


class HomePage(Page):
    writeLetterRequested = Signal(str, str)  # buyer id, letter kind
    openLetterRequested = Signal(str)  # letter id
    writeNoticeRequested = Signal(str)  # sighting id
    backupRequested = Signal()
    importRequested = Signal()
    addBuyerRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None  # None: the real today (tests fix it)
        self.last_backup: LastBackup | None = None
        self.generation = 0
        self.digest = ""  # backup.content_digest of the records shown
        self.overview = home.Overview()
        self.records = Records()
        self.buttons: dict[str, QPushButton] = {}  # "<what>:<id>" -> its button (tests)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.area)
        self._render()

    # --- Page ---
    def set_backup(self, last: LastBackup | None, generation: int, digest: str = "") -> None:
        """When the vault was last backed up from here, its saved generation now and the
        digest of its records without derived data (``backup.content_digest``; set before
        ``load``)."""
        self.last_backup, self.generation, self.digest = last, generation, digest

    def load(self, records: Records) -> None:
        self.records = records
        self.overview = home.overview(
            records,
            self.today or date.today(),
            self.last_backup,
            self.generation,
            digest=self.digest,
        )
        self._render()
        self.countChanged.emit()

    def clear(self) -> None:
        self.records = Records()
        self.overview = home.Overview()
        self.last_backup, self.generation, self.digest = None, 0, ""
        self._render(locked=True)
        self.countChanged.emit()

    def set_search(self, text: str) -> None:
        del text  # nothing to filter: the lists are short and all of them matter

    def visible_count(self) -> int:
        return self.overview.count

    # --- rendering ---
    def _render(self, locked: bool = False) -> None:
        self.buttons = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 18, 24, 18)
        column.setSpacing(10)
        title = QLabel(self.tr("What to do next"))
        title.setObjectName("homeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        ov = self.overview
        if locked:
            title.hide()
        elif ov.first_steps:
            self._first_steps(column)
        else:
            self._letters(column, ov.letters)
            self._buyers(column, ov.buyers)
            self._sightings(column, ov.sightings)
            self._missing(column, ov)
            if not (ov.letters or ov.buyers or ov.sightings) and ov.has_photos and ov.has_buyers:
                column.addWidget(
                    self._text(
                        self.tr(
                            "No deadline is near, every buyer with a running deal has a "
                            "letter, and every sighting has a takedown notice."
                        )
                    )
                )
            self._backup(column, ov.backup)
        column.addStretch(1)
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.area.setWidget(body)

    def _text(self, text: str, grey: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if grey:
            label.setStyleSheet("color: #5b6675")
        return label

    def _heading(self, column: QVBoxLayout, text: str) -> None:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        column.addWidget(label)

    def _row(self, column: QVBoxLayout, text: str, buttons: list[tuple[str, str, object]]) -> None:
        """A line of text with its buttons: (key, label, slot)."""
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self._text(text), 1)
        for key, label, slot in buttons:
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setObjectName(key)
            self.buttons[key] = button
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(12, 2, 0, 2)
        column.addWidget(holder)

    def _first_steps(self, column: QVBoxLayout) -> None:
        column.addWidget(
            self._text(
                self.tr(
                    "Your vault is empty. Start with the photos you handed over: import them, "
                    "then add the buyers you sold them to and the deals you made. Everything "
                    "stays encrypted in the vault."
                )
            )
        )
        self._row(
            column,
            self.tr("1. Import the photos you sold or lent (files or a whole folder)."),
            [("import", self.tr("Import photos…"), self.importRequested.emit)],
        )
        self._row(
            column,
            self.tr("2. Add a buyer: their nickname, platform and contact."),
            [("add-buyer", self.tr("Add a buyer…"), self.addBuyerRequested.emit)],
        )

    def _missing(self, column: QVBoxLayout, ov: home.Overview) -> None:
        """Photos but no buyer yet, or buyers but no photo: the other half of the records."""
        if ov.has_photos and not ov.has_buyers:
            self._row(
                column,
                self.tr("No buyers yet: add the people you sold these photos to, and the deals."),
                [("add-buyer", self.tr("Add a buyer…"), self.addBuyerRequested.emit)],
            )
        elif ov.has_buyers and not ov.has_photos:
            self._row(
                column,
                self.tr("No photos yet: import the photos you handed over."),
                [("import", self.tr("Import photos…"), self.importRequested.emit)],
            )

    def _recipient(self, recipient: str, kind: str) -> str:
        if kind == "takedown":
            return platform_label(recipient)
        buyer = self.records.buyers.get(recipient)
        return buyer.name if buyer else recipient

    def _letters(self, column: QVBoxLayout, letters: list[home.LetterDue]) -> None:
        if not letters:
            return
        self._heading(column, self.tr("Deadlines"))
        for due in letters:
            what = self.tr("%1 to %2").replace("%1", letter_kind_label(due.kind))
            what = what.replace("%2", self._recipient(due.recipient, due.kind))
            if due.overdue:
                when = self.tr("deadline %1, %n day(s) overdue", "", -due.days_left)
            elif due.days_left == 0:
                when = self.tr("deadline today (%1)")
            else:
                when = self.tr("deadline %1, in %n day(s)", "", due.days_left)
            when = when.replace("%1", due.deadline)
            text = self.tr("%1: %2").replace("%1", what).replace("%2", when)
            buttons: list[tuple[str, str, object]] = []
            letter_id = due.letter_id
            if due.overdue and due.kind != "takedown" and due.next_step != "complaint":
                label = (
                    self.tr("Write a reminder…")
                    if due.next_step == "reminder"
                    else self.tr("Write an escalation…")
                )
                buyer_id, kind = due.recipient, due.next_step
                buttons.append(
                    (
                        f"follow-up:{letter_id}",
                        label,
                        lambda _c=False, b=buyer_id, k=kind: self.writeLetterRequested.emit(b, k),
                    )
                )
            buttons.append(
                (
                    f"open-letter:{letter_id}",
                    self.tr("Open the letter"),
                    lambda _c=False, x=letter_id: self.openLetterRequested.emit(x),
                )
            )
            self._row(column, text, buttons)

    def _buyers(self, column: QVBoxLayout, buyers: list[home.BuyerToWrite]) -> None:
        if not buyers:
            return
        self._heading(column, self.tr("Buyers who still use your photos"))
        for b in buyers:
            text = self.tr("%1: %n running deal(s), no letter sent yet", "", b.running_deals)
            text = text.replace("%1", b.name)
            buyer_id, draft = b.buyer_id, b.draft_id
            if draft:
                button = self._draft_button(draft)
            else:
                button = (
                    f"take-back:{buyer_id}",
                    self.tr("Take my face back…"),
                    lambda _c=False, x=buyer_id: self.writeLetterRequested.emit(x, "revocation"),
                )
            self._row(column, text, [button])

    def _draft_button(self, draft: str) -> tuple[str, str, Callable[..., None]]:
        """The button of a row whose letter or notice is already drafted: open that draft."""
        return (
            f"open-letter:{draft}",
            self.tr("Open the draft"),
            lambda _c=False, x=draft: self.openLetterRequested.emit(x),
        )

    def _sightings(self, column: QVBoxLayout, sightings: list[home.SightingWithoutNotice]) -> None:
        if not sightings:
            return
        self._heading(column, self.tr("Sightings without a takedown notice"))
        for s in sightings:
            where = platform_label(s.platform)
            text = (
                self.tr("%1, seen %2: %3").replace("%2", s.seen_on)
                if s.seen_on
                else self.tr("%1: %3")
            )
            text = text.replace("%1", where).replace("%3", s.url)
            sighting_id, draft = s.sighting_id, s.draft_id
            if draft:
                button = self._draft_button(draft)
            else:
                button = (
                    f"notice:{sighting_id}",
                    self.tr("Write the takedown notice…"),
                    lambda _c=False, x=sighting_id: self.writeNoticeRequested.emit(x),
                )
            self._row(column, text, [button])

    def _backup(self, column: QVBoxLayout, state: home.BackupState) -> None:
        self._heading(column, self.tr("Backup"))
        if state.last is None or state.days_ago is None:
            text = self.tr(
                "This vault has never been backed up from this computer. If this disk fails or "
                "the computer is lost, the records and photos are gone: keep a copy on a USB "
                "stick or another disk."
            )
            label = self.tr("Back up now…")
        else:
            day = state.last.day.isoformat()
            if state.days_ago == 0:
                text = self.tr("Last backed up today (%1).").replace("%1", day)
            else:
                text = self.tr("Last backed up %1 (%n day(s) ago).", "", state.days_ago)
                text = text.replace("%1", day)
            if state.changed_since:
                text += " " + self.tr("The vault has changed since.")
            elif not state.needed:
                text += " " + self.tr("Nothing has changed since.")
            label = self.tr("Back up now…") if state.needed else self.tr("Back up again…")
        self._row(column, text, [("backup", label, self.backupRequested.emit)])
        button = self.buttons["backup"]
        button.setIcon(icon("vault"))
        if state.needed:
            button.setDefault(True)
