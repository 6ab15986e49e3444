"""Query input (app/media/query.py): a screenshot or a screen recording the performer drops,
turned into frames in memory. The clips are real H.264 / MPEG-4 / VP8 video made here with
PyAV from real photographs (scikit-image's bundled samples: tests/support/video.py)."""

from __future__ import annotations

import io
import itertools
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from app.errors import BadMedia
from app.matching import phash
from app.media import query
from tests.support import bomb_png, heic_bytes, jpeg_bytes, mp4_bytes, webp_bytes
from tests.support.video import PHOTOS, Scene, clip_bytes, letterboxed, photo

SIZE = (640, 360)


@pytest.fixture(scope="module")
def astronaut() -> Image.Image:
    return photo("astronaut")


@pytest.fixture(scope="module")
def coffee() -> Image.Image:
    return photo("coffee")


@pytest.fixture(scope="module")
def two_photos(astronaut: Image.Image, coffee: Image.Image) -> bytes:
    """4 s of H.264 at 640x360: the astronaut for 2 s, then the coffee for 2 s."""
    return clip_bytes([Scene(astronaut, 2), Scene(coffee, 2)], size=SIZE, fps=10)


def near(image: Image.Image, picture: Image.Image, within: int = 6) -> bool:
    """``image`` shows ``picture`` as the clip showed it (letterboxed): dHash close."""
    return phash.distance(phash.dhash(image), phash.dhash(letterboxed(picture, SIZE))) <= within


# --- video -------------------------------------------------------------------------------------


def test_a_clip_of_two_photos_gives_one_frame_of_each_at_its_time(
    tmp_path: Path, two_photos: bytes, astronaut: Image.Image, coffee: Image.Image
) -> None:
    path = tmp_path / "recording.mp4"
    path.write_bytes(two_photos)
    kind, frames = query.frames(path)
    assert kind == "video"
    # 8 samples (2 a second), the 3 repeats of each photo skipped as near-duplicates
    assert [f.index for f in frames] == [0, 1]
    assert frames[0].time == pytest.approx(0.0, abs=0.11)
    assert frames[1].time == pytest.approx(2.0, abs=0.11)
    for frame in frames:
        assert frame.image.mode == "RGB" and frame.image.size == SIZE
    assert near(frames[0].image, astronaut) and not near(frames[0].image, coffee)
    assert near(frames[1].image, coffee) and not near(frames[1].image, astronaut)


