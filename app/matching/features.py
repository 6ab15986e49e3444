"""Local features of a picture: ORB keypoints and their 256-bit binary descriptors.

A vault photo keeps ``PHOTO_FEATURES`` of them (about 14 KB as an encrypted object owned by
the photo, ``MediaItem.derived["orb/1"]``), computed by the background queue from the
matching decode (``fingerprints.MATCH_SIZE``). A query frame gets more (``QUERY_FEATURES``)
and, because ORB descriptors are not mirror-invariant, a second set from its mirror image
(``Features.mirror``) so that a flipped re-upload is found too.

Every picture is rescaled before the detector runs: a vault photo to ``PHOTO_SIZE`` pixels on
its longer side, a query frame to ``QUERY_SIZE`` (small ones *up*: a 512 px query gives ORB too
few keypoints to verify) or its own size up to ``QUERY_MAX``. The photo is seen smaller than a
frame showing it whole, so ORB's scale pyramid (8 levels, 1.2 apart) covers both a full-frame
copy and a photo filling only a third of the frame (docs/matching.md "Photos"). Points are
returned in pixels of the image given to ``extract`` (not of the rescaled one).

The keypoints kept are spread over the picture (a grid, the strongest of every cell first):
a crop, a caption or a watermark then removes only some of them, and the verification's
"are the inliers spread" check has something to check.

cv2 is imported lazily (it costs about 100 ms): importing this module stays cheap.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

if TYPE_CHECKING:
    from numpy.typing import NDArray

KEY = "orb/1"

PHOTO_SIZE = 640  # the longer side a vault photo is seen at by the detector
QUERY_SIZE = 1024  # the longer side a query frame is seen at (small frames are upscaled) ...
QUERY_MAX = 1280  # ... or its own, up to this (a photo filling a third of a 720p frame)
PHOTO_FEATURES = 400  # kept per vault photo: 400 x 36 bytes = 14.4 KB
QUERY_FEATURES = 2000  # per query frame orientation: the photo may be a small part of it
_DETECT = 8  # detect this many times more than kept, then keep a spread subset
_GRID = 8  # cells per side of the spreading grid
DESCRIPTOR_BYTES = 32  # ORB: 256 bits

_MAGIC = b"LVOF"
_VERSION = 1
_HEADER = struct.Struct("<4sBxxxIII")  # magic, version, pad, count, width, height
_MAX_COUNT = 100_000
_MAX_SIDE = 1 << 16
_COORD = 65535.0  # points are stored as uint16 fractions of the width / height


@dataclass(frozen=True, eq=False)
class Features:
    """Keypoints of one picture. ``points`` (n, 2) float32 in pixels of the image given to
    ``extract``; ``descriptors`` (n, 32) uint8 (ORB). A query's ``mirror`` holds the features
    of its mirror image (``ImageOps.mirror``), in that image's pixels."""

    points: NDArray[np.float32]
    descriptors: NDArray[np.uint8]
    width: int
    height: int
    mirror: Features | None = None  # queries only; never stored

    def __len__(self) -> int:
        return int(self.points.shape[0])

    def without_mirror(self) -> Features:
        return Features(self.points, self.descriptors, self.width, self.height)

    def to_bytes(self) -> bytes:
        """Versioned binary: header, points as uint16 fractions of the size, descriptors.
        (The mirror of a query is not stored.)"""
        n = len(self)
        scale = np.array([_COORD / self.width, _COORD / self.height], dtype=np.float64)
        coords = np.clip(np.rint(self.points.astype(np.float64) * scale), 0, _COORD)
        return b"".join(
            (
                _HEADER.pack(_MAGIC, _VERSION, n, self.width, self.height),
                coords.astype("<u2").tobytes(),
                np.ascontiguousarray(self.descriptors, dtype=np.uint8).tobytes(),
            )
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> Features:
        """The features ``to_bytes`` wrote; ValueError when malformed or of another version."""
        if len(data) < _HEADER.size:
            raise ValueError("features: too short")
        magic, version, n, width, height = _HEADER.unpack_from(data)
        if magic != _MAGIC:
            raise ValueError("features: not a features object")
        if version != _VERSION:
            raise ValueError(f"features: version {version} is not {_VERSION}")
        if not (0 < width <= _MAX_SIDE and 0 < height <= _MAX_SIDE) or n > _MAX_COUNT:
            raise ValueError("features: implausible size or count")
        if len(data) != _HEADER.size + n * (4 + DESCRIPTOR_BYTES):
            raise ValueError("features: the length does not match the count")
        offset = _HEADER.size
        coords = np.frombuffer(data, dtype="<u2", count=2 * n, offset=offset).reshape(n, 2)
        offset += 4 * n
        descriptors = np.frombuffer(data, dtype=np.uint8, count=n * DESCRIPTOR_BYTES, offset=offset)
        points = coords.astype(np.float64) * np.array([width / _COORD, height / _COORD])
        return cls(
            points.astype(np.float32),
            descriptors.reshape(n, DESCRIPTOR_BYTES).copy(),
            int(width),
            int(height),
        )


def _grey(image: Image.Image, side: int) -> tuple[NDArray[np.uint8], float]:
    """The picture in grey at ``side`` pixels on its longer side, and the factor from its
    pixels back to the given image's."""
    width, height = image.size
    factor = side / max(width, height)
    grey = image.convert("L")
    if abs(factor - 1.0) > 1e-3:
        size = (max(1, round(width * factor)), max(1, round(height * factor)))
        resample = Image.Resampling.BICUBIC if factor > 1 else Image.Resampling.LANCZOS
        grey = grey.resize(size, resample)
    return np.asarray(grey, dtype=np.uint8), 1.0 / factor


def _spread(
    points: NDArray[Any], responses: NDArray[Any], shape: tuple[int, int], keep: int
) -> NDArray[np.intp]:
    """Indices of at most ``keep`` keypoints taken round-robin over a grid of cells, the
    strongest of each cell first."""
    if len(points) <= keep:
        return np.argsort(-responses, kind="stable")
    height, width = shape
    cx = np.minimum((points[:, 0] * _GRID / width).astype(np.intp), _GRID - 1)
    cy = np.minimum((points[:, 1] * _GRID / height).astype(np.intp), _GRID - 1)
    cell = cy * _GRID + cx
    order = np.lexsort((-responses, cell))  # by cell, strongest first inside a cell
    sorted_cells = cell[order]
    starts = np.searchsorted(sorted_cells, sorted_cells, side="left")
    rank = np.arange(len(order)) - starts  # 0 for a cell's strongest, 1 for the next...
    pick = np.lexsort((-responses[order], rank))[:keep]
    return np.asarray(order[pick], dtype=np.intp)


def _detect(grey: NDArray[np.uint8], keep: int) -> tuple[NDArray[np.float32], NDArray[np.uint8]]:
    import cv2

    orb = cv2.ORB.create(
        nfeatures=keep * _DETECT,
        scaleFactor=1.2,
        nlevels=8,
        edgeThreshold=19,
        patchSize=19,
        fastThreshold=7,
    )
    empty = np.zeros((0, 2), np.float32), np.zeros((0, DESCRIPTOR_BYTES), np.uint8)
    keypoints = orb.detect(grey, None)
    if not keypoints:
        return empty
    points = np.asarray(cv2.KeyPoint.convert(keypoints), np.float32).reshape(-1, 2)
    responses = np.fromiter((kp.response for kp in keypoints), np.float32, len(keypoints))
    chosen = _spread(points, responses, grey.shape[:2], keep)
    # descriptors only for the keypoints kept (computing them is most of ORB's cost)
    kept, descriptors = orb.compute(grey, [keypoints[int(i)] for i in chosen])
    if descriptors is None or not kept:
        return empty
    points = np.asarray(cv2.KeyPoint.convert(kept), np.float32).reshape(-1, 2)
    return points, np.ascontiguousarray(descriptors, dtype=np.uint8)


def extract(image: Image.Image, limit: int = PHOTO_FEATURES, side: int = PHOTO_SIZE) -> Features:
    """At most ``limit`` spread ORB features of ``image`` (any size, any mode), detected at
    ``side`` pixels on its longer side."""
    if image.width < 1 or image.height < 1:
        raise ValueError("features: an empty image")
    grey, back = _grey(image, side)
    points, descriptors = _detect(grey, limit)
    return Features(points * np.float32(back), descriptors, image.width, image.height)


def extract_query(
    image: Image.Image, limit: int | None = None, side: int | None = None
) -> Features:
    """The features of a query frame and, as ``mirror``, those of its mirror image (points in
    the mirror image's pixels: x there is width - x in the frame)."""
    limit = QUERY_FEATURES if limit is None else limit
    if side is None:
        side = min(max(QUERY_SIZE, image.width, image.height), QUERY_MAX)
    if image.width < 1 or image.height < 1:
        raise ValueError("features: an empty image")
    grey, back = _grey(image, side)  # rescaled once; the mirror is the same pixels flipped
    scale = np.float32(back)
    points, descriptors = _detect(grey, limit)
    mirror_points, mirror_descriptors = _detect(np.ascontiguousarray(grey[:, ::-1]), limit)
    mirror = Features(mirror_points * scale, mirror_descriptors, image.width, image.height)
    return Features(points * scale, descriptors, image.width, image.height, mirror)


def compute_object(image: Image.Image) -> bytes:
    """The registry's hook (``fingerprints.REGISTRY``): a vault photo's matching decode ->
    its features object."""
    return extract(image).to_bytes()
