"""The idle lock counts the user's input through the windows' event filters, not through an
application-wide filter that Python would have to answer for every event of every widget
(while a worker holds the GIL, each such call waited: bench/bench_stalls.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.ui.lockwatch import LockWatch


class Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.events = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.events += 1
        return False


def busy_window(qtbot: Any) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for i in range(60):
        layout.addWidget(QLabel(f"label {i} 标签"))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is window.windowHandle(), timeout=3000)
    return window


def test_input_in_a_window_postpones_the_idle_lock(qtbot: Any) -> None:
    watch = LockWatch(0)
    window = busy_window(qtbot)
    locks: list[str] = []
    watch.lockRequested.connect(locks.append)
    # Whether 100 ms between inputs stays under a 400 ms idle time is the machine's speed (a
    # loaded CI box stalls longer). What the code promises is that each input starts the idle
    # time again: the time left, run down between inputs, is whole again after each one.
    timer = watch._idle  # private: the time left before the idle lock
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer's time left jumps by 5 %
    watch.set_idle_ms(3000)
    for step in range(4):  # input every 300 ms for 1.2 s
        qtbot.wait(300)
        before = timer.remainingTime()
        QTest.mouseMove(window, QPoint(10 + step, 10 + step))
        after = timer.remainingTime()
        assert 0 < before < after, (step, before, after)
    assert locks == []
    qtbot.waitUntil(lambda: locks == ["idle"], timeout=10_000)  # and without input, it locks
    watch.stop()


def test_the_watch_sees_a_few_window_events_not_every_widget_event(qtbot: Any) -> None:
    watch = LockWatch(10)
    seen = Counter()
    original = watch.eventFilter

    def counting(watched: QObject, event: QEvent) -> bool:
        seen.events += 1
        return original(watched, event)

    watch.eventFilter = counting  # type: ignore[method-assign]
    everything = Counter()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(everything)
    try:
        window = busy_window(qtbot)
        for _ in range(3):
            window.resize(window.width() + 40, window.height() + 40)
            qtbot.wait(30)
    finally:
        app.removeEventFilter(everything)
        watch.stop()
    assert seen.events > 0  # the window is watched
    assert seen.events * 10 < everything.events, (seen.events, everything.events)
