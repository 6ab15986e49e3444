"""Files on disk: atomic replacement, directory fsync, temp sweeping, the single-writer lock.

Every byte the vault writes goes through ``atomic_write`` or ``AtomicFile``: a temp file in the
same directory, mode 0600 before any content, fsync, ``os.replace``, fsync of the directory.
A crash at any point leaves either the old file or the new one, and at worst a ``.tmp-*`` file
that the next open sweeps away. Disk errors become ``WriteFailed`` with a sentence.

Nothing here follows a symbolic link inside the vault: the lock file is opened with
``O_NOFOLLOW``, a linked folder is refused (``LinkInVault``) and the temp sweep only removes
regular files in the vault's own folders.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from app.errors import QT_TRANSLATE_NOOP, FolderMissing, LinkInVault, VaultBusy, WriteFailed

TEMP_PREFIX = ".tmp-"
FILE_MODE = 0o600
DIR_MODE = 0o700
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # absent on Windows, where is_link() is asked first
_REPARSE_POINT = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)


def is_link(path: Path | str) -> bool:
    """True for a symbolic link, and on Windows for any reparse point (junctions too)."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(st.st_mode):
        return True
    return bool(getattr(st, "st_file_attributes", 0) & _REPARSE_POINT)


def refuse_link(path: Path, root: Path) -> None:
    """Raise ``LinkInVault`` naming ``path`` (relative to the vault) if it is a link."""
    if is_link(path):
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        raise LinkInVault(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} in the vault folder is a link to another place; nothing was read, "
                "written or deleted through it (replace the link by the real file or folder).",
            ),
            [name],
            name=name,
        )


def write_failed(exc: OSError, path: Path | str) -> WriteFailed:
    """The ``WriteFailed`` to raise when writing ``path`` failed with ``exc``: a sentence per
    cause (a full disk, no permission, a missing folder...), naming the file."""
    name = Path(path).name
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "errors", "The disk is full; nothing was changed ({name} could not be written)."
            ),
            name=name,
        )
    if exc.errno == errno.EFBIG:
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "errors", "The file system refused a file this large ({name}); nothing was changed."
            ),
            name=name,
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "errors", "There is no permission to write {path}; nothing was changed."
            ),
            path=path,
        )
    if exc.errno == errno.EIO:
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk reported an input/output error while writing {name}; nothing was "
                "changed.",
            ),
            name=name,
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return FolderMissing(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist; nothing was changed."),
            folder=Path(path).parent,
        )
    if exc.errno == errno.ENAMETOOLONG:
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "errors", "The name {name} is too long for this disk; nothing was changed."
            ),
            name=name,
        )
    code = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    return WriteFailed(
        QT_TRANSLATE_NOOP(
            "errors", "Writing {name} failed (system error {code}); nothing was changed."
        ),
        name=name,
        code=code,
    )


def fsync_dir(path: Path) -> None:
    if sys.platform == "win32":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    if path.is_dir():
        return
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        # the new folder's entry in its parent must reach the disk before files written in
        # it are relied on (an index saved later refers to them)
        fsync_dir(path.parent)
    except OSError as exc:  # a full disk can refuse a new folder as well as a file
        raise write_failed(exc, path) from exc


class AtomicFile:
    """A file written to a same-directory temp name and renamed over ``target`` on commit."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp = target.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
        self._file: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        try:
            fd = os.open(
                self.temp,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                FILE_MODE,
            )
            self._file = os.fdopen(fd, "wb")
        except OSError as exc:
            raise write_failed(exc, self.target) from exc
        return self._file

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._file is not None
        created = False
        try:
            if exc_type is None:
                self._file.flush()
                os.fsync(self._file.fileno())
            self._file.close()
            if exc_type is None:
                existed = os.path.lexists(self.target)
                os.replace(self.temp, self.target)
                created = not existed
                fsync_dir(self.target.parent)
        except OSError as err:
            if created:  # the directory fsync failed: take back the new file we reported lost
                with contextlib.suppress(OSError):
                    os.unlink(self.target)
            self._discard()
            raise write_failed(err, self.target) from err
        except BaseException:
            self._discard()
            raise
        if exc_type is not None:
            self._discard()
            if isinstance(exc, OSError):
                raise write_failed(exc, self.target) from exc

    def _discard(self) -> None:
        if self._file is not None and not self._file.closed:
            with contextlib.suppress(OSError):
                self._file.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


def atomic_write(target: Path, data: bytes) -> None:
    with AtomicFile(target) as fh:
        fh.write(data)


def _real_dirs(root: Path, subdirs: tuple[str, ...]) -> Iterator[Path]:
    """root, its named sub-folders and the sub-folders of those (not links, not hidden)."""
    yield root
    for name in subdirs:
        top = root / name
        if is_link(top) or not top.is_dir():
            continue
        yield top
        with contextlib.suppress(OSError):
            for entry in os.scandir(top):
                real = entry.is_dir(follow_symlinks=False) and not is_link(entry.path)
                if real and not entry.name.startswith("."):
                    yield Path(entry.path)


def sweep_temp_files(root: Path, subdirs: tuple[str, ...] = ("index", "objects")) -> list[Path]:
    """Delete leftovers of interrupted writes (``.tmp-*`` regular files) in the vault's own
    folders: ``root``, ``root/<subdir>`` and one level below those. Links are neither followed
    nor deleted, and nothing outside these folders is looked at. Returns what was removed."""
    removed = []
    for folder in _real_dirs(root, subdirs):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(TEMP_PREFIX):
                continue
            try:
                if not entry.is_file(follow_symlinks=False) or is_link(entry.path):
                    continue
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


class VaultLock:
    """An advisory exclusive lock so that the GUI and the CLI never write one vault at once."""

    def __init__(self, root: Path) -> None:
        self.path = root / ".lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        refuse_link(self.path, self.path.parent)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | O_NOFOLLOW, FILE_MODE)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EMLINK):  # a link swapped in meanwhile
                refuse_link(self.path, self.path.parent)
            raise write_failed(exc, self.path) from exc
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise LinkInVault(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} in the vault folder is not a regular file; the vault was not "
                        "opened.",
                    ),
                    [".lock"],
                    name=".lock",
                )
        except BaseException:
            os.close(fd)
            raise
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultBusy() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


def read_chunks(fh: BinaryIO, size: int) -> Iterator[bytes]:
    while True:
        block = fh.read(size)
        if not block:
            return
        yield block
