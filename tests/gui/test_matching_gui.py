"""Matching in the GUI (issue 15): the Sightings page's drop target, paste and "Find in my
photos…", the window's drop, the match dialog (candidates, side-by-side view with the region
outlined, pending note, nothing found, per-input errors, cancel), "Record this sighting" and the
takedown notice from it, and the face-matching switch.

The search itself is the matching service's (tests/unit/test_match_service*.py); here the
dialog's search is replaced where a test needs a result of a given shape, built from real vault
photos and real frames.
"""

from __future__ import annotations

import dataclasses
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.errors import QT_TRANSLATE_NOOP, Message
from app.matching.results import BuyerRef, Frame, InputResult, ItemMatch
from app.ui.main_window import MainWindow
from app.ui.matching import match_dialog as match_module
from app.ui.matching.match_dialog import MatchDialog, Outcome, PastedImage
from app.ui.matching.view import OUTLINE
from tests.support import jpeg_bytes, png_bytes, write

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def helper(window: MainWindow) -> Any:
    return window.matching_ui  # type: ignore[attr-defined]


def seed(window: MainWindow) -> tuple[list[str], str, str]:
    service = window.service
    assert service is not None
    items = service.import_photo_data(
        [(f"IMG_24{i:02d}.jpg", jpeg_bytes(60 + i)) for i in range(3)]
    )
    ids = [m.id for m in items]
    service.update_media(ids[0], set_name="2025-03-02")
    fish = service.add_buyer("小鱼", platform="xianyu")
    studio = service.add_buyer("影视工作室B")
    service.add_deal(fish.id, ids[:1], "2025-03-05")
    service.add_deal(studio.id, ids[:2], "2025-04-01")
    window.reload()
    return ids, fish.id, studio.id


def frame_picture(size: tuple[int, int] = (640, 360)) -> Image.Image:
    """A dark frame with a lighter photo-like block in it (where the region is)."""
    image = Image.new("RGB", size, (40, 40, 48))
    draw = ImageDraw.Draw(image)
    draw.rectangle((160, 60, 480, 300), fill=(150, 160, 170))
    return image


REGION = ((160.0, 60.0), (480.0, 60.0), (480.0, 300.0), (160.0, 300.0))


def item_match(window: MainWindow, item_id: str, band: str = "strong", **kw: Any) -> ItemMatch:
    service = window.service
    assert service is not None
    records = service.records
    deals = sorted(
        (d for d in records.deals.values() if item_id in d.media_ids), key=lambda d: d.date
    )
    buyers: list[BuyerRef] = []
    for deal in deals:
        if deal.buyer_id not in [b.id for b in buyers]:
            buyers.append(BuyerRef(deal.buyer_id, records.buyers[deal.buyer_id].name))
    defaults: dict[str, Any] = {
        "item_id": item_id,
        "item_name": records.media[item_id].name,
        "score": 0.9 if band == "strong" else 0.5,
        "band": band,
        "method": "features",
        "buyers": buyers,
        "deal_ids": [d.id for d in deals],
        "frame": Frame(frame_picture(), 0, None),
        "region": REGION,
    }
    defaults.update(kw)
    return ItemMatch(**defaults)


def fixed_search(outcome: Outcome) -> Any:
    """A stand-in for the dialog's search that returns ``outcome`` (with the real thumbnails)."""

    def search(
        service: Any, queries: Any, faces: bool, progress: Any = None, cancel: Any = None
    ) -> Outcome:
        thumbs = {}
        for result in outcome.results:
            for m in result.matches:
                data = service.thumbnail_bytes(m.item_id)
                thumbs[m.item_id] = QImage.fromData(data) if data else QImage()
        return Outcome(outcome.results, outcome.pending, thumbs)

    return search


