"""The compose dialog (route sentence, editable text, live page preview, save + record), the
letters list (overdue highlighted) and the actions installed in the main window."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from app.services import letters as L
from app.services.vault_service import VaultService
from app.ui.letters import ComposeLetterDialog, LettersListWidget
from app.ui.letters.list_widget import OVERDUE_COLOUR

pytestmark = pytest.mark.usefixtures("delete_closed_widgets")


def buyer(service: VaultService, name: str) -> str:
    return next(b.id for b in service.records.buyers.values() if b.name == name)


def open_dialog(qtbot: Any, service: VaultService, **kw: Any) -> ComposeLetterDialog:
    dialog = ComposeLetterDialog(service, **kw)
    qtbot.addWidget(dialog)
    if dialog.composition is not None:
        qtbot.waitUntil(lambda: len(dialog.page_labels) > 0, timeout=10_000)
    return dialog


def test_buyer_letter_explains_the_route_previews_pages_and_saves(
    qtbot: Any, demo: VaultService, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    assert dialog.composition is not None and dialog.composition.route == "1022-1"
    assert "1022" in dialog.route_label.text()
    assert "not legal advice" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.route_label))
    )
    assert dialog.page_labels[0].pixmap().width() > 300
    assert dialog.editor.toPlainText() == dialog.composition.body

    with qtbot.waitSignal(dialog.previewUpdated, timeout=10_000):
        dialog.editor.appendPlainText("\n我的补充：<b>不是标记</b>")
    target = tmp_path / "out.pdf"
    letter_id = dialog.save_to(target)
    assert letter_id and target.exists()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "我的补充：<b>不是标记</b>" in text
    stored = demo.records.letters[letter_id]
    assert stored.status == "draft" and "我的补充" in stored.body


def test_a_running_term_asks_for_the_reason_before_saving(qtbot: Any, demo: VaultService) -> None:
    dialog = open_dialog(qtbot, demo, buyer_id=buyer(demo, "星河传媒"))
    assert dialog.composition is None
    assert not dialog.save_button.isEnabled()
    assert "justified reason" in dialog.error_label.text()
    dialog.reason.setPlainText("对方将照片用于训练 AI 模型，交易并未允许")
    dialog.recompose()
    assert dialog.composition is not None and dialog.composition.route == "1022-2"
    assert dialog.save_button.isEnabled()
    assert dialog.warning_label.text()  # the compensation warning
    assert "训练 AI 模型" in dialog.editor.toPlainText()


def test_edited_text_survives_a_change_of_options_until_reset(
    qtbot: Any, demo: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog = open_dialog(qtbot, demo, buyer_id=buyer(demo, "短剧工作室阿杰"))
    dialog.editor.setPlainText("my own words")
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    dialog.recompose()
    assert dialog.editor.toPlainText() == "my own words"
    # resetting an edited text is confirmed first (tests/gui/test_typed_text.py)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Reset)
    dialog.reset_text()
    assert dialog.editor.toPlainText().startswith("Dear ")


def test_takedown_from_a_sighting_prefills_link_and_photos(qtbot: Any, demo: VaultService) -> None:
    sighting = next(iter(demo.records.sightings.values()))
    dialog = open_dialog(qtbot, demo, mode="takedown", sighting_id=sighting.id)
    assert dialog.urls.toPlainText() == sighting.url
    assert dialog.platform.currentData() == "douyin"
    assert dialog.composition is not None
    assert [m.id for m in dialog.composition.media] == sighting.media_ids
    assert dialog.composition.route == "1195"
    assert "1195" in dialog.route_label.text()


def test_letters_list_highlights_overdue_letters(qtbot: Any, demo: VaultService) -> None:
    letter = next(iter(demo.records.letters.values()))  # the demo letter, sent, not yet due
    widget = LettersListWidget()
    qtbot.addWidget(widget)
    widget.load(demo)
    assert widget.overdue_ids == set()
    later = date.fromisoformat(letter.deadline) + timedelta(days=3)
    widget.load(demo, today=later)
    assert widget.overdue_ids == {letter.id}
    row = next(
        r
        for r in range(widget.rowCount())
        if widget.item(r, 0).data(Qt.ItemDataRole.UserRole) == letter.id
    )
    assert widget.item(row, 5).foreground().color() == OVERDUE_COLOUR
    assert "3" in widget.item(row, 5).text()
    with demo.transaction() as records:
        records.letters[letter.id] = dataclasses.replace(letter, status="complied")
    widget.load(demo, today=later)
    assert widget.overdue_ids == set()
    assert L.due(demo, later) == []


def test_main_window_gets_the_letter_actions(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window = pytest.importorskip("app.ui.main_window")
    from app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = main_window.MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.reload()
    texts = [a.text() for a in window.letters_page.toolbar.actions()]
    for wanted in (
        "New letter…",
        "Takedown notice…",
        "Mark as sent…",
        "Attach reply…",
        "Deadlines…",
    ):
        assert wanted in texts
    take_back = [
        a for a in window.buyers_page.toolbar.actions() if a.text() == "Take my face back…"
    ]
    assert len(take_back) == 1
    opened: list[ComposeLetterDialog] = []
    monkeypatch.setattr(ComposeLetterDialog, "open", lambda self: opened.append(self))
    window.buyers_page.select(buyer(demo, "短剧工作室阿杰"))
    take_back[0].trigger()
    assert len(opened) == 1 and opened[0].buyer.currentData() == buyer(demo, "短剧工作室阿杰")


def test_mark_sent_and_status_from_the_letters_page(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window = pytest.importorskip("app.ui.main_window")
    from PySide6.QtWidgets import QDialog

    from app.ui.letters.list_widget import MarkSentDialog
    from app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = main_window.MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.reload()
    comp = L.compose_buyer_letter(demo, buyer(demo, "短剧工作室阿杰"), "deletion")
    letter = L.record(demo, comp)
    window.reload()
    window.letters_page.select(letter.id)

    def accept(self: MarkSentDialog) -> int:
        self.channel.setText("闲鱼私信")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MarkSentDialog, "exec", accept)
    actions = {a.text(): a for a in window.letters_page.toolbar.actions()}
    actions["Mark as sent…"].trigger()
    stored = demo.records.letters[letter.id]
    assert stored.status == "sent" and stored.channel == "闲鱼私信" and stored.sent_on
    menu = actions["Set status"].menu()
    complied = next(a for a in menu.actions() if a.data() == "complied")
    complied.trigger()
    assert demo.records.letters[letter.id].status == "complied"


def test_mark_sent_dialog_offers_no_date_before_the_letter_or_in_the_future(qtbot: Any) -> None:
    from datetime import date

    from app.ui.letters.list_widget import MarkSentDialog

    dialog = MarkSentDialog(None, today=date(2026, 3, 10), written=date(2026, 3, 5))
    qtbot.addWidget(dialog)
    assert dialog.sent_on() == "2026-03-10"
    dialog.show()
    dialog.date.show_calendar()
    assert dialog.date.popup is not None
    calendar = dialog.date.popup.calendar
    assert (calendar.minimumDate().toPython(), calendar.maximumDate().toPython()) == (
        date(2026, 3, 5),
        date(2026, 3, 10),
    )
    dialog.date.setDate(date(2026, 3, 1))  # before the letter: refused, never saved
    assert not dialog.date.is_valid()
    dialog.date.setDate(date(2026, 3, 11))  # in the future: refused
    assert not dialog.date.is_valid()
