# ruff: noqa: TID251 - a benchmark of the desktop app: it drives its Qt widgets
"""How long the GUI thread stops answering (event-loop stalls) in the everyday flows, on a vault
of about 500 photos: open it (main window, thumbnails), switch pages, open the letter composer
and type in it (the live preview re-renders), write a takedown notice, import photos, export an
evidence bundle, add a sighting and a deal (photo pickers over every photo).

A 10 ms QTimer measures how late each tick arrives; a sampler thread records the GUI thread's
Python stack whenever a tick is more than 50 ms overdue, so each long stall is printed with the
code that held the thread. The target is 100 ms; nothing here asserts a time (see
docs/architecture.md: speed targets live in benchmarks that print).

Usage: python bench/bench_stalls.py [--photos 500] [--offscreen] [--top 8]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import OUT, PASSWORD, fresh_dir

TICK_MS = 10
SAMPLE_AFTER = 0.05  # seconds overdue before the sampler records the GUI thread's stack


class Watchdog:
    """Lateness of a 10 ms timer on the GUI thread, per phase, with the stacks that caused it."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "start"
        self.worst: dict[str, float] = {}
        self.busiest: dict[str, float] = {}  # the GUI thread's own CPU time in one stall
        self.stalls: list[tuple[float, float, str, str]] = []  # (seconds, cpu, phase, stack)
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_proc = time.process_time()
        self.others: dict[str, float] = {}  # other threads' CPU in the worst stall (GIL holders)
        self._gui = threading.get_ident()
        self._samples: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_proc = time.process_time()
        self._timer.start()
        self._sampler.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()

    def set_phase(self, phase: str) -> None:
        self._tick()
        self.phase = phase

    def _tick(self) -> None:
        now, cpu_now, proc_now = time.perf_counter(), time.thread_time(), time.process_time()
        late = now - self._last - TICK_MS / 1000
        cpu = cpu_now - self._last_cpu  # 0 while the thread waited (GIL, other processes)
        others = max(0.0, proc_now - self._last_proc - cpu)  # the workers' CPU meanwhile
        self._last, self._last_cpu, self._last_proc = now, cpu_now, proc_now
        if late > self.worst.get(self.phase, 0.0):
            self.worst[self.phase] = late
            self.others[self.phase] = others
        if late > 0 and cpu > self.busiest.get(self.phase, 0.0):
            self.busiest[self.phase] = cpu
        if late > SAMPLE_AFTER:
            # the distinct stacks seen during the stall, the app's own frames first
            seen: list[str] = []
            for sample in self._samples:
                if sample not in seen:
                    seen.append(sample)
            seen.sort(key=lambda s: "/app/" not in s)
            stack = "\n".join(seen[:3]) if seen else "(no sample)"
            self.stalls.append((late, cpu, self.phase, stack))
        self._samples = []

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            if time.perf_counter() - self._last > SAMPLE_AFTER:
                frame = sys._current_frames().get(self._gui)
                if frame is not None:
                    lines = traceback.format_stack(frame, limit=40)
                    here = [ln for ln in lines if "/app/" in ln]
                    self._samples.append("".join(here[-5:]) or "".join(lines[-2:]))


class OldIdleWatch:
    """The idle watch as it was: a Python filter on every event of the application."""

    def __new__(cls) -> Any:
        from PySide6.QtCore import QEvent, QObject, QTimer

        inputs = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove}

        class Filter(QObject):
            def __init__(self) -> None:
                super().__init__()
                self.idle = QTimer(self, singleShot=True, interval=600_000)

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() in inputs and self.idle.interval() > 0:
                    self.idle.start()
                return False

        return Filter()


