"""Countries by name, stored as their ISO 3166-1 alpha-2 code.

Wherever a country is chosen (a buyer's country, a takedown platform's country) or shown (the
buyer's details), the user sees its name in the UI language (中国, 美国, 德国; China, United
States, Germany), never "CN". The records keep the code: it decides which law a letter may cite
(routes.toml: the EU/EEA list, CN).

The list is the countries the letters can matter for: China and its special regions, the EU and
EEA (GDPR), and the places buyers and platforms are usually in. A code outside it (a record made
with the CLI) is kept and shown by Qt's English name, or as the code when Qt has none.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.ui.prompts import tr

FIRST = ("CN", "HK", "MO", "TW")  # listed first, in this order; the rest by name


def country_names() -> dict[str, str]:
    """Code -> name in the UI language (built at each call: the translator of the moment)."""
    return {
        "CN": tr("China (mainland)"),
        "HK": tr("Hong Kong SAR, China"),
        "MO": tr("Macao SAR, China"),
        "TW": tr("Taiwan, China"),
        "US": tr("United States"),
        "GB": tr("United Kingdom"),
        "JP": tr("Japan"),
        "KR": tr("South Korea"),
        "SG": tr("Singapore"),
        "MY": tr("Malaysia"),
        "TH": tr("Thailand"),
        "VN": tr("Vietnam"),
        "PH": tr("Philippines"),
        "ID": tr("Indonesia"),
        "IN": tr("India"),
        "AU": tr("Australia"),
        "NZ": tr("New Zealand"),
        "CA": tr("Canada"),
        "CH": tr("Switzerland"),
        "RU": tr("Russia"),
        "AE": tr("United Arab Emirates"),
        "AT": tr("Austria"),
        "BE": tr("Belgium"),
        "BG": tr("Bulgaria"),
        "HR": tr("Croatia"),
        "CY": tr("Cyprus"),
        "CZ": tr("Czechia"),
        "DK": tr("Denmark"),
        "EE": tr("Estonia"),
        "FI": tr("Finland"),
        "FR": tr("France"),
        "DE": tr("Germany"),
        "GR": tr("Greece"),
        "HU": tr("Hungary"),
        "IE": tr("Ireland"),
        "IT": tr("Italy"),
        "LV": tr("Latvia"),
        "LT": tr("Lithuania"),
        "LU": tr("Luxembourg"),
        "MT": tr("Malta"),
        "NL": tr("Netherlands"),
        "PL": tr("Poland"),
        "PT": tr("Portugal"),
        "RO": tr("Romania"),
        "SK": tr("Slovakia"),
        "SI": tr("Slovenia"),
        "ES": tr("Spain"),
        "SE": tr("Sweden"),
        "IS": tr("Iceland"),
        "LI": tr("Liechtenstein"),
        "NO": tr("Norway"),
    }


def country_name(code: str) -> str:
    """The name of ``code`` in the UI language; Qt's English name for a code not listed; the
    code itself when nothing knows it; "" for ""."""
    code = (code or "").strip().upper()
    if not code:
        return ""
    known = country_names().get(code)
    if known:
        return known
    territory = QLocale.codeToTerritory(code)
    if territory != QLocale.Country.AnyTerritory:
        return f"{QLocale.territoryToString(territory)} ({code})"
    return code


class CountryCombo(QComboBox):
    """A country chosen by name; ``code()`` / ``set_code()`` speak ISO codes. With
    ``optional``, the first entry is "not given" (code "")."""

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Country"))
        if optional:
            self.addItem(tr("Not given"), "")
        names = country_names()
        collator = QCollator(QLocale())
        rest = sorted(
            (c for c in names if c not in FIRST), key=lambda c: collator.sortKey(names[c])
        )
        for code in (*FIRST, *rest):
            self.addItem(names[code], code)
            self.setItemData(self.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.setMaxVisibleItems(16)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        """Choose ``code``; one not listed is added (by its name) so that it is kept."""
        code = (code or "").strip().upper()
        index = self.findData(code)
        if index < 0:
            self.addItem(country_name(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)