def test_without_the_duplicate_skip_two_frames_a_second_are_sampled(
    tmp_path: Path, two_photos: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The skip is what leaves 2 of the 8 samples: with it off, every half second is there."""
    monkeypatch.setattr(query, "DUPLICATE_DISTANCE", -1)
    kind, frames = query.frames_from_bytes("recording.mp4", two_photos)
    assert kind == "video"
    assert [round(f.time or 0, 1) for f in frames] == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]
    assert [f.index for f in frames] == list(range(8))


def test_a_moving_picture_keeps_frames_that_differ(astronaut: Image.Image) -> None:
    """A slow zoom: the frames drift apart, so more than one is kept, each differing from the
    one kept before it by more than the duplicate distance."""
    data = clip_bytes([Scene(astronaut, 4, zoom=0.6)], size=SIZE, fps=10)
    _, frames = query.frames_from_bytes("zoom.mp4", data)
    assert 2 <= len(frames) <= 8
    hashes = [phash.dhash(f.image) for f in frames]
    for before, after in itertools.pairwise(hashes):
        assert phash.distance(before, after) > query.DUPLICATE_DISTANCE


@pytest.fixture(scope="module")
def six_photos() -> bytes:
    """12 s: each of the six sample photos for 2 s (H.264, keyframe every second)."""
    return clip_bytes([Scene(photo(name), 2) for name in PHOTOS], size=SIZE, fps=10, gop=10)


def test_a_long_clip_is_sampled_over_its_whole_length_within_max_frames(
    six_photos: bytes,
) -> None:
    _, frames = query.frames_from_bytes("long.mp4", six_photos, max_frames=4)
    times = [f.time or 0 for f in frames]
    # one sample every 3 s (12 s / 4), each on another photo: nothing left out as a duplicate
    assert times == pytest.approx([0.0, 3.0, 6.0, 9.0], abs=0.11)
    shown = ["astronaut", "coffee", "rocket", "immunohistochemistry"]  # at 0, 3, 6 and 9 s
    for frame, name in zip(frames, shown, strict=True):
        assert near(frame.image, photo(name))
    # the default examines every photo of the clip, and each once
    _, every = query.frames_from_bytes("long.mp4", six_photos)
    assert [round(f.time or 0) for f in every] == [0, 2, 4, 6, 8, 10]


def test_seeking_to_far_samples_gives_the_same_frames_as_decoding_forward(
    six_photos: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Samples 3 s apart with a keyframe every second: the reader seeks; the frames it finds
    are the ones decoding every frame finds."""
    seeks: list[float] = []
    real = query._should_seek

    def counted(keyframes: list[float], position: float, target: float) -> bool:
        answer = real(keyframes, position, target)
        if answer:
            seeks.append(target)
        return answer

    monkeypatch.setattr(query, "_should_seek", counted)
    _, sought = query.frames_from_bytes("long.mp4", six_photos, max_frames=4)
    assert seeks  # it did seek
    monkeypatch.setattr(query, "_should_seek", lambda *_: False)
    _, forward = query.frames_from_bytes("long.mp4", six_photos, max_frames=4)
    assert [f.time for f in sought] == [f.time for f in forward]
    for a, b in zip(sought, forward, strict=True):
        assert phash.distance(phash.dhash(a.image), phash.dhash(b.image)) <= 2


def test_a_sparse_sample_takes_the_keyframe_a_seek_lands_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Samples 3 s apart, a keyframe every 2.5 s: each seek's keyframe (at most half a step
    early) is the sample; the frames between it and the sample are not decoded."""
    data = clip_bytes([Scene(photo(name), 2) for name in PHOTOS], size=SIZE, fps=10, gop=25)
    decoded = []
    real = query._Sampler.offer

    def offer(self: query._Sampler, frame: object) -> None:
        decoded.append(frame)
        real(self, frame)  # type: ignore[arg-type]

    monkeypatch.setattr(query._Sampler, "offer", offer)
    _, frames = query.frames_from_bytes("sparse.mp4", data, max_frames=4)
    assert [f.time for f in frames] == pytest.approx([0.0, 2.5, 5.0, 7.5], abs=0.01)
    assert len(decoded) <= 8  # the first frames and the three keyframes, of 120
    shown = ["astronaut", "coffee", "chelsea", "rocket"]  # at 0, 2.5, 5 and 7.5 s
    for frame, name in zip(frames, shown, strict=True):
        assert near(frame.image, photo(name))


def test_a_clip_of_unknown_length_is_thinned_to_max_frames_over_its_whole_length(
    six_photos: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WebM straight from a screen recorder often says no duration: samples are taken 2 a
    second and thinned (every other one, the step doubled) whenever they pass max_frames."""
    monkeypatch.setattr(query, "_duration", lambda container, stream: None)
    monkeypatch.setattr(query, "DUPLICATE_DISTANCE", -1)
    _, frames = query.frames_from_bytes("nolength.mp4", six_photos, max_frames=5)
    times = [f.time or 0 for f in frames]
    assert 3 <= len(frames) <= 5
    assert times == sorted(times) and times[0] == 0.0
    assert times[-1] >= 8.0  # the end of the clip is still represented


@pytest.mark.parametrize(
    ("codec", "container", "options"),
    [
        ("mpeg4", "matroska", None),
        ("libvpx", "webm", {"deadline": "realtime", "cpu-used": "8"}),
        ("mpeg4", "avi", None),
        ("mpeg4", "mov", None),
        # an iPhone's screen recording: HEVC in MOV (B-frames: a sample may land a frame on)
        ("libx265", "mov", {"preset": "ultrafast", "x265-params": "log-level=error"}),
        ("libvpx-vp9", "webm", {"deadline": "realtime", "cpu-used": "8"}),
        ("libsvtav1", "mp4", {"preset": "12"}),
    ],
)
def test_clips_of_each_container_and_codec_are_read(
    codec: str,
    container: str,
    options: dict[str, str] | None,
    astronaut: Image.Image,
    coffee: Image.Image,
) -> None:
    data = clip_bytes(
        [Scene(astronaut, 1), Scene(coffee, 1)],
        size=SIZE,
        fps=10,
        codec=codec,
        container=container,
        options=options,
    )
    kind, frames = query.frames_from_bytes(f"clip.{container}", data)
    assert kind == "video"
    assert [f.time for f in frames] == pytest.approx([0.0, 1.0], abs=0.11)
    assert near(frames[0].image, astronaut) and near(frames[1].image, coffee)


