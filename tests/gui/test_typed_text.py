"""Never drops what was typed (issue 14): the letter's "Reset text" is confirmed and undoable,
closing a dialog with typed changes asks first (untouched closes quietly), a saved letter
can be opened and duplicated, the saved path is shown with "Show in folder", and dates
are typed as dates."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from app.services.demo import build_demo_vault
from app.services.vault_service import VaultService
from app.ui.letters import ComposeLetterDialog
from tests.support import FAST_KDF


@pytest.fixture(autouse=True)
def _delete_closed_widgets(qapp: Any) -> Iterator[None]:
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[VaultService]:
    service, _ = build_demo_vault(tmp_path / "v", "pw", argon2=FAST_KDF)
    yield service
    service.lock()


def buyer(service: VaultService, name: str) -> str:
    return next(b.id for b in service.records.buyers.values() if b.name == name)


def composer(qtbot: Any, service: VaultService, **kw: Any) -> ComposeLetterDialog:
    dialog = ComposeLetterDialog(service, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    if dialog.composition is not None:
        qtbot.waitUntil(lambda: len(dialog.page_labels) > 0, timeout=10_000)
    return dialog


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
    from app.ui.dialogs.performer_dialog import PerformerDialog
    from app.ui.dialogs.photo_dialog import PhotoDialog
    from app.ui.dialogs.sighting_dialog import SightingDialog

    media = next(iter(demo.records.media.values()))
    made: list[tuple[QWidget, QWidget]] = []
    for make in (
        lambda: BuyerDialog(demo),
        lambda: DealDialog(demo),
        lambda: SightingDialog(demo),
        lambda: PerformerDialog(demo),
        lambda: PhotoDialog(demo, media),
    ):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        # untouched: Esc closes without a question
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        made.append((dialog, dialog.notes))
    for dialog, notes in made:
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
