"""Matching a screenshot or a clip against the vault: which photo it shows, sold to whom.

One ``MatchingService`` per open vault (``VaultService.matching``). It keeps, in memory while
the vault is open, the search index over every photo's local features (``orb/1`` objects,
``app/matching/index.py``) and, when asked for faces, every photo's face embeddings
(``face/1`` objects); ``VaultService.lock()`` drops both (``close``).

The search index is also kept in the vault as ONE encrypted object
(``Records.matching.index_object_id``), so that an open does not read every photo's features
again. It is a cache: the first match after an open reads it and brings it up to date (items
no longer in the vault or whose features object changed are dropped, photos not in it are
added from their own objects). It says which features object each item came from (a map
item id -> object id next to the index bytes, under a version header), so a replaced object is
noticed. When it changed by more than a few items (``REWRITE_AFTER``, ``REWRITE_FRACTION``),
or there was no usable cache, a new cache object is written and saved in one transaction (the
old one goes to the trash; the new one is deleted again if the save fails). A missing, damaged or foreign-version cache is
rebuilt, never an error; a photo whose own features (or faces) object is missing, damaged or
of another format is left out of that search and named in ``unsearchable()``, and the object is
marked damaged (``VaultService.mark_damaged``, in memory): the photo counts as pending again, so
the back-fill computes it anew (a ``match`` that indexes pending photos first does so at once
and searches it too; the GUI's queue after the search).

``match`` takes each input through ``app/media/query.frames`` (a still image: one frame; a
clip: sampled frames), matches each frame (``app/matching/engine.Engine``; and faces when
asked), keeps per photo the best frame, and traces each photo to its buyers and deals. An input
that cannot be read (corrupt, too big, unsupported) is an ``InputResult`` with ``error``; the
others go on. Nothing decrypted is written to the disk.
"""

from __future__ import annotations

import dataclasses
import json
import struct
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.domain.models import NO_OBJECT, MediaItem, Records
from app.errors import (
    QT_TRANSLATE_NOOP,
    Message,
    NotPossible,
    UserError,
    VaultDamaged,
    WriteFailed,
)
from app.matching.results import BuyerRef, Candidate, Frame, InputResult, ItemMatch
from app.matching.trace import buyers_for_media
from app.services import fingerprinting
from app.services.delivery import delivered_copy

if TYPE_CHECKING:
    from app.matching.faces import Calibration, Face
    from app.matching.features import Features
    from app.matching.index import FeatureIndex
    from app.services.vault_service import VaultService

Progress = Callable[[int, int, str], None]  # done, total, current input's name

FEATURES_KEY = "orb/1"  # app/matching/features.KEY (not imported here: cv2 loads lazily)
FACES_KEY = "face/1"  # app/matching/faces.KEY
PDQ_KEY = "pdq/1"  # app/matching/pdq.KEY

# The search index cache object: MAGIC, a format version byte, the length of a JSON header
# ({"key": FEATURES_KEY, "sources": {item id: features object id}}), the header, then
# FeatureIndex.to_bytes(). Another magic, version or key: rebuilt.
CACHE_MAGIC = b"LVSI"
CACHE_VERSION = 1
CACHE_LABEL = "the photo search index"
# A new cache object is written when more items were added or dropped since it was read than
# REWRITE_AFTER and REWRITE_FRACTION of the index: bringing an old one up to date costs a read
# per changed photo (about 1.5 ms), rewriting it costs its whole size (about 8 KB a photo).
# Measured at 1,000 photos (2 cores, loaded): the first match after an open 2.0 s without the
# cache (every features object read, the cache written), 0.5 s with it; a match itself 0.45 s.
REWRITE_AFTER = 8
REWRITE_FRACTION = 0.05
FEATURES_KEPT = 256  # photos' features kept decoded in memory for verification (LRU)
MATCHES_PER_FRAME = 10  # candidates the engine returns per frame
PROGRESS_FROM = 100  # photos' features to read before the index's reading reports progress


@dataclasses.dataclass
class IndexStats:
    """What the last bring-up-to-date of the index did (tests count reads; the GUI may show)."""

    # since the start of the last ``match`` / ``match_frames``
    cache_read: bool = False  # a usable cache object was read
    cache_rebuilt: bool = False  # there was none, or it was damaged or of another version
    cache_written: bool = False  # a new cache object was saved
    features_read: int = 0  # photos' features objects read and decoded
    added: int = 0
    dropped: int = 0
    items: int = 0  # photos in the index after it