def wait_done(qtbot: Any, dialog: MatchDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def send_drop(target: Any, mime: QMimeData) -> bool:
    pos = QPointF(target.width() / 2, target.height() / 2)
    enter = QDragEnterEvent(
        pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, drop)
    return True


def files_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def close_to(color: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return (
        abs(color.red() - expected.red()) <= tolerance
        and abs(color.green() - expected.green()) <= tolerance
        and abs(color.blue() - expected.blue()) <= tolerance
    )


# --- the Sightings page ------------------------------------------------------------------------


def test_the_sightings_page_offers_find_paste_and_drop(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome([])))
    page = window.sightings_page
    assert "Face matching…" in [a.text() for a in page.toolbar.actions()]
    assert helper(window).banner.isVisibleTo(page)
    assert helper(window).banner.button.text() == "Find in my photos…"
    assert "Ctrl+V" in helper(window).banner.label.text()

    shot = write(tmp_path / "drama.png", png_bytes(3))
    window.nav.setCurrentRow(window.SIGHTINGS)
    assert send_drop(page, files_mime([shot]))
    dialog = helper(window).dialog
    assert isinstance(dialog, MatchDialog) and dialog.queries == [shot]
    wait_done(qtbot, dialog)
    assert window.import_task is None  # searched, not imported
    dialog.close()

    # an image dragged from a browser (data, no file)
    mime = QMimeData()
    mime.setImageData(QImage.fromData(png_bytes(4)))
    assert send_drop(page, mime)
    dialog = helper(window).dialog
    (pasted,) = dialog.queries
    assert isinstance(pasted, PastedImage) and pasted.data.startswith(b"\x89PNG")
    wait_done(qtbot, dialog)
    dialog.close()

    # Ctrl+V: the clipboard's image, made into PNG in memory
    QGuiApplication.clipboard().setImage(QImage.fromData(png_bytes(5)))
    dialog = helper(window).paste_image()
    assert dialog is not None
    (pasted,) = dialog.queries
    assert isinstance(pasted, PastedImage)
    assert not QImage.fromData(pasted.data).isNull()
    wait_done(qtbot, dialog)
    dialog.close()
    QGuiApplication.clipboard().clear()
    assert helper(window).paste_image() is None  # nothing to paste: said in the status bar
    assert "clipboard" in window.statusBar().currentMessage()


def test_a_drop_on_another_page_asks_import_or_find(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome([])))
    shot = write(tmp_path / "frame.jpg", jpeg_bytes(7))
    window.nav.setCurrentRow(window.HOME)
    assert send_drop(window, files_mime([shot]))
    menu = helper(window).drop_menu
    assert menu is not None and window.import_task is None  # asked first
    imported, found = menu.actions()
    assert (imported.text(), found.text()) == ("Import into the vault", "Find in my photos…")
    found.trigger()
    dialog = helper(window).dialog
    assert dialog is not None and dialog.queries == [shot]
    wait_done(qtbot, dialog)
    dialog.close()
    # the other answer imports, as a drop always did
    assert send_drop(window, files_mime([shot]))
    helper(window).drop_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.import_task is None, timeout=20_000)
    assert window.service is not None and len(window.service.records.media) == 1
    # a folder is imported without asking (nothing to search in a folder)
    folder = tmp_path / "shoot"
    write(folder / "a.jpg", jpeg_bytes(8))
    helper(window).drop_menu = None
    assert send_drop(window, files_mime([folder]))
    assert helper(window).drop_menu is None
    qtbot.waitUntil(lambda: window.import_task is None, timeout=20_000)


# --- the results -------------------------------------------------------------------------------


def test_results_show_candidates_and_the_outlined_region(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, _fish, _studio = seed(window)
    shot = tmp_path / "drama.png"
    result = InputResult(
        str(shot),
        "image",
        [item_match(window, ids[0]), item_match(window, ids[1], band="possible")],
        frames_examined=1,
    )
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome([result], pending=7)))
    dialog = helper(window).find([shot])
    wait_done(qtbot, dialog)
    assert dialog.candidates.count() == 2
    first = dialog.candidates.item(0).text()
    assert "IMG_2400.jpg" in first and "Very likely the same photo" in first
    assert "Set: 2025-03-02" in first and "小鱼, 影视工作室B" in first
    assert "Possibly this photo: please check" in dialog.candidates.item(1).text()
    assert not dialog.candidates.item(0).icon().isNull()  # the thumbnail
    # ticked for a sighting: the strong one only
    assert [m.item_id for m in dialog.ticked_matches()] == [ids[0]]
    assert dialog.pending_note.isVisibleTo(dialog)
    assert "7 photo(s) are still being prepared for search" in dialog.pending_note.text()
    detail = dialog.detail.text()
    assert "2025-03-05 with 小鱼" in detail and "2025-04-01 with 影视工作室B" in detail

    # the side by side: the frame with the region outlined, and the vault photo
    view = dialog.frame_view.view
    view.resize(400, 300)
    picture = view.grab().toImage()
    polygon = view.region_polygon()
    top = (polygon.at(0) + polygon.at(1)) / 2  # the middle of the region's top edge
    assert close_to(picture.pixelColor(top.toPoint()), OUTLINE)
    inside = QPoint(int(top.x()), int(top.y()) + 12)
    assert close_to(picture.pixelColor(inside), QColor(150, 160, 170), 12)  # not painted over
    outside = QPoint(int(top.x()), int(top.y()) - 12)
    assert close_to(picture.pixelColor(outside), QColor(40, 40, 48), 12)
    qtbot.waitUntil(lambda: ids[0] in dialog.photos, timeout=10_000)  # decoded off the GUI thread
    assert dialog.photo_view.view.image.size() == dialog.photos[ids[0]].size()
    assert dialog.photo_view.caption.text() == "IMG_2400.jpg"

    # no region (a match the engine did not locate): no outline
    dialog.candidates.setCurrentRow(1)
    view.set_picture(view.image, None)
    assert view.region_polygon().isEmpty()
    dialog.close()
    assert dialog.photos == {}  # dropped with the dialog


