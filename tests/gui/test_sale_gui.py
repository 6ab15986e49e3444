"""The "New sale" wizard (app/ui/sale/): buyer, photos, terms, the live contract preview, the
contract created with its deal in one save, delivery copies with progress and cancel; the Deals
page shows the contract (open it) and the deliveries, and offers a new contract version when the
deal's terms changed."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from app.services import delivery
from app.ui import sale
from app.ui.main_window import MainWindow
from app.ui.sale.wizard import BUYER, DELIVER, PHOTOS, PREVIEW, TERMS, SaleWizard
from tests.support import add_photos

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")

LEGAL_NAME = "林小雨"


def ready(
    window: MainWindow, photos: int = 2, legal_name: str = LEGAL_NAME
) -> tuple[str, list[str]]:
    service = window.service
    assert service is not None
    if legal_name:
        service.update_performer(legal_name=legal_name)
    ids = add_photos(service, photos)
    buyer = service.add_buyer("短剧工作室阿杰", platform="xianyu", platform_user_id="tb_8823991")
    window.reload()
    return buyer.id, ids


def open_wizard(window: MainWindow) -> SaleWizard:
    wizard = window.open_sale_wizard("")  # type: ignore[attr-defined]
    assert isinstance(wizard, SaleWizard)
    return wizard


def fill_terms(wizard: SaleWizard, buyer_id: str, ids: list[str]) -> None:
    assert wizard.stack.currentIndex() == BUYER
    wizard.buyer.setCurrentIndex(wizard.buyer.findData(buyer_id))
    assert wizard.next.isEnabled()
    wizard.next.click()
    assert wizard.stack.currentIndex() == PHOTOS
    assert not wizard.next.isEnabled()  # no photo ticked yet
    wizard.photos.set_checked(ids)
    assert wizard.next.isEnabled()
    wizard.next.click()
    assert wizard.stack.currentIndex() == TERMS
    assert not wizard.next.isEnabled()  # no use, no price yet: said why
    assert wizard.missing.text()
    wizard.use_boxes["face_swap_drama"].setChecked(True)
    wizard.price.setText("30")
    assert wizard.missing.text() == ""
    assert wizard.next.isEnabled()


def test_a_sale_from_the_buyer_to_the_delivery_copies(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    buyer_id, ids = ready(window)
    service = window.service
    assert service is not None
    wizard = open_wizard(window)
    fill_terms(wizard, buyer_id, ids)
    with qtbot.waitSignal(wizard.previewUpdated, timeout=30000):
        wizard.next.click()
    assert wizard.stack.currentIndex() == PREVIEW
    assert wizard.page_labels and not wizard.page_labels[0].pixmap().isNull()
    assert service.records.deals == {}  # the preview records nothing

    out = tmp_path / "contract.pdf"
    with qtbot.waitSignal(wizard.created, timeout=30000):
        wizard.create_contract(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    (deal,) = service.records.deals.values()
    assert deal.buyer_id == buyer_id and sorted(deal.media_ids) == sorted(ids)
    assert deal.uses == ["face_swap_drama"] and deal.price == "30" and deal.ai_training == "no"
    assert deal.term == "until" and deal.term_until
    (contract_id,) = deal.contract_ids
    assert service.records.attachments[contract_id].kind == "contract"
    assert service.attachment_bytes(contract_id) == out.read_bytes()
    assert wizard.stack.currentIndex() == DELIVER

    copies = tmp_path / "copies"
    with qtbot.waitSignal(wizard.delivered, timeout=60000):
        wizard.deliver_to(copies)
    deal = service.records.deals[deal.id]
    assert len(deal.deliveries) == 2
    for d in deal.deliveries:
        assert (copies / d.file_name).is_file()
        assert d.code in wizard.delivered_label.text()

    # the Deals page: the contract (open it), the deliveries
    page = window.deals_page
    page.select(deal.id)
    html = page.detail_html(deal.id)
    assert f"contract:{contract_id}" in html
    for d in deal.deliveries:
        assert d.file_name in html and d.code in html
    assert not page.new_version.isEnabled()  # the contract states the terms
    viewer = sale.open_contract(window, contract_id)
    with qtbot.waitSignal(viewer.pagesShown, timeout=30000):
        pass
    assert viewer.page_labels
    viewer.reject()

    # the terms change: a new contract version is offered, and made
    service.update_deal(deal.id, price="45")
    window.reload()
    page.select(deal.id)
    assert page.new_version.isEnabled()
    assert "New contract version" in page.detail_html(deal.id)
    tasks_before = len(service.records.deals[deal.id].contract_ids)
    task = sale.new_version(window, deal.id, chosen=str(tmp_path / "v2.pdf"), layout="en")
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert len(service.records.deals[deal.id].contract_ids) == tasks_before + 1
    assert (tmp_path / "v2.pdf").read_bytes().startswith(b"%PDF")
    window.reload()
    page.select(deal.id)
    assert not page.new_version.isEnabled()


def test_no_end_date_shows_the_1022_warning(window: MainWindow, qtbot: Any) -> None:
    ready(window, photos=1)
    wizard = open_wizard(window)
    wizard.go(TERMS)
    assert wizard.term_warning.isHidden()
    wizard.term_unlimited.setChecked(True)
    assert not wizard.term_warning.isHidden()
    assert "1022" in wizard.term_warning.text()
    assert not wizard.until.isEnabled()
    assert wizard.fields()["term"] == "unlimited" and wizard.fields()["term_until"] == ""
    wizard.term_until.setChecked(True)
    assert wizard.term_warning.isHidden()


def test_a_contract_needs_the_legal_name(window: MainWindow, qtbot: Any) -> None:
    buyer_id, ids = ready(window, photos=1, legal_name="")
    wizard = open_wizard(window)
    wizard.buyer.setCurrentIndex(wizard.buyer.findData(buyer_id))
    wizard.photos.set_checked(ids)
    wizard.go(TERMS)
    wizard.use_boxes["advertising"].setChecked(True)
    wizard.price.setText("10")
    assert "legal name" in wizard.missing.text()
    assert not wizard.next.isEnabled()


def test_an_unconfirmed_file_is_never_replaced(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buyer_id, ids = ready(window, photos=1)
    service = window.service
    assert service is not None
    told: list[BaseException] = []
    monkeypatch.setattr("app.ui.save_paths.show_exception", lambda _p, exc: told.append(exc))
    wizard = open_wizard(window)
    fill_terms(wizard, buyer_id, ids)
    existing = tmp_path / "contract.pdf"
    existing.write_bytes(b"mine")
    wizard.create_contract(str(tmp_path / "contract"))  # ".pdf" added: nobody confirmed it
    assert told and existing.read_bytes() == b"mine"
    assert service.records.deals == {}


def test_a_cancelled_delivery_writes_and_records_nothing(
    window: MainWindow, tmp_path: Path
) -> None:
    buyer_id, ids = ready(window, photos=2)
    service = window.service
    assert service is not None
    deal = service.add_deal(buyer_id, ids, "2026-11-30")
    heard: list[tuple[int, int]] = []
    cancel = threading.Event()

    def progress(done: int, total: int, _name: str) -> None:
        heard.append((done, total))
        cancel.set()  # the user presses Cancel while the first copy is made

    copies = delivery.deliver(service, deal.id, tmp_path / "out", progress=progress, cancel=cancel)
    assert copies == [] and heard == [(0, 2)]
    assert not (tmp_path / "out").exists()
    assert service.records.deals[deal.id].deliveries == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]  # no temp left beside it


def test_no_english_left_in_the_wizard_and_the_deals_page_in_chinese(
    zh_translator: None, window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from tests.gui.test_i18n import english_left, texts_of
    from tests.support.i18n import english_sources

    buyer_id, ids = ready(window)
    service = window.service
    assert service is not None
    wizard = open_wizard(window)  # made after the translator is installed
    texts = []
    fill_terms(wizard, buyer_id, ids)
    wizard.term_unlimited.setChecked(True)
    for step in (BUYER, PHOTOS, TERMS):
        wizard.go(step)
        texts += texts_of([wizard])
    with qtbot.waitSignal(wizard.previewUpdated, timeout=30000):
        wizard.go(PREVIEW)
    texts += texts_of([wizard])
    with qtbot.waitSignal(wizard.created, timeout=30000):
        wizard.create_contract(str(tmp_path / "c.pdf"))
    with qtbot.waitSignal(wizard.delivered, timeout=60000):
        wizard.deliver_to(tmp_path / "copies")
    texts += texts_of([wizard])
    (deal,) = service.records.deals.values()
    service.update_deal(deal.id, price="99")  # the "new version" sentence shown too
    window.reload()
    window.nav.setCurrentRow(window.pages.index(window.deals_page))
    window.deals_page.select(deal.id)
    texts += texts_of([window])
    assert any("授权协议" in text for _, text in texts)
    assert english_left(texts, english_sources()) == []


def test_deliver_to_buyer_from_the_deals_page_as_a_zip(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    buyer_id, ids = ready(window, photos=2)
    service = window.service
    assert service is not None
    deal = service.add_deal(buyer_id, ids, "2026-11-30")  # recorded by hand, no contract
    window.reload()
    page = window.deals_page
    window.nav.setCurrentRow(window.pages.index(page))
    page.select(deal.id)
    assert page.deliver.isEnabled() and not page.new_version.isEnabled()
    page.deliver.trigger()
    wizard = window.sale_wizard  # type: ignore[attr-defined]
    assert wizard.deal.id == deal.id and wizard.stack.currentIndex() == DELIVER
    assert wizard.to_zip.isEnabled() and wizard.next.isHidden()
    target = tmp_path / "copies.zip"
    with qtbot.waitSignal(wizard.delivered, timeout=60000):
        wizard.deliver_to(target)
    recorded = service.records.deals[deal.id].deliveries
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == sorted(d.file_name for d in recorded)
    html = page.detail_html(deal.id)
    assert all(d.code in html for d in recorded)
    # a second delivery to the same ZIP is refused (never overwritten unasked), nothing added
    before = target.read_bytes()
    told: list[BaseException] = []
    monkeypatch.setattr("app.ui.sale.wizard.show_exception", lambda _p, exc: told.append(exc))
    wizard.deliver_to(target)
    qtbot.waitUntil(lambda: wizard.deliver_task is None, timeout=30000)
    assert [type(e).__name__ for e in told] == ["OutputExists"]
    assert target.read_bytes() == before
    assert len(service.records.deals[deal.id].deliveries) == len(recorded)
    assert wizard.to_zip.isEnabled()  # ready to try another name


def test_closing_with_terms_chosen_asks_first_and_locking_does_not(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    buyer_id, ids = ready(window, photos=1)
    wizard = open_wizard(window)
    qtbot.waitExposed(wizard)
    fill_terms(wizard, buyer_id, ids)  # a price typed, a use ticked
    asked: list[bool] = []

    def keep() -> str:
        asked.append(True)
        return "keep"

    monkeypatch.setattr(wizard, "ask_discard", keep)
    wizard.reject()
    assert asked and wizard.isVisible()  # kept: nothing typed was dropped
    window.locking.emit()  # the vault locks: closes without asking
    assert len(asked) == 1 and not wizard.isVisible()
