"""The public service API (issue 12): transaction(), typed find with prefixes and letter
references, bulk deletes in one save, Vault.snapshot()/restore(), records that own their
objects (object_refs, attachment_users, detach_*, copy)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.domain.models import Attachment, Buyer, Deal, Letter, MediaItem, Records, Sighting
from app.errors import InvalidInput, NotFound, WriteFailed
from app.services.core import MIN_PREFIX
from app.services.vault_service import VaultService
from app.vault import store
from tests.support import jpeg_bytes, png_bytes, write


def photos(service: VaultService, n: int) -> list[str]:
    items = service.import_photo_data((f"IMG_{i}.jpg", jpeg_bytes(200 + i)) for i in range(n))
    return [i.id for i in items]


# --- find --------------------------------------------------------------------------------------


def test_find_returns_the_records_type_by_id_or_by_a_prefix_of_four(service: VaultService) -> None:
    buyer = service.add_buyer("阿杰")
    found: Buyer = service.find(Buyer, buyer.id[:MIN_PREFIX].upper())
    assert found is buyer and MIN_PREFIX == 4
    assert service.find(Buyer, f"  {buyer.id}  ") is buyer
    with pytest.raises(NotFound, match="no buyer"):
        service.find(Buyer, buyer.id[:3])  # three characters are too few
    with pytest.raises(NotFound, match="no deal"):
        service.find(Deal, buyer.id)  # each type looks only in its own collection


def test_an_ambiguous_prefix_names_the_candidates(service: VaultService) -> None:
    with service.transaction() as records:
        for n in "12":
            records.buyers["abcd" + n * 28] = Buyer(id="abcd" + n * 28, name=f"b{n}")
    with pytest.raises(InvalidInput) as raised:
        service.find(Buyer, "abcd")
    message = str(raised.value)
    assert "more than one buyer" in message
    assert "abcd" + "1" * 28 in message and "abcd" + "2" * 28 in message
    assert service.find(Buyer, "abcd2").name == "b2"


def test_a_letter_is_found_by_the_reference_printed_on_it(service: VaultService) -> None:
    letter = Letter(id="1a2b3c4d" + "e" * 24, kind="revocation", recipient="x")
    with service.transaction() as records:
        records.letters[letter.id] = letter
    assert service.find(Letter, "LV-1A2B3C4D") is letter
    assert service.find(Letter, "lv-1a2b3c4d") is letter
    with pytest.raises(NotFound):
        service.find(Buyer, "LV-1A2B3C4D")  # only letters carry that reference


# --- transactions ------------------------------------------------------------------------------


def test_a_failed_save_restores_records_and_trash(
    service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    [pid] = photos(service, 1)
    trash = service.vault.trashed_object_ids()
    generation = service.vault.generation

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise WriteFailed("The disk is full (test).")

    monkeypatch.setattr(store, "atomic_write", disk_full)
    with pytest.raises(WriteFailed):
        service.delete_media(pid)
    monkeypatch.undo()
    assert pid in service.records.media
    assert service.vault.trashed_object_ids() == trash  # the snapshot owns the trash
    assert service.vault.generation == generation


def test_a_transaction_that_changes_nothing_saves_nothing(service: VaultService) -> None:
    generation = service.vault.generation
    with service.transaction() as records:
        records.performer = dataclasses.replace(records.performer)
    assert service.vault.generation == generation


def test_deleting_many_photos_is_one_save(service: VaultService) -> None:
    ids = photos(service, 4)
    buyer = service.add_buyer("b")
    deal = service.add_deal(buyer.id, ids, "2026-01-02")
    gone = [service.media_item(i) for i in ids[:3]]
    generation = service.vault.generation
    service.delete_media(*ids[:3])
    assert service.vault.generation == generation + 1
    assert list(service.records.media) == [ids[3]]
    assert service.deal(deal.id).media_ids == [ids[3]]
    trashed = set(service.vault.trashed_object_ids())
    assert {o for m in gone for o in (m.object_id, m.thumb_object_id)} <= trashed


def test_store_attachment_data_is_public_and_one_save(service: VaultService) -> None:
    generation = service.vault.generation
    att = service.store_attachment_data("shot.png", png_bytes(3), "chat")
    assert service.vault.generation == generation + 1
    assert service.find(Attachment, att.id[:6]) == att and att.mime == "image/png"
    assert service.attachment_bytes(att.id) == png_bytes(3)


# --- records own their objects -----------------------------------------------------------------


def test_each_record_type_declares_its_objects(service: VaultService, tmp_path: Path) -> None:
    [pid] = photos(service, 1)
    item = service.media_item(pid)
    contract = service.add_attachment(write(tmp_path / "c.pdf", b"%PDF-1.4 x"), "contract")
    performer = service.set_id_document([write(tmp_path / "id.png", png_bytes(7))])
    [id_doc] = performer.id_document_ids
    refs = {oid: (label, sha) for oid, label, sha in service.records.object_refs()}
    assert refs[item.object_id] == (f"photo IMG_0.jpg ({pid[:8]})", item.sha256)
    assert refs[item.thumb_object_id][1] == ""  # a thumbnail has no recorded hash
    assert refs[contract.object_id][1] == contract.sha256
    assert service.records.attachments[id_doc].object_id in refs  # the ID document is covered
    assert service.records.object_ids() == set(refs)
    assert service.check().checked_objects == len(refs)


def test_attachment_users_and_detach_cover_every_holder() -> None:
    att = "a" * 32
    records = Records()
    records.performer.id_document_ids = [att]
    records.deals["d"] = Deal(id="d", buyer_id="b", date="2026-01-01", attachment_ids=[att])
    records.sightings["s"] = Sighting(id="s", url="https://x.cn", attachment_ids=[att, "k"])
    records.letters["l"] = Letter(id="l", kind="revocation", recipient="b")
    records.letters["l"].reply_attachment_ids = [att]
    assert records.attachment_users(att) == [
        "deal d",
        "sighting s",
        "letter l",
        "your details (ID document)",
    ]
    before = records.copy()
    records.detach_attachment(att)
    assert records.attachment_users(att) == []
    assert records.sightings["s"].attachment_ids == ["k"]
    assert before.attachment_users(att) != []  # the copy is untouched by the change


def test_detach_media_and_buyer() -> None:
    records = Records()
    records.deals["d"] = Deal(id="d", buyer_id="b", date="2026-01-01", media_ids=["m1", "m2"])
    records.sightings["s"] = Sighting(id="s", url="u", media_ids=["m1"], buyer_ids=["b", "c"])
    records.detach_media(["m1"])
    records.detach_buyer("b")
    assert records.deals["d"].media_ids == ["m2"]
    assert records.sightings["s"].media_ids == [] and records.sightings["s"].buyer_ids == ["c"]


def test_with_objects_renames_every_object_and_nothing_else() -> None:
    records = Records()
    item = MediaItem(
        id="m",
        name="a.jpg",
        kind="photo",
        mime="image/jpeg",
        sha256="s",
        size=1,
        object_id="o1",
        imported_at="t",
        thumb_object_id="o2",
    )
    records.media["m"] = item
    records.attachments["a"] = Attachment(
        id="a", name="c", kind="other", mime="x", sha256="", size=1, object_id="o3", added_at="t"
    )
    mapping = {"o1": "n1", "o2": "n2", "o3": "n3"}
    renamed = records.with_objects(mapping)
    assert renamed.object_ids() == {"n1", "n2", "n3"}
    assert records.object_ids() == {"o1", "o2", "o3"}
    assert renamed.media["m"].name == "a.jpg"
