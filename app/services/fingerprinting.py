"""The back-fill of fingerprints: the background queue of derived data.

An import computes every registered compact fingerprint (``app/matching/fingerprints.py``)
from its one reduced decode. A photo that lacks one (imported by an older release, or whose
value was computed by an older version of the fingerprint), or lacks an object fingerprint
(local features, face embeddings: never computed at import, they cost far more) is
*pending*; ``backfill`` decrypts each pending original in memory, decodes it the way an import
does (and once more at the matching size when objects are missing), computes what is missing,
encrypts the objects into the vault and saves the batch: each batch is one save, so a run that
is killed or cancelled loses at most the batch it was working on (its object files are
leftovers the next ``clean`` removes), and the next run starts with what is still pending.
Nothing decrypted touches the disk.

Derived objects are recomputable, so a damaged one is never a dead end. One that is missing,
fails to decrypt or does not read back as its format (``Fingerprint.read_object``) is
*damaged*: a match that meets it leaves the photo out of that search and marks the object id
(``VaultService.mark_damaged``, in memory only); the photo's key then counts as pending, and
the back-fill's save replaces the reference with the recomputed object, in the same save as
the rest of its batch (nothing is written for the marking itself, so a command that fails
changes nothing). ``check --repair`` (``VaultService.repair_derived``) drops every reference to
a damaged derived object in one save instead. Either way the damaged file itself is not
deleted: once no kept saved state names it, it is a leftover that ``clean`` removes.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Callable, Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from app.domain.models import NO_OBJECT, MediaItem, Records
from app.errors import QT_TRANSLATE_NOOP, Message, UserError
from app.matching import fingerprints
from app.media import images

BATCH = 32  # photos per save: a save rewrites the whole index, a kill loses one batch
Progress = Callable[[int, int, str], None]  # done, total, current file name


@dataclass(frozen=True)
class Computed:
    """What the back-fill made for one item: compact values and stored objects, by key."""

    object_id: str  # the original they were computed from (a replaced original: skipped)
    values: dict[str, str] = field(default_factory=dict)
    objects: dict[str, str] = field(default_factory=dict)  # key -> object id or NO_OBJECT

    def written(self) -> list[str]:
        return [oid for oid in self.objects.values() if oid != NO_OBJECT]


Found = dict[str, Computed]  # item id -> what was computed


@dataclass
class BackfillReport:
    indexed: int = 0  # photos that received values in this run
    # (item id, sentence): English as str(), translated by the GUI (app.errors.Message)
    errors: list[tuple[str, Message]] = field(default_factory=list)
    cancelled: bool = False
    pending: int = 0  # photos still pending after the run (errors, a cancel)


def enabled(records: Records) -> set[str]:
    """The matching options that are on (``fingerprints.OPTIONS``)."""
    return {"face_matching"} if records.matching.face_matching else set()


def missing(
    records: Records, item: MediaItem, damaged: Collection[str] = ()
) -> list[fingerprints.Fingerprint]:
    """What ``item`` lacks; a derived object whose id is in ``damaged`` counts as lacking."""
    derived = item.derived
    if damaged:
        derived = {k: v for k, v in derived.items() if v not in damaged}
    return fingerprints.missing(item.kind, item.fingerprints, derived, enabled(records))


def pending(records: Records, damaged: Collection[str] = ()) -> list[MediaItem]:
    """The items that lack a registered fingerprint (value or object), or whose derived object
    is one of ``damaged`` (object ids found damaged), in import order."""
    items = list(records.media.values())  # one copy: a save on another thread may change it
    return [m for m in items if missing(records, m, damaged)]


# --- damaged derived objects ---------------------------------------------------------------


@dataclass(frozen=True)
class DerivedRef:
    """A reference to a derived object: a photo's ``derived[key]``, or the search index cache
    (``item_id`` and ``key`` empty: ``Records.matching.index_object_id``)."""

    object_id: str
    item_id: str = ""
    key: str = ""


@dataclass
class Repair:
    """What ``VaultService.repair_derived`` dropped (one save)."""

    dropped: list[DerivedRef] = field(default_factory=list)

    @property
    def photos(self) -> int:
        """Photos that lost a reference: the back-fill indexes them again."""
        return len({r.item_id for r in self.dropped if r.item_id})

    @property
    def search_index(self) -> bool:
        """The search index cache was dropped (the next match rebuilds it)."""
        return any(not r.item_id for r in self.dropped)


def derived_refs(records: Records) -> dict[str, DerivedRef]:
    """Every derived object the records refer to, by object id."""
    refs: dict[str, DerivedRef] = {}
    for item in list(records.media.values()):
        for key, oid in item.derived.items():
            if oid and oid != NO_OBJECT:
                refs[oid] = DerivedRef(oid, item.id, key)
    if records.matching.index_object_id:
        oid = records.matching.index_object_id
        refs[oid] = DerivedRef(oid)
    return refs


def readers(records: Records) -> dict[str, Callable[[bytes], object]]:
    """Object id -> how it is read back, for every stored object of a registered object
    fingerprint (keys this release does not register are only decrypted by ``check``)."""
    by_key = {fp.key: fp.read_object for fp in fingerprints.registered() if fp.read_object}
    out: dict[str, Callable[[bytes], object]] = {}
    for item in list(records.media.values()):
        for key, oid in item.derived.items():
            reader = by_key.get(key)
            if reader is not None and oid and oid != NO_OBJECT:
                out[oid] = reader
    return out


def drop_derived(records: Records, object_ids: Collection[str]) -> Repair:
    """Drop every reference to the derived objects ``object_ids`` from ``records`` (in a
    transaction): a photo's key (it becomes pending), the search index cache. Photos,
    attachments and other records are never touched; nothing is deleted."""
    repair = Repair()
    wanted = set(object_ids)
    for item in list(records.media.values()):
        drop = {k: v for k, v in item.derived.items() if v in wanted}
        if drop:
            derived = {k: v for k, v in item.derived.items() if k not in drop}
            records.media[item.id] = dataclasses.replace(item, derived=derived)
            repair.dropped += [DerivedRef(v, item.id, k) for k, v in sorted(drop.items())]
    cache = records.matching.index_object_id
    if cache and cache in wanted:
        records.matching = dataclasses.replace(records.matching, index_object_id="")
        repair.dropped.append(DerivedRef(cache))
    return repair


def compute_missing(
    item: MediaItem,
    data: bytes,
    wanted: list[fingerprints.Fingerprint] | None = None,
    store: Callable[[bytes], str] | None = None,
    written: list[str] | None = None,
) -> Computed:
    """What ``item`` lacks (``wanted``, default: every applicable fingerprint it lacks with no
    option on), from its original's bytes: values from the decode an import makes, objects
    from the matching decode, each handed to ``store`` (which encrypts it into the vault and
    returns its object id; the id is appended to ``written`` at once, so that a caller can
    delete what a failure half-way left behind). Object fingerprints need ``store``."""
    if wanted is None:
        wanted = fingerprints.missing(item.kind, item.fingerprints, item.derived)
    values: dict[str, str] = {}
    objects: dict[str, str] = {}
    if any(fp.produces == "value" for fp in wanted):
        reduced = images.reduce_image(data, item.name)
        values = fingerprints.compute(reduced.image, wanted)
    wanted_objects = [fp for fp in wanted if fp.produces == "object"]
    if wanted_objects:
        if store is None:
            raise ValueError("object fingerprints need a store")
        matching = images.reduce_image(data, item.name, fingerprints.MATCH_SIZE)
        for fp in wanted_objects:
            blob = fingerprints.compute_objects(matching.image, [fp])[fp.key]
            if blob is None:
                objects[fp.key] = NO_OBJECT
            else:
                objects[fp.key] = oid = store(blob)
                if written is not None:
                    written.append(oid)
    return Computed(item.object_id, values, objects)


def apply(
    records: Records, found: Mapping[str, Computed], damaged: Collection[str] = ()
) -> tuple[int, list[str], list[str]]:
    """Put computed values and objects on their items (replaced, never edited in place). An
    item deleted meanwhile, or whose original changed, is skipped; so is an object whose
    option was turned off meanwhile, or whose key the item already has (another run), unless
    the item's object is one of ``damaged``: then the new one replaces it (the damaged one is
    not put in the trash: a leftover for ``clean``).

    Returns (items changed, objects now unused: the caller deletes them, never saved,
    objects replaced: older versions, to put in the trash)."""
    changed = 0
    unused: list[str] = []
    replaced: list[str] = []
    options = enabled(records)
    allowed = {
        fp.key for fp in fingerprints.registered() if not fp.requires or fp.requires in options
    }
    for item_id, computed in found.items():
        item = records.media.get(item_id)
        if item is None or item.object_id != computed.object_id:
            unused += computed.written()
            continue
        values = fingerprints.merge(item.fingerprints, computed.values)
        objects = {
            k: v
            for k, v in computed.objects.items()
            if k in allowed and (k not in item.derived or item.derived[k] in damaged)
        }
        unused += [v for k, v in computed.objects.items() if k not in objects and v != NO_OBJECT]
        derived = fingerprints.merge(item.derived, objects)
        replaced += [
            v
            for k, v in item.derived.items()
            if k not in derived and v != NO_OBJECT and v not in damaged
        ]
        if values != item.fingerprints or derived != item.derived:
            records.media[item_id] = dataclasses.replace(item, fingerprints=values, derived=derived)
            changed += 1
    return changed, unused, replaced


def backfill(
    records: Callable[[], Records],
    read_original: Callable[[str], bytes],
    store: Callable[[bytes], str],
    discard: Callable[[list[str]], None],
    save: Callable[[Found], int],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch: int = BATCH,
    limit: int | None = None,
    skip: Collection[str] = (),
    workers: int | None = None,
    damaged: Callable[[], Collection[str]] = frozenset,
) -> BackfillReport:
    """Compute what the pending items lack, ``batch`` items per ``save``.

    ``records()`` gives the live records, ``read_original(item_id)`` an original's bytes,
    ``store(blob)`` encrypts an object into the vault (its id), ``discard(ids)`` deletes
    objects this run stored that no record will refer to, ``save(found)`` applies a batch in
    one saved change (``apply``) and says how many items changed. At most ``limit`` items are
    tried (a queue runs one batch per task), none of the ids in ``skip`` (those that failed
    before). ``damaged()`` gives the derived object ids found damaged (recomputed as if absent).
    Stops at a set ``cancel`` after saving what the current batch computed."""
    todo = [m for m in pending(records(), damaged()) if m.id not in skip][:limit]
    total = len(todo)
    report = BackfillReport()
    workers = workers or min(4, os.cpu_count() or 1)

    def work(item: MediaItem) -> Computed | Message | None:
        if cancel is not None and cancel.is_set():
            return None
        written: list[str] = []
        try:
            try:
                wanted = missing(records(), item, damaged())
                return compute_missing(item, read_original(item.id), wanted, store, written)
            except BaseException:
                discard(written)  # stored before a later step failed: no record will own them
                raise
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
    report.pending = len(pending(records(), damaged()))
    return report
