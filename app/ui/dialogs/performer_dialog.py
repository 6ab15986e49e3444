"""Your own details: the name on letters, stage names, and what platforms and courts need."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Performer
from app.services.vault_service import VaultService
from app.ui.prompts import show_exception
from app.ui.tasks import run_task


class PerformerDialog(QDialog):
    saved = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
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
        form.addRow(self.tr("&Name on letters:"), self.display_name)
        form.addRow(self.tr("&Stage names:"), self.stage_names)
        form.addRow(self.tr("&Legal name:"), self.legal_name)
        form.addRow(self.tr("&ID number:"), self.id_number)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("No&tes:"), self.notes)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 460)

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
        fields, service = self.fields(), self.service

        def done(_performer: Performer) -> None:
            self.setEnabled(True)
            self.saved.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            show_exception(self, exc)

        self.setEnabled(False)
        run_task(lambda: service.update_performer(**fields), done, failed, owner=self, writes=True)
