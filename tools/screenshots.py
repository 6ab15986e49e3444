"""Screenshots of the desktop app for docs/screenshots/ (every screen a performer meets).

Builds the demo vault in a temporary folder (fast key derivation: these are pictures, not a
vault to keep), drives the real windows on Qt's offscreen platform (no display needed), and
saves ``widget.grab()`` images, made smaller with Pillow. Settings, the home folder (and so the
Documents folder the save dialogs start in) are a temporary folder, never the user's own.

    .venv/bin/python tools/screenshots.py docs/screenshots                  # zh_CN, 100 %
    .venv/bin/python tools/screenshots.py docs/screenshots/en --lang en
    .venv/bin/python tools/screenshots.py docs/screenshots/2x --scale 2     # 200 %
    make screenshots                                                         # all four sets

The screen is a 1920x1080 desktop at 100 % (``--scale 2``: 3840x2160 at 200 %, Qt scaling by
the screen's logical DPI as on X11 and Windows), set in the offscreen platform's config file
before the QApplication starts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

SCREEN = {"width": 1920, "height": 1080}


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: TID251

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shrink(path: Path) -> None:
    """Fewer bytes, text as crisp: a screen of widgets and text (up to 4096 colours, most of
    them anti-aliasing shades) gets a 256-colour palette without dithering; an image with a
    photo or a rendered page in it keeps its colours (the PNG only optimised), so gradients
    do not band."""
    image: Image.Image = Image.open(path).convert("RGB")
    if image.getcolors(maxcolors=4096) is not None:
        image = image.quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    image.save(path, optimize=True)


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: list[str] = []

    def save(self, widget: Any, name: str) -> None:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.done(path, f"{widget.width()}x{widget.height()}")

    def save_pixmap(self, pixmap: Any, name: str) -> None:
        path = self.out / f"{name}.png"
        pixmap.save(str(path))
        self.done(path, f"{pixmap.width()}x{pixmap.height()} px")

    def done(self, path: Path, size: str) -> None:
        shrink(path)
        self.written.append(path.name)
        print(f"wrote {path} ({size}, {path.stat().st_size // 1024} KiB)", flush=True)

    def modal(self, trigger: Callable[[], Any], name: str, settle: int = 400) -> None:
        """Run ``trigger``, which opens a modal window (exec or open), save that window as
        ``name`` and close it without its answer (as Esc would, never "delete")."""
        from PySide6.QtCore import QTimer  # noqa: TID251
        from PySide6.QtWidgets import QApplication  # noqa: TID251

        before = QApplication.activeModalWidget()
        shot: list[bool] = []
        started = time.perf_counter()

        def poll() -> None:
            box = QApplication.activeModalWidget()
            if box is None or box is before:
                if time.perf_counter() - started > 30:
                    raise SystemExit(f"{name}: no window opened")
                QTimer.singleShot(50, poll)
                return
            wait(settle)
            self.save(box, name)
            shot.append(True)
            box.done(0)

        QTimer.singleShot(50, poll)
        trigger()
        while not shot:
            wait(50)


def screen_config(folder: Path, scale: int) -> Path:
    spec = {
        "name": f"screenshots@{scale}",
        "x": 0,
        "y": 0,
        "width": SCREEN["width"] * scale,
        "height": SCREEN["height"] * scale,
        "logicalDpi": 96 * scale,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [spec]}), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--scale", type=int, default=1, choices=[1, 2])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lv-") as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"
        (home / "Documents").mkdir(parents=True)
        os.environ["HOME"] = str(home)
        os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
        os.environ["XDG_DOCUMENTS_DIR"] = str(home / "Documents")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(tmp, args.scale)}"
        os.environ.pop("QT_SCALE_FACTOR", None)
        return shoot(Shooter(args.out), args.lang, home)


def shoot(shots: Shooter, lang: str, home: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings  # noqa: TID251
    from PySide6.QtGui import QColor, QImage, QPainter, QPixmap  # noqa: TID251
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: TID251

    from app.services.demo import build_demo_vault, portrait
    from app.ui.application import AppController, install_translators
    from app.ui.dialogs.deal_dialog import DealDialog
    from app.ui.dialogs.photo_dialog import PhotoDialog
    from app.ui.dialogs.sighting_dialog import SightingDialog
    from app.ui.evidence.export_dialog import ExportEvidenceDialog
    from app.ui.settings import Settings
    from app.vault import crypto

    fast = crypto.Argon2Params(memory_kib=16 * 1024, iterations=2, lanes=1)
    QCoreApplication.setOrganizationName("LikenessVaultScreenshots")
    app = QApplication(sys.argv)
    translators = install_translators(app, lang)  # noqa: F841
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = lang
    vault_path = home / "林小雨的保险箱"
    service, _recovery = build_demo_vault(vault_path, "demo password 演示", argon2=fast)
    service.lock()
    (home / "2023 旧照片").mkdir()
    settings.add_recent_vault(home / "2023 旧照片")
    settings.add_recent_vault(vault_path)
    settings.set_remembered(vault_path, True)  # the mark: this computer remembers its key

    def no_keystore():  # type: ignore[no-untyped-def]
        from app.errors import KeyringUnavailable

        raise KeyringUnavailable("screenshots run without a secret store")

    controller = AppController(settings, argon2=fast, keystore_factory=no_keystore)
    welcome = controller.show_welcome()
    welcome.resize(960, 600)
    wait(400)
    shots.save(welcome, "welcome")

    # --- create a vault: the password page with its strength meter ---
    welcome.start_create()
    wizard = welcome.wizard
    wait(200)
    wizard.location.folder.setText(str(home / "Documents" / "新保险箱"))
    wizard.location.name.setText("林小雨")
    wizard.next()
    wait(100)
    wizard.password.password.setText("xiaoyu2024")
    wizard.password.repeat.setText("xiaoyu2024")
    wait(1500)
    shots.save(wizard, "wizard-password")
    wizard.password.password.setText("西湖边 三只猫 在 春天 打盹 2024")
    wizard.password.repeat.setText("西湖边 三只猫 在 春天 打盹 2024")
    wait(1500)
    shots.save(wizard, "wizard-password-strong")
    wizard.reject()
    wait(200)

    # --- a wrong password: the error box ---
    welcome.password.setText("wrong password")
    shots.modal(welcome.open_vault, "error-wrong-password", settle=300)

    welcome.password.setText("demo password 演示")
    started = time.perf_counter()
    welcome.open_vault()
    while controller.window is None:
        if time.perf_counter() - started > 30:
            raise SystemExit("the demo vault did not open")
        wait(20)
    window = controller.window
    window.resize(1280, 800)
    wait(50)
    print(f"demo vault shown {time.perf_counter() - started:.3f} s after Open", flush=True)
    wait(400)
    service = window.service
    records = service.records
    shots.save(window, "home")  # the home page opens first

    # --- photos: the grid with badges, the viewer, the editor ---
    window.nav.setCurrentRow(window.PHOTOS)
    page = window.photos_page
    page.grid.setCurrentIndex(page.proxy.index(5, 0))
    wait(1500)
    shots.save(window, "photos")
    viewer = page.view_photo()
    if viewer is not None:
        viewer.resize(1000, 720)
        wait(1500)
        shots.save(viewer, "photo-viewer")
        viewer.close()
    item = next(iter(records.media.values()))
    photo = PhotoDialog(service, item, window)
    photo.show()
    wait(600)
    shots.save(photo, "photo-editor")
    photo.close()

    # --- buyers, and deleting a buyer who has deals ---
    window.nav.setCurrentRow(window.BUYERS)
    window.buyers_page.table.selectRow(0)
    wait(300)
    shots.save(window, "buyers")
    buyer_id = window.buyers_page.current_id()
    shots.modal(lambda: window.delete_buyer(buyer_id), "buyer-delete")

    # --- deals and the deal editor (terms, photo picker, attachments with kinds) ---
    window.nav.setCurrentRow(window.DEALS)
    window.deals_page.table.selectRow(0)
    wait(300)
    shots.save(window, "deals")
    deal = min(records.deals.values(), key=lambda d: d.date)
    dialog = DealDialog(service, deal, window)
    contract = home / "Documents" / "授权合同.pdf"
    contract.write_bytes(b"%PDF-1.4\n% a sample contract\n")
    dialog.add_pending_attachment(contract, "contract")
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    for index, name in enumerate(("deal-editor", "deal-editor-photos", "deal-editor-files")):
        tabs.setCurrentIndex(index)
        wait(1200 if index == 1 else 400)
        shots.save(dialog, name)
    tabs.setCurrentIndex(0)
    wait(200)
    # the date field's calendar: a popup window, drawn over the dialog where it opens
    dialog.date.show_calendar()
    wait(400)
    popup = dialog.date.popup
    base = dialog.grab()
    pop = popup.grab()
    origin = dialog.mapToGlobal(QPoint(0, 0))
    at = popup.mapToGlobal(QPoint(0, 0)) - origin
    area = QRect(0, 0, dialog.width(), dialog.height()).united(QRect(at, popup.size()))
    ratio = base.devicePixelRatio()
    canvas = QPixmap(int(area.width() * ratio), int(area.height() * ratio))
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawPixmap(QPoint(0, 0), base)
    painter.drawPixmap(at, pop)
    painter.end()
    shots.save_pixmap(canvas, "date-calendar")
    popup.hide()
    # the discard question: something typed, then Esc
    dialog.uses.setText(dialog.uses.text() + "，不含AI训练")
    shots.modal(dialog.reject, "discard-question")
    dialog.discard()
    wait(200)

    # --- sightings and the sighting dialog (where, photos, screenshots) ---
    window.nav.setCurrentRow(window.SIGHTINGS)
    window.sightings_page.table.selectRow(0)
    wait(300)
    shots.save(window, "sightings")
    sighting = next(iter(records.sightings.values()))
    editor = SightingDialog(service, sighting, window)
    shot = home / "截图.png"
    phone = QImage(360, 640, QImage.Format.Format_RGB32)  # a plain phone screenshot (demo)
    phone.fill(QColor("#2b3a55"))
    phone.save(str(shot))
    editor.add_screenshot(shot)
    editor.show()
    for index, name in enumerate(("sighting-where", "sighting-photos", "sighting-shots")):
        editor.tabs.setCurrentIndex(index)
        wait(1200 if index == 1 else 500)
        shots.save(editor, name)
    editor.discard()
    wait(200)

    # --- letters: the composer, the saved-file box, the letter opened, the takedown ---
    first_buyer = next(b for b in records.buyers.values() if b.name == "星河传媒")
    composer = window.write_letter(first_buyer.id)
    wait(300)
    if lang == "en":  # an English letter in the English pictures (the buyer's country picks 中文)
        composer.lang.setCurrentIndex(composer.lang.findData("en"))
    composer.reason.setPlainText(
        "对方把我的照片用于训练 AI 换脸模型，交易并未允许。"
        if lang == "zh_CN"
        else "They used my photos to train an AI face-swap model; the deal did not allow it."
    )
    wait(3000)
    shots.save(composer, "letter-compose")
    saved_id = composer.save_to(home / "Documents" / composer.suggested_name())
    wait(600)
    notice = composer.saved_notice
    shots.save(notice, "saved-file")
    notice.close()
    wait(300)
    window.nav.setCurrentRow(window.LETTERS)
    window.letters_page.select(saved_id)
    wait(400)
    shots.save(window, "letters")
    helper = next(w for w in window.findChildren(QWidget) if type(w).__name__ == "_Letters")
    letter_viewer = helper.open_letter(letter_id=saved_id)
    if letter_viewer is not None:
        wait(2500)
        shots.save(letter_viewer, "letter-viewer")
        letter_viewer.close()
        del letter_viewer  # deleted on close: no reference may outlive it
    takedown = window.write_notice(sighting.id)
    wait(3000)
    shots.save(takedown, "takedown-compose")
    takedown.discard()
    wait(200)

    # --- back up, export evidence ---
    backup = window.back_up_vault()
    wait(500)
    shots.save(backup, "backup")
    backup.done(0)
    wait(200)
    export = ExportEvidenceDialog(service, buyer_id=deal.buyer_id, parent=window)
    export.show()
    wait(500)
    shots.save(export, "evidence-dialog")
    export.reject_now()
    wait(200)

    # --- an import with failures: the summary ---
    drop = home / "Documents" / "新照片"
    drop.mkdir()
    (drop / "IMG_3001.jpg").write_bytes(portrait(101, (600, 800)))
    (drop / "IMG_3002.jpg").write_bytes(portrait(102, (600, 800))[:4000])  # cut short
    (drop / "说明.jpg").write_text("not a photo", encoding="utf-8")
    window.import_paths([drop])
    started = time.perf_counter()
    while getattr(window, "summary", None) is None or not window.summary.isVisible():
        if time.perf_counter() - started > 60:
            raise SystemExit("the import summary did not open")
        wait(100)
    wait(400)
    shots.save(window.summary, "import-summary")
    window.summary.done(0)
    wait(200)

    # --- find in my photos: a drama frame searched for real, and the face-matching switch ---
    match_frame = drama_frame(service, home)
    finder = window.matching_ui.find([match_frame])
    started = time.perf_counter()
    while finder.task is not None:
        if time.perf_counter() - started > 120:
            raise SystemExit("the search did not finish")
        wait(100)
    wait(1500)  # the vault photo, decoded off the GUI thread
    shots.save(finder, "match")
    faces = window.matching_ui.face_settings()
    wait(300)
    shots.save(faces, "face-matching")
    faces.close()
    finder.close()
    wait(200)

    controller.lock()
    wait(300)
    print(f"{len(shots.written)} screenshots: {' '.join(shots.written)}", flush=True)
    return 0


def drama_frame(service: Any, home: Path) -> Path:
    """A real photograph (matplotlib's grace_hopper.jpg, public domain) put in the vault and
    sold to two buyers, and a 1280x720 drama frame showing it tilted, with a subtitle: the
    picture the match dialog is shown with. Last, so no other screenshot shows the photo."""
    import matplotlib
    from PIL import ImageDraw, ImageFont

    source = Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg"
    (item,) = service.import_photo_data([("IMG_2410.jpg", source.read_bytes())])
    service.update_media(item.id, set_name="2025-03-02 棚拍")
    buyers = sorted(service.records.buyers.values(), key=lambda b: b.name)
    service.add_deal(buyers[0].id, [item.id], "2025-03-05")
    service.add_deal(buyers[1].id, [item.id], "2025-04-01")
    service.backfill()  # what the background queue does
    with Image.open(source) as opened:
        picture = opened.convert("RGB")
    frame = Image.new("RGB", (1280, 720), (20, 22, 28))
    fitted = picture.resize((round(picture.width * 600 / picture.height), 600))
    frame.paste(fitted.rotate(4, expand=True, fillcolor=(20, 22, 28)), (420, 40))
    font = ImageFont.truetype(
        str(Path(__file__).resolve().parents[1] / "resources" / "fonts" / "wqy-microhei.ttc"), 40
    )
    ImageDraw.Draw(frame).text(
        (360, 650), "她终于回来了，可是一切都变了", font=font, fill=(255, 255, 255),
        stroke_width=2, stroke_fill=(0, 0, 0),
    )  # fmt: skip
    path = home / "录屏截图 2025-11-20.png"
    frame.save(path)
    return path


if __name__ == "__main__":
    raise SystemExit(main())