def test_nothing_found_errors_and_pending_are_said(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(window)
    good, bad = tmp_path / "a.png", tmp_path / "broken.mp4"
    error = Message(
        QT_TRANSLATE_NOOP("errors", "{name}: the file is empty (0 bytes)."), name="broken.mp4"
    )
    results = [
        InputResult(str(good), "image", [], frames_examined=1),
        InputResult(str(bad), "unknown", error=error),
    ]
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome(results, pending=0)))
    dialog = helper(window).find([good, bad])
    wait_done(qtbot, dialog)
    assert not dialog.pending_note.isVisibleTo(dialog)
    assert dialog.inputs.isVisibleTo(dialog) and dialog.inputs.count() == 2
    assert "no photo found" in dialog.inputs.item(0).text()
    assert "could not be read" in dialog.inputs.item(1).text()
    message = dialog.message.text()
    assert "None of your photos were found in it." in message
    assert "turn on face matching" in message  # what to try, for a face swap
    dialog.inputs.setCurrentRow(1)
    assert "broken.mp4: the file is empty (0 bytes)." in dialog.message.text()
    assert not dialog.record_button.isEnabled()  # nothing to record from an unreadable file
    dialog.close()


def test_cancel_stops_the_search(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, seen = threading.Event(), {}

    def slow(
        service: Any, queries: Any, faces: bool, progress: Any = None, cancel: Any = None
    ) -> Outcome:
        started.set()
        progress(0, 2, "clip.mp4")
        assert cancel.wait(20)  # the service checks it between frames
        seen["cancelled"] = cancel.is_set()
        return Outcome([])

    monkeypatch.setattr(match_module, "search", slow)
    dialog = helper(window).find([tmp_path / "clip.mp4"])
    assert started.wait(10)
    assert dialog.cancel_button.isVisible() and not dialog.record_button.isEnabled()
    qtbot.waitUntil(lambda: "clip.mp4" in dialog.status.text(), timeout=5000)  # progress
    dialog.cancel_button.click()
    wait_done(qtbot, dialog)
    assert seen == {"cancelled": True}
    assert "cancelled" in dialog.status.text()
    assert not dialog.cancel_button.isVisible()
    dialog.close()


# --- record the sighting, then the takedown notice ----------------------------------------------


def test_record_a_sighting_from_a_video_match_then_write_its_notice(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, fish, studio = seed(window)
    clip = tmp_path / "录屏.mp4"
    frame = Frame(frame_picture(), 5, 72.5)
    result = InputResult(
        str(clip),
        "video",
        [item_match(window, ids[0], frame=frame), item_match(window, ids[2], band="possible")],
        frames_examined=12,
    )
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome([result])))
    dialog = helper(window).find([clip])
    wait_done(qtbot, dialog)
    assert dialog.frame_view.caption.text() == "Frame at 1:12"
    assert not dialog.notice_button.isVisibleTo(dialog)  # nothing recorded yet
    sighting = dialog.record_sighting()
    assert sighting is not None
    assert sighting.checked_media() == [ids[0]]
    assert sorted(sighting.checked_buyers()) == sorted([fish, studio])  # traced
    (pending,) = sighting.screenshots.pending()
    assert pending.in_memory and pending.path.name == "录屏-1m12s.png"
    assert Image.open(io.BytesIO(pending.read())).size == (640, 360)  # the frame, as PNG
    assert sighting.url.text() == ""  # the user types the link
    sighting.url.setText("https://v.douyin.com/xyz/")
    with qtbot.waitSignal(sighting.saved, timeout=10_000):
        sighting.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    service = window.service
    assert service is not None
    (saved,) = service.records.sightings.values()
    assert saved.media_ids == [ids[0]] and sorted(saved.buyer_ids) == sorted([fish, studio])
    (att_id,) = saved.attachment_ids
    stored = service.attachment_bytes(att_id)
    assert stored == pending.read()
    assert not any(p.name == "录屏-1m12s.png" for p in tmp_path.rglob("*"))  # never on disk
    assert window.sightings_page.current_id() == saved.id

    # right after recording: the takedown notice for it, with the frame attached
    assert dialog.notice_button.isVisible()
    dialog.notice_button.click()
    from app.ui.letters import ComposeLetterDialog

    composers = [w for w in QApplication.topLevelWidgets() if isinstance(w, ComposeLetterDialog)]
    (composer,) = [c for c in composers if c.isVisible()]
    assert composer.urls.toPlainText() == "https://v.douyin.com/xyz/"
    assert "no-screenshots" not in composer._compose().warning_codes
    composer.discard()
    dialog.close()


