"""What every page shares: a table of records over a search filter, a detail pane, actions.

Search: each page keeps its own search text (``search_text``; the main window shows the text of
the page in view, so no filter is ever active out of sight) and says when nothing matches, with
a button that clears the search. Actions that act on the selected record are enabled only while
one is selected, also after a search or a reload took the selected row away.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Records
from app.ui.models.tables import ID_ROLE, RecordTableModel, SearchFilter


def hint_html(text: str) -> str:
    """A grey paragraph of plain text (an empty page's or pane's hint)."""
    return f"<p style='color:#5b6675'>{escape(text)}</p>"


def detail_label() -> QLabel:
    """A label for a record's details: rich text, wrapped, selectable, from the top left."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class NoMatchBar(QFrame):
    """The line that says nothing matches the search, with a button that clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("NoMatchBar { background: #fff6e0; border: 1px solid #e8d9a8; }")
        row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.clear_button = QPushButton(self.tr("Clear search"))
        row.addWidget(self.clear_button)
        self.hide()


class Page(QWidget):
    """A page of the main window. Subclasses fill ``load``; ``clear`` drops all records; the
    search box filters ``proxy``; a page that has nothing to search sets ``searchable`` false."""

    countChanged = Signal()
    clearSearchRequested = Signal()  # the "Clear search" button of the no-match bar
    proxy: SearchFilter  # the subclass's rows, filtered by the search box
    searchable = True
    search_text = ""
    no_match: NoMatchBar | None = None

    def load(self, records: Records) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def set_search(self, text: str) -> None:
        self.search_text = text
        self.proxy.set_search(text)
        self.update_no_match()
        self.countChanged.emit()

    def visible_count(self) -> int:
        return self.proxy.rowCount()

    def total_count(self) -> int:
        source = self.proxy.sourceModel()
        return source.rowCount() if source is not None else 0

    def make_no_match_bar(self) -> NoMatchBar:
        self.no_match = NoMatchBar(self)
        self.no_match.clear_button.clicked.connect(self.clearSearchRequested)
        return self.no_match

    def no_match_text(self, text: str) -> str:
        """The sentence when nothing on this page matches ``text`` (pages name their rows)."""
        return self.tr("Nothing on this page matches “%1”.").replace("%1", text)

    def update_no_match(self) -> None:
        """Show the no-match bar when a search hides every row there is."""
        if self.no_match is None:
            return
        text = self.search_text.strip()
        empty = bool(text) and self.visible_count() == 0 and self.total_count() > 0
        if empty:
            self.no_match.label.setText(self.no_match_text(text))
        self.no_match.setVisible(empty)


class DetailPane(QScrollArea):
    """A read-only column of rich text; set with ``show_html``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(260)
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.text = detail_label()
        self.layout_.addWidget(self.text)
        self.layout_.addStretch(1)
        self.setWidget(body)

    def show_html(self, html: str) -> None:
        self.text.setText(html)


class TablePage(Page):
    """A table (sortable, filtered by the search box) beside a detail pane, with a toolbar."""

    selectionChanged = Signal(str)  # the selected record id, or ""
    activated = Signal(str)  # double-click / Enter on a record

    def __init__(self, model: RecordTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SearchFilter(self)
        self.proxy.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.make_no_match_bar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.table.activated.connect(self._activated)
        self.splitter.addWidget(self.table)
        self.detail = DetailPane()
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.records = Records()
        self.selection_actions: list[QAction] = []
        self._shown_id = ""  # the record the detail pane and the actions are for
        # a search, a reload or a delete can take the selected row away without Qt saying so
        # through selectionChanged: look again after each
        for signal in (self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._recheck_selection)

    def add_action(self, action: QAction) -> None:
        """Put an action in this page's toolbar (extensions use this, see docs/gui.md)."""
        self.toolbar.addAction(action)
        self.addAction(action)

    def add_selection_action(self, action: QAction) -> None:
        """``add_action`` for an action on the selected record: enabled only while one is."""
        self.add_action(action)
        self.selection_actions.append(action)
        action.setEnabled(bool(self.current_id()))

    def load(self, records: Records) -> None:
        selected = self.current_id()
        self.records = records
        self.model.load(records)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 16, 320))
        if selected:
            self.select(selected)
        else:
            self._show_detail("")
        self._recheck_selection()
        self.update_no_match()
        self.countChanged.emit()

    def clear(self) -> None:
        self.model.clear()
        self.records = Records()
        self.detail.show_html("")
        self._recheck_selection()
        self.update_no_match()
        self.countChanged.emit()

    def current_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return ""
        return str(rows[0].data(ID_ROLE) or "")

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            self._show_detail("")
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selection_now()

    def _selection_now(self) -> None:
        record_id = self.current_id()
        self._shown_id = record_id
        self._show_detail(record_id)
        for action in self.selection_actions:
            action.setEnabled(bool(record_id))
        self.selectionChanged.emit(record_id)

    def _recheck_selection(self, *_args: object) -> None:
        if self.current_id() != self._shown_id:
            self._selection_now()

    def _activated(self, index: QModelIndex) -> None:
        record_id = str(index.data(ID_ROLE) or "")
        if record_id:
            self.activated.emit(record_id)

    def _show_detail(self, record_id: str) -> None:
        self.detail.show_html(self.detail_html(record_id) if record_id else self.empty_html())

    def detail_html(self, record_id: str) -> str:
        raise NotImplementedError

    def empty_html(self) -> str:
        return ""
