"""The contract date and the payment terms in the GUI: the New sale wizard's date (today by
default, a later day refused) and payment field, the deal dialog showing and editing them, the
Deals page showing them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.ui.dialogs.deal_dialog import DealDialog
from app.ui.main_window import MainWindow
from app.ui.sale.wizard import TERMS, SaleWizard
from tests.gui.test_sale_gui import fill_terms, open_wizard, ready
from tests.support import performer_vault

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def at_terms(window: MainWindow) -> tuple[SaleWizard, str]:
    buyer_id, ids = ready(window)
    wizard = open_wizard(window)
    fill_terms(wizard, buyer_id, ids)
    assert wizard.stack.currentIndex() == TERMS
    return wizard, buyer_id


def test_the_wizard_dates_the_contract_today_and_records_the_chosen_payment(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    wizard, _ = at_terms(window)
    service = window.service
    assert service is not None
    assert wizard.contract_date.date() == date.today()
    assert wizard.fields()["deal_date"] == date.today().isoformat()
    # a later day is refused, with the reason, and Next waits
    wizard.contract_date.setDate(date.today() + timedelta(days=3))
    assert "after today" in wizard.missing.text() and not wizard.next.isEnabled()
    wizard.contract_date.setDate(date(2026, 1, 15))
    assert wizard.missing.text() == "" and wizard.next.isEnabled()
    # payment: within days of delivery, then instalments (its text required)
    wizard.payment.set_kind("instalments")
    assert wizard.payment.text.isVisibleTo(wizard) and not wizard.payment.days.isVisibleTo(wizard)
    assert "needs its text" in wizard.missing.text() and not wizard.next.isEnabled()
    wizard.payment.set_kind("within_days")
    assert wizard.payment.days.isVisibleTo(wizard) and not wizard.payment.text.isVisibleTo(wizard)
    wizard.payment.days.setValue(10)
    assert wizard.missing.text() == ""
    wizard.grab().save(str(tmp_path / "terms.png"))
    out = tmp_path / "contract.pdf"
    with qtbot.waitSignal(wizard.created, timeout=30000):
        wizard.create_contract(str(out))
    (deal,) = service.records.deals.values()
    assert (deal.date, deal.payment, deal.payment_days) == ("2026-01-15", "within_days", 10)
    assert (deal.payment_date, deal.payment_text) == ("", "")
    # the Deals page says it
    window.reload()
    html = window.deals_page.detail_html(deal.id)
    assert "In full within 10 days of delivery" in html and "2026-01-15" in html


def test_a_free_licence_needs_no_payment_in_the_wizard(window: MainWindow, qtbot: Any) -> None:
    wizard, _ = at_terms(window)
    assert wizard.payment.isEnabled()
    wizard.price.setText("0")
    assert not wizard.payment.isEnabled() and wizard.fields()["payment"] == "unstated"
    assert wizard.missing.text() == ""  # a free licence states no payment terms
    wizard.price.setText("12")
    assert wizard.payment.isEnabled() and wizard.fields()["payment"] == "before_delivery"


def test_the_deal_dialog_shows_and_edits_the_payment_terms(qtbot: Any, tmp_path: Path) -> None:
    service = performer_vault(tmp_path / "vault", photos=1)
    try:
        buyer = service.add_buyer("阿杰", platform="xianyu")
        deal = service.add_deal(
            buyer.id,
            sorted(service.records.media),
            "2025-06-01",
            price="80",
            payment="paid",
            payment_date="2025-06-02",
        )
        dialog = DealDialog(service, deal)
        qtbot.addWidget(dialog)
        assert dialog.payment.current() == "paid"
        assert dialog.payment.paid_on.date() == date(2025, 6, 2)
        assert dialog.fields()["payment_date"] == "2025-06-02"
        dialog.payment.set_kind("instalments")
        dialog.payment.text.setText("签约付40，交付付40")
        fields: dict[str, Any] = dialog.fields()
        assert (fields["payment"], fields["payment_date"], fields["payment_days"]) == (
            "instalments",
            "",
            0,
        )
        updated = service.update_deal(deal.id, **fields)
        assert (updated.payment, updated.payment_text) == ("instalments", "签约付40，交付付40")
        assert updated.payment_date == ""
        dialog.grab().save(str(tmp_path / "deal.png"))
        # an old deal (payment not stated) opens as "Not stated" and saves as it was
        old = service.add_deal(buyer.id, sorted(service.records.media), "2024-01-01")
        again = DealDialog(service, old)
        qtbot.addWidget(again)
        assert again.payment.current() == "unstated"
        unchanged: dict[str, Any] = again.fields()
        kept = service.update_deal(old.id, **unchanged)
        assert (kept.payment, kept.payment_days, kept.payment_date) == ("unstated", 0, "")
    finally:
        service.lock()
