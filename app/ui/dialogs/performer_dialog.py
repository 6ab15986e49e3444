"""Your own details: the name on letters, stage names, and what platforms and courts need."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Performer
from app.services.vault_service import VaultService
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.geometry import fit_to_screen


class PerformerDialog(FormDialog):
    saved = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.setWindowTitle(self.tr("Your details"))
        performer = service.records.performer
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Used on letters, takedown notices and evidence reports. They are kept "
                "encrypted in the vault like everything else."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.display_name = QLineEdit(performer.display_name)
        self.stage_names = QLineEdit("、".join(performer.stage_names))
        self.stage_names.setPlaceholderText(self.tr("separate with commas"))
        self.legal_name = QLineEdit(performer.legal_name)
        self.id_number = QLineEdit(performer.id_number)
        self.id_number.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.id_number.setToolTip(
            self.tr(
                "Platforms and courts need it with a takedown notice; letters to buyers leave "
                "it out unless you choose otherwise."
            )
        )
        self.address = QLineEdit(performer.address)
        self.email = QLineEdit(performer.email)
        self.phone = QLineEdit(performer.phone)
        self.notes = QPlainTextEdit(performer.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        # images of the ID document: None = keep, [] = remove, paths = replace (on Save)
        self.id_images: list[str] | None = None
        self.id_label = QLabel()
        self.id_label.setWordWrap(True)
        choose_id = QPushButton(self.tr("Choose i&mages…"))
        choose_id.clicked.connect(self.choose_id_images)
        self.remove_id = QPushButton(self.tr("Remo&ve"))
        self.remove_id.clicked.connect(lambda: self.set_id_images([]))
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_label, 1)
        id_row.addWidget(choose_id)
        id_row.addWidget(self.remove_id)
        id_row_widget = QWidget()
        id_row_widget.setLayout(id_row)
        id_row_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        id_row.setContentsMargins(0, 0, 0, 0)
        id_row_widget.setToolTip(
            self.tr(
                "A photo or scan of your ID (front and back). Takedown notices carry it as "
                "proof of identity; letters to buyers never do. Stored encrypted in the vault."
            )
        )
        self._show_id_images()
        form.addRow(self.tr("&Name on letters:"), self.display_name)
        form.addRow(self.tr("&Stage names:"), self.stage_names)
        form.addRow(self.tr("&Legal name:"), self.legal_name)
        form.addRow(self.tr("&ID number:"), self.id_number)
        form.addRow(self.tr("ID &document:"), id_row_widget)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("No&tes:"), self.notes)
        layout.addLayout(form)
        self.add_buttons(layout)
        fit_to_screen(self, (520, 460))

    def _show_id_images(self) -> None:
        stored = len(self.service.records.performer.id_document_ids)
        if self.id_images is None and stored:
            text = self.tr("%1 image(s) stored").replace("%1", str(stored))
        elif self.id_images:
            text = self.tr("%1 image(s) chosen, stored when you save").replace(
                "%1", str(len(self.id_images))
            )
        else:
            text = self.tr("None: takedown notices will give only your name and ID number")
        self.id_label.setText(text)
        self.remove_id.setEnabled(bool(self.id_images) or (self.id_images is None and stored > 0))

    def set_id_images(self, paths: list[str]) -> None:
        self.id_images = list(paths)
        self._show_id_images()

    def choose_id_images(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Images of your ID document"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.heic *.heif *.webp)"),
        )
        if paths:
            self.set_id_images(paths[:4])

    def fields(self) -> dict[str, object]:
        names = self.stage_names.text().replace("，", ",").replace("、", ",").split(",")
        return {
            "display_name": self.display_name.text(),
            "stage_names": [n.strip() for n in names if n.strip()],
            "legal_name": self.legal_name.text(),
            "id_number": self.id_number.text(),
            "address": self.address.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        fields, service, id_images = self.fields(), self.service, self.id_images

        def work() -> Performer:
            if id_images is not None:  # stored first: a file that is not an image stops here
                service.set_id_document(id_images)
            return service.update_performer(**fields)

        self.run_save(work)

    def announce(self, record: Any) -> None:
        self.saved.emit()
