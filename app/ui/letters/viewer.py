"""A saved letter opened: the PDF exactly as it was saved, shown page by page by
``app.ui.pdf_viewer.PdfPagesViewer`` (decrypted in memory, no temp file), with "Duplicate as
new draft"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.domain.models import Letter
from app.ui.pdf_viewer import PdfPagesViewer


class LetterViewer(PdfPagesViewer):
    """The pages of ``data`` (the letter's saved PDF); ``duplicate`` asks for a new draft."""

    duplicate = Signal(str)  # the letter's id

    def __init__(
        self, letter: Letter, title: str, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, data, self.tr("Opening the saved PDF…"), self._shown, parent)
        self.letter_id = letter.id
        self.duplicate_button = self.buttons.addButton(
            self.tr("&Duplicate as new draft…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.duplicate_button.setToolTip(
            self.tr("Open the letter writer with this letter's choices and text")
        )
        self.duplicate_button.clicked.connect(self._duplicate)

    def _shown(self, pages: int) -> str:
        return self.tr(
            "The PDF as it was saved (%n page(s)); kept encrypted in the vault.", "", pages
        )

    def _duplicate(self) -> None:
        self.duplicate.emit(self.letter_id)
        self.accept()
