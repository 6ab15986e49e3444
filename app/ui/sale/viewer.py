"""A deal's contract opened: the PDF kept in the vault, shown page by page by
``app.ui.pdf_viewer.PdfPagesViewer`` (decrypted in memory, no temp file)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.pdf_viewer import PdfPagesViewer


class ContractViewer(PdfPagesViewer):
    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(title, data, self.tr("Opening the contract…"), self._shown, parent)

    def _shown(self, pages: int) -> str:
        return self.tr(
            "The contract as it was made (%n page(s)); kept encrypted in the vault.", "", pages
        )
