"""What the performer drops to find a photo (a screenshot, several frames, a short screen
recording), turned into frames in memory for the matcher (``app/matching``).

A still image (JPEG, PNG, WebP, HEIC, GIF, BMP, TIFF) is decoded once within the import's bomb
limits (``images.opened``), EXIF-oriented, RGB, at most ``FRAME_SIZE`` on its longer side.
A video (MP4/MOV, WebM/MKV, AVI) is decoded with PyAV from the file the user gave (never
copied): about ``SAMPLES_PER_SECOND`` frames a second, spread over the whole clip when that
would be more than ``max_frames``; a frame whose dHash is within ``DUPLICATE_DISTANCE`` of the
last frame kept is skipped (a still scene gives one frame, not twenty). Frames are taken by
decoding forward, and by seeking to the keyframe before a sample when the next sample lies
beyond the next keyframe (a long clip sampled sparsely: that keyframe then stands for the
sample when it is at most half a step early); the decoder skips the frames nothing refers to
(B-frames). Each frame keeps its time in seconds. docs/matching.md has the measured costs
(bench/bench_query.py).

What a file is comes from its first bytes, never from its name; ffmpeg is given the one
demuxer that kind needs and reads through a Python file object (no protocols, no playlists
that could point elsewhere). Too big, too long, too many pixels a frame, empty, truncated,
damaged or another kind of file: ``BadMedia`` with a sentence naming the file. Nothing here
writes anything anywhere; the pixels stay in memory.

``cancel``: set, decoding stops between frames and the frames taken so far are returned (the
caller, who set it, knows it asked to stop).
"""

from __future__ import annotations

import bisect
import io
import math
import struct
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from PIL import Image, ImageOps

from app.errors import QT_TRANSLATE_NOOP, BadMedia
from app.matching import phash
from app.matching.results import Frame
from app.media import images
from app.media import source as opener
from app.media.sniff import sniff

if TYPE_CHECKING:  # PyAV costs ~100 ms to import: only when a video is given
    import av
    from av.container import InputContainer

Kind = Literal["image", "video"]

MAX_QUERY_BYTES = 2 * 1024**3  # a 30-minute 1080p screen recording is about 1-2 GB
MAX_IMAGE_BYTES = images.MAX_IMAGE_BYTES  # a still image is read into memory: the import's cap
MAX_FRAMES = 48  # video frames examined at most, by default
MAX_DURATION = 30 * 60.0  # seconds; a longer video is refused (cut the part that matters)
MAX_FRAME_PIXELS = 40_000_000  # per video frame (8K is 33 Mpx); more: a possible bomb
FRAME_SIZE = 2048  # the longer side of a frame at most (downscaled in memory)
DRAFT_SIZE = 1536  # a big JPEG is decoded reduced, never below this on its longer side
SAMPLES_PER_SECOND = 2.0  # a short clip: two frames a second
DUPLICATE_DISTANCE = 4  # dHash bits: at most this far from the last frame kept = the same frame
DECODE_THREADS = 2
SPARSE_STEP = 2.0  # seconds between samples from which a seek's keyframe may stand for one
SEEK_GAP = 5.0  # seconds: without a keyframe index, seek when the next sample is this far ahead
HEAD_BYTES = 64

# the demuxer each kind of video is given (never a probe over every format ffmpeg knows)
ISO_FORMAT = "mov"  # MP4, MOV, M4V, 3GP: ffmpeg's one ISO-BMFF demuxer
MATROSKA_FORMAT = "matroska"  # MKV and WebM
AVI_FORMAT = "avi"


def frames(
    path: Path, *, max_frames: int = MAX_FRAMES, cancel: threading.Event | None = None
) -> tuple[Kind, list[Frame]]:
    """The frames of the still image or the video at ``path``: ("image", [one frame]) or
    ("video", sampled frames with their times). ``BadMedia`` naming the file when it cannot be
    read, is empty, too big, damaged or not a picture or video."""
    path = Path(path)
    name = path.name
    with _open_source(path, name) as handle:
        size = _size(handle, name)
        head = handle.read(HEAD_BYTES)
        kind, demuxer = _kind(head, name, size)
        if kind == "image":
            if size > MAX_IMAGE_BYTES:
                raise _too_big(name, size, MAX_IMAGE_BYTES)
            handle.seek(0)
            try:
                data = handle.read()
            except OSError as error:
                raise opener.unreadable(name, error) from None
            return "image", [Frame(still_image(data, name), 0, None)]
        handle.seek(0)
        return "video", video_frames(handle, name, demuxer, size, max_frames, cancel)


