"""The "New sale" wizard (新的授权…): buyer, photos, terms explained in plain words, the
contract previewed live (the very PDF that will be saved), "Create the contract" (the deal and
its contract attachment in one save: app/services/contracts.py), then the delivery copies
(app/services/delivery.py: a folder or a ZIP, optional C2PA), with progress and cancel.

Nothing decrypted is written to disk by the wizard: the preview is rendered in memory
(``letters.preview.page_images``); the contract is written where the user chooses, never over
a file the user did not confirm.
"""

from __future__ import annotations

import os
import weakref
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Deal, new_id
from app.domain.uses import OTHER, USES
from app.errors import UserError
from app.services import contracts
from app.services import delivery as delivery_service
from app.services.vault_service import VaultService
from app.ui import tasks
from app.ui.dialogs.buyer_dialog import BuyerDialog
from app.ui.dialogs.deal_dialog import CURRENCIES, a_year_from
from app.ui.dialogs.form_dialog import GuardedDialog
from app.ui.geometry import fit_to_screen, scrolling
from app.ui.letters.preview import page_images
from app.ui.models.photos import badge_counts
from app.ui.models.tables import use_label
from app.ui.prompts import error_text, show_exception
from app.ui.save_paths import confirmed_pdf_path, default_file_name, default_save_path
from app.ui.widgets.date_field import DateField
from app.ui.widgets.payment_field import PaymentField
from app.ui.widgets.photo_picker import PhotoPicker

BUYER, PHOTOS, TERMS, PREVIEW, DELIVER = range(5)
# the payment fields of a free licence (a price of 0): nothing to pay
FREE: dict[str, Any] = {
    "payment": "unstated",
    "payment_days": 0,
    "payment_date": "",
    "payment_text": "",
}
LANGUAGES = ("zh-CN", "en", "bilingual")
# as the letter composer names them: each language in its own words, in every UI language
LANGUAGE_NAMES = ("中文 (zh-CN)", "English", "中文 + English")


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5b6675")
    return label


