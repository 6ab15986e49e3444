"""The fingerprint back-fill in the desktop app: after an unlock, photos imported before a
fingerprint existed are indexed by a background queue (one batch per worker task, never on
the GUI thread); the status bar says how many are pending; locking stops the queue."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest

from app.matching import fingerprints
from app.matching.fingerprints import Fingerprint
from app.services.vault_service import VaultService
from app.ui import main_window
from app.ui.application import AppController
from tests.support import jpeg_bytes, new_service
from tests.support.gui import reopen

MEAN = Fingerprint(
    "mean-grey", 1, lambda img: f"{sum(img.convert('L').tobytes()) % 256:02x}", "test"
)
PHOTOS = 7


def old_vault(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> VaultService:
    """A vault whose photos were imported before the mean-grey fingerprint existed."""
    service = new_service(vault_dir, "Test Performer")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64,))
        service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i)) for i in range(PHOTOS)])
    monkeypatch.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64, MEAN))
    monkeypatch.setattr(main_window, "BACKFILL_BATCH", 3)  # a queue of three tasks
    return service


def pending_shown(window: main_window.MainWindow) -> int | None:
    label = window.fingerprint_label
    if label.isHidden():
        return None
    match = re.search(r"\d+", label.text())
    assert match is not None, label.text()
    return int(match.group())


def test_unlock_backfills_in_the_background_and_shows_pending(
    qtbot: Any,
    controller: AppController,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = old_vault(vault_dir, monkeypatch)
    assert service.pending_fingerprints() == PHOTOS
    calls: list[tuple[bool, int | None]] = []
    backfill = service.backfill

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append((threading.current_thread() is threading.main_thread(), kwargs["limit"]))
        return backfill(*args, **kwargs)

    monkeypatch.setattr(service, "backfill", spy)
    seen: list[int | None] = []
    window = controller.show_vault(service)
    seen.append(pending_shown(window))
    assert seen[0] is not None and 0 < seen[0] <= PHOTOS  # shown at once, counted down
    assert "pending" in window.fingerprint_label.text()

    def shown_until_done() -> bool:
        seen.append(pending_shown(window))
        return window.backfill_task is None

    qtbot.waitUntil(
        shown_until_done,
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: window.fingerprint_label.isHidden(), timeout=5_000)
    assert service.pending_fingerprints() == 0
    assert calls == [(False, 3)] * 3  # three batches, each on a worker
    numbers = [n for n in seen if n is not None]
    assert numbers == sorted(numbers, reverse=True)  # only ever counts down
    controller.lock()
    qtbot.waitUntil(lambda: not service.vault.is_open, timeout=10_000)
    again = reopen(vault_dir)
    try:
        assert again.pending_fingerprints() == 0  # saved, batch by batch
    finally:
        again.lock()


def test_locking_stops_the_queue_and_the_next_unlock_resumes(
    qtbot: Any,
    controller: AppController,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = old_vault(vault_dir, monkeypatch)
    window = controller.show_vault(service)
    assert window.backfill_task is not None
    controller.lock()  # cancels the running batch, closes the vault when it is done
    qtbot.waitUntil(lambda: not service.vault.is_open, timeout=20_000)
    resumed = reopen(vault_dir)
    left = resumed.pending_fingerprints()
    assert 0 <= left <= PHOTOS
    window = controller.show_vault(resumed)
    if left:
        assert pending_shown(window) == left
    qtbot.waitUntil(lambda: resumed.pending_fingerprints() == 0, timeout=30_000)
    qtbot.waitUntil(lambda: window.fingerprint_label.isHidden(), timeout=5_000)


def test_a_photo_that_cannot_be_indexed_is_counted_once_and_the_queue_ends(
    qtbot: Any,
    controller: AppController,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = old_vault(vault_dir, monkeypatch)
    bad = next(iter(service.records.media))
    original = service.original_bytes

    def read(item_id: str) -> bytes:
        return b"\xff\xd8\xff broken" if item_id == bad else original(item_id)

    monkeypatch.setattr(service, "original_bytes", read)
    window = controller.show_vault(service)
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=30_000)
    assert service.pending_fingerprints() == 1
    label = window.fingerprint_label
    assert not label.isHidden() and "could not be indexed" in label.text()
    assert pending_shown(window) == 1
    assert "p0.jpg" in label.toolTip()
