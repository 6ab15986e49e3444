"""Sentences made by the services, where the GUI shows them, in Chinese: the reasons of an
import's failures, a refused sighting link, the problems an evidence check finds and the
deal a takedown notice cannot deny. Nothing of their English may be left on screen."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import errors
from app.services import evidence
from app.ui.dialogs.import_dialog import ImportSummary
from app.ui.evidence.verify_dialog import VerifyEvidenceDialog
from app.ui.main_window import MainWindow
from app.ui.prompts import error_details, error_text
from tests.support import add_photos, buyer_with_deal, truncated_jpeg, write
from tests.support.gui import service_of

HAN = re.compile("[\u4e00-\u9fff]")


def english(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Lower-case English words of 3+ letters left in ``text`` (file names and formats, in
    ``allowed`` or upper case, and command names like id-document are not sentences)."""
    text = re.sub(r"\w+(?:-\w+)+", " ", text)
    return [w for w in re.findall(r"[A-Za-z]*[a-z]{3,}[A-Za-z]*", text) if w not in allowed]


def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(headline, detail) of every message box the app opens (answered at once)."""
    boxes: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append((box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


def test_import_failures_are_listed_in_chinese(
    qtbot: Any, window: MainWindow, tmp_path: Path, zh_translator: None
) -> None:
    files = [
        write(tmp_path / "断了.jpg", truncated_jpeg()),
        write(tmp_path / "笔记.jpg", "这不是照片，是一段文字。\n".encode() * 20),
        write(tmp_path / "空的.jpg", b""),
        tmp_path / "不存在.jpg",
    ]
    window.import_paths(files)
    qtbot.waitUntil(lambda: window.import_task is None, timeout=30_000)
    qtbot.waitUntil(lambda: isinstance(window.summary, ImportSummary), timeout=10_000)
    summary = window.summary
    assert isinstance(summary, ImportSummary)
    table = summary.table
    assert table.rowCount() == 4
    for row in range(table.rowCount()):
        reason = table.item(row, 1).text()
        assert HAN.search(reason), reason
        assert english(reason, ("jpg",)) == [], reason
    assert HAN.search(summary.summary.text()) and not english(summary.summary.text())
    summary.accept()


def test_the_import_report_keeps_english_for_the_cli(window: MainWindow, tmp_path: Path) -> None:
    report = service_of(window).import_paths([write(tmp_path / "a.jpg", truncated_jpeg())])
    [(_path, reason)] = report.errors
    assert isinstance(reason, errors.Message) and str(reason).startswith("a.jpg: ")
    assert "truncated" in str(reason)
    assert error_text(reason) == str(reason)  # no translator: the English sentence


def test_a_bad_sighting_link_is_refused_in_chinese(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, zh_translator: None
) -> None:
    boxes = shown_boxes(monkeypatch)
    dialog = window.edit_sighting("")
    assert dialog is not None
    dialog.url.setText("douyin.com/video/1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    headline, detail = boxes[0]
    assert HAN.search(headline) and not english(headline)
    assert detail.startswith("链接必须是以 http:// 或 https:// 开头"), detail
    assert "'douyin.com/video/1'" in detail  # what was typed, named as it is
    assert "must" not in detail and "address" not in detail
    assert service_of(window).records.sightings == {}
    dialog.discard()  # closed without the "discard your changes?" question


def test_a_text_too_long_is_named_by_its_start_in_chinese(
    window: MainWindow, zh_translator: None
) -> None:
    with pytest.raises(errors.InvalidInput) as caught:
        service_of(window).add_buyer("阿杰", contact="微信" * 15_000)
    detail = error_details(caught.value)
    assert detail.startswith("一段 30000 个字符的文字超过了允许的 20000 个字符"), detail
    assert "微信微信" in detail and not english(detail)


def test_evidence_check_problems_are_listed_in_chinese(
    qtbot: Any, tmp_path: Path, zh_translator: None
) -> None:
    bundle = tmp_path / "不是证据包.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("photo.jpg", b"not a photo")
    dialog = VerifyEvidenceDialog()
    qtbot.addWidget(dialog)
    dialog.check(bundle)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(items) == 3  # SHA256SUMS, the signature and the public key are missing
    for item in items:
        assert item.startswith("缺失：证据包中缺少 "), item
        named = re.sub(r"[\w.\-]+\.(?:sig|pem)", "", item)  # SHA256SUMS.sig, signing-key.pub.pem
        assert english(named) == [], item
    assert (
        evidence.verify_bundle(bundle).problems[0].message.endswith("is missing from the bundle.")
    )  # the CLI's English


def test_a_takedown_notice_that_would_deny_a_deal_is_refused_in_chinese(
    window: MainWindow, zh_translator: None
) -> None:
    service = service_of(window)
    photos = add_photos(service, 1)
    buyer_with_deal(service, photos)
    from app.services import takedowns

    with pytest.raises(errors.InvalidInput) as caught:
        takedowns.compose(
            service, "douyin", ["https://www.douyin.com/video/1"], photos, variant="never"
        )
    detail = error_details(caught.value)
    assert detail.startswith("2025-06-01 的一笔交易包含这些照片"), detail
    assert "consented" not in detail


@pytest.fixture
def zh_locale() -> Iterator[None]:
    """The default locale the app sets with the Chinese translator (the composer's warnings
    follow it)."""
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(before)


def test_the_takedown_composer_refuses_never_in_chinese(
    qtbot: Any, window: MainWindow, zh_translator: None, zh_locale: None
) -> None:
    """The notice's refusal and its warnings in the composer, in Chinese."""
    from app.ui.letters.compose_dialog import ComposeLetterDialog

    service = service_of(window)
    photos = add_photos(service, 1)
    buyer_with_deal(service, photos)
    sighting = service.add_sighting("https://www.douyin.com/video/1", media_ids=photos)
    dialog = ComposeLetterDialog(service, mode="takedown", sighting_id=sighting.id)
    qtbot.addWidget(dialog)
    dialog.recompose()
    assert dialog.composition is not None
    warnings = dialog.warning_label.text().splitlines()
    assert warnings  # no legal name or ID number yet: the identity warning
    for line in warnings:
        assert HAN.search(line) and english(line) == [], line
    dialog.variant.setCurrentIndex(dialog.variant.findData("never"))
    dialog.recompose()
    assert dialog.composition is None
    shown = dialog.error_label.text()
    assert shown.startswith("2025-06-01 的一笔交易包含这些照片，因此通知不能说你从未同意"), shown
    assert "consented" not in shown


def test_an_evidence_exports_problems_are_said_in_chinese(
    window: MainWindow, tmp_path: Path, zh_translator: None
) -> None:
    """What the export dialog lists after an export with an original gone from the vault."""
    service = service_of(window)
    photos = add_photos(service, 2)
    buyer_id, _ = buyer_with_deal(service, photos)
    gone = service.records.media[photos[0]]
    service.vault.object_path(gone.object_id).unlink()
    result = evidence.export_evidence(service, tmp_path / "证据.zip", buyer_id=buyer_id)
    assert [str(p) for p in result.problems] == [
        f"{gone.name} is missing from the vault (its file is gone)."
    ]  # the CLI's English
    [shown] = [error_text(p) for p in result.problems]
    assert shown == f"保险箱中缺少 {gone.name}（它的文件已不存在）。"
