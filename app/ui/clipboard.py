"""Copying a platform ID or contact: the clipboard is cleared again after 30 seconds,
but only if it still holds what we put there (never wipe what the user copied since)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.setText(text, QClipboard.Mode.Selection)
        self._text = text
        self._timer.start()

    def clear(self) -> None:
        """Clear now (also on lock), if the clipboard still holds our text."""
        self._timer.stop()
        if not self._text:
            return
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if mode == QClipboard.Mode.Selection and not clipboard.supportsSelection():
                continue
            if clipboard.text(mode) == self._text:
                clipboard.clear(mode)
        self._text = ""

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
