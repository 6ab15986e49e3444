"""Input rules shared by every use case: dates, prices, choices, text, links and platforms.

The GUI and the CLI both reach these through ``VaultService`` (and ``letters`` for dates), so
a value typed in either obeys the same rule and is refused with the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from app.errors import InvalidInput

MAX_TEXT = 20_000


def parse_date(value: str, what: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError):
        raise InvalidInput(f"{what} must be a date written YYYY-MM-DD, not {value!r}.") from None


def parse_price(value: str) -> str:
    value = value.strip().replace(",", "")
    if not value:
        return ""
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidInput(
            f"The price must be a number such as 30 or 19.90, not {value!r}."
        ) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput("The price must be zero or more.")
    return format(amount, "f")


def choice(value: str, choices: Iterable[str], what: str) -> str:
    options = tuple(choices)
    if value not in options:
        raise InvalidInput(f"{what} must be one of {', '.join(options)}, not {value!r}.")
    return value


def text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """``value`` stripped, refused when it is not text, too long or not valid UTF-8."""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is longer than {limit} characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # undecodable command-line bytes arrive as lone surrogates
        raise InvalidInput(
            f"{what} contains bytes that are not valid text; type it again in UTF-8."
        ) from None
    return value.strip()


def letter_code(value: str, what: str, length: int, examples: str) -> str:
    """An upper-case code of ``length`` letters, such as a country (CN) or a currency (CNY)."""
    value = text(value, what, length).upper()
    if not re.fullmatch(f"[A-Z]{{{length}}}", value):
        words = {2: "two", 3: "three"}.get(length, str(length))
        raise InvalidInput(f"{what} must be a {words}-letter code such as {examples}.")
    return value


def parse_url(value: str) -> str:
    """A web address of the page where the content was seen: http(s) and a host."""
    value = text(value, "The link", 2000)
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed [IPv6 bracket
        host = None
    if not host or parts.scheme.lower() not in ("http", "https") or any(c.isspace() for c in value):
        raise InvalidInput(
            f"The link must be a web address that starts with http:// or https:// and names "
            f"the site, such as https://www.douyin.com/video/123, not {value!r}."
        )
    return value


PLATFORM_HOSTS = (  # host suffix -> takedown platform, for a link whose platform is not given
    ("douyin.com", "douyin"),
    ("iesdouyin.com", "douyin"),
    ("hongguo.com", "hongguo"),
    ("kuaishou.com", "kuaishou"),
    ("gifshow.com", "kuaishou"),
    ("channels.weixin.qq.com", "channels"),
    ("bilibili.com", "bilibili"),
    ("b23.tv", "bilibili"),
    ("xiaohongshu.com", "xiaohongshu"),
    ("xhslink.com", "xiaohongshu"),
    ("goofish.com", "xianyu"),
    ("xianyu.com", "xianyu"),
)


def platform_from_url(url: str) -> str:
    """The takedown platform a link belongs to, from its host; "other" when unknown."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return "other"
    for suffix, platform in PLATFORM_HOSTS:
        if host == suffix or host.endswith("." + suffix):
            return platform
    return "other"