def test_a_still_screenshot_is_attached_as_its_file(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, _fish, _studio = seed(window)
    shot = write(tmp_path / "截图.png", png_bytes(9))
    result = InputResult(str(shot), "image", [item_match(window, ids[0])], frames_examined=1)
    monkeypatch.setattr(match_module, "search", fixed_search(Outcome([result])))
    dialog = helper(window).find([shot])
    wait_done(qtbot, dialog)
    sighting = dialog.record_sighting()
    assert sighting is not None
    (pending,) = sighting.screenshots.pending()
    assert not pending.in_memory and pending.path == shot
    sighting.discard()
    dialog.close()


def test_the_takedown_notice_from_a_sighting_has_its_screenshot(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ids, _fish, _studio = seed(window)
    service = window.service
    assert service is not None
    from app.services.attachments import FileData

    sighting = service.add_sighting(
        "https://v.douyin.com/abc/",
        media_ids=ids[:1],
        screenshots=[(FileData("f.png", png_bytes(2)), "other")],
    )
    window.reload()
    window.nav.setCurrentRow(window.SIGHTINGS)
    window.sightings_page.select(sighting.id)
    (notice,) = [
        a for a in window.sightings_page.toolbar.actions() if a.text() == "Takedown notice…"
    ]
    assert notice.isEnabled()
    notice.trigger()
    from app.ui.letters import ComposeLetterDialog

    (composer,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ComposeLetterDialog) and w.isVisible()
    ]
    assert composer.urls.toPlainText() == "https://v.douyin.com/abc/"
    assert "no-screenshots" not in composer._compose().warning_codes
    composer.discard()


# --- face matching -----------------------------------------------------------------------------


def answer_confirm(qtbot: Any, dialog: Any, button_index: int) -> None:
    """Answer the face dialog's confirmation box once it shows."""

    def click() -> None:
        box = dialog.confirm_box
        assert box is not None
        buttons = [
            b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.InvalidRole
        ]
        ordered = sorted(
            buttons, key=lambda b: box.buttonRole(b) != QMessageBox.ButtonRole.AcceptRole
        )
        ordered[button_index].click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, click)


