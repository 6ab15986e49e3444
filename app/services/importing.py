"""Importing files into an open vault: sniff, validate, hash, thumbnail, fingerprint, encrypt;
in parallel.

Per-file problems become entries in the report and the batch goes on. Nothing partial is
referenced: objects are written first, the index only once at the end (and unreferenced
objects of a failed file are removed at once).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.domain.models import MediaItem, Records, new_id, utc_now
from app.errors import QT_TRANSLATE_NOOP, BadMedia, Message, UserError, WriteFailed
from app.matching import fingerprints
from app.media import images
from app.media.sniff import sniff
from app.media.source import (
    error_code as error_code,  # re-exported: callers use importing.error_code
)
from app.media.source import open_source as open_source
from app.vault.format import CHUNK_SIZE
from app.vault.store import read_chunks
from app.vault.vault import ObjectCancelled, Vault

Progress = Callable[[int, int, str], None]  # done, total, current file name


@dataclass
class ImportOutcome:
    path: str
    item: MediaItem
    duplicate: bool = False


@dataclass
class ImportReport:
    imported: list[ImportOutcome] = field(default_factory=list)
    # (path, sentence): str(sentence) is English, the GUI translates it (app.errors.Message)
    errors: list[tuple[str, Message]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def new_items(self) -> list[MediaItem]:
        return [o.item for o in self.imported if not o.duplicate]


def expand_paths(paths: Iterable[Path | str]) -> tuple[list[Path], list[tuple[str, Message]]]:
    """Files named, and files found below folders (sorted, dotfiles skipped, links not followed
    into folders so that a symlink loop cannot trap the walk)."""
    files: list[Path] = []
    errors: list[tuple[str, Message]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        files.append(Path(dirpath) / name)
        elif path.exists():
            files.append(path)
        elif path.is_symlink():
            errors.append(
                (
                    str(path),
                    Message(
                        QT_TRANSLATE_NOOP("errors", "{name}: the link points nowhere."),
                        name=path.name,
                    ),
                )
            )
        else:
            errors.append(
                (
                    str(path),
                    Message(
                        QT_TRANSLATE_NOOP("errors", "{name}: no such file or folder."),
                        name=path.name,
                    ),
                )
            )
    return files, errors


def display_name(path: Path) -> str:
    """A file's name as text that can always be printed and saved as UTF-8.

    On Linux a name is bytes: a zip made on a Chinese Windows computer unpacks to GBK names,
    which Python holds as lone surrogates that a UTF-8 terminal, JSON or the index refuse.
    They are read as GB18030 when that fits, else with U+FFFD for each undecodable byte."""
    raw = os.fsencode(path.name)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


class HashingReader:
    """Reads a file in vault-sized chunks while hashing it: one pass for hash and encryption."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.digest = hashlib.sha256()

    def chunks(self) -> Iterator[bytes]:
        for block in read_chunks(self.fh, CHUNK_SIZE):
            self.digest.update(block)
            yield block


def store_photo(
    vault: Vault[Records], name: str, mime: str, data: bytes, written: list[str] | None = None
) -> MediaItem:
    """Validate, thumbnail, fingerprint and encrypt one photo held in memory (not yet
    referenced). The thumbnail and the fingerprints come from one reduced decode."""
    written = [] if written is None else written
    decoded = images.decode_image(data, name)
    values = fingerprints.compute(decoded.reduced)
    object_id, stored = vault.put_object(data)
    written.append(object_id)
    thumb_id, _ = vault.put_object(decoded.thumbnail_jpeg)
    written.append(thumb_id)
    return MediaItem(
        id=new_id(),
        name=name,
        kind="photo",
        mime=mime,
        sha256=hashlib.sha256(data).hexdigest(),
        size=stored,
        object_id=object_id,
        thumb_object_id=thumb_id,
        imported_at=utc_now(),
        width=decoded.width,
        height=decoded.height,
        fingerprints=values,
        captured_at=decoded.captured_at,
    )


