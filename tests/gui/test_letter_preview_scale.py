"""Letter pages at 200 %: drawn with the screen's device pixel ratio, so the text is sharp
(docs/screenshots/2x/letter-viewer.png and letter-compose.png showed a 100 % picture
enlarged), at the same logical size as at 100 %."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]

from app.ui.letters.preview import page_images
from tests.support import REPO


def a4_pdf() -> bytes:
    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    return out.getvalue()


def test_pages_drawn_at_the_screen_ratio() -> None:
    data = a4_pdf()
    (one,) = page_images(data, 1.0)
    (two,) = page_images(data, 1.0, ratio=2.0)
    assert one.devicePixelRatio() == 1.0 and two.devicePixelRatio() == 2.0
    assert abs(two.width() - 2 * one.width()) <= 2  # twice the pixels...
    size = two.deviceIndependentSize()
    assert abs(size.width() - one.width()) <= 1 and abs(size.height() - one.height()) <= 1


SCRIPT = """
import sys
from pathlib import Path
from types import SimpleNamespace
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.letters.viewer import LetterViewer
viewer = LetterViewer(SimpleNamespace(id="x"), "t", open(sys.argv[1], "rb").read())
loop = QEventLoop()
viewer.pagesShown.connect(loop.quit)
QTimer.singleShot(20000, loop.quit)
loop.exec()
label = viewer.page_labels[0]
print(label.pixmap().devicePixelRatio(), label.width(), label.height())
"""


def test_letter_viewer_sharp_at_200_percent(tmp_path: Path) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(a4_pdf())
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(pdf)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    ratio, width, height = done.stdout.split()[-3:]
    assert float(ratio) == 2.0
    # the page keeps its logical size (1.3 pixels a point), the area scrolls
    assert abs(int(width) - 595 * 1.3) <= 2 and abs(int(height) - 842 * 1.3) <= 2
