"""Measure the desktop app: start to window, demo vault to screen, scrolling 10,000 photos.

Run on a real (virtual) display so that painting happens as it would for a user:

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/gui_bench.py

1. start: from process start (kernel's start time of this process) to the welcome window
   being exposed, doing what ``app.ui.application.main`` does.
2. demo: from "Open" on the welcome screen (password typed; production Argon2id) to the main
   window exposed, and to the first screen of thumbnails decrypted and shown.
3. scroll: a vault of 10,000 generated photos (kept in bench/out/ between runs). The grid is
   scrolled one page every 16 ms from top to bottom, then dragged back in big jumps. A 5 ms
   QTimer heartbeat on the GUI thread records every gap; the longest gap is the longest the GUI
   thread was blocked. For each page: the time until every visible thumbnail was painted.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # app, and tests.support (jpeg_bytes)


def process_started() -> float:
    """time.time() of this process's start, from /proc (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    return time.time() - uptime + start_ticks / ticks


STARTED = process_started()

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QSettings, QTimer  # noqa: E402, TID251
from PySide6.QtWidgets import QApplication  # noqa: E402, TID251

from app.ui.application import AppController, install_translators  # noqa: E402
from app.ui.settings import Settings  # noqa: E402


def wait_until(predicate, timeout: float = 60.0, step_ms: int = 2) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    loop = QEventLoop()
    while not predicate():
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    return time.perf_counter() - t0


class Heartbeat:
    def __init__(self, interval_ms: int = 5) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def pause(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def visible_rows(window) -> list[int]:  # type: ignore[no-untyped-def]
    grid = window.photos_page.grid
    proxy = window.photos_page.proxy
    rect = grid.viewport().rect()
    first = None
    for y in range(0, rect.height(), 8):  # the top-left corner may be a gap between cells
        for x in range(0, min(rect.width(), 400), 8):
            index = grid.indexAt(QPoint(x, y))
            if index.isValid():
                first = index
                break
        if first is not None:
            break
    if first is None:
        return []
    rows = []
    for row in range(max(0, first.row() - 12), proxy.rowCount()):
        cell = grid.visualRect(proxy.index(row, 0))
        if cell.top() > rect.bottom():
            break
        if cell.intersects(rect):
            rows.append(row)
    return rows


def all_visible_loaded(window) -> bool:  # type: ignore[no-untyped-def]
    model = window.photos_page.model
    proxy = window.photos_page.proxy
    ids = [model.items[proxy.mapToSource(proxy.index(r, 0)).row()].id for r in visible_rows(window)]
    return bool(ids) and all(i in model._cache for i in ids)


def make_big_vault(path: Path, password: str, count: int) -> None:
    from app.services.vault_service import VaultService
    from app.vault import crypto
    from tests.support import jpeg_bytes

    service, _ = VaultService.create(path, password, "bench", crypto.Argon2Params())
    batch = 500
    for start in range(0, count, batch):
        service.import_photo_data(
            (f"IMG_{i:05d}.jpg", jpeg_bytes(i, (320, 240), quality=80))
            for i in range(start, min(count, start + batch))
        )
        print(f"  built {min(count, start + batch)} / {count}", flush=True)
    service.lock()


def main() -> int:
    QCoreApplication.setOrganizationName("LikenessVaultBench")
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    translators = install_translators(app, "zh_CN")  # noqa: F841
    controller = AppController(settings)
    welcome = controller.show_welcome()
    wait_until(lambda: welcome.windowHandle() is not None and welcome.windowHandle().isExposed())
    print(f"start: process start -> welcome window exposed: {time.time() - STARTED:.3f} s")

    # --- the demo vault, production KDF ---
    from app.services.demo import build_demo_vault

    password = "bench password 演示"  # noqa: S105 - generated benchmark vaults
    demo = tmp / "demo"
    build_demo_vault(demo, password)[0].lock()
    welcome._select(demo)
    welcome.password.setText(password)
    t0 = time.perf_counter()
    welcome.open_vault()
    wait_until(lambda: controller.window is not None)
    window = controller.window
    wait_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    t1 = time.perf_counter()
    wait_until(lambda: all_visible_loaded(window))
    t2 = time.perf_counter()
    print(
        f"demo: Open -> main window exposed {t1 - t0:.3f} s; "
        f"first screen of thumbnails ({len(visible_rows(window))}) {t2 - t0:.3f} s "
        "(includes Argon2id 64 MiB/t=3)"
    )
    controller.lock()

    # --- 10,000 photos ---
    count = int(os.environ.get("BENCH_PHOTOS", "10000"))
    big = ROOT / "bench" / "out" / f"gui-{count}"
    done = big.with_name(big.name + ".done")
    if not done.exists():
        print(f"building a vault of {count} photos in {big} (once)…", flush=True)
        big.parent.mkdir(parents=True, exist_ok=True)
        if big.exists():
            import shutil

            shutil.rmtree(big)
        make_big_vault(big, password, count)
        done.touch()
    welcome = controller.welcome
    welcome._select(big)
    welcome.password.setText(password)
    t0 = time.perf_counter()
    welcome.open_vault()
    wait_until(lambda: controller.window is not None, timeout=120)
    window = controller.window
    window.resize(1280, 800)
    wait_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    t1 = time.perf_counter()
    wait_until(lambda: all_visible_loaded(window))
    t2 = time.perf_counter()
    print(
        f"10k: {window.photos_page.model.rowCount()} photos; Open -> window {t1 - t0:.3f} s, "
        f"first thumbnails {t2 - t0:.3f} s"
    )
    bar = window.photos_page.grid.verticalScrollBar()
    beat = Heartbeat()
    beat.start()
    page_latency: list[float] = []
    pages = 0
    started = time.perf_counter()
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        pages += 1
        t = time.perf_counter()
        pause(0.016)
        if pages % 25 == 0:  # every 25th page: wait until its thumbnails are all there
            wait_until(lambda: all_visible_loaded(window))
            page_latency.append(time.perf_counter() - t)
    scrolled = time.perf_counter() - started
    for fraction in (0.5, 0.1, 0.9, 0.0, 0.75):  # big jumps, as when dragging the scroll bar
        bar.setValue(int(bar.maximum() * fraction))
        page_latency.append(wait_until(lambda: all_visible_loaded(window)))
    beat.stop()
    gaps_ms = sorted(g * 1000 for g in beat.gaps)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"scroll: {pages} pages in {scrolled:.2f} s ({scrolled / pages * 1000:.1f} ms/page incl. the "
        f"16 ms pause); heartbeat gaps: median {statistics.median(gaps_ms):.1f} ms, "
        f"p99 {gaps_ms[int(len(gaps_ms) * 0.99)]:.1f} ms, max {gaps_ms[-1]:.1f} ms"
    )
    print(
        f"thumbnails of a page complete after: median {statistics.median(page_latency) * 1000:.0f} ms, "
        f"max {max(page_latency) * 1000:.0f} ms; pixmaps cached {window.photos_page.model.cached_count}; "
        f"max RSS {rss_mb:.0f} MB"
    )
    slow = [
        f"{'jump' if i >= len(page_latency) - 5 else 'page'} {ms * 1000:.0f} ms"
        for i, ms in enumerate(page_latency)
        if ms > 0.2
    ]
    print(f"slower than 200 ms: {slow or 'none'}; load average {os.getloadavg()[0]:.1f}")
    controller.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
