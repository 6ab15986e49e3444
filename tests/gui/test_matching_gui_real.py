"""The match dialog end to end on real photographs: a drama frame dropped on the Sightings page
is searched by the real matching service (local features, PDQ) off the GUI thread; the photo is
found at rank 1, traced to its buyer and deal, the region it occupies in the frame outlined;
"Record this sighting" stores the screenshot; an unrelated photograph finds nothing.

The photographs ship inside installed packages (tests/data/matching/photos.py names them and
their licences: scikit-image's astronaut (NASA, public domain), chelsea and coffee (CC0), moon
(public domain)), cut down to 640 pixels.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.main_window import MainWindow
from app.ui.matching.match_dialog import MatchDialog
from app.ui.matching.view import OUTLINE
from tests.data.matching.photos import captions, letterbox, photo
from tests.gui.test_matching_gui import close_to, files_mime, helper, send_drop

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def jpeg_of(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def small(name: str) -> Image.Image:
    image = photo(name)
    image.thumbnail((640, 640))
    return image


def test_a_drama_frame_dropped_on_the_sightings_page_finds_the_photo(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    service = window.service
    assert service is not None
    items = service.import_photo_data(
        [(f"{name}.jpg", jpeg_of(small(name))) for name in ("astronaut", "chelsea", "coffee")]
    )
    astronaut = items[0]
    buyer = service.add_buyer("小鱼", platform="xianyu")
    deal = service.add_deal(buyer.id, [astronaut.id], "2025-03-02")
    window.reload()
    window.start_backfill()  # the local features, as the background queue computes them
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=60_000)
    assert service.matching.pending() == 0

    frame = captions(letterbox(small("astronaut")))  # 1280x720, bars, subtitles, watermark
    shot = tmp_path / "drama.png"
    frame.save(shot)
    window.nav.setCurrentRow(window.SIGHTINGS)
    assert send_drop(window.sightings_page, files_mime([shot]))
    dialog = helper(window).dialog
    assert isinstance(dialog, MatchDialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.outcome is not None
    (result,) = dialog.outcome.results
    assert result.error is None and result.matches
    best = result.matches[0]
    assert best.item_id == astronaut.id and best.band == "strong"
    assert [b.name for b in best.buyers] == ["小鱼"] and best.deal_ids == [deal.id]
    assert "Very likely the same photo" in dialog.candidates.item(0).text()
    assert not dialog.pending_note.isVisibleTo(dialog)

    # the region: the photo's place in the letterboxed frame (512 px square shown 720x720,
    # centred: x 280..1000)
    assert best.region is not None
    xs = [x for x, _ in best.region]
    assert min(xs) == pytest.approx(280, abs=30) and max(xs) == pytest.approx(1000, abs=30)
    view = dialog.frame_view.view
    view.resize(640, 360)
    picture = view.grab().toImage()
    polygon = view.region_polygon()
    left = (polygon.at(0) + polygon.at(3)) / 2  # the middle of the region's left side
    hits = [
        close_to(picture.pixelColor(QPoint(round(left.x()) + dx, round(left.y()))), OUTLINE)
        for dx in (-1, 0, 1)
    ]
    assert any(hits)

    # record it: the photo ticked, its buyer traced, the screenshot is the dropped file
    sighting = dialog.record_sighting()
    assert sighting is not None
    assert sighting.checked_media() == [astronaut.id] and sighting.checked_buyers() == [buyer.id]
    sighting.url.setText("https://v.douyin.com/abc/")
    with qtbot.waitSignal(sighting.saved, timeout=10_000):
        sighting.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (saved,) = service.records.sightings.values()
    (att_id,) = saved.attachment_ids
    assert service.attachment_bytes(att_id) == shot.read_bytes()
    dialog.close()

    # an unrelated photograph: nothing found, and what to try
    moon = tmp_path / "moon.png"
    small("moon").save(moon)
    other = helper(window).find([moon])
    assert other is not None
    qtbot.waitUntil(lambda: other.task is None, timeout=60_000)
    assert other.outcome is not None and other.outcome.results[0].matches == []
    assert "None of your photos were found in it." in other.message.text()
    other.close()
