"""A deal's contract opened: the PDF kept in the vault, decrypted in memory and shown as page
images (``letters.preview.page_images``: pdfium, no temp file)."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui import tasks
from app.ui.geometry import fit_to_screen
from app.ui.letters.preview import page_images
from app.ui.prompts import error_text


class ContractViewer(QDialog):
    pagesShown = Signal()  # tests wait on it

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.page_labels: list[QLabel] = []
        self.status = QLabel(self.tr("Opening the contract…"))
        self.status.setWordWrap(True)
        pages = QWidget()
        pages.setStyleSheet("background: #7a7f87;")
        self.pages_layout = QVBoxLayout(pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.area, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, (840, 900))
        me = weakref.ref(self)

        def done(images: list[QImage]) -> None:
            viewer = me()
            if viewer is not None:
                viewer._show_pages(images)

        def failed(exc: BaseException) -> None:
            viewer = me()
            if viewer is not None and shiboken6.isValid(viewer):
                viewer.status.setText(error_text(exc))

        ratio = self.devicePixelRatioF()
        self.task = tasks.run_task(lambda: page_images(data, 1.3, ratio), done, failed)

    def _show_pages(self, images: list[QImage]) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.pages_layout):
            return
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.deviceIndependentSize().toSize())
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.status.setText(
            self.tr(
                "The contract as it was made (%n page(s)); kept encrypted in the vault.",
                "",
                len(images),
            )
        )
        self.pagesShown.emit()
