"""The one way photos are chosen for a record (a deal, a takedown notice, a sighting).

A grid of thumbnails with a check box on each (``CheckablePhotosModel``: the photo grid's
``PhotosModel``, thumbnails decrypted lazily off the GUI thread and kept in memory only), a
filter by name, set, persona or tag (the Photos page's word search), "Select all" / "Select
none" for the photos the filter shows, and a count of the ticked photos that also says how many
of them the filter hides. Keyboard: Space toggles the photo in focus (the check box's own key),
Enter or a double-click too; the arrow keys move; Ctrl+A in the grid ticks the shown photos.

``release()`` drops the decrypted thumbnails (called when the dialog closes); what is ticked is
kept, so ``checked_ids()`` still answers after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import MediaItem
from app.ui.models.photos import AnyIndex, PhotosModel, ThumbSource, search_text
from app.ui.models.tables import ID_ROLE
from app.ui.widgets.photo_delegate import PhotoDelegate

PICKER_ICON = QSize(96, 96)


class CheckablePhotosModel(PhotosModel):
    """The photo grid's model with a check box per photo."""

    checkedChanged = Signal()

    def __init__(
        self, checked: Iterable[str], parent: QObject | None = None, icon_size: QSize = PICKER_ICON
    ) -> None:
        super().__init__(parent, icon_size=icon_size)
        self.checked = set(checked)
        self.order: list[str] = []  # every photo's id in the grid's order (kept on release)

    def load(
        self,
        items: Sequence[MediaItem],
        source: ThumbSource,
        deal_counts: dict[str, int] | None = None,
    ) -> None:
        self.order = [m.id for m in items]
        super().load(items, source, deal_counts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid():
            item_id = self.items[index.row()].id
            return Qt.CheckState.Checked if item_id in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        on = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        self.set_checked(self.items[index.row()].id, bool(on))
        return True

    def set_checked(self, item_id: str, on: bool) -> None:
        self.set_many([item_id], on)

    def set_many(self, item_ids: Iterable[str], on: bool) -> None:
        """Tick or untick several photos; one ``checkedChanged`` when anything changed."""
        changed = []
        for item_id in item_ids:
            row = self._rows.get(item_id)
            if row is None or (item_id in self.checked) == on:
                continue
            if on:
                self.checked.add(item_id)
            else:
                self.checked.discard(item_id)
            changed.append(row)
        if not changed:
            return
        top, bottom = self.index(min(changed)), self.index(max(changed))
        self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()

    def checked_ids(self) -> list[str]:
        return [i for i in self.order if i in self.checked]

    def row_of(self, item_id: str) -> int:
        """The row of a photo, -1 when it is not (or no longer) in the grid."""
        return self._rows.get(item_id, -1)


class _Grid(QListView):
    """The picker's grid: Ctrl+A ticks the photos shown (a highlight would do nothing), and
    Enter, which toggles the photo in focus, stays here: a list view passes it on, and the
    dialog would take it for its default button (Save)."""

    selectAllPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAllPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()


class PhotoPicker(QWidget):
    """Thumbnails with check boxes, a filter, select all / none, and "N selected"."""

    checkedChanged = Signal()

    def __init__(
        self,
        media: Iterable[MediaItem],
        thumbnails: ThumbSource,
        checked: Iterable[str] = (),
        accessible_name: str = "",
        parent: QWidget | None = None,
        icon_size: QSize = PICKER_ICON,
        badges: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        """``badges``: ``badge_counts(records)``, shown as on the Photos page (sold to N
        buyers, seen N times) so the photos a buyer or a sighting concerns stand out."""
        super().__init__(parent)
        items = sorted(media, key=lambda m: (m.imported_at, m.name))
        known = {m.id for m in items}
        self.model = CheckablePhotosModel([c for c in checked if c in known], self, icon_size)
        self.model.load(items, thumbnails)
        if badges:
            self.model.set_badges(badges)
        self._words: list[str] = []
        self._hidden: set[int] = set()  # rows the filter hides
        self._haystacks: list[str] | None = None  # each row's searchable text, on first filter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, set or tag"))
        self.filter.setAccessibleName(self.tr("Filter photos"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setProperty("lvUnguarded", True)  # a view, not a change to the record
        self.filter.textChanged.connect(self._filter_changed)
        top.addWidget(self.filter, 1)
        self.select_all = QPushButton(self.tr("Select all"))
        self.select_all.setToolTip(self.tr("Tick every photo the filter shows"))
        self.select_all.clicked.connect(self.check_shown)
        self.select_none = QPushButton(self.tr("Select none"))
        self.select_none.setToolTip(self.tr("Untick every photo the filter shows"))
        self.select_none.clicked.connect(self.uncheck_shown)
        layout.addLayout(top)

        self.view = _Grid()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(icon_size)
        self.view.setGridSize(QSize(icon_size.width() + 40, icon_size.height() + 36))
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # the grid shows the model itself and hides what the filter leaves out: its rows and
        # check states are the record's, whatever is typed in the filter
        self.view.setModel(self.model)
        self.view.setItemDelegate(PhotoDelegate(self.view))  # the badges
        self.view.setAccessibleName(accessible_name or self.tr("Photos"))
        self.view.activated.connect(self._toggle)
        self.view.selectAllPressed.connect(self.check_shown)
        layout.addWidget(self.view, 1)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5b6675")
        self.empty.hide()
        layout.addWidget(self.empty)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Photos selected"))
        self.count.setWordWrap(True)
        # narrow forms (the takedown notice's options) keep it all visible: count, then buttons
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.select_all)
        bottom.addWidget(self.select_none)
        layout.addLayout(bottom)
        self.setFocusProxy(self.view)
        self.model.checkedChanged.connect(self._checked_changed)
        self._update()

    # --- what is ticked ---
    def checked_ids(self) -> list[str]:
        return self.model.checked_ids()

    def set_checked(self, item_ids: Iterable[str], on: bool = True) -> None:
        self.model.set_many(item_ids, on)

    def shown_ids(self) -> list[str]:
        hidden = self._hidden
        return [item.id for row, item in enumerate(self.model.items) if row not in hidden]

    def check_shown(self) -> None:
        self.model.set_many(self.shown_ids(), True)

    def uncheck_shown(self) -> None:
        self.model.set_many(self.shown_ids(), False)

    def release(self) -> None:
        """Drop the decrypted thumbnails (the dialog is closing); the ticks stay."""
        self.model.clear()
        self._hidden, self._haystacks = set(), None
        self._update()

    # --- internals ---
    def _toggle(self, index: QModelIndex) -> None:
        item_id = str(index.data(ID_ROLE) or "")
        if item_id:
            self.model.set_checked(item_id, item_id not in self.model.checked)

    def _filter_changed(self, text: str) -> None:
        """Show the photos whose name, set, persona, tags or notes hold every word typed."""
        words = text.casefold().split()
        if words == self._words:
            return
        self._words = words
        if self._haystacks is None:
            self._haystacks = [search_text(item) for item in self.model.items]
        hidden = {
            row
            for row, haystack in enumerate(self._haystacks)
            if not all(w in haystack for w in words)
        }
        for row in hidden ^ self._hidden:  # only the rows that change
            self.view.setRowHidden(row, row in hidden)
        self._hidden = hidden
        self._update()

    def _checked_changed(self) -> None:
        self._update()
        self.checkedChanged.emit()

    def _update(self) -> None:
        """The count, the no-match line and the buttons: in time of the ticked photos (a tick
        in a grid of thousands stays instant), not of all photos."""
        checked = self.model.checked
        n = len(checked)
        hidden = sum(1 for i in checked if self.model.row_of(i) in self._hidden)
        shown = self.model.rowCount() - len(self._hidden)
        text = self.tr("%n photo(s) selected", "", n)
        if hidden:
            text += " " + self.tr("(%n hidden by the filter)", "", hidden)
        self.count.setText(text)
        total = self.model.rowCount()
        if total == 0 and not self.model.order:
            self.empty.setText(self.tr("No photos in the vault yet: import them first."))
        elif shown == 0 and self.filter.text().strip():
            self.empty.setText(self.tr("No photos match “%1”.").replace("%1", self.filter.text()))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self.select_all.setEnabled(n - hidden < shown)
        self.select_none.setEnabled(n - hidden > 0)
