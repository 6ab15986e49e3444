"""The back-fill of fingerprints: photos imported before a fingerprint was registered.

An import computes every registered fingerprint (``app/matching/fingerprints.py``) from its
one reduced decode. A photo that lacks one (imported by an older release, or whose value was
computed by an older version of the fingerprint) is *pending*; ``backfill`` decrypts each
pending original in memory, decodes it the way an import does, computes what is missing and
saves the values in batches: each batch is one save, so a run that is killed or cancelled
loses at most the batch it was working on, and the next run starts with what is still
pending. Nothing decrypted touches the disk.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Callable, Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from app.domain.models import MediaItem, Records
from app.errors import QT_TRANSLATE_NOOP, Message, UserError
from app.matching import fingerprints
from app.media import images

BATCH = 32  # photos per save: a save rewrites the whole index, a kill loses one batch
Progress = Callable[[int, int, str], None]  # done, total, current file name
# item id -> (the object the values were computed from, values by key)
Found = dict[str, tuple[str, dict[str, str]]]


@dataclass
class BackfillReport:
    indexed: int = 0  # photos that received values in this run
    # (item id, sentence): English as str(), translated by the GUI (app.errors.Message)
    errors: list[tuple[str, Message]] = field(default_factory=list)
    cancelled: bool = False
    pending: int = 0  # photos still pending after the run (errors, a cancel)


def pending(records: Records) -> list[MediaItem]:
    """The items that lack a registered fingerprint, in import order."""
    items = list(records.media.values())  # one copy: a save on another thread may change it
    return [m for m in items if fingerprints.missing(m.kind, m.fingerprints)]


def compute_missing(item: MediaItem, data: bytes) -> dict[str, str]:
    """The values ``item`` lacks, from its original's bytes (the decode an import makes)."""
    reduced = images.reduce_image(data, item.name)
    return fingerprints.compute(reduced.image, fingerprints.missing(item.kind, item.fingerprints))


def apply(records: Records, found: Mapping[str, tuple[str, Mapping[str, str]]]) -> int:
    """Put computed values on their items (replaced, never edited in place). An item deleted
    meanwhile, or whose original changed, is skipped. Returns how many items changed."""
    changed = 0
    for item_id, (object_id, values) in found.items():
        item = records.media.get(item_id)
        if item is None or item.object_id != object_id:
            continue
        merged = fingerprints.merge(item.fingerprints, values)
        if merged != item.fingerprints:
            records.media[item_id] = dataclasses.replace(item, fingerprints=merged)
            changed += 1
    return changed


def backfill(
    records: Callable[[], Records],
    read_original: Callable[[str], bytes],
    save: Callable[[Found], int],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch: int = BATCH,
    limit: int | None = None,
    skip: Collection[str] = (),
    workers: int | None = None,
) -> BackfillReport:
    """Compute what the pending items lack, ``batch`` items per ``save``.

    ``records()`` gives the live records, ``read_original(item_id)`` an original's bytes,
    ``save(found)`` applies a batch in one saved change (``apply``) and says how many items
    changed. At most ``limit`` items are tried (a queue runs one batch per task), none of the
    ids in ``skip`` (those that failed before). Stops at a set ``cancel`` after saving what
    the current batch computed."""
    todo = [m for m in pending(records()) if m.id not in skip][:limit]
    total = len(todo)
    report = BackfillReport()
    workers = workers or min(4, os.cpu_count() or 1)

    def work(item: MediaItem) -> tuple[str, dict[str, str]] | Message | None:
        if cancel is not None and cancel.is_set():
            return None
        try:
            return item.object_id, compute_missing(item, read_original(item.id))
        except UserError as exc:
            if item.id not in records().media:
                return None  # deleted while the back-fill ran
            return Message.of(exc)
        except MemoryError:
            return Message(
                QT_TRANSLATE_NOOP("errors", "{name}: too large to process."), name=item.name
            )

    done = 0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="backfill") as pool:
        for start in range(0, total, batch):
            if cancel is not None and cancel.is_set():
                break
            found: Found = {}
            chunk = todo[start : start + batch]
            for item, result in zip(chunk, pool.map(work, chunk), strict=True):
                if result is None:
                    continue
                done += 1
                if isinstance(result, Message):
                    report.errors.append((item.id, result))
                else:
                    found[item.id] = result
                if progress is not None:
                    progress(done, total, item.name)
            if found:
                report.indexed += save(found)
    report.cancelled = cancel is not None and cancel.is_set() and done < total
    report.pending = len(pending(records()))
    return report
