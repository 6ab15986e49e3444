"""The fault injector of the failing-write tests: every file-system call the save path makes
below a vault folder (os.open, os.mkdir, each write/flush/close, os.fsync, os.replace) is
counted, and the k-th one raises an OSError. It stands in for os functions and the file
object store.AtomicFile writes through: it knows the save path's internals by design."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.support.reliability import tree_snapshot


def files_snapshot(root: Path) -> dict[str, str]:
    """Files only: an empty object sub-folder made before the failure is not vault content."""
    return {k: v for k, v in tree_snapshot(root).items() if v != "dir"}


class Injector:
    """Counts file-system calls below ``root``; the ``fail_at``-th one raises ``err``."""

    def __init__(self, root: Path, err: int, fail_at: int | None) -> None:
        self.root = str(root.resolve())
        self.err = err
        self.fail_at = fail_at
        self.sites: list[str] = []
        self.fired: str | None = None

    def hit(self, site: str) -> None:
        self.sites.append(site)
        if self.fail_at is not None and len(self.sites) == self.fail_at:
            self.fired = site
            raise OSError(self.err, os.strerror(self.err))

    def ours(self, path: Any) -> bool:
        try:
            return os.path.abspath(os.fspath(path)).startswith(self.root)
        except TypeError:
            return False


class FaultyFile(io.RawIOBase):
    """Stands in for the file object store.AtomicFile writes through."""

    def __init__(self, real: Any, injector: Injector) -> None:
        self._real = real
        self._inj = injector

    def write(self, data: Any) -> int:
        self._inj.hit("write")
        return int(self._real.write(data))

    def flush(self) -> None:
        if not self._real.closed:
            self._inj.hit("flush")
            self._real.flush()

    def close(self) -> None:
        if not self._real.closed:
            try:
                self._inj.hit("close")
            except OSError:
                self._real.close()  # the descriptor is gone either way, as with close(2)
                raise
            self._real.close()

    @property
    def closed(self) -> bool:
        return bool(self._real.closed)

    def fileno(self) -> int:
        return int(self._real.fileno())

    def writable(self) -> bool:
        return True


def _is_vault_dir(fd: int, inj: Injector) -> bool:
    try:
        return inj.ours(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return False


@contextmanager
def inject(
    monkeypatch: pytest.MonkeyPatch, root: Path, err: int, fail_at: int | None
) -> Iterator[Injector]:
    inj = Injector(root, err, fail_at)
    real_open, real_fdopen, real_fsync = os.open, os.fdopen, os.fsync
    real_replace, real_mkdir = os.replace, os.mkdir
    vault_fds: set[int] = set()

    def fake_open(path: Any, flags: int, mode: int = 0o777, *a: Any, **k: Any) -> int:
        # opens for writing; a read-only open (of the folder, for its fsync) cannot run out
        # of space, and the .lock file is opened once, before any save
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writing and inj.ours(path) and not str(path).endswith(".lock"):
            inj.hit("open")
            fd = real_open(path, flags, mode, *a, **k)
            vault_fds.add(fd)
            return fd
        fd = real_open(path, flags, mode, *a, **k)
        vault_fds.discard(fd)  # a number reused by a file outside the vault (or a read)
        return fd

    def fake_fdopen(fd: int, *a: Any, **k: Any) -> Any:
        real = real_fdopen(fd, *a, **k)
        return FaultyFile(real, inj) if fd in vault_fds else real

    def fake_fsync(fd: int) -> None:
        if fd in vault_fds or _is_vault_dir(fd, inj):
            inj.hit("fsync")
        real_fsync(fd)

    def fake_replace(src: Any, dst: Any, *a: Any, **k: Any) -> None:
        if inj.ours(dst):
            inj.hit("replace")
        real_replace(src, dst, *a, **k)

    def fake_mkdir(path: Any, mode: int = 0o777, *a: Any, **k: Any) -> None:
        if inj.ours(path) and not os.path.exists(path):
            inj.hit("mkdir")
        real_mkdir(path, mode, *a, **k)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "fdopen", fake_fdopen)
    monkeypatch.setattr(os, "fsync", fake_fsync)
    monkeypatch.setattr(os, "replace", fake_replace)
    monkeypatch.setattr(os, "mkdir", fake_mkdir)
    try:
        yield inj
    finally:
        monkeypatch.undo()
