"""What matching answers: the shapes shared by the engine (``app/matching``), the service
(``app/services/matching.py``), the CLI (``match``) and the GUI (the match dialog).

Pure data, no Qt, no vault. Every coordinate is in pixels of the query frame as it was
decoded (``app/media/query.py``: the still image or the sampled video frame).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from PIL import Image

from app.errors import Message

Band = Literal["strong", "possible"]  # "no match" is never reported: the list is empty
Method = Literal["pdq", "features", "face"]
Point = tuple[float, float]

BANDS: tuple[Band, ...] = ("strong", "possible")
METHODS: tuple[Method, ...] = ("pdq", "features", "face")


@dataclass(frozen=True)
class Candidate:
    """One vault photo the engine found in one frame."""

    item_id: str
    score: float  # 0..1, higher = more certain; the ranking key across methods
    band: Band
    method: Method  # what found it: the global hash, local features, or a face
    # where the photo (or the face) is in the frame: the photo's corners mapped into the frame
    # (4 points, clockwise from top-left) or a face box (4 points); None when not located
    region: tuple[Point, ...] | None = None
    # measured numbers behind the score, for the JSON output and docs/matching.md:
    # "inliers", "pdq_distance", "face_distance", "mirrored" (0/1), "coverage", ...
    details: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Frame:
    """One picture taken from a query input: the still image itself, or a sampled video frame."""

    image: Image.Image  # RGB, in memory only (never written to disk)
    index: int  # 0 for a still image; the sample's number in a video
    time: float | None = None  # seconds from the start of a video; None for a still image


@dataclass(frozen=True)
class BuyerRef:
    id: str
    name: str


@dataclass(frozen=True)
class DeliveredCopy:
    """Whose delivery copy a found image is: the geometric code read from it
    (app/media/delivery.py) and the deal that delivered that code (app/services/delivery.py)."""

    buyer: BuyerRef
    deal_id: str
    code: str
    confidence: float  # 0..1
    # "strong": documents may say it is that buyer's copy; "possible": shown to the performer
    # with the reason (app/media/delivery.py REASON_*), never asserted in a document
    band: str = "strong"
    reason: str = ""  # why only possible ("small", "few-points", "neighbour", "off-code")
    width: float = 0.0  # the photo's width in the found image (px)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "buyer": {"id": self.buyer.id, "name": self.buyer.name},
            "deal": self.deal_id,
            "code": self.code,
            "confidence": round(self.confidence, 4),
            "band": self.band,
            "width": round(self.width),
        }
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass
class ItemMatch:
    """One vault photo found in one input (best frame over all frames of a video), with the
    buyers and deals it traces back to."""

    item_id: str
    item_name: str
    score: float
    band: Band
    method: Method
    buyers: list[BuyerRef]  # earliest deal first (app/matching/trace.py)
    deal_ids: list[str]
    frame: Frame  # the frame it was found in (for the side-by-side view)
    region: tuple[Point, ...] | None
    details: dict[str, float] = field(default_factory=dict)
    delivered_copy: DeliveredCopy | None = None  # a delivery copy's code was read from it

    def to_json(self) -> dict[str, object]:
        """The CLI's contract: docs/matching.md and ``likeness-vault-cli match --json``
        ("delivered_copy" only when one was recognised)."""
        out: dict[str, object] = {
            "item_id": self.item_id,
            "name": self.item_name,
            "score": round(self.score, 4),
            "band": self.band,
            "method": self.method,
            "buyers": [{"id": b.id, "name": b.name} for b in self.buyers],
            "deals": list(self.deal_ids),
            "frame_time": None if self.frame.time is None else round(self.frame.time, 3),
            "region": None
            if self.region is None
            else [[round(x, 1), round(y, 1)] for x, y in self.region],
            "details": {k: round(v, 4) for k, v in sorted(self.details.items())},
        }
        if self.delivered_copy is not None:
            out["delivered_copy"] = self.delivered_copy.to_json()
        return out


@dataclass
class InputResult:
    """The answer for one query input (a file the user gave)."""

    input: str  # the path as given
    kind: Literal["image", "video", "unknown"]
    matches: list[ItemMatch] = field(default_factory=list)  # ranked, best first; [] = none
    error: Message | None = None  # set when the input could not be read; the others go on
    frames_examined: int = 0
    # photos not searched because indexing them failed in this run (a full disk), and why
    not_indexed: int = 0
    not_indexed_reason: Message | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "input": self.input,
            "kind": self.kind,
            "frames_examined": self.frames_examined,
            "matches": [m.to_json() for m in self.matches],
        }
        if self.error is not None:
            out["error"] = str(self.error)
        if self.not_indexed:
            out["not_indexed"] = self.not_indexed
            if self.not_indexed_reason is not None:
                out["not_indexed_reason"] = str(self.not_indexed_reason)
        return out
