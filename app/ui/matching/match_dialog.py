"""Find in my photos: which vault photos a screenshot, frames or a screen recording show.

The search runs through ``run_task`` (``VaultService.matching.match``, or ``match_frames`` for a
pasted image) with progress and Cancel: the window never waits on it. Per input, the dialog
lists the candidates (thumbnail, name, set, how sure in words, how it was found, the buyers);
the selected one is shown side by side with the query frame, its region outlined. "Record this
sighting" opens the sighting dialog with the ticked photos, their buyers traced and the
screenshot attached (a video's frame as a PNG made in memory); once saved, "Write takedown
notice…" opens the notice for it.

Everything decrypted or decoded here stays in memory and is dropped with the dialog.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Records
from app.errors import Message, UserError
from app.matching.results import InputResult, ItemMatch
from app.media import images
from app.services.matching import chosen_photos
from app.services.vault_service import VaultService
from app.ui.dialogs.sighting_dialog import SightingDialog
from app.ui.geometry import fit_to_screen
from app.ui.matching.view import Captioned, qimage_from_pil
from app.ui.prompts import error_sentence, error_text, show_exception
from app.ui.tasks import Task, run_task

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # a candidate row's ItemMatch / an input row's index
THUMB_EDGE = 64
PHOTO_EDGE = 1024  # the vault photo of the side-by-side view: the matching decode's size


@dataclass(frozen=True)
class PastedImage:
    """An image pasted from the clipboard (or dropped as data): PNG bytes, never on disk."""

    name: str
    data: bytes


Query = Path | PastedImage


@dataclass
class Outcome:
    """What one search found: the results in the order of the inputs, how many photos were not
    yet prepared for search when it ran, and the candidates' thumbnails (decoded in memory)."""

    results: list[InputResult]
    pending: int = 0
    thumbnails: dict[str, QImage] = field(default_factory=dict)


def input_name(query: Query) -> str:
    return query.name


