"""The one way long work leaves the GUI thread: ``run_task(fn, on_done, ...)``.

``fn`` runs on a ``QThreadPool`` worker; its result, its exception or its progress come back
to the GUI thread by queued signals (never ``processEvents()``). Cancellation is cooperative:
the task gets a ``threading.Event`` that the services check between files.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication

from app.ui.prompts import show_exception

Progress = Callable[[int, int, str], None]

# How often a worker running Python hands the GIL over (Python's default: every 5 ms). The GUI
# thread needs the GIL for every Python slot and event filter: with 5 ms a worker rendering a
# PDF or decoding photos made each of them wait up to 5 ms, and opening a dialog (hundreds of
# events) stalled the event loop for a few hundred ms. See bench/bench_stalls.py.
GIL_SWITCH_INTERVAL = 0.001


def share_the_gil() -> None:
    """Let the GUI thread get the GIL within a millisecond while workers run Python."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)


class _Bridge(QObject):
    """Lives on the GUI thread; the worker only emits its signals (queued across threads)."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task(QObject):
    """A handle on running work: ``cancel()`` sets the event the work checks."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None, writes: bool = False) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.running = True
        self.writes = writes  # changes the vault: locking waits for it

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.work = work
        self.bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # handed to the GUI thread, shown there
            self._emit(self.bridge.failed, exc)
        else:
            self._emit(self.bridge.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        # RuntimeError: the owner (and with it the bridge) is gone, there is nobody to tell
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_live: set[Task] = set()  # keeps handles (and their bridges) alive until the result is delivered


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def running_writers() -> list[Task]:
    """Tasks still changing the vault (a lock must let them finish before closing it)."""
    return [t for t in _live if t.writes and t.running]


# Vaults locked while a writer still ran: closed once it finishes (a batch of the background
# queue, a save). Opening the same vault again meanwhile waits for that close instead of
# finding the vault "open in another window" (the app's own closing service holds its lock).
_closing: dict[str, threading.Event] = {}
_closing_lock = threading.Lock()
CLOSE_WAIT = 60.0  # seconds an open waits for the close of the same vault


def closing_started(path: object) -> threading.Event:
    """Note that the vault at ``path`` closes once its writers finish; set the event then."""
    done = threading.Event()
    with _closing_lock:
        _closing[str(path)] = done
    return done


def closing_finished(path: object, done: threading.Event) -> None:
    done.set()
    with _closing_lock:
        if _closing.get(str(path)) is done:
            del _closing[str(path)]


def wait_until_closed(path: object, timeout: float = CLOSE_WAIT) -> None:
    """Called on a worker thread before opening ``path``: wait for this app's own pending
    close of the same vault (a lock while a writer ran), at most ``timeout`` seconds."""
    with _closing_lock:
        done = _closing.get(str(path))
    if done is not None:
        done.wait(timeout)


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    *,
    with_cancel: bool = False,
    with_progress: bool = False,
    thread_pool: QThreadPool | None = None,
    owner: QObject | None = None,
    writes: bool = False,
) -> Task:
    """Run ``fn`` off the GUI thread.

    ``fn`` is called with keyword ``cancel=`` (a ``threading.Event``) when ``with_cancel`` and
    ``progress=`` (a callable ``(done, total, name)``) when ``with_progress``. ``on_done`` gets
    the return value, ``on_error`` the exception (with its traceback); both on the GUI thread.
    With ``owner``, nothing is delivered once the owner has been destroyed (a closed window).
    ``writes`` marks work that changes the vault: locking waits for it (``running_writers``).
    The handle and its bridge are never owned by ``owner``: deleting them while a worker
    emits would race; they live until the result has been delivered.
    """
    task = Task(writes=writes)
    owner_alive = [True]
    if owner is not None:
        owner.destroyed.connect(lambda *_: owner_alive.__setitem__(0, False))
    bridge = _Bridge(task)
    kwargs: dict[str, Any] = {}
    if with_cancel:
        kwargs["cancel"] = task.cancel_event
    if with_progress:

        def progress(done: int, total: int, name: str) -> None:
            with contextlib.suppress(RuntimeError):  # the owner is gone
                bridge.progress.emit(done, total, name)

        kwargs["progress"] = progress
        if on_progress is not None:

            def delivered(done: int, total: int, name: str) -> None:
                if owner_alive[0]:  # a closed window's labels are gone: nobody to tell
                    on_progress(done, total, name)

            bridge.progress.connect(delivered)

    def finish() -> None:
        task.running = False
        _live.discard(task)
        task.finished.emit()
        release()

    def release() -> None:
        # Drop the callbacks once delivered: a handle kept by a dialog (self.task = run_task(
        # ..., self.on_done)) must not keep that dialog, and the records it shows, alive.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a signal with no connection
            for signal in (bridge.done, bridge.failed, bridge.progress):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect()

    @Slot(object)
    def done(result: Any) -> None:
        finish()
        if on_done is not None and owner_alive[0]:
            on_done(result)

    @Slot(object)
    def failed(exc: BaseException) -> None:
        finish()
        if not owner_alive[0]:
            return
        if on_error is not None:
            on_error(exc)
        else:
            show_exception(QApplication.activeWindow(), exc)

    bridge.done.connect(done)
    bridge.failed.connect(failed)
    _live.add(task)
    (thread_pool or pool()).start(_Runnable(lambda: fn(**kwargs), bridge))
    return task
