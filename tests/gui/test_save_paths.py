"""A "save as PDF" whose ".pdf" the app adds never replaces a file nobody confirmed (issue 10
part 5: no output file is overwritten silently; the file dialog only asked about the name typed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import FolderMissing, OutputExists, WriteFailed
from app.services import letters
from app.services.demo import build_demo_vault
from app.ui import save_paths
from app.ui.dialogs.attachments import ask_plaintext_copy_path
from app.ui.dialogs.create_vault import ask_recovery_pdf_path
from app.ui.dialogs.vault_dialogs import NewRecoveryKeyDialog
from app.ui.evidence.export_dialog import ExportEvidenceDialog
from app.ui.evidence.key_dialog import SigningKeyDialog
from app.ui.letters import ComposeLetterDialog
from app.ui.main_window import MainWindow
from app.ui.prompts import error_details, error_sentence
from tests.support import FAST_KDF
from tests.support.gui import service_of


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    errors: list[BaseException] = []
    monkeypatch.setattr(save_paths, "show_exception", lambda _parent, exc: errors.append(exc))
    return errors


def test_confirmed_pdf_path(tmp_path: Path, shown: list[BaseException]) -> None:
    assert save_paths.confirmed_pdf_path(None, str(tmp_path / "a.PDF")) == tmp_path / "a.PDF"
    assert save_paths.confirmed_pdf_path(None, str(tmp_path / "b")) == tmp_path / "b.pdf"
    assert shown == []
    (tmp_path / "c.pdf").write_bytes(b"precious")
    assert save_paths.confirmed_pdf_path(None, str(tmp_path / "c")) is None
    assert [type(e) for e in shown] == [OutputExists]


def test_the_recovery_sheet_does_not_replace_an_unconfirmed_pdf(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[BaseException],
) -> None:
    existing = tmp_path / "key.pdf"
    existing.write_bytes(b"precious")
    typed = str(tmp_path / "key")  # the dialog asked about "key", not "key.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (typed, ""))
    dialog = NewRecoveryKeyDialog(
        service_of(window), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", window
    )
    qtbot.addWidget(dialog)
    dialog._save_pdf()  # internals: the "Save as PDF" button's slot (the button has no name)
    assert existing.read_bytes() == b"precious"
    assert [type(e) for e in shown] == [OutputExists]
    fresh = str(tmp_path / "new")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (fresh, ""))
    dialog._save_pdf()
    assert (tmp_path / "new.pdf").read_bytes().startswith(b"%PDF")


# --- where a "save as" starts, and what it is called (issue 14) ------------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new account: a home folder with no Documents folder yet, no xdg user-dirs file."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


def test_the_documents_folder_is_made_when_missing(qapp: Any, home: Path) -> None:
    expected = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    assert expected.parent == home and not expected.exists()
    assert save_paths.documents_folder() == expected
    assert expected.is_dir()
    assert save_paths.default_save_path("a/b:c.pdf") == str(expected / "b_c.pdf")


def test_the_home_folder_when_documents_cannot_be_made(qapp: Any, home: Path) -> None:
    (home / "Documents").write_bytes(b"a file where the folder would be")
    assert save_paths.documents_folder() == home


def test_default_file_names_are_safe() -> None:
    day = date(2026, 11, 30)
    assert (
        save_paths.default_file_name("解除许可通知", "短剧工作室 阿杰/../x", "pdf", day)
        == "解除许可通知-短剧工作室-阿杰_.._x-2026-11-30.pdf"
    )
    assert save_paths.default_file_name("Takedown notice", "", "pdf", day) == (
        "Takedown-notice-2026-11-30.pdf"
    )
    name = save_paths.default_file_name("证据包", 'a<b>c:"d"|e?*\u202e', "zip", day)
    assert name == "证据包-a_b_c__d__e___-2026-11-30.zip"


def saved_as(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The start paths given to the save dialogs (which then report "cancelled")."""
    starts: list[str] = []

    def get_save_file_name(_parent: Any, _title: str, start: str = "", *_a: Any) -> tuple:
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return starts


def test_a_letter_is_offered_in_documents_named_in_chinese(
    qtbot: Any, home: Path, zh_translator: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service, _ = build_demo_vault(tmp_path / "v", "pw", argon2=FAST_KDF)
    try:
        buyer = next(b for b in service.records.buyers.values() if b.name == "短剧工作室阿杰")
        dialog = ComposeLetterDialog(service, buyer_id=buyer.id)
        qtbot.addWidget(dialog)
        starts = saved_as(monkeypatch)
        dialog.choose_and_save()
        documents = save_paths.documents_folder()
        today = date.today().isoformat()
        assert starts == [str(documents / f"解除许可通知-短剧工作室阿杰-{today}.pdf")]
        dialog.discard()
    finally:
        service.lock()


def test_other_saves_start_in_documents(
    qtbot: Any, home: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts = saved_as(monkeypatch)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *_a, **_k: QMessageBox.StandardButton.Save
    )  # "the copy is not encrypted": go on
    documents = save_paths.documents_folder()
    assert ask_plaintext_copy_path(window, "合同.pdf") == ""
    ask_recovery_pdf_path(window)
    key = SigningKeyDialog(service_of(window), window)
    qtbot.addWidget(key)
    key.save_public_key()
    assert [Path(s).parent for s in starts] == [documents] * 3
    assert Path(starts[0]).name == "合同.pdf"
    bundle = ExportEvidenceDialog(
        service_of(window), buyer_id=service_of(window).add_buyer("阿杰").id
    )
    qtbot.addWidget(bundle)
    assert Path(bundle.path.text()).parent == documents
    assert Path(bundle.path.text()).name.startswith("evidence-bundle-阿杰-")


def test_a_missing_folder_is_not_a_full_disk(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[BaseException]
) -> None:
    target = tmp_path / "gone" / "letter.pdf"
    assert not save_paths.folder_exists(None, target)
    [exc] = shown
    assert isinstance(exc, FolderMissing)
    assert error_sentence(exc) != error_sentence(WriteFailed("x"))  # not "the disk may be full"
    assert str(tmp_path / "gone") in error_details(exc)
    assert save_paths.folder_exists(None, tmp_path / "here.pdf")
    with pytest.raises(FolderMissing):  # the services' own writes say the same
        letters.export_pdf(b"%PDF-", target)


def test_the_evidence_export_says_a_typed_folder_is_missing(
    qtbot: Any, window: MainWindow, tmp_path: Path, shown: list[BaseException]
) -> None:
    service = service_of(window)
    dialog = ExportEvidenceDialog(service, buyer_id=service.add_buyer("阿杰").id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "no such folder" / "b.zip"))
    dialog.start()
    assert [type(e) for e in shown] == [FolderMissing]
    assert dialog.stack.currentIndex() == dialog.FORM  # still there to choose another place
    assert not (tmp_path / "no such folder").exists()
