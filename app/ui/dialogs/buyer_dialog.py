"""Add or edit a buyer. The service validates; this dialog only collects the fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import PLATFORMS, Buyer
from app.services.vault_service import VaultService
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.geometry import fit_to_screen
from app.ui.models.tables import platform_label
from app.ui.widgets.country_combo import CountryCombo


class BuyerDialog(FormDialog):
    def __init__(
        self, service: VaultService, buyer: Buyer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        self.buyer = buyer
        self.setWindowTitle(self.tr("Edit buyer") if buyer else self.tr("Add buyer"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.platform = QComboBox()
        for platform in PLATFORMS:
            self.platform.addItem(platform_label(platform), platform)
        self.platform_user_id = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("WeChat ID, phone or e-mail"))
        self.real_name = QLineEdit()
        self.company = QLineEdit()
        self.country = CountryCombo()  # by name in the UI language, kept as its ISO code
        self.country.set_code("CN")
        self.country.setToolTip(self.tr("Decides which laws a letter to this buyer can cite"))
        self.order_numbers = QPlainTextEdit()
        self.order_numbers.setPlaceholderText(self.tr("One order number per line"))
        self.order_numbers.setTabChangesFocus(True)
        self.order_numbers.setMaximumHeight(80)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(100)
        form.addRow(self.tr("&Nickname:"), self.name)
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("Platform &ID:"), self.platform_user_id)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow(self.tr("&Real name:"), self.real_name)
        form.addRow(self.tr("Co&mpany:"), self.company)
        form.addRow(self.tr("Co&untry:"), self.country)
        form.addRow(self.tr("&Order numbers:"), self.order_numbers)
        form.addRow(self.tr("No&tes:"), self.notes)
        layout.addLayout(form)
        self.add_buttons(layout)
        self.name.textChanged.connect(self._changed)
        if buyer is not None:
            self._fill(buyer)
        self._changed()
        fit_to_screen(self, (480, 520))

    def _fill(self, buyer: Buyer) -> None:
        self.name.setText(buyer.name)
        self.platform.setCurrentIndex(max(0, self.platform.findData(buyer.platform)))
        self.platform_user_id.setText(buyer.platform_user_id)
        self.contact.setText(buyer.contact)
        self.real_name.setText(buyer.real_name)
        self.company.setText(buyer.company)
        self.country.set_code(buyer.country)
        self.order_numbers.setPlainText("\n".join(buyer.order_numbers))
        self.notes.setPlainText(buyer.notes)

    def _changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.name.text().strip())
        )

    def fields(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "platform": self.platform.currentData(),
            "platform_user_id": self.platform_user_id.text(),
            "contact": self.contact.text(),
            "real_name": self.real_name.text(),
            "company": self.company.text(),
            "country": self.country.code() or "CN",
            "order_numbers": self.order_numbers.toPlainText().splitlines(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        """Save off the GUI thread (a big vault's index takes a moment to write)."""
        fields, service, existing = self.fields(), self.service, self.buyer

        def work() -> Buyer:
            if existing is None:
                name = str(fields.pop("name"))
                return service.add_buyer(name, **fields)
            return service.update_buyer(existing.id, **fields)

        self.run_save(work)
