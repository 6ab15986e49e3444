"""A saved letter keeps the PDF it was saved as, encrypted in the vault (issue 14: a saved
letter can be opened): replaced and deleted drafts take it with them, a rekey re-encrypts it,
the check verifies it, and nothing is ever re-rendered from records that changed since."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import letters as L
from app.services.demo import build_demo_vault
from app.services.vault_service import VaultService
from tests.support import FAST_KDF


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[VaultService]:
    service, _ = build_demo_vault(tmp_path / "v", "pw", argon2=FAST_KDF)
    yield service
    if service.vault.is_open:
        service.lock()


def ajie(service: VaultService) -> str:
    return next(b.id for b in service.records.buyers.values() if b.name == "短剧工作室阿杰")


def test_the_saved_pdf_is_kept_encrypted_and_read_back_as_saved(
    demo: VaultService, tmp_path: Path
) -> None:
    comp = L.compose_buyer_letter(demo, ajie(demo), "deletion")
    data = L.render(comp)
    letter = L.record(demo, comp, pdf=data)
    assert L.saved_pdf(demo, letter.id) == data
    on_disk = demo.vault.object_path(letter.pdf_object_id).read_bytes()
    assert b"%PDF" not in on_disk and data[:64] not in on_disk
    assert demo.check().ok
    # the buyer renamed since: the kept PDF is still the one that was saved
    demo.update_buyer(ajie(demo), name="someone else")
    assert L.saved_pdf(demo, letter.id) == data
    demo.rekey("pw")  # re-encrypted with the new key, found again
    assert L.saved_pdf(demo, letter.id) == data
    assert demo.check().ok


def test_a_letter_without_a_kept_pdf_says_so(demo: VaultService) -> None:
    comp = L.compose_buyer_letter(demo, ajie(demo), "deletion")
    letter = L.record(demo, comp)
    assert L.saved_pdf(demo, letter.id) is None


def test_a_replaced_or_deleted_draft_takes_its_pdf_along(demo: VaultService) -> None:
    comp = L.compose_buyer_letter(demo, ajie(demo), "deletion")
    first = L.record(demo, comp, pdf=L.render(comp))
    again = L.compose_buyer_letter(demo, ajie(demo), "deletion")
    second = L.record(demo, again, pdf=L.render(again))
    assert first.id not in demo.records.letters  # replaced: one draft per buyer and deals
    assert first.pdf_object_id in demo.vault.trashed_object_ids()
    L.delete_draft(demo, second.id)
    assert second.pdf_object_id in demo.vault.trashed_object_ids()
    assert demo.leftovers().sizes == {}


def test_the_cli_keeps_the_pdf_it_wrote_too(demo: VaultService, run: Any, tmp_path: Path) -> None:
    buyer_id = ajie(demo)
    path = demo.path
    demo.lock()
    out = tmp_path / "letter.pdf"
    result = run("letter", path, "--buyer", buyer_id, "--kind", "deletion", "-o", out, stdin="pw\n")
    assert result.code == 0, result.err
    again = VaultService.open(path, "pw")
    try:
        (letter,) = [x for x in again.records.letters.values() if x.kind == "deletion"]
        assert L.saved_pdf(again, letter.id) == out.read_bytes()
    finally:
        again.lock()
