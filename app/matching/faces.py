"""Faces: who is in a frame, for the face of a face swap (issue 15).

In a face-swapped frame only the face is the performer's: neither the hash nor the local
features of any vault photo are in it. This module finds the faces in a picture and compares
them with the faces of the vault's photos by a face *embedding*: dlib's ResNet model (128
numbers per face; two photos of the same person are usually within 0.6 of each other in
Euclidean distance, a re-encoded copy of one photo within about 0.25), which works offline.

The models: dlib's HOG frontal face detector, the 5-point shape predictor that aligns a face
and ``dlib_face_recognition_resnet_model_v1`` (both model files are public domain and come
with the ``face_recognition_models`` package; its 68-point model is never used: its training
data is non-commercial). The package is located with ``importlib.util.find_spec`` and never
imported (its ``__init__`` imports ``pkg_resources``, which current setuptools lacks).

Detection runs in ONE worker process (``multiprocessing`` "spawn" context), started at the
first call, models loaded once in it; pictures cross as numpy arrays through a pipe (never
through a file). A crash of the worker (killed, out of memory, a fault in dlib) is a
``FacesUnavailable`` sentence for that call, and the next call starts a new worker;
``shutdown()`` stops it (the service calls it when the vault is locked), and it ends by itself
when the app ends in any way (it watches the app's process).

A face embedding is biometric data: the registry computes ``face/1`` only while the
performer has turned face matching on (``requires="face_matching"``), stores it only inside
the vault (an encrypted object owned by the photo, ``MediaItem.derived``), and
``VaultService.set_face_matching(False)`` deletes every one of them.

Bands (``Calibration``): distances are judged against the performer's own photos, see
``Calibration.from_vault`` and docs/matching.md "## Faces" for the measured numbers.
"""

from __future__ import annotations

import importlib.util
import math
import os
import struct
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

from app.errors import QT_TRANSLATE_NOOP, NotPossible
from app.matching.results import Band, Candidate, Point

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

KEY = "face/1"
MODEL = "dlib_face_recognition_resnet_model_v1"
MODEL_VERSION = 1  # with the HOG detector, the 5-point alignment and no jitter: KEY's version
DETECTOR = "dlib HOG frontal_face_detector + shape_predictor_5_face_landmarks"
MODEL_FILES = ("shape_predictor_5_face_landmarks.dat", f"{MODEL}.dat")

DIMENSIONS = 128
MAX_FACES = 32  # per picture, the largest ones (a crowd is not what a face swap looks like)
# Upsampling: dlib's HOG detector finds faces from about 80 px; upsampled once, from about
# 40 px, at four times the cost (a 1024x820 photo: 0.1 s -> 0.44 s). A small picture is
# upsampled at once; a medium one (the 1024 px matching decode) only when nothing was found
# without; a large one (a 2048 px query frame) never: its faces under 60-80 px are not found.
UPSAMPLE_ALWAYS = 640  # longer side at most this: upsample once
UPSAMPLE_RETRY = 1280  # longer side at most this: upsample once when nothing was found

# The fixed bands, used with fewer than MIN_CALIBRATION_FACES faces of the performer in the
# vault. 0.6 is the usual threshold of this model (facts.md: it rejected 1 of 35 same-person
# queries and accepted 0 of 400 different-person pairs); a transformed copy of the same photo
# stays under about 0.25, other photos of the same person here measured 0.33-0.45.
DEFAULT_STRONG = 0.40
DEFAULT_POSSIBLE = 0.60
# The limits the calibration stays within (docs/matching.md "## Faces"): "strong" never above
# 0.45 (different people rarely come that close, even where the model is weaker) nor below
# 0.35 (a vault of near-duplicates would otherwise make every other photo "possible");
# "possible" between 0.50 and 0.62 (never looser than the usual threshold plus a little).
STRONG_LIMITS = (0.35, 0.45)
POSSIBLE_LIMITS = (0.50, 0.62)
# measured: simulated swaps landed 0.35-0.54 from the performer's other photos, whose own
# distances had their 95th percentile at 0.445: a swap adds up to about 0.09
SWAP_MARGIN = 0.10
MIN_CALIBRATION_FACES = 5  # faces of the performer (different photos) needed to calibrate
CALIBRATION_SAMPLE = 400  # faces compared pairwise at most (evenly taken: O(n^2))

_FORMAT = 1  # the version byte of to_bytes
_HEADER = struct.Struct("<BH")  # version, number of faces
_FACE_FLOATS = 4 + DIMENSIONS  # box + embedding, float32 each