def frames_from_bytes(
    name: str,
    data: bytes,
    *,
    max_frames: int = MAX_FRAMES,
    cancel: threading.Event | None = None,
) -> tuple[Kind, list[Frame]]:
    """Like ``frames`` for a picture or clip held in memory (pasted, dropped from a browser);
    ``name`` is what the sentences call it."""
    size = len(data)
    kind, demuxer = _kind(data[:HEAD_BYTES], name, size)
    if kind == "image":
        if size > MAX_IMAGE_BYTES:
            raise _too_big(name, size, MAX_IMAGE_BYTES)
        return "image", [Frame(still_image(data, name), 0, None)]
    return "video", video_frames(io.BytesIO(data), name, demuxer, size, max_frames, cancel)


# --- still images ------------------------------------------------------------------------------


def still_image(data: bytes, name: str) -> Image.Image:
    """One still image: EXIF-oriented, RGB (transparent parts white), longer side at most
    ``FRAME_SIZE``. The first frame of an animated or multi-image file."""
    with images.opened(data, name) as image:
        width, height = image.size
        if max(width, height) > FRAME_SIZE:
            # JPEG: decode at 1/2..1/8 while the longer side stays >= DRAFT_SIZE (a 12 Mpx
            # photo at 1/2, 2000x1500: a third of the full decode and resample)
            scale = DRAFT_SIZE / max(width, height)
            image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        image.load()
        oriented = ImageOps.exif_transpose(image)
        rgb = _rgb(oriented)
        if max(rgb.size) > FRAME_SIZE:
            rgb.thumbnail((FRAME_SIZE, FRAME_SIZE), Image.Resampling.LANCZOS, reducing_gap=3.0)
        return rgb


