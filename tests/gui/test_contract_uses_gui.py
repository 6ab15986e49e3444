"""The deal dialog's permitted uses: the vocabulary's checkboxes and the text of "other"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.ui.dialogs.deal_dialog import DealDialog
from tests.support import performer_vault


def test_the_deal_dialog_edits_the_uses_as_keys_and_other_text(qtbot: Any, tmp_path: Path) -> None:
    service = performer_vault(tmp_path / "vault", photos=1)
    try:
        buyer = service.add_buyer("阿杰", platform="xianyu")
        deal = service.add_deal(
            buyer.id, sorted(service.records.media), "2025-06-01", uses=["advertising"]
        )
        dialog = DealDialog(service, deal)
        qtbot.addWidget(dialog)
        boxes = dialog.use_boxes
        assert boxes["advertising"].isChecked() and not boxes["face_swap_drama"].isChecked()
        boxes["face_swap_drama"].setChecked(True)
        qtbot.keyClicks(dialog.uses, "Moments")  # typing the other use ticks "other"
        assert boxes["other"].isChecked()
        fields = dialog.fields()
        assert fields["uses_other"] == "Moments"
        updated = service.update_deal(deal.id, uses=fields["uses"], uses_other=fields["uses_other"])
        assert (updated.uses, updated.uses_other) == (
            ["face_swap_drama", "advertising", "other"],
            "Moments",
        )
        dialog.grab().save(str(tmp_path / "deal.png"))
    finally:
        service.lock()