def test_face_matching_is_off_until_turned_on_and_turning_off_deletes_face_data(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, _fish, _studio = seed(window)
    service = window.service
    assert service is not None
    asked: list[bool] = []

    def search(service: Any, queries: Any, faces: bool, *_args: Any) -> Outcome:
        asked.append(faces)
        return Outcome([])

    monkeypatch.setattr(match_module, "search", search)
    dialog = helper(window).find([tmp_path / "a.png"])
    wait_done(qtbot, dialog)
    assert not service.records.matching.face_matching and asked == [False]
    assert not dialog.faces.isEnabled()  # off by default: cannot be ticked

    faces = helper(window).face_settings()
    assert "biometric" in faces.explanation.text() and "encrypted vault" in faces.explanation.text()
    assert "deletes every face measurement" in faces.explanation.text()
    assert "off" in faces.state.text()
    restarted = []
    monkeypatch.setattr(window, "start_backfill", lambda: restarted.append(True))
    faces.toggle.click()
    qtbot.waitUntil(lambda: service.records.matching.face_matching, timeout=10_000)
    qtbot.waitUntil(lambda: faces.task is None, timeout=10_000)
    assert restarted  # the queue starts measuring the faces
    wait_done(qtbot, dialog)  # searched again, comparing faces: the performer chose it
    assert dialog.faces.isEnabled() and dialog.faces.isChecked() and asked == [False, True]
    assert "on" in faces.state.text()

    # a photo's stored face measurements (as the background queue leaves them)
    object_id, _size = service.vault.put_object(b"face measurements")
    with service.transaction() as records:
        item = records.media[ids[0]]
        derived = {**item.derived, "face/1": object_id}
        records.media[ids[0]] = dataclasses.replace(item, derived=derived)
    assert service.vault.object_path(object_id).exists()
    # "Keep it on": nothing changes
    answer_confirm(qtbot, faces, 1)
    faces.toggle.click()
    assert service.records.matching.face_matching
    # "Turn off and delete": the measurements are gone from the record and the vault
    answer_confirm(qtbot, faces, 0)
    faces.toggle.click()
    qtbot.waitUntil(lambda: not service.records.matching.face_matching, timeout=10_000)
    qtbot.waitUntil(lambda: faces.task is None, timeout=10_000)
    assert "face/1" not in service.records.media[ids[0]].derived
    assert not service.vault.object_path(object_id).exists()
    wait_done(qtbot, dialog)
    assert not dialog.faces.isEnabled() and not dialog.faces.isChecked()
    assert asked == [False, True, False]
    faces.close()
    dialog.close()


def test_turning_face_matching_on_starts_the_queue_that_measures_the_faces(
    qtbot: Any, window: MainWindow
) -> None:
    ids, _fish, _studio = seed(window)
    service = window.service
    assert service is not None
    window.start_backfill()  # the local features of the new photos
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=30_000)
    assert service.pending_fingerprints() == 0
    faces = helper(window).face_settings()
    faces.toggle.click()
    qtbot.waitUntil(lambda: service.records.matching.face_matching, timeout=10_000)
    # the queue runs again: the status bar counts the photos to measure, then every photo has
    # its face data (an object, or "no face")
    qtbot.waitUntil(lambda: window.backfill_task is not None, timeout=10_000)
    assert window.fingerprint_label.text() == "Indexing photos: 3 pending"
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=60_000)
    assert all("face/1" in service.records.media[i].derived for i in ids)
    assert not window.fingerprint_label.isVisible()
    faces.close()


def test_photos_imported_in_the_window_are_prepared_for_search(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    """The background queue runs after an import (not only at unlock): the new photos' local
    features are computed and the status bar counts them meanwhile."""
    service = window.service
    assert service is not None
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=30_000)
    files = [write(tmp_path / f"IMG_{i}.jpg", jpeg_bytes(80 + i, (320, 240))) for i in range(3)]
    window.import_paths(files)
    qtbot.waitUntil(lambda: window.import_task is None, timeout=30_000)
    assert len(service.records.media) == 3
    qtbot.waitUntil(
        lambda: window.backfill_task is None and service.matching.pending() == 0, timeout=30_000
    )
    assert all(m.derived for m in service.records.media.values())


def test_locking_closes_the_dialogs_and_stops_the_search(
    qtbot: Any, controller: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, stopped = threading.Event(), threading.Event()

    def slow(
        service: Any, queries: Any, faces: bool, progress: Any = None, cancel: Any = None
    ) -> Outcome:
        started.set()
        if cancel.wait(20):
            stopped.set()
        return Outcome([])

    monkeypatch.setattr(match_module, "search", slow)
    dialog = helper(window).find([tmp_path / "clip.mp4"])
    assert dialog is not None
    faces = helper(window).face_settings()
    assert started.wait(10)
    controller.lock()
    assert stopped.wait(10)  # the search was told to stop
    assert not dialog.isVisible() and not faces.isVisible()
    assert dialog.photos == {} and dialog.outcome is None  # nothing decoded kept
