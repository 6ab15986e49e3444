"""The photo grid's item painter: the thumbnail and name as usual, plus two badges on the
thumbnail's top corners: how many buyers the photo was sold to (top left, blue) and how many
times it was seen online (top right, red). The counts come from the model
(``BADGE_ROLE``, computed once per records change); painting only reads them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui.icons import icon
from app.ui.models.photos import BADGE_ROLE

SOLD_COLOUR = QColor("#2563eb")
SEEN_COLOUR = QColor("#dc2626")


class PhotoDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = {"sold": _white(icon("buyers")), "seen": _white(icon("sightings"))}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        counts = index.data(BADGE_ROLE)
        if not counts or counts == (0, 0):
            return
        sold, seen = counts
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        picture = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, widget)
        # the pixmap is centred in that rect, keeping its aspect: badges go on its corners
        decoration = opt.icon.pixmap(opt.decorationSize) if not opt.icon.isNull() else None
        if decoration is not None and not decoration.isNull():
            size = decoration.deviceIndependentSize().toSize()
            picture = QRect(
                picture.x() + (picture.width() - size.width()) // 2,
                picture.y() + (picture.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        if sold:
            self._badge(painter, picture, str(sold), "sold", SOLD_COLOUR, left=True)
        if seen:
            self._badge(painter, picture, str(seen), "seen", SEEN_COLOUR, left=False)
        painter.restore()

    def _badge(
        self, painter: QPainter, picture: QRect, text: str, kind: str, colour: QColor, left: bool
    ) -> None:
        metrics = painter.fontMetrics()
        height = metrics.height() + 4
        glyph = height - 6
        width = 4 + glyph + 3 + metrics.horizontalAdvance(text) + 7
        x = picture.left() + 4 if left else picture.right() - 4 - width
        rect = QRectF(x, picture.top() + 4, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        self._icons[kind].paint(
            painter, QRect(int(rect.left()) + 5, int(rect.top()) + 3, glyph, glyph)
        )
        painter.setPen(QColor("white"))
        text_rect = rect.adjusted(5 + glyph + 2, 0, -5, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, text)


def _white(source: QIcon) -> QIcon:
    """The icon drawn in white (the badge's background is the colour)."""
    from PySide6.QtGui import QPixmap

    pixmap = source.pixmap(32, 32)
    if pixmap.isNull():
        return source
    tinted = QPixmap(pixmap.size())
    # at 200 % the pixmap is 64x64 device pixels drawn as 32x32: the same ratio, or the glyph
    # fills a quarter of the badge's icon
    tinted.setDevicePixelRatio(pixmap.devicePixelRatio())
    tinted.fill(Qt.GlobalColor.transparent)
    p = QPainter(tinted)
    p.drawPixmap(0, 0, pixmap)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    p.fillRect(tinted.rect(), QColor("white"))
    p.end()
    return QIcon(tinted)
