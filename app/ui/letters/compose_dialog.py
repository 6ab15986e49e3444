"""Compose a letter to a buyer or a takedown notice: route explained, text editable, live preview.

The service decides the route and the default text (``app.services.letters``); this dialog
collects the choices, lets the user edit every word, shows the PDF pages as they will be saved,
and on "Save PDF…" writes the file the user chose and records the letter as a draft.
"""

from __future__ import annotations

import weakref
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Letter
from app.errors import NotPossible, UserError
from app.services import letters as service_letters
from app.services.vault_service import VaultService
from app.ui import tasks
from app.ui.dialogs.form_dialog import GuardedDialog
from app.ui.geometry import fit_to_screen, scrolling
from app.ui.letters.preview import page_images
from app.ui.models.photos import badge_counts
from app.ui.models.tables import letter_kind_label
from app.ui.prompts import error_text, show_exception
from app.ui.save_paths import confirmed_pdf_path, default_file_name, default_save_path
from app.ui.widgets.country_combo import CountryCombo
from app.ui.widgets.photo_picker import PhotoPicker
from app.ui.widgets.saved_file import SavedFileDialog, show_saved


def ui_language() -> str:
    return "zh-CN" if QLocale().name().lower().startswith("zh") else "en"


class ComposeLetterDialog(GuardedDialog):
    """``mode`` is "buyer" (revocation, deletion, reminder, escalation) or "takedown"."""

    saved = Signal(str)  # the recorded letter's id
    previewUpdated = Signal()  # after the preview pages were replaced (tests wait on it)

    def __init__(
        self,
        service: VaultService,
        mode: str = "buyer",
        *,
        buyer_id: str = "",
        kind: str = "revocation",
        sighting_id: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.mode = mode
        self.today = today
        self.composition: service_letters.Composition | None = None
        self._text_edited = False
        self._setting_text = False
        self._preview_task: tasks.Task | None = None
        self._preview_again = False
        self._grounds_touched = False  # takedowns: the grounds follow the records until touched
        self._setting_grounds = False
        self.page_labels: list[QLabel] = []
        self.saved_notice: SavedFileDialog | None = None  # where the PDF went, once saved
        self.setWindowTitle(
            self.tr("Takedown notice") if mode == "takedown" else self.tr("Letter to a buyer")
        )

        options = self._build_options(buyer_id, kind, sighting_id)
        self.route_label = QLabel()
        self.route_label.setWordWrap(True)
        self.route_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet("color: #a04000;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b00020;")
        disclaimer = QLabel(
            self.tr(
                "This is a tool, not legal advice: read every word, change what is not right, "
                "and ask a lawyer when much is at stake."
            )
        )
        disclaimer.setWordWrap(True)
        disclaimer.setStyleSheet("color: #5b6675;")

        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._on_text_edited)
        reset = QPushButton(self.tr("&Reset text"))
        reset.setToolTip(self.tr("Put back the default text for the current choices"))
        reset.clicked.connect(self.reset_text)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(QLabel(self.tr("Text of the letter (edit freely):")))
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)

        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        pages = QWidget()
        pages.setStyleSheet("background: #7a7f87;")
        self.pages_layout = QVBoxLayout(pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area.setWidget(pages)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_and_save)

        route_box = QGroupBox(self.tr("Legal route"))
        route_layout = QVBoxLayout(route_box)
        for label in (self.route_label, self.warning_label, self.error_label, disclaimer):
            route_layout.addWidget(label)
        # three columns that each shrink (the choices scroll), so the dialog fits a 1280x720
        # screen with Save in view: choices and route | text | preview
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 4, 0)
        choices_layout.addWidget(options)
        choices_layout.addWidget(route_box)
        choices_layout.addStretch(1)
        self.choices_area = scrolling(choices)
        self.choices_area.setMinimumWidth(260)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.choices_area)
        splitter.addWidget(editor_box)
        splitter.addWidget(self.preview_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        size = fit_to_screen(self, (1280, 820))
        # the choices as wide as they want (up to 45 %), the text and the preview share the rest
        bar = self.choices_area.verticalScrollBar().sizeHint().width()
        left = min(choices.sizeHint().width() + bar + 4, size.width() * 45 // 100)
        rest = size.width() - left
        splitter.setSizes([left, rest * 45 // 100, rest - rest * 45 // 100])

        self._recompose_timer = QTimer(self, singleShot=True, interval=250)
        self._recompose_timer.timeout.connect(self.recompose)
        self._preview_timer = QTimer(self, singleShot=True, interval=400)
        self._preview_timer.timeout.connect(self.refresh_preview)
        # the first pages are drawn just after the dialog has opened: a render started here
        # would hold the GIL on a worker while the GUI thread lays out and paints the dialog
        # (bench/bench_stalls.py: a 250-330 ms stall on opening, now gone)
        self._opening = True
        self.recompose()
        self._opening = False

    # --- options -----------------------------------------------------------------------------

    def _build_options(self, buyer_id: str, kind: str, sighting_id: str) -> QGroupBox:
        box = QGroupBox(self.tr("Letter"))
        form = QFormLayout(box)
        self.lang = QComboBox()
        self.lang.addItem("中文 (zh-CN)", "zh-CN")
        self.lang.addItem("English", "en")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(60)
        self.grounds: dict[str, QCheckBox] = {
            "pipl": QCheckBox(self.tr("My face was processed as biometric data (PIPL)")),
            "genai": QCheckBox(self.tr("Used to train AI without my consent")),
            "deep-synthesis": QCheckBox(self.tr("My face was edited or swapped without consent")),
            "ai-labels": QCheckBox(self.tr("The AI content carries no AI label")),
        }
        records = self.service.records
        if self.mode == "takedown":
            self.platform = QComboBox()
            for key in service_letters.TAKEDOWN_PLATFORMS:
                self.platform.addItem(self._platform_name(key), key)
            self.platform_country = CountryCombo(optional=True)  # by name, kept as its code
            self.platform_country.setToolTip(self.tr("Where the platform is based (for “other”)"))
            self.urls = QPlainTextEdit()
            self.urls.setTabChangesFocus(True)
            self.urls.setPlaceholderText(self.tr("One link per line"))
            self.urls.setMaximumHeight(70)
            sighting = records.sightings.get(sighting_id)
            chosen = set(sighting.media_ids) if sighting else set()
            self.photos = PhotoPicker(
                records.media.values(),
                self.service.thumbnail_bytes,
                chosen,
                self.tr("Photos shown"),
                icon_size=QSize(64, 64),
                badges=badge_counts(records),
            )
            self.photos.view.setMinimumHeight(110)
            self.photos.view.setMaximumHeight(230)
            # the picker holds decrypted thumbnails: drop them when the dialog closes
            self.finished.connect(self.photos.release)
            if sighting is not None:
                self.urls.setPlainText(sighting.url)
                index = self.platform.findData(sighting.platform)
                self.platform.setCurrentIndex(index if index >= 0 else self.platform.count() - 1)
            self.own_photos = QCheckBox(self.tr("I took these photos myself (I own the copyright)"))
            self.variant = QComboBox()
            for key, label in self._variant_labels().items():
                self.variant.addItem(label, key)
            self.variant.setToolTip(
                self.tr(
                    "Decided from your deals and letters; a choice your records contradict is "
                    "refused, so the notice never states something untrue."
                )
            )
            for ground_box in self.grounds.values():
                ground_box.toggled.connect(self._grounds_toggled)
            form.addRow(self.tr("&Platform:"), self.platform)
            form.addRow(self.tr("Platform &country:"), self.platform_country)
            form.addRow(self.tr("&Links:"), self.urls)
            form.addRow(self.tr("P&hotos shown:"), self.photos)
            form.addRow(self.tr("&Language:"), self.lang)
            form.addRow(self.tr("What the content does:"), self.reason)
            form.addRow(self.tr("The notice &says:"), self.variant)
            form.addRow("", self.own_photos)
            for key in ("deep-synthesis", "ai-labels"):
                form.addRow("", self.grounds[key])
            watched = [self.platform, self.lang, self.variant, self.platform_country]
            texts: list[QPlainTextEdit | QLineEdit] = [self.urls, self.reason]
            checks = [self.own_photos, *self.grounds.values()]
            self.photos.checkedChanged.connect(self._schedule_recompose)
        else:
            self.buyer = QComboBox()
            for buyer in sorted(records.buyers.values(), key=lambda b: b.name):
                self.buyer.addItem(buyer.name, buyer.id)
            if buyer_id:
                self.buyer.setCurrentIndex(max(0, self.buyer.findData(buyer_id)))
            self.kind = QComboBox()
            kinds = {
                "revocation": self.tr("Revocation of the licence"),
                "deletion": self.tr("Demand to delete (incl. models and datasets)"),
                "reminder": self.tr("Reminder after the deadline"),
                "escalation": self.tr("Escalation (complaint / lawsuit)"),
            }
            for key, label in kinds.items():
                self.kind.addItem(label, key)
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.outside_scope = QCheckBox(self.tr("The buyer's use goes beyond what we agreed"))
            self.include_identity = QCheckBox(
                self.tr("Print my legal name, ID number and address on this letter")
            )
            form.addRow(self.tr("&Buyer:"), self.buyer)
            form.addRow(self.tr("&Kind:"), self.kind)
            form.addRow(self.tr("&Language:"), self.lang)
            form.addRow(self.tr("&Reason:"), self.reason)
            form.addRow("", self.outside_scope)
            form.addRow("", self.include_identity)
            for key in ("pipl", "genai", "deep-synthesis", "ai-labels"):
                form.addRow("", self.grounds[key])
            watched = [self.buyer, self.kind, self.lang]
            texts = [self.reason]
            checks = [self.outside_scope, self.include_identity, *self.grounds.values()]
        self.reason.setPlaceholderText(
            self.tr("Why you end the licence, or how the use goes beyond the deal")
        )
        for combo in watched:
            combo.currentIndexChanged.connect(self._schedule_recompose)
        for text in texts:
            text.textChanged.connect(self._schedule_recompose)
        for check in checks:
            check.toggled.connect(self._schedule_recompose)
        return box

    def _platform_name(self, key: str) -> str:
        from app.documents.letters import legal_data

        return legal_data().platform_name(key, ui_language())

    def _schedule_recompose(self, *_args: object) -> None:
        self._recompose_timer.start()

    def _chosen_grounds(self) -> list[str]:
        return [key for key, box in self.grounds.items() if box.isChecked()]

    def _variant_labels(self) -> dict[str, str]:
        return {
            "": self.tr("What my records say (automatic)"),
            "never": self.tr("I never licensed these photos to anyone"),
            "revoked": self.tr("I licensed them, and revoked the licence"),
            "expired": self.tr("I licensed them, and the licence expired"),
            "scope": self.tr("The use goes beyond the licence I gave"),
        }

    def _grounds_toggled(self, _checked: bool) -> None:
        if not self._setting_grounds:
            self._grounds_touched = True

    def _show_takedown_choices(self, comp: service_letters.Composition) -> str:
        """Tick the grounds the service chose (until the user ticks them); the variant line."""
        if not self._grounds_touched:
            self._setting_grounds = True
            try:
                for key, box in self.grounds.items():
                    box.setChecked(key in comp.grounds)
            finally:
                self._setting_grounds = False
        label = self._variant_labels().get(comp.variant) or self.tr(
            "No photos chosen: the notice only says you did not license this use"
        )
        return self.tr("The notice says: %1").replace("%1", label)

    # --- composing ---------------------------------------------------------------------------

    def recompose(self) -> None:
        """Ask the service for the route and the default text for the current choices."""
        try:
            self.composition = self._compose()
        except UserError as exc:
            self.composition = None
            self.error_label.setText(self._error_text(exc))
            self.error_label.show()
            self.save_button.setEnabled(False)
            return
        comp = self.composition
        self.error_label.hide()
        self.save_button.setEnabled(True)
        explain, _warning = service_letters.route_explanation(comp.route, ui_language())
        if self.mode == "takedown":
            explain += "\n" + self._show_takedown_choices(comp)
        self.route_label.setText(explain)
        warnings = comp.warnings_in(ui_language())
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        if not self._text_edited:
            self._set_text(comp.body)
        if getattr(self, "_opening", False):
            self._preview_timer.start()
        else:
            self.refresh_preview()

    def _error_text(self, exc: UserError) -> str:
        if isinstance(exc, service_letters.ReasonRequired):
            return self.tr(
                "This deal has a stated term that is still running: ending it (Civil Code "
                "Article 1022(2)) needs a justified reason. Write it under Reason, for example "
                "that the photos were used to train an AI model, which the deal did not allow."
            )
        if (
            self.mode == "buyer"
            and self.outside_scope.isChecked()
            and not self.reason.toPlainText()
        ):
            return self.tr("Say under Reason how the buyer's use goes beyond what you agreed.")
        return error_text(exc)

    def _compose(self) -> service_letters.Composition:
        lang = str(self.lang.currentData())
        reason = self.reason.toPlainText()
        if self.mode == "takedown":
            media_ids = self.photos.checked_ids()
            return service_letters.compose_takedown(
                self.service,
                str(self.platform.currentData()),
                self.urls.toPlainText().splitlines(),
                media_ids,
                lang,
                grounds=self._chosen_grounds() if self._grounds_touched else None,
                variant=str(self.variant.currentData() or ""),
                performer_took_photo=self.own_photos.isChecked(),
                platform_country=self.platform_country.code(),
                reason=reason,
                today=self.today,
            )
        buyer_id = self.buyer.currentData()
        if not buyer_id:
            raise NotPossible(self.tr("Add a buyer and the deal you made first."))
        return service_letters.compose_buyer_letter(
            self.service,
            str(buyer_id),
            str(self.kind.currentData()),
            lang,
            reason,
            grounds=self._chosen_grounds(),
            include_identity=self.include_identity.isChecked(),
            outside_scope=self.outside_scope.isChecked(),
            today=self.today,
        )

    def _set_text(self, text: str) -> None:
        self._setting_text = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._setting_text = False

    def _on_text_edited(self) -> None:
        if not self._setting_text:
            comp = self.composition
            # an undo back to the default text is no edit (later choices may replace it)
            self._text_edited = comp is None or self.body() != comp.body
            self._preview_timer.start()

    # --- never drops what was typed (GuardedDialog) ------------------------------------------

    def guarded_widgets(self) -> list[QWidget]:
        """What was typed: the reason, links and country (the choices are quick to make
        again); the letter's text counts when it was edited (``has_changes``)."""
        typed: list[QWidget] = [self.reason]
        if self.mode == "takedown":
            typed += [self.urls, self.platform_country]
        return typed

    def has_changes(self) -> bool:
        edited = self._text_edited and self.body() != getattr(self, "_prefilled_body", None)
        return edited or super().has_changes()

    def can_save(self) -> bool:
        return self.composition is not None and self.save_button.isEnabled()

    def save(self) -> None:
        self.choose_and_save()

    def reset_text(self) -> None:
        """Put back the default text: asked first when the text was edited, and one undo
        step in the editor (Ctrl+Z brings the edited text back)."""
        comp = self.composition
        if comp is None:
            return
        if self.body() != comp.body and self._text_edited:
            answer = QMessageBox.question(
                self,
                self.tr("Reset text"),
                self.tr(
                    "Replace your edited text with the default text for the current choices? "
                    "Undo (Ctrl+Z) in the text brings your version back."
                ),
                QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Reset:
                return
        self._setting_text = True
        try:
            cursor = QTextCursor(self.editor.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(comp.body)
            cursor.endEditBlock()
        finally:
            self._setting_text = False
        self._text_edited = False
        self.refresh_preview()

    def body(self) -> str:
        return self.editor.toPlainText()

    # --- preview -----------------------------------------------------------------------------

    def _fitting_scale(self) -> float:
        """The page width (A4: 595 pt) fitted into the preview, with room for the scroll bar."""
        return min(1.6, max(0.5, (self.preview_area.viewport().width() - 40) / 595))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the pages were drawn for another width (first shown, resized, splitter moved)
        if abs(self._fitting_scale() - getattr(self, "_preview_scale", 0.0)) > 0.02:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the PDF and its page images off the GUI thread; one render at a time."""
        comp = self.composition
        if comp is None:
            return
        if self._preview_task is not None and self._preview_task.running:
            self._preview_again = True
            return
        body = self.body()
        scale = self._preview_scale = self._fitting_scale()
        ratio = self.devicePixelRatioF()  # sharp at 200 %

        def work() -> list[QImage]:
            return page_images(service_letters.render(comp, body), scale, ratio)

        # The task's signal connections outlive it; weak callbacks keep them from holding the
        # dialog (and through it the open vault's records) after the dialog is closed.
        me = weakref.ref(self)

        def done(images: list[QImage]) -> None:
            dialog = me()
            if dialog is not None:
                dialog._show_pages(images)

        def failed(exc: BaseException) -> None:
            dialog = me()
            if dialog is not None:
                dialog._preview_failed(exc)

        self._preview_task = tasks.run_task(work, done, failed)

    def _show_pages(self, images: list[QImage]) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.pages_layout):
            return  # the dialog was closed while the pages were being rendered
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.previewUpdated.emit()
        if self._preview_again:
            self._preview_again = False
            self.refresh_preview()

    def _preview_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.error_label.setText(error_text(exc) if isinstance(exc, UserError) else repr(exc))
        self.error_label.show()
        self._preview_again = False

    # --- saving ------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        """解除许可通知-<buyer>-2026-11-30.pdf: the kind in the UI language, safe characters."""
        comp = self.composition
        if comp is None:
            return default_file_name(letter_kind_label("revocation"), "", "pdf")
        day = date.fromisoformat(comp.today)
        return default_file_name(letter_kind_label(comp.kind), comp.recipient_label, "pdf", day)

    def choose_and_save(self) -> None:
        if self.composition is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter as PDF"),
            default_save_path(self.suggested_name()),  # in Documents
            self.tr("PDF (*.pdf)"),
        )
        if path and self.isVisible():  # not closed by a lock while the file dialog was open
            target = confirmed_pdf_path(self, path)  # ".pdf" added here was not confirmed
            if target is not None:
                self.save_to(target)

    def save_to(self, path: Path) -> str:
        """Write the PDF the user chose, record the letter (draft); returns its id or ""."""
        comp = self.composition
        if comp is None:
            return ""
        try:
            body = self.body()
            # the save dialog asked before replacing an existing file
            data = service_letters.render(comp, body)
            service_letters.export_pdf(data, path, overwrite=True)
            # the very bytes written are kept (encrypted) with the record: opened later as sent
            letter = service_letters.record(self.service, comp, body, pdf=data)
        except Exception as exc:  # shown as a sentence (UserError) or with details
            show_exception(self, exc)
            return ""
        # where it went, with "Show in folder" (outlives this dialog: parented to its window)
        self.saved_notice = show_saved(
            self.parentWidget(), path, self.tr("The letter was saved as a PDF:")
        )
        self.saved.emit(letter.id)
        self.accept()
        return letter.id

    # --- a new draft from a saved letter ------------------------------------------------------

    def prefill(self, letter: Letter) -> None:
        """Take the choices and the text of a saved letter (Duplicate as new draft). The route
        and the default text follow today's records; the letter's own edited text is kept."""
        index = self.lang.findData(letter.lang)
        if index >= 0:
            self.lang.setCurrentIndex(index)
        self.reason.setPlainText(letter.reason)
        if self.mode == "takedown":
            index = self.platform.findData(letter.platform or letter.recipient)
            if index >= 0:
                self.platform.setCurrentIndex(index)
            self.urls.setPlainText("\n".join(letter.urls))
            self.photos.set_checked(self.photos.checked_ids(), False)
            self.photos.set_checked(letter.media_ids, True)
            self.own_photos.setChecked(letter.performer_took_photo)
            self._grounds_touched = True
        else:
            index = self.buyer.findData(letter.recipient)
            if index >= 0:
                self.buyer.setCurrentIndex(index)
            index = self.kind.findData(letter.kind)
            if index >= 0:
                self.kind.setCurrentIndex(index)
            self.include_identity.setChecked(letter.include_identity)
            self.outside_scope.setChecked(letter.route == "1019")
        for key, box in self.grounds.items():
            box.setChecked(key in letter.grounds)
        self._recompose_timer.stop()
        self.recompose()
        if letter.body:
            self.editor.setPlainText(letter.body)  # an edit of its own: kept over changes
            self._text_edited = True
            self._prefilled_body = letter.body  # not the user's typing (yet)
            self.refresh_preview()
