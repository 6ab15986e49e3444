"""A "save as PDF" whose ".pdf" the app adds never replaces a file nobody confirmed (issue 10
part 5: no output file is overwritten silently; the file dialog only asked about the name typed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.errors import OutputExists
from app.ui import save_paths
from app.ui.dialogs.vault_dialogs import NewRecoveryKeyDialog
from app.ui.main_window import MainWindow
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
