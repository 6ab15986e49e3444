"""Render the app icon (resources/icons/app.svg) for the packages.

usage:
  python packaging/linux/render_icons.py SVG OUT_ROOT NAME     hicolor theme (Linux)
  python packaging/linux/render_icons.py --ico OUT.ico SVG     Windows (the .exe and installer)
  python packaging/linux/render_icons.py --icns OUT.icns SVG   macOS (the .app)

The hicolor form writes OUT_ROOT/<N>x<N>/apps/NAME.png for each size and
OUT_ROOT/scalable/apps/NAME.svg (a copy). Uses Qt's own SVG renderer from the project's venv
(and Pillow, a dependency of the app, to write .ico/.icns), so a build needs nothing beyond the
venv on any of the three platforms. Runs without a display (offscreen).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: could not encode the {size} px icon")
    return bytes(buffer.data().data())


def render(svg: Path, out_root: Path, name: str) -> list[Path]:
    """The hicolor theme's PNG sizes and the scalable SVG; returns the files written."""
    written = []
    for size in SIZES:
        target = out_root / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(svg, size))
        written.append(target)
    scalable = out_root / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def render_ico(svg: Path, out: Path) -> Path:
    """A Windows .ico with the sizes Explorer and the taskbar ask for, each drawn from the SVG."""
    from PIL import Image

    images = [Image.open(io.BytesIO(render_png(svg, size))) for size in ICO_SIZES]
    out.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(out, format="ICO", append_images=images[:-1], sizes=[(s, s) for s in ICO_SIZES])
    return out


def render_icns(svg: Path, out: Path) -> Path:
    """A macOS .icns (16 to 1024 px; Pillow derives the sizes from the 1024 px drawing)."""
    from PIL import Image

    image = Image.open(io.BytesIO(render_png(svg, 1024)))
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(out, format="ICNS")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ico", type=Path, help="write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="write a macOS .icns here")
    parser.add_argument("svg", type=Path)
    parser.add_argument("out_root", type=Path, nargs="?")
    parser.add_argument("name", nargs="?")
    args = parser.parse_args()
    if args.ico:
        print(render_ico(args.svg, args.ico))
    if args.icns:
        print(render_icns(args.svg, args.icns))
    if args.out_root is not None:
        if not args.name:
            parser.error("the hicolor form needs OUT_ROOT and NAME")
        for path in render(args.svg, args.out_root, args.name):
            print(path)
    elif not (args.ico or args.icns):
        parser.error("give OUT_ROOT NAME, --ico or --icns")


if __name__ == "__main__":
    main()