class FacesUnavailable(NotPossible):
    """Face detection cannot run here or did not finish: a sentence for the user (the GUI's
    headline is NotPossible's: "This cannot be done now; the reason is below.")."""

    default = QT_TRANSLATE_NOOP(
        "errors",
        "Face matching is not available in this installation: dlib or its face model files "
        "are missing.",
    )
    crashed = QT_TRANSLATE_NOOP(
        "errors",
        "Face detection stopped unexpectedly: its helper process ended (perhaps out of "
        "memory). Nothing was changed; try again.",
    )
    stopped = QT_TRANSLATE_NOOP(
        "errors", "Face detection was stopped before it finished (the vault was locked)."
    )
    failed = QT_TRANSLATE_NOOP(
        "errors",
        "Face detection failed on this picture (it may be too large); nothing was changed.",
    )
    unloadable = QT_TRANSLATE_NOOP(
        "errors",
        "The face model files could not be loaded; reinstall Likeness Vault to repair them.",
    )


@dataclass(frozen=True, eq=False)
class Face:
    """One face: where it is and who it is."""

    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels of the image detected in
    embedding: np.ndarray  # (128,) float32

    def corners(self) -> tuple[Point, ...]:
        """The box as 4 points, clockwise from the top left (``Candidate.region``)."""
        x0, y0, x1, y1 = self.box
        return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


# --- the models ---------------------------------------------------------------------------


def model_folder() -> str | None:
    """The folder of face_recognition_models' model files, found without importing it."""
    try:
        spec = importlib.util.find_spec("face_recognition_models")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.join(next(iter(spec.submodule_search_locations)), "models")


def available() -> bool:
    """dlib importable and the two model files present."""
    try:
        if importlib.util.find_spec("dlib") is None:
            return False
    except (ImportError, ValueError):
        return False
    folder = model_folder()
    return folder is not None and all(
        os.path.isfile(os.path.join(folder, name)) for name in MODEL_FILES
    )


class _ModelsNotLoaded(Exception):
    """Raised in the worker when a model file cannot be loaded (pickled back to the caller)."""


class _DetectionFailed(Exception):
    """Raised in the worker when dlib fails on a picture (out of memory, an error of its own):
    pickled back to the caller, which tells it from a RuntimeError of the pool."""


_models: tuple[Any, Any, Any] | None = None  # in the worker: detector, shape predictor, ResNet


def _load_models() -> tuple[Any, Any, Any]:
    global _models
    if _models is None:
        import dlib

        folder = model_folder()
        if folder is None:
            raise _ModelsNotLoaded("face_recognition_models is not installed")
        try:
            shape = dlib.shape_predictor(os.path.join(folder, MODEL_FILES[0]))
            resnet = dlib.face_recognition_model_v1(os.path.join(folder, MODEL_FILES[1]))
        except RuntimeError as exc:
            raise _ModelsNotLoaded(str(exc)) from None
        _models = (dlib.get_frontal_face_detector(), shape, resnet)
    return _models


def _detect_array(array: np.ndarray) -> np.ndarray:
    """In the worker: the faces of an RGB uint8 array as rows of box (4) + embedding (128)."""
    models = _load_models()
    try:
        return _detect_with(models, array)
    except (RuntimeError, MemoryError, TypeError, ValueError) as exc:
        raise _DetectionFailed(f"{type(exc).__name__}: {exc}") from None


def _detect_with(models: tuple[Any, Any, Any], array: np.ndarray) -> np.ndarray:
    import dlib

    detector, shape_predictor, resnet = models
    height, width = array.shape[:2]
    longer = max(width, height)
    rects = detector(array, 1 if longer <= UPSAMPLE_ALWAYS else 0)
    if not len(rects) and UPSAMPLE_ALWAYS < longer <= UPSAMPLE_RETRY:
        rects = detector(array, 1)
    rects = sorted(rects, key=lambda r: -r.area())[:MAX_FACES]
    if not rects:
        return np.zeros((0, _FACE_FLOATS), dtype=np.float32)
    shapes = dlib.full_object_detections()
    for rect in rects:
        shapes.append(shape_predictor(array, rect))
    descriptors = resnet.compute_face_descriptor(array, shapes)
    rows = np.zeros((len(rects), _FACE_FLOATS), dtype=np.float32)
    for row, rect, descriptor in zip(rows, rects, descriptors, strict=True):
        row[:4] = (
            min(max(rect.left(), 0), width),
            min(max(rect.top(), 0), height),
            min(max(rect.right() + 1, 0), width),
            min(max(rect.bottom() + 1, 0), height),
        )
        row[4:] = np.asarray(descriptor, dtype=np.float32)
    return rows


