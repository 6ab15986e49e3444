"""The home page's "changed since the last backup" counts what the performer entered or
chose, not the derived data the background queue saves (``backup.content_digest``): after the
queue indexed the photos a backup already holds, the home page still says nothing changed; a
real change (a buyer added) is said at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services import backup
from app.ui.main_window import MainWindow
from tests.gui.test_home import texts
from tests.support import jpeg_bytes
from tests.support.gui import service_of


def test_the_queue_saving_derived_data_is_not_a_change_since_the_backup(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    svc = service_of(window)
    svc.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(80 + i)) for i in range(3)])
    assert svc.pending_fingerprints() == 3  # their local features are not computed yet
    backup.back_up(svc, tmp_path / "usb")
    window.reload()
    assert any("Nothing has changed since." in t for t in texts(window.home_page))
    generation = svc.vault.generation

    window.start_backfill()  # the real background queue, one batch per task
    qtbot.waitUntil(lambda: svc.pending_fingerprints() == 0, timeout=60_000)
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=60_000)
    assert svc.vault.generation > generation  # it saved
    window.reload()
    shown = texts(window.home_page)
    assert any("Nothing has changed since." in t for t in shown), shown
    assert not any("The vault has changed since." in t for t in shown)

    svc.add_buyer("小鱼")  # what the performer entered: a change a backup must keep
    window.reload()
    assert any("The vault has changed since." in t for t in texts(window.home_page))
