"""Import N 12-megapixel JPEGs (about 3 MB each) into a new vault, against two yardsticks:

- the floor: read + AES-256-GCM encrypt + write (with fsync, as the vault does) + one
  reduced-size decode per photo, using all cores;
- ``7z a -mx0 -p`` (store only, AES-256 encrypted) on the same files.

Targets (docs: quality guide): app <= 1.3x the floor, and <= 4x 7z. Prints ratios; asserts
nothing. Usage: python bench/bench_import.py [--n 40] [--repeat 3] [--stages] [--without-pdq]
(--without-pdq: also runs the import with dHash as the only fingerprint, what PDQ costs)
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from _common import OUT, PASSWORD, cores, fresh_dir, line, photo_cache
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image


def floor_one(path: Path, out_dir: Path, key: bytes) -> None:
    from app.media.images import THUMB_SIZE

    data = path.read_bytes()
    sealed = AESGCM(key).encrypt(os.urandom(12), data, None)
    target = out_dir / (path.name + ".enc")
    with open(target, "wb") as fh:
        fh.write(sealed)
        fh.flush()
        os.fsync(fh.fileno())
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (THUMB_SIZE, THUMB_SIZE))  # the smallest decode a thumbnail needs
        image.load()


def run_floor(paths: list[Path]) -> float:
    out_dir = fresh_dir(OUT / "floor")
    key = AESGCM.generate_key(256)
    start = time.perf_counter()
    with ThreadPoolExecutor(cores()) as pool:
        list(pool.map(lambda p: floor_one(p, out_dir, key), paths))
    fd = os.open(out_dir, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    return time.perf_counter() - start


def run_app(paths: list[Path], only_dhash: bool = False) -> float:
    from app.matching import fingerprints
    from app.services.vault_service import VaultService
    from app.vault import crypto

    registry = fingerprints.REGISTRY
    if only_dhash:  # the import as it was before PDQ (measured in the same run)
        fingerprints.REGISTRY = (fingerprints.DHASH64,)

    target = OUT / "vault-import"
    shutil.rmtree(target, ignore_errors=True)
    # the import is measured, not the KDF: create with the real defaults, then time the import
    service, _ = VaultService.create(target, PASSWORD, "bench", argon2=crypto.Argon2Params())
    try:
        start = time.perf_counter()
        report = service.import_paths(paths)
        elapsed = time.perf_counter() - start
        assert not report.errors, report.errors
        assert len(report.new_items) == len(paths)
    finally:
        service.lock()
        fingerprints.REGISTRY = registry
    return elapsed


def stages(paths: list[Path]) -> dict[str, float]:
    """Where one photo's import time goes, stage by stage, on one thread (milliseconds)."""
    import hashlib

    from app.domain.models import Records
    from app.matching import fingerprints
    from app.media import images
    from app.vault import crypto
    from app.vault.vault import Vault

    target = OUT / "vault-stages"
    shutil.rmtree(target, ignore_errors=True)
    vault, _ = Vault.create(
        target, PASSWORD, Records(), argon2=crypto.Argon2Params(16 * 1024, 2, 1)
    )
    spent: dict[str, float] = {}

    def stage(name: str, func: Any) -> Any:
        start = time.perf_counter()
        value = func()
        spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
        return value

    sample = paths[:10]
    try:
        for path in sample:
            data = stage("read the file", path.read_bytes)
            stage("SHA-256", lambda: hashlib.sha256(data).hexdigest())  # noqa: B023
            decoded = stage(
                "decode 1/8 + thumbnail",
                lambda: images.decode_image(data, path.name),  # noqa: B023
            )
            stage("fingerprints", lambda: fingerprints.compute(decoded.reduced))  # noqa: B023
            stage("encrypt + write + fsync original", lambda: vault.put_object(data))  # noqa: B023
            stage(
                "encrypt + write + fsync thumbnail",
                lambda: vault.put_object(decoded.thumbnail_jpeg),  # noqa: B023
            )
    finally:
        vault.close()
    return {k: v / len(sample) * 1000 for k, v in spent.items()}