def encode_cache(index: FeatureIndex, sources: Mapping[str, str]) -> bytes:
    """The cache object's bytes: version header, item -> features object map, index bytes."""
    header = json.dumps(
        {"key": FEATURES_KEY, "sources": dict(sorted(sources.items()))},
        separators=(",", ":"),
    ).encode()
    return CACHE_MAGIC + struct.pack(">BI", CACHE_VERSION, len(header)) + header + index.to_bytes()


def decode_cache(data: bytes) -> tuple[FeatureIndex, dict[str, str]]:
    """The index and its sources from a cache object; ValueError when it is not one this
    release wrote (damaged, another version, another features key, inconsistent)."""
    from app.matching.index import FeatureIndex

    head = len(CACHE_MAGIC) + 5
    if len(data) < head or not data.startswith(CACHE_MAGIC):
        raise ValueError("not a search index cache")
    version, length = struct.unpack(">BI", data[len(CACHE_MAGIC) : head])
    if version != CACHE_VERSION:
        raise ValueError(f"search index cache version {version}")
    try:
        header = json.loads(data[head : head + length])
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError("search index cache header") from exc
    if not isinstance(header, dict) or header.get("key") != FEATURES_KEY:
        raise ValueError("search index cache of another features version")
    sources = header.get("sources")
    if not isinstance(sources, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in sources.items()
    ):
        raise ValueError("search index cache sources")
    index = FeatureIndex.from_bytes(data[head + length :])
    if index.item_ids() != set(sources):
        raise ValueError("search index cache: index and sources differ")
    return index, dict(sources)


def chosen_photos(matches: Sequence[ItemMatch]) -> list[ItemMatch]:
    """The photos a sighting is recorded with from a match (``add-sighting --from-match``, the
    GUI's "record sighting"): every "strong" one, or the best one when none is strong."""
    strong = [m for m in matches if m.band == "strong"]
    return strong or list(matches[:1])


def deals_for_media(records: Records, item_id: str) -> list[str]:
    """The ids of the deals that delivered ``item_id``, earliest first."""
    deals = [d for d in list(records.deals.values()) if item_id in d.media_ids]
    deals.sort(key=lambda d: (d.date, d.created_at, d.id))
    return [d.id for d in deals]


def _rank(candidate: Candidate) -> tuple[bool, float]:
    return candidate.band == "strong", candidate.score


def stop_workers() -> None:
    """Stop the face detection worker process, if one was started (by a match or by the
    back-fill measuring faces): at lock, nothing of a face stays in another process."""
    faces = sys.modules.get("app.matching.faces")
    if faces is not None:  # only when it was used: never import dlib to stop nothing
        faces.shutdown()


def _features_object(item: MediaItem) -> str | None:
    oid = item.derived.get(FEATURES_KEY)
    return oid if oid and oid != NO_OBJECT else None


