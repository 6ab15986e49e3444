"""Errors shown as sentences (never a traceback), the "copy details" dialog, and cancelling
an import: the vault keeps exactly what was reported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from app import errors
from app.ui.dialogs.import_dialog import ImportSummary
from app.ui.main_window import MainWindow
from app.ui.prompts import ExceptionDialog, error_details, error_sentence, technical_details
from tests.support import jpeg_bytes, write
from tests.support.gui import reopen


def test_every_user_error_class_has_its_own_sentence() -> None:
    classes = [
        errors.WrongPassword(),
        errors.UnsafeHeader("x"),
        errors.VaultDamaged("x"),
        errors.UnsupportedVersion("x"),
        errors.NotAVault("x"),
        errors.VaultExists("x"),
        errors.VaultBusy("x"),
        errors.VaultLocked("x"),
        errors.WriteFailed("x"),
        errors.BadMedia("x"),
        errors.NotFound("x"),
        errors.InvalidInput("x"),
        errors.KeyringUnavailable("x"),
    ]
    sentences = [error_sentence(e) for e in classes]
    assert len(set(sentences)) == len(classes)
    assert all(s.endswith(".") and s != error_sentence(RuntimeError()) for s in sentences)


def test_a_damaged_vault_names_what_is_damaged() -> None:
    exc = errors.VaultDamaged("2 items failed.", damaged=["photo IMG_1.jpg", "attachment 合同.pdf"])
    detail = error_details(exc)
    assert "photo IMG_1.jpg" in detail and "attachment 合同.pdf" in detail


def test_unexpected_error_dialog_copies_type_and_stack_not_the_message(qtbot) -> None:
    private = "".join(["林小雨", " secret buyer"])  # not in any source line
    try:
        raise KeyError(private)
    except KeyError as exc:
        details = technical_details(exc)
    assert "builtins.KeyError" in details and "test_errors_and_import.py" in details
    assert private not in details and "secret buyer" not in details
    dialog = ExceptionDialog(None, details)
    qtbot.addWidget(dialog)
    (copy,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Copy details"]
    copy.click()
    assert QGuiApplication.clipboard().text() == details


def test_cancelled_import_keeps_exactly_what_it_reports(
    qtbot,
    window: MainWindow,
    controller,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "many"
    for i in range(150):
        write(folder / f"IMG_{i:04d}.jpg", jpeg_bytes(i, (640, 480)))
    dialog = window.import_paths([folder])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=20_000)
    dialog.reject()  # Esc / Cancel
    qtbot.waitUntil(lambda: window.import_task is None, timeout=30_000)
    report = dialog.report
    assert report is not None and report.cancelled
    kept = len(report.new_items)
    assert 0 < kept < 150
    assert window.photos_page.model.rowCount() == kept
    assert isinstance(window.summary, ImportSummary) and window.summary.isVisible()
    # the new photos' matching data is computed after the import: the vault closes after it
    qtbot.waitUntil(lambda: window.backfill_task is None, timeout=60_000)
    path = controller.service.path
    controller.lock()
    on_disk = reopen(path)
    assert len(on_disk.records.media) == kept
    assert on_disk.vault.orphan_objects() == []  # nothing half-written left behind
    on_disk.lock()
