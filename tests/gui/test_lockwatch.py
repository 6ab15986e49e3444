"""Screen lock over D-Bus: a ScreenSaver ActiveChanged(true) signal on the session bus locks.

Runs in a child process under ``dbus-run-session`` (a private session bus), so it does not
depend on, or disturb, the desktop the tests run in.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import REPO

CHILD = textwrap.dedent(
    """
    import os, subprocess, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.ui.lockwatch import LockWatch

    app = QApplication([])
    watch = LockWatch(0)
    print("sources", watch.watch_screen_lock(), flush=True)
    got = []
    watch.lockRequested.connect(lambda why: (got.append(why), app.quit()))
    def send(active):
        subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                        "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:" + active], check=True)
    QTimer.singleShot(200, lambda: send("false"))  # unlocking the screen: nothing happens
    QTimer.singleShot(600, lambda: send("true"))
    QTimer.singleShot(30000, app.quit)  # a hang guard: the lock request quits at once
    app.exec()
    print("got", got, flush=True)
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("dbus-send")),
    reason="needs dbus-run-session and dbus-send (Debian: dbus, dbus-bin)",
)
def test_screen_lock_signal_requests_a_lock(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script), str(REPO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "org.freedesktop.ScreenSaver" in result.stdout, result.stdout + result.stderr
    assert "got ['screen']" in result.stdout, result.stdout + result.stderr
