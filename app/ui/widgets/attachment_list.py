"""The list of files kept with a record (a deal's contract and receipts, a sighting's
screenshots): vault attachments and files chosen but not stored yet, previewed from memory.

Each row holds a ``Ref``: an attachment id already in the vault, or a ``PendingFile`` that the
record's save stores in the same transaction (``VaultService`` ``attach=`` / ``screenshots=``).

A deal's files each have their own kind (contract, chat screenshot, payment receipt, other):
``add_file`` shows it on the row, a new file's kind is guessed from its name and content
(``guess_kind``), and ``KindBox`` changes the kind of the selected row, new or stored; the
stored ones changed are ``kind_changes()``, saved with the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from app.domain.models import ATTACHMENT_KINDS
from app.services.vault_service import VaultService

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the file's name (the row's text adds the kind)
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the kind shown (stored rows: maybe changed here)
STORED_KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # a stored row's kind in the vault

# words in a file's name that say what it is (checked before the content)
NAME_HINTS = (
    (
        "receipt",
        ("receipt", "invoice", "payment", "收据", "收款", "付款", "支付", "转账", "发票", "订单"),
    ),
    ("contract", ("contract", "agreement", "licen", "合同", "协议", "授权书")),
    ("chat", ("chat", "wechat", "聊天", "微信", "对话", "闲鱼")),
)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".heic", ".heif", ".gif", ".bmp")


def kind_label(kind: str) -> str:
    # QCoreApplication.translate spelled out: that is what pyside6-lupdate looks for
    return {
        "contract": QCoreApplication.translate("AttachmentList", "Contract"),
        "chat": QCoreApplication.translate("AttachmentList", "Chat screenshot"),
        "receipt": QCoreApplication.translate("AttachmentList", "Payment receipt"),
        "other": QCoreApplication.translate("AttachmentList", "Other"),
        "id_document": QCoreApplication.translate("AttachmentList", "ID document"),
    }.get(kind, kind)


def guess_kind(name: str, head: bytes = b"") -> str:
    """What a file added to a deal most likely is: from words in its name, else a PDF is the
    contract and an image a chat screenshot; the user changes the guess per file."""
    lowered = name.casefold()
    for kind, words in NAME_HINTS:
        if any(word in lowered for word in words):
            return kind
    if head.startswith(b"%PDF") or lowered.endswith(".pdf"):
        return "contract"
    if lowered.endswith(IMAGE_SUFFIXES) or not QImage.fromData(head).isNull():
        return "chat"
    return "other"


@dataclass
class PendingFile:
    """A file chosen in the dialog, stored into the vault when the record is saved."""

    path: Path
    kind: str = "other"
    data: bytes | None = None  # read when chosen, for previews; None: read on demand
    in_memory: bool = False  # made in memory (a video frame): ``path`` is only its name

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

    def add_file(self, name: str, ref: Ref, kind: str) -> None:
        """A row that shows its kind: a stored attachment (``kind`` as stored) or a new file
        (``ref.kind``)."""
        row = QListWidgetItem()
        row.setData(Qt.ItemDataRole.UserRole, ref)
        row.setData(NAME_ROLE, name)
        row.setData(KIND_ROLE, kind)
        if isinstance(ref, str):
            row.setData(STORED_KIND_ROLE, kind)
        self._label(row)
        self.addItem(row)

    def _label(self, row: QListWidgetItem) -> None:
        ref = row.data(Qt.ItemDataRole.UserRole)
        kind = str(row.data(KIND_ROLE))
        text = f"{row.data(NAME_ROLE)}  ·  {kind_label(kind)}"
        if isinstance(ref, PendingFile):
            text += f"  ·  {self.pending_note}"
        elif kind != row.data(STORED_KIND_ROLE):
            text += "  ·  " + QCoreApplication.translate("AttachmentList", "(kind changed)")
        row.setText(text)

    def current_kind(self) -> str:
        """The kind of the selected row ("" when there is none or it shows no kind)."""
        row = self.currentItem()
        return str(row.data(KIND_ROLE) or "") if row is not None else ""

    def set_current_kind(self, kind: str) -> None:
        row = self.currentItem()
        if row is None or row.data(KIND_ROLE) is None or kind not in ATTACHMENT_KINDS:
            return
        ref = row.data(Qt.ItemDataRole.UserRole)
        if isinstance(ref, PendingFile):
            ref.kind = kind
        row.setData(KIND_ROLE, kind)
        self._label(row)

    def kind_changes(self) -> dict[str, str]:
        """Stored attachments whose kind was changed here: id -> new kind."""
        changes = {}
        for i in range(self.count()):
            row = self.item(i)
            ref = row.data(Qt.ItemDataRole.UserRole)
            stored = row.data(STORED_KIND_ROLE)
            if isinstance(ref, str) and stored is not None and row.data(KIND_ROLE) != stored:
                changes[ref] = str(row.data(KIND_ROLE))
        return changes

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


class KindBox(QComboBox):
    """The kind of the file selected in an ``AttachmentList``: shows it, and changes it."""

    def __init__(self, files: AttachmentList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        for kind in ATTACHMENT_KINDS:
            self.addItem(kind_label(kind), kind)
        self.setAccessibleName(QCoreApplication.translate("AttachmentList", "Kind of this file"))
        self.activated.connect(self._chosen)
        files.currentRowChanged.connect(self.follow)
        self.follow()

    def follow(self, *_args: object) -> None:
        """Show the selected file's kind (disabled when no file with a kind is selected)."""
        kind = self.files.current_kind()
        index = self.findData(kind) if kind else -1
        self.setEnabled(index >= 0)
        blocked = self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(blocked)

    def _chosen(self, index: int) -> None:
        self.files.set_current_kind(str(self.itemData(index)))
