"""Opening a file the user named (a photo to import, a screenshot to match, an attachment).

One opener for every such path, so that each refuses the same things with the same sentence:
a folder, a named pipe (FIFO), a device (``/dev/zero``, ``/dev/urandom``), a socket. Opening a
FIFO for reading blocks until another process writes to it, and a device never ends: the file
is therefore opened without blocking, checked to be a regular file with ``fstat`` (on the
opened descriptor: no race with a rename), and only then switched back to blocking reads.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from app.errors import QT_TRANSLATE_NOOP, BadMedia

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no FIFOs to block on


def error_code(exc: OSError) -> str:
    """The symbolic name of an OS error (EACCES...): the same in every language, unlike the
    system's own English message."""
    return errno.errorcode.get(exc.errno or 0, str(exc.errno))


def unreadable(name: str, exc: OSError) -> BadMedia:
    return BadMedia(
        QT_TRANSLATE_NOOP("errors", "{name}: cannot be read (system error {code})."),
        name=name,
        code=error_code(exc),
    )


def open_source(path: Path, name: str) -> BinaryIO:
    """``path`` opened for reading; anything but a readable regular file is refused naming
    ``name`` (never blocks: a FIFO or a device is refused before a byte is read)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
    except (PermissionError, IsADirectoryError):
        if path.is_dir():
            raise not_a_file(name) from None
        raise BadMedia(
            QT_TRANSLATE_NOOP(
                "errors", "{name}: cannot be read (there is no permission to read it)."
            ),
            name=name,
        ) from None
    except FileNotFoundError:
        raise BadMedia(
            QT_TRANSLATE_NOOP("errors", "{name}: cannot be read (the file is gone)."), name=name
        ) from None
    except OSError as exc:
        raise unreadable(name, exc) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise not_a_file(name)
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def not_a_file(name: str) -> BadMedia:
    return BadMedia(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: not a file that can be read (a folder, a device or a pipe); choose the "
            "photo or video file itself.",
        ),
        name=name,
    )
