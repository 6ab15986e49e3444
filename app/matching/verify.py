"""Geometric verification: is a vault photo really in a query frame, and where?

The photo's descriptors are matched against the frame's (nearest neighbour with Lowe's ratio
test), a homography from the photo to the frame is fitted with RANSAC, and the match is
accepted only when

- enough *distinct* inliers support it: inliers are counted once per cell of a grid over the
  photo and once per cell over the frame, the smaller count is the one that counts (photos full
  of small repeated structure, brick, grass, gravel, give many near-identical descriptors that
  collapse onto a few points and make fake inliers: ../shared/guides/facts.md);
- they cover enough of the photo (the area of their convex hull);
- the transform is plausible: the photo's corners map to a convex quadrilateral, not flipped
  (or flipped when matched through the query's mirror), with sane angles and side ratios and a
  size that is neither a speck nor many times the frame.

The thresholds are module constants; docs/matching.md ("Photos") gives the measurements
behind them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from app.matching.features import Features

if TYPE_CHECKING:
    from numpy.typing import NDArray

RATIO = 0.85  # Lowe's ratio test: best / second-best descriptor distance
MAX_DISTANCE = 80  # of 256 bits: a descriptor pair further apart is no correspondence
REPROJECTION = 6.0  # RANSAC threshold, pixels of the frame scaled to a 1024 px longer side
MIN_MATCHES = 8  # tentative correspondences needed before RANSAC is tried
GRID = 32  # cells per side for counting distinct inlier positions
MIN_INLIERS = 12  # distinct inliers of an accepted match ("possible"); docs/matching.md
STRONG_INLIERS = 30  # distinct inliers of a "strong" match
MIN_COVERAGE = 0.03  # inliers' convex hull / photo area
# a "strong" match also spreads its inliers over at least this share of the photo: every true
# match of the test table covered 0.25 or more; the demo vault's generated portraits (one
# pair of eyes drawn into every face) matched each other with 31-46 inliers on 0.07-0.12
STRONG_COVERAGE = 0.2
MIN_ANGLE = 35.0  # degrees: the mapped photo's corner angles stay within [MIN, 180 - MIN]
MAX_SIDE_RATIO = 3.0  # opposite sides of the mapped photo
MIN_AREA = 0.003  # the mapped photo / the frame area: smaller is a speck
MAX_AREA = 12.0  # larger: the frame would be a tiny detail of the photo
SCORE_SCALE = 12.0  # score = inliers / (inliers + SCORE_SCALE): 0.5 at MIN_INLIERS


@dataclass(frozen=True)
class Verification:
    inliers: int  # distinct inliers (see above)
    corners: tuple[tuple[float, float], ...]  # the photo's 4 corners in the frame, clockwise
    score: float  # 0..1
    mirrored: bool
    coverage: float = 0.0  # the inliers' hull / photo area

    @property
    def strong(self) -> bool:
        return self.inliers >= STRONG_INLIERS and self.coverage >= STRONG_COVERAGE


def score_of(inliers: int) -> float:
    return inliers / (inliers + SCORE_SCALE)


def verify(
    query: Features, photo: Features, *, mirrored: bool | None = None
) -> Verification | None:
    """The photo found in the query frame (through the frame itself or its mirror), or None.
    Corners are in the frame's pixels either way. ``mirrored`` True or False tries only that
    orientation (the index says which one voted), None both."""
    best: Verification | None = None
    for features, flipped in ((query, False), (query.mirror, True)):
        if features is None or (mirrored is not None and mirrored != flipped):
            continue
        found = _verify_one(features, photo, flipped)
        if found is not None and flipped:  # corners from the mirror image into the frame's
            width = float(query.width)
            corners = tuple((width - x, y) for x, y in found.corners)
            found = Verification(found.inliers, corners, found.score, True, found.coverage)
        if found is not None and (best is None or found.inliers > best.inliers):
            best = found
    return best


def _matches(query: Features, photo: Features) -> tuple[NDArray[Any], NDArray[Any]]:
    """Tentative correspondences (photo point, query point)."""
    import cv2

    empty = np.zeros((0, 2), np.float32)
    if len(query) < 2 or len(photo) < 2:
        return empty, empty
    matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
    pairs = matcher.knnMatch(photo.descriptors, query.descriptors, k=2)
    src: list[int] = []
    dst: list[int] = []
    taken: set[int] = set()
    for pair in pairs:
        if len(pair) < 2:
            continue
        first, second = pair
        if first.distance > MAX_DISTANCE or first.distance > RATIO * second.distance:
            continue
        if first.trainIdx in taken:  # one query point answers one photo point
            continue
        taken.add(first.trainIdx)
        src.append(first.queryIdx)
        dst.append(first.trainIdx)
    return photo.points[src], query.points[dst]


def _distinct(points: NDArray[Any], width: float, height: float) -> int:
    """In how many cells of a GRID x GRID grid of ``width`` x ``height`` the points lie."""
    cells = np.floor(points * np.array([GRID / width, GRID / height])).astype(np.int64)
    return len(np.unique(cells[:, 0] * (1 << 20) + cells[:, 1]))


def _hull_fraction(points: NDArray[Any], width: int, height: int) -> float:
    import cv2

    if len(points) < 3:
        return 0.0
    hull = cv2.convexHull(points.astype(np.float32))
    return float(cv2.contourArea(hull)) / float(width * height)


def _plausible(corners: NDArray[Any], frame_area: float, photo: Features) -> bool:
    if not np.all(np.isfinite(corners)):
        return False
    # signed cross products at each corner: all positive = convex and not flipped (the
    # corners go clockwise in image coordinates); a flip is found through the query's mirror
    edges = np.roll(corners, -1, axis=0) - corners
    following = np.roll(edges, -1, axis=0)
    cross = edges[:, 0] * following[:, 1] - edges[:, 1] * following[:, 0]
    if not np.all(cross > 0):
        return False
    lengths = np.hypot(edges[:, 0], edges[:, 1])
    if np.any(lengths <= 1e-6):
        return False
    for a, b in ((0, 2), (1, 3)):
        ratio = lengths[a] / lengths[b]
        if not (1 / MAX_SIDE_RATIO <= ratio <= MAX_SIDE_RATIO):
            return False
    previous = np.roll(edges, 1, axis=0)
    cosines = -(previous * edges).sum(axis=1) / (np.roll(lengths, 1) * lengths)
    angles = np.degrees(np.arccos(np.clip(cosines, -1.0, 1.0)))
    if np.any(angles < MIN_ANGLE) or np.any(angles > 180.0 - MIN_ANGLE):
        return False
    # the photo's aspect ratio survives (within the perspective a slight angle gives)
    aspect = photo.width / photo.height
    mapped = (lengths[0] + lengths[2]) / (lengths[1] + lengths[3])
    if not (aspect / 2.0 <= mapped <= aspect * 2.0):
        return False
    return MIN_AREA <= _area(corners) / frame_area <= MAX_AREA


def _area(corners: NDArray[Any]) -> float:
    x, y = corners[:, 0], corners[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def _verify_one(query: Features, photo: Features, mirrored: bool) -> Verification | None:
    import cv2

    src, dst = _matches(query, photo)
    if len(src) < MIN_MATCHES:
        return None
    threshold = REPROJECTION * max(query.width, query.height) / 1024.0
    homography, mask = cv2.findHomography(
        src, dst, cv2.USAC_ACCURATE, threshold, maxIters=2000, confidence=0.995
    )
    if homography is None or mask is None:
        return None
    inlier = mask.ravel().astype(bool)
    if int(inlier.sum()) < MIN_INLIERS:
        return None
    coverage = _hull_fraction(src[inlier], photo.width, photo.height)
    if coverage < MIN_COVERAGE:
        return None
    w, h = float(photo.width), float(photo.height)
    box = np.array([[[0.0, 0.0]], [[w, 0.0]], [[w, h]], [[0.0, h]]], dtype=np.float64)
    corners = cv2.perspectiveTransform(box, homography).reshape(4, 2)
    if not _plausible(corners, float(query.width * query.height), photo):
        return None
    # distinct positions on both sides: cells of a grid over the photo, and cells of the same
    # grid over the photo as mapped into the frame (its size there, not the frame's)
    mapped_side = math.sqrt(_area(corners))
    count = min(
        _distinct(src[inlier], photo.width, photo.height),
        _distinct(dst[inlier], mapped_side, mapped_side),
    )
    if count < MIN_INLIERS:
        return None
    return Verification(
        inliers=count,
        corners=tuple((float(x), float(y)) for x, y in corners),
        score=score_of(count),
        mirrored=mirrored,
        coverage=coverage,
    )
