"""run_task delivers on the GUI thread and lets go of its callbacks afterwards."""

from __future__ import annotations

import functools
import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.ui.tasks import Task, run_task


class Holder(QObject):
    """Like a dialog: keeps its task handle and gets the result in a bound method."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[Any] = []
        self.threads: list[threading.Thread] = []
        self.task: Task | None = None

    def start(self) -> Task:
        self.task = run_task(lambda: threading.current_thread(), self.on_done)
        return self.task

    def on_done(self, worker: threading.Thread) -> None:
        self.results.append(worker)
        self.threads.append(threading.current_thread())


def finished(task: Task) -> bool:
    return not task.running


def test_result_arrives_on_the_gui_thread_and_the_holder_can_be_collected(qtbot: QtBot) -> None:
    holder = Holder()
    task = holder.start()
    qtbot.waitUntil(functools.partial(finished, task), timeout=5000)
    assert holder.results and holder.results[0] is not threading.main_thread()
    assert holder.threads == [threading.main_thread()]
    ref = weakref.ref(holder)
    del holder, task
    gc.collect()
    assert ref() is None, "a finished task keeps its caller alive"


def test_progress_is_not_delivered_once_the_owner_is_destroyed(qtbot: QtBot) -> None:
    """A closed window's labels are gone: progress still queued for it must not reach them
    (the background queue's progress hit a deleted status-bar label)."""
    owner = QObject()
    reported: list[int] = []
    go, sent = threading.Event(), threading.Event()

    def work(progress: Any) -> None:
        go.wait(30)  # a hang guard: set once the owner is gone
        progress(1, 2, "a")  # queued for the GUI thread, delivered after the owner is gone
        sent.set()

    task = run_task(
        work, on_progress=lambda d, _t, _n: reported.append(d), with_progress=True, owner=owner
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_alive(owner), timeout=5_000)
    go.set()
    assert sent.wait(30)
    qtbot.waitUntil(lambda: finished(task), timeout=5_000)
    qtbot.wait(50)
    assert reported == []


def shiboken_alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))
