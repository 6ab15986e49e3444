"""Windows and dialogs that fit the screen they open on.

Every window and dialog sizes itself with ``fit_to_screen(widget, preferred)``: the preferred
size, but never more than the available geometry (the screen less its task bars) of the screen
the parent is on, less a margin and room for the title bar; centred on the parent (or on the
screen), and moved back onto the screen where it would stick out. Sizes are logical pixels,
so the same rule holds at 100 % and 200 %: a 1280x720 laptop screen at 200 % (2560x1440
physical) is 1280x720 logical.

``restore_geometry(widget, saved, preferred)`` does the same for a geometry restored from the
settings (saved on another, larger screen or at another scale: ``clamp_to_screen``), and
``scrolling(content)`` wraps a form that can be taller than the screen in a frameless scroll
area: the dialog puts its button box outside it, so Save and Cancel stay visible.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

MARGIN = 16  # logical pixels kept free around a window, inside the available geometry


def screen_of(widget: QWidget) -> QScreen:
    """The screen ``widget`` opens on: its parent's window's screen, else its own."""
    parent = widget.parentWidget()
    for candidate in (parent.window() if parent is not None else None, widget):
        if candidate is None:
            continue
        handle = candidate.windowHandle()
        screen = handle.screen() if handle is not None else candidate.screen()
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def title_bar_height(widget: QWidget) -> int:
    """Room for the window manager's title bar above the client area (a guess before show)."""
    return max(24, widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight))


def usable_area(widget: QWidget, margin: int = MARGIN) -> QRect:
    """Where the client area of a top-level ``widget`` may go: the available geometry less
    the margin, and less the title bar's height at the top."""
    area = screen_of(widget).availableGeometry()
    title = title_bar_height(widget)
    usable = area.adjusted(margin, margin + title, -margin, -margin)
    if usable.width() < 200 or usable.height() < 150:  # a tiny screen: use all of it
        return area
    return usable


def fitted_size(widget: QWidget, preferred: QSize | tuple[int, int]) -> QSize:
    size = preferred if isinstance(preferred, QSize) else QSize(*preferred)
    return size.boundedTo(usable_area(widget).size())


def fit_to_screen(widget: QWidget, preferred: QSize | tuple[int, int]) -> QSize:
    """Size ``widget`` to ``preferred`` bounded by its screen, centred on its parent (or the
    screen), inside the screen. Returns the size given."""
    area = usable_area(widget)
    size = fitted_size(widget, preferred)
    widget.resize(size)
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        centre = parent.window().frameGeometry().center()
    else:
        centre = area.center()
    rect = QRect(QPoint(0, 0), widget.size())
    rect.moveCenter(centre)
    widget.move(_inside(rect, area).topLeft() - _frame_offset(widget))
    return size


def clamp_to_screen(widget: QWidget) -> None:
    """Keep a top-level widget (a restored geometry) within the available geometry of the
    screen it is on: shrunk to fit, then moved onto it. A widget that fits is left alone (also
    at the very edge of the screen, where the user put it)."""
    area = usable_area(widget, margin=0)
    size = widget.size()
    fitted = size.boundedTo(area.size()).expandedTo(widget.minimumSize().boundedTo(area.size()))
    if fitted != size:
        widget.resize(fitted)
    rect = QRect(widget.geometry().topLeft(), widget.size())
    inside = _inside(rect, area)
    if inside.topLeft() != rect.topLeft():
        widget.move(inside.topLeft() - _frame_offset(widget))


def restore_geometry(
    widget: QWidget, saved: QByteArray | None, preferred: QSize | tuple[int, int]
) -> None:
    """A top-level widget's geometry from the settings, kept within the current screen.

    Qt refuses a geometry that does not fit the screen it is restored on (saved on a 4K screen,
    restored on a 1280x720 laptop or at 200 %): then the saved size, bounded by the screen, is
    used, so the window opens as large as it can rather than at some default."""
    if saved is not None and widget.restoreGeometry(saved):
        clamp_to_screen(widget)
        return
    fit_to_screen(widget, saved_size(saved) or preferred)


def saved_size(saved: QByteArray | None) -> QSize | None:
    """The normal (not maximized) size in a ``saveGeometry()`` blob, or None."""
    data = bytes(saved.data()) if saved is not None else b""
    if len(data) < 40 or data[:4] != b"\x01\xd9\xd0\xcb":
        return None
    left, top, right, bottom = struct.unpack(">iiii", data[24:40])
    size = QSize(right - left + 1, bottom - top + 1)
    return size if size.width() > 0 and size.height() > 0 else None


def _inside(rect: QRect, area: QRect) -> QRect:
    """``rect`` moved (not resized) so that it lies within ``area`` where it can."""
    moved = QRect(rect)
    if moved.right() > area.right():
        moved.moveRight(area.right())
    if moved.bottom() > area.bottom():
        moved.moveBottom(area.bottom())
    if moved.left() < area.left():
        moved.moveLeft(area.left())
    if moved.top() < area.top():
        moved.moveTop(area.top())
    return moved


def _frame_offset(widget: QWidget) -> QPoint:
    """``move`` places the frame; the client area starts this far inside it."""
    if widget.isVisible():
        return widget.geometry().topLeft() - widget.frameGeometry().topLeft()
    return QPoint(0, 0)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless, vertically scrolling area that may be shorter than it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area
