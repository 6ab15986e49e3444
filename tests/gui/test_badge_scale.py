"""The photo badges' icons at 200 %: the white glyph fills its square, not a quarter of it
(docs/screenshots/2x/photos.png showed them tiny)."""

from __future__ import annotations

import subprocess
import sys

from tests.support import REPO

SCRIPT = """
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.icons import icon
from app.ui.widgets.photo_delegate import _white
pixmap = _white(icon("buyers")).pixmap(32, 32)
image = pixmap.toImage()
w, h = image.width(), image.height()
def opaque(x0, x1, y0, y1):
    return sum(1 for x in range(x0, x1) for y in range(y0, y1) if image.pixelColor(x, y).alpha() > 128)
print(pixmap.devicePixelRatio(), w, h, opaque(0, w // 2, 0, h // 2), opaque(w // 2, w, h // 2, h))
"""


def test_badge_icon_fills_its_square_at_200_percent() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    ratio, width, height, top_left, bottom_right = done.stdout.split()[-5:]
    assert float(ratio) == 2.0 and int(width) == int(height) == 64
    # the buyers glyph (two people) reaches the lower right quarter of its square
    assert int(top_left) > 0 and int(bottom_right) > 0
