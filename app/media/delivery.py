"""Delivery copies: the copy of a photo a buyer receives, and the code that says whose it is.

A copy is **rebuilt from pixels**: the original is decoded, its EXIF orientation baked in, and a
new RGB image is made from the pixel values alone, so nothing of the original file travels with
it (EXIF, GPS, maker notes, the JPEG COM comment, XMP/IPTC, ICC profiles: a plain re-save keeps
the comment, ../shared/guides/facts.md "Provenance and rights metadata"). No ICC profile is
written: the pixels are taken as sRGB (what a phone's JPEG is); a wide-gamut original would
look slightly less saturated, which a delivery copy can afford.

The copy then carries the rights as XMP (Pillow's ``xmp=``): ``dc:creator`` (the name the
performer chose), ``dc:rights``, ``xmpRights:UsageTerms`` (the deal's terms as text),
``xmpRights:Marked``, ``plus:LicenseEndDate`` and IPTC PLUS ``plus:DataMining`` (prohibited
unless the deal allows AI training).

**The geometric fingerprint.** Metadata is stripped by any re-upload and invisible watermarks do
not survive "downscale 50% + JPEG 70" (facts.md). The geometry of the picture does: each buyer's
copy of a photo is stretched horizontally by ``1 + a`` and sheared by ``k`` (x' = (1+a) x + k y),
``a`` and ``k`` taken from a small codebook (:data:`CODEBOOK`), then zoomed in just enough that
the canvas stays filled. A crop, a uniform downscale, a letterbox, JPEG and brightness edits all
keep ``a`` and ``k``: fitting an affine transform from the original to a found image (SIFT +
RANSAC, :func:`recover`) and reading ``M[0,0]/M[1,1] - 1`` and ``M[0,1]/M[1,1]`` gives them back.
The identity (a = k = 0) is never a code: the performer's own published copy has it.
docs/matching.md "Delivery copies" gives the measured identification rates and what breaks it;
:func:`attribute` says how sure a reading is (strong, possible, none: "Naming a buyer").
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageOps

from app.media import images

if TYPE_CHECKING:
    from numpy.typing import NDArray

QUALITY = 92  # JPEG quality of a delivery copy

# --- the codebook -------------------------------------------------------------------------

CODEBOOK_VERSION = "g1"
STRETCH_STEP = 0.004  # horizontal stretch a: -0.020 .. +0.020 (11 values)
STRETCH_STEPS = 5
SHEAR_STEP = 0.004  # shear k: -0.012 .. +0.012 (7 values; 0.7 degrees at most)
SHEAR_STEPS = 3
# a found image whose fit rotates or squeezes vertically more than this (in steps) was edited
# geometrically after delivery (or is not a delivery copy): no code is read from it
MAX_FOREIGN = 0.5


@dataclass(frozen=True)
class Code:
    name: str  # "g1-37": the codebook's version and the index
    stretch: float  # a
    shear: float  # k


def _codebook() -> tuple[Code, ...]:
    codes: list[Code] = []
    index = 0
    for i in range(-STRETCH_STEPS, STRETCH_STEPS + 1):
        for j in range(-SHEAR_STEPS, SHEAR_STEPS + 1):
            if i == 0 and j == 0:
                continue  # the identity: the original's own geometry
            codes.append(
                Code(
                    f"{CODEBOOK_VERSION}-{index}",
                    round(i * STRETCH_STEP, 6),
                    round(j * SHEAR_STEP, 6),
                )
            )
            index += 1
    return tuple(codes)


CODEBOOK: tuple[Code, ...] = _codebook()  # 76 codes
IDENTITY = Code("original", 0.0, 0.0)
_BY_NAME = {c.name: c for c in CODEBOOK}


def code_named(name: str) -> Code | None:
    return _BY_NAME.get(name)


def _steps(a: Code | tuple[float, float], b: Code | tuple[float, float]) -> float:
    """Distance in codebook steps (Euclidean over the two dimensions)."""
    sa, ka = (a.stretch, a.shear) if isinstance(a, Code) else a
    sb, kb = (b.stretch, b.shear) if isinstance(b, Code) else b
    return math.hypot((sa - sb) / STRETCH_STEP, (ka - kb) / SHEAR_STEP)


def choose_code(used: Iterable[str]) -> Code:
    """A code no other copy of the photo has: the one farthest from those used (and from the
    identity), so that a few buyers get codes far apart. ValueError when all are taken."""
    taken = {n for n in used}
    placed = [IDENTITY] + [c for c in CODEBOOK if c.name in taken]
    free = [c for c in CODEBOOK if c.name not in taken]
    if not free:
        raise ValueError("every code of the codebook is used for this photo")
    return max(free, key=lambda c: (min(_steps(c, p) for p in placed), -CODEBOOK.index(c)))


# --- making a copy ------------------------------------------------------------------------


def decode_pixels(data: bytes, name: str) -> Image.Image:
    """The full picture, EXIF orientation baked in, RGB, as a new image made from its pixels
    (nothing of the original file's metadata is attached to it)."""
    with images.opened(data, name) as image:
        image.load()
        oriented = ImageOps.exif_transpose(image)
        if oriented.mode in ("RGBA", "LA", "PA") or "transparency" in oriented.info:
            rgba = oriented.convert("RGBA")  # transparent parts white, as a viewer shows them
            rgb = Image.new("RGB", rgba.size, (255, 255, 255))
            rgb.paste(rgba, mask=rgba.getchannel("A"))
        else:
            rgb = oriented.convert("RGB")
        return Image.frombytes("RGB", rgb.size, rgb.tobytes())


def _matrix(code: Code, width: int, height: int) -> tuple[NDArray[Any], tuple[int, int]]:
    """The 2x3 affine map from the original's pixels to the copy's, and the copy's size."""
    linear = np.array([[1.0 + code.stretch, code.shear], [0.0, 1.0]])
    out_w, out_h = max(1, round(width * (1.0 + code.stretch))), height
    inverse = np.linalg.inv(linear)
    # zoom in just enough that every canvas corner maps inside the original
    zoom = 1.0
    for cx in (-out_w / 2, out_w / 2):
        for cy in (-out_h / 2, out_h / 2):
            px, py = inverse @ np.array([cx, cy])
            zoom = max(zoom, abs(px) / (width / 2), abs(py) / (height / 2))
    full = zoom * linear
    offset = np.array([out_w / 2, out_h / 2]) - full @ np.array([width / 2, height / 2])
    return np.hstack([full, offset.reshape(2, 1)]), (out_w, out_h)


def apply_code(picture: Image.Image, code: Code) -> Image.Image:
    """The picture with the code's geometry (same height, width stretched by 1 + a)."""
    import cv2

    matrix, size = _matrix(code, picture.width, picture.height)
    pixels = np.asarray(picture.convert("RGB"))
    warped = cv2.warpAffine(
        pixels, matrix, size, flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    return Image.fromarray(warped, "RGB")


@dataclass(frozen=True)
class Rights:
    """What a copy's XMP says."""

    creator: str  # the name the performer chose
    rights: str  # the copyright / rights notice
    usage_terms: str  # the deal's terms as text
    licence_end: str = ""  # YYYY-MM-DD, "" when the deal has no end date
    ai_training_allowed: bool = False
    data_mining: str = "DMI-PROHIBITED-AIMLTRAINING"  # or "DMI-PROHIBITED" (no mining at all)
    identifier: str = ""  # the copy's id (deal and code), xmp:Identifier-like, for the record


PLUS_VOCAB = "http://ns.useplus.org/ldf/vocab/"


def _text(value: str) -> str:
    """XML element text: escaped, and characters XML 1.0 forbids dropped."""
    clean = "".join(
        ch
        for ch in value
        if ch in "\t\n\r"
        or (0x20 <= ord(ch) <= 0xD7FF)
        or (0xE000 <= ord(ch) <= 0xFFFD)
        or ord(ch) >= 0x10000
    )
    return escape(clean)


def xmp_packet(rights: Rights) -> bytes:
    """The XMP packet (UTF-8) of a delivery copy."""
    mining = (
        ""
        if rights.ai_training_allowed
        else (f"   <plus:DataMining>{_text(PLUS_VOCAB + rights.data_mining)}</plus:DataMining>\n")
    )
    end = (
        f"   <plus:LicenseEndDate>{_text(rights.licence_end)}</plus:LicenseEndDate>\n"
        if rights.licence_end
        else ""
    )
    ident = (
        f"   <dc:identifier>{_text(rights.identifier)}</dc:identifier>\n"
        if rights.identifier
        else ""
    )
    body = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"\n'
        '    xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">\n'
        f"   <dc:creator><rdf:Seq><rdf:li>{_text(rights.creator)}</rdf:li></rdf:Seq></dc:creator>\n"
        '   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{_text(rights.rights)}</rdf:li></rdf:Alt></dc:rights>\n"
        f"{ident}"
        "   <xmpRights:Marked>True</xmpRights:Marked>\n"
        '   <xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{_text(rights.usage_terms)}</rdf:li></rdf:Alt></xmpRights:UsageTerms>\n"
        f"{end}{mining}"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return body.encode("utf-8")


def make_copy(data: bytes, name: str, code: Code, rights: Rights) -> bytes:
    """The delivery copy of one photo as JPEG bytes (in memory)."""
    picture = apply_code(decode_pixels(data, name), code)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=QUALITY, xmp=xmp_packet(rights), optimize=True)
    return out.getvalue()


# --- recovering the code from a found image -----------------------------------------------

FIT_SIZE = 1600  # both pictures are seen at most this large on their longer side ...
SMALL_FIT_SIZE = 1024  # ... and at least this large (small leaks upscaled: more keypoints)
MIN_FIT_INLIERS = 25  # fewer RANSAC inliers: the fit is not trusted


@dataclass(frozen=True)
class Recovery:
    stretch: float  # measured a
    shear: float  # measured k
    foreign: float  # measured rotation / vertical shear (M[1,0]/M[1,1]); ~0 for a copy
    inliers: int
    code: Code | None  # the nearest code (IDENTITY: the original's geometry); None: no fit
    confidence: float  # 0..1: 1 = exactly on the code, 0 = halfway to the next or worse


def _sift(picture: Image.Image) -> tuple[NDArray[Any], NDArray[Any] | None, tuple[float, float]]:
    import cv2

    gray = picture.convert("L")
    longer = max(gray.size)
    scale = FIT_SIZE / longer if longer > FIT_SIZE else max(1.0, SMALL_FIT_SIZE / longer)
    if scale != 1.0:
        size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
        factors = (gray.width / size[0], gray.height / size[1])  # exact, per axis
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    else:
        factors = (1.0, 1.0)
    sift = cv2.SIFT_create(nfeatures=4000)  # type: ignore[attr-defined]
    keypoints, descriptors = sift.detectAndCompute(np.asarray(gray), None)
    points = np.array([k.pt for k in keypoints], dtype=np.float64).reshape(-1, 2)
    return points * np.array(factors), descriptors, factors


@dataclass(frozen=True, eq=False)
class Reference:
    """The original's keypoints (computed once for many found images)."""

    points: NDArray[Any]
    descriptors: NDArray[Any] | None


def reference(original: Image.Image) -> Reference:
    points, descriptors, _ = _sift(original)
    return Reference(points, descriptors)


def fit(original: Image.Image | Reference, found: Image.Image) -> tuple[NDArray[Any], int] | None:
    """The affine map (2x3) from the original's pixels to the found image's, and its inliers."""
    import cv2

    ref = original if isinstance(original, Reference) else reference(original)
    p_orig, d_orig = ref.points, ref.descriptors
    p_found, d_found, _ = _sift(found)
    if d_orig is None or d_found is None or len(p_orig) < 3 or len(p_found) < 3:
        return None
    matcher = cv2.BFMatcher(cv2.NORM_L2)
    src: list[int] = []
    dst: list[int] = []
    for pair in matcher.knnMatch(d_orig, d_found, k=2):
        if len(pair) == 2 and pair[0].distance < 0.75 * pair[1].distance:
            src.append(pair[0].queryIdx)
            dst.append(pair[0].trainIdx)
    if len(src) < MIN_FIT_INLIERS:
        return None
    threshold = 2.0 * max(found.size) / FIT_SIZE if max(found.size) > FIT_SIZE else 2.0
    matrix, mask = cv2.estimateAffine2D(
        p_orig[src],
        p_found[dst],
        method=cv2.RANSAC,
        ransacReprojThreshold=threshold,
        maxIters=5000,
        confidence=0.999,
        refineIters=20,
    )
    if matrix is None or mask is None:
        return None
    inliers = int(mask.sum())
    if inliers < MIN_FIT_INLIERS:
        return None
    return matrix, inliers


def decode(matrix: NDArray[Any], inliers: int, candidates: Iterable[Code] = CODEBOOK) -> Recovery:
    """The code nearest to a fitted affine map, among ``candidates`` and the identity."""
    m11 = float(matrix[1, 1])
    if abs(m11) < 1e-9:
        return Recovery(0.0, 0.0, 1.0, inliers, None, 0.0)
    stretch = float(matrix[0, 0]) / m11 - 1.0
    shear = float(matrix[0, 1]) / m11
    foreign = float(matrix[1, 0]) / m11
    measured = (stretch, shear)
    options = [IDENTITY, *candidates]
    ranked = sorted(options, key=lambda c: _steps(c, measured))
    best = ranked[0]
    distance = _steps(best, measured)
    # confidence: 1 on the code, 0 halfway to the next code of the grid (or to the next
    # candidate when candidates are far apart: never beyond the grid's half step)
    confidence = max(0.0, 1.0 - 2.0 * distance)
    if abs(foreign) / SHEAR_STEP > MAX_FOREIGN or distance > 0.5:
        return Recovery(stretch, shear, foreign, inliers, None, 0.0)
    # few inliers: a less certain fit
    confidence *= min(1.0, inliers / (4 * MIN_FIT_INLIERS))
    return Recovery(stretch, shear, foreign, inliers, best, round(confidence, 4))


def recover(
    original: Image.Image | Reference, found: Image.Image, candidates: Iterable[Code] = CODEBOOK
) -> Recovery | None:
    """Which code a found image carries, by fitting it against the original (EXIF-oriented
    full picture). None when the two cannot be fitted (not the same picture, or too little of
    it)."""
    ref = original if isinstance(original, Reference) else reference(original)
    candidates = tuple(candidates)
    fitted = fit(ref, found)
    read = None if fitted is None else decode(fitted[0], fitted[1], candidates)
    if read is None or read.code is None:
        # SIFT is not mirror-invariant: a flipped re-upload is fitted flipped back
        flipped = fit(ref, ImageOps.mirror(found))
        if flipped is not None:
            again = decode(flipped[0], flipped[1], candidates)
            if again.code is not None or read is None:
                read = again
    return read


# --- naming a buyer: how sure the reading is ----------------------------------------------

# The figures below come from bench/delivery_naming.py (docs/matching.md "Delivery copies",
# "Naming a buyer"). A reading is "strong" (a notice may name the buyer) only when all hold:
STRONG_WIDTH = 450  # the photo is shown at least this wide (px) in the found image
STRONG_INLIERS = 60  # the fit has at least this many RANSAC inliers
STRONG_DISTANCE = 0.35  # the reading is within this many steps of the delivered code
STRONG_MARGIN = 1.5  # every other delivered code (and the original's geometry) is this many
# steps farther from the reading than the code named

# why a reading is only "possible" (the GUI translates these; the CLI prints them)
REASON_SMALL = "small"  # the photo is shown too small to tell buyers' copies apart
REASON_FEW_POINTS = "few-points"  # too few points of the photo were matched
REASON_OFF_CODE = "off-code"  # the geometry read is not close to the code
REASON_NEIGHBOUR = "neighbour"  # another buyer's code (or the original's) is nearly as close


@dataclass(frozen=True)
class Attribution:
    """Whose copy a fitted found image is, and how sure: ``band`` "strong" (documents may name
    the buyer), "possible" (shown to the performer with ``reason``, never asserted) or "none"
    (``code`` None)."""

    code: Code | None
    band: str  # "strong" | "possible" | "none"
    confidence: float  # as :class:`Recovery` (1 on the code, 0 halfway to the next code)
    reason: str  # "" when strong or none; else one of the REASON_* values
    width: float  # the photo's width in the found image (px)
    inliers: int
    distance: float  # steps from the reading to the code (inf: no code)
    margin: float  # steps the next delivered code (or the original) is farther than the code


def shown_width(matrix: NDArray[Any], original_width: int) -> float:
    """How wide (px) the original is shown in the found image: its width times the fit's
    vertical scale (the horizontal one carries the code's stretch)."""
    return abs(float(matrix[1, 1])) * original_width


def attribute(
    matrix: NDArray[Any], inliers: int, original_width: int, delivered: Iterable[Code]
) -> Attribution:
    """Read a fitted map (:func:`fit`) against the codes actually ``delivered`` for the photo
    (only those: a code nobody received names nobody) and the original's own geometry, and
    say how sure the reading is (the constants above)."""
    delivered = tuple(c for c in delivered if c != IDENTITY)
    width = shown_width(matrix, original_width)
    read = decode(matrix, inliers, delivered)
    if read.code is None or read.code == IDENTITY:
        return Attribution(None, "none", 0.0, "", width, inliers, math.inf, 0.0)
    measured = (read.stretch, read.shear)
    distance = _steps(read.code, measured)
    others = [_steps(c, measured) for c in (IDENTITY, *delivered) if c != read.code]
    margin = min(others) - distance
    if width < STRONG_WIDTH:
        reason = REASON_SMALL
    elif inliers < STRONG_INLIERS:
        reason = REASON_FEW_POINTS
    elif margin < STRONG_MARGIN:
        reason = REASON_NEIGHBOUR
    elif distance > STRONG_DISTANCE:
        reason = REASON_OFF_CODE
    else:
        reason = ""
    band = "possible" if reason else "strong"
    return Attribution(
        read.code, band, read.confidence, reason, width, inliers, distance, round(margin, 4)
    )


def identify(
    original: Image.Image | Reference,
    original_width: int,
    found: Image.Image,
    delivered: Iterable[Code],
) -> Attribution | None:
    """:func:`attribute` of the found image fitted against the original (mirrored when the
    direct fit reads no code, as :func:`recover`). None when the two cannot be fitted."""
    ref = original if isinstance(original, Reference) else reference(original)
    delivered = tuple(delivered)
    fitted = fit(ref, found)
    read = None if fitted is None else attribute(*fitted, original_width, delivered)
    if read is None or read.code is None:
        flipped = fit(ref, ImageOps.mirror(found))
        if flipped is not None:
            again = attribute(*flipped, original_width, delivered)
            if again.code is not None or read is None:
                read = again
    return read
