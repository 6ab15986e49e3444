"""Screenshots of the desktop app for docs/screenshots/ (and a look at 200 % scaling).

Builds the demo vault in a temporary folder (fast key derivation: these are pictures, not a
vault to keep), drives the real windows, and saves ``widget.grab()`` images. Settings go to
a temporary file, never to the user's own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots
    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py /tmp/x2
Options: --lang en|zh_CN (default zh_CN).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: TID251
from PySide6.QtGui import QColor, QImage  # noqa: TID251
from PySide6.QtWidgets import QApplication, QWidget  # noqa: TID251

from app.services.demo import build_demo_vault
from app.ui.application import AppController, install_translators
from app.ui.dialogs.deal_dialog import DealDialog
from app.ui.dialogs.photo_dialog import PhotoDialog
from app.ui.dialogs.sighting_dialog import SightingDialog
from app.ui.settings import Settings
from app.vault import crypto

FAST = crypto.Argon2Params(memory_kib=16 * 1024, iterations=2, lanes=1)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path} ({widget.width()}x{widget.height()})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("LikenessVaultScreenshots")
    app = QApplication(sys.argv)
    translators = install_translators(app, args.lang)  # noqa: F841
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        settings.language = args.lang
        vault_path = Path(tmp) / "林小雨的保险箱"
        service, _recovery = build_demo_vault(vault_path, "demo password 演示", argon2=FAST)
        service.lock()
        (Path(tmp) / "2023 旧照片").mkdir()
        settings.add_recent_vault(Path(tmp) / "2023 旧照片")
        settings.add_recent_vault(vault_path)

        controller = AppController(settings, argon2=FAST, keystore_factory=_no_keystore)
        welcome = controller.show_welcome()
        welcome.resize(960, 600)
        wait(300)
        save(welcome, args.out / "welcome.png")

        welcome.password.setText("demo password 演示")
        started = time.perf_counter()
        welcome.open_vault()
        while controller.window is None:
            if time.perf_counter() - started > 20:
                raise SystemExit("the demo vault did not open")
            wait(20)
        window = controller.window
        window.resize(1280, 800)
        wait(50)
        print(f"demo vault shown {time.perf_counter() - started:.3f} s after Open")
        wait(300)
        save(window, args.out / "home.png")  # the home page opens first

        window.nav.setCurrentRow(window.PHOTOS)
        page = window.photos_page
        page.grid.setCurrentIndex(page.proxy.index(2, 0))
        wait(1200)
        save(window, args.out / "photos.png")
        viewer = page.view_photo()
        if viewer is not None:
            viewer.resize(1000, 720)
            wait(1200)
            save(viewer, args.out / "photo-viewer.png")
            viewer.close()

        window.nav.setCurrentRow(window.BUYERS)
        window.buyers_page.table.selectRow(0)
        wait(300)
        save(window, args.out / "buyers.png")

        window.nav.setCurrentRow(window.DEALS)
        deal = min(window.service.records.deals.values(), key=lambda d: d.date)  # type: ignore[union-attr]
        dialog = DealDialog(window.service, deal, window)  # type: ignore[arg-type]
        dialog.show()
        wait(300)
        save(dialog, args.out / "deal-editor.png")
        dialog.close()

        window.nav.setCurrentRow(window.SIGHTINGS)
        window.sightings_page.table.selectRow(0)
        wait(200)
        save(window, args.out / "sightings.png")
        sighting = next(iter(window.service.records.sightings.values()))  # type: ignore[union-attr]
        editor = SightingDialog(window.service, sighting, window)  # type: ignore[arg-type]
        shot = Path(tmp) / "截图.png"
        phone = QImage(360, 640, QImage.Format.Format_RGB32)  # a plain phone screenshot (demo)
        phone.fill(QColor("#2b3a55"))
        phone.save(str(shot))
        editor.add_screenshot(shot)
        editor.show()
        for index, name in enumerate(("sighting-where", "sighting-photos", "sighting-shots")):
            editor.tabs.setCurrentIndex(index)
            wait(900)
            save(editor, args.out / f"{name}.png")
        editor.close()
        item = next(iter(window.service.records.media.values()))  # type: ignore[union-attr]
        photo = PhotoDialog(window.service, item, window)  # type: ignore[arg-type]
        photo.show()
        wait(200)
        save(photo, args.out / "photo-editor.png")
        photo.close()
        controller.lock()
        wait(200)
    return 0


def _no_keystore():  # type: ignore[no-untyped-def]
    from app.errors import KeyringUnavailable

    raise KeyringUnavailable("screenshots run without a secret store")


if __name__ == "__main__":
    raise SystemExit(main())
