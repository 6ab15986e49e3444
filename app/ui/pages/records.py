"""Buyers, Deals and Sightings pages (tables with a detail pane)."""

from __future__ import annotations

from html import escape
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.domain.models import Buyer, Deal
from app.ui.icons import icon
from app.ui.models.tables import (
    BuyersModel,
    DealsModel,
    SightingsModel,
    choice_label,
    platform_label,
    term_label,
    uses_label,
)
from app.ui.pages.base import TablePage, hint_html
from app.ui.widgets.attachment_list import kind_label
from app.ui.widgets.country_combo import country_name
from app.ui.widgets.payment_field import deal_payment_label


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#5b6675; padding-right:12px'>{escape(k)}</td>"
        f"<td>{escape(v) if v else '—'}</td></tr>"
        for k, v in pairs
    )
    return f"<table cellspacing='3'>{cells}</table>"


class RecordPage(TablePage):
    """A table of one kind of record with Add / Edit… / Delete (Del) actions.

    Subclasses name the ``Records`` collection their ids belong to and give the action labels
    in ``action_texts()`` (their own ``self.tr``, so translations stay in their context)."""

    addRequested = Signal()
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    collection = ""

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        add_text, edit_text, delete_text = self.action_texts()
        self.add = QAction(icon("add"), add_text, self)
        self.add.triggered.connect(self.addRequested)
        self.edit = QAction(icon("edit"), edit_text, self)
        self.edit.triggered.connect(lambda: self.editRequested.emit(self.current_id()))
        self.delete = QAction(icon("delete"), delete_text, self)
        self.delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete.triggered.connect(lambda: self.deleteRequested.emit(self.current_id()))
        for action in (self.add, self.edit, self.delete):
            self.add_action(action)
        self.activated.connect(self.editRequested)
        self.selectionChanged.connect(self._update_actions)

    def action_texts(self) -> tuple[str, str, str]:
        raise NotImplementedError

    def _update_actions(self, record_id: str) -> None:
        known = record_id in getattr(self.records, self.collection)
        for action in (self.edit, self.delete):
            action.setEnabled(known)

    def load(self, records):  # type: ignore[no-untyped-def]
        super().load(records)
        self._update_actions(self.current_id())


class BuyersPage(RecordPage):
    """Buyers table and detail. Extensions add actions with ``add_action`` (see docs/gui.md);
    ``current_id()`` is the selected buyer."""

    copyRequested = Signal(str)  # the text to copy (cleared from the clipboard after 30 s)
    collection = "buyers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(BuyersModel(), parent)
        self.copy_id = QAction(icon("copy"), self.tr("Copy platform ID"), self)
        self.copy_id.triggered.connect(lambda: self._copy("platform_user_id"))
        self.copy_contact = QAction(icon("copy"), self.tr("Copy contact"), self)
        self.copy_contact.triggered.connect(lambda: self._copy("contact"))
        # the copies are less used (the detail pane has them as links too): one "Copy" menu
        # keeps the toolbar short enough for the main actions at 1280 pixels in any language
        copy_menu = QMenu(self)
        for action in (self.copy_id, self.copy_contact):
            copy_menu.addAction(action)
            self.addAction(action)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_button.setMenu(copy_menu)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_button.setAccessibleName(self.tr("Copy the platform ID or the contact"))
        self.toolbar.addWidget(self.copy_button)
        self.toolbar.addSeparator()
        self.detail.text.linkActivated.connect(lambda link: self._copy(link.removeprefix("copy:")))
        self._update_actions("")

    def action_texts(self) -> tuple[str, str, str]:
        return self.tr("Add buyer…"), self.tr("Edit…"), self.tr("Delete")

    def no_match_text(self, text: str) -> str:
        return self.tr("No buyer matches “%1”.").replace("%1", text)

    def _update_actions(self, record_id: str) -> None:
        super()._update_actions(record_id)
        buyer = self.records.buyers.get(record_id)
        self.copy_id.setEnabled(bool(buyer and buyer.platform_user_id))
        self.copy_contact.setEnabled(bool(buyer and buyer.contact))
        self.copy_button.setEnabled(self.copy_id.isEnabled() or self.copy_contact.isEnabled())

    def _copy(self, field: str) -> None:
        buyer = self.records.buyers.get(self.current_id())
        if buyer is not None and field in ("platform_user_id", "contact"):
            text = getattr(buyer, field)
            if text:
                self.copyRequested.emit(text)

    def empty_html(self) -> str:
        return hint_html(
            self.tr("Choose a buyer to see the deals, the photos they hold and how to reach them.")
        )

    def detail_html(self, record_id: str) -> str:
        t_pid = escape(self.tr("Platform ID"))
        t_contact = escape(self.tr("Contact"))
        t_deals = escape(self.tr("Deals"))
        t_term = escape(self.tr("Term"))
        t_held = escape(self.tr("Photos held"))
        buyer: Buyer | None = self.records.buyers.get(record_id)
        if buyer is None:
            return self.empty_html()
        copy = escape(self.tr("copy"))
        pairs = [
            (self.tr("Platform"), platform_label(buyer.platform)),
            (self.tr("Platform ID"), buyer.platform_user_id),
            (self.tr("Contact"), buyer.contact),
            (self.tr("Real name"), buyer.real_name),
            (self.tr("Company"), buyer.company),
            (self.tr("Country"), country_name(buyer.country)),
            (self.tr("Order numbers"), ", ".join(buyer.order_numbers)),
            (self.tr("Notes"), buyer.notes),
        ]
        html = f"<h2>{escape(buyer.name)}</h2>" + _rows(pairs)
        links = []
        if buyer.platform_user_id:
            links.append(f"<a href='copy:platform_user_id'>{copy} {t_pid}</a>")
        if buyer.contact:
            links.append(f"<a href='copy:contact'>{copy} {t_contact}</a>")
        if links:
            html += "<p>" + " · ".join(links) + "</p>"
        deals = self.records.deals_for_buyer(buyer.id)
        html += f"<h3>{t_deals} ({len(deals)})</h3><ul>"
        for deal in deals:
            price = f"{deal.price} {deal.currency}" if deal.price else ""
            html += (
                f"<li>{escape(deal.date)} · "
                + escape(self.tr("%n photo(s)", "", len(deal.media_ids)))
                + (f" · {escape(price)}" if price else "")
                + f" · {t_term}: {escape(term_label(deal))}</li>"
            )
        html += "</ul>"
        held = self.records.media_for_buyer(buyer.id)
        html += f"<h3>{t_held} ({len(held)})</h3><p>"
        html += escape(", ".join(m.name for m in held[:60]))
        if len(held) > 60:
            html += " …"
        return html + "</p>"