class MatchingService:
    def __init__(self, service: VaultService) -> None:
        self.service = service
        self._lock = threading.RLock()  # one bring-up-to-date at a time
        self._index: FeatureIndex | None = None
        self._sources: dict[str, str] = {}  # item id -> the features object it came from
        self._cache_object = ""  # the cache object the in-memory index was last read/written as
        self._changed = 0  # items added or dropped since then
        self._features: OrderedDict[str, tuple[str, Features]] = OrderedDict()  # LRU
        # (item id, derived key) -> (object id, sentence): objects that could not be read
        self._broken: dict[tuple[str, str], tuple[str, Message]] = {}
        self._faces: dict[str, list[Face]] = {}
        self._face_sources: dict[str, str] = {}
        self._calibration: Calibration | None = None
        self.stats = IndexStats()
        self.indexing_failed: Message | None = None  # why the last indexing was not stored

    # --- the state -----------------------------------------------------------------------------

    def pending(self) -> int:
        """Photos whose matching data is not computed yet (the back-fill's queue), or was
        found damaged (computed again by the back-fill)."""
        return len(fingerprinting.pending(self.service.records, self.service.damaged_derived()))

    def index_pending(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> fingerprinting.BackfillReport:
        """Compute what the back-fill has pending (``match`` with ``index_pending``, the CLI).
        When that fails to be stored (a full disk, an I/O error: ``WriteFailed``, the vault
        unchanged), or some photos fail so, the match goes on with the photos already indexed:
        ``indexing_failed`` keeps why, and each result of the match says how many photos were
        not searched (``InputResult.not_indexed``)."""
        self.indexing_failed = None
        try:
            report = self.service.backfill(progress=progress, cancel=cancel)
        except WriteFailed as exc:
            self.indexing_failed = Message.of(exc)
            return fingerprinting.BackfillReport(pending=self.pending())
        if report.errors and not report.cancelled:
            self.indexing_failed = report.errors[0][1]
        return report

    def note_indexing_failed(self, reason: Message | None) -> None:
        """The GUI's background queue could not store what it indexed (or stored it again):
        the next results say how many photos were not searched, and why."""
        self.indexing_failed = reason

    def _say_not_indexed(self, results: list[InputResult]) -> None:
        reason = self.indexing_failed
        left = self.pending() if reason is not None else 0
        for result in results:
            if result.error is None and left:
                result.not_indexed, result.not_indexed_reason = left, reason

    def unsearchable(self) -> list[tuple[str, Message]]:
        """(item id, sentence) of the photos left out of the search: their stored features (or
        faces) could not be read, and have not been computed again since."""
        media = self.service.records.media
        out: dict[str, Message] = {}
        for (item_id, key), (oid, msg) in list(self._broken.items()):
            item = media.get(item_id)
            if item is not None and item.derived.get(key) == oid:
                out.setdefault(item_id, msg)
        return list(out.items())

    def _damaged(self, item: MediaItem, key: str, oid: str, msg: Message, exc: Exception) -> None:
        """Note a photo's derived object that could not be read: left out of the search; when
        it is missing, damaged or of another format (not a passing read error) it is marked
        for the back-fill to compute again."""
        self._broken[(item.id, key)] = (oid, msg)
        if isinstance(exc, (VaultDamaged, ValueError)):
            self.service.mark_damaged([oid])

    @property
    def loaded(self) -> bool:
        """Whether the search index is held in memory (from the first match until ``lock``)."""
        return self._index is not None

    @property
    def faces_held(self) -> int:
        """How many photos' face embeddings are held in memory (read by a match with faces)."""
        return len(self._faces)

    def forget_faces(self) -> None:
        """Drop the face embeddings held in memory (face matching turned off)."""
        with self._lock:
            self._faces = {}
            self._face_sources = {}
            self._calibration = None

    def close(self) -> None:
        """Drop everything held in memory (at lock); a match still running keeps its own
        references and ends."""
        self._index = None
        self._sources = {}
        self._cache_object = ""
        self._changed = 0
        self._features = OrderedDict()
        self._broken = {}
        self._faces = {}
        self._face_sources = {}
        self._calibration = None
        stop_workers()

    # --- matching ------------------------------------------------------------------------------

    def match(
        self,
        paths: Sequence[Path | str],
        *,
        faces: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        index_pending: bool = True,
        compute_damaged: bool | None = None,
    ) -> list[InputResult]:
        """Match each input (a still image or a clip) against the vault's photos.

        ``index_pending``: first compute what the back-fill has pending (the CLI), so that every
        photo is searched; the GUI passes False (its queue does it; ``pending()`` says how many
        photos are not searched yet). ``compute_damaged`` (default: ``index_pending``): a
        photo's matching data found damaged while matching is computed again at once and that
        input matched again, so the photo is searched too (a save that fails leaves it out,
        named in ``unsearchable()``); without it the photo is left out and counted by
        ``pending()``. ``faces``: also compare the faces in each frame with the
        faces in the photos (face matching must be on). ``progress`` hears of the back-fill,
        then of the reading of the search index (the first match after an open, from
        ``PROGRESS_FROM`` photos to read), then of each input (done, total, name). A set
        ``cancel`` stops between inputs and frames: the results so far are returned (an input
        cut short is left out)."""
        self.require_faces(faces)
        self.stats = IndexStats()
        paths = list(paths)
        if index_pending and self.pending():
            self.index_pending(progress, cancel)  # a full disk: the indexed photos are searched
        from app.media import query

        recompute = index_pending if compute_damaged is None else compute_damaged
        seen = set(self.service.damaged_derived())
        if paths:
            self.read(faces, progress, cancel)  # at the first match after an open: its reading
            if recompute:
                self._compute_damaged(seen, faces, cancel)
        results: list[InputResult] = []
        for done, path in enumerate(paths):
            if cancel is not None and cancel.is_set():
                break
            name = Path(path).name
            if progress is not None:
                progress(done, len(paths), name)
            try:
                kind, frames = query.frames(Path(path), cancel=cancel)
            except UserError as exc:
                results.append(InputResult(str(path), "unknown", error=Message.of(exc)))
                continue
            except MemoryError:
                error = Message(
                    QT_TRANSLATE_NOOP("errors", "{name}: too large to process."), name=name
                )
                results.append(InputResult(str(path), "unknown", error=error))
                continue
            except Exception:  # a decoder's surprise on a hostile file: that input only
                error = Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} could not be read (the decoder failed on it); the other files "
                        "were searched.",
                    ),
                    name=name,
                )
                results.append(InputResult(str(path), "unknown", error=error))
                continue
            if cancel is not None and cancel.is_set():
                break
            result = self._match_frames(str(path), kind, frames, faces, cancel)
            if recompute and self._compute_damaged(seen, faces, cancel):
                result = self._match_frames(str(path), kind, frames, faces, cancel)
            if cancel is not None and cancel.is_set() and result.frames_examined < len(frames):
                break
            results.append(result)
        if progress is not None:
            progress(len(results), len(paths), "")
        self._say_not_indexed(results)
        return results

    def _compute_damaged(self, seen: set[str], faces: bool, cancel: threading.Event | None) -> bool:
        """Compute again the matching data marked damaged that is not in ``seen`` (updated),
        and read it in: True when there was some. A save that fails (a full disk) leaves those
        photos out of the search, named in ``unsearchable()`` and counted in each result's
        ``not_indexed`` (``index_pending``)."""
        new = self.service.damaged_derived() - seen
        if not new:
            return False
        seen |= new
        failed = self.indexing_failed
        self.index_pending(cancel=cancel)
        self.indexing_failed = self.indexing_failed or failed  # an earlier failure still holds
        self.read(faces, cancel=cancel)
        return True

    def match_frames(
        self,
        name: str,
        kind: str,
        frames: list[Frame],
        *,
        faces: bool = False,
        cancel: threading.Event | None = None,
    ) -> InputResult:
        """Match frames already decoded (a pasted or dropped image: ``query.frames_from_bytes``)
        under the input's ``name``; per photo the best frame is kept."""
        self.require_faces(faces)
        self.stats = IndexStats()
        result = self._match_frames(name, kind, frames, faces, cancel)
        self._say_not_indexed([result])  # the queue stopped by a full disk: said here too
        return result

    def _match_frames(
        self,
        name: str,
        kind: str,
        frames: list[Frame],
        faces: bool,
        cancel: threading.Event | None,
    ) -> InputResult:
        from app.matching.engine import Engine

        index = self.index()
        records = self.service.records
        media = dict(records.media)
        pdq_values = {
            i: m.fingerprints[PDQ_KEY] for i, m in media.items() if PDQ_KEY in m.fingerprints
        }
        engine = Engine(pdq_values, index, self._load_features)
        vault_faces, calibration = self._faces_ready() if faces else ({}, None)
        best: dict[str, tuple[Candidate, Frame]] = {}
        examined = 0
        for frame in frames:
            if cancel is not None and cancel.is_set():
                break
            found = list(engine.match(frame, limit=MATCHES_PER_FRAME))
            if faces and vault_faces and calibration is not None:
                found += self._face_candidates(frame, vault_faces, calibration)
            for candidate in found:  # per photo its best frame and method, a strong one first
                kept = best.get(candidate.item_id)
                if kept is None or _rank(candidate) > _rank(kept[0]):
                    best[candidate.item_id] = (candidate, frame)
            examined += 1
        matches = [
            self._item_match(records, media[item_id], candidate, frame)
            for item_id, (candidate, frame) in best.items()
            if item_id in media
        ]
        matches.sort(key=lambda m: (-m.score, m.band != "strong", m.item_name, m.item_id))
        shown: Literal["image", "video", "unknown"] = (
            "image" if kind == "image" else "video" if kind == "video" else "unknown"
        )
        return InputResult(name, shown, matches, frames_examined=examined)

    def _item_match(
        self, records: Records, item: MediaItem, candidate: Candidate, frame: Frame
    ) -> ItemMatch:
        buyers = records.buyers
        refs = [
            BuyerRef(b, buyers[b].name) for b in buyers_for_media(records, [item.id]) if b in buyers
        ]
        return ItemMatch(
            item_id=item.id,
            item_name=item.name,
            score=candidate.score,
            band=candidate.band,
            method=candidate.method,
            buyers=refs,
            deal_ids=deals_for_media(records, item.id),
            frame=frame,
            region=candidate.region,
            details=dict(candidate.details),
            delivered_copy=None
            if candidate.method == "face"
            else delivered_copy(self.service, item.id, frame.image),
        )

    # --- the search index ----------------------------------------------------------------------

    def read(
        self,
        faces: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        """Bring the search index (``index``) and, with ``faces``, the photos' faces held in
        memory up to date with the records, as a match does first. A photo's matching data
        that cannot be read is marked damaged here: ``pending()`` then counts it."""
        self.index(progress, cancel)
        if faces:
            self._faces_ready()

    def index(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> FeatureIndex:
        """The search index, up to date with the records: read from the cache object at the
        first call after an open, then kept in memory; a new cache object is saved when it
        changed by more than a few items (or there was no usable one). ``progress`` hears of
        the photos whose features are read (done, total, photo name); a set ``cancel`` stops
        the reading (the photos not read yet are added by the next call)."""
        from app.matching.index import FeatureIndex

        with self._lock:
            records = self.service.records
            wanted = {
                m.id: oid
                for m in list(records.media.values())
                if (oid := _features_object(m)) is not None
            }
            stats = self.stats  # counts add up over one match (``match`` starts them at 0)
            index = self._index
            if index is None:
                index = self._read_cache(records, stats)
                if index is None:
                    index, self._sources = FeatureIndex(), {}
                    self._cache_object = ""
                    stats.cache_rebuilt = True
                self._index = index
            added = dropped = 0
            for item_id, oid in list(self._sources.items()):
                if wanted.get(item_id) != oid:
                    index.remove(item_id)
                    del self._sources[item_id]
                    dropped += 1
            todo = [
                (item_id, oid)
                for item_id, oid in wanted.items()
                if item_id not in self._sources
                # damaged: said once, not read again at every match
                and self._broken.get((item_id, FEATURES_KEY), ("",))[0] != oid
            ]
            for done, (item_id, oid) in enumerate(todo):
                item = records.media.get(item_id)
                if progress is not None and len(todo) >= PROGRESS_FROM:
                    progress(done, len(todo), item.name if item else "")
                if cancel is not None and cancel.is_set():
                    break
                features = self._read_features(item, oid, stats)
                if features is not None:
                    index.add(item_id, features)
                    self._sources[item_id] = oid
                    added += 1
            stats.added += added
            stats.dropped += dropped
            self._changed += added + dropped
            cache_current = records.matching.index_object_id == self._cache_object != ""
            many = max(REWRITE_AFTER, int(len(index) * REWRITE_FRACTION))
            cancelled = cancel is not None and cancel.is_set()
            if not cancelled and (self._changed > many or (self._sources and not cache_current)):
                stats.cache_written = self._write_cache(index) or stats.cache_written
            stats.items = len(index)
            return index

    def _read_cache(self, records: Records, stats: IndexStats) -> FeatureIndex | None:
        oid = records.matching.index_object_id
        if not oid:
            return None
        try:
            data = self.service.vault.read_object_bytes(oid, CACHE_LABEL)
            index, sources = decode_cache(data)
        except (UserError, ValueError):
            return None  # a cache: rebuilt from the photos' own objects
        self._sources = sources
        self._cache_object = oid
        self._changed = 0
        stats.cache_read = True
        return index

    def _write_cache(self, index: FeatureIndex) -> bool:
        vault = self.service.vault
        if vault.read_only or not vault.is_open:  # locked meanwhile: nothing to save into
            return False
        blob = encode_cache(index, self._sources)
        written: list[str] = []
        try:
            with self.service.transaction(written) as records:
                new, _ = vault.put_object(blob)
                written.append(new)
                old = records.matching.index_object_id
                records.matching = dataclasses.replace(records.matching, index_object_id=new)
                if old:
                    vault.discard_objects([old])
        except UserError:
            return False  # disk full, ...: the index stays in memory, the next open rebuilds
        self._cache_object = new
        self._changed = 0
        return True

    def _read_features(
        self, item: MediaItem | None, oid: str, stats: IndexStats | None = None
    ) -> Features | None:
        from app.matching.features import Features

        if item is None:
            return None
        kept = self._features.get(item.id)
        if kept is not None and kept[0] == oid:
            self._features.move_to_end(item.id)
            return kept[1]
        try:
            data = self.service.vault.read_object_bytes(oid, item.name)
            features = Features.from_bytes(data)
        except (UserError, ValueError, OSError) as exc:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} ({id}) is left out of the search: its stored search data is "
                    "damaged (check the vault).",
                ),
                name=item.name,
                id=item.id[:8],
            )
            self._damaged(item, FEATURES_KEY, oid, message, exc)
            return None
        if stats is not None:
            stats.features_read += 1
        self._features[item.id] = (oid, features)
        while len(self._features) > FEATURES_KEPT:
            self._features.popitem(last=False)
        return features

    def _load_features(self, item_id: str) -> Features | None:
        """The engine's loader: a photo's stored features (None when it has none or they are
        damaged)."""
        item = self.service.records.media.get(item_id)
        if item is None:
            return None
        oid = _features_object(item)
        if oid is None:
            return None
        with self._lock:  # the kept features are shared by every match of this vault
            return self._read_features(item, oid)

    # --- faces ---------------------------------------------------------------------------------

    def require_faces(self, faces: bool) -> None:
        """Refuse ``faces`` while face matching is off, with a sentence saying how to turn it
        on (before anything is indexed or decoded)."""
        if faces and not self.service.records.matching.face_matching:
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Face matching is off in this vault. Turn it on first (in the app: "
                    "Sightings, Face matching…; from a script: the command face-matching); "
                    "the faces of your photos are then indexed.",
                )
            )

    def _faces_ready(self) -> tuple[dict[str, list[Face]], Calibration | None]:
        """Every photo's stored faces, read once and kept in memory like the index."""
        from app.matching import faces

        with self._lock:
            records = self.service.records
            wanted = {
                m.id: oid
                for m in list(records.media.values())
                if (oid := m.derived.get(FACES_KEY)) and oid != NO_OBJECT
            }
            changed = False
            for item_id, oid in list(self._face_sources.items()):
                if wanted.get(item_id) != oid:
                    del self._face_sources[item_id]
                    self._faces.pop(item_id, None)
                    changed = True
            for item_id, oid in wanted.items():
                if item_id in self._face_sources:
                    continue
                item = records.media[item_id]
                if self._broken.get((item_id, FACES_KEY), ("",))[0] == oid:
                    continue  # damaged: said once, not read again at every match
                try:
                    found = faces.from_bytes(self.service.vault.read_object_bytes(oid, item.name))
                except (UserError, ValueError, OSError) as exc:
                    message = Message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The faces of {name} ({id}) are left out of the search: "
                            "their stored data is damaged (check the vault).",
                        ),
                        name=item.name,
                        id=item.id[:8],
                    )
                    self._damaged(item, FACES_KEY, oid, message, exc)
                    continue
                self._face_sources[item_id] = oid
                if found:
                    self._faces[item_id] = found
                changed = True
            if changed or self._calibration is None:
                self._calibration = (
                    faces.Calibration.from_vault(self._faces) if self._faces else None
                )
            return dict(self._faces), self._calibration

    @staticmethod
    def _face_candidates(
        frame: Frame, vault: Mapping[str, Sequence[Face]], calibration: Calibration
    ) -> Iterable[Candidate]:
        from app.matching import faces

        query = faces.detect(frame.image)
        if not query:
            return []
        return faces.match(query, vault, calibration)