def _import_one(vault: Vault[Records], path: Path, cancel: threading.Event | None) -> MediaItem:
    name = display_name(path)
    written: list[str] = []
    try:
        with open_source(path, name) as fh:
            head = fh.read(64)
            kind = sniff(head)
            if kind is None:
                if not head:
                    raise BadMedia(
                        QT_TRANSLATE_NOOP("errors", "{name}: the file is empty (0 bytes)."),
                        name=name,
                    )
                raise BadMedia(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name}: not a photo, clip or voice sample this app can store "
                        "(JPEG, PNG, WebP, HEIC, MP4, MOV, M4A, MP3, WAV, OGG).",
                    ),
                    name=name,
                )
            fh.seek(0)
            size = os.fstat(fh.fileno()).st_size
            if cancel is not None and cancel.is_set():
                raise ObjectCancelled
            if kind.kind == "photo":
                if size > images.MAX_IMAGE_BYTES:
                    raise BadMedia(
                        QT_TRANSLATE_NOOP(
                            "errors", "{name}: the image file is larger than 256 MB; refused."
                        ),
                        name=name,
                    )
                return store_photo(vault, name, kind.mime, fh.read(), written)
            reader = HashingReader(fh)
            object_id, stored = vault.put_object_chunks(reader.chunks(), cancel)
            written.append(object_id)
            return MediaItem(
                id=new_id(),
                name=name,
                kind=kind.kind,
                mime=kind.mime,
                sha256=reader.digest.hexdigest(),
                size=stored,
                object_id=object_id,
                imported_at=utc_now(),
            )
    except BaseException:
        for oid in written:
            with contextlib.suppress(OSError):
                vault.object_path(oid).unlink()
        raise


def import_files(
    vault: Vault[Records],
    paths: Iterable[Path | str],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import into ``vault.records`` (the caller saves). Duplicates by SHA-256 are one item."""
    files, errors = expand_paths(paths)
    report = ImportReport(errors=list(errors))
    by_sha = {m.sha256: m for m in vault.records.media.values()}
    new_here: dict[str, int] = {}  # SHA-256 -> index in report.imported of this batch's item
    order = {str(path): n for n, path in enumerate(files)}
    total = len(files)
    done = 0
    workers = workers or min(8, (os.cpu_count() or 2) + 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="import") as pool:
        pending: dict[Future[MediaItem], Path] = {}
        queue = iter(files)
        fatal: BaseException | None = None

        def refill() -> None:
            while len(pending) < workers * 2 and not (cancel is not None and cancel.is_set()):
                path = next(queue, None)
                if path is None:
                    return
                pending[pool.submit(_import_one, vault, path, cancel)] = path

        refill()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                path = pending.pop(future)
                done += 1
                try:
                    item = future.result()
                except ObjectCancelled:
                    continue
                except WriteFailed as exc:  # the disk, not the file: stop the batch
                    fatal = fatal or exc
                    if cancel is None:
                        cancel = threading.Event()
                    cancel.set()
                    continue
                except UserError as exc:
                    report.errors.append((str(path), Message.of(exc)))
                    continue
                except MemoryError:
                    report.errors.append(
                        (
                            str(path),
                            Message(
                                QT_TRANSLATE_NOOP("errors", "{name}: too large to process."),
                                name=path.name,
                            ),
                        )
                    )
                    continue
                existing = by_sha.get(item.sha256)
                kept_at = new_here.get(item.sha256)
                if kept_at is not None and order[str(path)] < order[report.imported[kept_at].path]:
                    # two copies in this batch: the one first in the list is the item, whichever
                    # worker finished first (the result does not depend on timing)
                    later = report.imported[kept_at]
                    vault.records.media.pop(later.item.id, None)
                    vault.discard_unreferenced([later.item.object_id, later.item.thumb_object_id])
                    by_sha[item.sha256] = item
                    vault.records.media[item.id] = item
                    report.imported = [  # copies already counted as the later one's
                        ImportOutcome(o.path, item, True) if o.item is later.item else o
                        for o in report.imported
                    ]
                    report.imported[kept_at] = ImportOutcome(str(path), item)
                    report.imported.append(ImportOutcome(later.path, item, duplicate=True))
                elif existing is not None:
                    vault.discard_unreferenced([item.object_id, item.thumb_object_id])
                    report.imported.append(ImportOutcome(str(path), existing, duplicate=True))
                else:
                    by_sha[item.sha256] = item
                    new_here[item.sha256] = len(report.imported)
                    vault.records.media[item.id] = item
                    report.imported.append(ImportOutcome(str(path), item))
                if progress is not None:
                    progress(done, total, path.name)
            refill()
    if fatal is not None:
        for outcome in report.imported:
            if not outcome.duplicate:
                vault.records.media.pop(outcome.item.id, None)
                vault.discard_unreferenced([outcome.item.object_id, outcome.item.thumb_object_id])
        raise fatal
    report.cancelled = cancel is not None and cancel.is_set() and done < total
    return report
