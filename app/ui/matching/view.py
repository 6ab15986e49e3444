"""The side-by-side view of a match: the query frame with the matched region outlined, and the
vault photo. Pictures come from memory only (a PIL image of the decoded frame, a photo decrypted
and decoded off the GUI thread): nothing is written to disk, nothing is cached.
"""

from __future__ import annotations

from collections.abc import Sequence

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

Point = tuple[float, float]

OUTLINE = QColor("#ff1f5a")  # the matched region: a bright red-pink line ...
HALO = QColor("#ffffff")  # ... over a white one, seen on dark and light frames alike
OUTLINE_WIDTH = 3.0  # logical pixels (sharp at 200 %: drawn at the screen's scale)
HALO_WIDTH = 6.0


def qimage_from_pil(image: Image.Image) -> QImage:
    """A QImage holding its own copy of ``image``'s pixels (RGB), made in memory.

    Safe on a worker thread (QImage, unlike QPixmap, is not tied to the GUI thread)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    wrapped = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return wrapped.copy()  # detached from ``data``, which Python frees


def fitted_rect(image: QSize, area: QSize) -> QRectF:
    """Where ``image`` is drawn inside ``area``: as large as fits, aspect kept, centred, never
    enlarged beyond twice its size (a tiny screenshot stays recognisable, not a blur)."""
    if image.isEmpty() or area.isEmpty():
        return QRectF()
    scale = min(area.width() / image.width(), area.height() / image.height(), 2.0)
    w, h = image.width() * scale, image.height() * scale
    return QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)


class PictureView(QWidget):
    """A picture scaled to fit, with an optional polygon outlined on it (in the picture's own
    pixel coordinates), and a line of text when there is no picture."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.region: tuple[Point, ...] | None = None
        self.placeholder = ""
        self.setAccessibleName(accessible_name)
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, image: QImage, region: Sequence[Point] | None = None) -> None:
        self.image = image
        self.region = tuple(region) if region else None
        self.placeholder = ""
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.image = QImage()
        self.region = None
        self.placeholder = text
        self.update()

    def clear(self) -> None:
        self.set_placeholder("")

    def image_rect(self) -> QRectF:
        """Where the picture is drawn in this widget (logical pixels)."""
        return fitted_rect(self.image.size(), self.size())

    def region_polygon(self) -> QPolygonF:
        """The outlined region in this widget's coordinates (empty when there is none)."""
        target = self.image_rect()
        if self.region is None or target.isEmpty():
            return QPolygonF()
        sx = target.width() / self.image.width()
        sy = target.height() / self.image.height()
        return QPolygonF(
            [QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in self.region]
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#eef1f5"))
        if self.image.isNull():
            painter.setPen(QColor("#5b6675"))
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.placeholder,
            )
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawImage(self.image_rect(), self.image)
        polygon = self.region_polygon()
        if not polygon.isEmpty():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for color, width in ((HALO, HALO_WIDTH), (OUTLINE, OUTLINE_WIDTH)):
                pen = QPen(color, width)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.drawPolygon(polygon)
        painter.end()


class Captioned(QWidget):
    """A picture with a caption above it."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet("font-weight: bold")
        layout.addWidget(self.caption)
        self.view = PictureView(accessible_name)
        layout.addWidget(self.view, 1)
