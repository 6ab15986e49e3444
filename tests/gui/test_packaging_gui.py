"""The Linux package's Qt-side pieces: the hicolor icons rendered from resources/icons/app.svg,
and the PyInstaller spec keeping Qt's own translations for every language the app offers (the
file dialogs and standard buttons would otherwise be English in the Chinese app)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from PySide6.QtGui import QImage

from app.ui.settings import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "likeness-vault.spec"


def load_render_icons():  # packaging/ is not a package: load the build tool by its path
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "linux" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_app_icon_renders_at_every_hicolor_size(qapp, tmp_path: Path) -> None:
    render_icons = load_render_icons()
    written = render_icons.render(ROOT / "resources" / "icons" / "app.svg", tmp_path, "x.y.Z")
    for size in render_icons.SIZES:
        png = tmp_path / f"{size}x{size}" / "apps" / "x.y.Z.png"
        assert png in written
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        # drawn, not blank: the centre is the opaque badge, the corner is transparent
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0
    scalable = tmp_path / "scalable" / "apps" / "x.y.Z.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()


def test_the_spec_keeps_qtbase_translations_for_every_ui_language() -> None:
    found = re.search(r"KEEP_QT_TRANSLATIONS = \{([^}]*)\}", SPEC.read_text(encoding="utf-8"))
    assert found, "KEEP_QT_TRANSLATIONS is not in the spec"
    kept = set(re.findall(r'"([^"]+)"', found.group(1)))
    assert {f"qtbase_{language}" for language in LANGUAGES} <= kept


def test_the_windows_and_macos_icons_hold_every_size(qapp, tmp_path: Path) -> None:
    from PIL import Image

    render_icons = load_render_icons()
    svg = ROOT / "resources" / "icons" / "app.svg"
    with Image.open(render_icons.render_ico(svg, tmp_path / "app.ico")) as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in render_icons.ICO_SIZES}
    with Image.open(render_icons.render_icns(svg, tmp_path / "app.icns")) as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # 1024 px for Retina
        assert (16, 16, 1) in icns.info["sizes"] or (16, 16, 2) in icns.info["sizes"]
