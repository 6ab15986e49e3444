"""One query frame against the vault's photos: which of them does it show, and where?

1. The global prefilter: the frame's PDQ hash (and its mirror's) against every photo's stored
   ``pdq/1`` value; a photo within ``pdq.MATCH_DISTANCE`` is a candidate (method "pdq").
2. Local features: the frame's ORB features (and its mirror's) vote in the LSH index
   (``index.py``); the ``CANDIDATES`` photos with the most votes, and every PDQ candidate, are
   verified geometrically (``verify.py``: matched descriptors, a RANSAC homography, spread
   inliers, a plausible transform). A verified photo is reported with the region it covers in
   the frame.

Scores are 0..1 and comparable across methods (faces included, ``faces.py``): 0.5 is the
weakest match reported, "strong" starts at about 0.7. Bands:

- features: ``verify.STRONG_INLIERS`` distinct inliers or more spread over at least
  ``verify.STRONG_COVERAGE`` of the photo -> "strong", at least
  ``verify.MIN_INLIERS`` -> "possible";
- PDQ: within ``PDQ_STRONG`` bits and confirmed by the features (or the photo has none to
  check) -> "strong"; otherwise "possible".

docs/matching.md ("Photos") gives the measurements behind every threshold.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from PIL import Image

from app.matching import pdq
from app.matching.features import Features, extract_query
from app.matching.index import FeatureIndex
from app.matching.results import Band, Candidate, Frame
from app.matching.verify import Verification, verify

if TYPE_CHECKING:
    from numpy.typing import NDArray

CANDIDATES = 12  # photos of the index's vote verified per frame (docs/matching.md: ranks)
MIN_SIDE = 32  # a frame smaller than this on either side is not searched (nothing to see)
PDQ_STRONG = 20  # bits: a PDQ hit this close (and not contradicted by the features) is strong
PDQ_SCORE_BEST = 0.95  # the score of a PDQ hit at distance 0 ...
PDQ_SCORE_WORST = 0.55  # ... and at pdq.MATCH_DISTANCE (linear between)
WORKERS = min(4, os.cpu_count() or 1)  # threads verifying candidates

T = TypeVar("T")
R = TypeVar("R")


_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _map(function: Callable[[T], R], items: list[T]) -> list[R]:
    """``function`` over ``items`` on a small pool of threads (OpenCV and numpy release the
    GIL while they match and fit, so the candidates of a frame are verified in parallel)."""
    global _POOL
    if len(items) < 2 or WORKERS < 2:
        return [function(item) for item in items]
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(WORKERS, thread_name_prefix="verify")
        pool = _POOL
    return list(pool.map(function, items))


def pdq_score(distance: int) -> float:
    span = max(1, pdq.MATCH_DISTANCE)
    return PDQ_SCORE_BEST - (PDQ_SCORE_BEST - PDQ_SCORE_WORST) * min(distance, span) / span


class Engine:
    """Matches frames against the vault photos described by ``pdq_values`` (item id -> its
    ``pdq/1`` value), ``index`` and ``load_features`` (item id -> its stored features, or None
    when it has none or they are damaged)."""

    def __init__(
        self,
        pdq_values: Mapping[str, str],
        index: FeatureIndex,
        load_features: Callable[[str], Features | None],
    ) -> None:
        self.index = index
        self.load_features = load_features
        ids: list[str] = []
        hashes: list[bytes] = []
        for item_id, value in pdq_values.items():
            try:
                digest, quality = pdq.parse(value)
            except ValueError:
                continue  # a damaged value: the features still search the photo
            if quality >= pdq.MIN_QUALITY:
                ids.append(item_id)
                hashes.append(digest)
        self._pdq_ids = ids
        self._pdq_bits: NDArray[np.uint8] = (
            np.unpackbits(np.frombuffer(b"".join(hashes), np.uint8).reshape(len(ids), 32), axis=1)
            if ids
            else np.zeros((0, 256), np.uint8)
        )

    def match(self, frame: Frame, limit: int = 10) -> list[Candidate]:
        """The vault photos ``frame`` shows, within the thresholds, best first."""
        image = frame.image
        if image.width < MIN_SIDE or image.height < MIN_SIDE:
            return []
        if image.mode != "RGB":
            image = image.convert("RGB")
        hits = self._pdq_hits(image)
        query = extract_query(image)
        # the index's best photos, each in the orientation that voted for it
        voted: list[tuple[float, str, bool]] = []
        for features, flipped in ((query.without_mirror(), False), (query.mirror, True)):
            if features is not None:
                voted += [(v, i, flipped) for i, v in self.index.candidates(features, CANDIDATES)]
        voted.sort(key=lambda c: (-c[0], c[1], c[2]))
        tasks: dict[str, bool | None] = {}
        for _, item_id, side in voted:
            if item_id in tasks:
                if tasks[item_id] != side:
                    tasks[item_id] = None  # both orientations voted: try both
            elif len(tasks) < CANDIDATES:
                tasks[item_id] = side
        for item_id in hits:
            tasks[item_id] = None  # a PDQ hit: verified in both orientations
        found = [
            candidate
            for candidate in _map(
                lambda task: self._check(query, task[0], task[1], hits.get(task[0])),
                list(tasks.items()),
            )
            if candidate is not None
        ]
        found.sort(key=lambda c: (-c.score, c.item_id))
        return found[: max(0, limit)]

    def _check(
        self, query: Features, item_id: str, mirrored: bool | None, pdq_distance: int | None
    ) -> Candidate | None:
        features = self.load_features(item_id)
        verified = verify(query, features, mirrored=mirrored) if features is not None else None
        return self._candidate(item_id, verified, pdq_distance, features is None)

    def _pdq_hits(self, image: Image.Image) -> dict[str, int]:
        """Photos within ``pdq.MATCH_DISTANCE`` of the frame or its mirror -> the distance."""
        if not self._pdq_ids or pdq.quality(image) < pdq.MIN_QUALITY:
            return {}
        direct, mirrored = pdq.hashes(image)
        best: NDArray[np.int64] | None = None
        for digest in (direct, mirrored):
            bits = np.unpackbits(np.frombuffer(digest, np.uint8))
            distances = np.count_nonzero(self._pdq_bits != bits, axis=1).astype(np.int64)
            best = distances if best is None else np.minimum(best, distances)
        assert best is not None
        close = np.flatnonzero(best <= pdq.MATCH_DISTANCE)
        close = close[np.argsort(best[close], kind="stable")][:CANDIDATES]  # the nearest few
        return {self._pdq_ids[int(i)]: int(best[i]) for i in close}

    @staticmethod
    def _candidate(
        item_id: str, verified: Verification | None, pdq_distance: int | None, unchecked: bool
    ) -> Candidate | None:
        details: dict[str, float] = {}
        if pdq_distance is not None:
            details["pdq_distance"] = float(pdq_distance)
        if verified is not None:
            details.update(
                inliers=float(verified.inliers),
                coverage=round(verified.coverage, 4),
                mirrored=1.0 if verified.mirrored else 0.0,
            )
            score = verified.score
            band: Band = "strong" if verified.strong else "possible"
            if pdq_distance is not None:
                score = max(score, pdq_score(pdq_distance))
                if pdq_distance <= PDQ_STRONG:
                    band = "strong"
            return Candidate(item_id, score, band, "features", verified.corners, details)
        if pdq_distance is None:
            return None
        # the global hash alone: strong only when close and nothing contradicts it
        band = "strong" if unchecked and pdq_distance <= PDQ_STRONG else "possible"
        return Candidate(item_id, pdq_score(pdq_distance), band, "pdq", None, details)
