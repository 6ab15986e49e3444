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

from app.errors import QT_TRANSLATE_NOOP, InvalidInput

MAX_TEXT = 20_000

# Each rule takes the whole sentence of its refusal from its caller (``sentence``, marked with
# QT_TRANSLATE_NOOP there), so that the GUI can translate it: never a field label glued into a
# sentence. Placeholders: {value} (what was given), {options} (the allowed values).


def parse_date(value: str, sentence: str) -> str:
    """``value`` as YYYY-MM-DD; refused with ``sentence`` ({value})."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError):
        raise InvalidInput(sentence, value=repr(value)) from None


def parse_price(value: str) -> str:
    value = value.strip().replace(",", "")
    if not value:
        return ""
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The price must be a number such as 30 or 19.90, not {value}."
            ),
            value=repr(value),
        ) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The price must be zero or more."))
    return format(amount, "f")


def choice(value: str, choices: Iterable[str], sentence: str) -> str:
    """``value`` if it is one of ``choices``; refused with ``sentence`` ({options}, {value})."""
    options = tuple(choices)
    if value not in options:
        raise InvalidInput(sentence, options=", ".join(options), value=repr(value))
    return value


def _start(value: str) -> str:
    """The first characters of a refused text, printable, to say which text is meant."""
    start = value.encode("utf-8", "replace").decode("utf-8", "replace")
    return start[:30] + ("…" if len(start) > 30 else "")


def text(value: str, limit: int = MAX_TEXT) -> str:
    """``value`` stripped, refused when it is not text, too long or not valid UTF-8. The
    sentences name the text by its first characters (the same in every language)."""
    if not isinstance(value, str):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A value that is not text was given where text is needed.")
        )
    if len(value) > limit:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "A text of {length} characters is longer than the {limit} allowed; it begins "
                "“{start}”.",
            ),
            length=len(value),
            limit=limit,
            start=_start(value),
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # undecodable command-line bytes arrive as lone surrogates
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The text “{start}” contains bytes that are not valid text; type it again in "
                "UTF-8.",
            ),
            start=_start(value),
        ) from None
    return value.strip()


def letter_code(value: str, length: int, sentence: str) -> str:
    """An upper-case code of ``length`` letters, such as a country (CN) or a currency (CNY);
    refused with ``sentence`` ({value})."""
    value = text(value, 20).upper()
    if not re.fullmatch(f"[A-Z]{{{length}}}", value):
        raise InvalidInput(sentence, value=repr(value))
    return value


def parse_url(value: str) -> str:
    """A web address of the page where the content was seen: http(s) and a host."""
    value = text(value, 2000)
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed [IPv6 bracket
        host = None
    if not host or parts.scheme.lower() not in ("http", "https") or any(c.isspace() for c in value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The link must be a web address that starts with http:// or https:// and names "
                "the site, such as https://www.douyin.com/video/123, not {value}.",
            ),
            value=repr(value),
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


# A web address inside a share text: the characters RFC 3986 allows (ASCII only, so a Chinese
# sentence or full-width punctuation right after it ends it), from http:// or https://.
_URL_IN_TEXT = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.IGNORECASE)
# whitespace, CJK punctuation (，。【】…) or full-width forms end an address in a share text
_SHARE_MARKS = re.compile(r"[\s\u3000-\u303f\uff00-\uffef]")
_TRAILING = ".,;:!?'\"}>"  # sentence punctuation after an address is not part of it


def _trim(url: str) -> str:
    while True:
        url = url.rstrip(_TRAILING)
        # a closing bracket belongs to the address only when it opens one too
        if not any(url.endswith(c) and url.count(o) < url.count(c) for o, c in ("()", "[]")):
            return url
        url = url[:-1]


def extract_link(text: str) -> str | None:
    """The web address in ``text``: the text itself when it is one, else the address inside a
    share text copied from an app ("7.43 复制打开抖音，看看【…】 https://v.douyin.com/…/ …",
    "https://v.kuaishou.com/… 复制此消息，打开【快手】直接观看！", "… http://xhslink.com/a/…，
    复制本条信息…", "【标题】 https://b23.tv/…"). Of several addresses, the first on a known
    platform wins, else the first. None when there is no http(s) address in it (an address
    typed without http:// is refused by ``parse_url`` with a sentence that says so)."""
    if not isinstance(text, str) or not text.strip():
        return None
    whole = text.strip()
    if _URL_IN_TEXT.match(whole) and _host(whole) and not _SHARE_MARKS.search(whole):
        return whole  # one address (a Chinese path too), as typed
    found = [_trim(m.group(0)) for m in _URL_IN_TEXT.finditer(text)]
    # a host without a dot is more likely a typo cut at a space ("https://exa mple.com") than
    # a page on the web: leave such a text for parse_url to refuse
    found = [u for u in found if "." in _host(u)]
    if not found:
        return None
    known = [u for u in found if platform_from_url(u) != "other"]
    return (known or found)[0]


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""
