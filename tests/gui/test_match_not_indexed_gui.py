"""The match dialog says how many photos could not be indexed (a full disk) and were not
searched, instead of "still being prepared": the background queue's failure is noted by the
window (``MainWindow._backfill_failed``) and the next search's results carry it."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from app.ui.main_window import MainWindow
from app.vault import store
from tests.gui.test_matching_gui import helper, wait_done
from tests.support import jpeg_bytes, write

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def test_a_queue_stopped_by_a_full_disk_is_said_in_the_match_dialog(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    service = window.service
    assert service is not None
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(70 + i)) for i in range(3)])
    pending = service.pending_fingerprints()
    assert pending == 3  # the window's queue was not started for these
    index = service.vault.root / "index" / "index-000000000009.lvi"
    full = store.write_failed(OSError(errno.ENOSPC, "No space left on device"), index)
    window._backfill_failed(full)  # what the queue's task reports when its save fails
    shot = write(tmp_path / "shot.jpg", jpeg_bytes(70))
    dialog = helper(window).find([shot])
    wait_done(qtbot, dialog)
    assert dialog.pending_note.isVisibleTo(dialog)
    text = dialog.pending_note.text()
    assert "3 photo(s) could not be indexed and were not searched" in text, text
    assert "The disk is full; nothing was changed (index-000000000009.lvi" in text
    assert "still being prepared" not in text
    dialog.close()


def test_a_pasted_image_is_told_the_same(qtbot: Any, window: MainWindow) -> None:
    from app.matching.results import Frame
    from app.media import images

    service = window.service
    assert service is not None
    service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(70 + i)) for i in range(2)])
    index = service.vault.root / "index" / "index-000000000009.lvi"
    window._backfill_failed(store.write_failed(OSError(errno.ENOSPC, "full"), index))
    frame = images.reduce_image(jpeg_bytes(70), "pasted.jpg").image
    result = service.matching.match_frames("pasted", "image", [Frame(frame, 0, None)])
    assert result.not_indexed == 2 and "The disk is full" in str(result.not_indexed_reason)
