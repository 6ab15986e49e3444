"""Sightings (where the face was seen): service, tracing to buyers, attachments, CLI."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import Records, to_dict
from app.errors import InUse, InvalidInput, NotFound, WriteFailed
from app.matching.trace import buyers_for_media
from app.services.validation import platform_from_url
from app.services.vault_service import VaultService
from app.vault import store
from app.vault.vault import KEEP_GENERATIONS
from tests.support import PASSWORD, jpeg_bytes, new_service, png_bytes, write


def reopen(service: VaultService) -> VaultService:
    service.lock()
    return VaultService.open(service.path, PASSWORD)


@dataclasses.dataclass
class Case:
    photos: list[str]
    early: str  # buyer with the earlier deal (photos 0, 1)
    late: str  # buyer with the later deal (photos 1, 2)
    other: str  # buyer with a deal for photo 3 only


def setup_case(service: VaultService) -> Case:
    items = service.import_photo_data((f"IMG_{i}.jpg", jpeg_bytes(300 + i)) for i in range(4))
    ids = [m.id for m in items]
    late = service.add_buyer("星河")
    early = service.add_buyer("阿杰")
    other = service.add_buyer("路人")
    service.add_deal(late.id, ids[1:3], "2025-08-01")
    service.add_deal(early.id, ids[0:2], "2025-03-01")
    service.add_deal(other.id, ids[3:4], "2025-01-01")
    return Case(ids, early.id, late.id, other.id)


# --- tracing ----------------------------------------------------------------------------------


def test_trace_lists_each_buyer_of_the_photos_once_earliest_deal_first(
    service: VaultService,
) -> None:
    case = setup_case(service)
    records = service.records
    assert buyers_for_media(records, [case.photos[1]]) == [case.early, case.late]
    assert buyers_for_media(records, [case.photos[2], case.photos[1]]) == [case.early, case.late]
    assert buyers_for_media(records, [case.photos[3]]) == [case.other]
    assert buyers_for_media(records, []) == []
    assert buyers_for_media(Records(), [case.photos[0]]) == []


def test_sighting_without_buyers_traces_back_and_survives_reopening(
    service: VaultService, tmp_path: Path
) -> None:
    case = setup_case(service)
    shot = write(tmp_path / "屏幕截图.png", png_bytes(7))
    sighting = service.add_sighting(
        "https://www.douyin.com/video/7300000000000000001",
        platform="douyin",
        title="《逆袭千金》第3集",
        seen_on="2026-01-05",
        media_ids=[case.photos[2][:8]],  # an id prefix, as elsewhere
        screenshots=[(shot, "other")],
        notes="换脸",
    )
    assert sighting.media_ids == [case.photos[2]]
    assert sighting.buyer_ids == [case.late]
    [att_id] = sighting.attachment_ids
    again = reopen(service)
    try:
        stored = again.sighting(sighting.id)
        assert to_dict(stored) == to_dict(sighting)
        assert again.attachment_bytes(att_id) == png_bytes(7)
        assert again.records.attachments[att_id].name == "屏幕截图.png"
        assert again.check().ok
    finally:
        again.lock()


def test_buyers_given_are_kept_and_the_date_defaults_to_today(service: VaultService) -> None:
    case = setup_case(service)
    sighting = service.add_sighting(
        "http://example.com/x", media_ids=[case.photos[1]], buyer_ids=[case.other, case.other]
    )
    assert sighting.buyer_ids == [case.other]
    assert sighting.seen_on == date.today().isoformat()
    assert sighting.platform == "other"
    bare = service.add_sighting("https://example.com/no-photo")
    assert bare.media_ids == [] and bare.buyer_ids == []


@pytest.mark.parametrize(
    "url",
    [
        "www.douyin.com/video/1",
        "ftp://example.com/file",
        "https://",
        "javascript:alert(1)",
        "https://exa mple.com/",
        "http://[::1",
        "",
    ],
)
def test_a_link_that_is_not_a_web_address_is_refused_with_a_sentence(
    service: VaultService, url: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        service.add_sighting(url)
    message = str(err.value)
    assert message.startswith("The link must be a web address that starts with http://")
    assert message.endswith(".")
    assert service.records.sightings == {}


@pytest.mark.parametrize(
    ("fields", "error", "says"),
    [
        ({"platform": "youtube"}, InvalidInput, "The platform must be one of douyin, hongguo"),
        ({"seen_on": "5.1.2026"}, InvalidInput, "The day it was seen must be a date"),
        ({"media_ids": ["ffffffffffff"]}, NotFound, "There is no photo or clip"),
        ({"buyer_ids": ["ffffffffffff"]}, NotFound, "There is no buyer"),
    ],
)
def test_sighting_validation(
    service: VaultService, fields: dict[str, Any], error: type[Exception], says: str
) -> None:
    setup_case(service)
    with pytest.raises(error, match=says):
        service.add_sighting("https://example.com/v", **fields)
    assert service.records.sightings == {}


def test_update_and_delete_a_sighting_release_screenshots_nothing_else_uses(
    service: VaultService, tmp_path: Path
) -> None:
    case = setup_case(service)
    a = write(tmp_path / "a.png", png_bytes(1))
    b = write(tmp_path / "b.png", png_bytes(2))
    sighting = service.add_sighting(
        "https://v.kuaishou.com/abc", platform="kuaishou", screenshots=[(a, "other"), (b, "chat")]
    )
    shot_a, shot_b = sighting.attachment_ids
    # shot_b is also evidence of a deal: dropping it from the sighting must keep it
    deal = service.records.deals_for_buyer(case.early)[0]
    service.update_deal(deal.id, attachment_ids=[shot_b])
    object_a = service.records.attachments[shot_a].object_id

    c = write(tmp_path / "c.png", png_bytes(3))
    updated = service.update_sighting(
        sighting.id[:8], title="第二集", attachment_ids=[], screenshots=[(c, "other")]
    )
    [shot_c] = updated.attachment_ids
    assert updated.title == "第二集" and updated.url == "https://v.kuaishou.com/abc"
    assert shot_a not in service.records.attachments  # used by nothing: deleted
    assert shot_b in service.records.attachments  # the deal still uses it
    assert service.vault.object_path(object_a).exists()  # older generations still refer to it

    service.delete_sighting(sighting.id)
    assert service.records.sightings == {}
    assert shot_c not in service.records.attachments
    assert shot_b in service.records.attachments
    for i in range(KEEP_GENERATIONS):
        service.update_performer(notes=str(i))
    assert not service.vault.object_path(object_a).exists()
    assert service.check().ok
    other = service.add_sighting("https://a.cn")
    with pytest.raises(InvalidInput, match="Unknown sighting field: colour"):
        service.update_sighting(other.id, colour="red")


def test_a_failed_save_of_a_sighting_leaves_memory_and_disk_as_they_were(
    service: VaultService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    case = setup_case(service)
    shot = write(tmp_path / "shot.png", png_bytes(9))
    kept = service.add_sighting("https://example.com/1", media_ids=[case.photos[0]])
    before_records = service.records.to_json()
    before_disk = {p: p.read_bytes() for p in service.path.rglob("*") if p.is_file()}

    def disk_full(target: Path, data: bytes) -> None:
        raise WriteFailed("The disk is full; nothing was changed (test).")

    monkeypatch.setattr(store, "atomic_write", disk_full)
    with pytest.raises(WriteFailed):
        service.add_sighting("https://example.com/2", screenshots=[(shot, "other")])
    with pytest.raises(WriteFailed):
        service.update_sighting(kept.id, title="x", screenshots=[(shot, "other")])
    with pytest.raises(WriteFailed):
        service.delete_sighting(kept.id)
    assert service.records.to_json() == before_records
    assert {p: p.read_bytes() for p in service.path.rglob("*") if p.is_file()} == before_disk


# --- attachments ---------------------------------------------------------------------------------


def test_delete_attachment_refuses_while_used_unless_told_to_detach(
    service: VaultService, tmp_path: Path
) -> None:
    case = setup_case(service)
    deal = service.records.deals_for_buyer(case.early)[0]
    service.update_deal(
        deal.id,
        attachment_ids=[service.add_attachment(write(tmp_path / "合同.png", png_bytes(4))).id],
    )
    [att_id] = service.deal(deal.id).attachment_ids
    sighting = service.add_sighting("https://example.com/s")
    service.update_sighting(sighting.id, attachment_ids=[att_id])
    obj = service.records.attachments[att_id].object_id

    with pytest.raises(InUse) as err:
        service.delete_attachment(att_id)
    assert deal.id in str(err.value) and sighting.id in str(err.value)
    assert "used by 2 deal(s), sighting(s) or letter(s)" in str(err.value)
    assert "合同.png" in str(err.value)
    assert att_id in service.records.attachments

    service.delete_attachment(att_id[:8], detach=True)
    assert att_id not in service.records.attachments
    assert service.deal(deal.id).attachment_ids == []
    assert service.sighting(sighting.id).attachment_ids == []
    assert service.attachment_users(att_id) == []
    with pytest.raises(NotFound):
        service.delete_attachment(att_id)
    for i in range(KEEP_GENERATIONS):
        service.update_performer(notes=str(i))
    assert not service.vault.object_path(obj).exists()
    again = reopen(service)
    try:
        assert again.records.attachments == {} and again.check().ok
    finally:
        again.lock()


def test_an_unused_attachment_is_deleted_at_once(service: VaultService, tmp_path: Path) -> None:
    att = service.add_attachment(write(tmp_path / "r.png", png_bytes(5)), "receipt")
    service.delete_attachment(att.id)
    assert service.records.attachments == {}
    assert service.vault.trashed_object_ids()[-1] == att.object_id


def test_deleting_a_photo_takes_it_out_of_sightings(service: VaultService) -> None:
    case = setup_case(service)
    sighting = service.add_sighting("https://example.com", media_ids=case.photos[:2])
    service.delete_media(case.photos[0])
    assert service.sighting(sighting.id).media_ids == [case.photos[1]]


# --- CLI -----------------------------------------------------------------------------------------


@pytest.fixture
def cli_vault(vault_dir: Path) -> tuple[Path, Case]:
    service = new_service(vault_dir, "Lin")
    case = setup_case(service)
    service.lock()
    return vault_dir, case


def test_cli_add_sighting_and_list(run: Any, cli_vault: tuple[Path, Case], tmp_path: Path) -> None:
    path, case = cli_vault
    shot = write(tmp_path / "shot.png", png_bytes(11))
    r = run(
        "add-sighting", path, "--url", "https://www.bilibili.com/video/BV1xx", "--platform",
        "bilibili", "--title", "短剧", "--seen-on", "2026-02-01", "--photo", case.photos[0][:8],
        "--screenshot", shot, "--note", "女主角", "--json",
    )  # fmt: skip
    assert r.code == 0, r.err
    added = json.loads(r.out)
    assert added["buyer_ids"] == [case.early]
    assert added["platform"] == "bilibili" and added["seen_on"] == "2026-02-01"
    assert len(added["attachment_ids"]) == 1

    r = run("add-sighting", path, "--url", "http://example.com/2", "--buyer", case.other[:8])
    assert r.code == 0, r.err
    second_id = r.out.split()[0]
    assert "traced to: 路人" in r.out

    r = run("sightings", path, "--json")
    assert r.code == 0, r.err
    listed = json.loads(r.out)
    assert isinstance(listed, list) and [s["id"] for s in listed] == [added["id"], second_id]
    assert listed[0] == added  # every field
    assert set(listed[1]) == set(added)

    r = run("sightings", path)
    assert r.code == 0 and added["id"] in r.out and "阿杰" in r.out


def test_cli_errors_exit_1_with_a_sentence_and_usage_errors_exit_2(
    run: Any, cli_vault: tuple[Path, Case]
) -> None:
    path, _case = cli_vault
    r = run("add-sighting", path, "--url", "douyin.com/video/1")
    assert r.code == 1
    assert r.err.startswith("error: The link must be a web address that starts with http://")
    assert r.err.count("\n") == 1
    r = run("add-sighting", path, "--url", "https://example.com", "--photo", "ffffffffffff")
    assert r.code == 1 and "There is no photo or clip" in r.err
    r = run("add-sighting", path, "--url", "https://example.com", "--seen-on", "yesterday")
    assert r.code == 1 and "must be a date written YYYY-MM-DD" in r.err
    assert run("add-sighting", path).code == 2  # --url is required
    assert run("add-sighting", path, "--url", "https://a.b", "--platform", "youtube").code == 2
    r = run("sightings", path, "--json")
    assert r.code == 0 and json.loads(r.out) == []


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://www.douyin.com/video/1", "douyin"),
        ("https://v.douyin.com/AbC/", "douyin"),
        ("https://www.kuaishou.com/short-video/3x", "kuaishou"),
        ("https://b23.tv/xyz", "bilibili"),
        ("https://www.xiaohongshu.com/explore/1", "xiaohongshu"),
        ("https://channels.weixin.qq.com/x", "channels"),
        ("https://www.goofish.com/item?id=1", "xianyu"),
        ("https://notdouyin.com/video/1", "other"),
        ("https://example.com/douyin.com", "other"),
    ],
)
def test_the_platform_follows_the_link_when_not_given(
    service: VaultService, url: str, platform: str
) -> None:
    assert platform_from_url(url) == platform
    assert service.add_sighting(url).platform == platform
    assert service.add_sighting(url, platform="bilibili").platform == "bilibili"


def test_update_deal_releases_dropped_attachments_only_when_asked(
    service: VaultService, tmp_path: Path
) -> None:
    case = setup_case(service)
    deal = service.records.deals_for_buyer(case.early)[0]
    a = service.add_attachment(write(tmp_path / "a.png", png_bytes(12)))
    b = service.add_attachment(write(tmp_path / "b.png", png_bytes(13)))
    service.update_deal(deal.id, attachment_ids=[a.id, b.id])
    service.update_deal(deal.id, attachment_ids=[b.id])
    assert a.id in service.records.attachments  # not asked: kept (it may be moving elsewhere)
    service.update_deal(deal.id, attachment_ids=[a.id, b.id])
    service.add_sighting("https://example.com", screenshots=())
    other = service.records.deals_for_buyer(case.late)[0]
    service.update_deal(other.id, attachment_ids=[b.id])
    service.update_deal(deal.id, release_attachments=True, attachment_ids=[])
    assert a.id not in service.records.attachments
    assert b.id in service.records.attachments  # the other deal still uses it


def test_deleting_a_buyer_without_deals_takes_them_off_sightings(service: VaultService) -> None:
    case = setup_case(service)
    loner = service.add_buyer("只看过")
    sighting = service.add_sighting("https://example.com", buyer_ids=[loner.id, case.early])
    service.delete_buyer(loner.id[:10])
    assert service.sighting(sighting.id).buyer_ids == [case.early]
