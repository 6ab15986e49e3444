"""The demo vault's generated portraits share their drawing (one pair of eyes in every face):
a frame of one must not make the others "strong". They did (31-46 inliers spread over only
7-12 % of the photo), before each portrait got a backdrop of its own and a strong match needed
its inliers spread over a fifth of the photo."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from app.matching.results import Frame
from app.services.demo import build_demo_vault, portrait
from tests.data.matching import photos as P
from tests.support import FAST_KDF, PASSWORD


def test_a_demo_portrait_is_strong_only_for_itself(tmp_path: Path) -> None:
    service, _ = build_demo_vault(tmp_path / "demo", PASSWORD, FAST_KDF, photos=8)
    try:
        service.backfill()
        shown = Image.open(io.BytesIO(portrait(3))).convert("RGB")
        frame = Frame(P.letterbox(shown), 0)  # as a drama shows a portrait photo
        result = service.matching.match_frames("frame.jpg", "image", [frame])
        names = {m.item_name: m.band for m in result.matches}
        assert names.get("IMG_2403.jpg") == "strong", names
        others = {n: b for n, b in names.items() if n != "IMG_2403.jpg"}
        assert "strong" not in others.values(), others
    finally:
        service.lock()
