"""Matching a frame against 1k, 10k and 50k photos: index build, memory, cache size and
speed, one query's time, and the cost of verifying one query-photo pair.

The vault is the 10 real photographs of the tests (tests/data/matching/photos.py) plus
*synthesised* photos: their features are made from the descriptors of real photographs that
are not in the vault (random crops, rotations, scales and colour changes of the other sample
images of scikit-image), several variants mixed per synthetic photo with a few bits flipped,
so that they have real ORB descriptor statistics without 50,000 real photos on disk. The
queries are transformed copies of the 10 vault photos (tests' TRANSFORMS) and unrelated
photographs. Prints figures; asserts nothing.
Usage: python bench/bench_matching.py [--sizes 1000,10000,50000] [--queries 30]
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

import numpy as np
from _common import OUT, cores, line

from app.matching.features import Features
from tests.data.matching import photos as P

# the photographs the synthetic photos are made of: not in the vault, not among the unrelated
# queries, and not the scenes the tests paste a photo onto (P.SCENES: a frame showing one of
# them would rightly match the synthetic photos made of it)
SOURCES = ("grass", "page", "cell", "clock", "phantom", "color", "brick")
UNRELATED = ("gravel", "horse", "text", "moon", "coins")  # queries that must match nothing
VARIANTS = 240
FLIP = 0.04  # fraction of the bits flipped in a synthetic photo's descriptors


def _variant_features(seed: int) -> Any:
    """The features of a random crop / rotation / scale / colour change of a source photo."""
    from PIL import ImageEnhance

    from app.matching import features

    rng = np.random.default_rng(seed)
    image = P.photo(SOURCES[seed % len(SOURCES)])
    w, h = image.size
    cw, ch = int(w * rng.uniform(0.5, 1.0)), int(h * rng.uniform(0.5, 1.0))
    x, y = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
    image = image.crop((x, y, x + cw, y + ch)).rotate(float(rng.uniform(-20, 20)), expand=True)
    image = ImageEnhance.Brightness(image).enhance(float(rng.uniform(0.7, 1.3)))
    image = image.resize(
        (int(image.width * rng.uniform(0.8, 2.0)), int(image.height * rng.uniform(0.8, 2.0)))
    )
    return features.extract(image)


def variants() -> list[Any]:
    from concurrent.futures import ProcessPoolExecutor

    from app.matching.features import Features

    cache = OUT / "matching-variants.npz"
    if cache.exists():
        data = np.load(cache)
        return [
            Features(data[f"p{i}"], data[f"d{i}"], int(data["w"][i]), int(data["h"][i]))
            for i in range(len(data["w"]))
        ]
    print(f"extracting features of {VARIANTS} variants of real photographs (once) ...")
    with ProcessPoolExecutor(cores()) as pool:
        found = list(pool.map(_variant_features, range(VARIANTS)))
    OUT.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {
        "w": np.array([f.width for f in found]),
        "h": np.array([f.height for f in found]),
    }
    for i, f in enumerate(found):
        arrays[f"p{i}"] = f.points
        arrays[f"d{i}"] = f.descriptors
    np.savez(cache, **arrays)
    return found


def synthetic(number: int, pool: list[Any]) -> Features:
    """Synthetic photo ``number``: descriptors of three real variants mixed, bits flipped."""
    from app.matching.features import PHOTO_FEATURES

    rng = np.random.default_rng(1_000_003 + number)
    picks = rng.choice(len(pool), 3, replace=False)
    points = np.concatenate([pool[i].points for i in picks])
    descriptors = np.concatenate([pool[i].descriptors for i in picks])
    chosen = rng.choice(len(descriptors), min(PHOTO_FEATURES, len(descriptors)), replace=False)
    bits = np.unpackbits(descriptors[chosen], axis=1)
    flips = rng.random(bits.shape) < FLIP
    flipped = np.packbits(bits ^ flips, axis=1)
    size = pool[picks[0]]
    return Features(points[chosen], flipped, size.width, size.height)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    from app.matching import fingerprints
    from app.matching.engine import Engine
    from app.matching.features import compute_object, extract_query
    from app.matching.index import FeatureIndex
    from app.matching.results import Frame
    from app.matching.verify import verify
    from app.media import images

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--queries", type=int, default=30)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    pool = variants()
    vault = {name: P.vault_photo(name) for name in P.VAULT}
    real = {name: Features.from_bytes(v.features) for name, v in vault.items()}
    transforms = list(P.TRANSFORMS)
    rng = np.random.default_rng(7)
    queries = []
    for i in range(args.queries):
        name = P.VAULT[i % len(P.VAULT)]
        transform = transforms[int(rng.integers(len(transforms)))]
        queries.append((name, transform, P.TRANSFORMS[transform](P.photo(name))))
    unrelated = [P.photo(name) for name in UNRELATED]
    results: dict[str, Any] = {"cores": cores(), "sizes": {}}
    print(f"Matching against N photos ({len(P.VAULT)} real + synthetic), {cores()} cores")

    # the per-pair verification cost (a query's features against one photo's)
    sample = [extract_query(q) for _, _, q in queries[:8]]
    pairs = [(q, f) for q in sample for f in real.values()]
    start = time.perf_counter()
    for q, f in pairs:
        verify(q, f)
    per_pair = (time.perf_counter() - start) / len(pairs)
    start = time.perf_counter()
    for _, _, image in queries[:8]:
        extract_query(image)
    per_extract = (time.perf_counter() - start) / 8
    # the back-fill's cost per photo: the orb/1 object from a matching decode
    decodes = [
        images.reduce_image(P.file_bytes(name), name, fingerprints.MATCH_SIZE).image
        for name in P.VAULT
    ]
    start = time.perf_counter()
    for image in decodes:
        compute_object(image)
    per_object = (time.perf_counter() - start) / len(decodes)
    line("a photo's orb/1 object (from its matching decode)", f"{per_object * 1000:.0f} ms")
    results["orb_object_ms"] = per_object * 1000
    line("query features (frame + mirror)", f"{per_extract * 1000:.0f} ms")
    line("verification of one query-photo pair", f"{per_pair * 1000:.1f} ms")
    results["verify_pair_ms"] = per_pair * 1000
    results["extract_query_ms"] = per_extract * 1000

    index = FeatureIndex()
    built = 0
    build_time = 0.0
    for name, features in real.items():
        index.add(name, features)
    for size in sizes:
        while built < size - len(real):  # made in chunks (untimed), added (timed)
            chunk = [synthetic(n, pool) for n in range(built, min(built + 2000, size - len(real)))]
            start = time.perf_counter()
            for features in chunk:
                index.add(f"synthetic-{built}", features)
                built += 1
            build_time += time.perf_counter() - start
        start = time.perf_counter()
        index.candidates(sample[0], 1)  # folds the added photos in
        build_time += time.perf_counter() - start
        start = time.perf_counter()
        blob = index.to_bytes()
        dump = time.perf_counter() - start
        start = time.perf_counter()
        index = FeatureIndex.from_bytes(blob)
        load = time.perf_counter() - start

        def load_features(item_id: str) -> Features | None:
            if item_id in real:
                return real[item_id]
            return synthetic(int(item_id.rpartition("-")[2]), pool)

        engine = Engine({n: v.pdq for n, v in vault.items()}, index, load_features)
        times = []
        cpu = []
        ranks = []
        rank1 = 0
        for name, _transform, image in queries:
            t, c = time.perf_counter(), time.process_time()
            found = engine.match(Frame(image, 0))
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            rank1 += bool(found) and found[0].item_id == name
            query = extract_query(image)
            votes: dict[str, float] = {}
            for side in (query.without_mirror(), query.mirror):
                assert side is not None
                for item, v in index.candidates(side, 200):
                    votes[item] = max(votes.get(item, 0.0), v)
            ordered = sorted(votes, key=lambda i: -votes[i])
            ranks.append(ordered.index(name) + 1 if name in ordered else 999)
        false = sum(len(engine.match(Frame(image, 0))) for image in unrelated)
        row = {
            "photos": len(index),
            "build_s": build_time,
            "memory_mb": index.memory_bytes() / 1e6,
            "cache_mb": len(blob) / 1e6,
            "to_bytes_s": dump,
            "from_bytes_s": load,
            "query_median_s": statistics.median(times),
            "query_max_s": max(times),
            "rank1": f"{rank1}/{len(queries)}",
            "query_cpu_median_s": statistics.median(cpu),
            "vote_ranks": sorted(ranks),
            "unrelated_matches": false,
        }
        results["sizes"][str(size)] = row
        print(f" {len(index)} photos:")
        line("index build (cumulative)", f"{build_time:.1f} s")
        line("index in memory", f"{row['memory_mb']:.1f} MB")
        line(
            "cache object (to_bytes)",
            f"{row['cache_mb']:.1f} MB, {dump:.2f} s; from_bytes {load:.2f} s",
        )
        line(
            "one query (median / max)",
            f"{row['query_median_s']:.3f} s / {row['query_max_s']:.3f} s",
        )
        line("right photo at rank 1", row["rank1"])
        line("one query, CPU time of all threads (median)", f"{row['query_cpu_median_s']:.3f} s")
        line("the right photo's rank in the index's votes", " ".join(map(str, sorted(ranks))))
        line(f"matches for {len(unrelated)} unrelated photographs", str(false))
    return results


if __name__ == "__main__":
    main()