# --- the worker process -------------------------------------------------------------------


def _watch_parent() -> None:
    """In the worker, at its start: end it as soon as the app ends, however it ends.

    A pool's worker otherwise waits on its call queue forever when the app is killed (kill -9,
    a crash, the session ending): it holds that queue's pipe open itself, so it never sees the
    end, and keeps ~100 MB of models and the pixels it was given (and multiprocessing's
    resource tracker, which it also holds open, stays too). The parent's sentinel (a pipe only
    the app holds open, or its process handle on Windows) becomes ready when the app ends."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns when the app has ended
        os._exit(0)

    threading.Thread(target=watch, name="watch-app", daemon=True).start()


_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            _pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_watch_parent,
            )
        return _pool


def _forget(pool: ProcessPoolExecutor) -> None:
    """Drop a broken worker: the next call starts a new one."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def shutdown() -> None:
    """Stop the worker process (its models are freed); the next ``detect`` starts another."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def worker_pid() -> int | None:
    """The worker process's id while one runs (for diagnostics and the crash tests)."""
    with _lock:
        pool = _pool
    processes = getattr(pool, "_processes", None) or {}
    return next(iter(processes), None)


def detect(image: Image.Image) -> list[Face]:
    """The faces in ``image`` (largest first), boxes in its pixels; runs in the worker."""
    if not available():
        raise FacesUnavailable()
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool

    array = np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))
    pool = _executor()
    try:
        future: Future[np.ndarray] = pool.submit(_detect_array, array)
        rows = future.result()
    except BrokenProcessPool:  # (a RuntimeError: first) the worker died, or had died
        _forget(pool)
        raise FacesUnavailable(FacesUnavailable.crashed) from None
    except (CancelledError, RuntimeError):  # shut down meanwhile (RuntimeError: at submit)
        raise FacesUnavailable(FacesUnavailable.stopped) from None
    except _ModelsNotLoaded:
        raise FacesUnavailable(FacesUnavailable.unloadable) from None
    except _DetectionFailed:
        raise FacesUnavailable(FacesUnavailable.failed) from None
    return _faces(rows)


def _faces(rows: np.ndarray) -> list[Face]:
    return [
        Face((float(r[0]), float(r[1]), float(r[2]), float(r[3])), r[4:].astype(np.float32))
        for r in rows
    ]


# --- storage ------------------------------------------------------------------------------


def to_bytes(faces: Sequence[Face]) -> bytes:
    """Version byte, count, then per face box + embedding as little-endian float32 (528 B)."""
    rows = np.zeros((len(faces), _FACE_FLOATS), dtype="<f4")
    for row, face in zip(rows, faces, strict=True):
        row[:4] = face.box
        row[4:] = np.asarray(face.embedding, dtype=np.float32).reshape(DIMENSIONS)
    return _HEADER.pack(_FORMAT, len(faces)) + rows.tobytes()


def from_bytes(data: bytes) -> list[Face]:
    """The faces ``to_bytes`` wrote; ValueError when malformed or of another version."""
    if len(data) < _HEADER.size:
        raise ValueError("face data is truncated")
    version, count = _HEADER.unpack_from(data)
    if version != _FORMAT:
        raise ValueError(f"face data of version {version}, this release reads {_FORMAT}")
    if len(data) != _HEADER.size + count * _FACE_FLOATS * 4:
        raise ValueError("face data has the wrong length")
    rows = np.frombuffer(data, dtype="<f4", offset=_HEADER.size).reshape(count, _FACE_FLOATS)
    if not np.all(np.isfinite(rows)):
        raise ValueError("face data holds a value that is not a number")
    return _faces(rows.astype(np.float32))


def compute_object(image: Image.Image) -> bytes | None:
    """The registry hook (``face/1``): every face of the matching decode, or None: no face."""
    faces = detect(image)
    return to_bytes(faces) if faces else None


# --- bands --------------------------------------------------------------------------------


