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
    generation = service.vault.generation
    with qtbot.waitSignal(dialog.repaired, timeout=10_000) as signal:
        dialog.repair_button.click()
    assert signal.args == [1]
    assert dialog.repair_button.isHidden() and dialog.problems.isHidden()
    assert "1" in dialog.repair_note.text()
    # one save dropped it; the window's queue then computes it again (another save)
    qtbot.waitUntil(
        lambda: service.records.media[item.id].derived.get(BLOB.key) not in (None, oid),
        timeout=20_000,
    )
    assert service.vault.generation >= generation + 2
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
