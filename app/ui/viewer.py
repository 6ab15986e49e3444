"""The full-size photo viewer: fit to window, zoom, pan, previous/next; Esc closes.

The original is decrypted into memory and decoded off the GUI thread (``run_task``) within the
bomb limits of the import (``app/media/full_image.py``); no temporary file, no cache on disk.
The pixels live in this window only and go with it (closed, or the vault locked).

Keys: Ctrl + / Ctrl = zoom in, Ctrl - zoom out, Ctrl 0 actual size (100%), F fit to window,
the mouse wheel zooms around the pointer, dragging pans, Left/Right (or Page Up/Down) go to the
previous/next photo, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import MediaItem
from app.errors import UserError
from app.media.full_image import decode_full
from app.ui.geometry import fit_to_screen
from app.ui.icons import icon
from app.ui.prompts import error_details
from app.ui.tasks import run_task

ZOOM_STEP = 1.25
MIN_ZOOM = 0.02
MAX_ZOOM = 16.0

OriginalSource = Callable[[str], bytes]


def to_qimage(data: bytes, name: str) -> tuple[QImage, int, int]:
    """Decode on a worker: the QImage to show and the photo's own width and height."""
    full = decode_full(data, name)
    image = full.image
    fmt = QImage.Format.Format_RGBA8888 if image.mode == "RGBA" else QImage.Format.Format_RGB888
    raw = image.tobytes()
    channels = 4 if image.mode == "RGBA" else 3
    qimage = QImage(raw, image.width, image.height, image.width * channels, fmt).copy()
    return qimage, full.width, full.height


class ZoomView(QGraphicsView):
    """A graphics view that zooms with the wheel (around the pointer) and pans by dragging."""

    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fitting = True
        self.source_scale = 1.0  # shown pixels per pixel of the photo (<1 for a huge photo)

    @property
    def zoom(self) -> float:
        """Screen pixels per pixel of the photo (1.0 = actual size)."""
        return self.transform().m11() * self.source_scale

    def set_image(self, image: QImage, source_scale: float = 1.0) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.source_scale = source_scale
        self.scene().setSceneRect(QRectF(self.item.pixmap().rect()))
        self.fit()

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())

    def has_image(self) -> bool:
        return not self.item.pixmap().isNull()

    def fit(self) -> None:
        self.fitting = True
        if self.has_image():
            self.resetTransform()
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1 / self.source_scale:  # never enlarge a small photo
                self.set_zoom(1.0)
                self.fitting = True
        self.zoomed.emit()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.fitting = False
        factor = zoom / self.source_scale
        self.resetTransform()
        self.scale(factor, factor)
        self.zoomed.emit()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps and self.has_image():
            self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class PhotoViewer(QDialog):
    """Shows ``items`` one at a time, starting at ``start``."""

    def __init__(
        self,
        items: Sequence[MediaItem],
        start: str,
        original: OriginalSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.items = [m for m in items if m.kind == "photo"]
        self.original = original
        self.index = next((i for i, m in enumerate(self.items) if m.id == start), 0)
        self._request = 0  # the newest decode asked for; older results are dropped
        self.loading = False
        self.setWindowTitle(self.tr("Photo"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.view = ZoomView()
        self.view.setAccessibleName(self.tr("Photo"))
        layout.addWidget(self.view, 1)
        self.message = QLabel(self.view)  # loading / error, over the view
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: white; background: transparent; padding: 24px")
        self.status = QLabel()
        self.status.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.status)

        def action(text: str, keys: Sequence[str], slot: Callable[[], None]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.prev_action = action(self.tr("Previous photo"), ["Left", "PgUp"], self.previous)
        self.next_action = action(self.tr("Next photo"), ["Right", "PgDown"], self.next)
        self.zoom_out_action = action(self.tr("Zoom out"), ["Ctrl+-"], self.zoom_out)
        self.zoom_in_action = action(self.tr("Zoom in"), ["Ctrl++", "Ctrl+="], self.zoom_in)
        self.actual_action = action(self.tr("100%"), ["Ctrl+0"], self.actual_size)
        self.fit_action = action(self.tr("Fit to window"), ["F"], self.view.fit)
        self.zoom_in_action.setIcon(icon("zoom-in"))
        self.zoom_out_action.setIcon(icon("zoom-out"))
        for act in (
            self.prev_action,
            self.next_action,
            self.zoom_out_action,
            self.zoom_in_action,
            self.actual_action,
            self.fit_action,
        ):
            self.toolbar.addAction(act)
        self.view.zoomed.connect(self._show_status)
        self.view.viewport().installEventFilter(self)
        fit_to_screen(self, (1100, 800))
        self.show_current()

    # --- navigation ---
    @property
    def current(self) -> MediaItem | None:
        return self.items[self.index] if self.items else None

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.show_current()

    def next(self) -> None:
        if self.index < len(self.items) - 1:
            self.index += 1
            self.show_current()

    def show_current(self) -> None:
        item = self.current
        self.prev_action.setEnabled(self.index > 0)
        self.next_action.setEnabled(self.index < len(self.items) - 1)
        self.view.clear()
        if item is None:
            self._message(self.tr("No photo to show."))
            return
        self.setWindowTitle(
            self.tr("%1 (%2 of %3)")
            .replace("%1", item.name)
            .replace("%2", str(self.index + 1))
            .replace("%3", str(len(self.items)))
        )
        self._message(self.tr("Decrypting…"))
        self._request += 1
        request, item_id, name, original = self._request, item.id, item.name, self.original
        self.loading = True
        run_task(
            lambda: to_qimage(original(item_id), name),
            lambda result: self._shown(request, result),
            lambda exc: self._failed(request, exc),
            owner=self,
        )

    def _shown(self, request: int, result: tuple[QImage, int, int]) -> None:
        if request != self._request:
            return
        self.loading = False
        image, width, _height = result
        self._message("")
        self.view.set_image(image, image.width() / max(1, width))
        self._show_status()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.loading = False
        detail = error_details(exc) if isinstance(exc, UserError) else str(exc)
        self._message(self.tr("This photo cannot be shown.") + "\n" + detail)

    def _message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setGeometry(self.view.rect())

    # --- zoom ---
    def zoom_in(self) -> None:
        self.view.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.view.set_zoom(1.0)

    def _show_status(self) -> None:
        item = self.current
        if item is None:
            self.status.setText("")
            return
        zoom = round(self.view.zoom * 100)
        size = f"{item.width} × {item.height}" if item.width else ""
        fit = self.tr("fit to window") if self.view.fitting else ""
        self.status.setText("   ".join(p for p in (size, f"{zoom}%", fit) if p))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.message.setGeometry(self.view.rect())
        return super().eventFilter(watched, event)
