"""Edit a photo's set, persona, tags and notes. The service validates; this only collects."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import MediaItem
from app.errors import UserError
from app.services.vault_service import VaultService
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.geometry import fit_to_screen

THUMB = 96


def split_tags(text: str) -> list[str]:
    """Tags typed as "a, b; c" (ASCII or full-width separators), each once, in order."""
    tags = (t.strip() for t in re.split(r"[,;，；、]", text))
    return list(dict.fromkeys(t for t in tags if t))


def _known_values_combo(values: list[str], current: str, placeholder: str) -> QComboBox:
    """An editable combo offering the values other photos have (each once, sorted)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(sorted({v for v in values if v}))
    combo.setCurrentText(current)
    if (line := combo.lineEdit()) is not None:
        line.setPlaceholderText(placeholder)
    return combo


class PhotoDialog(FormDialog):
    def __init__(self, service: VaultService, item: MediaItem, parent: QWidget | None = None):
        super().__init__(service, parent)
        self.item = item
        self.setWindowTitle(self.tr("Edit photo"))
        media = service.records.media.values()
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMB, THUMB)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(item.name)
        try:  # a small encrypted JPEG: decrypted and decoded in memory
            image = QImage.fromData(service.thumbnail_bytes(item.id) or b"")
        except UserError:
            image = QImage()
        if not image.isNull():
            self.thumbnail.setPixmap(
                QPixmap.fromImage(image).scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        head.addWidget(self.thumbnail)
        name = QLabel(item.name)
        name.setStyleSheet("font-weight: bold")
        name.setWordWrap(True)
        head.addWidget(name, 1)
        layout.addLayout(head)
        form = QFormLayout()
        self.set_name = _known_values_combo(
            [m.set_name for m in media], item.set_name, self.tr("the shoot it came from")
        )
        self.persona = _known_values_combo(
            [m.persona for m in media], item.persona, self.tr("e.g. the character or look")
        )
        self.tags = QLineEdit(", ".join(item.tags))
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.notes = QPlainTextEdit(item.notes)
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("&Set:"), self.set_name)
        form.addRow(self.tr("&Persona:"), self.persona)
        form.addRow(self.tr("T&ags:"), self.tags)
        form.addRow(self.tr("No&tes:"), self.notes)
        layout.addLayout(form)
        self.add_buttons(layout)
        fit_to_screen(self, (460, 360))

    def fields(self) -> dict[str, object]:
        return {
            "set_name": self.set_name.currentText(),
            "persona": self.persona.currentText(),
            "tags": split_tags(self.tags.text()),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        fields, service, item_id = self.fields(), self.service, self.item.id

        def work() -> MediaItem:
            return service.update_media(item_id, **fields)

        self.run_save(work)