def _distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Euclidean distances between the rows of ``a`` (n, 128) and ``b`` (m, 128): (n, m)."""
    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    squared = (a64**2).sum(1)[:, None] + (b64**2).sum(1)[None, :] - 2.0 * a64 @ b64.T
    out: np.ndarray = np.sqrt(np.maximum(squared, 0.0))
    return out


def _clamp(value: float, limits: tuple[float, float]) -> float:
    return min(max(value, limits[0]), limits[1])


@dataclass(frozen=True)
class Calibration:
    """The distance bands: at or below ``strong``: "strong"; at or below ``possible``:
    "possible: please look"; above: no match."""

    strong: float = DEFAULT_STRONG
    possible: float = DEFAULT_POSSIBLE
    photos: int = 0  # the vault photos of the performer it was calibrated on; 0: the defaults

    def band(self, distance: float) -> Band | None:
        if distance <= self.strong:
            return "strong"
        if distance <= self.possible:
            return "possible"
        return None

    @classmethod
    def from_vault(cls, faces: Mapping[str, Sequence[Face]]) -> Calibration:
        """Bands from the performer's own photos (item id -> its faces).

        The vault's faces mostly belong to the performer: the face with the most faces of
        *other* photos within the usual 0.6 is taken as the centre of the dominant identity;
        each photo contributes its face nearest that centre if within 0.6. With fewer than
        ``MIN_CALIBRATION_FACES`` such photos: the fixed defaults. Otherwise, from the
        distances between those faces (all of different photos):
        strong = the median, within ``STRONG_LIMITS``: a query at least as close to a vault
        photo as half of the performer's photos are to each other;
        possible = the 95th percentile plus ``SWAP_MARGIN``, within ``POSSIBLE_LIMITS``: a
        face in a swapped frame lands a little farther from the performer's photos than they
        are from each other; a performer whose own photos are tight (the model is weaker at
        telling such faces apart) gets a tighter "possible", one whose photos vary more a
        looser one, never past 0.62.
        """
        entries = [(item, f.embedding) for item in sorted(faces) for f in faces[item]]
        if len(entries) > CALIBRATION_SAMPLE:
            picks = np.unique(np.linspace(0, len(entries) - 1, CALIBRATION_SAMPLE).round())
            entries = [entries[int(i)] for i in picks]
        if len(entries) < MIN_CALIBRATION_FACES:
            return cls()
        numbers = {item: n for n, item in enumerate(sorted(faces))}
        owners = np.array([numbers[item] for item, _ in entries])
        matrix = np.stack([np.asarray(e, dtype=np.float32) for _, e in entries])
        distances = _distances(matrix, matrix)
        other_photo = owners[:, None] != owners[None, :]
        near = (distances <= DEFAULT_POSSIBLE) & other_photo
        centre = int(np.argmax(near.sum(1)))
        members: dict[int, int] = {}  # owner -> index of its face nearest the centre
        for index in np.argsort(distances[centre], kind="stable"):
            if distances[centre, index] > DEFAULT_POSSIBLE:
                break
            members.setdefault(int(owners[index]), int(index))
        chosen = sorted(members.values())
        if len(chosen) < MIN_CALIBRATION_FACES:
            return cls()
        own = distances[np.ix_(chosen, chosen)][np.triu_indices(len(chosen), k=1)]
        median, p95 = (float(v) for v in np.percentile(own, [50, 95]))
        return cls(
            strong=round(_clamp(median, STRONG_LIMITS), 4),
            possible=round(_clamp(p95 + SWAP_MARGIN, POSSIBLE_LIMITS), 4),
            photos=len(chosen),
        )


def score(distance: float) -> float:
    """0..1, higher = closer: 1 - distance (0.6, the usual threshold, scores 0.4)."""
    return min(max(1.0 - distance, 0.0), 1.0)


def match(
    query: Sequence[Face], vault: Mapping[str, Sequence[Face]], calibration: Calibration
) -> list[Candidate]:
    """The vault photos with a face within ``calibration.possible`` of a face of ``query``,
    best first: one Candidate per photo (its nearest pair of faces), method "face", region
    the query face's box, details {"face_distance": d}."""
    items = [(item, f) for item in sorted(vault) for f in vault[item]]
    if not query or not items:
        return []
    vault_matrix = np.stack([np.asarray(f.embedding, dtype=np.float32) for _, f in items])
    query_matrix = np.stack([np.asarray(f.embedding, dtype=np.float32) for f in query])
    distances = _distances(query_matrix, vault_matrix)  # (queries, vault faces)
    best: dict[str, tuple[float, int]] = {}
    for column, (item, _) in enumerate(items):
        row = int(np.argmin(distances[:, column]))
        d = float(distances[row, column])
        if item not in best or d < best[item][0]:
            best[item] = (d, row)
    out: list[Candidate] = []
    for item, (d, row) in best.items():
        band = calibration.band(d)
        if band is None or math.isnan(d):
            continue
        out.append(
            Candidate(
                item_id=item,
                score=score(d),
                band=band,
                method="face",
                region=query[row].corners(),
                details={"face_distance": d},
            )
        )
    out.sort(key=lambda c: (-c.score, c.item_id))
    return out
