"""The shared frames of merged dialogs keep their Chinese: ``PdfPagesViewer`` (the letter and the
contract viewers) and ``FileTaskDialog`` (the evidence export and the revocation manifest). A
string that moves to the shared class changes its translation context; these tests fail when
its zh_CN translation did not follow (the dialogs would show English)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from app.services import manifest
from app.services.evidence import ExportCancelled
from app.services.vault_service import VaultService
from app.ui import file_task_dialog
from app.ui.evidence.export_dialog import ExportEvidenceDialog
from app.ui.file_task_dialog import FileTaskDialog
from app.ui.letters.viewer import LetterViewer
from app.ui.manifest.dialog import ManifestDialog
from app.ui.pdf_viewer import PdfPagesViewer
from app.ui.sale.viewer import ContractViewer
from tests.support import REPO, jpeg_bytes, new_service


def two_pages() -> bytes:
    doc = pdfium.PdfDocument.new()
    for _ in range(2):
        doc.new_page(595, 842)
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    return out.getvalue()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[VaultService, str]]:
    svc = new_service(tmp_path / "vault", "林小雨")
    items = svc.import_photo_data([("IMG_1.jpg", jpeg_bytes(seed=1, size=(320, 240)))])
    buyer = svc.add_buyer("阿杰", platform="xianyu")
    svc.add_deal(buyer.id, [items[0].id], "2025-06-01")
    yield svc, buyer.id
    if svc.vault.is_open:
        svc.lock()


def shown(qtbot: Any, viewer: PdfPagesViewer) -> None:
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: len(viewer.page_labels) == 2, timeout=20_000)


@pytest.mark.usefixtures("zh_translator")
def test_the_letter_and_the_contract_viewers_speak_chinese(qtbot: Any) -> None:
    data = two_pages()
    contract = ContractViewer("合同.pdf", data)
    shown(qtbot, contract)
    assert contract.status.text() == "授权协议的原样（共 2 页）；加密保存在保险箱里。"
    assert [label.accessibleName() for label in contract.page_labels] == ["第 1 页", "第 2 页"]
    letter = LetterViewer(SimpleNamespace(id="x"), "函件", data)  # type: ignore[arg-type]
    shown(qtbot, letter)
    assert letter.status.text() == "保存时的 PDF 原件（共 2 页），加密保存在保险箱中。"
    assert letter.page_labels[1].accessibleName() == "第 2 页"
    assert letter.duplicate_button.text().startswith("复制为新草稿")
    assert letter.windowTitle() == "函件" and contract.windowTitle() == "合同.pdf"


@pytest.mark.usefixtures("zh_translator")
@pytest.mark.parametrize("which", ["evidence", "manifest"])
def test_the_file_dialogs_frame_speaks_chinese(
    qtbot: Any,
    service: tuple[VaultService, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    which: str,
) -> None:
    svc, buyer_id = service
    dialog: FileTaskDialog
    if which == "evidence":
        dialog = ExportEvidenceDialog(svc, buyer_id=buyer_id, folder=tmp_path)
        cancelled: BaseException = ExportCancelled()
    else:
        dialog = ManifestDialog(svc, buyer_id=buyer_id, folder=tmp_path)
        cancelled = manifest.Cancelled()
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"保存为", "签名密钥"} <= labels
    assert "选择…" in {button.text() for button in dialog.findChildren(QPushButton)}
    assert dialog.show_button.text() == "在文件夹中显示"
    assert dialog.progress_label.text() == "正在准备…"
    asked: list[str] = []

    def no(_parent: Any, title: str, _text: str) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(file_task_dialog, "confirm", no)
    Path(dialog.path.text()).write_bytes(b"mine")
    dialog.start()  # the file exists: asked, and no is no
    assert asked == ["替换该文件？"] and dialog.stack.currentIndex() == dialog.FORM
    dialog.show()
    dialog._failed(cancelled)
    assert dialog.status.text() == "已取消；没有写入任何文件。"


@pytest.mark.parametrize("module", ["app.ui.sale.viewer", "app.ui.pdf_viewer"])
def test_each_viewer_module_imports_first(module: str) -> None:
    """app.ui.letters (the package) imports the shared viewer: the shared viewer must not import
    that package at load time, or opening a contract before any letter fails on a cycle."""
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
