"""Argon2id time at the default vault parameters (64 MiB, t=3, p=4) and a few neighbours.

Usage: python bench/bench_kdf.py [--repeat 7]
"""

from __future__ import annotations

import argparse
from typing import Any

from _common import line, median_time

from app.vault import crypto


def kdf_seconds(params: crypto.Argon2Params, repeat: int) -> tuple[float, list[float]]:
    salt = crypto.new_salt()
    return median_time(lambda: crypto.derive_password_key("bench 密码", salt, params), repeat)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    default = crypto.Argon2Params()
    print(
        f"kdf: Argon2id, median of {args.repeat} "
        f"(default {default.memory_kib // 1024} MiB, t={default.iterations}, p={default.lanes})"
    )
    result: dict[str, Any] = {}
    for label, params in [
        ("default", default),
        ("p=1", crypto.Argon2Params(default.memory_kib, default.iterations, 1)),
        ("128 MiB", crypto.Argon2Params(128 * 1024, default.iterations, default.lanes)),
        ("tests' FAST_KDF (16 MiB, t=2, p=1)", crypto.Argon2Params(16 * 1024, 2, 1)),
    ]:
        median, times = kdf_seconds(params, args.repeat)
        line(
            label,
            f"{median * 1000:7.1f} ms  (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})",
        )
        result[label] = round(median, 4)
    return result


if __name__ == "__main__":
    main()
