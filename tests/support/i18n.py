"""The zh_CN translation source, as the no-English-left tests read it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tests.support.constants import REPO

TS = REPO / "resources" / "i18n" / "likeness_vault_zh_CN.ts"


def norm(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)  # rich text
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def english_sources() -> set[str]:
    """Source strings whose zh_CN text differs from the English (or is missing)."""
    sources: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "" if translation is None else "".join(translation.itertext()).strip()
        if not re.search("[A-Za-z]{3}", source):
            continue  # nothing English to see ("…", "%1", file filters of symbols)
        if text != source:
            sources.add(norm(source))
    return sources