def pump(seconds: float, until: Callable[[], bool] | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        if until is not None and until():
            return
        time.sleep(0.002)


def photo_jpeg(seed: int, size: tuple[int, int] = (1200, 900)) -> bytes:
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", size, tuple(rng.randint(0, 255) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        r = rng.randint(40, 300)
        draw.ellipse(
            [x - r, y - r, x + r, y + r], fill=tuple(rng.randint(0, 255) for _ in range(3))
        )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def demo_vault(photos: int) -> Path:
    """A demo vault with ``photos`` photos, made once into bench/out/ and copied per run."""
    from app.services.demo import build_demo_vault
    from tests.support import FAST_KDF

    cached = OUT / f"stall-vault-{photos}"
    if not (cached / "vault.json").exists():
        print(f"making a demo vault of {photos} photos in {cached} (once) ...", flush=True)
        shutil.rmtree(cached, ignore_errors=True)
        service, _ = build_demo_vault(cached, PASSWORD, FAST_KDF)
        extra = max(0, photos - len(service.records.media))
        for start in range(0, extra, 50):
            batch = range(start, min(start + 50, extra))
            service.import_photo_data((f"DSC_{i:05d}.jpg", photo_jpeg(i)) for i in batch)
        service.lock()
    run: Path = fresh_dir(OUT / "stall-run") / "vault"
    shutil.copytree(cached, run)
    return run


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--top", type=int, default=8, help="longest stalls to print")
    parser.add_argument("--offscreen", action="store_true", help="QT_QPA_PLATFORM=offscreen")
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="as before the fix: an application-wide Python event filter (the old idle "
        "watch) and Python's default 5 ms GIL switch interval",
    )
    args = parser.parse_args(argv)
    if args.offscreen or not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    vault = demo_vault(args.photos)
    imports = fresh_dir(OUT / "stall-run" / "imports")
    for i in range(40):
        (imports / f"NEW_{i:03d}.jpg").write_bytes(photo_jpeg(10_000 + i))

    from app.services.vault_service import VaultService
    from app.ui.application import install_translators
    from app.ui.settings import Settings

    translators = install_translators(app, "zh_CN")  # noqa: F841 - the default language
    from app.ui import tasks
    from app.ui.dialogs.deal_dialog import DealDialog
    from app.ui.dialogs.sighting_dialog import SightingDialog
    from app.ui.evidence import ExportEvidenceDialog
    from app.ui.letters import ComposeLetterDialog
    from app.ui.main_window import MainWindow
    from tests.support.gui import no_keystore

    if args.baseline:
        sys.setswitchinterval(0.005)
        old_idle_watch = OldIdleWatch()  # kept as long as the run
        app.installEventFilter(old_idle_watch)
    else:
        tasks.share_the_gil()  # as app.ui.application.main() does
    settings = Settings(
        QSettings(str(OUT / "stall-run" / "settings.ini"), QSettings.Format.IniFormat)
    )
    service = VaultService.open(vault, PASSWORD)
    dog = Watchdog()
    dog.start()
    pump(0.2)

    dog.set_phase("open: main window and thumbnails")
    window = MainWindow(service, settings, no_keystore)
    window.show()
    pump(3.0)

    dog.set_phase("switch pages")
    for _ in range(2):
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            pump(0.3)

    records = service.records
    buyer = max(records.buyers.values(), key=lambda b: len(records.media_for_buyer(b.id)))
    dog.set_phase("letter composer: open")
    composer = ComposeLetterDialog(service, "buyer", buyer_id=buyer.id, parent=window)
    composer.show()
    pump(2.5)
    dog.set_phase("letter composer: typing (live preview)")
    composer.editor.setFocus()
    for char in "请于七日内删除全部照片及其训练数据。Please delete every copy.":
        composer.editor.insertPlainText(char)  # as typed: one change per character
        pump(0.08)
    pump(2.0)
    composer.done(0)
    composer.deleteLater()

    dog.set_phase("takedown composer: open and type a link")
    sighting = next(iter(records.sightings.values()))
    notice = ComposeLetterDialog(service, "takedown", sighting_id=sighting.id, parent=window)
    notice.show()
    pump(1.5)
    notice.urls.moveCursor(QTextCursor.MoveOperation.End)
    notice.urls.insertPlainText("\n")
    QTest.keyClicks(notice.urls, "https://v.douyin.com/abc123/")
    pump(2.0)
    notice.done(0)
    notice.deleteLater()

    dog.set_phase("import 40 photos")
    dialog = window.import_paths([imports])
    pump(60.0, until=lambda: window.import_task is None)
    pump(1.5)
    for top in QApplication.topLevelWidgets():  # the import summary
        if top.isVisible() and top is not window and top.isModal():
            top.close()
    del dialog

    dog.set_phase("evidence export")
    export = ExportEvidenceDialog(
        service, buyer_id=buyer.id, folder=fresh_dir(OUT / "stall-run" / "evidence"), parent=window
    )
    export.show()
    pump(0.5)
    export.start()
    pump(120.0, until=lambda: export.export_result is not None)
    pump(0.5)
    export.close()
    export.deleteLater()

    dog.set_phase("sighting editor: open and type a link")
    editor = SightingDialog(service, parent=window)
    editor.show()
    pump(2.0)
    QTest.keyClicks(editor.url, "https://www.douyin.com/video/7300000000000000001")
    pump(1.0)
    editor.done(0)
    editor.deleteLater()

    dog.set_phase("deal editor: open")
    deal = DealDialog(service, parent=window, buyer_id=buyer.id)
    deal.show()
    pump(2.0)
    deal.done(0)
    deal.deleteLater()

    dog.set_phase("lock")
    window.drop_data()
    pump(0.5)
    dog.stop()
    if args.baseline:
        app.removeEventFilter(old_idle_watch)
    tasks.pool().waitForDone(30_000)
    service.lock()

    worst = max(dog.worst.values())
    busiest = max(dog.busiest.values())
    print(f"\nEvent-loop stalls on a vault of {len(records.media)} photos (target: 100 ms)")
    print("  stall = longest wait between two ticks of a 10 ms timer (wall clock; includes")
    print("  waiting for the GIL and for the CPU); busy = the GUI thread's own CPU time in it")
    print("  (workers = the other threads' CPU time during the longest stall: GIL holders)")
    print(f"  {'stall':>7}  {'workers':>7}  {'busy':>7}  phase")
    for phase, late in dog.worst.items():
        mark = "  <-- over 100 ms" if max(late, dog.busiest.get(phase, 0)) > 0.1 else ""
        busy = dog.busiest.get(phase, 0.0)
        others = dog.others.get(phase, 0.0)
        print(
            f"  {late * 1000:4.0f} ms  {others * 1000:4.0f} ms  {busy * 1000:4.0f} ms  {phase}{mark}"
        )
    print(f"longest stall: {worst * 1000:.0f} ms; longest busy stretch: {busiest * 1000:.0f} ms")
    for late, cpu, phase, stack in sorted(dog.stalls, reverse=True)[: args.top]:
        print(
            f"\n--- {late * 1000:.0f} ms ({cpu * 1000:.0f} ms busy) in '{phase}', the GUI "
            f"thread was in:\n{stack}"
        )
    return {
        "longest_ms": round(worst * 1000),
        "longest_busy_ms": round(busiest * 1000),
        "phases_ms": {k: round(v * 1000) for k, v in dog.worst.items()},
    }


if __name__ == "__main__":
    main()
