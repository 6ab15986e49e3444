"""Helpers shared by the reliability tests and their worker subprocesses (which put the
repository on ``sys.path`` and import ``tests.support.reliability``).

Every randomised test takes its seed from ``LV_RELIABILITY_SEED`` (an integer) when set, and
otherwise from the clock; the seed and the counts of each test are printed at the end of the
run (and in every assertion message), so any failure can be replayed exactly.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from app.domain.models import Records

SUMMARY: list[str] = []


def _run_seed() -> int:
    raw = os.environ.get("LV_RELIABILITY_SEED", "").strip()
    if raw:
        return int(raw)
    return int(time.time() * 1000) % 1_000_000_007


RUN_SEED = _run_seed()


def derive_seed(label: str) -> int:
    """A per-test seed from the run seed and a label (the test's node id)."""
    digest = hashlib.sha256(f"{RUN_SEED}/{label}".encode()).digest()
    return int.from_bytes(digest[:6], "big")


def record(line: str) -> None:
    """Add a line to the reliability summary printed at the end of the run."""
    SUMMARY.append(line)


def records_digest(records: Records) -> str:
    """The committed state as one hash: every record of every collection, canonical JSON."""
    doc = records.to_json()
    return hashlib.sha256(
        json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    ).hexdigest()


def tree_snapshot(root: Path) -> dict[str, str]:
    """Relative path -> SHA-256 (or 'dir') of everything below root, the lock file included."""
    snap: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            snap[rel + "/"] = "dir"
        else:
            snap[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return snap


def temp_leftovers(root: Path) -> list[Path]:
    return sorted(root.rglob(".tmp-*"))
