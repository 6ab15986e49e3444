"""Countries by name, not "CN": the buyer dialog and the takedown composer choose a country by
its name in the UI language and store the ISO code; the buyer's details show the name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import letters as service_letters
from app.services.vault_service import VaultService
from app.ui.dialogs.buyer_dialog import BuyerDialog
from app.ui.letters import ComposeLetterDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.country_combo import CountryCombo, country_name
from tests.support import performer_vault
from tests.support.gui import service_of

CODE = re.compile(r"^[A-Z]{2}$")


def texts(combo: CountryCombo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_combo_shows_names_and_keeps_codes(qtbot: Any) -> None:
    combo = CountryCombo()
    qtbot.addWidget(combo)
    assert combo.code() == "CN" and combo.currentText() == "China (mainland)"
    assert not [t for t in texts(combo) if CODE.match(t)]  # no bare "CN", "US"
    combo.set_code("de")
    assert (combo.code(), combo.currentText()) == ("DE", "Germany")
    combo.set_code("BR")  # not listed (a buyer made with the CLI): kept, by Qt's name
    assert (combo.code(), combo.currentText()) == ("BR", "Brazil (BR)")
    optional = CountryCombo(optional=True)
    qtbot.addWidget(optional)
    assert optional.code() == "" and optional.currentText() == "Not given"
    assert country_name("") == "" and country_name("XX") == "XX"


def test_the_buyer_dialog_chooses_a_country_by_name(
    qtbot: Any, window: MainWindow, controller: Any
) -> None:
    service = service_of(window)
    dialog = BuyerDialog(service, None, window)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.country, CountryCombo)
    assert dialog.country.currentText() == "China (mainland)"
    dialog.name.setText("Star Media")
    dialog.country.setCurrentIndex(dialog.country.findText("Germany"))
    assert dialog.fields()["country"] == "DE"
    buyer = service.add_buyer(**dialog.fields())  # type: ignore[arg-type]
    assert buyer.country == "DE"
    editor = BuyerDialog(service, buyer, window)
    qtbot.addWidget(editor)
    assert editor.country.currentText() == "Germany"
    window.reload()
    page = window.buyers_page
    html = page.detail_html(buyer.id)
    assert "Germany" in html and ">DE<" not in html


def test_the_buyer_dialog_in_chinese(qtbot: Any, window: MainWindow, zh_translator: None) -> None:
    dialog = BuyerDialog(service_of(window), None, window)
    qtbot.addWidget(dialog)
    names = texts(dialog.country)
    assert dialog.country.currentText() == "中国大陆"
    assert "德国" in names and "美国" in names
    assert all(re.search(r"[\u4e00-\u9fff]", n) for n in names), names


@pytest.fixture
def performer(tmp_path: Path) -> Iterator[VaultService]:
    svc = performer_vault(tmp_path / "v", photos=1, legal_name="林雨")
    yield svc
    svc.lock()


def test_the_takedown_platform_country_is_chosen_by_name(
    qtbot: Any, performer: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    compose = service_letters.compose_takedown

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs["platform_country"])
        return compose(*args, **kwargs)

    monkeypatch.setattr(service_letters, "compose_takedown", spy)
    dialog = ComposeLetterDialog(performer, mode="takedown")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.platform_country, CountryCombo)
    assert dialog.platform_country.code() == ""  # not given
    dialog.urls.setPlainText("https://example.org/v/1")
    dialog.platform.setCurrentIndex(dialog.platform.findData("other"))
    dialog.photos.select_all.click()
    dialog.platform_country.setCurrentIndex(dialog.platform_country.findText("United States"))
    dialog.recompose()
    assert dialog.composition is not None and asked[-1] == "US"
    dialog.discard()
