"""Benchmark: a revocation letter PDF for a buyer with 50 photos.

Goal (docs/quality): under 1 s. Prints, each as the median of several runs:
- the floor measured in the same run: decrypting the 50 thumbnails plus laying out a bare
  reportlab document of the same photo table with the same embedded font;
- compose (route decision, default text, thumbnails decrypted) and render (the full letter);
- the preview (render + page images through pypdfium2, as the compose dialog does), if
  pypdfium2 is installed.
No timed assertion: the numbers are for the issue notes.

    .venv/bin/python bench/bench_letters.py [PHOTOS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from app.documents import pdf  # noqa: E402
from app.services import letters  # noqa: E402
from app.services.demo import portrait  # noqa: E402
from app.services.vault_service import VaultService  # noqa: E402
from tests.support import FAST_KDF  # noqa: E402


def median(func: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as tmp:
        service, _ = VaultService.create(Path(tmp) / "v", "pw", "林小雨 Lin Xiaoyu", FAST_KDF)
        items = service.import_photo_data(
            (f"IMG_{i:04d}.jpg", portrait(i, (900, 1200))) for i in range(count)
        )
        buyer = service.add_buyer("短剧工作室阿杰", platform="xianyu")
        service.add_deal(buyer.id, [m.id for m in items], "2025-01-10", price="30")
        start = time.perf_counter()
        pdf.register_fonts()  # once per process, not part of a letter
        print(f"font registration (once per process): {time.perf_counter() - start:.3f} s")

        def floor() -> bytes:
            rows = [
                pdf.PhotoRow(m.name, m.imported_at[:10], m.sha256, service.thumbnail_bytes(m.id))
                for m in items
            ]
            return pdf.render([pdf.photo_table(rows, "zh-CN")], pdf.DocumentMeta("floor"))

        comp = letters.compose_buyer_letter(service, buyer.id, "revocation", "zh-CN")
        size = len(letters.render(comp))
        t_floor = median(floor)
        t_compose = median(lambda: letters.compose_buyer_letter(service, buyer.id))
        t_render = median(lambda: letters.render(comp))
        total = t_compose + t_render
        print(f"letter for a buyer with {count} photos ({size / 1024:.0f} KiB PDF):")
        print(f"  floor (thumbnails + bare photo table)  {t_floor:.3f} s")
        print(f"  compose                                {t_compose:.3f} s")
        print(f"  render                                 {t_render:.3f} s")
        print(
            f"  compose + render                       {total:.3f} s  ({total / t_floor:.2f}x floor)"
        )
        print(
            f"  goal                                   under 1 s: {'met' if total < 1 else 'NOT met'}"
        )
        try:
            from app.ui.letters.preview import page_images  # needs PySide6 + pypdfium2
        except ImportError:
            print("  preview: pypdfium2 or PySide6 missing, skipped")
        else:
            t_preview = median(lambda: page_images(letters.render(comp)))
            print(f"  preview (render + page images)         {t_preview:.3f} s")
        service.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
