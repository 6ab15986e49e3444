"""Photos: a lazy thumbnail grid and a detail pane (full photo, SHA-256, deals, buyers).

The full photo is decrypted and decoded off the GUI thread into a ``QImage`` scaled to the
pane; it lives only in memory and is dropped when another photo is chosen or on lock.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import MediaItem, Records
from app.ui.icons import icon
from app.ui.models.photos import PhotosModel, badge_counts
from app.ui.models.tables import ID_ROLE, SearchFilter, choice_label, term_label
from app.ui.pages.base import Page, detail_label, hint_html
from app.ui.tasks import run_task
from app.ui.viewer import PhotoViewer
from app.ui.widgets.photo_delegate import PhotoDelegate

PREVIEW_EDGE = 1600  # the full photo is scaled to this in the worker (enough for any pane)

OriginalSource = Callable[[str], bytes]


def decode_preview(data: bytes) -> QImage:
    image = QImage.fromData(data)
    if image.isNull():
        return image
    if max(image.width(), image.height()) > PREVIEW_EDGE:
        image = image.scaled(
            PREVIEW_EDGE,
            PREVIEW_EDGE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"


class PhotoView(QLabel):
    """Shows a QImage scaled to fit, re-scaled on resize."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image = QImage()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self.image.isNull():
            self.setPixmap(QPixmap())
            return
        self.setPixmap(
            QPixmap.fromImage(self.image).scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class PhotosPage(Page):
    importRequested = Signal()
    importFolderRequested = Signal()
    exportRequested = Signal(str)
    editRequested = Signal(str)
    deleteRequested = Signal(list)  # the selected media ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = Records()
        self._original: OriginalSource | None = None
        self._preview_for = ""
        self.model = PhotosModel(self)
        self.proxy = SearchFilter(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_action = QAction(icon("import"), self.tr("Import photos…"), self)
        self.import_action.triggered.connect(self.importRequested)
        self.export_action = QAction(icon("save"), self.tr("Save a copy…"), self)
        self.export_action.triggered.connect(lambda: self.exportRequested.emit(self.current_id()))
        self.export_action.setEnabled(False)
        self.toolbar.addAction(self.import_action)
        self.import_folder_action = QAction(icon("import"), self.tr("Import a folder…"), self)
        self.import_folder_action.triggered.connect(self.importFolderRequested)
        self.toolbar.addAction(self.import_folder_action)
        self.toolbar.addAction(self.export_action)
        self.view_action = QAction(icon("preview"), self.tr("View"), self)
        self.view_action.setToolTip(
            self.tr("Show the photo full size, with zoom (double-click or Space)")
        )
        self.view_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.view_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view_action.triggered.connect(lambda: self.view_photo())
        self.view_action.setEnabled(False)
        self.toolbar.addAction(self.view_action)
        self.addAction(self.view_action)
        self.viewer: PhotoViewer | None = None
        self.edit_action = QAction(icon("edit"), self.tr("Edit…"), self)
        self.edit_action.setToolTip(self.tr("Edit the set, persona, tags and notes (Enter)"))
        self.edit_action.triggered.connect(lambda: self.editRequested.emit(self.current_id()))
        self.delete_action = QAction(icon("delete"), self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self.deleteRequested.emit(self.selected_ids()))
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(False)
            self.toolbar.addAction(action)
            self.addAction(action)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.make_no_match_bar())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.grid = QListView()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(500)
        self.grid.setIconSize(self.model.icon_size)
        self.grid.setGridSize(
            QSize(self.model.icon_size.width() + 24, self.model.icon_size.height() + 44)
        )
        self.grid.setWordWrap(False)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setAccessibleName(self.tr("Photos"))
        self.grid.setModel(self.proxy)
        self.grid.selectionModel().selectionChanged.connect(self._selection)
        self.grid.setItemDelegate(PhotoDelegate(self.grid))  # badges: sold to N, seen N times
        # double-click opens the viewer; Enter edits (a double-click also "activates": skipped)
        self._double_clicked = False
        self.grid.doubleClicked.connect(self._double_click)
        self.grid.activated.connect(self._activated)
        self.grid.selectionModel().selectionChanged.connect(self._update_view_action)
        self.model.modelReset.connect(self._update_view_action)
        splitter.addWidget(self.grid)

        side = QScrollArea()
        side.setWidgetResizable(True)
        side.setMinimumWidth(280)
        body = QWidget()
        side_layout = QVBoxLayout(body)
        self.preview = PhotoView()
        self.preview.setAccessibleName(self.tr("Selected photo"))
        side_layout.addWidget(self.preview, 3)
        self.info = detail_label()
        side_layout.addWidget(self.info, 2)
        side.setWidget(body)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._shown_id = ""  # the photo the pane and the actions are for
        # a search or a reload can take the selected photo away without a selectionChanged
        for signal in (self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._recheck_selection)
        self._empty()

    # --- Page ---
    def no_match_text(self, text: str) -> str:
        return self.tr("No photo matches “%1”.").replace("%1", text)

    def load(
        self,
        records: Records,
        thumbnails: Callable[[str], bytes | None] | None = None,
        originals: OriginalSource | None = None,
    ) -> None:
        selected = self.current_id()
        self.records = records
        if originals is not None:
            self._original = originals
        items = sorted(records.media.values(), key=lambda m: (m.imported_at, m.name))
        counts: dict[str, int] = {}
        for deal in records.deals.values():
            for mid in deal.media_ids:
                counts[mid] = counts.get(mid, 0) + 1
        source = thumbnails or (lambda _id: None)
        self.model.load(items, source, counts)
        self.model.set_badges(badge_counts(records))  # once per records change, not per paint
        if selected:
            self.select(selected)
        else:
            self._empty()
        self._recheck_selection()
        self.update_no_match()
        self.countChanged.emit()

    def clear(self) -> None:
        self.model.clear()
        self.records = Records()
        self._original = None
        self._preview_for = ""
        self.preview.set_image(QImage())
        self._empty()
        self.update_no_match()
        self.countChanged.emit()

    # --- selection ---
    def current_id(self) -> str:
        index = self.grid.currentIndex()
        if not index.isValid() or not self.grid.selectionModel().isSelected(index):
            rows = self.grid.selectionModel().selectedIndexes()
            if not rows:
                return ""
            index = rows[0]
        return str(index.data(ID_ROLE) or "")

    # --- the full-size viewer ---
    def _double_click(self, index: QModelIndex) -> None:
        self._double_clicked = True
        self.view_photo(str(index.data(ID_ROLE) or ""))

    def _activated(self, index: QModelIndex) -> None:
        if self._double_clicked:  # the same double-click: the viewer is open already
            self._double_clicked = False
            return
        self.editRequested.emit(index.data(ID_ROLE))

    def _update_view_action(self, *_args: object) -> None:
        item = self.records.media.get(self.current_id())
        self.view_action.setEnabled(item is not None and item.kind == "photo")

    def view_photo(self, item_id: str = "") -> PhotoViewer | None:
        """Open the full-size viewer on ``item_id`` (the current photo by default), with the
        photos in the grid's order for previous/next."""
        item = self.records.media.get(item_id or self.current_id())
        if item is None or item.kind != "photo" or self._original is None:
            return None
        shown = [
            self.model.item(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]
        if self.viewer is not None:
            self.viewer.close()
        viewer = PhotoViewer(shown, item.id, self._original, self.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(self._viewer_gone)
        self.viewer = viewer
        viewer.show()
        return viewer

    def _viewer_gone(self, *_args: object) -> None:
        self.viewer = None

    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.grid.selectionModel().selectedIndexes()]

    def select(self, item_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == item_id:
                # explicit: setCurrentIndex() alone follows the modifier keys held right now
                self.grid.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.grid.scrollTo(index)
                return
        self._empty()

    def _recheck_selection(self, *_args: object) -> None:
        if self.current_id() != self._shown_id:
            self._selection(QItemSelection(), QItemSelection())
            self._update_view_action()

    def _selection(self, _a: QItemSelection, _b: QItemSelection) -> None:
        item_id = self.current_id()
        self._shown_id = item_id
        self.export_action.setEnabled(bool(item_id))
        self.edit_action.setEnabled(bool(item_id))
        self.delete_action.setEnabled(bool(item_id))
        item = self.records.media.get(item_id)
        if item is None:
            self._empty()
            return
        self.info.setText(self._info_html(item))
        self._load_preview(item)

    def _empty(self) -> None:
        self.preview.set_image(QImage())
        for action in (self.export_action, self.edit_action, self.delete_action):
            action.setEnabled(False)
        if self.records.media:
            text = self.tr("Choose a photo to see it with its SHA-256, deals and buyers.")
        else:
            text = self.tr(
                "No photos yet. Drop photos or folders here, or use “Import photos…”. They are "
                "encrypted into the vault; the originals stay where they are."
            )
        self.info.setText(hint_html(text))

    def _load_preview(self, item: MediaItem) -> None:
        self._preview_for = item.id
        self.preview.set_image(QImage())
        if item.kind != "photo" or self._original is None:
            return
        original, item_id = self._original, item.id

        def shown(image: QImage) -> None:
            if self._preview_for == item_id:
                self.preview.set_image(image)

        run_task(lambda: decode_preview(original(item_id)), shown, lambda _exc: None, owner=self)

    def _info_html(self, item: MediaItem) -> str:
        t_deals = escape(self.tr("Deals"))
        t_ai = escape(self.tr("AI training"))
        t_term = escape(self.tr("Term"))
        t_held = escape(self.tr("Held by"))
        deals = self.records.deals_for_media(item.id)
        buyers = {d.buyer_id for d in deals}
        rows = [
            (self.tr("Set"), item.set_name),
            (self.tr("Persona"), item.persona),
            (self.tr("Tags"), ", ".join(item.tags)),
            (self.tr("Notes"), item.notes),
            (self.tr("Captured"), item.captured_at.replace("T", " ")),
            (self.tr("Imported"), item.imported_at[:10]),
            (self.tr("Size"), f"{item.width} × {item.height}, {human_size(item.size)}"),
        ]
        cells = "".join(
            f"<tr><td style='color:#5b6675; padding-right:12px'>{escape(k)}</td>"
            f"<td>{escape(v) if v else '—'}</td></tr>"
            for k, v in rows
        )
        html = f"<h3>{escape(item.name)}</h3><table cellspacing='3'>{cells}</table>"
        html += (
            f"<p><b>SHA-256</b><br><span style='font-family:monospace'>"
            f"{item.sha256[:32]}<br>{item.sha256[32:]}</span></p>"
        )
        html += f"<p><b>{t_deals}</b> ({len(deals)})</p><ul>"
        for deal in sorted(deals, key=lambda d: d.date):
            buyer = self.records.buyers.get(deal.buyer_id)
            html += (
                f"<li>{escape(deal.date)} · {escape(buyer.name if buyer else '')} · "
                f"{t_ai}: {escape(choice_label(deal.ai_training))} · "
                f"{t_term}: {escape(term_label(deal))}</li>"
            )
        html += "</ul>"
        names = sorted(self.records.buyers[b].name for b in buyers if b in self.records.buyers)
        html += f"<p><b>{t_held}</b>: {escape(', '.join(names)) or '—'}</p>"
        return html
