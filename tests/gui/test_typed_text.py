"""Never drops what was typed (issue 14): the letter's "Reset text" is confirmed and undoable,
closing a dialog with typed changes asks first (untouched closes quietly), a saved letter
can be opened and duplicated, the saved path is shown with "Show in folder", and dates
are typed as dates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPlainTextEdit, QWidget

from app.services.vault_service import VaultService
from app.ui.letters import ComposeLetterDialog

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def buyer(service: VaultService, name: str) -> str:
    return next(b.id for b in service.records.buyers.values() if b.name == name)


def composer(qtbot: Any, service: VaultService, **kw: Any) -> ComposeLetterDialog:
    dialog = ComposeLetterDialog(service, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    if dialog.composition is not None:
        qtbot.waitUntil(lambda: len(dialog.page_labels) > 0, timeout=10_000)
    return dialog


def shown(qtbot: Any, dialog: QWidget) -> None:
    """Shown and active (keyboard focus needs an active window)."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)


class Boxes:
    """Answers the next message boxes (a modal loop the test cannot step through itself):
    ``pick`` chooses the button; the texts of every box seen are kept."""

    def __init__(self, pick: Callable[[QMessageBox], QAbstractButton | None]) -> None:
        self.pick = pick
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.seen.append(box.text() + "\n" + box.informativeText())
            button = self.pick(box)
            if button is not None:
                button.click()

    def stop(self) -> None:
        self.timer.stop()


def by_text(label: str) -> Callable[[QMessageBox], QAbstractButton | None]:
    def pick(box: QMessageBox) -> QAbstractButton | None:
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                return button
        return None

    return pick


@pytest.fixture
def boxes() -> Iterator[Callable[[str], Boxes]]:
    made: list[Boxes] = []

    def answer(label: str) -> Boxes:
        made.append(Boxes(by_text(label)))
        return made[-1]

    yield answer
    for b in made:
        b.stop()


# --- 1. "Reset text" is confirmed and undoable -----------------------------------------------


