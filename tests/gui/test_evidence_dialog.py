"""The "Export evidence" dialog: checklist, export off the GUI thread, cancel, show in folder,
and its actions on the Buyers and Sightings pages of the main window."""

from __future__ import annotations

import gc
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.services import evidence
from app.services import evidence as evidence_service  # what the export dialog calls
from app.services.demo import build_demo_vault
from app.services.vault_service import VaultService
from app.ui import file_task_dialog
from app.ui.evidence.export_dialog import ExportEvidenceDialog, default_bundle_name
from app.ui.evidence.key_dialog import SigningKeyDialog
from app.ui.evidence.verify_dialog import VerifyEvidenceDialog
from app.vault import signing
from tests.support import FAST_KDF

W = TypeVar("W", bound=QWidget)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultService]:
    service, _ = build_demo_vault(tmp_path_factory.mktemp("gui-ev") / "v", "pw", argon2=FAST_KDF)
    service.update_performer(id_number="110101199003070021")
    yield service
    service.lock()


MADE: list[QWidget] = []  # windows this module made; deleted after each test


def made(widget: W) -> W:
    MADE.append(widget)
    return widget


@pytest.fixture(autouse=True)
def _delete_widgets(qapp: Any) -> Iterator[None]:
    """Delete (not just close) every window a test made: a closed dialog would keep the
    vault's records reachable, and tests/reliability checks that none survive a lock."""
    yield
    while MADE:
        widget = MADE.pop()
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


def buyer_id(service: VaultService) -> str:
    return next(b.id for b in service.records.buyers.values() if b.name == "短剧工作室阿杰")


def make_dialog(qtbot: Any, service: VaultService, dest: Path, **kw: Any) -> ExportEvidenceDialog:
    if not kw:
        kw = {"buyer_id": buyer_id(service)}
    dialog = made(ExportEvidenceDialog(service, folder=dest.parent, **kw))
    dialog.path.setText(str(dest))
    return dialog


def test_checklist_defaults_keep_identity_out(
    qtbot: Any, demo: VaultService, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, demo, tmp_path / "b.zip")
    options = dialog.options()
    assert options.include_originals and options.include_attachments
    assert options.include_sightings and options.include_letters
    assert not options.include_identity and not options.include_id_number
    assert dialog.stack.currentIndex() == dialog.FORM
    name = default_bundle_name("短剧工作室 阿杰/../x")
    assert name.startswith("evidence-") and name.endswith(".zip") and "/" not in name


def test_export_runs_off_the_gui_thread_and_shows_the_folder(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    real = evidence.export_evidence

    def spy(*args: Any, **kwargs: Any) -> evidence.ExportResult:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(evidence_service, "export_evidence", spy)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dest = tmp_path / "out" / "bundle.zip"
    dest.parent.mkdir()
    dialog = make_dialog(qtbot, demo, dest)
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    dialog.letters.setChecked(False)
    dialog.show()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.RESULT, timeout=20_000)
    assert threads == [False]
    assert str(dest) in dialog.result_label.text()
    assert dialog.show_button.isVisible()
    report = evidence.verify_bundle(dest)
    assert report.ok
    with zipfile.ZipFile(dest) as zf:
        text = zf.read("report.pdf")
    assert b"110101199003070021" not in text
    dialog.show_button.click()
    assert opened == [QUrl.fromLocalFile(str(dest.parent))]


