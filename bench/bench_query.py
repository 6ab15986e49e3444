"""Query input (app/media/query.py): how long turning a dropped screenshot or screen recording
into frames takes, and what the video reader's choices save.

Clips are made once into bench/out/clips/ with PyAV from scikit-image's sample photos (a slow
zoom on each, so that every frame differs as in real footage): 60 s of 1080p H.264 at 30 fps
(B-frames, x264's default keyframe interval of 250 frames, and a 2 s interval), and 5 min of
720p at 15 fps with a keyframe every 2 s (the long clip a sparse sampling seeks in).
Strategies compared on the same clip: the reader as shipped (decode forward, seek when the next
sample's keyframe is ahead, skip the frames nothing refers to), decoding every frame forward,
forward with the skip, and seeking before every sample. Wall and CPU seconds, frames decoded.
Usage: python bench/bench_query.py [--repeat 3] [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from _common import OUT, line

from app.media import query

CLIPS = OUT / "clips"


def make_clips(quick: bool) -> dict[str, Path]:
    from tests.support.video import PHOTOS, Scene, photo, write_clip

    CLIPS.mkdir(parents=True, exist_ok=True)
    photos = [photo(name) for name in PHOTOS]
    wanted = {
        "60 s 1080p30 H.264, keyframe every 250": (
            CLIPS / "60s-1080p-gop250.mp4",
            {"size": (1920, 1080), "fps": 30, "options": {"preset": "veryfast"}},
            [Scene(p, 10, zoom=0.3) for p in photos],
        ),
        "60 s 1080p30 H.264, keyframe every 60": (
            CLIPS / "60s-1080p-gop60.mp4",
            {"size": (1920, 1080), "fps": 30, "gop": 60, "options": {"preset": "veryfast"}},
            [Scene(p, 10, zoom=0.3) for p in photos],
        ),
    }
    if not quick:
        wanted["5 min 720p15 H.264, keyframe every 30"] = (
            CLIPS / "5min-720p-gop30.mp4",
            {"size": (1280, 720), "fps": 15, "gop": 30},
            [Scene(photos[i % len(photos)], 10, zoom=0.1) for i in range(30)],
        )
    paths = {}
    for label, (path, kwargs, scenes) in wanted.items():
        if not path.exists():
            print(f"  making {path.name} (once) ...", flush=True)
            partial = path.with_suffix(".part")
            write_clip(partial, scenes, **kwargs)
            partial.replace(path)
        paths[label] = path
    return paths


@contextmanager
def strategy(seek: str, skip: bool) -> Iterator[list[int]]:
    """The reader with its seek rule and its frame skip set for the measurement; yields a
    one-item list counting the frames decoded."""
    decoded = [0]
    real_offer = query._Sampler.offer
    real_should = query._should_seek
    real_sample = query._sample
    asked: dict[str, float | None] = {"target": None}

    def offer(self: Any, frame: Any) -> None:
        decoded[0] += 1
        real_offer(self, frame)

    def always(keyframes: list[float], position: float, target: float) -> bool:
        if asked["target"] == target:
            return False
        asked["target"] = target
        return position >= 0

    def sample(*args: Any, **kwargs: Any) -> Any:
        kwargs["skip_nonref"] = skip
        return real_sample(*args, **kwargs)

    rules: dict[str, Callable[[list[float], float, float], bool]] = {
        "as shipped": real_should,
        "never": lambda keyframes, position, target: False,
        "always": always,
    }
    query._Sampler.offer = offer  # type: ignore[method-assign]
    query._should_seek = rules[seek]
    query._sample = sample
    try:
        yield decoded
    finally:
        query._Sampler.offer = real_offer  # type: ignore[method-assign]
        query._should_seek = real_should
        query._sample = real_sample


def measure(path: Path, seek: str, skip: bool, repeat: int) -> dict[str, float]:
    walls, cpus = [], []
    frames = decoded = 0
    for _ in range(repeat):
        with strategy(seek, skip) as counter:
            wall, cpu = time.perf_counter(), time.process_time()
            _, got = query.frames(path)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        frames, decoded = len(got), counter[0]
    return {
        "wall_s": statistics.median(walls),
        "cpu_s": statistics.median(cpus),
        "frames_kept": frames,
        "frames_decoded": decoded,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="the 60 s clips only, one run")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else args.repeat
    print("Query input: frames from a dropped screenshot or screen recording")
    results: dict[str, Any] = {}

    from tests.support import big_photo_jpeg

    photo_path = CLIPS / "IMG_12mpx.jpg"
    CLIPS.mkdir(parents=True, exist_ok=True)
    if not photo_path.exists():
        photo_path.write_bytes(big_photo_jpeg(7))
    wall = statistics.median(
        [_timed(lambda: query.frames(photo_path)) for _ in range(max(3, repeat))]
    )
    line("12 Mpx JPEG -> one 2048 px frame", f"{wall:.3f} s")
    results["still_12mpx_jpeg_s"] = wall

    strategies = [
        ("as shipped", True, "as shipped: seek when keyframe ahead + skip"),
        ("never", False, "every frame, forward"),
        ("never", True, "forward + skip non-reference frames"),
        ("always", True, "seek before every sample + skip"),
    ]
    for label, path in make_clips(args.quick).items():
        print(f"  {label} ({path.stat().st_size / 1e6:.1f} MB), max_frames {query.MAX_FRAMES}")
        results[label] = {}
        for seek, skip, name in strategies:
            got = measure(path, seek, skip, repeat)
            results[label][name] = got
            line(
                f"  {name}",
                f"{got['wall_s']:6.2f} s wall {got['cpu_s']:6.2f} s CPU "
                f"{got['frames_decoded']:5d} decoded {got['frames_kept']:3d} kept",
            )
    return results


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


if __name__ == "__main__":
    main(sys.argv[1:])
