"""VaultService: validation of every field, deals with attachments, rollback of failed saves."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput, NotFound, VaultDamaged, VaultLocked, WriteFailed
from app.services.vault_service import VaultService
from app.vault import store
from app.vault.vault import INDEX_DIR, KEEP_GENERATIONS
from tests.support import PASSWORD, jpeg_bytes, new_service, write


def reopen(service: VaultService) -> VaultService:
    service.lock()
    return VaultService.open(service.path, PASSWORD)


def photos(service: VaultService, n: int) -> list[str]:
    items = service.import_photo_data((f"IMG_{i}.jpg", jpeg_bytes(100 + i)) for i in range(n))
    return [i.id for i in items]


# --- buyers ------------------------------------------------------------------------------------


def test_buyer_round_trip_with_every_cli_field(service: VaultService) -> None:
    buyer = service.add_buyer(
        "  阿杰  ",
        platform="xianyu",
        platform_user_id="tb_1",
        contact="微信 x",
        notes="n",
        order_numbers=["1", " ", "2"],
        country="de",
    )
    assert buyer.name == "阿杰" and buyer.order_numbers == ["1", "2"] and buyer.country == "DE"
    again = reopen(service)
    try:
        assert again.buyer(buyer.id) == buyer
        assert again.buyer(buyer.id[:6]) == buyer  # an unambiguous prefix of 6 is enough
    finally:
        again.lock()


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"name": " "}, "needs a name"),
        ({"name": "x", "platform": "taobao"}, "platform must be one of"),
        ({"name": "x", "country": "C1"}, "two-letter"),
        ({"name": "x", "country": "china"}, "two-letter code such as CN, US or DE, not 'CHINA'"),
        ({"name": "x", "id": "abc"}, "cannot be set"),
        ({"name": "x", "contact": "y" * 20_001}, "longer than"),
        ({"name": "x", "shoe_size": "42"}, "Unknown buyer field"),
    ],
)
def test_buyer_validation_is_a_sentence(
    service: VaultService, fields: dict[str, str], says: str
) -> None:
    name = fields.pop("name")
    with pytest.raises(InvalidInput, match=says) as caught:
        service.add_buyer(name, **fields)
    assert str(caught.value).endswith(".")
    assert service.records.buyers == {}


def test_unknown_ids_are_not_found(service: VaultService) -> None:
    with pytest.raises(NotFound, match="no buyer with id 'nobody'"):
        service.buyer("nobody")
    with pytest.raises(NotFound):
        service.find_media("abcdef")


# --- deals -------------------------------------------------------------------------------------


def test_deal_with_attachments_round_trips(service: VaultService, tmp_path: Path) -> None:
    ids = photos(service, 2)
    buyer = service.add_buyer("星河传媒")
    contract = write(tmp_path / "合同.pdf", b"%PDF-1.4 contract text")
    deal = service.add_deal(
        buyer.id[:8],
        [ids[0][:8], ids[1], ids[0]],
        "2026-01-05",
        attach=[(contract, "contract")],
        price="1,200.50",
        currency="usd",
        uses_other="短剧",
        ai_training="no",
        term="until",
        term_until="2027-01-05",
        order_no="ORD-9",
    )
    assert deal.media_ids == ids  # prefixes resolved, repeats dropped
    assert (deal.price, deal.currency) == ("1200.50", "USD")
    [att_id] = deal.attachment_ids
    again = reopen(service)
    try:
        assert again.deal(deal.id) == deal
        att = again.records.attachments[att_id]
        assert (att.name, att.kind, att.mime) == ("合同.pdf", "contract", "application/pdf")
        assert again.attachment_bytes(att_id) == b"%PDF-1.4 contract text"
        assert att.sha256 == hashlib.sha256(b"%PDF-1.4 contract text").hexdigest()
        assert [m.id for m in again.records.media_for_buyer(buyer.id)] == ids
    finally:
        again.lock()


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"date": "05/01/2026"}, "YYYY-MM-DD"),
        ({"price": "thirty"}, "number"),
        ({"price": "-1"}, "zero or more"),
        ({"currency": "U$D"}, "three-letter"),
        ({"term": "until"}, "needs that date"),
        ({"term": "unlimited", "term_until": "2027-01-01"}, "only given with"),
        ({"term": "until", "term_until": "2020-01-01"}, "ends before"),
        ({"ai_training": "maybe"}, "must be one of"),
        ({"term": "forever"}, "must be one of"),
    ],
)
def test_deal_validation(service: VaultService, fields: dict[str, Any], says: str) -> None:
    [pid] = photos(service, 1)
    buyer = service.add_buyer("b")
    date = fields.pop("date", "2026-01-05")
    with pytest.raises(InvalidInput, match=says):
        service.add_deal(buyer.id, [pid], date, **fields)
    assert service.records.deals == {}


def test_a_deal_needs_a_photo(service: VaultService) -> None:
    buyer = service.add_buyer("b")
    with pytest.raises(InvalidInput, match="at least one"):
        service.add_deal(buyer.id, [], "2026-01-01")


def test_deleting_a_photo_takes_it_out_of_deals_and_later_off_the_disk(
    service: VaultService,
) -> None:
    a, b = photos(service, 2)
    buyer = service.add_buyer("b")
    deal = service.add_deal(buyer.id, [a, b], "2026-01-01")
    item = service.media_item(a)
    service.delete_media(a)
    assert service.deal(deal.id).media_ids == [b]
    path = service.vault.object_path(item.object_id)
    assert path.exists()  # older index generations still refer to it
    for i in range(KEEP_GENERATIONS):
        service.update_performer(notes=str(i))
    assert not path.exists()
    assert not service.vault.object_path(item.thumb_object_id).exists()
    assert service.check().ok


def test_performer_update(service: VaultService) -> None:
    service.update_performer(stage_names=["小雨", " "], email="x@example.com")
    with pytest.raises(InvalidInput, match="Unknown performer"):
        service.update_performer(age="20")
    again = reopen(service)
    assert again.records.performer.stage_names == ["小雨"]
    assert again.records.performer.display_name == "Lin"
    again.lock()


# --- failed saves leave everything as it was -----------------------------------------------------


def test_a_failed_save_rolls_back_memory_and_leaves_the_disk(
    service: VaultService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    [pid] = photos(service, 1)
    before_records = service.records.to_json()
    before_disk = {p: p.read_bytes() for p in service.path.rglob("*") if p.is_file()}

    def disk_full(target: Path, data: bytes) -> None:
        raise WriteFailed("The disk is full; nothing was changed (test).")

    monkeypatch.setattr(store, "atomic_write", disk_full)
    with pytest.raises(WriteFailed, match="disk is full"):
        service.add_buyer("阿杰")
    with pytest.raises(WriteFailed):
        service.import_paths([write(tmp_path / "new.jpg", jpeg_bytes(55))])
    assert service.records.to_json() == before_records
    assert {p: p.read_bytes() for p in service.path.rglob("*") if p.is_file()} == before_disk

    monkeypatch.undo()
    buyer = service.add_buyer("阿杰")
    again = reopen(service)
    try:
        assert list(again.records.buyers) == [buyer.id]
        assert list(again.records.media) == [pid]
        assert again.check().ok
    finally:
        again.lock()


def test_export_refuses_bytes_that_differ_from_the_record(
    service: VaultService, tmp_path: Path
) -> None:
    [pid] = photos(service, 1)
    service.records.media[pid].sha256 = "0" * 64
    with pytest.raises(VaultDamaged, match="does not match"):
        service.export_original(pid, tmp_path / "out.jpg")
    assert list(tmp_path.iterdir()) == [service.path]


def test_locked_service_holds_no_key(service: VaultService) -> None:
    service.lock()
    with pytest.raises(VaultLocked):
        service.vault.key  # noqa: B018
    assert service.records.media == {}
    VaultService.open(service.path, PASSWORD).lock()  # and the lock was released


def test_index_generations_grow_one_per_change(service: VaultService) -> None:
    start = service.vault.generation
    service.add_buyer("a")
    service.add_buyer("b")
    assert service.vault.generation == start + 2
    names = sorted(p.name for p in (service.path / INDEX_DIR).iterdir())
    assert names[-1] == f"index-{start + 2:012d}.lvi"


@pytest.fixture(scope="module")
def shared_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultService]:
    service = new_service(tmp_path_factory.mktemp("text") / "v")
    service.import_photo_data([("a.jpg", jpeg_bytes(1))])
    yield service
    service.lock()


@settings(max_examples=25, deadline=None)
@given(text=st.text(max_size=60), tags=st.lists(st.text(max_size=10), max_size=3))
def test_any_text_survives_save_and_reload(
    shared_service: VaultService, text: str, tags: list[str]
) -> None:
    # every code point the index may meet: NUL, RTL marks, emoji, lone surrogates
    service = shared_service
    buyer = service.add_buyer(text.strip() or "x", notes=text, order_numbers=tags)
    [pid] = service.records.media
    service.update_media(pid, tags=tags, notes=text)
    # internals: the records as decrypted from the newest index on disk
    service.vault._load_index()
    assert service.buyer(buyer.id) == buyer
    assert service.records.buyers[buyer.id].notes == text.strip()
    assert service.media_item(pid).tags == [t.strip() for t in tags]
