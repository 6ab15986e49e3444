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
