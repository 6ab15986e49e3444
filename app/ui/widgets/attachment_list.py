"""The list of files kept with a record (a deal's contract and receipts, a sighting's
screenshots): vault attachments and files chosen but not stored yet, previewed from memory.

Each row holds a ``Ref``: an attachment id already in the vault, or a ``PendingFile`` that the
record's save stores in the same transaction (``VaultService`` ``attach=`` / ``screenshots=``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.services.vault_service import VaultService


@dataclass
class PendingFile:
    """A file chosen in the dialog, stored into the vault when the record is saved."""

    path: Path
    kind: str = "other"
    data: bytes | None = None  # read when chosen, for previews; None: read on demand

    def read(self) -> bytes:
        return self.data if self.data is not None else self.path.read_bytes()


Ref = str | PendingFile


class AttachmentList(QListWidget):
    def __init__(self, accessible_name: str, pending_note: str, parent: QWidget | None = None):
        """``pending_note`` (translated by the dialog) is appended to rows not yet stored."""
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.pending_note = pending_note

    def add_ref(self, text: str, ref: Ref) -> None:
        row = QListWidgetItem(
            text + (f"  ·  {self.pending_note}" if isinstance(ref, PendingFile) else "")
        )
        row.setData(Qt.ItemDataRole.UserRole, ref)
        self.addItem(row)

    def current_ref(self) -> Ref | None:
        row = self.currentItem()
        if row is None:
            return None
        ref: Ref = row.data(Qt.ItemDataRole.UserRole)
        return ref

    def refs(self) -> list[Ref]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def kept_ids(self) -> list[str]:
        """The vault attachments still listed (those removed are left out)."""
        return [r for r in self.refs() if isinstance(r, str)]

    def pending(self) -> list[PendingFile]:
        return [r for r in self.refs() if isinstance(r, PendingFile)]

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.takeItem(row)

    def current_image(self, service: VaultService) -> QImage:
        """The selected file decoded from memory; a null image when it is not an image or
        nothing is selected. Raises UserError when a vault attachment cannot be read."""
        ref = self.current_ref()
        if isinstance(ref, PendingFile):
            try:
                return QImage.fromData(ref.read())
            except OSError:
                return QImage()
        if isinstance(ref, str):
            return QImage.fromData(service.attachment_bytes(ref))
        return QImage()