def test_cancel_writes_nothing_and_returns_to_the_form(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = evidence.export_evidence

    def gated(*args: Any, cancel: threading.Event, **kwargs: Any) -> evidence.ExportResult:
        assert cancel.wait(10)  # the user presses Cancel while the export runs
        return real(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(evidence_service, "export_evidence", gated)
    dest = tmp_path / "b.zip"
    dialog = make_dialog(qtbot, demo, dest)
    dialog.show()
    dialog.export_button.click()
    assert dialog.stack.currentIndex() == dialog.PROGRESS
    dialog.reject()  # Esc / Cancel while running cancels, it does not close
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.FORM, timeout=20_000)
    assert "nothing was written" in dialog.status.text()
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_kept_unless_replacing_is_confirmed(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "b.zip"
    dest.write_bytes(b"precious")
    asked: list[str] = []

    def no(_parent: Any, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(file_task_dialog, "confirm", no)
    dialog = make_dialog(qtbot, demo, dest)
    dialog.export_button.click()
    assert asked and str(dest) in asked[0]
    assert dialog.stack.currentIndex() == dialog.FORM
    assert dest.read_bytes() == b"precious"
    monkeypatch.setattr(file_task_dialog, "confirm", lambda *_: True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.RESULT, timeout=20_000)
    assert evidence.verify_bundle(dest).ok


def test_sighting_export(qtbot: Any, demo: VaultService, tmp_path: Path) -> None:
    sighting = next(iter(demo.records.sightings.values()))
    dest = tmp_path / "s.zip"
    dialog = make_dialog(qtbot, demo, dest, sighting_id=sighting.id)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.RESULT, timeout=20_000)
    with zipfile.ZipFile(dest) as zf:
        names = zf.namelist()
    matched = demo.records.media[sighting.media_ids[0]]
    assert f"originals/media/{matched.name}" in names


def test_verify_dialog_names_what_is_wrong(qtbot: Any, demo: VaultService, tmp_path: Path) -> None:
    bundle = tmp_path / "b.zip"
    evidence.export_evidence(demo, bundle, buyer_id=buyer_id(demo))
    own = signing.fingerprint(demo.signing_public_key())
    dialog = made(VerifyEvidenceDialog(own))
    dialog.check(bundle)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert "Intact" in dialog.verdict.text()
    assert "signing key of the open vault" in dialog.verdict.text()
    assert not dialog.problems.isVisibleTo(dialog)

    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "report.pdf":
                data = data.replace(b"/Producer", b"/Producex", 1)
            dst.writestr(info, data)
    dialog.report = None
    dialog.check(tampered)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert "NOT intact" in dialog.verdict.text()
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert items == ["altered: report.pdf was altered: its SHA-256 differs from SHA256SUMS."]

    other = made(VerifyEvidenceDialog("0000 " * 15 + "0000"))
    other.check(bundle)
    qtbot.waitUntil(lambda: other.report is not None, timeout=20_000)
    assert "not the open vault's key" in other.verdict.text()

    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    dialog.check(junk)
    qtbot.waitUntil(lambda: "could not be checked" in dialog.verdict.text(), timeout=20_000)


def test_signing_key_dialog_shows_the_fingerprint_and_saves_the_key(
    qtbot: Any, demo: VaultService, tmp_path: Path
) -> None:
    dialog = made(SigningKeyDialog(demo))
    assert dialog.label.text() == signing.fingerprint(demo.signing_public_key())
    target = tmp_path / "key.pem"
    dialog.write_public_key(target)
    assert target.read_bytes() == signing.public_key_pem(demo.signing_public_key())


def test_main_window_has_export_actions_on_buyers_and_sightings(
    qtbot: Any, demo: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import main_window
    from app.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = made(main_window.MainWindow(demo, settings))
    window.reload()
    buyer_actions = [a for a in window.buyers_page.toolbar.actions() if "evidence" in a.text()]
    sighting_actions = [
        a for a in window.sightings_page.toolbar.actions() if "evidence" in a.text()
    ]
    assert len(buyer_actions) == 1 and len(sighting_actions) == 1
    opened: list[dict[str, Any]] = []

    def fake_exec(self: ExportEvidenceDialog) -> int:
        opened.append({"buyer": self.buyer_id, "sighting": self.sighting_id})
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ExportEvidenceDialog, "exec", fake_exec)
    bid = buyer_id(demo)
    window.buyers_page.select(bid)
    assert buyer_actions[0].isEnabled()
    buyer_actions[0].trigger()
    sighting = next(iter(demo.records.sightings))
    window.sightings_page.select(sighting)
    sighting_actions[0].trigger()
    assert opened == [{"buyer": bid, "sighting": None}, {"buyer": None, "sighting": sighting}]
    window.drop_data()  # as at a lock: the module fixture owns (and locks) the vault
