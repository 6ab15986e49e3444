"""The registry of fingerprints: compact values computed from a photo, kept on its record.

A fingerprint has a ``name`` and a ``version``; its value is stored in
``MediaItem.fingerprints`` under the key ``"<name>/<version>"`` (``"dhash64/1"``). The version
changes whenever the same picture would get another value (a new algorithm, other
parameters, another input size), so that values of two versions are never compared: an item
whose mapping lacks the key of a registered fingerprint is *pending*, and the back-fill
(``app/services/fingerprinting.py``) computes it and drops the item's keys of the same name and
another version. Keys of names this release does not register (a newer app's) are kept.

Every fingerprint is computed from the same input: the one reduced decode of
``app/media/images.py`` (RGB, EXIF-oriented, at most 256 pixels on its longer side), the
picture the thumbnail is made from, both at import and in the back-fill, so that both give the
same value and an import decodes each photo only once.

Only compact values belong in the mapping (a hash of tens of bytes; at most
``MAX_VALUE_CHARS`` characters): the index document holding it is rewritten at every save.

Bulky derived data (local descriptors, face embeddings: kilobytes per photo) is declared with
``produces="object"``: its ``compute_object`` gets the larger *matching decode*
(``images.reduce_image(data, name, MATCH_SIZE)``: RGB, EXIF-oriented, at most ``MATCH_SIZE``
pixels on its longer side) and returns bytes, stored as a separate encrypted object owned by
the media record (``MediaItem.derived[key]`` is the object's id, so the vault keeps, checks,
rekeys and deletes it with the photo), or ``None`` when there is nothing to keep (no face):
then the key maps to ``NO_OBJECT``. ``read_object`` reads a stored object back (``check``
verifies it; a ValueError names it damaged). Object fingerprints are never computed at import (they cost
far more than the import's budget): the background queue (``app/services/fingerprinting.py``)
computes them.

A fingerprint with ``requires`` is computed only while that matching option is on
(``Records.matching``, e.g. ``"face_matching"``): biometric data exists only by the performer's
choice, and turning the option off deletes it (``VaultService.set_face_matching``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from PIL import Image

from app.matching import pdq
from app.matching.phash import dhash

MAX_VALUE_CHARS = 128  # a value longer than this belongs in an object, not in the index
MATCH_SIZE = 1024  # the longer side of the matching decode object fingerprints are computed from

Produces = Literal["value", "object"]


@dataclass(frozen=True)
class Fingerprint:
    name: str  # lower-case letters, digits and "-", no "/"
    version: int  # >= 1; a new version for every change of the values
    compute: Callable[[Image.Image], str] | None  # the reduced decode -> a compact string
    description: str
    kinds: tuple[str, ...] = ("photo",)  # the media kinds it applies to
    produces: Produces = "value"
    # produces="object": the matching decode -> bytes to store encrypted, or None (nothing)
    compute_object: Callable[[Image.Image], bytes | None] | None = None
    requires: str = ""  # a Records.matching option that must be on ("face_matching"), or ""
    # produces="object": reads a stored object back (ValueError when it is not one this release
    # reads: damaged inside its encryption, or of an older format); what ``check`` verifies
    read_object: Callable[[bytes], object] | None = None

    @property
    def key(self) -> str:
        return f"{self.name}/{self.version}"


def split_key(key: str) -> tuple[str, int | None]:
    """``"dhash64/1"`` -> ``("dhash64", 1)``; a key without a valid version -> (key, None)."""
    name, _, version = key.rpartition("/")
    if not name or not version.isdigit():
        return key, None
    return name, int(version)


DHASH64 = Fingerprint(
    "dhash64",
    1,
    dhash,
    "64-bit difference hash of a 9x8 grey grid (16 hex digits): survives resizing and "
    "re-encoding; a coarse first filter, not proof of anything on its own",
)


def validate(registry: Iterable[Fingerprint]) -> None:
    """Refuse a registry this release cannot honour (checked by a test)."""
    seen: set[str] = set()
    for fp in registry:
        name, version = split_key(fp.key)
        if version is None or name != fp.name or version < 1 or not fp.name:
            raise ValueError(f"fingerprint {fp.key!r}: name/version is malformed")
        if not all(c.islower() or c.isdigit() or c == "-" for c in fp.name):
            raise ValueError(f"fingerprint {fp.key!r}: use lower-case letters, digits and '-'")
        if fp.name in seen:
            raise ValueError(f"fingerprint {fp.name!r} is registered twice")
        if (fp.produces == "value") != (fp.compute is not None and fp.compute_object is None):
            raise ValueError(
                f"fingerprint {fp.key!r}: a value needs compute, an object compute_object"
            )
        if fp.read_object is not None and fp.produces != "object":
            raise ValueError(f"fingerprint {fp.key!r}: only an object is read back")
        if fp.requires and fp.requires not in OPTIONS:
            raise ValueError(f"fingerprint {fp.key!r}: unknown option {fp.requires!r}")
        seen.add(fp.name)


OPTIONS = ("face_matching",)  # the Records.matching switches a fingerprint may require


# The object fingerprints' modules are imported at their first use, not with the registry:
# numpy, OpenCV and dlib cost 0.3-0.5 s, and the GUI imports the registry before its first
# window (a fingerprint function is called only by the back-fill, on a worker thread).
def _faces_object(image: Image.Image) -> bytes | None:
    from app.matching import faces

    return faces.compute_object(image)


def _features_object(image: Image.Image) -> bytes | None:
    from app.matching import features

    return features.compute_object(image)


def _read_faces(data: bytes) -> object:
    from app.matching import faces

    return faces.from_bytes(data)


def _read_features(data: bytes) -> object:
    from app.matching import features

    return features.Features.from_bytes(data)


PDQ = Fingerprint(
    "pdq",
    1,
    pdq.compute,
    "PDQ (ThreatExchange, StopNCII): 256-bit DCT hash and its quality of the 256 px decode "
    "(64 hex digits:quality); the global prefilter of matching (app/matching/pdq.py)",
)

FACE = Fingerprint(
    "face",
    1,
    None,
    "every face of the 1024 px matching decode: its box and dlib's 128-number ResNet embedding "
    "(biometric: only while face matching is on; app/matching/faces.py)",
    produces="object",
    compute_object=_faces_object,
    requires="face_matching",
    read_object=_read_faces,
)

ORB = Fingerprint(
    "orb",
    1,
    None,
    "400 ORB keypoints spread over the matching decode, with their 256-bit descriptors (about "
    "14 KB): the local features that find a cropped, captioned, mirrored or filmed photo "
    "(app/matching/features.py)",
    produces="object",
    compute_object=_features_object,
    read_object=_read_features,
)

REGISTRY: tuple[Fingerprint, ...] = (DHASH64, PDQ, ORB, FACE)
validate(REGISTRY)  # a malformed entry fails at import, not in a user's vault


def registered() -> tuple[Fingerprint, ...]:
    """The fingerprints this release computes."""
    return REGISTRY


def applicable(kind: str, enabled: Collection[str] = ()) -> list[Fingerprint]:
    """The fingerprints an item of ``kind`` gets while the options ``enabled`` are on."""
    return [
        fp
        for fp in registered()
        if kind in fp.kinds and (not fp.requires or fp.requires in enabled)
    ]


def missing(
    kind: str,
    values: Mapping[str, str],
    derived: Mapping[str, str] | None = None,
    enabled: Collection[str] = (),
) -> list[Fingerprint]:
    """The registered fingerprints an item of ``kind`` with ``values`` (compact) and
    ``derived`` (object ids) still lacks, with the options ``enabled``."""
    derived = derived or {}
    return [
        fp
        for fp in applicable(kind, enabled)
        if not (values if fp.produces == "value" else derived).get(fp.key)
    ]


def compute(image: Image.Image, wanted: Iterable[Fingerprint] | None = None) -> dict[str, str]:
    """The values of ``wanted`` (default: every registered photo fingerprint that produces a
    value) for a reduced decode, by key. Object fingerprints in ``wanted`` are skipped."""
    out: dict[str, str] = {}
    for fp in applicable("photo") if wanted is None else wanted:
        if fp.compute is None:
            continue
        value = fp.compute(image)
        if not value or len(value) > MAX_VALUE_CHARS:
            raise ValueError(f"fingerprint {fp.key!r} gave a value of {len(value)} characters")
        out[fp.key] = value
    return out


def compute_objects(image: Image.Image, wanted: Iterable[Fingerprint]) -> dict[str, bytes | None]:
    """The objects of the object fingerprints in ``wanted`` for a matching decode, by key
    (``None``: computed, nothing to keep)."""
    return {fp.key: fp.compute_object(image) for fp in wanted if fp.compute_object is not None}


def merge(old: Mapping[str, str], new: Mapping[str, str]) -> dict[str, str]:
    """``old`` with ``new`` added; a new key replaces the keys of the same name and another
    version (those values can no longer be compared with anything computed now)."""
    names = {split_key(k)[0] for k in new}
    merged = {k: v for k, v in old.items() if split_key(k)[0] not in names}
    merged.update(new)
    return dict(sorted(merged.items()))
