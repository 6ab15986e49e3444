"""The "Revocation manifest…" dialog (issue 17): beside "Take my face back…" on the Buyers page
and on the Letters & evidence page; it says what the file contains, keeps the opt-ins off,
writes the signed manifest off the GUI thread and the vault remembers it."""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from app.services import manifest
from app.services.vault_service import VaultService
from app.ui import file_task_dialog
from app.ui.main_window import MainWindow
from app.ui.manifest.dialog import ManifestDialog
from tests.support import jpeg_bytes, new_service

MADE: list[QWidget] = []


@pytest.fixture(autouse=True)
def _delete_widgets(qapp: Any) -> Iterator[None]:
    """Delete every dialog a test made: a closed one would keep the vault's records reachable."""
    yield
    while MADE:
        widget = MADE.pop()
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[VaultService, str]]:
    """Three photos, two delivered to 阿杰."""
    svc = new_service(tmp_path / "vault", "林小雨")
    svc.update_performer(email="lin@example.com")
    items = svc.import_photo_data(
        (f"IMG_{i}.jpg", jpeg_bytes(seed=i, size=(320, 240))) for i in range(3)
    )
    buyer = svc.add_buyer("阿杰", platform="xianyu")
    svc.add_deal(buyer.id, [items[0].id, items[1].id], "2025-06-01")
    yield svc, buyer.id
    if svc.vault.is_open:
        svc.lock()


def test_the_dialog_says_what_is_in_it_and_keeps_the_opt_ins_off(
    qtbot: Any, service: tuple[VaultService, str], tmp_path: Path
) -> None:
    svc, buyer_id = service
    dialog = ManifestDialog(svc, buyer_id=buyer_id, folder=tmp_path)
    MADE.append(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "SHA-256 and PDQ hashes" in texts and "does not contain your photos" in texts
    assert dialog.photos.currentData() == buyer_id
    assert dialog.photos.currentText() == "Delivered to 阿杰 (2)"
    assert dialog.photos.itemText(0) == "All my photos (3)"
    assert dialog.chosen_scope() == ["training", "generation", "distribution"]
    assert not dialog.legal_name.isChecked() and not dialog.legal_name.isEnabled()
    assert not dialog.faces.isChecked() and not dialog.faces.isEnabled()  # face matching off
    assert "biometric" in texts and "face matching is on" in texts
    assert dialog.contact.text() == "lin@example.com"
    assert dialog.path.text().endswith(".json") and "阿杰" in dialog.path.text()
    dialog.photos.setCurrentIndex(0)  # every photo: the proposed name follows
    assert "阿杰" not in Path(dialog.path.text()).name


def test_writing_runs_off_the_gui_thread_and_the_vault_remembers_it(
    qtbot: Any,
    service: tuple[VaultService, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc, buyer_id = service
    threads: list[bool] = []
    real = manifest.build

    def spy(*args: Any, **kwargs: Any) -> manifest.Built:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(manifest, "build", spy)  # what the dialog calls
    dialog = ManifestDialog(svc, buyer_id=buyer_id, folder=tmp_path)
    MADE.append(dialog)
    dest = tmp_path / "manifest.json"
    dialog.path.setText(str(dest))
    dialog.scope["distribution"].setChecked(False)
    dialog.show()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.RESULT, timeout=20_000)
    assert threads == [False]
    doc = json.loads(dest.read_bytes())
    assert doc["withdrawal"]["scope"] == ["training", "generation"]
    assert doc["recipient"] == "阿杰" and len(doc["items"]) == 2
    assert "subject" in doc and doc["subject"] == {"name": "林小雨"}
    assert "face_embedding" not in doc
    remembered = manifest.newest(svc)
    assert remembered is not None
    assert remembered.sha256 in dialog.result_label.text()
    assert manifest.verify(dest).ok
    assert dialog.show_button.isVisible()


def test_an_existing_file_is_replaced_only_when_confirmed(
    qtbot: Any,
    service: tuple[VaultService, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc, buyer_id = service
    dest = tmp_path / "manifest.json"
    dest.write_text("mine", encoding="utf-8")
    answers: list[bool] = [False]
    monkeypatch.setattr(file_task_dialog, "confirm", lambda *a: answers.pop(0))
    dialog = ManifestDialog(svc, buyer_id=buyer_id, folder=tmp_path)
    MADE.append(dialog)
    dialog.path.setText(str(dest))
    dialog.show()
    dialog.save_button.click()  # "no": nothing happens
    assert dialog.stack.currentIndex() == dialog.FORM
    assert dest.read_text(encoding="utf-8") == "mine" and manifest.manifests(svc) == []
    answers.append(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.RESULT, timeout=20_000)
    assert manifest.verify(dest).ok


def test_a_refusal_is_shown_and_nothing_is_written(
    qtbot: Any,
    service: tuple[VaultService, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc, buyer_id = service
    shown: list[str] = []
    monkeypatch.setattr(file_task_dialog, "show_exception", lambda _w, exc: shown.append(str(exc)))
    dialog = ManifestDialog(svc, buyer_id=buyer_id, folder=tmp_path)
    MADE.append(dialog)
    dest = tmp_path / "manifest.json"
    dialog.path.setText(str(dest))
    for check in dialog.scope.values():
        check.setChecked(False)
    dialog.show()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "at least one use" in shown[0]
    assert dialog.stack.currentIndex() == dialog.FORM and not dest.exists()


def test_the_actions_sit_beside_the_revocation_letter(window: MainWindow) -> None:
    texts = [a.text() for a in window.buyers_page.toolbar.actions()]
    assert "Revocation manifest…" in texts
    assert texts.index("Revocation manifest…") == texts.index("Take my face back…") + 1
    manifest_action = next(
        a for a in window.buyers_page.toolbar.actions() if a.text() == "Revocation manifest…"
    )
    assert not manifest_action.isEnabled()  # no buyer selected
    # every photo: in the Letters page's "Evidence tools" menu (its toolbar is full)
    menus = [b.menu() for b in window.letters_page.toolbar.findChildren(QToolButton) if b.menu()]
    tools = [a.text() for menu in menus for a in menu.actions()]
    assert "Revocation manifest…" in tools and "Signing key…" in tools
    assert "Revocation manifest…" not in [a.text() for a in window.letters_page.toolbar.actions()]


def test_the_dialog_is_in_chinese(
    qtbot: Any, zh_translator: None, service: tuple[VaultService, str], tmp_path: Path
) -> None:
    from tests.gui.test_i18n import english_left, texts_of
    from tests.support.i18n import english_sources

    svc, buyer_id = service
    svc.update_performer(legal_name="林雨")
    dialog = ManifestDialog(svc, buyer_id=buyer_id, folder=tmp_path)
    MADE.append(dialog)
    assert dialog.windowTitle() == "撤回授权清单"
    assert english_left(texts_of([dialog]), english_sources()) == []
    assert dialog.photos.currentText() == "交付给 阿杰 的照片（2 张）"
    assert "撤回授权清单" in Path(dialog.path.text()).name
