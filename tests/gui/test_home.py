"""The home page (what to do next) and "Back up vault…" in the GUI."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from app.domain.models import Letter, new_id
from app.services import backup
from app.services.vault_service import VaultService
from app.ui.application import AppController
from app.ui.dialogs.backup_dialog import BackupDialog
from app.ui.dialogs.buyer_dialog import BuyerDialog
from app.ui.letters import ComposeLetterDialog
from app.ui.main_window import MainWindow
from tests.support import PASSWORD, add_photos, buyer_with_deal, new_service
from tests.support.gui import service_of


def a_vault_with_work(path: Path) -> tuple[VaultService, dict[str, str]]:
    """Photos, a buyer with a running deal and no letter, a buyer with an overdue letter, a
    sighting without a notice."""
    service = new_service(path, "Test Performer")
    add_photos(service, 3)
    quiet, _ = buyer_with_deal(service)
    late = service.add_buyer("迟回复", platform="wechat")
    service.add_deal(late.id, sorted(service.records.media)[:1], "2025-01-01")
    sighting = service.add_sighting("https://v.douyin.com/abc123/", seen_on="2026-11-01")
    letter_id = new_id()
    with service.transaction() as records:
        records.letters[letter_id] = Letter(
            id=letter_id,
            kind="revocation",
            recipient=late.id,
            status="sent",
            sent_on=(date.today() - timedelta(days=20)).isoformat(),
            deadline=(date.today() - timedelta(days=5)).isoformat(),
        )
    return service, {"quiet": quiet, "late": late.id, "sighting": sighting.id, "letter": letter_id}


def texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def dialogs_of(window: MainWindow, kind: type[Any]) -> list[Any]:
    return [d for d in window.findChildren(kind) if d.isVisible()]


def test_home_opens_first_and_lists_what_to_do(
    qtbot: Any, controller: AppController, tmp_path: Path
) -> None:
    service, ids = a_vault_with_work(tmp_path / "v")
    window = controller.show_vault(service)
    assert window.stack.currentWidget() is window.home_page
    page = window.home_page
    keys = set(page.buttons)
    assert f"follow-up:{ids['letter']}" in keys  # overdue: write the reminder
    assert f"open-letter:{ids['letter']}" in keys
    assert f"take-back:{ids['quiet']}" in keys  # running deal, no letter yet
    assert f"take-back:{ids['late']}" not in keys  # a letter was sent to them
    assert f"notice:{ids['sighting']}" in keys
    assert "backup" in keys
    assert page.visible_count() == 4  # letter, buyer, sighting, backup

    page.buttons[f"take-back:{ids['quiet']}"].click()
    composers = dialogs_of(window, ComposeLetterDialog)
    assert len(composers) == 1 and composers[0].mode == "buyer"
    composers[0].reject()

    page.buttons[f"follow-up:{ids['letter']}"].click()
    composers = dialogs_of(window, ComposeLetterDialog)
    assert len(composers) == 1 and composers[0].kind.currentData() == "reminder"
    composers[0].reject()

    page.buttons[f"notice:{ids['sighting']}"].click()
    composers = dialogs_of(window, ComposeLetterDialog)
    assert len(composers) == 1 and composers[0].mode == "takedown"
    composers[0].reject()

    page = window.home_page
    page.buttons[f"open-letter:{ids['letter']}"].click()
    assert window.stack.currentWidget() is window.letters_page
    assert window.letters_page.current_id() == ids["letter"]


def test_empty_vault_shows_first_steps(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.home_page
    assert window.stack.currentWidget() is page
    assert set(page.buttons) == {"import", "add-buyer"}
    asked: list[str] = []

    def no_files(*_a: Any, **_k: Any) -> tuple[list[str], str]:
        asked.append("files")
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", no_files)
    page.buttons["import"].click()
    assert asked == ["files"]
    page.buttons["add-buyer"].click()
    assert len(dialogs_of(window, BuyerDialog)) == 1


def test_back_up_from_the_home_page(qtbot: Any, controller: AppController, tmp_path: Path) -> None:
    service, _ = a_vault_with_work(tmp_path / "v")
    window = controller.show_vault(service)
    # the background queue indexes the photos for matching first (each batch is a save: a
    # backup taken meanwhile is rightly no longer the newest state)
    qtbot.waitUntil(
        lambda: window.backfill_task is None and service.pending_fingerprints() == 0,
        timeout=60_000,
    )
    page = window.home_page
    assert any("never been backed up" in t for t in texts(page))
    page.buttons["backup"].click()
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    assert dialog.name.text() == backup.proposed_name(tmp_path / "v", date.today())
    assert not dialog.start_button.isEnabled()  # no place chosen yet
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.place.setText(str(usb))
    assert dialog.start_button.isEnabled()
    assert "same disk" in dialog.target_label.text()  # /tmp holds the vault too
    other = Path("/dev/shm")
    if other.is_dir() and other.stat().st_dev != usb.stat().st_dev:
        dialog.place.setText(str(other))
        assert "same disk" not in dialog.target_label.text()
        dialog.place.setText(str(usb))
    with qtbot.waitSignal(dialog.backedUp, timeout=30_000):
        dialog.start_button.click()
    dest = usb / dialog.name.text()
    assert dialog.report is not None and dialog.report.destination == dest
    assert not (dest / ".lock").exists()
    svc = service_of(window)
    last = backup.last_backup(svc.vault.vault_id, svc.path)
    assert last is not None and last.generation == svc.vault.generation
    # the home page now says when, and the copy opens with the password
    assert any("Last backed up today" in t for t in texts(window.home_page))
    assert not any("never been backed up" in t for t in texts(window.home_page))
    copy = VaultService.open(dest, PASSWORD)
    try:
        assert set(copy.records.media) == set(svc.records.media)
    finally:
        copy.lock()


def test_backup_into_a_non_empty_folder_says_so(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    full = tmp_path / "full"
    full.mkdir()
    dialog = window.back_up_vault()
    assert isinstance(dialog, BackupDialog)
    dialog.place.setText(str(tmp_path))
    dialog.name.setText("full")
    (full / "keep.txt").write_text("mine")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "not empty" in dialog.status.text()
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    assert dialog.start_button.isEnabled()  # try again elsewhere


def test_photos_without_buyers_asks_for_the_buyers(qtbot: Any, window: MainWindow) -> None:
    add_photos(service_of(window), 2)
    window.reload()
    page = window.home_page
    assert set(page.buttons) == {"add-buyer", "backup"}
    page.buttons["add-buyer"].click()
    assert len(dialogs_of(window, BuyerDialog)) == 1


def test_cancel_a_running_backup(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_photos(service_of(window), 3)
    started, go_on = threading.Event(), threading.Event()
    real_copy = backup._Copier.copy

    def held(self: Any, rel: Path, on_bytes: Any) -> str:
        started.set()
        go_on.wait(10)  # the user clicks Cancel meanwhile
        return real_copy(self, rel, on_bytes)

    monkeypatch.setattr(backup._Copier, "copy", held)
    dialog = window.back_up_vault()
    assert isinstance(dialog, BackupDialog)
    dialog.place.setText(str(tmp_path))
    dialog.start_button.click()
    assert started.wait(10)
    assert dialog.task is not None and not dialog.start_button.isEnabled()
    dialog.cancel_button.click()  # asks the copy to stop; the dialog stays open
    assert dialog.isVisible()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "Cancelled" in dialog.status.text()
    assert not (tmp_path / dialog.name.text()).exists()
    svc = service_of(window)
    assert backup.last_backup(svc.vault.vault_id, svc.path) is None
    assert dialog.start_button.isEnabled()


def test_home_backup_and_viewer_speak_chinese(
    qtbot: Any, zh_translator: None, controller: AppController, tmp_path: Path
) -> None:
    """With zh_CN loaded, no English source text is left on the home page, the backup dialog
    (before and after a backup) or the photo viewer (tests/gui/test_i18n.py's walk)."""
    from tests.gui.test_i18n import english_left, texts_of
    from tests.support.i18n import english_sources

    service, _ = a_vault_with_work(tmp_path / "v")
    window = controller.show_vault(service)
    dialog = window.back_up_vault()
    assert isinstance(dialog, BackupDialog)
    (tmp_path / "usb").mkdir()
    dialog.place.setText(str(tmp_path / "usb"))
    texts = texts_of([window.home_page, dialog])
    with qtbot.waitSignal(dialog.backedUp, timeout=30_000):
        dialog.start_button.click()
    texts += texts_of([dialog, window.home_page])
    dialog.done(0)
    window.nav.setCurrentRow(window.PHOTOS)
    viewer = window.photos_page.view_photo(sorted(service_of(window).records.media)[0])
    assert viewer is not None
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10_000)
    texts += texts_of([viewer])
    mine = [
        (where, text)
        for where, text in english_left(texts, english_sources())
        if where.split("/")[0] in ("BackupDialog", "PhotoViewer", "HomePage")
    ]
    assert mine == []
    assert any("接下来要做的事" in text for _where, text in texts)
    assert any(where.startswith("HomePage/") and "上次备份" in text for where, text in texts)
    assert {where.split("/")[0] for where, _text in texts} >= {
        "HomePage",
        "BackupDialog",
        "PhotoViewer",
    }
