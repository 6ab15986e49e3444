"""Opens every window and dialog of the app on one screen and prints, as JSON, whether each fits.

Run in a child process (a QApplication is made once per process, and the screen's size and
scale are fixed when it starts), once per screen, by tests/gui/test_fits_screen.py:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json \
        python -m tests.gui.fit_runner --lang zh_CN --vault DIR [--shots DIR] [--geometry HEX]

``--vault`` is a demo vault made with tests.support.PASSWORD and the fast KDF (made here when
the folder does not exist yet). ``--geometry`` is a main-window geometry saved elsewhere (on a
bigger screen): it is restored as the app restores it. ``--save-geometry WxH+X+Y`` only prints
the hex of a main window's saveGeometry() at that size and place, on this process's screen.

Every result: {"name", "frame": [x, y, w, h], "area": [...], "problems": [sentences]}. A problem
is a frame outside the screen's available geometry, or a dialog button / main button that is
hidden, outside the screen or clipped by a parent (scrolled away, cut off).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QLibraryInfo, QRect, QSettings, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QToolButton,
    QWidget,
    QWizard,
)

from app.errors import Message
from app.services.demo import build_demo_vault
from app.services.importing import ImportReport
from app.services.vault_service import VaultService
from app.ui.settings import Settings
from tests.support import FAST_KDF, PASSWORD
from tests.support.i18n import TS


def rect_list(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def button_problems(button: QWidget, screen: QRect, label: str) -> list[str]:
    """A button the user must reach: shown, on the screen, not clipped by a parent."""
    if not button.isVisible():
        return [f"{label} is hidden"]
    top_left = button.mapToGlobal(button.rect().topLeft())
    global_rect = QRect(top_left, button.size())
    problems = []
    if not screen.contains(global_rect):
        problems.append(f"{label} at {rect_list(global_rect)} is outside {rect_list(screen)}")
    shown = button.visibleRegion().boundingRect()
    if shown != button.rect():
        problems.append(f"{label} is clipped: {rect_list(shown)} of {rect_list(button.rect())}")
    return problems


def check(name: str, widget: QWidget, extra: Iterable[tuple[str, QWidget]] = ()) -> dict:
    app = QApplication.instance()
    assert app is not None
    widget.show()
    for _ in range(3):
        app.processEvents()
    screen = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    problems = []
    if not screen.contains(frame):
        problems.append(f"frame {rect_list(frame)} is outside {rect_list(screen)}")
    buttons: list[tuple[str, QWidget]] = []
    for box in widget.findChildren(QDialogButtonBox):
        if box.window() is not widget:
            continue
        if not box.isVisible():
            problems.append("a button box is hidden")
            continue
        for box_button in box.buttons():
            if not box_button.isHidden():
                buttons.append((f"button {box_button.text()!r}", box_button))
    if isinstance(widget, QWizard):
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            wizard_button = widget.button(which)
            if not wizard_button.isHidden():
                buttons.append((f"wizard button {wizard_button.text()!r}", wizard_button))
    buttons.extend(extra)
    if not buttons:
        problems.append("no button to check")
    for label, shown in buttons:
        problems.extend(button_problems(shown, screen, label))
    return {
        "name": name,
        "frame": rect_list(frame),
        "area": rect_list(screen),
        "problems": problems,
    }


def toolbar_button(toolbar: QWidget, action: object) -> QWidget:
    button = toolbar.widgetForAction(action)  # type: ignore[attr-defined]
    return button if button is not None else QToolButton()


def install_language(app: QApplication, language: str, tmp: Path) -> list[QTranslator]:
    from PySide6.QtCore import QLocale

    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(language))
    qm = tmp / "zh_CN.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    ours = QTranslator(app)
    assert ours.load(str(qm))
    app.installTranslator(ours)
    qt = QTranslator(app)
    qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    app.installTranslator(qt)
    return [ours, qt]


def open_vault(path: Path) -> VaultService:
    if not path.exists():
        service, _recovery = build_demo_vault(path, PASSWORD, FAST_KDF, photos=8)
        return service
    return VaultService.open(path, PASSWORD)


def run(args: argparse.Namespace) -> list[dict]:
    # imported here: the GUI modules need the QApplication's translators in place first
    from app.ui import tasks
    from app.ui.dialogs.attachments import ImagePreview
    from app.ui.dialogs.backup_dialog import BackupDialog
    from app.ui.dialogs.buyer_dialog import BuyerDialog
    from app.ui.dialogs.create_vault import CreateVaultWizard
    from app.ui.dialogs.deal_dialog import DealDialog
    from app.ui.dialogs.import_dialog import ImportSummary
    from app.ui.dialogs.performer_dialog import PerformerDialog
    from app.ui.dialogs.photo_dialog import PhotoDialog
    from app.ui.dialogs.settings_dialog import SettingsDialog
    from app.ui.dialogs.sighting_dialog import SightingDialog
    from app.ui.dialogs.vault_dialogs import (
        ChangePasswordDialog,
        CheckDialog,
        LeftoversDialog,
        NewRecoveryKeyDialog,
        RekeyDialog,
    )
    from app.ui.evidence import ExportEvidenceDialog, SigningKeyDialog, VerifyEvidenceDialog
    from app.ui.letters import ComposeLetterDialog, LettersDialog, MarkSentDialog
    from app.ui.main_window import MainWindow
    from app.ui.manifest import ManifestDialog
    from app.ui.matching.face_dialog import FaceMatchingDialog
    from app.ui.prompts import ExceptionDialog
    from app.ui.viewer import PhotoViewer
    from app.ui.welcome import WelcomeWindow
    from tests.support.gui import no_keystore

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    tmp = Path(args.tmp)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    if args.geometry:
        settings.set_geometry("main", QByteArray.fromHex(args.geometry.encode()))
        settings.set_geometry("welcome", QByteArray.fromHex(args.geometry.encode()))
    shots = Path(args.shots) if args.shots else None
    results: list[dict] = []

    only = [name for name in args.only.split(",") if name]

    def record(name: str, widget: QWidget, extra: Iterable[tuple[str, QWidget]] = ()) -> None:
        if only and not any(name.startswith(prefix) for prefix in only):
            return
        results.append(check(name, widget, extra))
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(shots / f"{args.lang}-{args.tag}-{name}.png"))

    welcome = WelcomeWindow(settings, FAST_KDF, no_keystore)
    record("welcome", welcome, [("open button", welcome.open_button)])
    welcome.close()

    service = open_vault(Path(args.vault))
    window = MainWindow(service, settings, no_keystore)
    records = service.records
    buyer = sorted(records.buyers.values(), key=lambda b: b.name)[0]
    deal = next(iter(records.deals.values()))
    sighting = next(iter(records.sightings.values()))
    media = sorted(records.media.values(), key=lambda m: m.name)[0]

    pages: list[tuple[str, int]] = [
        ("photos", window.PHOTOS),
        ("buyers", window.BUYERS),
        ("deals", window.DEALS),
        ("sightings", window.SIGHTINGS),
        ("letters", window.LETTERS),
    ]
    for page_name, row in pages:
        window.nav.setCurrentRow(row)
        page = window.pages[row]
        if page_name == "buyers":
            page.select(buyer.id)  # type: ignore[attr-defined]
        if page_name == "sightings":
            page.select(sighting.id)  # type: ignore[attr-defined]
        # the main actions on the main toolbar, and every action of the page's toolbar: none
        # may fall into a toolbar's overflow menu
        extra = [(f"main {a.text()!r}", w) for a, w in window.main_buttons()]
        toolbar = getattr(page, "toolbar", None)
        if toolbar is not None:
            for action in toolbar.actions():
                if action.isVisible() and not action.isSeparator():
                    extra.append((f"page {action.text()!r}", toolbar_button(toolbar, action)))
        record(f"main-{page_name}", window, extra)
    window.nav.setCurrentRow(window.PHOTOS)

    def dialog(name: str, make: Callable[[], QWidget], all_buttons: bool = False) -> None:
        made = make()
        extra: list[tuple[str, QWidget]] = []
        if all_buttons:  # a window without a button box: every button it shows
            made.show()
            for button in made.findChildren(QAbstractButton):
                if button.isVisibleTo(made):
                    extra.append((f"button {button.text() or button.toolTip()!r}", button))
        record(name, made, extra)
        made.close()
        made.deleteLater()

    dialog(
        "letter", lambda: ComposeLetterDialog(service, "buyer", buyer_id=buyer.id, parent=window)
    )
    dialog(
        "takedown",
        lambda: ComposeLetterDialog(service, "takedown", sighting_id=sighting.id, parent=window),
    )
    dialog("deal-new", lambda: DealDialog(service, parent=window, buyer_id=buyer.id))
    dialog("deal-edit", lambda: DealDialog(service, deal, parent=window))

    def sale_wizard(step: int) -> QWidget:  # the New sale wizard (app/ui/sale), its tall steps
        from app.ui.sale.wizard import SaleWizard

        wizard = SaleWizard(service, window, buyer.id, [media.id], deal.id if step == 4 else "")
        wizard.term_unlimited.setChecked(True)  # the 1022 warning shown: the tallest terms
        wizard.go(step)
        return wizard

    dialog("sale-terms", lambda: sale_wizard(2), all_buttons=True)
    dialog("sale-deliver", lambda: sale_wizard(4), all_buttons=True)
    dialog("sighting-new", lambda: SightingDialog(service, parent=window))
    dialog("sighting-edit", lambda: SightingDialog(service, sighting, parent=window))
    dialog("buyer", lambda: BuyerDialog(service, buyer, parent=window))
    dialog("performer", lambda: PerformerDialog(service, parent=window))
    dialog("photo", lambda: PhotoDialog(service, media, parent=window))
    many_errors = ImportReport(
        errors=[
            (f"/home/someone/Pictures/IMG_{i:04d}.heic", Message("{name}: " + "x" * 80, name=i))
            for i in range(60)
        ]
    )
    dialog("import-summary", lambda: ImportSummary(many_errors, parent=window))
    dialog("settings", lambda: SettingsDialog(settings, parent=window))
    dialog("password", lambda: ChangePasswordDialog(service, parent=window))
    dialog("recovery-key", lambda: NewRecoveryKeyDialog(service, "A" * 52, parent=window))
    dialog("rekey", lambda: RekeyDialog(service, parent=window))
    dialog("check", lambda: CheckDialog(service, parent=window))
    dialog("backup", lambda: BackupDialog(service, parent=window))
    photos = list(records.media.values())
    dialog(
        "photo-viewer",
        lambda: PhotoViewer(photos, media.id, service.original_bytes, parent=window),
        all_buttons=True,
    )
    dialog("leftovers", lambda: LeftoversDialog(service, parent=window))
    dialog(
        "evidence-export", lambda: ExportEvidenceDialog(service, buyer_id=buyer.id, parent=window)
    )
    dialog("manifest", lambda: ManifestDialog(service, buyer_id=buyer.id, parent=window))
    dialog("evidence-verify", lambda: VerifyEvidenceDialog("", parent=window))
    dialog("evidence-key", lambda: SigningKeyDialog(service, parent=window))
    dialog("letters-deadlines", lambda: LettersDialog(service, parent=window))
    dialog("mark-sent", lambda: MarkSentDialog(window, today=date.today()))
    dialog("exception", lambda: ExceptionDialog(window, "Traceback\n" * 200))
    big = QImage(3000, 4000, QImage.Format.Format_RGB32)
    big.fill(0x808080)
    dialog("image-preview", lambda: ImagePreview("receipt.png", big, parent=window))
    dialog("create-vault", lambda: CreateVaultWizard(None, FAST_KDF))
    dialog("match", lambda: match_dialog(service, window, sighting.id))
    dialog("face-matching", lambda: FaceMatchingDialog(service, parent=window))
    window.close()
    tasks.pool().waitForDone(30_000)  # letter previews still rendering: not at exit
    return results


def match_dialog(service: VaultService, parent: QWidget, sighting_id: str) -> QWidget:
    """The match dialog at its fullest: three inputs (a video with two photos found in a
    1080p frame, a picture with none, an unreadable file), then a sighting recorded."""
    from PIL import Image

    from app.matching.results import BANDS, Frame, InputResult, ItemMatch
    from app.ui.matching.match_dialog import MatchDialog, Outcome

    media = sorted(service.records.media.values(), key=lambda m: m.name)
    frame = Frame(Image.new("RGB", (1920, 1080), (30, 30, 36)), 4, 3723.0)
    region = ((700.0, 200.0), (1200.0, 200.0), (1200.0, 900.0), (700.0, 900.0))
    found = [
        ItemMatch(m.id, m.name, 0.9 - i / 10, band, "features", [], [], frame, region)
        for i, (m, band) in enumerate(zip(media[:2], BANDS, strict=False))
    ]
    error = Message("{name}: the file is empty (0 bytes).", name="broken.mov")
    results = [
        InputResult("/home/someone/Videos/录屏 2025-11-20 很长的文件名.mp4", "video", found),
        InputResult("/home/someone/Pictures/截图.png", "image", []),
        InputResult("/home/someone/broken.mov", "unknown", error=error),
    ]
    dialog = MatchDialog(service, [], parent, start=False)
    dialog.show_outcome(Outcome(results, pending=1234))
    dialog._recorded(sighting_id)  # "Write takedown notice…" shown too
    return dialog


def save_geometry(spec: str) -> str:
    from PySide6.QtWidgets import QMainWindow

    size, _, place = spec.partition("+")
    w, h = (int(v) for v in size.split("x"))
    x, y = (int(v) for v in place.split("+"))
    window = QMainWindow()
    window.setGeometry(x, y, w, h)
    window.show()
    QApplication.processEvents()
    return bytes(window.saveGeometry().toHex().data()).decode()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--vault", default="")
    parser.add_argument("--shots", default="")
    parser.add_argument("--tag", default="")
    parser.add_argument("--geometry", default="")
    parser.add_argument("--only", default="", help="names (prefixes) to check, comma-separated")
    parser.add_argument("--save-geometry", default="")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("likeness-vault-fit-test")
    if args.save_geometry:
        print(json.dumps({"geometry": save_geometry(args.save_geometry)}))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        args.tmp = tmp
        translators = install_language(app, args.lang, Path(tmp))  # noqa: F841 - kept alive
        if not args.vault:
            args.vault = str(Path(tmp) / "vault")
        results = run(args)
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
