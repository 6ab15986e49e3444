"""Every benchmark, one after the other (``make bench``); ratios against floors measured in the
same run. Nothing here asserts a time: the numbers go into bench/out/results.json and the
issue notes. Usage: python bench/run_all.py [--n 40] [--quick]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_cli
import bench_evidence
import bench_import
import bench_kdf
import bench_matching
import bench_open
import bench_query
from _common import OUT, cores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="photos for the import benchmark")
    parser.add_argument("--quick", action="store_true", help="one run of each (noisier)")
    args = parser.parse_args()
    repeat = 1 if args.quick else 5
    started = time.time()
    print(
        f"Likeness Vault benchmarks on {platform.platform()}, {cores()} cores, Python {platform.python_version()}\n"
    )
    results = {
        "kdf": bench_kdf.main(["--repeat", str(3 if args.quick else 7)]),
    }
    print()
    results["open"] = bench_open.main(["--repeat", str(repeat)])
    print()
    results["cli"] = bench_cli.main(["--repeat", str(repeat)])
    print()
    results["import"] = bench_import.main(["--n", str(args.n), "--repeat", str(repeat)])
    print()
    results["evidence"] = bench_evidence.main([])
    print()
    sizes = "1000,10000" if args.quick else "1000,10000,50000"
    results["matching"] = bench_matching.main(["--sizes", sizes])
    print()
    results["query"] = bench_query.main(["--quick"] if args.quick else ["--repeat", "3"])
    print()
    # the letter benchmark prints its own lines; run it as its own process (it reads sys.argv)
    letters = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("bench_letters.py"))],
        capture_output=True,
        text=True,
        check=False,
    )
    print(letters.stdout, end="")
    results["letters"] = {"output": letters.stdout.strip(), "returncode": letters.returncode}
    results["when"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"\nwritten {OUT / 'results.json'} ({time.time() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
