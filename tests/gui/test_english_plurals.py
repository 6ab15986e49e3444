"""English says "1 deal" and "2 deals", not "1 deal(s)" (docs/screenshots/en showed "(s)"
everywhere): the English .qm carries the plural forms and the app loads it."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from tests.support import REPO

EN_TS = REPO / "resources" / "i18n" / "likeness_vault_en.ts"


def test_every_english_plural_has_its_two_forms() -> None:
    tree = ET.parse(EN_TS)
    plurals = [m for m in tree.getroot().iter("message") if m.get("numerus") == "yes"]
    assert len(plurals) > 20
    for message in plurals:
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        source = message.findtext("source")
        assert translation.get("type") != "unfinished", source
        assert len(forms) == 2 and all(forms) and not any("(s)" in f for f in forms), source


def test_the_english_app_says_one_deal_and_two_deals(qapp: Any) -> None:
    from app.ui.application import install_translators

    loaded = install_translators(qapp, "en")
    try:
        assert loaded  # the English .qm, for its plurals

        def say(context: str, source: str, n: int) -> str:
            return QCoreApplication.translate(context, source, None, n)

        delete = "Delete the buyer and %n deal(s)"
        assert say("BuyerInUseBox", delete, 1) == "Delete the buyer and 1 deal"
        assert say("BuyerInUseBox", delete, 3) == "Delete the buyer and 3 deals"
        stay = "The %n letter(s) written to this buyer stay in the vault."
        assert (
            say("BuyerInUseBox", stay, 1)
            == "The 1 letter written to this buyer stays in the vault."
        )
        assert (
            say("BuyerInUseBox", stay, 2)
            == "The 2 letters written to this buyer stay in the vault."
        )
        # a sentence without %n is the source itself
        assert say("BuyerInUseBox", "Show the deals", -1) == "Show the deals"
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_the_forms_come_from_the_source() -> None:
    sys.path.insert(0, str(REPO / "tools"))
    try:
        from fill_translations import english_forms  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(REPO / "tools"))
    assert english_forms("%n file(s) were already in the vault.") == (
        "%n file was already in the vault.",
        "%n files were already in the vault.",
    )
    assert english_forms("%1: %n photo(s) or clip(s)") == (
        "%1: %n photo or clip",
        "%1: %n photos or clips",
    )
