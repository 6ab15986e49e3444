"""Record or edit a sighting: the link, platform, title, date, the photos seen, the buyers it
traces back to, screenshots and notes.

The photos are picked from their thumbnails (``app.ui.widgets.photo_picker``, decrypted lazily
off the GUI thread). The buyers follow the photos (``app.matching.trace.buyers_for_media``)
until the user changes them by hand. Screenshots are previewed from memory; new ones are stored when the
sighting is saved, in the same save; a screenshot removed here is deleted from the vault when
no deal, sighting or letter uses it any more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import TAKEDOWN_PLATFORMS, Sighting
from app.errors import QT_TRANSLATE_NOOP, BadMedia, UserError
from app.matching.trace import buyers_for_media
from app.services import importing
from app.services.attachments import FileData
from app.services.validation import extract_link, platform_from_url
from app.services.vault_service import VaultService
from app.ui.dialogs.attachments import ImagePreview
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.geometry import fit_to_screen, scrolling
from app.ui.models.photos import badge_counts
from app.ui.models.tables import ChoiceModel, platform_label
from app.ui.prompts import error_text, show_exception
from app.ui.widgets.attachment_list import AttachmentList, PendingFile, Ref
from app.ui.widgets.date_field import DateField, iso_day
from app.ui.widgets.photo_picker import CheckablePhotosModel, PhotoPicker

PREVIEW_EDGE = 320

__all__ = ["CheckablePhotosModel", "SightingDialog"]


class SightingDialog(FormDialog):
    def __init__(
        self,
        service: VaultService,
        sighting: Sighting | None = None,
        parent: QWidget | None = None,
        media_ids: list[str] | None = None,
    ) -> None:
        super().__init__(service, parent)
        self.sighting = sighting
        # its model holds decrypted thumbnails: drop them with the dialog, not with the window
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Edit sighting") if sighting else self.tr("Add sighting"))
        records = service.records
        layout = QVBoxLayout(self)
        self.tabs = tabs = QTabWidget()
        layout.addWidget(tabs)

        # --- where ---
        where = QWidget()
        form = QFormLayout(where)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("the address of the page where you saw it"))
        self.platform = QComboBox()
        for key in TAKEDOWN_PLATFORMS:
            self.platform.addItem(platform_label(key), key)
        self.platform.setCurrentIndex(self.platform.findData("other"))
        # the platform follows the link's site until the user picks one
        self._platform_by_hand = sighting is not None
        self.platform.activated.connect(self._platform_picked)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. the drama and episode, or the ad"))
        self.seen_on = DateField(date.today())
        self.seen_on.setAccessibleName(self.tr("Seen on"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What the content does with your face"))
        form.addRow(self.tr("&Link:"), self.url)
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Seen on:"), self.seen_on)
        form.addRow(self.tr("No&tes:"), self.notes)
        tabs.addTab(scrolling(where), self.tr("Where"))  # Save stays below, in view

        # --- photos and buyers ---
        match = QWidget()
        ml = QVBoxLayout(match)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        photos_label = QLabel(self.tr("&Photos seen there (tick them):"))
        tl.addWidget(photos_label)
        chosen = set(sighting.media_ids if sighting else (media_ids or []))
        self.photos = PhotoPicker(
            records.media.values(),
            service.thumbnail_bytes,
            chosen,
            self.tr("Photos seen there"),
            badges=badge_counts(records),
        )
        self.photo_model = self.photos.model
        self.photo_filter = self.photos.filter
        self.photo_count = self.photos.count
        # its model holds decrypted thumbnails: drop them with the dialog
        self.finished.connect(self.photos.release)
        photos_label.setBuddy(self.photos)
        tl.addWidget(self.photos, 1)
        split.addWidget(top)

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        buyers_row = QHBoxLayout()
        buyers_label = QLabel(self.tr("Traced to &buyers:"))
        buyers_row.addWidget(buyers_label, 1)
        self.trace_button = QPushButton(self.tr("T&race from the photos"))
        self.trace_button.setToolTip(
            self.tr("Tick the buyers whose deals delivered the photos ticked above")
        )
        self.trace_button.clicked.connect(self.trace)
        buyers_row.addWidget(self.trace_button)
        bl.addLayout(buyers_row)
        buyers = sorted(records.buyers.values(), key=lambda b: b.name)
        start = sighting.buyer_ids if sighting else buyers_for_media(records, chosen)
        self.buyer_model = ChoiceModel(
            [(b.id, f"{b.name}  ·  {platform_label(b.platform)}") for b in buyers],
            set(start),
            self,
        )
        self.buyers = QListView()
        self.buyers.setModel(self.buyer_model)
        self.buyers.setUniformItemSizes(True)
        self.buyers.setAccessibleName(self.tr("Traced to buyers"))
        buyers_label.setBuddy(self.buyers)
        bl.addWidget(self.buyers, 1)
        self.buyer_hint = QLabel()
        self.buyer_hint.setWordWrap(True)
        self.buyer_hint.setStyleSheet("color: #5b6675")
        bl.addWidget(self.buyer_hint)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        ml.addWidget(split)
        tabs.addTab(match, self.tr("Photos and buyers"))
        # the buyers follow the photos until the user ticks a buyer by hand
        self._buyers_by_hand = sighting is not None
        self._tracing = False
        self.photo_model.checkedChanged.connect(self._photos_changed)
        self.buyer_model.checkedChanged.connect(self._buyers_changed)

        # --- screenshots ---
        shots = QWidget()
        sl = QHBoxLayout(shots)
        left = QVBoxLayout()
        shots_label = QLabel(self.tr("Screensh&ots and recordings:"))
        left.addWidget(shots_label)
        self.screenshots = AttachmentList(self.tr("Screenshots"), self.tr("(added when you save)"))
        self.screenshots.currentRowChanged.connect(self._screenshot_selected)
        self.screenshots.itemActivated.connect(lambda _i: self.open_screenshot())
        shots_label.setBuddy(self.screenshots)
        left.addWidget(self.screenshots, 1)
        row = QHBoxLayout()
        self.add_shot = QPushButton(self.tr("&Add…"))
        self.add_shot.clicked.connect(self._choose_screenshots)
        self.remove_shot = QPushButton(self.tr("&Remove"))
        self.remove_shot.clicked.connect(self.remove_screenshot)
        row.addWidget(self.add_shot)
        row.addWidget(self.remove_shot)
        row.addStretch(1)
        left.addLayout(row)
        note = QLabel(
            self.tr(
                "Screenshots are encrypted into the vault when you save. A screenshot you "
                "remove is deleted from the vault unless a deal or letter uses it."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6675")
        left.addWidget(note)
        sl.addLayout(left, 1)
        self.shot_preview = QLabel()
        self.shot_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shot_preview.setMinimumSize(PREVIEW_EDGE // 2, PREVIEW_EDGE // 2)
        self.shot_preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.shot_preview.setStyleSheet("background: #f3f5f8; color: #5b6675")
        self.shot_preview.setAccessibleName(self.tr("Screenshot preview"))
        sl.addWidget(self.shot_preview, 1)
        tabs.addTab(scrolling(shots), self.tr("Screenshots"))

        self.add_buttons(layout)
        self._url_length = 0  # the link field's length before the last change (a paste?)
        self.url.textChanged.connect(self._url_changed)

        if sighting is not None:
            self._fill(sighting)
        self._url_changed()
        self._count()
        self._screenshot_selected(-1)
        fit_to_screen(self, (680, 620))

    def _fill(self, sighting: Sighting) -> None:
        self.url.setText(sighting.url)
        index = self.platform.findData(sighting.platform)
        self.platform.setCurrentIndex(index if index >= 0 else self.platform.count() - 1)
        self.title.setText(sighting.title)
        # a sighting recorded without its day keeps it unknown (never today made up)
        self.seen_on.setOptional(not sighting.seen_on)
        self.seen_on.setDate(iso_day(sighting.seen_on))
        self.notes.setPlainText(sighting.notes)
        for att_id in sighting.attachment_ids:
            att = self.service.records.attachments.get(att_id)
            if att is not None:
                self.screenshots.add_ref(att.name, att_id)

    # --- photos and buyers ---
    def checked_media(self) -> list[str]:
        return self.photo_model.checked_ids()

    def checked_buyers(self) -> list[str]:
        return self.buyer_model.checked_ids()

    def _photos_changed(self) -> None:
        if not self._buyers_by_hand:
            self.trace(by_hand=False)
        self._count()

    def _buyers_changed(self) -> None:
        if not self._tracing:
            self._buyers_by_hand = True
        self._count()

    def trace(self, _checked: bool = False, by_hand: bool = True) -> None:
        """Tick exactly the buyers whose deals delivered the ticked photos."""
        traced = set(buyers_for_media(self.service.records, self.checked_media()))
        self._tracing = True
        try:
            for key, _label in self.buyer_model.items:
                if (key in traced) != (key in self.buyer_model.checked):
                    self.buyer_model.set_checked(key, key in traced)
        finally:
            self._tracing = False
        if by_hand:  # the user asked: follow the photos again from now on
            self._buyers_by_hand = False
        self._count()

    def _count(self) -> None:
        n = len(self.checked_buyers())
        if self._buyers_by_hand:
            hint = self.tr("%n buyer(s), chosen by hand.", "", n)
        else:
            hint = self.tr("%n buyer(s), from the deals of the ticked photos.", "", n)
        self.buyer_hint.setText(hint)

    # --- screenshots ---
    def _choose_screenshots(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add screenshots"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.heic);;All files (*)"),
        )
        for path in paths:
            self.add_screenshot(Path(path))

    def add_screenshot(self, path: Path) -> None:
        try:
            with importing.open_source(path, path.name) as fh:  # refused with a sentence
                data = fh.read()
        except UserError as exc:
            show_exception(self, exc)
            return
        except OSError as exc:  # opened, then the read failed
            failure = BadMedia(
                QT_TRANSLATE_NOOP("errors", "{name}: cannot be read (system error {code})."),
                name=path.name,
                code=importing.error_code(exc),
            )
            show_exception(self, failure)
            return
        self.screenshots.add_ref(path.name, PendingFile(path, "other", data))
        self.screenshots.setCurrentRow(self.screenshots.count() - 1)

    def add_screenshot_data(self, name: str, data: bytes) -> None:
        """A screenshot made in memory (a video frame, a pasted image), stored when saved."""
        self.screenshots.add_ref(name, PendingFile(Path(name), "other", data, in_memory=True))
        self.screenshots.setCurrentRow(self.screenshots.count() - 1)

    def remove_screenshot(self) -> None:
        self.screenshots.remove_current()

    def _current_ref(self) -> Ref | None:
        return self.screenshots.current_ref()

    def screenshot_image(self) -> QImage:
        """The selected screenshot decoded from memory (null if none or not an image)."""
        return self.screenshots.current_image(self.service)

    def _screenshot_selected(self, _row: int) -> None:
        self.remove_shot.setEnabled(self._current_ref() is not None)
        if self._current_ref() is None:
            self.shot_preview.setPixmap(QPixmap())
            self.shot_preview.setText(self.tr("No screenshot chosen"))
            return
        try:
            image = self.screenshot_image()
        except UserError as exc:
            self.shot_preview.setPixmap(QPixmap())
            self.shot_preview.setText(error_text(exc))
            return
        if image.isNull():
            self.shot_preview.setPixmap(QPixmap())
            self.shot_preview.setText(self.tr("Not an image: no preview"))
            return
        self.shot_preview.setText("")
        self.shot_preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                PREVIEW_EDGE,
                PREVIEW_EDGE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def open_screenshot(self) -> None:
        row = self.screenshots.currentItem()
        if row is None:
            return
        try:
            image = self.screenshot_image()
        except UserError as exc:
            show_exception(self, exc)
            return
        if not image.isNull():
            ImagePreview(row.text(), image, self).exec()

    # --- save ---
    def show_error(self, exc: BaseException) -> None:
        show_exception(self, exc)  # this module's, like the screenshots' errors above

    def _platform_picked(self, _index: int) -> None:
        self._platform_by_hand = True

    def _url_changed(self) -> None:
        typed = self.url.text()
        link = extract_link(typed)
        if link is not None and link != typed.strip() and self._share_text(typed, link):
            self.url.setText(link)  # a share text pasted: keep the address in it (comes back here)
            return
        self._url_length = len(typed)
        if not self._platform_by_hand:
            guess = platform_from_url(self.url.text())
            self.platform.setCurrentIndex(self.platform.findData(guess))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.url.text().strip())
        )

    def _share_text(self, typed: str, link: str) -> bool:
        """Whether ``typed`` is an app's share text around ``link`` (pasted, or with Chinese
        around it), not a link being typed that has a space in it for a moment."""
        pasted = len(typed) - self._url_length > 1
        return pasted or not typed.replace(link, "").isascii()

    def fields(self) -> dict[str, Any]:
        return {
            "url": self.url.text().strip(),
            "platform": str(self.platform.currentData()),
            "title": self.title.text(),
            "seen_on": self.seen_on.iso(),
            "media_ids": self.checked_media(),
            "buyer_ids": self.checked_buyers(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        fields, service, existing = self.fields(), self.service, self.sighting
        kept = self.screenshots.kept_ids()
        new: list[tuple[Path | FileData, str]] = [
            (FileData(p.path.name, p.read()) if p.in_memory else p.path, p.kind)
            for p in self.screenshots.pending()
        ]

        def work() -> Sighting:
            if existing is None:
                return service.add_sighting(screenshots=new, **fields)
            if not fields["seen_on"]:  # unknown before, unknown still (the service's "" is today)
                del fields["seen_on"]
            return service.update_sighting(
                existing.id, screenshots=new, attachment_ids=kept, **fields
            )

        self.run_save(work)