class SaleWizard(GuardedDialog):
    """One new sale from the buyer to the delivery copies. ``created`` (the deal's id) once
    the contract is made; ``delivered`` (the deal's id) once copies are written. Closing it
    before the contract is made, after choosing terms, asks first (``GuardedDialog``); once
    the deal is recorded nothing typed can be lost and it closes without asking."""

    created = Signal(str)
    delivered = Signal(str)
    previewUpdated = Signal()  # tests wait on it

    def __init__(
        self,
        service: VaultService,
        parent: QWidget | None = None,
        buyer_id: str = "",
        media_ids: list[str] | None = None,
        deal_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.deal: Deal | None = service.records.deals.get(deal_id) if deal_id else None
        self.setWindowTitle(self.tr("New sale"))
        self.page_labels: list[QLabel] = []
        self.preview_task: tasks.Task | None = None
        self.create_task: tasks.Task | None = None
        self.deliver_task: tasks.Task | None = None
        self.contract_path: Path | None = None
        self.copies: list[delivery_service.Copy] = []

        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._buyer_page(buyer_id))
        self.stack.addWidget(self._photos_page(media_ids or []))
        self.stack.addWidget(scrolling(self._terms_page()))
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._deliver_page())

        self.back = QPushButton(self.tr("< &Back"))
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next = QPushButton(self.tr("&Next >"))
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.finished.connect(self.photos.release)  # decrypted thumbnails: dropped at close
        fit_to_screen(self, (1000, 700))
        if self.deal is not None:  # "Deliver to buyer…" of a recorded deal
            self.guarding = False
            self.setWindowTitle(self.tr("Deliver to buyer"))
            self.created_label.setText(
                self.tr("Delivery copies of the deal of %1 with %2.")
                .replace("%1", self.deal.date)
                .replace("%2", self._buyer_name())
            )
        self.go(DELIVER if self.deal is not None else BUYER)

    # --- pages -------------------------------------------------------------------------------

    def _buyer_page(self, buyer_id: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_hint(self.tr("Who is buying? Choose the buyer, or add a new one.")))
        row = QHBoxLayout()
        self.buyer = QComboBox()
        self.buyer.setAccessibleName(self.tr("Buyer"))
        self.buyer.currentIndexChanged.connect(lambda _i: self._update())
        self.add_buyer = QPushButton(self.tr("Add buyer…"))
        self.add_buyer.clicked.connect(self.new_buyer)
        row.addWidget(self.buyer, 1)
        row.addWidget(self.add_buyer)
        layout.addLayout(row)
        layout.addWidget(
            _hint(
                self.tr(
                    "The contract names the buyer as recorded: the nickname, the platform and "
                    "its ID, and the real name, company and contact when you know them. The "
                    "platform ID (Xianyu, WeChat…) is also where notices can be sent."
                )
            )
        )
        layout.addStretch(1)
        self._fill_buyers(buyer_id)
        return page

    def _fill_buyers(self, select: str) -> None:
        self.buyer.clear()
        for buyer in sorted(self.service.records.buyers.values(), key=lambda b: b.name):
            self.buyer.addItem(buyer.name, buyer.id)
        index = self.buyer.findData(select)
        if index >= 0:
            self.buyer.setCurrentIndex(index)

    def new_buyer(self) -> BuyerDialog:
        dialog = BuyerDialog(self.service, None, self)
        dialog.saved.connect(self._fill_buyers)
        dialog.open()
        self.buyer_dialog = dialog
        return dialog

    def _photos_page(self, media_ids: list[str]) -> QWidget:
        records = self.service.records
        photos = [m for m in records.media.values() if m.kind == "photo"]
        self.photos = PhotoPicker(
            photos,
            self.service.thumbnail_bytes,
            media_ids,
            self.tr("Photos in this sale"),
            badges=badge_counts(records),
        )
        self.photos.model.dataChanged.connect(lambda *_: self._update())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _hint(
                self.tr(
                    "Tick the photos the buyer gets. The contract lists each one with its "
                    "thumbnail and SHA-256, so nobody can later claim other photos."
                )
            )
        )
        layout.addWidget(self.photos, 1)
        return page

    def _terms_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        # the contract's date: the deal's, and the start of the licence
        self.contract_date = DateField(date.today())
        self.contract_date.setRange(None, date.today())
        self.contract_date.setAccessibleName(self.tr("Date of the contract"))
        dated = QVBoxLayout()
        date_row = QHBoxLayout()
        date_row.addWidget(self.contract_date)
        date_row.addStretch(1)
        dated.addLayout(date_row)
        dated.addWidget(
            _hint(
                self.tr(
                    "The day the contract is signed: the deal's date and the start of the "
                    "licence. Today, or an earlier day for a deal already made."
                )
            )
        )
        form.addRow(self.tr("Contract date:"), dated)
        # uses
        self.use_boxes = {key: QCheckBox(use_label(key)) for key in USES}
        self.uses_other = QLineEdit()
        self.uses_other.setPlaceholderText(self.tr("other uses as agreed, in your words"))
        self.uses_other.setAccessibleName(self.tr("Other uses"))
        self.uses_other.textEdited.connect(
            lambda text: self.use_boxes[OTHER].setChecked(True) if text.strip() else None
        )
        uses = QVBoxLayout()
        row = QHBoxLayout()
        for key in USES:
            if key != OTHER:
                row.addWidget(self.use_boxes[key])
        row.addStretch(1)
        uses.addLayout(row)
        other = QHBoxLayout()
        other.addWidget(self.use_boxes[OTHER])
        other.addWidget(self.uses_other, 1)
        uses.addLayout(other)
        uses.addWidget(
            _hint(self.tr("Only what you tick is allowed; anything else needs your consent."))
        )
        form.addRow(self.tr("Permitted uses:"), uses)
        # AI training
        self.ai_no = QRadioButton(self.tr("No: the photos may not train AI models"))
        self.ai_yes = QRadioButton(self.tr("Yes: the buyer may train AI models with them"))
        self.ai_group = QButtonGroup(self)
        self.ai_group.addButton(self.ai_no)
        self.ai_group.addButton(self.ai_yes)
        self.ai_no.setChecked(True)
        ai = QVBoxLayout()
        ai.addWidget(self.ai_no)
        ai.addWidget(self.ai_yes)
        ai.addWidget(
            _hint(
                self.tr(
                    "Training means a model learns your face from the photos and can make new "
                    "pictures or videos of you without them; a trained model cannot simply "
                    "forget. With No, the delivery copies also say that text and data mining is "
                    "prohibited."
                )
            )
        )
        form.addRow(self.tr("AI training:"), ai)
        # platforms / territory
        self.platforms = QLineEdit()
        self.platforms.setPlaceholderText(self.tr("e.g. mainland China; Douyin, Kuaishou"))
        self.platforms.setAccessibleName(self.tr("Platforms and territory"))
        plat = QVBoxLayout()
        plat.addWidget(self.platforms)
        plat.addWidget(
            _hint(self.tr("Where the buyer may publish. Left empty, the contract says so."))
        )
        form.addRow(self.tr("Platforms / territory:"), plat)
        # term
        self.term_until = QRadioButton(self.tr("Until"))
        self.term_unlimited = QRadioButton(self.tr("No end date"))
        self.term_group = QButtonGroup(self)
        self.term_group.addButton(self.term_until)
        self.term_group.addButton(self.term_unlimited)
        self.term_until.setChecked(True)
        self.until = DateField(a_year_from(date.today()))
        self.until.setAccessibleName(self.tr("Term ends on"))
        self.term_warning = QLabel(
            self.tr(
                "Warning: with no end date, Civil Code art. 1022 ¶1 applies: when the term of a "
                "licence to use one's likeness is not agreed or is unclear, either side may end "
                "it at any time, giving reasonable notice in advance. That helps you (you can "
                "take your face back at any time), but a buyer may not accept it, and a "
                "dispute about what was agreed is harder. An end date is clearer for both."
            )
        )
        self.term_warning.setWordWrap(True)
        self.term_warning.setStyleSheet("color: #9a3412")
        term = QVBoxLayout()
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_until)
        term_row.addWidget(self.until)
        term_row.addSpacing(24)
        term_row.addWidget(self.term_unlimited)
        term_row.addStretch(1)
        term.addLayout(term_row)
        term.addWidget(self.term_warning)
        self.term_group.buttonToggled.connect(lambda *_: self._term_changed())
        form.addRow(self.tr("Term:"), term)
        # price
        self.price = QLineEdit()
        self.price.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}([.]\d{0,4})?"), self)
        )
        self.price.setPlaceholderText(self.tr("0 for none"))
        self.price.setAccessibleName(self.tr("Price"))
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setAccessibleName(self.tr("Currency"))
        price = QHBoxLayout()
        price.addWidget(self.price, 1)
        price.addWidget(self.currency)
        form.addRow(self.tr("Price:"), price)
        # payment terms (app/domain/payment.py)
        self.payment = PaymentField(with_unstated=False)
        pay = QVBoxLayout()
        pay.addWidget(self.payment)
        pay.addWidget(
            _hint(
                self.tr(
                    "How and when the buyer pays. The contract states exactly this; with a "
                    "price of 0 it says the licence is free."
                )
            )
        )
        form.addRow(self.tr("Payment:"), pay)
        # language
        self.language = QComboBox()
        for label, layout in zip(LANGUAGE_NAMES, LANGUAGES, strict=True):
            self.language.addItem(label, layout)  # each language by its own name
        self.language.setAccessibleName(self.tr("Language of the contract"))
        form.addRow(self.tr("Contract language:"), self.language)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b42318")
        form.addRow(self.missing)
        for box in self.use_boxes.values():
            box.toggled.connect(lambda *_: self._update())
        for edit in (self.price, self.uses_other):
            edit.textChanged.connect(lambda *_: self._update())
        self.payment.changed.connect(self._update)
        self.contract_date.edit.textChanged.connect(lambda *_: self._update())  # also refused days
        self._term_changed()
        return page

    def _term_changed(self) -> None:
        self.until.setEnabled(self.term_until.isChecked())
        self.term_warning.setVisible(self.term_unlimited.isChecked())
        self._update()

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        pages = QWidget()
        pages.setStyleSheet("background: #7a7f87;")
        self.pages_layout = QVBoxLayout(pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(pages)
        layout.addWidget(self.preview_status)
        layout.addWidget(self.preview_area, 1)
        return page

    def _deliver_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.created_label = QLabel()
        self.created_label.setWordWrap(True)
        self.created_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.created_label)
        box = QGroupBox(self.tr("Delivery copies"))
        bl = QVBoxLayout(box)
        bl.addWidget(
            _hint(
                self.tr(
                    "Give the buyer these copies, not your originals: each copy is rebuilt "
                    "from the pixels (no GPS, camera or other private data), says whose it is "
                    "and on what terms, and carries a small change of geometry that tells this "
                    "buyer's copy apart from every other buyer's, even after re-saving."
                )
            )
        )
        self.c2pa = QCheckBox(self.tr("Also sign each copy (C2PA content credentials)"))
        self.c2pa.setEnabled(delivery_service.c2pa_available())
        bl.addWidget(self.c2pa)
        self.c2pa_warning = _hint(
            self.tr(
                "Readers show it as untrusted unless they trust your certificate; any re-save "
                "strips it. Your certificate's root is written beside the copies "
                "(performer-root.pem): whoever trusts it sees them signed by you."
            )
        )
        bl.addWidget(self.c2pa_warning)
        row = QHBoxLayout()
        self.to_folder = QPushButton(self.tr("Deliver to a folder…"))
        self.to_folder.clicked.connect(lambda: self.choose_delivery(zip_file=False))
        self.to_zip = QPushButton(self.tr("Deliver as a ZIP file…"))
        self.to_zip.clicked.connect(lambda: self.choose_delivery(zip_file=True))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_delivery)
        for widget in (self.to_folder, self.to_zip, self.progress, self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        bl.addLayout(row)
        self.delivered_label = QLabel()
        self.delivered_label.setWordWrap(True)
        self.delivered_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.delivered_label)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    # --- navigation --------------------------------------------------------------------------

    def go(self, step: int) -> None:
        step = max(BUYER, min(DELIVER, step))
        self.stack.setCurrentIndex(step)
        if step == PREVIEW:
            self.refresh_preview()
        self._update()

    def _next(self) -> None:
        step = self.stack.currentIndex()
        if step == PREVIEW:
            self.create_contract()
        else:
            self.go(step + 1)

    def _update(self) -> None:
        if not hasattr(self, "next") or not hasattr(self, "missing"):
            return  # still building
        step = self.stack.currentIndex()
        names = [
            self.tr("1 Buyer"),
            self.tr("2 Photos"),
            self.tr("3 Terms"),
            self.tr("4 Contract"),
            self.tr("5 Delivery copies"),
        ]
        self.steps.setText(
            "  ›  ".join(f"<b>{n}</b>" if i == step else n for i, n in enumerate(names))
        )
        self.payment.setEnabled(not self.free())
        missing = self.missing_sentence()
        self.missing.setText(missing)
        ok = {
            BUYER: self.buyer.currentData() is not None,
            PHOTOS: bool(self.photos.checked_ids()),
            TERMS: not missing,
            PREVIEW: not missing and self.create_task is None,
            DELIVER: False,
        }[step]
        self.next.setEnabled(ok)
        self.next.setText(
            self.tr("&Create the contract…") if step == PREVIEW else self.tr("&Next >")
        )
        self.next.setVisible(step != DELIVER)
        self.back.setVisible(step != DELIVER)
        self.back.setEnabled(step > BUYER)
        busy = self.deliver_task is not None
        self.to_folder.setEnabled(self.deal is not None and not busy)
        self.to_zip.setEnabled(self.deal is not None and not busy)
        self.c2pa.setEnabled(delivery_service.c2pa_available() and not busy)

    # --- terms -------------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """The contract's terms as ``contracts.create`` takes them."""
        return {
            "buyer_id": self.buyer.currentData() or "",
            "media_ids": self.photos.checked_ids(),
            "uses": [k for k in USES if self.use_boxes[k].isChecked()],
            "uses_other": self.uses_other.text().strip()
            if self.use_boxes[OTHER].isChecked()
            else "",
            "ai_training": "yes" if self.ai_yes.isChecked() else "no",
            "term": "until" if self.term_until.isChecked() else "unlimited",
            "term_until": self._until_text(),
            "price": self.price.text().strip(),
            "currency": self.currency.currentText(),
            "platforms": self.platforms.text().strip(),
            "layout": self.language.currentData(),
            "deal_date": self.contract_date.edit.text().strip(),
            **(FREE if self.free() else self.payment.values()),
        }

    def free(self) -> bool:
        """A price of 0: nothing to pay, the contract says the licence is free."""
        text = self.price.text().strip()
        return bool(text) and not text.strip("0.")

    def _until_text(self) -> str:
        day = self.until.date()
        return day.isoformat() if self.term_until.isChecked() and day is not None else ""

    def draft(self) -> Deal:
        """The deal the contract would record (not saved); UserError when a term is wrong."""
        f = self.fields()
        clean = self.service.deal_fields(
            {
                "buyer_id": f["buyer_id"],
                "media_ids": f["media_ids"],
                "date": f["deal_date"],
                "uses": f["uses"],
                "uses_other": f["uses_other"],
                "price": f["price"],
                "currency": f["currency"],
                "ai_training": f["ai_training"],
                "term": f["term"],
                "term_until": f["term_until"],
                "territory": f["platforms"],
                "payment": f["payment"],
                "payment_days": f["payment_days"],
                "payment_date": f["payment_date"],
                "payment_text": f["payment_text"],
            }
        )
        deal = Deal(id=new_id(), **clean)
        contracts.check_dates(deal)
        self.service.check_deal(deal)
        return deal

    def missing_sentence(self) -> str:
        """The first term the contract still needs, as a sentence ("" when complete)."""
        try:
            deal = self.draft()
            contracts.refuse_missing(contracts.missing_terms(self.service, deal))
        except UserError as exc:
            return error_text(exc)
        return ""

    # --- preview -----------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Render the contract PDF and its pages off the GUI thread (nothing written)."""
        try:
            deal = self.draft()
        except UserError as exc:
            self.preview_status.setText(error_text(exc))
            return
        layout = self.language.currentData()
        service = self.service
        scale = min(1.6, max(0.5, (self.preview_area.viewport().width() - 40) / 595))
        ratio = self.devicePixelRatioF()
        self.preview_status.setText(self.tr("Preparing the preview…"))
        doc = contracts.contract_document(service, deal, layout, 1)

        def work() -> tuple[list[QImage], list[str]]:
            from app.documents import contract as document

            data = document.render_contract(doc)
            lang = "en" if layout == "en" else "zh-CN"
            return page_images(data, scale, ratio), document.warnings(doc, lang)

        me = weakref.ref(self)

        def done(result: tuple[list[QImage], list[str]]) -> None:
            wizard = me()
            if wizard is not None:
                wizard._show_pages(*result)

        def failed(exc: BaseException) -> None:
            wizard = me()
            if wizard is not None and shiboken6.isValid(wizard):
                wizard.preview_status.setText(error_text(exc))

        self.preview_task = tasks.run_task(work, done, failed, owner=self)

    def _show_pages(self, images: list[QImage], warnings: list[str]) -> None:
        if not shiboken6.isValid(self):
            return
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        text = self.tr("This is the contract as it will be saved: %n page(s).", "", len(images))
        if self.term_unlimited.isChecked():
            text += " " + self.term_warning.text()
        self.preview_status.setText(text)
        self.previewUpdated.emit()

    # --- create ------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return default_file_name(self.tr("Licence contract"), self.buyer.currentText(), "pdf")

    def create_contract(self, chosen: str | None = None) -> None:
        """Ask where to save the contract, then create the deal and its contract in one save."""
        if chosen is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the contract"),
                default_save_path(self.suggested_name()),
                self.tr("PDF files (*.pdf)"),
            )
        if not chosen:
            return
        path = confirmed_pdf_path(self, chosen)
        if path is None:
            return
        # the save dialog asked before replacing a ".pdf" the user chose
        overwrite = chosen.lower().endswith(".pdf") and os.path.lexists(path)
        f = self.fields()
        service = self.service

        def work() -> contracts.Generated:
            return contracts.create(
                service,
                f["buyer_id"],
                f["media_ids"],
                uses=f["uses"],
                uses_other=f["uses_other"],
                price=f["price"],
                ai_training=f["ai_training"],
                term=f["term"],
                term_until=f["term_until"],
                currency=f["currency"],
                platforms=f["platforms"],
                payment=f["payment"],
                payment_days=f["payment_days"],
                payment_date=f["payment_date"],
                payment_text=f["payment_text"],
                deal_date=f["deal_date"],
                layout=f["layout"],
                output=path,
                overwrite=overwrite,
            )

        me = weakref.ref(self)

        def done(result: contracts.Generated) -> None:
            wizard = me()
            if wizard is not None:
                wizard._created(result)

        def failed(exc: BaseException) -> None:
            wizard = me()
            if wizard is not None:
                wizard.create_task = None
                wizard._update()
                show_exception(wizard, exc)

        self.create_task = tasks.run_task(work, done, failed, owner=self, writes=True)
        self._update()

    def _created(self, result: contracts.Generated) -> None:
        self.create_task = None
        self.deal = result.deal
        self.contract_path = result.output
        self.guarding = False  # recorded: nothing typed can be lost any more
        self.created_label.setText(
            self.tr(
                "The deal is recorded with its contract attached, and the contract was saved "
                "as %1. Print it or send it to the buyer to sign."
            ).replace("%1", str(result.output))
        )
        self.created.emit(result.deal.id)
        self.go(DELIVER)

    # --- delivery ----------------------------------------------------------------------------

    def choose_delivery(self, zip_file: bool) -> None:
        if zip_file:
            name = default_file_name(self.tr("Delivery copies"), self._buyer_name(), "zip")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Deliver as a ZIP file"),
                default_save_path(name),
                self.tr("ZIP files (*.zip)"),
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")
            overwrite = chosen.lower().endswith(".zip") and os.path.lexists(path)
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Deliver to a folder"))
            if not chosen:
                return
            path, overwrite = Path(chosen), False
        self.deliver_to(path, overwrite=overwrite)

    def _buyer_name(self) -> str:
        if self.deal is None:
            return ""
        buyer = self.service.records.buyers.get(self.deal.buyer_id)
        return buyer.name if buyer else ""

    def deliver_to(self, path: Path, *, overwrite: bool = False) -> None:
        """Write the deal's delivery copies to ``path`` (a folder or a .zip) off the GUI
        thread, with progress and cancel."""
        if self.deal is None:
            return
        service, deal_id = self.service, self.deal.id
        sign = self.c2pa.isChecked()

        def work(cancel: Any, progress: Any) -> list[delivery_service.Copy]:
            signer = delivery_service.c2pa_signer(service) if sign else None
            return delivery_service.deliver(
                service,
                deal_id,
                path,
                overwrite=overwrite,
                signer=signer,
                progress=progress,
                cancel=cancel,
            )

        me = weakref.ref(self)

        def done(copies: list[delivery_service.Copy]) -> None:
            wizard = me()
            if wizard is not None:
                wizard._delivered(copies, path)

        def failed(exc: BaseException) -> None:
            wizard = me()
            if wizard is not None:
                wizard._delivery_ended()
                show_exception(wizard, exc)

        def progress(done_: int, total: int, _name: str) -> None:
            wizard = me()
            if wizard is not None and shiboken6.isValid(wizard.progress):
                wizard.progress.setRange(0, max(1, total))
                wizard.progress.setValue(done_)

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.delivered_label.setText(self.tr("Making the delivery copies…"))
        self.deliver_task = tasks.run_task(
            work,
            done,
            failed,
            progress,
            with_cancel=True,
            with_progress=True,
            owner=self,
            writes=True,
        )
        self._update()

    def cancel_delivery(self) -> None:
        if self.deliver_task is not None:
            self.deliver_task.cancel()
            self.cancel_button.setEnabled(False)

    def _delivery_ended(self) -> None:
        self.deliver_task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.delivered_label.setText("")
        self._update()

    def _delivered(self, copies: list[delivery_service.Copy], path: Path) -> None:
        self._delivery_ended()
        if not copies:
            self.delivered_label.setText(
                self.tr("Cancelled: no copy was written and nothing was recorded.")
            )
            return
        self.copies = copies
        lines = [
            self.tr("Copies written to %1 and recorded on the deal (%2):")
            .replace("%1", str(path))
            .replace("%2", str(len(copies)))
        ]
        lines += [f"• {c.delivery.file_name} · {c.delivery.code}" for c in copies]
        self.delivered_label.setText("\n".join(lines))
        assert self.deal is not None
        self.delivered.emit(self.deal.id)