def test_reset_text_asks_first_and_keeps_the_edit_when_cancelled(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    dialog = composer(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    dialog.editor.setFocus()
    qtbot.keyClicks(dialog.editor, " my own words")
    edited = dialog.editor.toPlainText()
    seen = boxes("Cancel")
    dialog.reset_text()
    assert len(seen.seen) == 1 and "Undo" in seen.seen[0]
    assert dialog.editor.toPlainText() == edited


def test_reset_text_is_one_undo_step(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    dialog = composer(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    default = dialog.editor.toPlainText()
    qtbot.keyClicks(dialog.editor, " my own words")
    edited = dialog.editor.toPlainText()
    assert edited != default
    boxes("Reset")
    dialog.reset_text()
    assert dialog.editor.toPlainText() == default
    assert not dialog.has_changes()
    dialog.editor.setFocus()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.editor.toPlainText() == edited  # Ctrl+Z brings the edited letter back
    assert dialog.has_changes()  # and it is an edit again (kept over a change of options)
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    dialog.recompose()
    assert dialog.editor.toPlainText() == edited


def test_reset_of_an_unedited_text_asks_nothing(qtbot: Any, demo: VaultService) -> None:
    dialog = composer(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    default = dialog.editor.toPlainText()
    dialog.reset_text()  # would block on a question box
    assert dialog.editor.toPlainText() == default


# --- 2. closing with typed changes asks --------------------------------------------------------


def test_composer_with_a_typed_reason_asks_before_closing(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    dialog = composer(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    qtbot.keyClicks(dialog.reason, "used to train AI")
    asked = boxes("Keep editing")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked.seen) == 1 and "Discard" in asked.seen[0]
    assert dialog.isVisible() and dialog.reason.toPlainText() == "used to train AI"
    asked.stop()
    discard = boxes("Discard")
    dialog.close()  # the window's close button
    assert len(discard.seen) == 1 and not dialog.isVisible()


def test_composer_with_edited_text_asks_and_untouched_closes_quietly(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    untouched = composer(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    untouched.lang.setCurrentIndex(untouched.lang.findData("en"))  # a choice, nothing typed
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()
    dialog = composer(qtbot, demo, mode="takedown")
    qtbot.keyClicks(dialog.urls, "https://v.douyin.com/abc/")
    asked = boxes("Keep editing")
    dialog.reject()  # Close / Cancel
    assert asked.seen and dialog.isVisible()


def test_form_dialogs_ask_before_dropping_typed_text(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    from app.ui.dialogs.buyer_dialog import BuyerDialog
    from app.ui.dialogs.deal_dialog import DealDialog
    from app.ui.dialogs.form_dialog import FormDialog
    from app.ui.dialogs.performer_dialog import PerformerDialog
    from app.ui.dialogs.photo_dialog import PhotoDialog
    from app.ui.dialogs.sighting_dialog import SightingDialog

    media = next(iter(demo.records.media.values()))
    made: list[tuple[FormDialog, QPlainTextEdit]] = []
    for make in (
        lambda: BuyerDialog(demo),
        lambda: DealDialog(demo),
        lambda: SightingDialog(demo),
        lambda: PerformerDialog(demo),
        lambda: PhotoDialog(demo, media),
    ):
        dialog: FormDialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        # untouched: Esc closes without a question
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        made.append((dialog, dialog.notes))
    for form, notes in made:
        dialog = form
        notes.setFocus()
        qtbot.keyClicks(notes, "typed")
        asked = boxes("Keep editing")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert len(asked.seen) == 1, type(dialog).__name__
        assert dialog.isVisible() and notes.toPlainText().endswith("typed")
        asked.stop()
        discard = boxes("Discard")
        dialog.reject()
        assert not dialog.isVisible(), type(dialog).__name__
        discard.stop()


def test_the_discard_question_offers_save_in_a_form(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    from app.ui.dialogs.buyer_dialog import BuyerDialog

    dialog = BuyerDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "new buyer")
    labels: list[str] = []

    def pick(box: QMessageBox) -> QAbstractButton | None:
        labels.extend(b.text().replace("&", "") for b in box.buttons())
        return by_text("Save")(box)

    saver = Boxes(pick)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.reject()
    saver.stop()
    assert sorted(labels) == ["Discard", "Keep editing", "Save"]
    assert any(b.name == "new buyer" for b in demo.records.buyers.values())


def test_locking_closes_a_changed_dialog_without_asking(qtbot: Any, demo: VaultService) -> None:
    from app.ui.dialogs.buyer_dialog import BuyerDialog

    dialog = BuyerDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "x")
    dialog.discard()  # would block on a question box
    assert not dialog.isVisible()


# --- 5. the date field -------------------------------------------------------------------------


def test_parse_typed_date_reads_whole_dates() -> None:
    from datetime import date

    from app.ui.widgets.date_field import parse_typed_date

    for text in (
        "2024-03-01",
        "2024/3/1",
        "2024.03.01",
        "2024年3月1日",
        " 2024 年 3 月 1 ",
        "２０２４-０３-０１",
        "20240301",
    ):
        assert parse_typed_date(text) == date(2024, 3, 1), text
    assert parse_typed_date("  ") is None
    for bad in ("2024-02-30", "3/1/2024", "yesterday", "2024-13-01", "24-3-1"):
        with pytest.raises(ValueError):
            parse_typed_date(bad)


def test_typing_a_full_date_over_the_selected_date_saves_that_date(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    from app.ui.dialogs.deal_dialog import DealDialog

    errors = boxes("OK")  # none expected (an error box would otherwise wait forever)
    dialog = DealDialog(demo, media_ids=[next(iter(demo.records.media))])
    shown(qtbot, dialog)
    dialog.price.setFocus()
    qtbot.keyClick(dialog.price, Qt.Key.Key_Backtab)  # back to the date: its text selected
    assert dialog.date.edit.hasFocus() and dialog.date.edit.selectedText()
    qtbot.keyClicks(dialog.date.edit, "2024-03-01")
    assert dialog.fields()["date"] == "2024-03-01"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_checked()
    assert demo.records.deals[saved.args[0]].date == "2024-03-01"
    assert errors.seen == []


def test_tab_leaves_the_date_field_for_the_next_field(qtbot: Any, demo: VaultService) -> None:
    from app.ui.dialogs.deal_dialog import DealDialog
    from app.ui.dialogs.sighting_dialog import SightingDialog

    deal = DealDialog(demo)
    shown(qtbot, deal)
    deal.date.setFocus()
    qtbot.keyClick(deal.date.edit, Qt.Key.Key_Tab)
    assert deal.price.hasFocus()
    sighting = SightingDialog(demo)
    shown(qtbot, sighting)
    sighting.seen_on.setFocus()
    qtbot.keyClick(sighting.seen_on.edit, Qt.Key.Key_Tab)
    assert sighting.notes.hasFocus()


def test_text_that_is_no_date_is_marked_and_not_saved(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    from app.ui.dialogs.deal_dialog import DealDialog

    dialog = DealDialog(demo)
    shown(qtbot, dialog)
    dialog.date.edit.selectAll()
    qtbot.keyClicks(dialog.date.edit, "2024-02-30")
    assert not dialog.date.is_valid()
    assert "b00020" in dialog.date.edit.styleSheet() and "not a date" in dialog.date.edit.toolTip()
    before = set(demo.records.deals)
    told = boxes("OK")
    dialog.save_checked()
    assert len(told.seen) == 1 and "2024-02-30" in told.seen[0]
    assert set(demo.records.deals) == before and dialog.isVisible()
    assert dialog.focusWidget() is dialog.date.edit  # back to the field to correct


def test_the_calendar_popup_sets_the_date(qtbot: Any, demo: VaultService) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from app.ui.dialogs.sighting_dialog import SightingDialog

    dialog = SightingDialog(demo)
    shown(qtbot, dialog)
    dialog.seen_on.button.click()
    popup = dialog.seen_on.popup
    assert popup is not None and popup.isVisible()
    popup.calendar.setSelectedDate(QDate(2025, 7, 9))
    popup.calendar.clicked.emit(QDate(2025, 7, 9))
    assert not popup.isVisible()
    assert dialog.seen_on.date() == date(2025, 7, 9)
    assert dialog.fields()["seen_on"] == "2025-07-09"
    # and from the keyboard: Alt+Down opens it on the field's date
    dialog.seen_on.setFocus()
    qtbot.keyClick(dialog.seen_on.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert popup.isVisible() and popup.calendar.selectedDate() == QDate(2025, 7, 9)
    qtbot.keyClick(popup.calendar, Qt.Key.Key_Escape)


def test_an_empty_optional_date_saves_as_none(
    qtbot: Any, demo: VaultService, boxes: Callable[[str], Boxes]
) -> None:
    import dataclasses

    from app.ui.dialogs.sighting_dialog import SightingDialog
    from app.ui.widgets.date_field import DateField

    errors = boxes("OK")  # none expected
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert field.is_valid() and field.iso() == "" and field.date() is None
    required = DateField()
    qtbot.addWidget(required)
    assert not required.is_valid()
    # a sighting recorded without its day (an older vault): edited, it keeps no made-up day
    old = next(iter(demo.records.sightings.values()))
    with demo.transaction() as records:
        records.sightings[old.id] = dataclasses.replace(old, seen_on="")
    dialog = SightingDialog(demo, demo.records.sightings[old.id])
    shown(qtbot, dialog)
    assert dialog.seen_on.edit.text() == ""
    dialog.notes.setPlainText("still there")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_checked()
    saved = demo.records.sightings[old.id]
    assert saved.notes == "still there" and saved.seen_on == ""
    assert errors.seen == []


def test_mark_sent_refuses_a_day_outside_the_range(
    qtbot: Any, boxes: Callable[[str], Boxes]
) -> None:
    from datetime import date

    from PySide6.QtWidgets import QDialog

    from app.ui.letters.list_widget import MarkSentDialog

    dialog = MarkSentDialog(None, today=date(2026, 3, 10), written=date(2026, 3, 5))
    shown(qtbot, dialog)
    assert dialog.sent_on() == "2026-03-10"
    dialog.date.setDate(date(2026, 3, 1))
    assert not dialog.date.is_valid() and "2026-03-05" in dialog.date.problem()
    told = boxes("OK")
    dialog.save_checked()
    assert told.seen and dialog.isVisible()
    told.stop()
    dialog.date.edit.setText("2026/3/7")
    dialog.save_checked()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.sent_on() == "2026-03-07"


# --- 3. a saved letter can be opened and duplicated; 4. where the PDF went -------------------


def saved_letter(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Path, list[str]]:
    """A letter written from the composer with an edited text; the URLs the file manager
    was asked to open."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    dialog = composer(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    qtbot.keyClicks(dialog.reason, "used to train AI")
    dialog.recompose()
    with qtbot.waitSignal(dialog.previewUpdated, timeout=10_000):
        dialog.editor.appendPlainText("PS: my own words")
    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    letter_id = dialog.save_to(target)
    assert letter_id
    notice = dialog.saved_notice
    assert notice is not None and notice.isVisible()
    # 4. the path shown is the file written, selectable, with "Show in folder"
    assert Path(notice.path_field.text()) == target and notice.path_field.isReadOnly()
    assert notice.show_button.text().replace("&", "") == "Show in folder"
    notice.show_button.click()
    assert opened == [QUrlFromPath(target.parent)]
    notice.close()
    return letter_id, target, opened


def QUrlFromPath(path: Path) -> str:
    from PySide6.QtCore import QUrl

    return QUrl.fromLocalFile(str(path)).toString()


def test_save_pdf_shows_the_path_with_show_in_folder_and_keeps_the_pdf(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import letters as L

    letter_id, target, _ = saved_letter(qtbot, demo, tmp_path, monkeypatch)
    kept = L.saved_pdf(demo, letter_id)
    assert kept == target.read_bytes()  # the very bytes written, kept encrypted
    stored = demo.records.letters[letter_id]
    assert stored.pdf_object_id and stored.pdf_object_id in demo.records.object_ids()
    assert demo.check().ok
    assert b"%PDF" not in demo.vault.object_path(stored.pdf_object_id).read_bytes()[:4096]


def window_with_a_saved_letter(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Any]:
    """(letter id, main window on ``demo``) after a letter was saved with its PDF."""
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    letter_id, _target, _ = saved_letter(qtbot, demo, tmp_path, monkeypatch)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.reload()
    return letter_id, window


def test_a_saved_letter_opens_its_pdf_and_duplicates_as_a_new_draft(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_id, window = window_with_a_saved_letter(qtbot, demo, tmp_path, monkeypatch)
    window.letters_page.select(letter_id)
    actions = {a.text(): a for a in window.letters_page.toolbar.actions()}
    assert actions["Open"].isEnabled() and actions["Duplicate as new draft…"].isEnabled()
    helper = next(c for c in window.children() if hasattr(c, "open_letter"))
    viewer = helper.open_letter()
    assert viewer is not None
    qtbot.waitUntil(lambda: len(viewer.page_labels) > 0, timeout=10_000)
    assert viewer.page_labels[0].pixmap().width() > 300  # the saved PDF, rendered in memory
    with qtbot.waitSignal(viewer.duplicate, timeout=5_000):
        viewer.duplicate_button.click()
    drafts = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ComposeLetterDialog) and w.isVisible()
    ]
    assert len(drafts) == 1
    draft = drafts[0]
    original = demo.records.letters[letter_id]
    assert draft.buyer.currentData() == original.recipient
    assert draft.kind.currentData() == original.kind
    assert draft.reason.toPlainText() == "used to train AI"
    assert "PS: my own words" in draft.editor.toPlainText()
    assert draft.composition is not None and draft.composition.letter_id != letter_id
    assert not draft.has_changes()  # nothing typed yet: closes quietly
    draft.discard()
    viewer.close()


def test_a_letter_saved_before_pdfs_were_kept_offers_a_new_draft(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    old = next(iter(demo.records.letters.values()))  # the demo's letter: no PDF kept
    assert not old.pdf_object_id
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.reload()
    helper = next(c for c in window.children() if hasattr(c, "open_letter"))
    asked: list[str] = []

    def no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    assert helper.open_letter(letter_id=old.id) is None
    assert asked and "before the app kept a copy" in asked[0]


def test_a_photo_copy_shows_where_it_went(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui import main_window as main_window_module
    from app.ui.settings import Settings
    from app.ui.widgets.saved_file import SavedFileDialog

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = main_window_module.MainWindow(demo, settings)
    qtbot.addWidget(window)
    item = next(iter(demo.records.media.values()))
    target = tmp_path / "copy.jpg"
    monkeypatch.setattr(main_window_module, "ask_plaintext_copy_path", lambda *_a: str(target))
    window.export_photo(item.id)

    def notice() -> SavedFileDialog | None:
        found = [w for w in window.findChildren(SavedFileDialog) if w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: notice() is not None, timeout=10_000)
    shown = notice()
    assert shown is not None and target.exists()
    assert Path(shown.path_field.text()) == target and shown.show_button.isVisible()
    shown.close()


def test_a_takedown_notice_duplicates_with_its_links_and_photos(
    qtbot: Any, demo: VaultService, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from app.services import letters as L
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    photos = sorted(demo.records.media)[:2]
    comp = L.compose_takedown(
        demo, "bilibili", ["https://b23.tv/abc"], photos, "en", reason="a face-swapped ad"
    )
    notice = L.record(demo, comp, pdf=L.render(comp))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    helper = next(c for c in window.children() if hasattr(c, "duplicate"))
    draft = helper.duplicate(letter_id=notice.id)
    assert draft is not None and draft.mode == "takedown"
    assert draft.platform.currentData() == "bilibili"
    assert draft.urls.toPlainText() == "https://b23.tv/abc"
    assert sorted(draft.photos.checked_ids()) == photos
    assert draft.lang.currentData() == "en" and draft.reason.toPlainText() == "a face-swapped ad"
    assert draft.composition is not None and draft.composition.urls == ["https://b23.tv/abc"]
    assert not draft.has_changes()
    draft.discard()


def test_looking_through_the_tabs_of_a_form_is_not_a_change(qtbot: Any, demo: VaultService) -> None:
    """Showing each tab of the deal and sighting editors (Qt then lists their children in
    another order, and builds some parts) changes nothing: Esc closes without a question."""
    from PySide6.QtWidgets import QTabWidget

    from app.ui.dialogs.deal_dialog import DealDialog
    from app.ui.dialogs.sighting_dialog import SightingDialog

    deal = next(iter(demo.records.deals.values()))
    sighting = next(iter(demo.records.sightings.values()))
    for dialog in (DealDialog(demo, deal), DealDialog(demo), SightingDialog(demo, sighting)):
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = dialog.findChildren(QTabWidget)
        assert tabs, type(dialog).__name__
        for tab in tabs:
            for index in [*range(tab.count()), 0]:
                tab.setCurrentIndex(index)
                QApplication.processEvents()
        assert not dialog.has_changes(), type(dialog).__name__
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__


def test_double_clicking_a_saved_letter_opens_it(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.letters.viewer import LetterViewer

    letter_id, window = window_with_a_saved_letter(qtbot, demo, tmp_path, monkeypatch)
    window.nav.setCurrentRow(window.LETTERS)
    window.show()
    page = window.letters_page
    page.select(letter_id)
    table = page.table
    rect = table.visualRect(table.currentIndex())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, LetterViewer) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=10_000,
    )
    for w in QApplication.topLevelWidgets():
        if isinstance(w, LetterViewer):
            w.close()