class DealsPage(RecordPage):
    collection = "deals"
    # (issue 16) the contract and the delivery copies: app/ui/sale/
    newSaleRequested = Signal()
    deliverRequested = Signal(str)  # deal id
    newVersionRequested = Signal(str)  # deal id
    contractRequested = Signal(str)  # attachment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DealsModel(), parent)
        self.new_sale = QAction(icon("add"), self.tr("New sale…"), self)
        self.new_sale.setToolTip(
            self.tr("A new sale: buyer, photos, fair terms, the contract, then delivery copies")
        )
        self.new_sale.triggered.connect(self.newSaleRequested)
        self.deliver = QAction(self.tr("Deliver to buyer…"), self)
        self.deliver.triggered.connect(lambda: self.deliverRequested.emit(self.current_id()))
        self.new_version = QAction(self.tr("New contract version…"), self)
        self.new_version.setToolTip(
            self.tr("The deal's terms changed since its contract: make a contract of the new terms")
        )
        self.new_version.triggered.connect(lambda: self.newVersionRequested.emit(self.current_id()))
        for action in (self.new_sale, self.deliver, self.new_version):
            self.add_action(action)
        self.detail.text.linkActivated.connect(self._link)
        self._update_actions("")

    def _link(self, link: str) -> None:
        if link.startswith("contract:"):
            self.contractRequested.emit(link.removeprefix("contract:"))

    def contract_state(self, deal: Deal) -> bool | None:
        """None: no contract made by the app; True: it states the deal's terms; False: the
        terms changed since (offer a new version)."""
        from app.services import contracts

        holder = cast(Any, type("Held", (), {"records": self.records})())
        try:
            return contracts.contract_matches(holder, deal)
        except KeyError:  # a photo of the deal is gone: its terms changed
            return False if deal.contract_ids else None

    def _update_actions(self, record_id: str) -> None:
        super()._update_actions(record_id)
        if not hasattr(self, "new_version"):
            return
        deal = self.records.deals.get(record_id)
        self.deliver.setEnabled(bool(deal and deal.media_ids))
        self.new_version.setEnabled(deal is not None and self.contract_state(deal) is False)

    def action_texts(self) -> tuple[str, str, str]:
        return self.tr("Add deal…"), self.tr("Edit…"), self.tr("Delete")

    def no_match_text(self, text: str) -> str:
        return self.tr("No deal matches “%1”.").replace("%1", text)

    def empty_html(self) -> str:
        return hint_html(
            self.tr("A deal records what a buyer got and on what terms. Choose one to see it.")
        )

    def detail_html(self, record_id: str) -> str:
        t_photos = escape(self.tr("Photos"))
        t_atts = escape(self.tr("Attachments"))
        deal: Deal | None = self.records.deals.get(record_id)
        if deal is None:
            return self.empty_html()
        buyer = self.records.buyers.get(deal.buyer_id)
        pairs = [
            (self.tr("Date"), deal.date),
            (self.tr("Buyer"), buyer.name if buyer else ""),
            (self.tr("Price"), f"{deal.price} {deal.currency}" if deal.price else ""),
            (self.tr("Payment"), deal_payment_label(deal)),
            (self.tr("Permitted uses"), uses_label(deal)),
            (self.tr("AI training"), choice_label(deal.ai_training)),
            (self.tr("Resale"), choice_label(deal.resale)),
            (self.tr("Territory / platforms"), deal.territory),
            (self.tr("Term"), term_label(deal)),
            (self.tr("Exclusive"), choice_label(deal.exclusive)),
            (self.tr("Order number"), deal.order_no),
            (self.tr("Notes"), deal.notes),
        ]
        heading = escape(self.tr("Deal of %1").replace("%1", deal.date))
        html = f"<h2>{heading}</h2>" + _rows(pairs)
        names = [self.records.media[m].name for m in deal.media_ids if m in self.records.media]
        html += f"<h3>{t_photos} ({len(names)})</h3><p>{escape(', '.join(names))}</p>"
        atts = [
            self.records.attachments[a]
            for a in deal.attachment_ids
            if a in self.records.attachments
        ]
        html += f"<h3>{t_atts} ({len(atts)})</h3><ul>"
        html += "".join(f"<li>{escape(a.name)} · {escape(kind_label(a.kind))}</li>" for a in atts)
        return html + "</ul>" + self._contract_html(deal) + self._deliveries_html(deal)

    def _contract_html(self, deal: Deal) -> str:
        ids = [a for a in deal.contract_ids if a in self.records.attachments]
        if not ids:
            return ""
        title = escape(self.tr("Licence contract"))
        html = f"<h3>{title}</h3><ul>"
        for number, att_id in enumerate(ids, start=1):
            name = self.records.attachments[att_id].name
            version = escape(self.tr("Version %1").replace("%1", str(number)))
            open_ = escape(self.tr("open"))
            html += f"<li>{version}: {escape(name)} · <a href='contract:{att_id}'>{open_}</a></li>"
        html += "</ul>"
        if self.contract_state(deal) is False:
            html += (
                "<p style='color:#9a3412'>"
                + escape(
                    self.tr(
                        "The deal's terms changed since its newest contract: make a new contract "
                        "version (New contract version…)."
                    )
                )
                + "</p>"
            )
        return html

    def _deliveries_html(self, deal: Deal) -> str:
        if not deal.deliveries:
            return ""
        buyer = self.records.buyers.get(deal.buyer_id)
        t = escape(self.tr("Delivery copies"))
        head = [self.tr("Photo"), self.tr("Delivered file"), self.tr("Code"), self.tr("Date")]
        html = f"<h3>{t} ({len(deal.deliveries)})</h3>"
        if buyer is not None:
            html += "<p>" + escape(self.tr("Given to %1").replace("%1", buyer.name)) + "</p>"
        html += "<table cellspacing='3'><tr>"
        html += "".join(f"<td style='color:#5b6675'>{escape(h)}</td>" for h in head) + "</tr>"
        for d in deal.deliveries:
            item = self.records.media.get(d.item_id)
            cells = [item.name if item else d.item_id[:8], d.file_name, d.code, d.delivered_on]
            if d.c2pa:
                cells[1] += " (C2PA)"
            html += "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>"
        return html + "</table>"