def _rgb(image: Image.Image) -> Image.Image:
    """RGB; transparent parts become white, as a viewer shows them."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


# --- video -------------------------------------------------------------------------------------


def video_frames(
    handle: BinaryIO,
    name: str,
    demuxer: str,
    size: int,
    max_frames: int = MAX_FRAMES,
    cancel: threading.Event | None = None,
) -> list[Frame]:
    """Sampled frames of the video read from ``handle`` with ``demuxer`` (see the module's
    docstring); ``BadMedia`` naming ``name`` when there is nothing to take."""
    if size > MAX_QUERY_BYTES:
        raise _too_big(name, size, MAX_QUERY_BYTES)
    if demuxer == ISO_FORMAT and _iso_truncated(handle, size):
        raise _video_truncated(name)
    max_frames = max(1, max_frames)
    kept = _sample(handle, name, demuxer, max_frames, cancel, skip_nonref=True)
    if not kept and not (cancel is not None and cancel.is_set()):
        # a decoder that shows only frames nothing refers to (rare): every frame, once more
        handle.seek(0)
        kept = _sample(handle, name, demuxer, max_frames, cancel, skip_nonref=False)
    if not kept:
        if cancel is not None and cancel.is_set():
            return []
        raise BadMedia(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name}: not one picture could be decoded from the video (it is empty or damaged).",
            ),
            name=name,
        )
    return [Frame(image, index, time) for index, (time, image, _) in enumerate(kept)]


def _sample(
    handle: BinaryIO,
    name: str,
    demuxer: str,
    max_frames: int,
    cancel: threading.Event | None,
    *,
    skip_nonref: bool,
) -> list[tuple[float, Image.Image, str]]:
    """One pass over the video: the frames the sampler kept. ``skip_nonref``: the decoder
    skips the frames no other frame refers to (B-frames: about half of an H.264 clip's
    decoding work; a sample then lands on a neighbouring frame, a few ms away)."""
    import av

    try:
        container = av.open(handle, mode="r", format=demuxer, metadata_errors="replace")
    except av.FFmpegError:
        raise _video_undecodable(name) from None
    with container:
        if not container.streams.video:
            raise BadMedia(
                QT_TRANSLATE_NOOP(
                    "errors", "{name}: there is no video in the file (it holds no pictures)."
                ),
                name=name,
            )
        stream = container.streams.video[0]
        context = stream.codec_context
        if context is None:  # a codec ffmpeg does not know (or a damaged codec id)
            raise _video_undecodable(name)
        width, height = context.width, context.height
        if width * height > MAX_FRAME_PIXELS:
            raise _frame_bomb(name, width, height)
        duration = _duration(container, stream)
        if duration is not None and duration > MAX_DURATION:
            raise _too_long(name, duration)
        stream.thread_type = "AUTO"
        context.thread_count = DECODE_THREADS
        # the decoder's own cap too: a stream that names no size up front, or changes it
        context.options = {"max_pixels": str(MAX_FRAME_PIXELS)}
        if skip_nonref:
            context.skip_frame = "NONREF"
        sampler = _Sampler(name, max_frames, duration)
        sampler.aspect = _aspect(stream)
        if stream.average_rate:
            sampler.rate = float(stream.average_rate)
        try:
            for frame in _decoded(container, stream, sampler, cancel):
                sampler.offer(frame)
        except av.FFmpegError:
            if not sampler.kept:
                raise _video_undecodable(name) from None
            # damaged further on: the frames before the damage are still worth matching
        except MemoryError:
            raise _video_undecodable(name) from None
    return sampler.kept


class _Sampler:
    """Which decoded frames to keep: one on each sampling step, the near-duplicates of the
    last one kept left out; when the clip's length is unknown (a WebM straight from a screen
    recorder) and the frames kept pass ``max_frames``, every other one is dropped and the step
    doubles, so that the frames still span the whole clip."""

    def __init__(self, name: str, max_frames: int, duration: float | None) -> None:
        self.name = name
        self.max_frames = max_frames
        self.known = duration is not None
        self.duration = duration
        self.step = 1.0 / SAMPLES_PER_SECOND
        if duration is not None:
            self.step = max(self.step, duration / max_frames)
        self.next = 0.0  # the time of the next sample
        self.kept: list[tuple[float, Image.Image, str]] = []  # (time, image, dhash)
        self.origin: float | None = None  # the time of the first frame (not always 0)
        self.count = 0  # frames seen (the time of a frame without one)
        self.rate = 25.0  # frames a second (the time of a frame without one)
        self.aspect = 1.0  # the width of a pixel over its height (anamorphic video: not 1)
        self.landed = False  # the next frame is the first after a seek

    def time_of(self, frame: av.VideoFrame) -> float:
        self.count += 1
        stamp = frame.time
        if stamp is None:
            return (self.count - 1) / self.rate
        if self.origin is None:
            self.origin = stamp
        return max(0.0, stamp - self.origin)

    @property
    def done(self) -> bool:
        """Every sample of a clip of known length is taken (the next one would be past its
        end): the rest is not decoded."""
        return self.duration is not None and self.next >= self.duration - 1e-3

    def wanted(self, time: float) -> bool:
        if not self.known and time > MAX_DURATION:
            raise _too_long(self.name, time)
        early = 1e-3
        if self.landed and self.step >= SPARSE_STEP:
            # the keyframe a seek landed on, up to half a step before the sample: as good a
            # sample of a long clip, and the frames up to the sample are not decoded at all
            early = self.step / 2
        self.landed = False
        return time + early >= self.next

    def offer(self, frame: av.VideoFrame) -> None:
        """Take ``frame`` if it is due (and not a near-duplicate)."""
        time = self.time_of(frame)
        due = self.next
        if not self.wanted(time):
            return
        self.next = (math.floor(max(time, due) / self.step + 1e-6) + 1) * self.step
        if frame.width * frame.height > MAX_FRAME_PIXELS:
            raise _frame_bomb(self.name, frame.width, frame.height)
        image = _frame_image(frame, self.aspect)
        digest = phash.dhash(image)
        if self.kept and phash.distance(digest, self.kept[-1][2]) <= DUPLICATE_DISTANCE:
            return
        self.kept.append((time, image, digest))
        if len(self.kept) > self.max_frames:
            self.kept = self.kept[::2]
            self.step *= 2
            self.next = (math.floor(time / self.step + 1e-6) + 1) * self.step


def _decoded(
    container: InputContainer,
    stream: av.VideoStream,
    sampler: _Sampler,
    cancel: threading.Event | None,
) -> Iterator[av.VideoFrame]:
    """The decoded frames the sampler may want: forward from the start, seeking to the
    keyframe before the next sample when that keyframe lies ahead of where decoding is."""
    import av

    keyframes = _keyframe_times(stream)
    seekable = sampler.known
    position = -1.0  # the time of the last frame decoded
    sought = -1.0  # the sample last sought: at most one seek each, never a loop
    frames = container.decode(stream)
    while True:
        if (cancel is not None and cancel.is_set()) or sampler.done:
            return
        target = sampler.next
        before = position
        if (
            seekable
            and sampler.origin is not None
            and target != sought
            and _should_seek(keyframes, position, target)
        ):
            sought = target
            offset = target + sampler.origin
            timestamp = int(offset / float(stream.time_base)) if stream.time_base else 0
            try:
                container.seek(timestamp, stream=stream, backward=True, any_frame=False)
            except av.FFmpegError:
                seekable = False  # decode forward
            else:
                frames = container.decode(stream)
                sampler.landed = True
        frame = next(frames, None)
        if frame is None:
            return
        position = _relative(frame, sampler)
        if position < before - 1e-3:
            # the seek went back (an index that does not match the frames' times): forward
            # from here on, skipping what was decoded already
            seekable = False
            continue
        yield frame


def _relative(frame: av.VideoFrame, sampler: _Sampler) -> float:
    if frame.time is None or sampler.origin is None:
        return -1.0
    return frame.time - sampler.origin


def _should_seek(keyframes: list[float], position: float, target: float) -> bool:
    """Seek when the keyframe before ``target`` comes after the frame decoded last (decoding
    forward would decode every frame in between for nothing)."""
    if position < 0 or target <= position:
        return False
    if keyframes:
        at = bisect.bisect_right(keyframes, target + 1e-3)
        return at > 0 and keyframes[at - 1] > position + 1e-3
    return target - position > SEEK_GAP


def _keyframe_times(stream: av.VideoStream) -> list[float]:
    """The times of the stream's keyframes relative to its start, from the container's index
    (MP4 and MOV have one; a WebM without cues does not: [])."""
    import av

    base = stream.time_base
    if base is None:
        return []
    try:
        entries = stream.index_entries
        stamps = [e.timestamp for e in entries if e.is_keyframe]
    except (AttributeError, av.FFmpegError):
        return []
    if not stamps:
        return []
    first = min(e.timestamp for e in entries)
    return sorted(float((s - first) * base) for s in stamps)


def _aspect(stream: av.VideoStream) -> float:
    ratio = stream.sample_aspect_ratio
    if ratio is None or ratio.numerator <= 0 or ratio.denominator <= 0:
        return 1.0
    value = float(ratio)
    return value if 0.25 <= value <= 4.0 else 1.0


def _frame_image(frame: av.VideoFrame, aspect: float = 1.0) -> Image.Image:
    """The frame as an RGB picture at most ``FRAME_SIZE`` on its longer side, at its display
    shape (sample aspect ratio) and turned upright (a phone's rotation flag)."""
    width, height = frame.width, frame.height
    if abs(aspect - 1.0) > 1e-3:
        width = max(1, round(width * aspect))
    scale = min(1.0, FRAME_SIZE / max(width, height))
    out_w, out_h = max(1, round(width * scale)), max(1, round(height * scale))
    interpolation = None if (out_w, out_h) == (frame.width, frame.height) else "AREA"
    pixels = frame.to_ndarray(
        format="rgb24", width=out_w, height=out_h, interpolation=interpolation
    )
    image = Image.fromarray(pixels)  # (height, width, 3) uint8: RGB
    rotation = round(frame.rotation or 0) % 360
    if rotation:
        image = image.rotate(rotation, expand=True)
    return image


def _duration(container: InputContainer, stream: av.VideoStream) -> float | None:
    """The clip's length in seconds, from the stream or the container; None when unknown."""
    import av

    if stream.duration is not None and stream.time_base is not None and stream.duration > 0:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / av.time_base
    return None


def _iso_truncated(handle: BinaryIO, size: int) -> bool:
    """An MP4/MOV whose top-level boxes run past the end of the file (a copy or download that
    stopped early). Walks the box headers only."""
    offset = 0
    try:
        while offset + 8 <= size:
            handle.seek(offset)
            header = handle.read(16)
            if len(header) < 8:
                return True
            length = struct.unpack(">I", header[:4])[0]
            if length == 1:
                if len(header) < 16:
                    return True
                length = struct.unpack(">Q", header[8:16])[0]
            elif length == 0:  # the last box runs to the end of the file
                return False
            if length < 8:
                return False  # not a box structure ffmpeg would read either: it says so
            offset += length
        return offset > size
    finally:
        handle.seek(0)


# --- what a file is ----------------------------------------------------------------------------


def _kind(head: bytes, name: str, size: int) -> tuple[Kind, str]:
    """("image", "") or ("video", the demuxer), from the first bytes; BadMedia otherwise."""
    if size == 0:
        raise BadMedia(
            QT_TRANSLATE_NOOP("errors", "{name}: the file is empty (0 bytes)."), name=name
        )
    if size > MAX_QUERY_BYTES:
        raise _too_big(name, size, MAX_QUERY_BYTES)
    sniffed = sniff(head)
    if sniffed is not None and sniffed.kind == "photo":
        return "image", ""
    if sniffed is not None and sniffed.kind == "clip":
        return "video", ISO_FORMAT
    if head[:6] in (b"GIF87a", b"GIF89a") or head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image", ""  # GIF, TIFF
    if head[:2] == b"BM" and len(head) >= 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "image", ""  # BMP (its reserved bytes are zero)
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "video", MATROSKA_FORMAT  # EBML: WebM, MKV
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video", AVI_FORMAT
    if sniffed is not None and sniffed.kind == "voice":
        raise BadMedia(
            QT_TRANSLATE_NOOP(
                "errors", "{name}: a sound recording has no pictures to look for photos in."
            ),
            name=name,
        )
    raise BadMedia(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: not a picture or video this app can look for photos in (JPEG, PNG, WebP, "
            "HEIC, MP4, MOV).",
        ),
        name=name,
    )


def _open_source(path: Path, name: str) -> BinaryIO:
    """The one opener of user-named files (app/media/source.py): a folder, a pipe or a device
    is refused at once, never read (a FIFO would block for good)."""
    return opener.open_source(path, name)


def _size(handle: BinaryIO, name: str) -> int:
    try:
        handle.seek(0, io.SEEK_END)
        size = handle.tell()
        handle.seek(0)
    except OSError as error:
        raise opener.unreadable(name, error) from None
    return size


# --- sentences ---------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:,.0f}"


def _too_big(name: str, size: int, limit: int) -> BadMedia:
    return BadMedia(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is {size} MiB, more than the {limit} MiB a file to look for photos in may "
            "be; cut out the part that matters (a screenshot or a shorter clip).",
        ),
        name=name,
        size=_megabytes(size),
        limit=_megabytes(limit),
    )


def _too_long(name: str, seconds: float) -> BadMedia:
    return BadMedia(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} lasts {minutes} minutes, longer than the {limit} minutes a video to look "
            "for photos in may last; cut out the part that matters.",
        ),
        name=name,
        minutes=f"{seconds / 60:.0f}",
        limit=f"{MAX_DURATION / 60:.0f}",
    )


def _frame_bomb(name: str, width: int, height: int) -> BadMedia:
    return BadMedia(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: the video claims frames of {width}x{height} pixels, more than any screen; "
            "it was refused as a possible decompression bomb.",
        ),
        name=name,
        width=width,
        height=height,
    )


def _video_truncated(name: str) -> BadMedia:
    return BadMedia(
        QT_TRANSLATE_NOOP("errors", "{name}: the video is truncated (the file ends too early)."),
        name=name,
    )


def _video_undecodable(name: str) -> BadMedia:
    return BadMedia(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: the video cannot be decoded (it is damaged, or a kind of video this app "
            "does not read).",
        ),
        name=name,
    )
