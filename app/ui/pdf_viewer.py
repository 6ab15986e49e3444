"""A PDF kept in the vault, opened: decrypted in memory by the caller and shown as page images
(``app.ui.letters.preview.page_images``: pdfium, no temp file), in a scroll area, from the top
of the first page.

One dialog for every saved PDF the app shows: a letter (``app.ui.letters.viewer.LetterViewer``,
which adds "Duplicate as new draft") and a deal's contract (``app.ui.sale.viewer.ContractViewer``).
It lives beside neither feature so that neither imports the other's dialog; the subclasses give
the two sentences in their own words (and their own translation context)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui import tasks
from app.ui.geometry import fit_to_screen
from app.ui.prompts import error_text


class PdfPagesViewer(QDialog):
    """The pages of ``data`` (a saved PDF) under ``title``: ``opening_text`` while pdfium draws
    them off the GUI thread, then ``shown_text(number of pages)``; an error, in the UI language,
    in their place. ``buttons`` holds Close; a subclass may add its own."""

    pagesShown = Signal()  # tests wait on it

    def __init__(
        self,
        title: str,
        data: bytes,
        opening_text: str,
        shown_text: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._shown_text = shown_text
        self.page_labels: list[QLabel] = []
        self.status = QLabel(opening_text)
        self.status.setWordWrap(True)
        pages = QWidget()
        pages.setStyleSheet("background: #7a7f87;")
        self.pages_layout = QVBoxLayout(pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(pages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.buttons)
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

        # here, not at the top: app.ui.letters (the package) imports this module
        from app.ui.letters.preview import page_images

        ratio = self.devicePixelRatioF()  # drawn for the screen: sharp at 200 %
        self.task = tasks.run_task(lambda: page_images(data, 1.3, ratio), done, failed)

    def _show_pages(self, images: list[QImage]) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.pages_layout):
            return
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            # a whole page (its size in logical pixels): the area scrolls, never crops
            label.setFixedSize(image.deviceIndependentSize().toSize())
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.status.setText(self._shown_text(len(images)))
        # from the top of the first page, once the layout has its new height
        QTimer.singleShot(0, self._to_top)
        self.pagesShown.emit()

    def _to_top(self) -> None:
        if shiboken6.isValid(self):
            self.area.verticalScrollBar().setValue(0)
