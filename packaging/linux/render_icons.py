"""Render the app icon (resources/icons/app.svg) into the hicolor theme's PNG sizes.

usage: python packaging/linux/render_icons.py SVG OUT_ROOT NAME

Writes OUT_ROOT/<N>x<N>/apps/NAME.png for each size and OUT_ROOT/scalable/apps/NAME.svg (a
copy). Uses Qt's own SVG renderer from the project's venv, so a build needs nothing beyond
the venv (no rsvg-convert, no ImageMagick). Runs without a display (offscreen).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out_root: Path, name: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_root / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    scalable = out_root / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: render_icons.py SVG OUT_ROOT NAME")
    for path in render(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]):
        print(path)
