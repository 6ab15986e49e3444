"""Shared bits of the benchmarks: paths, the generated-photo cache, timing and printing."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"  # git-ignored
sys.path.insert(0, str(ROOT))  # app, and tests.support (big_photo_jpeg)

PASSWORD = "bench password 基准"


def cores() -> int:
    return os.cpu_count() or 1


def _make_photo(path: str, seed: int) -> int:
    from tests.support import big_photo_jpeg

    data = big_photo_jpeg(seed)
    tmp = path + ".part"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
    return len(data)


def photo_cache(n: int) -> list[Path]:
    """N generated 12-megapixel JPEGs of about 3 MB, made once into bench/out/photos/."""
    folder = OUT / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"IMG_{i:04d}.jpg" for i in range(n)]
    missing = [(str(p), i) for i, p in enumerate(paths) if not p.exists()]
    if missing:
        print(f"generating {len(missing)} 12-megapixel photos into {folder} (once) ...")
        with ProcessPoolExecutor(cores()) as pool:
            list(pool.map(_make_photo, *zip(*missing, strict=True)))
    return paths


def fresh_dir(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def median_time(func: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = [timed(func) for _ in range(repeat)]
    return statistics.median(times), times


def line(label: str, value: str) -> None:
    print(f"  {label:<44} {value}")
