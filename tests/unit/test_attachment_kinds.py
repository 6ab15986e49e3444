"""Each attachment has its own kind, editable later (issue 14): set_attachment_kind and
update_deal(attachment_kinds=...) in one save, refused before any change when wrong; the CLI
twin set-attachment-kind; the GUI's guess of a new file's kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInput, NotFound
from app.services.vault_service import VaultService
from tests.support import PASSWORD, jpeg_bytes, new_service, png_bytes, write


def deal_with_files(service: VaultService, tmp_path: Path) -> tuple[str, str, str]:
    """A deal with a contract PDF and a chat screenshot; (deal, pdf, png) ids."""
    pdf = write(tmp_path / "合同.pdf", b"%PDF-1.4 the contract")
    png = write(tmp_path / "screenshot.png", png_bytes(3))
    buyer = service.add_buyer("阿杰")
    photos = service.import_photo_data([("p.jpg", jpeg_bytes(1))])
    deal = service.add_deal(
        buyer.id, [photos[0].id], "2025-05-01", attach=[(pdf, "contract"), (png, "chat")]
    )
    first, second = deal.attachment_ids
    return deal.id, first, second


def test_a_kind_is_changed_in_one_save_and_kept(service: VaultService, tmp_path: Path) -> None:
    _deal, _pdf, png = deal_with_files(service, tmp_path)
    before = service.vault.generation
    att = service.set_attachment_kind(png[:8], "receipt")  # a prefix, as elsewhere
    assert att.id == png and att.kind == "receipt"
    assert service.vault.generation == before + 1
    path = service.path
    service.lock()
    again = VaultService.open(path, PASSWORD)
    try:
        assert again.records.attachments[png].kind == "receipt"
    finally:
        again.lock()


def test_a_wrong_kind_or_attachment_changes_nothing(service: VaultService, tmp_path: Path) -> None:
    _deal, pdf, png = deal_with_files(service, tmp_path)
    before = service.vault.generation
    with pytest.raises(InvalidInput):
        service.set_attachment_kind(png, "selfie")
    with pytest.raises(InvalidInput):
        service.set_attachment_kind(png, "id_document")  # not a deal file's kind
    with pytest.raises(NotFound):
        service.set_attachment_kind("ffffffffffff", "chat")
    assert service.vault.generation == before
    assert service.records.attachments[png].kind == "chat"
    assert service.records.attachments[pdf].kind == "contract"


def test_the_id_document_keeps_its_kind(service: VaultService, tmp_path: Path) -> None:
    shot = write(tmp_path / "id.png", png_bytes(4))
    service.set_id_document([shot])
    (att_id,) = service.records.performer.id_document_ids
    with pytest.raises(InvalidInput, match="ID document"):
        service.set_attachment_kind(att_id, "other")
    assert service.records.attachments[att_id].kind == "id_document"


def test_update_deal_relabels_files_in_the_same_save(service: VaultService, tmp_path: Path) -> None:
    deal_id, pdf, png = deal_with_files(service, tmp_path)
    before = service.vault.generation
    service.update_deal(deal_id, notes="补充", attachment_kinds={pdf: "other", png: "receipt"})
    assert service.vault.generation == before + 1
    kinds = {a: service.records.attachments[a].kind for a in (pdf, png)}
    assert kinds == {pdf: "other", png: "receipt"}
    assert service.records.deals[deal_id].notes == "补充"
    # a wrong kind refuses the whole change: neither the notes nor any kind
    with pytest.raises(InvalidInput):
        service.update_deal(deal_id, notes="不该保存", attachment_kinds={pdf: "contract", png: "x"})
    assert service.records.deals[deal_id].notes == "补充"
    assert service.records.attachments[pdf].kind == "other"
    assert service.vault.generation == before + 1


def test_cli_set_attachment_kind(run: Any, tmp_path: Path) -> None:
    service = new_service(tmp_path / "v", "Lin")
    _deal, pdf, png = deal_with_files(service, tmp_path)
    path = service.path
    service.lock()
    result = run("set-attachment-kind", path, png[:8], "receipt", stdin=PASSWORD + "\n")
    assert result.code == 0, result.err
    assert png in result.out and "receipt" in result.out
    assert run("set-attachment-kind", path, pdf, "selfie", stdin=PASSWORD + "\n").code == 2
    listed = run("attachments", path, "--json", stdin=PASSWORD + "\n").json()
    assert {a["id"]: a["kind"] for a in listed} == {pdf: "contract", png: "receipt"}


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("scan.pdf", b"%PDF-1.7", "contract"),
        ("合同.jpg", b"", "contract"),  # the name says it first
        ("支付记录.png", b"", "receipt"),
        ("IMG_2041.PNG", b"", "chat"),
        ("no-suffix", png_bytes(2), "chat"),  # an image by its content
        ("notes.txt", b"hello", "other"),
    ],
)
def test_a_new_files_kind_is_guessed(qapp: Any, name: str, head: bytes, kind: str) -> None:
    from app.ui.widgets.attachment_list import guess_kind

    assert guess_kind(name, head) == kind