def search(
    service: VaultService,
    queries: Sequence[Query],
    faces: bool,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Outcome:
    """The search, on a worker thread: the service's ``match`` for files, ``match_frames`` for
    pasted images (their frames decoded from memory), then the candidates' thumbnails."""
    from app.media import query as media_query

    matching = service.matching
    pending = matching.pending()
    paths = [q for q in queries if isinstance(q, Path)]
    found: dict[str, InputResult] = {}
    if paths:
        for result in matching.match(
            paths, faces=faces, index_pending=False, progress=progress, cancel=cancel
        ):
            found[result.input] = result
    for pasted in (q for q in queries if isinstance(q, PastedImage)):
        if cancel is not None and cancel.is_set():
            break
        try:
            kind, frames = media_query.frames_from_bytes(pasted.name, pasted.data, cancel=cancel)
            result = matching.match_frames(pasted.name, kind, frames, faces=faces, cancel=cancel)
        except UserError as exc:
            result = InputResult(input=pasted.name, kind="unknown", error=Message.of(exc))
        found[pasted.name] = result
    results = [found[key] for key in (_key(q) for q in queries) if key in found]
    thumbnails: dict[str, QImage] = {}
    for result in results:
        for match in result.matches:
            if match.item_id in thumbnails or match.item_id not in service.records.media:
                continue
            data = service.thumbnail_bytes(match.item_id)
            thumbnails[match.item_id] = QImage.fromData(data) if data else QImage()
    # a photo whose stored matching data turned out damaged is pending again (the queue)
    return Outcome(results, max(pending, matching.pending()), thumbnails)


def _key(query: Query) -> str:
    return str(query) if isinstance(query, Path) else query.name


def load_photo(service: VaultService, item_id: str) -> QImage:
    """The vault photo for the side-by-side view, decrypted and decoded in memory (worker)."""
    item = service.media_item(item_id)
    reduced = images.reduce_image(service.original_bytes(item_id), item.name, PHOTO_EDGE)
    return qimage_from_pil(reduced.image)


def png_bytes(image: QImage) -> bytes:
    """``image`` as PNG bytes, made in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer_data = QByteArray()
    buffer = QBuffer(buffer_data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str at run time
    buffer.close()
    return bytes(buffer_data.data())


def frame_png(match: ItemMatch) -> bytes:
    """The frame a match was found in, as PNG bytes made in memory (PIL, no file)."""
    out = io.BytesIO()
    match.frame.image.convert("RGB").save(out, "PNG")
    return out.getvalue()


def clock(seconds: float) -> str:
    """A video time as m:ss (or h:mm:ss)."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class MatchDialog(QDialog):
    """See the module's docstring. ``queries``: files (paths) or one pasted image."""

    sightingRecorded = Signal(str)  # the new sighting's id
    noticeRequested = Signal(str)  # "Write takedown notice…" for this sighting id
    faceSettingsRequested = Signal()
    indexingNeeded = Signal()  # photos are pending after a search (damaged data met)

    def __init__(
        self,
        service: VaultService,
        queries: Sequence[Query],
        parent: QWidget | None = None,
        *,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.queries = list(queries)
        self.task: Task | None = None
        self.outcome: Outcome | None = None
        self.photos: dict[str, QImage] = {}  # decoded vault photos, memory only
        self.photo_task: Task | None = None
        self.recorded_id = ""
        self.cancelled = False
        self._face_matching = False  # the option as last shown
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Find in my photos"))
        layout = QVBoxLayout(self)

        # what is going on: progress with Cancel, or the summary
        status_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        status_row.addWidget(self.status, 1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        status_row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        status_row.addWidget(self.cancel_button)
        self.progress.hide()  # while a search runs (``start``)
        self.cancel_button.hide()
        layout.addLayout(status_row)
        self.pending_note = QLabel()
        self.pending_note.setWordWrap(True)
        self.pending_note.setStyleSheet(
            "background: #fff6e0; border: 1px solid #e8d9a8; padding: 4px"
        )
        self.pending_note.hide()
        layout.addWidget(self.pending_note)

        options = QHBoxLayout()
        self.faces = QCheckBox(self.tr("Also compare &faces"))
        self.faces.setToolTip(
            self.tr("For face swaps: compare the faces in the picture with those in your photos")
        )
        self.faces.toggled.connect(self._faces_toggled)
        options.addWidget(self.faces)
        self.face_settings = QPushButton(self.tr("Face matching…"))
        self.face_settings.clicked.connect(self.faceSettingsRequested)
        options.addWidget(self.face_settings)
        options.addStretch(1)
        layout.addLayout(options)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.inputs_label = QLabel(self.tr("&What you gave:"))
        ll.addWidget(self.inputs_label)
        self.inputs = QListWidget()
        self.inputs.setAccessibleName(self.tr("What you gave"))
        self.inputs.setMaximumHeight(96)
        self.inputs.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.inputs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inputs.currentRowChanged.connect(self._input_selected)
        self.inputs_label.setBuddy(self.inputs)
        ll.addWidget(self.inputs)
        candidates_label = QLabel(self.tr("Your &photos it may show (tick those it shows):"))
        candidates_label.setWordWrap(True)
        ll.addWidget(candidates_label)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Your photos it may show"))
        self.candidates.setIconSize(QSize(THUMB_EDGE, THUMB_EDGE))
        self.candidates.setWordWrap(True)
        self.candidates.setUniformItemSizes(False)
        self.candidates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidates.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.candidates.currentRowChanged.connect(self._candidate_selected)
        self.candidates.itemChanged.connect(self._ticks_changed)
        candidates_label.setBuddy(self.candidates)
        ll.addWidget(self.candidates, 1)
        self.message = QLabel()  # nothing found / the input's error
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.hide()
        ll.addWidget(self.message)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        pictures = QHBoxLayout()
        self.frame_view = Captioned(self.tr("The picture you gave, the matched part outlined"))
        self.photo_view = Captioned(self.tr("Your photo"))
        pictures.addWidget(self.frame_view, 3)  # a frame is mostly wider than a photo
        pictures.addWidget(self.photo_view, 2)
        rl.addLayout(pictures, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.detail)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self.recorded_note = QLabel()
        self.recorded_note.setWordWrap(True)
        self.recorded_note.hide()
        layout.addWidget(self.recorded_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = QPushButton(self.tr("&Record this sighting…"))
        self.record_button.setToolTip(
            self.tr("Open the sighting form with the ticked photos, their buyers and the picture")
        )
        self.record_button.clicked.connect(self.record_sighting)
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.notice_button = QPushButton(self.tr("Write &takedown notice…"))
        self.notice_button.clicked.connect(self._write_notice)
        self.buttons.addButton(self.notice_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.notice_button.hide()  # until a sighting is recorded here
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.update_face_option()
        self._show_nothing()
        fit_to_screen(self, (1100, 680))
        if start:
            self.start()

    # --- the search ---------------------------------------------------------------------------

    def update_face_option(self) -> None:
        """ "Also compare faces" can be ticked only while face matching is on, and is ticked
        when it is on (the performer chose it); turned on or off while results are shown, the
        search runs again."""
        on = self.service.records.matching.face_matching
        changed = on != self._face_matching
        self._face_matching = on
        self.faces.blockSignals(True)
        self.faces.setEnabled(on and self.task is None)
        if changed:
            self.faces.setChecked(on)
        if not on:
            self.faces.setToolTip(
                self.tr("Turn face matching on first (Face matching…): it is off by default")
            )
        else:
            self.faces.setToolTip(
                self.tr(
                    "For face swaps: compare the faces in the picture with those in your photos"
                )
            )
        self.faces.blockSignals(False)
        if changed and self.task is None and self.outcome is not None:
            self.start()

    def _faces_toggled(self, _on: bool) -> None:
        if self.task is None:
            self.start()

    def start(self) -> None:
        if self.task is not None:
            return
        service, queries, faces = self.service, list(self.queries), self.faces.isChecked()
        self.cancelled = False
        self.progress.setRange(0, 0)  # busy until the first progress
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.faces.setEnabled(False)
        self.record_button.setEnabled(False)
        self.status.setText(self.tr("Looking for it in your photos…"))

        def work(progress: Callable[[int, int, str], None], cancel: threading.Event) -> Outcome:
            return search(service, queries, faces, progress, cancel)

        self.task = run_task(
            work,
            self._found,
            self._failed,
            self._progress,
            with_cancel=True,
            with_progress=True,
            owner=self,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancelled = True
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _progress(self, done: int, total: int, name: str) -> None:
        if self.task is None or self.cancelled:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            text = self.tr("Looking at %1 (%2 of %3)…").replace("%1", Path(name).name)
            self.status.setText(
                text.replace("%2", str(min(done + 1, total))).replace("%3", str(total))
            )

    def _finish_running(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.update_face_option()

    def _failed(self, exc: BaseException) -> None:
        self._finish_running()
        if self.cancelled:
            self.status.setText(self.tr("The search was cancelled."))
            return
        self.status.setText(error_sentence(exc))
        show_exception(self, exc)

    def _found(self, outcome: Outcome) -> None:
        was_cancelled = self.cancelled
        self._finish_running()
        self.show_outcome(outcome, cancelled=was_cancelled)
        if outcome.pending:
            self.indexingNeeded.emit()

    # --- the results --------------------------------------------------------------------------

    def show_outcome(self, outcome: Outcome, cancelled: bool = False) -> None:
        """Show what a search found (the search's own result; tests build one)."""
        self.outcome = outcome
        results = outcome.results
        found = sum(1 for r in results if r.matches)
        if cancelled:
            self.status.setText(
                self.tr("The search was cancelled: what was looked at so far is shown.")
            )
        elif not results:
            self.status.setText(self.tr("Nothing was looked at."))
        elif found:
            self.status.setText(
                self.tr("Found your photos in %n of what you gave.", "", found)
                if len(results) > 1
                else self.tr("Found: check the photos below.")
            )
        else:
            self.status.setText(self.tr("None of your photos were found."))
        failed = next((r for r in results if r.not_indexed), None)
        if failed is not None:  # the indexing could not be stored (a full disk)
            self.pending_note.setText(
                self.tr(
                    "%n photo(s) could not be indexed and were not searched: %1 The photos "
                    "already indexed were searched.",
                    "",
                    failed.not_indexed,
                ).replace(
                    "%1",
                    error_text(failed.not_indexed_reason) if failed.not_indexed_reason else "",
                )
            )
        elif outcome.pending > 0:
            self.pending_note.setText(
                self.tr(
                    "%n photo(s) are still being prepared for search; results may be incomplete.",
                    "",
                    outcome.pending,
                )
            )
        self.pending_note.setVisible(failed is not None or outcome.pending > 0)
        self.inputs.blockSignals(True)
        self.inputs.clear()
        for index, result in enumerate(results):
            row = QListWidgetItem(f"{Path(result.input).name}  ·  {self._summary(result)}")
            row.setData(ITEM_ROLE, index)
            self.inputs.addItem(row)
        self.inputs.blockSignals(False)
        several = len(results) > 1
        self.inputs.setVisible(several)
        self.inputs_label.setVisible(several)
        if results:
            self.inputs.setCurrentRow(0)
            self._input_selected(0)
        else:
            self._show_nothing()

    def _summary(self, result: InputResult) -> str:
        if result.error is not None:
            return self.tr("could not be read")
        if not result.matches:
            return self.tr("no photo found")
        return self.tr("%n photo(s) found", "", len(result.matches))

    def current_result(self) -> InputResult | None:
        if self.outcome is None:
            return None
        row = self.inputs.currentRow()
        if 0 <= row < len(self.outcome.results):
            return self.outcome.results[row]
        return None

    def _input_selected(self, _row: int) -> None:
        result = self.current_result()
        self.candidates.blockSignals(True)
        self.candidates.clear()
        self.candidates.blockSignals(False)
        if result is None:
            self._show_nothing()
            return
        if result.error is not None:
            head = self.tr("This file could not be searched.")
            self._show_message(f"<b>{escape(head)}</b><br>{escape(error_text(result.error))}")
        elif not result.matches:
            self._show_message(self._nothing_found_html(result))
        else:
            self.message.hide()
        records = self.service.records
        thumbs = self.outcome.thumbnails if self.outcome else {}
        chosen = chosen_photos(result.matches)
        line = self.candidates.fontMetrics().lineSpacing()
        self.candidates.blockSignals(True)
        for match in result.matches:
            text = self._candidate_text(records, match)
            row = QListWidgetItem(text)
            # every line shown, beside a thumbnail or its place (Qt guesses two lines)
            height = max(THUMB_EDGE, line * (text.count("\n") + 1)) + 8
            row.setSizeHint(QSize(THUMB_EDGE, height))
            row.setData(ITEM_ROLE, match)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # ticked for the sighting: the strong ones, else the best (as the CLI's --from-match)
            ticked = any(match is m for m in chosen)
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            thumb = thumbs.get(match.item_id)
            if thumb is not None and not thumb.isNull():
                row.setIcon(QIcon(QPixmap.fromImage(thumb)))
            self.candidates.addItem(row)
        self.candidates.blockSignals(False)
        if result.matches:
            self.candidates.setCurrentRow(0)
            self._candidate_selected(0)
        else:
            self._show_frame_only(result)
        self._ticks_changed()

    def _show_message(self, html: str) -> None:
        self.message.setText(html)
        self.message.show()

    def _nothing_found_html(self, result: InputResult) -> str:
        head = escape(self.tr("None of your photos were found in it."))
        tips = [
            self.tr("Try a sharper screenshot, or one where your photo fills more of the screen."),
            self.tr("For a recording, try a shorter clip around the moment you appear."),
        ]
        if not self.service.records.matching.face_matching:
            tips.append(
                self.tr(
                    "If only your face was used (a face swap), turn on face matching "
                    "(Face matching…) and search again."
                )
            )
        elif not self.faces.isChecked():
            tips.append(self.tr("If only your face was used, tick “Also compare faces”."))
        items = "".join(f"<li>{escape(t)}</li>" for t in tips)
        return f"<b>{head}</b><ul style='margin-left:-20px'>{items}</ul>"

    def band_text(self, match: ItemMatch) -> str:
        if match.method == "face":
            if match.band == "strong":
                return self.tr("Very likely the same face")
            return self.tr("Possibly the same face: please check")
        if match.band == "strong":
            return self.tr("Very likely the same photo")
        return self.tr("Possibly this photo: please check")

    def copy_text(self, match: ItemMatch) -> str:
        """Whose delivery copy the found picture is (docs/matching.md "Delivery copies"): a
        "possible" reading says why it is not sure and is never put in a document."""
        copy = match.delivered_copy
        if copy is None:
            return ""
        if copy.band == "strong":
            return (
                self.tr("The copy given to %1 (geometric code %2)")
                .replace("%1", copy.buyer.name or "—")
                .replace("%2", copy.code)
            )
        reason = {
            "small": self.tr("the picture is too small to tell buyers' copies apart"),
            "few-points": self.tr("too few points of the photo could be matched"),
            "neighbour": self.tr("another buyer's code is nearly as close"),
            "off-code": self.tr("its geometry is not close enough to the code"),
        }.get(copy.reason, self.tr("the reading is not sure"))
        return (
            self.tr(
                "Possibly the copy given to %1 (geometric code %2): please check; %3. "
                "Notices and reports do not name this buyer."
            )
            .replace("%1", copy.buyer.name or "—")
            .replace("%2", copy.code)
            .replace("%3", reason)
        )

    def method_text(self, match: ItemMatch) -> str:
        return {
            "pdq": self.tr("the whole picture looks the same"),
            "features": self.tr("details of the picture match (also cropped, covered or angled)"),
            "face": self.tr("the face looks like yours in this photo"),
        }.get(match.method, match.method)

    def _candidate_text(self, records: Records, match: ItemMatch) -> str:
        item = records.media.get(match.item_id)
        name = item.name if item else match.item_name
        lines = [f"{name}  ·  {self.band_text(match)}"]
        if item is not None and item.set_name:
            lines.append(self.tr("Set: %1").replace("%1", item.set_name))
        buyers = ", ".join(b.name for b in match.buyers)
        lines.append(
            self.tr("Buyers: %1").replace("%1", buyers) if buyers else self.tr("No buyer on record")
        )
        return "\n".join(lines)

    def current_match(self) -> ItemMatch | None:
        row = self.candidates.currentItem()
        value = row.data(ITEM_ROLE) if row is not None else None
        return value if isinstance(value, ItemMatch) else None

    def ticked_matches(self) -> list[ItemMatch]:
        out = []
        for i in range(self.candidates.count()):
            row = self.candidates.item(i)
            if row.checkState() == Qt.CheckState.Checked:
                out.append(row.data(ITEM_ROLE))
        return out

    def _ticks_changed(self, *_args: Any) -> None:
        result = self.current_result()
        self.record_button.setEnabled(
            self.task is None and result is not None and result.error is None
        )

    def _frame_caption(self, match_time: float | None, kind: str) -> str:
        if kind == "video" and match_time is not None:
            return self.tr("Frame at %1").replace("%1", clock(match_time))
        return self.tr("Your picture")

    def _show_frame_only(self, result: InputResult) -> None:
        self.frame_view.caption.setText(self.tr("Your picture"))
        self.frame_view.view.set_placeholder(
            self.tr("No picture to show") if result.error is not None else ""
        )
        self.photo_view.caption.setText(self.tr("Your photo"))
        self.photo_view.view.set_placeholder(self.tr("No photo found"))
        self.detail.setText("")

    def _show_nothing(self) -> None:
        self.frame_view.caption.setText(self.tr("Your picture"))
        self.frame_view.view.clear()
        self.photo_view.caption.setText(self.tr("Your photo"))
        self.photo_view.view.clear()
        self.detail.setText("")
        self.message.hide()

    def _candidate_selected(self, _row: int) -> None:
        match, result = self.current_match(), self.current_result()
        if match is None or result is None:
            return
        self.frame_view.caption.setText(self._frame_caption(match.frame.time, result.kind))
        self.frame_view.view.set_picture(qimage_from_pil(match.frame.image), match.region)
        records = self.service.records
        item = records.media.get(match.item_id)
        self.photo_view.caption.setText(item.name if item else match.item_name)
        photo = self.photos.get(match.item_id)
        if photo is not None:
            self.photo_view.view.set_picture(photo)
        else:
            thumb = (self.outcome.thumbnails if self.outcome else {}).get(match.item_id)
            if thumb is not None and not thumb.isNull():
                self.photo_view.view.set_picture(thumb)
            else:
                self.photo_view.view.set_placeholder(self.tr("Loading…"))
            self._load_photo(match.item_id)
        self.detail.setText(self._detail_html(records, match, result))

    def _load_photo(self, item_id: str) -> None:
        if item_id not in self.service.records.media:
            return
        service = self.service

        def done(image: QImage) -> None:
            self.photos[item_id] = image
            current = self.current_match()
            if current is not None and current.item_id == item_id:
                self.photo_view.view.set_picture(image)

        def failed(exc: BaseException) -> None:
            current = self.current_match()
            if current is not None and current.item_id == item_id:
                self.photo_view.view.set_placeholder(error_text(exc))

        self.photo_task = run_task(lambda: load_photo(service, item_id), done, failed, owner=self)

    def _detail_html(self, records: Records, match: ItemMatch, result: InputResult) -> str:
        item = records.media.get(match.item_id)
        rows: list[tuple[str, str]] = [
            (self.tr("How sure"), self.band_text(match)),
            (self.tr("Found because"), self.method_text(match)),
        ]
        if item is not None and item.set_name:
            rows.append((self.tr("Set"), item.set_name))
        if result.kind == "video" and match.frame.time is not None:
            rows.append((self.tr("Time in the recording"), clock(match.frame.time)))
        buyers = ", ".join(b.name for b in match.buyers)
        rows.append((self.tr("Sold to"), buyers or self.tr("nobody on record")))
        deals = []
        for deal_id in match.deal_ids:
            deal = records.deals.get(deal_id)
            if deal is None:
                continue
            buyer = records.buyers.get(deal.buyer_id)
            deals.append(
                self.tr("%1 with %2")
                .replace("%1", deal.date)
                .replace("%2", buyer.name if buyer else "—")
            )
        if deals:
            rows.append((self.tr("Deals"), "; ".join(deals)))
        if match.delivered_copy is not None:
            rows.append((self.tr("Delivery copy"), self.copy_text(match)))
        cells = "".join(
            f"<tr><td style='color:#5b6675; padding-right:10px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table cellspacing='2'>{cells}</table>"

    # --- record the sighting, then its takedown notice ----------------------------------------

    def record_sighting(self) -> SightingDialog | None:
        """The sighting dialog, filled: the ticked photos (buyers traced from them), the
        picture attached. The user still types the link."""
        result = self.current_result()
        if result is None or result.error is not None:
            return None
        ticked = self.ticked_matches()
        if not ticked and self.current_match() is not None:
            ticked = [m for m in [self.current_match()] if m is not None]
        media_ids = [m.item_id for m in ticked if m.item_id in self.service.records.media]
        dialog = SightingDialog(self.service, None, self, media_ids=media_ids)
        query = self._query_of(result)
        best = ticked[0] if ticked else None
        if isinstance(query, PastedImage):
            dialog.add_screenshot_data(query.name, query.data)
        elif result.kind == "image" and query is not None:
            dialog.add_screenshot(query)
        elif best is not None:  # a video: the frame the photo was found in, as a PNG
            stem = Path(result.input).stem
            when = "" if best.frame.time is None else "-" + clock(best.frame.time).replace(":", "m")
            dialog.add_screenshot_data(f"{stem}{when}s.png", frame_png(best))
        dialog.saved.connect(self._recorded)
        dialog.open()
        dialog.tabs.setCurrentIndex(0)
        dialog.url.setFocus()
        self.sighting_dialog = dialog
        return dialog

    def _query_of(self, result: InputResult) -> Query | None:
        for query in self.queries:
            if _key(query) == result.input or (
                isinstance(query, Path) and str(query) == str(Path(result.input))
            ):
                return query
        return None

    def _recorded(self, sighting_id: str) -> None:
        self.recorded_id = sighting_id
        self.recorded_note.setText(
            self.tr(
                "The sighting is recorded. Next: ask the platform to take it down "
                "(Write takedown notice…)."
            )
        )
        self.recorded_note.show()
        self.notice_button.show()
        self.sightingRecorded.emit(sighting_id)

    def _write_notice(self) -> None:
        if self.recorded_id:
            self.noticeRequested.emit(self.recorded_id)

    # --- closing ------------------------------------------------------------------------------

    def done(self, code: int) -> None:
        """Closing (also by a lock) stops the search and drops every decoded picture."""
        if self.task is not None:
            self.task.cancel()
        self.photos.clear()
        self.outcome = None
        self.frame_view.view.clear()
        self.photo_view.view.clear()
        self.candidates.clear()
        super().done(code)
