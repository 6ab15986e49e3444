"""The deal editor: every field of a Deal, the photos it covers, and its attachments.

Attachments already in the vault are previewed from memory (images) or saved as an explicit,
warned, unencrypted copy (anything else). New attachments are stored when the deal is saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QImage, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Deal
from app.domain.uses import OTHER, USES
from app.errors import UserError
from app.services.vault_service import VaultService
from app.ui.dialogs.attachments import ImagePreview, ask_plaintext_copy_path
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.geometry import fit_to_screen, scrolling
from app.ui.models.photos import badge_counts
from app.ui.models.tables import choice_label, use_label
from app.ui.prompts import show_exception
from app.ui.widgets.attachment_list import (
    AttachmentList,
    KindBox,
    PendingFile,
    Ref,
    guess_kind,
    kind_label,
)
from app.ui.widgets.date_field import DateField, iso_day
from app.ui.widgets.payment_field import PaymentField
from app.ui.widgets.photo_picker import PhotoPicker
from app.ui.widgets.saved_file import show_saved


def a_year_from(day: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


CURRENCIES = ("CNY", "USD", "EUR", "HKD", "TWD", "JPY", "GBP")


class DealDialog(FormDialog):
    def __init__(
        self,
        service: VaultService,
        deal: Deal | None = None,
        parent: QWidget | None = None,
        media_ids: list[str] | None = None,
        buyer_id: str = "",
    ) -> None:
        super().__init__(service, parent)
        self.deal = deal
        self.setWindowTitle(self.tr("Edit deal") if deal else self.tr("Add deal"))
        records = service.records
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs)

        # --- terms ---
        terms = QWidget()
        form = QFormLayout(terms)
        self.buyer = QComboBox()
        for buyer in sorted(records.buyers.values(), key=lambda b: b.name):
            self.buyer.addItem(buyer.name, buyer.id)
        self.date = DateField(date.today())
        self.date.setAccessibleName(self.tr("Date of the deal"))
        self.price = QLineEdit()
        self.price.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}([.]\d{0,4})?"), self)
        )
        self.price.setPlaceholderText(self.tr("empty when not stated"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.currency.setAccessibleName(self.tr("Currency"))
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(self.currency)
        # the uses vocabulary (app/domain/uses.py) as checkboxes; self.uses is the text of
        # "other" (typing it ticks "other")
        self.use_boxes = {key: QCheckBox(use_label(key)) for key in USES}
        self.uses = QLineEdit()
        self.uses.setPlaceholderText(self.tr("other uses as agreed, in your words"))
        self.uses.setAccessibleName(self.tr("Other uses"))
        self.uses.textEdited.connect(
            lambda text: self.use_boxes[OTHER].setChecked(True) if text.strip() else None
        )
        uses_box = QGridLayout()  # two a row: the dialog keeps its width
        named = [k for k in USES if k != OTHER]
        for i, key in enumerate(named):
            uses_box.addWidget(self.use_boxes[key], i // 2, i % 2)
        uses_box.addWidget(self.use_boxes[OTHER], len(named) // 2 + 1, 0)
        uses_box.addWidget(self.uses, len(named) // 2 + 1, 1)
        uses_box.setColumnStretch(1, 1)
        self.ai_training = self._choice_combo()
        self.resale = self._choice_combo()
        self.exclusive = self._choice_combo()
        self.territory = QLineEdit()
        self.territory.setPlaceholderText(self.tr("e.g. mainland China; Douyin, Kuaishou"))
        self.term = QComboBox()
        self.term.addItem(self.tr("Not stated"), "unstated")
        self.term.addItem(self.tr("Unlimited"), "unlimited")
        self.term.addItem(self.tr("Until a date"), "until")
        self.term_until = DateField(a_year_from(date.today()))
        self.term_until.setAccessibleName(self.tr("Term ends on"))
        term_box = QVBoxLayout()
        term_row = QHBoxLayout()
        term_row.addWidget(self.term, 1)
        term_row.addWidget(self.term_until)
        term_box.addLayout(term_row)
        self.term.currentIndexChanged.connect(self._term_changed)
        self.order_no = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        term_hint = QLabel(
            self.tr(
                "The term decides how a licence can be ended: one with no stated term can be "
                "ended at any time with reasonable notice (Civil Code art. 1022)."
            )
        )
        term_hint.setWordWrap(True)
        term_hint.setStyleSheet("color: #5b6675")
        term_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        term_box.addWidget(term_hint)
        form.addRow(self.tr("&Buyer:"), self.buyer)
        form.addRow(self.tr("&Date:"), self.date)
        price_label = QLabel(self.tr("&Price:"))
        price_label.setBuddy(self.price)
        form.addRow(price_label, price_row)
        self.payment = PaymentField(with_unstated=True)
        form.addRow(self.tr("Pa&yment:"), self.payment)
        uses_label = QLabel(self.tr("Permitted &uses:"))
        uses_label.setBuddy(self.use_boxes[USES[0]])
        form.addRow(uses_label, uses_box)
        form.addRow(self.tr("AI &training allowed:"), self.ai_training)
        form.addRow(self.tr("&Resale allowed:"), self.resale)
        form.addRow(self.tr("Territory / &platforms:"), self.territory)
        term_label = QLabel(self.tr("&Term:"))
        term_label.setBuddy(self.term)
        form.addRow(term_label, term_box)
        form.addRow(self.tr("&Exclusive:"), self.exclusive)
        form.addRow(self.tr("&Order number:"), self.order_no)
        form.addRow(self.tr("No&tes:"), self.notes)
        tabs.addTab(scrolling(terms), self.tr("Terms"))  # Save stays below, in view

        # --- photos ---
        photos = QWidget()
        pl = QVBoxLayout(photos)
        chosen = set(deal.media_ids if deal else (media_ids or []))
        self.photos = PhotoPicker(
            records.media.values(),
            service.thumbnail_bytes,
            chosen,
            self.tr("Photos in this deal"),
            badges=badge_counts(records),
        )
        self.photo_model = self.photos.model
        self.photo_filter = self.photos.filter
        self.photo_count = self.photos.count
        # the picker holds decrypted thumbnails: drop them when the dialog closes
        self.finished.connect(self.photos.release)
        pl.addWidget(self.photos, 1)
        tabs.addTab(photos, self.tr("Photos"))

        # --- attachments ---
        att = QWidget()
        al = QVBoxLayout(att)
        box = QGroupBox(self.tr("Contract, chat screenshots, payment receipts"))
        bl = QVBoxLayout(box)
        self.attachments = AttachmentList(self.tr("Attachments"), self.tr("(added when you save)"))
        self.attachments.itemActivated.connect(lambda _i: self.preview_attachment())
        bl.addWidget(self.attachments)
        kind_row = QHBoxLayout()
        kind_label = QLabel(self.tr("&Kind of the selected file:"))
        self.kind_box = KindBox(self.attachments)
        self.kind_box.setProperty("lvUnguarded", True)  # it follows the selection
        kind_label.setBuddy(self.kind_box)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind_box)
        kind_row.addStretch(1)
        bl.addLayout(kind_row)
        row_buttons = QHBoxLayout()
        self.add_att = QPushButton(self.tr("Add file…"))
        self.add_att.clicked.connect(self._add_attachment)
        self.preview_att = QPushButton(self.tr("Preview"))
        self.preview_att.clicked.connect(self.preview_attachment)
        self.save_att = QPushButton(self.tr("Save a copy as…"))
        self.save_att.clicked.connect(self.save_attachment_copy)
        self.remove_att = QPushButton(self.tr("Remove from deal"))
        self.remove_att.setToolTip(
            self.tr(
                "When you save, a removed attachment is deleted from the vault unless another "
                "deal, a sighting or a letter uses it."
            )
        )
        self.remove_att.clicked.connect(self._remove_attachment)
        for b in (self.add_att, self.preview_att, self.save_att, self.remove_att):
            row_buttons.addWidget(b)
        row_buttons.addStretch(1)
        bl.addLayout(row_buttons)
        note = QLabel(
            self.tr(
                "Attachments are encrypted into the vault. Each file's kind is guessed from "
                "its name and type: choose a file to change it. Images are previewed here, "
                "from memory; other files can only be saved as a copy, which is not encrypted."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6675")
        bl.addWidget(note)
        al.addWidget(box)
        tabs.addTab(scrolling(att), self.tr("Attachments"))
        self.attachments.currentRowChanged.connect(self._attachment_selected)

        self.add_buttons(layout)

        if deal is not None:
            self._fill(deal)
        elif buyer_id:
            self.buyer.setCurrentIndex(max(0, self.buyer.findData(buyer_id)))
        self._term_changed()
        self._attachment_selected(-1)
        fit_to_screen(self, (620, 640))

    # --- helpers ---
    def _choice_combo(self) -> QComboBox:
        combo = QComboBox()
        for value in ("unstated", "yes", "no"):
            combo.addItem(choice_label(value), value)
        return combo

    def _fill(self, deal: Deal) -> None:
        self.buyer.setCurrentIndex(max(0, self.buyer.findData(deal.buyer_id)))
        self.date.setDate(iso_day(deal.date))
        self.price.setText(deal.price)
        self.currency.setCurrentText(deal.currency)
        for key, box in self.use_boxes.items():
            box.setChecked(key in deal.uses)
        self.uses.setText(deal.uses_other)
        for combo, value in (
            (self.ai_training, deal.ai_training),
            (self.resale, deal.resale),
            (self.exclusive, deal.exclusive),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.territory.setText(deal.territory)
        self.payment.set_deal(deal)
        self.term.setCurrentIndex(max(0, self.term.findData(deal.term)))
        if deal.term_until:
            self.term_until.setDate(iso_day(deal.term_until))
        self.order_no.setText(deal.order_no)
        self.notes.setPlainText(deal.notes)
        for att_id in deal.attachment_ids:
            att = self.service.records.attachments.get(att_id)
            if att is not None:
                self.attachments.add_file(att.name, att_id, att.kind)

    def _term_changed(self) -> None:
        self.term_until.setEnabled(self.term.currentData() == "until")

    def checked_media(self) -> list[str]:
        return self.photos.checked_ids()

    # --- attachments ---
    def kind_label(self, kind: str) -> str:
        return kind_label(kind)

    def form_state(self) -> dict[QWidget, object]:
        """What the discard question compares: the form, and each file with its kind (a kind
        changed here is a change to keep), filed under the dialog itself."""
        files = tuple(self.attachments.item(i).text() for i in range(self.attachments.count()))
        return {**super().form_state(), self: files}

    def _add_attachment(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add attachments"))
        for path in paths:
            self.add_pending_attachment(Path(path))

    def add_pending_attachment(self, path: Path, kind: str = "") -> None:
        """A file to store with the deal; its kind guessed (name, then content) unless given,
        changed per file with the kind box before saving."""
        if not kind:
            try:
                with path.open("rb") as fh:
                    head = fh.read(4096)
            except OSError:
                head = b""  # refused with its sentence when the deal is saved
            kind = guess_kind(path.name, head)
        self.attachments.add_file(path.name, PendingFile(path, kind), kind)
        self.attachments.setCurrentRow(self.attachments.count() - 1)

    def _attachment_selected(self, row: int) -> None:
        ref = self._current_ref()
        self.preview_att.setEnabled(ref is not None)
        self.save_att.setEnabled(isinstance(ref, str))
        self.remove_att.setEnabled(ref is not None)

    def _current_ref(self) -> Ref | None:
        return self.attachments.current_ref()

    def attachment_image(self) -> QImage:
        """The selected attachment as an image decoded from memory (null if not an image)."""
        return self.attachments.current_image(self.service)

    def preview_attachment(self) -> None:
        ref = self._current_ref()
        if ref is None:
            return
        try:
            image = self.attachment_image()
        except UserError as exc:
            show_exception(self, exc)
            return
        row = self.attachments.currentItem()
        if not image.isNull():
            ImagePreview(row.text(), image, self).exec()
            return
        if isinstance(ref, str):
            answer = QMessageBox.question(
                self,
                self.tr("No preview"),
                self.tr(
                    "This file is not an image, so it cannot be shown inside the app. Save an "
                    "unencrypted copy to open it with another program?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save_attachment_copy()
        else:
            QMessageBox.information(
                self, self.tr("No preview"), self.tr("This file is not an image.")
            )

    def save_attachment_copy(self) -> None:
        ref = self._current_ref()
        if not isinstance(ref, str):
            return
        att = self.service.records.attachments[ref]
        path = ask_plaintext_copy_path(self, att.name)
        if not path:
            return
        try:
            # the save dialog asked before replacing an existing file
            self.service.export_attachment(ref, path, overwrite=True)
        except UserError as exc:
            show_exception(self, exc)
            return
        show_saved(self, Path(path), self.tr("The copy was saved:"))

    def _remove_attachment(self) -> None:
        self.attachments.remove_current()

    # --- save ---
    def fields(self) -> dict[str, object]:
        term = str(self.term.currentData())
        return {
            "buyer_id": self.buyer.currentData() or "",
            "media_ids": self.checked_media(),
            "date": self.date.iso(),
            "price": self.price.text(),
            "currency": self.currency.currentText() or "CNY",
            "uses": [k for k, box in self.use_boxes.items() if box.isChecked()]
            + ([OTHER] if self.uses.text().strip() else []),
            "uses_other": self.uses.text(),
            "ai_training": self.ai_training.currentData(),
            "resale": self.resale.currentData(),
            "exclusive": self.exclusive.currentData(),
            "territory": self.territory.text(),
            "term": term,
            "term_until": self.term_until.iso() if term == "until" else "",
            "order_no": self.order_no.text(),
            "notes": self.notes.toPlainText(),
            **self.payment.values(),
        }

    def save(self) -> None:
        if self.buyer.count() == 0:
            QMessageBox.information(
                self, self.tr("No buyer yet"), self.tr("Add the buyer first, then the deal.")
            )
            return
        fields, service, existing = self.fields(), self.service, self.deal
        kept = self.attachments.kept_ids()
        attach = [(p.path, p.kind) for p in self.attachments.pending()]
        kinds = self.attachments.kind_changes()

        def work() -> Deal:
            if existing is None:
                buyer_id = str(fields.pop("buyer_id"))
                media_ids = list(fields.pop("media_ids"))  # type: ignore[call-overload]
                when = str(fields.pop("date"))
                return service.add_deal(buyer_id, media_ids, when, attach=attach, **fields)
            # one save: new files stored, and an attachment removed here deleted when no other
            # deal, sighting or letter uses it
            return service.update_deal(
                existing.id,
                release_attachments=True,
                attach=attach,
                attachment_ids=kept,
                attachment_kinds={k: v for k, v in kinds.items() if k in kept},
                **fields,
            )

        self.run_save(work)
