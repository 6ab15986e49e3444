"""With zh_CN active, no visible text of the app is an English source string left untranslated.

The test compiles resources/i18n/likeness_vault_zh_CN.ts itself (so it needs no `make i18n`),
builds the welcome screen, the wizard, the main window over the demo vault with every page
and the dialogs, and walks every widget: texts, titles, placeholders, tooltips, accessible
names, actions, combo items, tab and header labels. A second test walks the same windows in
English and must find the source strings there: it proves the walk sees them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

from app.services.demo import build_demo_vault
from app.services.importing import ImportReport, expand_paths
from app.ui.application import AppController
from app.ui.dialogs.buyer_dialog import BuyerDialog
from app.ui.dialogs.deal_dialog import DealDialog
from app.ui.dialogs.import_dialog import ImportSummary
from app.ui.dialogs.performer_dialog import PerformerDialog
from app.ui.dialogs.photo_dialog import PhotoDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.sighting_dialog import SightingDialog
from app.ui.dialogs.vault_dialogs import ChangePasswordDialog, NewRecoveryKeyDialog, RekeyDialog
from app.ui.prompts import ExceptionDialog
from tests.support import FAST_KDF, PASSWORD
from tests.support.gui import no_keystore, service_of
from tests.support.i18n import english_sources, norm

CHROME = " [chrome]"  # the app's own words (buttons, actions, tabs...), never user data
# Latin words that stay as they are in Chinese text
KEEP_LATIN = {"SHA", "PDF", "Ctrl", "ID", "AI", "CNY", "WeChat"}


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every human-visible string of a window and its children."""
    for widget in [top, *top.findChildren(QWidget)]:
        name = type(widget).__name__
        yield name, widget.windowTitle()
        yield name, widget.toolTip()
        yield name, widget.accessibleName()
        for action in widget.actions():
            yield f"{name} action{CHROME}", action.text()
            yield f"{name} action tooltip", action.toolTip()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        if isinstance(widget, QAbstractButton):
            yield name + CHROME, widget.text()
        if isinstance(widget, QLineEdit):
            yield name + CHROME, widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield name + CHROME, widget.title()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield name + CHROME, widget.tabText(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield name, widget.item(i).text()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private: one column
                columns = 1
            for column in range(columns):
                yield (
                    f"{name} header",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                )
            for row in range(min(model.rowCount(QModelIndex()), 5)):
                for column in range(columns):
                    yield f"{name} cell", str(model.index(row, column).data() or "")
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                yield "QWizardPage" + CHROME, page.title()
                yield "QWizardPage" + CHROME, page.subTitle()
            for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
                yield "QWizard button", widget.buttonText(button)


def texts_of(windows: list[QWidget]) -> list[tuple[str, str]]:
    return [
        (f"{type(window).__name__}/{where}", norm(text))
        for window in windows
        for where, text in visible_texts(window)
    ]


def english_left(texts: list[tuple[str, str]], sources: set[str]) -> list[tuple[str, str]]:
    """Texts that are English source strings, and app chrome with English words in it (a
    string that never went through tr() is in no .ts file, but still shows)."""
    left = set()
    for where, text in texts:
        if not text:
            continue
        words = set(re.findall("[A-Za-z]{3,}", text)) - KEEP_LATIN
        if text in sources or (where.endswith(CHROME) and words):
            left.add((where, text))
    return sorted(left)


def all_windows(qtbot, settings, tmp_path: Path) -> tuple[list[tuple[str, str]], AppController]:
    service, _ = build_demo_vault(tmp_path / "demo", PASSWORD, FAST_KDF)
    service.lock()
    settings.add_recent_vault(tmp_path / "gone")  # shows "(not found)"
    controller = AppController(settings, argon2=FAST_KDF, keystore_factory=no_keystore)
    welcome = controller.show_welcome()
    welcome.start_create()
    wizard = welcome.wizard
    assert wizard is not None
    texts = texts_of([welcome, wizard])  # both go away once the vault is open
    wizard.reject()
    welcome.recent.setCurrentRow(0)
    welcome._select(
        tmp_path / "demo"
    )  # internals: what "Choose folder…" does after its file dialog
    welcome.password.setText(PASSWORD)
    welcome.open_vault()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    assert window is not None
    for page in range(len(window.pages)):  # every page, each with a record selected
        window.nav.setCurrentRow(page)
        current = window.pages[page]
        view = getattr(current, "table", None) or getattr(current, "grid", None)
        if view is not None:  # the home page has no records view
            view.setCurrentIndex(view.model().index(0, 0))
    window.search.setText("x")  # the "n shown" status text
    window._apply_search()  # internals: now, not after the 150 ms typing pause
    svc = service_of(window)
    deal = next(iter(svc.records.deals.values()))
    buyer = next(iter(svc.records.buyers.values()))
    _, missing = expand_paths([tmp_path / "gone.jpg"])  # a failure as the import reports it
    report = ImportReport(errors=missing)
    report.cancelled = True
    windows = [
        window,
        BuyerDialog(svc, buyer, window),
        BuyerDialog(svc, None, window),
        DealDialog(svc, deal, window),
        DealDialog(svc, None, window),
        SettingsDialog(settings, window),
        ImportSummary(report, window),
        ExceptionDialog(window, "Traceback"),
        PerformerDialog(svc, window),
        ChangePasswordDialog(svc, window),
        NewRecoveryKeyDialog(svc, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", window),
        RekeyDialog(svc, window),
        SightingDialog(svc, next(iter(svc.records.sightings.values())), window),
        SightingDialog(svc, None, window),
        PhotoDialog(svc, next(iter(svc.records.media.values())), window),
    ]
    return texts + texts_of(windows), controller


def test_no_english_left_in_chinese(qtbot, zh_translator, settings, tmp_path: Path):
    texts, controller = all_windows(qtbot, settings, tmp_path)
    try:
        assert english_left(texts, english_sources()) == []
    finally:
        controller.lock()
        if controller.welcome is not None:
            controller.welcome.close()


def test_the_walk_sees_english_when_no_translation_is_loaded(qtbot, settings, tmp_path: Path):
    texts, controller = all_windows(qtbot, settings, tmp_path)
    try:
        left = english_left(texts, english_sources())
        seen = {text for _, text in left}
        assert {"Open a vault", "Sightings", "Permitted uses:", "Nickname"} <= seen
        assert len(seen) > 100
    finally:
        controller.lock()
        if controller.welcome is not None:
            controller.welcome.close()
