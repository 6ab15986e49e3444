"""update_deal stores new files in the same save as the change, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import WriteFailed
from app.services.vault_service import VaultService
from app.vault import store
from tests.support import PASSWORD, jpeg_bytes, new_service, png_bytes, write


def _objects(root: Path) -> set[Path]:
    return set(root.rglob("*.lvo"))


def test_update_deal_attaches_new_files_in_one_save(tmp_path: Path) -> None:
    service = new_service(tmp_path / "v", "me")
    photo = service.import_photo_data([("a.jpg", jpeg_bytes(1))])[0]
    buyer = service.add_buyer("阿杰")
    deal = service.add_deal(buyer.id, [photo.id], "2025-01-01")
    before = service.vault.generation
    receipt = write(tmp_path / "r.png", png_bytes(3))

    updated = service.update_deal(deal.id, attach=[(receipt, "receipt")], price="30")

    assert service.vault.generation == before + 1
    [att_id] = updated.attachment_ids
    assert service.records.attachments[att_id].kind == "receipt"
    assert service.attachment_bytes(att_id) == receipt.read_bytes()
    service.lock()
    reopened = VaultService.open(tmp_path / "v", PASSWORD)
    assert reopened.records.deals[deal.id].attachment_ids == [att_id]
    assert reopened.records.deals[deal.id].price == "30"
    reopened.lock()


def test_update_deal_with_a_failing_save_stores_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "v"
    service = new_service(root, "me")
    photo = service.import_photo_data([("a.jpg", jpeg_bytes(1))])[0]
    buyer = service.add_buyer("阿杰")
    deal = service.add_deal(buyer.id, [photo.id], "2025-01-01")
    objects = _objects(root)
    receipt = write(tmp_path / "r.png", png_bytes(3))

    def refuse(*_args: object) -> None:
        raise WriteFailed("The disk is full; nothing was changed.")

    monkeypatch.setattr(store, "atomic_write", refuse)  # the module vault.py writes through
    with pytest.raises(WriteFailed):
        service.update_deal(deal.id, attach=[(receipt, "receipt")], price="30")
    assert service.records.deals[deal.id] == deal
    assert service.records.attachments == {}
    assert _objects(root) == objects  # the receipt's object was removed again
    service.lock()
