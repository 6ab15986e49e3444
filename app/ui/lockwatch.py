"""When to lock by itself: after idle minutes without input, and when the screen locks.

Idle: an event filter on each of the app's windows (``QWindow``: the platform's input arrives
there before any widget sees it) restarts a timer on every key, mouse, wheel or touch event.
Not an application-wide filter: that one is called, in Python, for every event of every widget
(paints, layouts, timers: thousands while a dialog opens), and each call waits for the GIL
while a worker runs Python, which stalled the event loop (bench/bench_stalls.py).
Screen lock: the freedesktop ScreenSaver ``ActiveChanged(bool)`` signal on the session bus
(KDE, Xfce and others; GNOME sends the same signal from ``org.gnome.ScreenSaver``) and
logind's ``Lock`` signal on the system bus, through QtDBus. On macOS and Windows Qt reports no
screen lock to applications; there the idle timer is the safeguard.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}

SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class LockWatch(QObject):
    """Emits ``lockRequested`` on idle timeout or screen lock."""

    lockRequested = Signal(str)  # "idle" or "screen"

    def __init__(self, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(lambda: self.lockRequested.emit("idle"))
        self.set_idle_minutes(idle_minutes)
        self._windows: list[QWindow] = []
        self._stopped = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # a window is watched from when it first gets the focus (a new dialog included)
            app.focusWindowChanged.connect(self.watch_window)
            for window in QGuiApplication.topLevelWindows():
                self.watch_window(window)
        self.screen_lock_sources: list[str] = []

    @Slot(QWindow)
    def watch_window(self, window: QWindow | None) -> None:
        """Count the input that arrives in ``window`` as activity."""
        if window is None or window in self._windows:
            return
        self._windows = [w for w in self._windows if shiboken6.isValid(w)]
        self._windows.append(window)
        window.installEventFilter(self)

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_idle_ms(minutes * 60_000)

    def set_idle_ms(self, ms: int) -> None:
        self._idle.stop()
        if ms > 0:
            self._idle.setInterval(ms)
            self._idle.start()

    @property
    def idle_active(self) -> bool:
        return self._idle.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._idle.interval() > 0:
            self._idle.start()
        return False

    def stop(self) -> None:
        self._idle.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._stopped:
            app.focusWindowChanged.disconnect(self.watch_window)
        self._stopped = True
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows = []

    # --- screen lock through D-Bus (Linux/BSD desktops) ---
    def watch_screen_lock(self) -> list[str]:
        """Subscribe to the screen-lock signals that exist here; returns what was reached."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with Essentials
            return []
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for _service, path, interface in SCREENSAVERS:
                # any sender: the saver's well-known name may be owned later, and a stray
                # signal can only lock the vault, which is harmless
                # (the type stubs say bytes for the slot; PySide6 accepts only str here)
                slot = SLOT("_on_saver(bool)")
                if session.connect("", path, interface, "ActiveChanged", self, slot):  # type: ignore[call-overload]
                    self.screen_lock_sources.append(interface)
        system = QDBusConnection.systemBus()
        login1 = ("org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock")
        if system.isConnected() and system.connect(*login1, self, SLOT("_on_lock()")):  # type: ignore[call-overload]
            self.screen_lock_sources.append("org.freedesktop.login1.Session")
        return self.screen_lock_sources

    @Slot(bool)
    def _on_saver(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screen")

    @Slot()
    def _on_lock(self) -> None:
        self.lockRequested.emit("screen")
