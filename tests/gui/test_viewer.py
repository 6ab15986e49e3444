"""The full-size photo viewer (app/ui/viewer.py) and the badges of the photo grid."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from app.errors import BadMedia
from app.media import full_image
from app.ui.main_window import MainWindow
from app.ui.models.photos import BADGE_ROLE, badge_counts
from app.ui.pages import photos_page
from app.ui.viewer import PhotoViewer
from app.ui.widgets.photo_delegate import SEEN_COLOUR, SOLD_COLOUR, PhotoDelegate
from tests.support import big_photo_jpeg, bomb_png, jpeg_bytes, tree_snapshot
from tests.support.gui import service_of


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def photos_window(window: MainWindow, big: int = 2) -> list[str]:
    svc = service_of(window)
    items = svc.import_photo_data(
        [(f"big{i}.jpg", big_photo_jpeg(i, (1600, 1200))) for i in range(big)]
        + [("small.jpg", jpeg_bytes(7))]
    )
    window.reload()
    window.show()
    window.nav.setCurrentRow(window.PHOTOS)
    return [m.id for m in items]


def wait_shown(qtbot: Any, viewer: PhotoViewer) -> None:
    qtbot.waitUntil(lambda: not viewer.loading and viewer.view.has_image(), timeout=15_000)


def test_viewer_opens_zooms_pans_and_writes_nothing(
    qtbot: Any, window: MainWindow, vault_dir: Path
) -> None:
    ids = photos_window(window)
    page = window.photos_page
    before_vault = tree_snapshot(vault_dir)
    before_tmp = listing(Path(tempfile.gettempdir()))
    page.select(ids[0])
    viewer = page.view_photo()
    assert isinstance(viewer, PhotoViewer) and viewer.isVisible()
    qtbot.waitExposed(viewer)
    wait_shown(qtbot, viewer)
    view = viewer.view
    assert view.item.pixmap().width() == 1600  # decoded at full size
    assert view.fitting and view.zoom < 1  # fit to the window: a 1600 px photo is shrunk
    fit_zoom = view.zoom

    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.0) and not view.fitting
    qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(0.8)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(wheel)
    assert view.zoom == pytest.approx(1.0)
    assert "100%" in viewer.status.text()
    # at 100% the photo is larger than the window: it pans
    scroll = view.horizontalScrollBar()
    assert scroll.maximum() > 0
    scroll.setValue(scroll.maximum())
    assert scroll.value() > 0
    qtbot.keyClick(viewer, Qt.Key.Key_F)
    assert view.fitting and view.zoom == pytest.approx(fit_zoom)

    # next / previous, over the photos in the grid's order
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current is not None and viewer.current.id == ids[1]
    wait_shown(qtbot, viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    wait_shown(qtbot, viewer)
    assert viewer.current.id == ids[2]
    assert view.zoom == pytest.approx(1.0)  # a small photo is never enlarged to fit
    assert not viewer.next_action.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.current.id == ids[1]
    wait_shown(qtbot, viewer)

    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.viewer is None, timeout=5_000)
    assert tree_snapshot(vault_dir) == before_vault  # nothing written, in the vault or in tmp
    assert listing(Path(tempfile.gettempdir())) - before_tmp == set()


def test_double_click_views_and_the_lock_closes_the_viewer(
    qtbot: Any, window: MainWindow, controller: Any
) -> None:
    ids = photos_window(window, big=1)
    page = window.photos_page
    qtbot.waitExposed(window)
    index = page.proxy.index(0, 0)
    qtbot.waitUntil(lambda: page.grid.visualRect(index).isValid(), timeout=5_000)
    centre = page.grid.visualRect(index).center()
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    viewer = page.viewer
    assert viewer is not None and viewer.current is not None
    assert viewer.current.id in ids
    # the double-click did not also open the photo's editor
    from app.ui.dialogs.photo_dialog import PhotoDialog

    assert not [d for d in window.findChildren(PhotoDialog) if d.isVisible()]
    wait_shown(qtbot, viewer)
    controller.lock()
    assert not viewer.isVisible()


def test_a_photo_that_cannot_be_decoded_says_so(qtbot: Any, window: MainWindow) -> None:
    ids = photos_window(window, big=1)
    service = service_of(window)

    def broken(_item_id: str) -> bytes:
        return b"\xff\xd8\xff\xe0 not really a jpeg"

    items = [service.records.media[i] for i in ids]
    viewer = PhotoViewer(items, ids[0], broken, window)
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10_000)
    assert not viewer.view.has_image()
    assert "cannot be shown" in viewer.message.text()
    viewer.close()


def test_decode_full_limits() -> None:
    with pytest.raises(BadMedia, match="decompression bomb"):
        full_image.decode_full(bomb_png(), "bomb.png")
    full = full_image.decode_full(jpeg_bytes(1, (300, 200)), "a.jpg")
    assert (full.width, full.height, full.scale) == (300, 200, 1.0)


def test_decode_full_reduces_what_is_too_big_to_show(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(full_image, "MAX_VIEW_PIXELS", 100 * 100)
    full = full_image.decode_full(jpeg_bytes(1, (400, 300)), "a.jpg")
    assert (full.width, full.height) == (400, 300)
    assert full.image.width * full.image.height <= 100 * 100
    assert full.scale < 0.5


# --- badges ------------------------------------------------------------------------------


def test_badge_counts_and_their_painting(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = service_of(window)
    ids = [m.id for m in svc.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i)) for i in range(3)])]
    a, b = svc.add_buyer("A"), svc.add_buyer("B")
    svc.add_deal(a.id, [ids[0], ids[1]], "2025-01-01")
    svc.add_deal(a.id, [ids[0]], "2025-02-01")  # the same buyer again: still one buyer
    svc.add_deal(b.id, [ids[0]], "2025-03-01")
    svc.add_sighting("https://v.douyin.com/x1/", media_ids=[ids[0]])
    svc.add_sighting("https://v.douyin.com/x2/", media_ids=[ids[0], ids[2]])
    assert badge_counts(svc.records) == {ids[0]: (2, 2), ids[1]: (1, 0), ids[2]: (0, 1)}

    calls: list[int] = []
    real = badge_counts

    def counting(records: Any) -> dict[str, tuple[int, int]]:
        calls.append(1)
        return real(records)

    monkeypatch.setattr(photos_page, "badge_counts", counting)
    window.reload()
    window.show()
    window.nav.setCurrentRow(window.PHOTOS)
    page = window.photos_page
    qtbot.waitUntil(lambda: page.model.cached_count == 3, timeout=10_000)
    for _ in range(3):
        page.grid.viewport().grab()  # paints: the counts are not computed again
    assert calls == [1]

    model = page.model
    row = {model.item(r).id: r for r in range(model.rowCount())}
    assert model.index(row[ids[0]]).data(BADGE_ROLE) == (2, 2)
    tip = model.index(row[ids[0]]).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sold to 2 buyer(s)" in tip and "Seen 2 time(s) online" in tip
    assert model.index(row[ids[1]]).data(BADGE_ROLE) == (1, 0)

    def painted(media_id: str) -> tuple[int, int]:
        index = page.proxy.mapFromSource(model.index(row[media_id]))
        option = QStyleOptionViewItem()
        option.initFrom(page.grid)
        option.rect = page.grid.visualRect(index)
        option.decorationSize = page.grid.iconSize()
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.widget = page.grid
        image = QImage(page.grid.viewport().size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        PhotoDelegate(page.grid).paint(painter, option, index)
        painter.end()
        sold = seen = 0
        for y in range(option.rect.top(), option.rect.top() + 40):
            for x in range(option.rect.left(), option.rect.right()):
                pixel = image.pixelColor(x, y)
                sold += pixel == SOLD_COLOUR
                seen += pixel == SEEN_COLOUR
        return sold, seen

    sold, seen = painted(ids[0])
    assert sold > 20 and seen > 20
    sold, seen = painted(ids[1])
    assert sold > 20 and seen == 0
    sold, seen = painted(ids[2])
    assert sold == 0 and seen > 20
