"""Where a file the app wrote went: the full path (selectable, to copy) and "Show in folder".

Shown after every file the app writes out on the user's behalf (a letter's PDF, a copy of an
attachment, ...); the evidence export shows the same in its own result page. "Show in folder"
opens the folder in the system's file manager (``QDesktopServices.openUrl``: xdg-open on
Linux, Explorer on Windows, Finder on macOS).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def show_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the file manager."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))


class SavedFileDialog(QDialog):
    """A "Saved" window: the sentence, the path in a read-only field, Show in folder, Close."""

    def __init__(self, path: Path, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Saved"))
        label = QLabel(sentence)
        label.setWordWrap(True)
        self.path_field = QLineEdit(str(path))
        self.path_field.setReadOnly(True)
        self.path_field.setAccessibleName(self.tr("Saved to"))
        self.path_field.setCursorPosition(0)
        self.path_field.setMinimumWidth(min(720, max(360, 8 * len(str(path)))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = buttons.addButton(
            self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.setToolTip(self.tr("Open the folder that holds the file"))
        self.show_button.clicked.connect(self.show_in_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.path_field)
        layout.addWidget(buttons)
        self.path_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.path_field.selectAll()

    def show_in_folder(self) -> None:
        show_folder(self.path)


def show_saved(parent: QWidget | None, path: Path, sentence: str) -> SavedFileDialog:
    """Show where ``path`` was written (non-blocking; the dialog deletes itself when closed)."""
    dialog = SavedFileDialog(path, sentence, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
