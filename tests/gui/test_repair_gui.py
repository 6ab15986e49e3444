"""Check the vault… offers to repair damaged matching data (``check --repair`` in the GUI).

A photo's derived object (a test object fingerprint: fast, no OpenCV) is deleted from the
vault folder; the check names it and shows “Repair”; pressing it drops the reference in one
save, the window's background queue computes the object again, and the next check is clean.
A damaged photo itself gets no Repair button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.models import NO_OBJECT
from app.matching import fingerprints
from app.ui.main_window import MainWindow
from tests.reliability.test_kill_backfill_objects import BLOB, REGISTRY
from tests.support import flip_bit, jpeg_bytes
from tests.support.gui import service_of


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)


def test_repair_drops_damaged_matching_data_and_the_queue_computes_it(
    qtbot: Any, window: MainWindow, controller: Any, registry: None
) -> None:
    service = service_of(window)
    items = service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i)) for i in range(3)])
    assert service.backfill().pending == 0
    item = items[1]
    oid = service.records.media[item.id].derived[BLOB.key]
    assert oid != NO_OBJECT
    service.vault.object_path(oid).unlink()

    dialog = window.check_vault()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.problems.count() == 1 and "IMG_1.jpg" in dialog.problems.item(0).text()
    assert not dialog.repair_button.isHidden() and not dialog.repair_note.isHidden()
    with qtbot.waitSignal(dialog.repaired, timeout=10_000) as signal:
        dialog.repair_button.click()
    assert signal.args == [1]
    assert dialog.repair_button.isHidden() and dialog.problems.isHidden()
    assert "1" in dialog.repair_note.text()
    # the window's queue then computes it again
    qtbot.waitUntil(
        lambda: service.records.media[item.id].derived.get(BLOB.key) not in (None, oid),
        timeout=20_000,
    )
    again = window.check_vault()
    assert again is not None
    qtbot.waitUntil(lambda: again.report is not None, timeout=10_000)
    assert again.report.ok and again.repair_button.isHidden()


def test_a_damaged_photo_gets_no_repair_button(qtbot: Any, window: MainWindow) -> None:
    service = service_of(window)
    [item] = service.import_photo_data([("photo.jpg", jpeg_bytes(7))])
    flip_bit(Path(service.vault.object_path(item.object_id)), -20)
    dialog = window.check_vault()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.problems.count() == 1
    assert dialog.repair_button.isHidden() and dialog.repair_note.isHidden()


def test_a_search_that_meets_damaged_features_has_the_queue_compute_them(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    """The match dialog (which leaves indexing to the window's queue): the damaged photo is
    counted as still being prepared, and the queue computes its features again at once."""
    from app.services.matching import FEATURES_KEY
    from tests.gui.test_matching_gui import helper, wait_done
    from tests.reliability.test_damage_matching import by_name, jpeg, picture, query

    service = service_of(window)
    service.import_photo_data([(f"{n}.jpg", jpeg(picture(n))) for n in ("coffee", "chelsea")])
    assert service.backfill().pending == 0
    coffee = by_name(service, "coffee")
    oid = service.records.media[coffee].derived[FEATURES_KEY]
    path = service.vault.object_path(oid)
    path.write_bytes(path.read_bytes()[:100])  # truncated
    dialog = helper(window).find([query(tmp_path, "chelsea")])
    wait_done(qtbot, dialog)
    assert dialog.outcome.results[0].matches[0].item_name == "chelsea.jpg"
    assert dialog.pending_note.isVisibleTo(dialog) and "1" in dialog.pending_note.text()
    qtbot.waitUntil(
        lambda: service.records.media[coffee].derived.get(FEATURES_KEY) not in (None, oid),
        timeout=30_000,
    )
    dialog.close()
    again = helper(window).find([query(tmp_path, "coffee")])
    wait_done(qtbot, again)
    assert again.outcome.results[0].matches[0].item_name == "coffee.jpg"
    assert service.matching.unsearchable() == []
    again.close()