def test_a_phone_clip_flagged_as_turned_is_shown_upright(astronaut: Image.Image) -> None:
    """Stored 640x360 with a 90 degree rotation flag: the frame is 360x640, as players show it."""
    data = clip_bytes([Scene(astronaut, 1)], size=SIZE, fps=10, rotation=90)
    _, frames = query.frames_from_bytes("phone.mp4", data)
    assert frames[0].image.size == (360, 640)
    upright = letterboxed(astronaut, SIZE).rotate(90, expand=True)
    assert phash.distance(phash.dhash(frames[0].image), phash.dhash(upright)) <= 6


def test_a_big_video_frame_is_downscaled_to_2048(astronaut: Image.Image) -> None:
    data = clip_bytes([Scene(astronaut, 0.2)], size=(2560, 1440), fps=10)
    _, frames = query.frames_from_bytes("big.mp4", data)
    assert frames[0].image.size == (2048, 1152)


# --- refused inputs: a sentence naming the file -------------------------------------------------


def refused(path: Path) -> str:
    with pytest.raises(BadMedia) as caught:
        query.frames(path)
    message = str(caught.value)
    assert path.name in message
    return message


def test_a_truncated_clip_is_refused_as_truncated(tmp_path: Path, two_photos: bytes) -> None:
    path = tmp_path / "cut.mp4"
    path.write_bytes(two_photos[: len(two_photos) * 2 // 3])
    assert "truncated" in refused(path)


def test_a_truncated_clip_with_its_index_first_is_refused_as_truncated_too(
    tmp_path: Path, astronaut: Image.Image, coffee: Image.Image
) -> None:
    """An MP4 written for streaming (its index before its frames), cut: the box walk sees
    the frames' box run past the end of the file."""
    import av

    whole = tmp_path / "stream.mp4"
    with av.open(str(whole), "w", format="mp4", options={"movflags": "faststart"}) as box:
        stream = box.add_stream("libx264", rate=10)
        stream.width, stream.height = SIZE
        for scene in (astronaut, coffee):
            picture = av.VideoFrame.from_image(letterboxed(scene, SIZE))
            for _ in range(10):
                for packet in stream.encode(picture):
                    box.mux(packet)
        for packet in stream.encode():
            box.mux(packet)
    data = whole.read_bytes()
    assert data.index(b"moov") < data.index(b"mdat")  # the index is first
    assert len(query.frames(whole)[1]) == 2
    cut = tmp_path / "stream-cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    assert "truncated" in refused(cut)


def test_a_clip_cut_inside_its_frames_gives_what_arrived(six_photos: bytes) -> None:
    """A Matroska clip (no box sizes to check) cut in the middle: the frames before the cut."""
    data = clip_bytes(
        [Scene(photo(name), 2) for name in PHOTOS[:4]],
        size=SIZE,
        fps=10,
        codec="mpeg4",
        container="matroska",
        gop=10,
    )
    _, frames = query.frames_from_bytes("cut.mkv", data[: len(data) * 6 // 10])
    assert 1 <= len(frames) < 4
    assert near(frames[0].image, photo("astronaut"))


def test_a_renamed_text_file_is_refused_as_not_a_picture(tmp_path: Path) -> None:
    path = tmp_path / "screenshot.mp4"
    path.write_text("这不是视频 - just some notes\n" * 20, encoding="utf-8")
    assert "not a picture or video" in refused(path)
    png = tmp_path / "frame.png"
    png.write_text("#EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n", encoding="utf-8")
    assert "not a picture or video" in refused(png)  # a playlist never reaches ffmpeg


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.mov"
    path.write_bytes(b"")
    assert "empty (0 bytes)" in refused(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert "the file is gone" in refused(tmp_path / "gone.jpg")


def test_an_image_claiming_900_megapixels_is_refused_as_a_bomb(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(bomb_png())
    assert "decompression bomb" in refused(path)


def test_a_video_with_huge_frames_is_refused_before_decoding(
    tmp_path: Path, two_photos: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query, "MAX_FRAME_PIXELS", 640 * 360 - 1)
    path = tmp_path / "wide.mp4"
    path.write_bytes(two_photos)
    message = refused(path)
    assert "640x360" in message and "decompression bomb" in message


def test_a_too_long_and_a_too_big_video_are_refused(
    tmp_path: Path, two_photos: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "movie.mp4"
    path.write_bytes(two_photos)
    monkeypatch.setattr(query, "MAX_DURATION", 3.0)
    assert "longer than" in refused(path)
    monkeypatch.setattr(query, "MAX_DURATION", 3600.0)
    monkeypatch.setattr(query, "MAX_QUERY_BYTES", len(two_photos) - 1)
    assert "cut out the part that matters" in refused(path)


def test_a_video_without_pictures_is_refused(tmp_path: Path) -> None:
    """A zero-length video (a header, no frame), a sound-only MP4 and a fake MP4."""
    import av
    import numpy as np

    out = io.BytesIO()
    box = av.open(out, "w", format="mp4")
    stream = box.add_stream("libx264", rate=10)
    stream.width, stream.height = 64, 48
    box.start_encoding()
    box.close()
    (tmp_path / "zero.mp4").write_bytes(out.getvalue())
    assert "no video" in refused(tmp_path / "zero.mp4")

    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as box:
        sound = box.add_stream("aac", rate=44100)
        for _ in range(10):
            frame = av.AudioFrame.from_ndarray(
                np.zeros((1, 1024), np.float32), format="fltp", layout="mono"
            )
            frame.sample_rate = 44100
            for packet in sound.encode(frame):
                box.mux(packet)
    (tmp_path / "voice.mp4").write_bytes(out.getvalue())
    assert "no video" in refused(tmp_path / "voice.mp4")

    (tmp_path / "fake.mp4").write_bytes(mp4_bytes(7, payload=20_000))
    assert "cannot be decoded" in refused(tmp_path / "fake.mp4")


@pytest.fixture(scope="module")
def small_clips(astronaut: Image.Image, coffee: Image.Image) -> dict[str, bytes]:
    scenes = [Scene(astronaut, 1), Scene(coffee, 1)]
    return {
        "clip.mp4": clip_bytes(scenes, fps=10),
        "clip.mkv": clip_bytes(scenes, fps=10, codec="mpeg4", container="matroska"),
        "clip.webm": clip_bytes(
            scenes,
            fps=10,
            codec="libvpx",
            container="webm",
            options={"deadline": "realtime", "cpu-used": "8"},
        ),
        "clip.avi": clip_bytes(scenes, fps=10, codec="mpeg4", container="avi"),
    }


@pytest.mark.parametrize("name", ["clip.mp4", "clip.mkv", "clip.webm", "clip.avi"])
def test_damaged_clips_are_read_or_refused_never_a_crash(
    name: str, small_clips: dict[str, bytes]
) -> None:
    """Bytes overwritten anywhere or in the headers, or the file cut anywhere: either frames
    or BadMedia naming the file, nothing else. (Found this way: a damaged codec id left PyAV
    without a decoder, an AttributeError; damaged metadata, a UnicodeDecodeError.)"""
    import random

    data = small_clips[name]
    outcomes = {"frames": 0, "refused": 0}
    for seed in range(24):
        rng = random.Random(seed)
        damaged = bytearray(data)
        if seed % 3 == 1:
            damaged = damaged[: rng.randrange(1, len(damaged))]
        else:
            span = min(len(damaged), 600) if seed % 3 == 2 else len(damaged)
            for _ in range(rng.randrange(1, 40)):
                damaged[rng.randrange(span)] = rng.randrange(256)
        try:
            kind, frames = query.frames_from_bytes(name, bytes(damaged))
        except BadMedia as error:
            assert name in str(error)
            outcomes["refused"] += 1
        else:
            assert kind == "video" and frames
            outcomes["frames"] += 1
    assert outcomes["frames"] and outcomes["refused"]  # both kinds of damage were met


def test_a_sound_file_is_refused_as_having_no_pictures(tmp_path: Path) -> None:
    path = tmp_path / "voice.wav"
    path.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 40)
    assert "sound recording" in refused(path)


# --- cancel ------------------------------------------------------------------------------------


class CancelAfter(threading.Event):
    """Set once it has been asked ``calls`` times (the reader asks between frames)."""

    def __init__(self, calls: int) -> None:
        super().__init__()
        self.calls = calls

    def is_set(self) -> bool:
        self.calls -= 1
        if self.calls < 0:
            self.set()
        return super().is_set()


def test_cancel_stops_between_frames(six_photos: bytes) -> None:
    everything = query.frames_from_bytes("long.mp4", six_photos)[1]
    assert len(everything) == 6
    cancel = CancelAfter(25)  # asked before each frame decoded: stops well before the end
    _, frames = query.frames_from_bytes("long.mp4", six_photos, cancel=cancel)
    assert cancel.is_set()
    assert 1 <= len(frames) < len(everything)
    assert [f.time for f in frames] == [f.time for f in everything[: len(frames)]]
    already = threading.Event()
    already.set()
    assert query.frames_from_bytes("long.mp4", six_photos, cancel=already) == ("video", [])


# --- still images ------------------------------------------------------------------------------


def test_still_images_of_every_kind_give_one_rgb_frame(tmp_path: Path) -> None:
    rgba = Image.new("RGBA", (120, 80), (0, 0, 0, 0))
    gif, bmp, png = io.BytesIO(), io.BytesIO(), io.BytesIO()
    Image.new("P", (50, 40)).save(gif, "GIF")
    Image.new("RGB", (50, 40), (10, 200, 30)).save(bmp, "BMP")
    rgba.save(png, "PNG")
    for name, data in [
        ("a.jpg", jpeg_bytes(1, (320, 240))),
        ("a.webp", webp_bytes(2, (320, 240))),
        ("a.heic", heic_bytes(3, (320, 240))),
        ("a.gif", gif.getvalue()),
        ("a.bmp", bmp.getvalue()),
        ("a.png", png.getvalue()),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        kind, frames = query.frames(path)
        assert kind == "image", name
        assert len(frames) == 1 and frames[0].index == 0 and frames[0].time is None
        assert frames[0].image.mode == "RGB", name
    # transparent parts become white, as a viewer shows them
    assert frames[0].image.getpixel((5, 5)) == (255, 255, 255)


def test_a_screenshot_is_turned_by_its_exif_orientation_and_downscaled(
    tmp_path: Path, astronaut: Image.Image
) -> None:
    big = astronaut.resize((3000, 2000))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 clockwise to display
    path = tmp_path / "IMG_0001.jpg"
    big.save(path, "JPEG", quality=90, exif=exif)
    kind, frames = query.frames(path)
    assert kind == "image"
    image = frames[0].image
    assert image.size == (1365, 2048)  # portrait, longer side 2048
    upright = big.rotate(-90, expand=True)
    assert phash.distance(phash.dhash(image), phash.dhash(upright)) <= 4


def test_a_12_megapixel_photo_is_decoded_at_half_size(astronaut: Image.Image) -> None:
    """4000x3000: JPEG's 1/2 decode (2000x1500) is under 2048 and kept as it is (a full
    decode and resample cost about five times as much)."""
    out = io.BytesIO()
    astronaut.resize((4000, 3000)).save(out, "JPEG", quality=80)
    _, frames = query.frames_from_bytes("IMG_12mpx.jpg", out.getvalue())
    assert frames[0].image.size == (2000, 1500)


def test_pasted_bytes_are_read_like_a_file(
    two_photos: bytes, astronaut: Image.Image, tmp_path: Path
) -> None:
    out = io.BytesIO()
    astronaut.save(out, "PNG")
    kind, frames = query.frames_from_bytes("pasted image", out.getvalue())
    assert kind == "image" and frames[0].image.size == astronaut.size
    path = tmp_path / "same.mp4"
    path.write_bytes(two_photos)
    from_file = [f.time for f in query.frames(path)[1]]
    assert [f.time for f in query.frames_from_bytes("pasted", two_photos)[1]] == from_file
    with pytest.raises(BadMedia, match="pasted image: the file is empty"):
        query.frames_from_bytes("pasted image", b"")


# --- nothing on disk ---------------------------------------------------------------------------


def test_nothing_is_written_while_decoding(
    tmp_path: Path, two_photos: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a clip and a photo leaves no file anywhere: the temp folder the process is
    given stays empty and the input's folder holds only the inputs."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    inputs = tmp_path / "in"
    inputs.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("TEMP", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    (inputs / "clip.mp4").write_bytes(two_photos)
    (inputs / "shot.jpg").write_bytes(jpeg_bytes(5, (800, 600)))
    before = time.time()
    cwd = os.getcwd()
    os.chdir(inputs)
    try:
        assert len(query.frames(inputs / "clip.mp4")[1]) == 2
        assert len(query.frames(inputs / "shot.jpg")[1]) == 1
        assert len(query.frames_from_bytes("clip", two_photos)[1]) == 2
    finally:
        os.chdir(cwd)
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in inputs.iterdir()) == ["clip.mp4", "shot.jpg"]
    assert all(p.stat().st_mtime <= before for p in inputs.iterdir())
