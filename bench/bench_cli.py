"""The CLI on a vault of 10,000 items: ``photos --json`` against a wrong-password run.

Both are real process starts of ``python -m app.cli photos VAULT --json`` (the same imports,
the same KDF); the wrong password stops right after the KDF, the right one opens the index and
lists every item. Target: listing 10,000 items adds at most 0.25 s to the wrong-password run.
The difference is split into the vault's open (index read, decrypted, parsed: measured
in-process as open minus a wrong-password open) and the command's own listing (records -> one
JSON text -> one write, measured in-process on the open vault). Also: the start-up cost of the
CLI module (``import app.cli``) against a bare interpreter.
The vault is bench_open's (bench/out/vault-10k, built once).
Usage: python bench/bench_cli.py [--items 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import OUT, PASSWORD, ROOT, line, timed

TARGET_S = 0.25


def run(argv: list[str], stdin: str = "") -> tuple[float, subprocess.CompletedProcess[bytes]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run(argv, input=stdin.encode(), capture_output=True, env=env, check=False)
    return time.perf_counter() - start, done


def median_run(argv: list[str], stdin: str, repeat: int, code: int) -> float:
    times = []
    for _ in range(repeat):
        elapsed, done = run(argv, stdin)
        assert done.returncode == code, done.stderr.decode()
        times.append(elapsed)
    return statistics.median(times)


def in_process(path: Path, repeat: int) -> tuple[float, float]:
    """(open minus a wrong-password open, the photos command on the open vault), medians."""
    from app.cli import media
    from app.errors import WrongPassword
    from app.services.vault_service import VaultService

    def wrong_open() -> None:
        with contextlib.suppress(WrongPassword):
            VaultService.open(path, password="not the password")

    wrong = statistics.median(timed(wrong_open) for _ in range(repeat))
    opens = []
    for _ in range(repeat):
        start = time.perf_counter()
        service = VaultService.open(path, password=PASSWORD)
        opens.append(time.perf_counter() - start)
        service.lock()
    service = VaultService.open(path, password=PASSWORD)
    args = argparse.Namespace(vault=str(path), json=True)
    listing = []
    real = sys.stdout
    try:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            sys.stdout = sink
            for _ in range(repeat):
                listing.append(timed(lambda: media.cmd_photos.__wrapped__(args, service)))  # type: ignore[attr-defined]
    finally:
        sys.stdout = real
        service.lock()
    return statistics.median(opens) - wrong, statistics.median(listing)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    path = OUT / "vault-10k"
    stamp = OUT / "vault-10k.json"
    if (
        not stamp.exists()
        or json.loads(stamp.read_text()).get("items") != args.items
        or not (path / "vault.json").exists()
    ):
        import bench_open

        OUT.mkdir(parents=True, exist_ok=True)
        bench_open.build(path, args.items)

    cli = [sys.executable, "-m", "app.cli", "photos", str(path), "--json"]
    _, listed = run(cli, PASSWORD + "\n")
    assert listed.returncode == 0, listed.stderr.decode()
    assert len(json.loads(listed.stdout)) == args.items
    wrong = median_run(cli, "not the password\n", args.repeat, 1)
    right = median_run(cli, PASSWORD + "\n", args.repeat, 0)
    bare = median_run([sys.executable, "-c", "pass"], "", args.repeat, 0)
    imported = median_run([sys.executable, "-c", "import app.cli"], "", args.repeat, 0)
    extra = right - wrong
    open_extra, listing = in_process(path, args.repeat)
    print(f"cli: photos --json on {args.items} items, process starts, median of {args.repeat}")
    line("python -c pass", f"{bare * 1000:7.1f} ms")
    line("python -c 'import app.cli'", f"{imported * 1000:7.1f} ms")
    line("  import app.cli alone", f"{(imported - bare) * 1000:7.1f} ms")
    line("photos --json, wrong password (start + KDF)", f"{wrong * 1000:7.1f} ms")
    line("photos --json, right password", f"{right * 1000:7.1f} ms")
    line(f"listing adds (target <= {TARGET_S * 1000:.0f} ms)", f"{extra * 1000:7.1f} ms")
    line("right / (wrong + 0.25 s) (target <= 1)", f"{right / (wrong + TARGET_S):7.2f}x")
    line("  of which the open (in-process, minus KDF)", f"{open_extra * 1000:7.1f} ms")
    line("  of which the listing (in-process)", f"{listing * 1000:7.1f} ms")
    line("listing / 0.25 s (target <= 1)", f"{listing / TARGET_S:7.2f}x")
    return {
        "items": args.items,
        "import_cli_s": round(imported - bare, 4),
        "photos_json_wrong_password_s": round(wrong, 4),
        "photos_json_s": round(right, 4),
        "listing_adds_s": round(extra, 4),
        "open_minus_wrong_password_s": round(open_extra, 4),
        "listing_in_process_s": round(listing, 4),
        "listing_ratio_to_target": round(listing / TARGET_S, 3),
    }


if __name__ == "__main__":
    main()
