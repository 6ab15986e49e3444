"""Letter preview: PDF bytes -> page images, in memory (pypdfium2; no temp file, no QtPdf).

QtPdf ships only in PySide6-Addons (a much larger wheel) and poppler's pdftoppm is not on
Windows or macOS; pdfium renders the very bytes that will be saved, in about 20 ms a page.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtGui import QImage

_lock = threading.Lock()  # pdfium is not re-entrant across threads


def page_images(data: bytes, scale: float = 1.1, ratio: float = 1.0) -> list[QImage]:
    """Every page of the PDF as an RGB QImage (safe to build on a worker thread), ``scale``
    logical pixels per point; drawn with ``ratio`` device pixels per logical pixel (the
    screen's, e.g. 2 at 200 %) so the text is sharp, not an enlarged 100 % picture."""
    images: list[QImage] = []
    with _lock:
        doc = pdfium.PdfDocument(data)
        try:
            for index in range(len(doc)):
                page = doc[index]
                pil = page.render(scale=scale * ratio).to_pil().convert("RGB")
                page.close()
                raw = pil.tobytes()
                image = QImage(
                    raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888
                )
                image = image.copy()  # own the pixels: `raw` goes away
                image.setDevicePixelRatio(ratio)
                images.append(image)
        finally:
            doc.close()
    return images
