"""The search index over the vault photos' local descriptors: which photos might be in a frame.

Locality-sensitive hashing of ORB's 256-bit descriptors by bit sampling: each of ``TABLES``
tables keys a descriptor by ``BITS`` of its bits (fixed positions, drawn once from a fixed
seed: part of the format's version). Two descriptors of the same point in two versions of a
picture differ in a few tens of bits, so they share a key in at least one table with a good
probability, unrelated descriptors rarely. A table is kept as compressed-sparse-row arrays
(``offsets`` of every key's postings, ``postings`` = the photos' positions, uint16 while there
are fewer than 65,535 positions): about 2 bytes per descriptor per table plus 4 bytes per key.

A query votes: every query descriptor gives at most one vote to each photo sharing a key with
it in any table; keys shared by very many photos (flat or repeated patches) are skipped; the
frame and its mirror vote separately and a photo keeps the larger count. The best ``limit``
photos go to geometric verification (``verify.py``): the index only has to put the right photo
among them, the verification decides.

Photos added after the last build go to a small *delta* (sorted keys, searched the same way);
removed ones are masked. Both are folded into the main arrays when they grow, and before
``to_bytes``. docs/matching.md ("Photos") has the measured memory, build and query times for
1k, 10k and 50k photos.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING, Any

import numpy as np

from app.matching.features import DESCRIPTOR_BYTES, Features

if TYPE_CHECKING:
    from numpy.typing import NDArray

TABLES = 6
BITS = 18  # bits per key: 262,144 keys per table
_SEED = 15  # the bit positions' seed (issue 15); a change is a new FORMAT version
FORMAT = 1
COMMON = 0.02  # a key shared by more than this fraction of the photos (and > 64) is skipped
_MIN_COMMON = 64
_MAGIC = b"LVFI"
_HEADER = struct.Struct("<4sIIII")  # magic, format, tables, bits, number of positions
_MAX_IDS = 10_000_000


def _bit_positions() -> NDArray[np.intp]:
    rng = np.random.default_rng(_SEED)
    return np.stack([rng.choice(8 * DESCRIPTOR_BYTES, BITS, replace=False) for _ in range(TABLES)])


_POSITIONS = _bit_positions()
_WEIGHTS = (1 << np.arange(BITS, dtype=np.int64))[::-1]


def keys_of(descriptors: NDArray[np.uint8]) -> NDArray[np.int64]:
    """(TABLES, n) keys of ``descriptors`` (n, 32)."""
    if len(descriptors) == 0:
        return np.zeros((TABLES, 0), np.int64)
    bits = np.unpackbits(np.asarray(descriptors, np.uint8), axis=1)  # (n, 256)
    out = np.empty((TABLES, len(descriptors)), np.int64)
    for t in range(TABLES):
        out[t] = bits[:, _POSITIONS[t]].astype(np.int64) @ _WEIGHTS
    return out


def _ranges(starts: NDArray[Any], ends: NDArray[Any]) -> NDArray[np.intp]:
    """The positions of every range [starts[i], ends[i]), concatenated."""
    lengths = (ends - starts).astype(np.intp)
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, np.intp)
    owner = np.repeat(np.arange(len(lengths), dtype=np.intp), lengths)
    before = np.cumsum(lengths) - lengths
    positions: NDArray[np.intp] = (
        np.arange(total, dtype=np.intp) - before[owner] + starts[owner].astype(np.intp)
    )
    return positions


class FeatureIndex:
    """The LSH index of the vault photos' descriptors (see the module's docstring)."""

    def __init__(self) -> None:
        self._ids: list[str] = []  # position -> item id ("" = removed)
        self._pos: dict[str, int] = {}
        # main arrays: per table offsets (2**BITS + 1) and postings (positions)
        self._offsets = np.zeros((TABLES, (1 << BITS) + 1), np.uint32)
        self._postings: list[NDArray[Any]] = [np.zeros(0, np.uint16) for _ in range(TABLES)]
        self._main_size = 0  # the number of positions the main arrays cover
        # the delta: per added item its keys (TABLES, n)
        self._delta: dict[int, NDArray[np.int64]] = {}
        self._delta_sorted: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None
        self._dead: set[int] = set()  # removed positions still in the main arrays

    # -- the set of photos ---------------------------------------------------------------
    def __contains__(self, item_id: object) -> bool:
        return item_id in self._pos

    def __len__(self) -> int:
        return len(self._pos)

    def item_ids(self) -> set[str]:
        return set(self._pos)

    def add(self, item_id: str, features: Features) -> None:
        """Index ``features`` as ``item_id`` (replacing what it had)."""
        if not item_id or "\n" in item_id:
            raise ValueError("index: an empty item id, or one with a line break")
        if item_id in self._pos:
            self.remove(item_id)
        position = len(self._ids)
        self._ids.append(item_id)
        self._pos[item_id] = position
        keys = keys_of(features.descriptors)
        for t in range(TABLES):  # a photo is posted once per key: repeated patches vote once
            repeated = np.ones(keys.shape[1], bool)
            repeated[np.unique(keys[t], return_index=True)[1]] = False
            keys[t, repeated] = -1
        self._delta[position] = keys
        self._delta_sorted = None

    def remove(self, item_id: str) -> None:
        position = self._pos.pop(item_id, None)
        if position is None:
            return
        self._ids[position] = ""
        if self._delta.pop(position, None) is not None:
            self._delta_sorted = None
        else:
            self._dead.add(position)

    # -- queries -------------------------------------------------------------------------
    def candidates(self, query: Features, limit: int = 20) -> list[tuple[str, float]]:
        """The photos with the most votes from ``query`` (and its mirror), best first."""
        if not self._pos or limit <= 0:
            return []
        self._tidy()
        size = len(self._ids)
        votes = self._votes(query.descriptors, size)
        if query.mirror is not None:
            votes = np.maximum(votes, self._votes(query.mirror.descriptors, size))
        for position in self._dead:
            votes[position] = 0
        count = min(limit, int(np.count_nonzero(votes)))
        if count == 0:
            return []
        best = np.argpartition(-votes, count - 1)[:count]
        best = best[np.lexsort((best, -votes[best]))]
        return [(self._ids[int(p)], float(votes[p])) for p in best if self._ids[int(p)]]

    def _votes(self, descriptors: NDArray[np.uint8], size: int) -> NDArray[np.int64]:
        n = len(descriptors)
        if n == 0:
            return np.zeros(size, np.int64)
        keys = keys_of(descriptors)
        common = max(_MIN_COMMON, int(COMMON * len(self._pos)))
        photos: list[NDArray[Any]] = []
        for t in range(TABLES):
            if self._main_size:
                offsets = self._offsets[t]
                starts = offsets[keys[t]].astype(np.int64)
                ends = offsets[keys[t] + 1].astype(np.int64)
                ends = np.where(ends - starts > common, starts, ends)
                photos.append(self._postings[t][_ranges(starts, ends)].astype(np.int64))
        if self._delta:
            delta_keys, delta_photos = self._sorted_delta()
            for t in range(TABLES):
                starts = np.searchsorted(delta_keys[t], keys[t], "left")
                ends = np.searchsorted(delta_keys[t], keys[t], "right")
                photos.append(delta_photos[t][_ranges(starts, ends)])
        if not photos:
            return np.zeros(size, np.int64)
        return np.bincount(np.concatenate(photos), minlength=size).astype(np.int64)

    def _sorted_delta(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        if self._delta_sorted is None:
            positions = list(self._delta)
            keys = np.concatenate([self._delta[p] for p in positions], axis=1)
            owners = np.concatenate(
                [np.full(self._delta[p].shape[1], p, np.int64) for p in positions]
            )
            order = np.argsort(keys, axis=1, kind="stable")  # the -1s (repeats) first
            self._delta_sorted = (
                np.take_along_axis(keys, order, axis=1),
                owners[order],
            )
        return self._delta_sorted

    # -- building ------------------------------------------------------------------------
    def _tidy(self) -> None:
        """Fold the delta and the removals into the main arrays once they are a sizeable part
        of them (a query searches the delta more slowly, and skips removed photos' votes)."""
        main = self._main_entries()
        if self._delta_entries() > max(200_000, main // 4) or len(self._dead) > max(
            100, len(self._pos) // 4
        ):
            self._fold()

    def _main_entries(self) -> int:
        return int(self._postings[0].shape[0])

    def _delta_entries(self) -> int:
        return sum(int(k.shape[1]) for k in self._delta.values())

    def _fold(self) -> None:
        """Rebuild the main arrays from the live photos (main + delta), compacting positions."""
        live = [p for p, item in enumerate(self._ids) if item]
        renumber = np.full(len(self._ids) + 1, -1, np.int64)
        renumber[live] = np.arange(len(live))
        dtype = np.uint16 if len(live) < 0xFFFF else np.uint32
        offsets = np.zeros((TABLES, (1 << BITS) + 1), np.uint32)
        postings: list[NDArray[Any]] = []
        for t in range(TABLES):
            keys_parts: list[NDArray[np.int64]] = []
            owner_parts: list[NDArray[np.int64]] = []
            if self._main_size:
                counts = np.diff(self._offsets[t].astype(np.int64))
                keys_parts.append(np.repeat(np.arange(1 << BITS, dtype=np.int64), counts))
                owner_parts.append(self._postings[t].astype(np.int64))
            for position, keys in self._delta.items():
                keys_parts.append(keys[t])
                owner_parts.append(np.full(keys.shape[1], position, np.int64))
            keys_all = np.concatenate(keys_parts) if keys_parts else np.zeros(0, np.int64)
            owners = renumber[np.concatenate(owner_parts)] if owner_parts else np.zeros(0, np.int64)
            keep = (owners >= 0) & (keys_all >= 0)  # live photos, no repeated key
            keys_all, owners = keys_all[keep], owners[keep]
            order = np.argsort(keys_all, kind="stable")
            offsets[t, 1:] = np.cumsum(np.bincount(keys_all, minlength=1 << BITS))
            postings.append(owners[order].astype(dtype))
        self._offsets = offsets
        self._postings = postings
        self._ids = [self._ids[p] for p in live]
        self._pos = {item: i for i, item in enumerate(self._ids)}
        self._main_size = len(self._ids)
        self._delta = {}
        self._delta_sorted = None
        self._dead = set()

    # -- the cache object ----------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """Versioned binary of the whole index (the delta folded in first)."""
        if self._delta or self._dead:
            self._fold()
        ids = "\n".join(self._ids).encode("utf-8")
        dtype = "<u2" if self._postings[0].dtype == np.uint16 else "<u4"
        parts = [
            _HEADER.pack(_MAGIC, FORMAT, TABLES, BITS, len(self._ids)),
            struct.pack("<Q", len(ids)),
            ids,
            struct.pack("<B", 2 if dtype == "<u2" else 4),
        ]
        for t in range(TABLES):
            total = int(self._postings[t].shape[0])
            parts.append(struct.pack("<Q", total))
            if total < (1 << BITS):  # sparse: each posting's key
                counts = np.diff(self._offsets[t].astype(np.int64))
                keys = np.repeat(np.arange(1 << BITS, dtype=np.int64), counts)
                parts += [b"\x01", keys.astype("<u4").tobytes()]
            else:  # dense: every key's offset
                parts += [b"\x00", self._offsets[t].astype("<u4").tobytes()]
            parts.append(self._postings[t].astype(dtype).tobytes())
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, data: bytes) -> FeatureIndex:
        """The index ``to_bytes`` wrote; ValueError when malformed or of another version."""
        view = memoryview(data)
        if len(data) < _HEADER.size + 9:
            raise ValueError("index: too short")
        magic, fmt, tables, bits, count = _HEADER.unpack_from(view)
        if magic != _MAGIC:
            raise ValueError("index: not a feature index")
        if (fmt, tables, bits) != (FORMAT, TABLES, BITS):
            raise ValueError(f"index: format {fmt}/{tables}/{bits} is not this version's")
        if count > _MAX_IDS:
            raise ValueError("index: implausible size")
        at = _HEADER.size
        (length,) = struct.unpack_from("<Q", view, at)
        at += 8
        if length > len(data) - at - 1:
            raise ValueError("index: truncated")
        try:
            text = bytes(view[at : at + length]).decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("index: malformed item ids") from None
        at += length
        ids = text.split("\n") if count else []
        if len(ids) != count or (count and not all(ids)) or len(set(ids)) != count:
            raise ValueError("index: malformed item ids")
        width = data[at]
        at += 1
        if width not in (2, 4) or (width == 2 and count >= 0xFFFF):
            raise ValueError("index: malformed postings")
        dtype = np.dtype("<u2" if width == 2 else "<u4")
        index = cls()
        keys = (1 << BITS) + 1
        offsets = np.zeros((TABLES, keys), np.uint32)
        postings: list[NDArray[Any]] = []
        for t in range(TABLES):
            if len(data) < at + 9:
                raise ValueError("index: truncated")
            (total,) = struct.unpack_from("<Q", view, at)
            mode = data[at + 8]
            at += 9
            if mode == 1:  # sparse: sorted keys, one per posting
                if len(data) < at + 4 * total:
                    raise ValueError("index: truncated")
                sparse = np.frombuffer(data, "<u4", total, at).astype(np.int64)
                at += 4 * total
                if total and (int(sparse.max()) >= (1 << BITS) or np.any(np.diff(sparse) < 0)):
                    raise ValueError("index: malformed keys")
                table = np.zeros(keys, np.uint32)
                table[1:] = np.cumsum(np.bincount(sparse, minlength=1 << BITS))
            elif mode == 0:
                if len(data) < at + 4 * keys:
                    raise ValueError("index: truncated")
                table = np.frombuffer(data, "<u4", keys, at).astype(np.uint32)
                at += 4 * keys
                if table[0] != 0 or int(table[-1]) != total or np.any(table[1:] < table[:-1]):
                    raise ValueError("index: malformed offsets")
            else:
                raise ValueError("index: malformed table")
            if len(data) < at + width * total:
                raise ValueError("index: truncated")
            entries = np.frombuffer(data, dtype, total, at)
            at += width * total
            if total and int(entries.max()) >= count:
                raise ValueError("index: a posting names no photo")
            offsets[t] = table
            postings.append(entries.astype(np.uint16 if width == 2 else np.uint32))
        if at != len(data):
            raise ValueError("index: trailing bytes")
        index._ids = ids
        index._pos = {item: i for i, item in enumerate(ids)}
        index._offsets = offsets
        index._postings = postings
        index._main_size = count
        return index

    def memory_bytes(self) -> int:
        """The arrays' size in memory (for the benchmark)."""
        delta = sum(k.nbytes for k in self._delta.values())
        return int(self._offsets.nbytes + sum(p.nbytes for p in self._postings) + delta)
