"""Real video clips made in the test with PyAV from real photographs (scikit-image's sample
images: public domain / CC0, see skimage.data's documentation), for the query-input tests
(``app/media/query.py``) and the matching tests that drop a screen recording.

Nothing is downloaded: the photos ship inside the scikit-image wheel.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

# the photos of scikit-image's data module that ship in the wheel (no download)
PHOTOS = ("astronaut", "coffee", "chelsea", "rocket", "immunohistochemistry", "retina")


def photo(name: str) -> Image.Image:
    """One of scikit-image's bundled sample photos, as RGB."""
    import skimage.data

    array = getattr(skimage.data, name)()
    return Image.fromarray(array).convert("RGB")


@dataclass(frozen=True)
class Scene:
    """``image`` shown for ``seconds``; ``zoom`` > 0 makes every frame differ (a slow zoom in
    by that fraction over the scene, as a camera or an edit does)."""

    image: Image.Image
    seconds: float
    zoom: float = 0.0


def letterboxed(image: Image.Image, size: tuple[int, int], zoom: float = 0.0) -> Image.Image:
    """``image`` fitted inside ``size`` on black bars (as a player shows a photo), zoomed in
    by ``zoom`` (0..1) around its centre."""
    if zoom > 0:
        w, h = image.size
        dx, dy = w * zoom / 2, h * zoom / 2
        image = image.resize((w, h), Image.Resampling.BILINEAR, box=(dx, dy, w - dx, h - dy))
    scale = min(size[0] / image.width, size[1] / image.height)
    fitted = image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
        Image.Resampling.BILINEAR,
    )
    canvas = Image.new("RGB", size)
    canvas.paste(fitted, ((size[0] - fitted.width) // 2, (size[1] - fitted.height) // 2))
    return canvas


def clip_bytes(
    scenes: Sequence[Scene],
    *,
    size: tuple[int, int] = (640, 360),
    fps: int = 25,
    codec: str = "libx264",
    container: str = "mp4",
    gop: int | None = None,
    rotation: int | None = None,
    options: dict[str, str] | None = None,
) -> bytes:
    """A real encoded clip of ``scenes`` (H.264 in MP4 by default; "mpeg4", "libvpx" in
    "webm", ... work too), made in memory."""
    import av
    import numpy as np

    out = io.BytesIO()
    with av.open(out, "w", format=container) as box:
        stream = box.add_stream(codec, rate=fps)
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        if gop is not None:
            stream.codec_context.gop_size = gop
        chosen: dict[str, object] = {"preset": "ultrafast"} if codec == "libx264" else {}
        chosen.update(options or {})
        if chosen:
            stream.options = chosen
        if rotation is not None:
            stream.set_display_rotation(rotation)
        for scene in scenes:
            count = round(scene.seconds * fps)
            still = None if scene.zoom else letterboxed(scene.image, size)
            for i in range(count):
                picture = still or letterboxed(scene.image, size, scene.zoom * i / max(1, count))
                frame = av.VideoFrame.from_ndarray(np.asarray(picture), format="rgb24")
                for packet in stream.encode(frame):
                    box.mux(packet)
        for packet in stream.encode():
            box.mux(packet)
    return out.getvalue()


def write_clip(path: Path, scenes: Sequence[Scene], **kwargs: object) -> Path:
    path.write_bytes(clip_bytes(scenes, **kwargs))  # type: ignore[arg-type]
    return path
