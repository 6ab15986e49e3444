"""kill -9 during the fingerprint back-fill: each batch is one save, so a killed run loses at
most the batch it was computing and the next run resumes.

A vault's photos are imported before a (test) fingerprint existed; a subprocess registers it
and runs ``VaultService.backfill`` (what ``likeness-vault-cli check --backfill`` does) in
batches of 2, and is killed with SIGKILL after a seeded random number of indexed photos.
Then the vault must open, ``check()`` must find nothing damaged, the photos still pending must
be a whole number of batches, every value saved must be what the registry computes from the
photo, and the next run must index exactly the rest. 3 kills in the fast suite.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PIL import Image

from app.matching import fingerprints
from app.matching.fingerprints import Fingerprint
from app.media import images
from app.services.vault_service import VaultService
from tests.support import (
    PASSWORD,
    derive_seed,
    jpeg_bytes,
    new_service,
    record,
    subprocess_env,
)

PHOTOS = 24


def mean_grey(image: Image.Image) -> str:
    grey = image.convert("L").tobytes()
    return f"{sum(grey) // len(grey):02x}"


MEAN = Fingerprint("mean-grey", 1, mean_grey, "test: the mean grey level")

WORKER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from test_kill_backfill import MEAN
    from app.matching import fingerprints
    from app.services.vault_service import VaultService

    fingerprints.REGISTRY = (fingerprints.DHASH64, MEAN)
    service = VaultService.open(sys.argv[1], sys.stdin.readline().rstrip("\\n"))
    print("started", service.pending_fingerprints(), flush=True)
    report = service.backfill(lambda d, t, n: print("indexed", d, flush=True), batch=2)
    print("done", report.indexed, flush=True)
    time.sleep(120)
    """
)


def test_kill_during_backfill_keeps_saved_batches_and_resumes(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = derive_seed(request.node.nodeid)
    rng = random.Random(seed)
    vault = tmp_path / "vault"
    service = new_service(vault, "backfill kill")

    service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i, (200, 150))) for i in range(PHOTOS)])
    service.lock()
    monkeypatch.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64, MEAN))
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    env = subprocess_env()
    pending = PHOTOS
    kills = 0
    for round_ in range(3):
        if pending < 2:  # a kill that came after the last batch: nothing left to interrupt
            break
        proc = subprocess.Popen(
            [sys.executable, str(script), str(vault), str(Path(__file__).parent)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSWORD + "\n")
        proc.stdin.flush()
        started = proc.stdout.readline()
        assert started == f"started {pending}\n", (seed, round_, started)
        # killed after the photo numbered target of this run (the first half: work remains)
        target = rng.randrange(1, pending // 2 + 1)
        for _ in range(target):
            proc.stdout.readline()
        time.sleep(rng.uniform(0, 0.01))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        opened = VaultService.open(vault, PASSWORD)
        try:
            report = opened.check()
            assert report.ok, (seed, round_, report.problems)
            left = opened.pending_fingerprints()
            # whole batches only; at least those saved before the target photo was computed
            indexed = pending - left
            assert indexed % 2 == 0, (seed, round_, pending, left)
            assert (target - 1) // 2 * 2 <= indexed <= pending, (seed, round_, target, left)
            for item in opened.records.media.values():
                if "mean-grey/1" in item.fingerprints:
                    reduced = images.reduce_image(opened.original_bytes(item.id), item.name)
                    # values of fingerprints this registry does not name (pdq/1) are kept
                    computed = fingerprints.compute(reduced.image)
                    assert {k: item.fingerprints[k] for k in computed} == computed, seed
            pending = left
        finally:
            opened.lock()
    resumed = VaultService.open(vault, PASSWORD)
    try:
        assert resumed.backfill(batch=2).indexed == pending
        assert resumed.pending_fingerprints() == 0
    finally:
        resumed.lock()
    record(
        f"back-fill kill -9: {kills} kills (seed {seed}), {PHOTOS - pending} photos indexed "
        f"before the last kill, the rest by the resumed run"
    )
