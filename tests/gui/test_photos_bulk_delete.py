"""Deleting several selected photos on the Photos page is one save (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from app.ui import main_window as main_window_module
from app.ui.main_window import MainWindow
from tests.support import jpeg_bytes


def test_deleting_three_selected_photos_writes_one_generation(
    qtbot: Any,
    window: MainWindow,
    controller: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = window.service
    assert service is not None
    items = service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(70 + i)) for i in range(4)])
    ids = [m.id for m in items]
    buyer = service.add_buyer("阿杰")
    service.add_deal(buyer.id, ids, "2025-05-01")
    window.reload()
    generation = service.vault.generation
    monkeypatch.setattr(main_window_module, "confirm", lambda *_a: True)
    window.delete_photos(ids[:3])
    qtbot.waitUntil(lambda: window.photos_page.model.rowCount() == 1, timeout=10_000)
    assert service.vault.generation == generation + 1  # one save, not three
    assert list(service.records.media) == [ids[3]]
    assert service.records.deals_for_media(ids[3])[0].media_ids == [ids[3]]