class SightingsPage(RecordPage):
    """Where the face was seen: add, edit, delete; extensions add actions (takedown, evidence)."""

    collection = "sightings"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SightingsModel(), parent)
        self._update_actions("")

    def action_texts(self) -> tuple[str, str, str]:
        return self.tr("Add sighting…"), self.tr("Edit…"), self.tr("Delete")

    def no_match_text(self, text: str) -> str:
        return self.tr("No sighting matches “%1”.").replace("%1", text)

    def empty_html(self) -> str:
        return hint_html(
            self.tr(
                "A sighting is a place your face showed up: a drama, an ad, a resale listing. "
                "Choose one to see which photos and buyers it traces back to."
            )
        )

    def detail_html(self, record_id: str) -> str:
        sighting = self.records.sightings.get(record_id)
        if sighting is None:
            return self.empty_html()
        buyers = [
            self.records.buyers[b].name for b in sighting.buyer_ids if b in self.records.buyers
        ]
        photos = [self.records.media[m].name for m in sighting.media_ids if m in self.records.media]
        pairs = [
            (self.tr("Seen on"), sighting.seen_on),
            (self.tr("Platform"), platform_label(sighting.platform)),
            (self.tr("Link"), sighting.url),
            (self.tr("Photos"), ", ".join(photos)),
            (self.tr("Traced to"), ", ".join(buyers)),
            (self.tr("Notes"), sighting.notes),
        ]
        title = sighting.title or sighting.url
        html = f"<h2>{escape(title)}</h2>" + _rows(pairs)
        shots = [
            self.records.attachments[a]
            for a in sighting.attachment_ids
            if a in self.records.attachments
        ]
        if not shots:
            return html
        t_shots = escape(self.tr("Screenshots"))
        html += f"<h3>{t_shots} ({len(shots)})</h3><ul>"
        return html + "".join(f"<li>{escape(a.name)}</li>" for a in shots) + "</ul>"