def run_7z(paths: list[Path]) -> float | None:
    seven = shutil.which("7z") or shutil.which("7za")
    if seven is None:
        return None
    archive = fresh_dir(OUT / "7z") / "photos.7z"
    start = time.perf_counter()
    subprocess.run(
        [seven, "a", "-mx0", f"-p{PASSWORD}", "-mhe=on", str(archive), *map(str, paths)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="number of photos (default 40)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (median)")
    parser.add_argument("--stages", action="store_true", help="per-photo time of each stage")
    parser.add_argument("--without-pdq", action="store_true", help="also import with dHash only")
    args = parser.parse_args(argv)
    paths = photo_cache(args.n)
    total = sum(p.stat().st_size for p in paths)
    for p in paths:  # warm the page cache equally for every contender
        p.read_bytes()
    load_before = os.getloadavg()[0]
    floors, apps, sevens, dhash_only = [], [], [], []
    for _ in range(args.repeat):
        floors.append(run_floor(paths))
        apps.append(run_app(paths))
        if args.without_pdq:
            dhash_only.append(run_app(paths, only_dhash=True))
        seven = run_7z(paths)
        if seven is not None:
            sevens.append(seven)
    floor, app = statistics.median(floors), statistics.median(apps)
    # runs alternate, so each pair shares the machine's load of that moment
    paired = statistics.median(a / f for a, f in zip(apps, floors, strict=True))
    mb = total / 1e6
    print(f"import: {len(paths)} photos, 12 Mpx, {mb:.0f} MB in all, {cores()} cores")
    if load_before > cores() / 2:
        print(f"  (the machine was busy: load average {load_before:.1f}; expect noise)")
    line("floor (read+AES-GCM+write+fsync+1/8 decode)", f"{floor:6.2f} s  {mb / floor:6.1f} MB/s")
    line("app import (thumbnail, dHash, PDQ, 2 objects)", f"{app:6.2f} s  {mb / app:6.1f} MB/s")
    line("app / floor (target <= 1.3), median of pairs", f"{paired:6.2f}x")
    result: dict[str, Any] = {
        "photos": len(paths),
        "megabytes": round(mb, 1),
        "floor_s": round(floor, 3),
        "app_s": round(app, 3),
        "app_over_floor": round(paired, 3),
        "photos_per_s": round(len(paths) / app, 2),
    }
    if dhash_only:
        before = statistics.median(a / f for a, f in zip(dhash_only, floors, strict=True))
        line("app without PDQ / floor, median of pairs", f"{before:6.2f}x")
        line(
            "PDQ's share: app / app without PDQ",
            f"{statistics.median(a / b for a, b in zip(apps, dhash_only, strict=True)):6.2f}x",
        )
        result["app_without_pdq_over_floor"] = round(before, 3)
    if sevens:
        seven = statistics.median(sevens)
        line("7z a -mx0 -p", f"{seven:6.2f} s  {mb / seven:6.1f} MB/s")
        line("app / 7z (target <= 4)", f"{app / seven:6.2f}x")
        line("floor / 7z (what decoding alone costs)", f"{floor / seven:6.2f}x")
        result.update({"7z_s": round(seven, 3), "app_over_7z": round(app / seven, 3)})
    else:
        line("7z", "not installed (apt-get install p7zip-full); ratio skipped")
    line(
        "runs (floor / app)",
        " ".join(f"{a:.2f}/{b:.2f}" for a, b in zip(floors, apps, strict=True)),
    )
    if args.stages:
        print("  where one photo's time goes (one thread, ms):")
        for name, ms in stages(paths).items():
            line(f"  {name}", f"{ms:6.1f} ms")
    return result


if __name__ == "__main__":
    main()
