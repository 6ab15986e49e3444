"""The "New sale" wizard (app/ui/sale/wizard.py) and the Deals page's contract and delivery
actions, installed into each main window (``install(window)``, see docs/gui.md):

- "New sale…" in the window's "New" menu and on the Deals page;
- "Deliver to buyer…" on the Deals page: the wizard's delivery step for the selected deal;
- "New contract version…" when the deal's terms changed since its newest contract;
- a contract in the deal's detail opens in a viewer (decrypted in memory).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app.ui.icons import icon


def install(window: Any) -> None:
    from app.ui.sale.wizard import SaleWizard

    def open_wizard(deal_id: str = "") -> SaleWizard | None:
        if window.service is None:
            return None
        buyer_id = ""
        media: list[str] = []
        if not deal_id and window.stack.currentIndex() == window.BUYERS:
            buyer_id = window.buyers_page.current_id()
        if not deal_id and window.stack.currentIndex() == window.PHOTOS:
            media = window.photos_page.selected_ids()
        wizard = SaleWizard(window.service, window, buyer_id, media, deal_id)

        def changed(deal_id: str) -> None:
            window.reload()
            window.nav.setCurrentRow(window.pages.index(window.deals_page))
            window.deals_page.select(deal_id)

        wizard.created.connect(changed)
        wizard.delivered.connect(changed)
        window.locking.connect(wizard.discard)  # closes without asking
        wizard.finished.connect(lambda _r: wizard.deleteLater())
        window.sale_wizard = wizard
        wizard.open()
        return wizard

    window.open_sale_wizard = open_wizard
    action = QAction(icon("deals"), QCoreApplication.translate("SaleActions", "New sale…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.setToolTip(
        QCoreApplication.translate(
            "SaleActions", "Buyer, photos, fair terms, the contract, then delivery copies"
        )
    )
    action.triggered.connect(lambda: open_wizard(""))
    window.new_sale_action = action
    if getattr(window, "new_menu", None) is not None:
        window.new_menu.addAction(action)
    window.addAction(action)
    page = window.deals_page
    page.newSaleRequested.connect(lambda: open_wizard(""))
    page.deliverRequested.connect(lambda deal_id: open_wizard(deal_id) if deal_id else None)
    page.contractRequested.connect(lambda att_id: open_contract(window, att_id))
    page.newVersionRequested.connect(lambda deal_id: new_version(window, deal_id))


def open_contract(window: Any, attachment_id: str) -> Any:
    from app.ui.prompts import show_exception
    from app.ui.sale.viewer import ContractViewer

    service = window.service
    if service is None or attachment_id not in service.records.attachments:
        return None
    try:
        data = service.attachment_bytes(attachment_id)
    except Exception as exc:  # a damaged object: said, nothing else changes
        show_exception(window, exc)
        return None
    name = service.records.attachments[attachment_id].name
    viewer = ContractViewer(name, data, window)
    window.locking.connect(viewer.reject)
    viewer.finished.connect(lambda _r: viewer.deleteLater())
    window.contract_viewer = viewer
    viewer.open()
    return viewer


def new_version(window: Any, deal_id: str, chosen: str | None = None, layout: str = "") -> Any:
    """A new contract for the deal's current terms: the language asked, the PDF saved where
    the user chooses (never over an unconfirmed file), attached to the deal in one save."""
    import os

    from app.services import contracts
    from app.ui.sale.wizard import LANGUAGE_NAMES, LANGUAGES
    from app.ui.save_paths import confirmed_pdf_path, default_file_name, default_save_path

    service = window.service
    if service is None or deal_id not in service.records.deals:
        return None
    if not layout:
        labels = list(LANGUAGE_NAMES)
        label, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("SaleActions", "New contract version"),
            QCoreApplication.translate("SaleActions", "Language of the contract:"),
            labels,
            0,
            False,
        )
        if not ok:
            return None
        layout = LANGUAGES[labels.index(label)]
    if chosen is None:
        buyer = service.records.buyers.get(service.records.deals[deal_id].buyer_id)
        name = default_file_name(
            QCoreApplication.translate("SaleActions", "Licence contract"),
            buyer.name if buyer else "",
            "pdf",
        )
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("SaleActions", "Save the contract"),
            default_save_path(name),
            QCoreApplication.translate("SaleActions", "PDF files (*.pdf)"),
        )
    if not chosen:
        return None
    path = confirmed_pdf_path(window, chosen)
    if path is None:
        return None
    overwrite = chosen.lower().endswith(".pdf") and os.path.lexists(path)

    def done(_result: Any) -> None:
        window.reload()
        window.deals_page.select(deal_id)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SaleActions", "New contract version saved as %1 and attached to the deal."
            ).replace("%1", str(path)),
            8000,
        )

    return window.run_task(  # the task (tests wait on its ``finished``), or None if not run
        lambda: contracts.new_version(
            service, deal_id, layout=layout, output=path, overwrite=overwrite
        ),
        done,
        writes=True,
        owner=window,  # nothing delivered to a window already closed
    )
