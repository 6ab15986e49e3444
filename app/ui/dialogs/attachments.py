"""Looking at an attachment without leaving plaintext on disk.

Images are decoded from memory and shown in-app. Anything else can only be saved as a copy
where the user chooses, after a warning that the copy is not encrypted. Nothing is opened
with an outside program (that would need a plaintext temp file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.geometry import fit_to_screen
from app.ui.save_paths import default_save_path


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ImagePreview(QDialog):
    def __init__(self, title: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        area = QScrollArea()
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(title)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = (screen.width() * 0.8, screen.height() * 0.8) if screen else (1200, 900)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > limit[0] or pixmap.height() > limit[1]:
            pixmap = pixmap.scaled(
                int(limit[0]),
                int(limit[1]),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        label.setPixmap(pixmap)
        area.setWidget(label)
        area.setWidgetResizable(True)
        layout.addWidget(area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, (pixmap.width() + 60, pixmap.height() + 90))


def ask_plaintext_copy_path(parent: QWidget, name: str) -> str:
    """Warn that a copy leaves the vault unencrypted; then ask where. "" when declined."""
    answer = QMessageBox.warning(
        parent,
        tr("Save an unencrypted copy?"),
        tr(
            "The copy you save will NOT be encrypted: anyone with access to that folder can "
            "read it. The vault keeps its own encrypted copy. Continue?"
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save:
        return ""
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save a copy as"), default_save_path(name))
    return path
