"""docs/screenshots: the README's pictures exist, every screen is in all four sets, and the
tool's PNG shrinking keeps what is seen (tools/screenshots.py)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from PIL import Image, ImageDraw

from tests.support import REPO

SHOTS = REPO / "docs" / "screenshots"
SETS = [SHOTS, SHOTS / "en", SHOTS / "2x", SHOTS / "2x" / "en"]


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots_tool", REPO / "tools/screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def linked_images(markdown: Path) -> list[Path]:
    text = markdown.read_text(encoding="utf-8")
    return [markdown.parent / link for link in re.findall(r"\]\(([^)\s]+\.png)\)", text)]


def test_readme_pictures_exist() -> None:
    links = linked_images(REPO / "README.md")
    assert (REPO / "docs/screenshots/home.png") in links  # the home page is shown
    missing = [str(p) for p in links if not p.is_file()]
    assert not missing


def test_every_screen_in_all_four_sets() -> None:
    index = linked_images(SHOTS / "README.md")
    names = {p.name for p in index}
    assert len(names) >= 28
    for folder in SETS:
        missing = sorted(n for n in names if not (folder / n).is_file())
        assert not missing, f"{folder}: {missing}"
    for shot in index:
        assert shot.is_file(), shot
    # 200 %: twice the pixels of the same screen at 100 %
    with Image.open(SHOTS / "home.png") as one, Image.open(SHOTS / "2x" / "home.png") as two:
        assert two.size == (one.size[0] * 2, one.size[1] * 2)


def test_shrink_keeps_a_screen_of_widgets_exact(tmp_path: Path) -> None:
    image = Image.new("RGB", (300, 120), (239, 239, 239))
    draw = ImageDraw.Draw(image)
    draw.rectangle([10, 10, 120, 40], fill=(48, 140, 198), outline=(20, 20, 20))
    draw.text((20, 60), "Save PDF", fill=(0, 0, 0))
    path = tmp_path / "ui.png"
    image.save(path)
    tool().shrink(path)
    with Image.open(path) as shrunk:
        assert shrunk.mode == "P"  # a palette image
        assert shrunk.convert("RGB").tobytes() == image.tobytes()


def test_shrink_leaves_a_photo_unbanded(tmp_path: Path) -> None:
    image = Image.new("RGB", (256, 256))
    image.putdata([(x, y, (x * y) % 256) for y in range(256) for x in range(256)])
    path = tmp_path / "photo.png"
    image.save(path)
    tool().shrink(path)
    with Image.open(path) as shrunk:
        assert shrunk.convert("RGB").tobytes() == image.tobytes()
