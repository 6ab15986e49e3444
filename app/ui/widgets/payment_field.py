"""How and when the price is paid (app/domain/payment.py), as one form field: a list of the
kinds and, beside it, the one detail the chosen kind has (the days, the date it was paid, or a
text). The New sale wizard and the deal dialog both use it; ``values()`` gives the Deal's four
payment fields, each detail cleared unless its kind is chosen.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from app.domain.models import Deal
from app.domain.payment import (
    BEFORE_DELIVERY,
    INSTALMENTS,
    MAX_DAYS,
    ON_DELIVERY,
    OTHER,
    PAID,
    PAYMENT_KINDS,
    UNSTATED,
    WITH_TEXT,
    WITHIN_DAYS,
)
from app.ui.prompts import tr
from app.ui.widgets.date_field import DateField, iso_day


def payment_label(kind: str, days: int = 0, paid_on: str = "", text: str = "") -> str:
    """The payment terms in the UI language (the deal's details, the tables)."""
    if kind == BEFORE_DELIVERY:
        return tr("In full before delivery")
    if kind == ON_DELIVERY:
        return tr("In full on delivery")
    if kind == WITHIN_DAYS:
        return tr("In full within %1 days of delivery").replace("%1", str(days))
    if kind == INSTALMENTS:
        return tr("In instalments: %1").replace("%1", text.strip())
    if kind == PAID:
        return tr("Already paid in full on %1").replace("%1", paid_on)
    if kind == OTHER:
        return tr("Other: %1").replace("%1", text.strip())
    return tr("Not stated")


def deal_payment_label(deal: Deal) -> str:
    return payment_label(deal.payment, deal.payment_days, deal.payment_date, deal.payment_text)


def _kind_names() -> dict[str, str]:
    return {
        BEFORE_DELIVERY: tr("In full before delivery"),
        ON_DELIVERY: tr("In full on delivery"),
        WITHIN_DAYS: tr("In full within days of delivery"),
        INSTALMENTS: tr("In instalments"),
        PAID: tr("Already paid"),
        OTHER: tr("Other"),
        UNSTATED: tr("Not stated"),
    }


class PaymentField(QWidget):
    """The payment kind and its detail. ``with_unstated``: "Not stated" is offered (the deal
    dialog: a record may leave it open; the wizard's contract may not, unless the price is 0)."""

    changed = Signal()

    def __init__(self, *, with_unstated: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = _kind_names()
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Payment terms"))
        for key in PAYMENT_KINDS:
            if key != UNSTATED or with_unstated:
                self.kind.addItem(names[key], key)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(7)
        self.days.setSuffix(tr(" days"))
        self.days.setAccessibleName(tr("Days to pay after delivery"))
        self.paid_on = DateField(date.today())
        self.paid_on.setRange(None, date.today())
        self.paid_on.setAccessibleName(tr("Date it was paid"))
        self.text = QLineEdit()
        self.text.setAccessibleName(tr("How and when it is paid"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.days)
        layout.addWidget(self.paid_on)
        layout.addWidget(self.text, 4)  # the text takes the room; a number or a date does not
        layout.addStretch(1)
        self.setFocusProxy(self.kind)  # the form's label (Pa&yment) gives it the focus
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.days.valueChanged.connect(lambda *_: self.changed.emit())
        self.paid_on.edit.textChanged.connect(lambda *_: self.changed.emit())
        self.text.textChanged.connect(lambda *_: self.changed.emit())
        self._kind_changed()

    def current(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def _kind_changed(self) -> None:
        kind = self.current()
        self.days.setVisible(kind == WITHIN_DAYS)
        self.paid_on.setVisible(kind == PAID)
        self.paid_on.setEnabled(kind == PAID)  # a hidden date is not checked on save
        self.text.setVisible(kind in WITH_TEXT)
        self.text.setPlaceholderText(
            tr("e.g. 100 on signing, the rest within 7 days of delivery")
            if kind == INSTALMENTS
            else tr("how and when the price is paid, in your words")
        )
        self.changed.emit()

    def set_deal(self, deal: Deal) -> None:
        self.set_kind(deal.payment)
        if deal.payment_days:
            self.days.setValue(deal.payment_days)
        if deal.payment_date:
            self.paid_on.setDate(iso_day(deal.payment_date))
        self.text.setText(deal.payment_text)

    def values(self) -> dict[str, Any]:
        """The Deal's payment fields (``payment_date``: the typed text, checked on save)."""
        kind = self.current()
        return {
            "payment": kind,
            "payment_days": self.days.value() if kind == WITHIN_DAYS else 0,
            "payment_date": self.paid_on.edit.text().strip() if kind == PAID else "",
            "payment_text": self.text.text().strip() if kind in WITH_TEXT else "",
        }
