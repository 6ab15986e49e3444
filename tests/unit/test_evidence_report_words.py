"""The evidence report's words are data (resources/templates/report.<lang>.toml), loaded with
the letters' templates: both languages carry the same keys and the same placeholders, and every
key the layout names exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

from app.documents import evidence_report
from app.documents.letters import LANGS, legal_data


def placeholders(text: str) -> set[str]:
    return {m.group("named") or m.group("braced") for m in string.Template.pattern.finditer(text)}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    words = {lang: legal_data().text[lang]["report"] for lang in LANGS}
    zh, en = words["zh-CN"], words["en"]
    assert zh.keys() == en.keys() and len(zh) > 100
    for key in zh:
        assert placeholders(zh[key]) == placeholders(en[key]), key


def test_every_key_the_layout_names_exists() -> None:
    source = Path(evidence_report.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'self\.[wh]\("([a-z_]+)"', source))  # self.w("key"), self.h("key")
    labels = set(re.findall(r'\(\s*"([a-z_]+)",\s*self\.', source))  # ("key", self.text(...))
    words = legal_data().text["en"]["report"]
    assert len(named) > 30 and len(labels) > 10
    assert sorted((named | labels) - words.keys()) == []
    # enum prefixes: f"{prefix}_{value}"
    for prefix in re.findall(r'self\.enum\(\s*"([a-z]+)"', source):
        assert any(k.startswith(prefix + "_") for k in words), prefix
