"""validation.extract_link: the web address out of a share text copied from an app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.services.validation import extract_link, parse_url, platform_from_url
from tests.support import new_service

# (share text as the apps copy it, the address in it, its platform)
SHARE_TEXTS = [
    (  # Douyin: score, code, 【author's work】 title, #tags, link, instructions
        "7.43 复制打开抖音，看看【小美的作品】今天的妆容 # 美妆 # 日常 "
        "https://v.douyin.com/iRNBho6u/ 复制此链接，打开Dou音搜索，直接观看视频！",
        "https://v.douyin.com/iRNBho6u/",
        "douyin",
    ),
    (  # Douyin's newer form: a password-like code with @ and / before the link
        "5.89 Ab@c.Ne 09/12 VYm:/ 【张三的作品】海边  https://v.douyin.com/ikq8axJ/ 复制此链接，"
        "打开Dou音搜索，直接观看视频！",
        "https://v.douyin.com/ikq8axJ/",
        "douyin",
    ),
    (  # Kuaishou: the link first, the instruction after
        "https://v.kuaishou.com/2x7Hcd 复制此消息，打开【快手】直接观看！",
        "https://v.kuaishou.com/2x7Hcd",
        "kuaishou",
    ),
    (  # Kuaishou with its title before
        "【小美的作品】春天来了 https://v.kuaishou.com/Jb3xYz 复制此消息，打开【快手】直接观看！",
        "https://v.kuaishou.com/Jb3xYz",
        "kuaishou",
    ),
    (  # Xiaohongshu: a full-width comma right after the link, no space
        "64 小美发布了一篇小红书笔记，快来看吧！ 😆 AbCdEf123 😆 http://xhslink.com/a/AbCdEf123，"
        "复制本条信息，打开【小红书】App查看精彩内容！",
        "http://xhslink.com/a/AbCdEf123",
        "xiaohongshu",
    ),
    (  # Bilibili app: 【title】 then the short link
        "【【AI换脸】这也太像了-哔哩哔哩】 https://b23.tv/aBcDeFg",
        "https://b23.tv/aBcDeFg",
        "bilibili",
    ),
    (  # Bilibili web: the long link with its query
        "https://www.bilibili.com/video/BV1xx411c7mD/?share_source=copy_web&vd_source=0a1b",
        "https://www.bilibili.com/video/BV1xx411c7mD/?share_source=copy_web&vd_source=0a1b",
        "bilibili",
    ),
]


@pytest.mark.parametrize(("share", "link", "platform"), SHARE_TEXTS)
def test_share_text_gives_the_link_and_its_platform(share: str, link: str, platform: str) -> None:
    found = extract_link(share)
    assert found == link
    assert platform_from_url(found) == platform
    assert parse_url(found) == link  # what the service then accepts


def test_share_text_itself_is_not_a_link() -> None:
    # what the sighting used to be refused with: the whole share text is not a web address
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput):
        parse_url(SHARE_TEXTS[0][0])


def test_a_plain_address_is_kept_as_typed() -> None:
    assert extract_link("  https://example.org/page?a=1  ") == "https://example.org/page?a=1"
    assert extract_link("https://zh.wikipedia.org/wiki/肖像权") == (
        "https://zh.wikipedia.org/wiki/肖像权"
    )
    assert extract_link("HTTPS://V.DOUYIN.COM/ABC/") == "HTTPS://V.DOUYIN.COM/ABC/"


def test_sentence_punctuation_and_brackets_around_a_link() -> None:
    assert extract_link("see (https://example.com/a_(b)) now.") == "https://example.com/a_(b)"
    assert extract_link("look: https://example.com/x. Thanks!") == "https://example.com/x"
    assert extract_link("[https://x.org/a]") == "https://x.org/a"


def test_a_known_platform_wins_over_another_address() -> None:
    text = "via https://example.org/share?x=1 : https://v.douyin.com/abc/"
    assert extract_link(text) == "https://v.douyin.com/abc/"
    assert extract_link("a https://one.example/ b https://two.example/") == "https://one.example/"


def test_an_address_without_http_is_not_guessed() -> None:
    # parse_url refuses it with a sentence asking for http(s)://; nothing is made up here
    assert extract_link("v.douyin.com/iRNBho6u/") is None
    assert extract_link("mail me at me@douyin.com") is None


@pytest.mark.parametrize(
    "text", ["", "   ", "no link here", "复制打开抖音", "https://", "http:// x"]
)
def test_no_address(text: str) -> None:
    assert extract_link(text) is None


def test_the_service_and_the_cli_take_the_link_out_of_a_share_text(
    run: Any, vault_dir: Path
) -> None:
    service = new_service(vault_dir, "Lin")
    kuaishou, link, _ = SHARE_TEXTS[2]
    sighting = service.add_sighting(kuaishou)
    assert (sighting.url, sighting.platform) == (link, "kuaishou")
    edited = service.update_sighting(sighting.id, url=SHARE_TEXTS[5][0])
    assert edited.url == "https://b23.tv/aBcDeFg"
    service.lock()

    share, link, platform = SHARE_TEXTS[0]
    r = run("add-sighting", vault_dir, "--url", share, "--json")
    assert r.code == 0, r.err
    added = json.loads(r.out)
    assert (added["url"], added["platform"]) == (link, platform)
    r = run("edit-sighting", vault_dir, added["id"][:8], "--url", SHARE_TEXTS[4][0], "--json")
    assert r.code == 0, r.err
    assert json.loads(r.out)["url"] == "http://xhslink.com/a/AbCdEf123"
    r = run("add-sighting", vault_dir, "--url", "复制打开抖音，看看【作品】")
    assert r.code == 1 and "must be a web address" in r.err


def test_an_address_cut_by_a_space_is_not_taken_for_a_short_one() -> None:
    assert extract_link("https://exa mple.com/") is None  # parse_url refuses the whole text


def test_a_takedown_notice_takes_the_link_out_of_a_share_text(tmp_path: Path) -> None:
    from app.services import letters
    from tests.support import performer_vault

    service = performer_vault(tmp_path / "v", photos=1, legal_name="林雨")
    try:
        share, link, _ = SHARE_TEXTS[0]
        comp = letters.compose_takedown(
            service, "douyin", [share, link, "https://example.org/x"], sorted(service.records.media)
        )
        assert comp.urls == [link, "https://example.org/x"]  # the share text's link, once
    finally:
        service.lock()
