"""Takedown choices in the GUI (issue 11): the notice's variant and grounds follow the records
and are shown; a contradicting choice is refused; Your details takes the ID document image."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services.vault_service import VaultService
from app.ui.dialogs.performer_dialog import PerformerDialog
from app.ui.letters import ComposeLetterDialog
from tests.support import jpeg_bytes, performer_vault

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


@pytest.fixture
def service(tmp_path: Path) -> Iterator[VaultService]:
    svc = performer_vault(
        tmp_path / "v", photos=2, legal_name="林雨", id_number="110101199001011234"
    )
    yield svc
    svc.lock()


def open_takedown(qtbot: Any, service: VaultService) -> ComposeLetterDialog:
    dialog = ComposeLetterDialog(service, mode="takedown")
    qtbot.addWidget(dialog)
    dialog.urls.setPlainText("https://www.douyin.com/video/1")
    dialog.photos.select_all.click()  # the picker's "Select all"
    dialog.recompose()
    return dialog


def test_variant_and_grounds_follow_the_records_and_are_shown(
    qtbot: Any, service: VaultService
) -> None:
    dialog = open_takedown(qtbot, service)
    comp = dialog.composition
    assert comp is not None and comp.variant == "never"
    assert dialog.grounds["deep-synthesis"].isChecked()  # chosen by the service, shown
    # internals: the label the dialog gives the variant (no public name for it)
    assert dialog._variant_labels()["never"] in dialog.route_label.text()
    dialog.close()

    buyer = service.add_buyer("阿杰")
    service.add_deal(buyer.id, sorted(service.records.media), "2025-06-01")
    dialog = open_takedown(qtbot, service)
    comp = dialog.composition
    assert comp is not None and comp.variant == "scope"
    assert not dialog.grounds["deep-synthesis"].isChecked()
    assert "从未" not in comp.body and "never" not in comp.body
    dialog.variant.setCurrentIndex(dialog.variant.findData("never"))
    dialog.recompose()
    assert dialog.composition is None and not dialog.save_button.isEnabled()
    assert "never consented" in dialog.error_label.text()
    dialog.variant.setCurrentIndex(dialog.variant.findData(""))
    dialog.grounds["deep-synthesis"].setChecked(True)  # the user's own choice stays
    dialog.recompose()
    comp = dialog.composition
    assert comp is not None and comp.grounds == ["deep-synthesis"]
    assert "本人从未给予此项同意" not in comp.body


def test_your_details_stores_the_id_document_image(
    qtbot: Any, service: VaultService, tmp_path: Path
) -> None:
    image = tmp_path / "id.jpg"
    image.write_bytes(jpeg_bytes(seed=5))
    dialog = PerformerDialog(service)
    qtbot.addWidget(dialog)
    assert not dialog.remove_id.isEnabled()
    dialog.set_id_images([str(image)])
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    (att_id,) = service.records.performer.id_document_ids
    assert service.attachment_bytes(att_id) == image.read_bytes()
    assert service.records.performer.legal_name == "林雨"  # the other details kept
    again = PerformerDialog(service)
    qtbot.addWidget(again)
    assert "1" in again.id_label.text() and again.remove_id.isEnabled()
    again.set_id_images([])
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save()
    assert service.records.performer.id_document_ids == []
