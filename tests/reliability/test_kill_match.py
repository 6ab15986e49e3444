"""kill -9 during a real ``likeness-vault-cli match`` that first indexes pending photos (real
ORB features through OpenCV) and then saves its search index cache object.

A vault of real photos (scikit-image samples, 640 px) gets more photos imported before each
round, so every run has indexing to do; the CLI is killed with SIGKILL after a seeded delay
within the time the same run takes unkilled on a copy of the vault (its start-up, the
back-fill, the matching or the cache write). Then the vault opens without
falling back, no ``.tmp-*`` is left, the open deletes no object file, ``check()`` is clean,
leftovers (stored and not saved) are only reported and ``clean`` removes exactly them, and the
next match finds the photo. 4 kills in the fast suite, 16 in the slow one.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.vault_service import VaultService
from tests.reliability.test_damage_matching import FILES, jpeg, picture, query
from tests.support import PASSWORD, derive_seed, new_service, record, subprocess_env, temp_leftovers


def object_files(vault: Path) -> set[str]:
    return {p.name for p in (vault / "objects").rglob("*.lvo")}


def run_kills(tmp_path: Path, kills: int, seed: int) -> tuple[int, int, list[int]]:
    rng = random.Random(seed)
    vault = tmp_path / "vault"
    service = new_service(vault, "match kill")
    service.import_photo_data([("astronaut.jpg", jpeg(picture("astronaut")))])
    service.lock()
    shot = query(tmp_path, "astronaut")
    names = list(FILES)
    leftovers_seen = cleaned = 0
    stages: list[int] = []  # photos still pending after each kill
    for round_ in range(kills):
        where = f"seed {seed}, round {round_}"
        service = VaultService.open(vault, PASSWORD)
        try:  # new photos: this run has indexing to do
            base = picture(names[round_ % len(names)])
            service.import_photo_data(
                [(f"r{round_}-{i}.jpg", jpeg(base.rotate(i * 7))) for i in range(6)]
            )
        finally:
            service.lock()
        # how long this run takes unkilled (on a copy): the kill lands within it
        scratch = tmp_path / f"scratch-{round_}"
        shutil.copytree(vault, scratch)
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "app.cli", "match", str(scratch), str(shot), "--json"],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            env=subprocess_env(),
            timeout=600,
        )
        duration = time.monotonic() - started
        shutil.rmtree(scratch)
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "match", str(vault), str(shot), "--json"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=subprocess_env(),
        )
        assert proc.stdin is not None
        proc.stdin.write(PASSWORD + "\n")
        proc.stdin.flush()
        time.sleep(rng.uniform(0.0, duration))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        before = object_files(vault)
        opened = VaultService.open(vault, PASSWORD)
        try:
            assert not any("previous saved state" in w for w in opened.warnings), where
            assert temp_leftovers(vault) == [], where
            assert object_files(vault) == before, f"{where}: the open deleted objects"
            report = opened.check()
            assert report.ok, (where, [str(p) for p in report.problems])
            stages.append(opened.pending_fingerprints())
            leftovers = opened.leftovers().object_ids
            said = [w for w in opened.warnings if "not in the newest saved state" in w]
            assert len(said) == (1 if leftovers else 0), (where, opened.warnings)
            if leftovers:
                leftovers_seen += len(leftovers)
                removed = opened.remove_leftovers(leftovers)
                assert removed.count == len(leftovers), where
                cleaned += removed.count
                assert opened.check().ok and opened.check().leftovers == 0, where
        finally:
            opened.lock()
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "match", str(vault), str(shot), "--json"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=subprocess_env(LIKENESS_VAULT_DEBUG="1"),
        timeout=600,
    )
    assert done.returncode == 0, (seed, done.stderr)
    [result] = json.loads(done.stdout)
    assert result["matches"] and result["matches"][0]["name"] == "astronaut.jpg", result
    final = VaultService.open(vault, PASSWORD)
    try:
        assert final.pending_fingerprints() == 0 and final.check().ok
    finally:
        final.lock()
    return leftovers_seen, cleaned, stages


def test_kill_during_a_match_that_indexes(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    seed = derive_seed(request.node.nodeid)
    seen, cleaned, stages = run_kills(tmp_path, 4, seed)
    record(
        f"match kill -9: 4 kills (seed {seed}), photos left pending after each: {stages}, "
        f"{seen} leftovers reported, {cleaned} cleaned"
    )


@pytest.mark.slow
def test_kill_during_a_match_that_indexes_16(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    seed = derive_seed(request.node.nodeid)
    seen, cleaned, stages = run_kills(tmp_path, 16, seed)
    record(
        f"match kill -9: 16 kills (seed {seed}), photos left pending after each: {stages}, "
        f"{seen} leftovers reported, {cleaned} cleaned"
    )
