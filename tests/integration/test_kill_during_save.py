"""kill -9 at random moments while a subprocess saves in a loop: the vault always opens whole,
in the last committed state or the one being written. (The 200-kill version with state
comparison is tests/reliability/; this is issue 3's basic proof.)

Issue 10: objects a killed import wrote before its save are kept by the open (it deletes no
object file) and reported; ``clean`` (``remove_leftovers``) then removes exactly those."""

from __future__ import annotations

import os
import random
import signal
import textwrap
import time
from pathlib import Path

import pytest

from app.services.vault_service import VaultService
from app.vault import store
from tests.support import PASSWORD, new_service, start_with_password, subprocess_env

WRITER = textwrap.dedent(
    """
    import sys
    from tests.support import jpeg_bytes
    from app.services.vault_service import VaultService

    service = VaultService.open(sys.argv[1], password=sys.stdin.readline().rstrip("\\n"))
    done = len(service.records.buyers) + len(service.records.media)
    print("ready", done, flush=True)
    while True:
        done += 1
        if done % 3 == 0:
            service.import_photo_data([(f"p{done}.jpg", jpeg_bytes(done, size=(640, 480)))])
        else:
            service.add_buyer(f"buyer {done}", notes="x" * 2000)
        print("committed", done, flush=True)
    """
)


@pytest.mark.slow
def test_kill_9_during_saves_leaves_a_whole_vault(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_SEED", random.randrange(1 << 30)))
    print(f"KILL_SEED={seed}")
    rng = random.Random(seed)
    vault = tmp_path / "vault"
    new_service(vault).lock()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = subprocess_env()
    for round_ in range(6):
        child = start_with_password(script, vault, env=env)
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready and ready[0] == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        out = child.stdout.read()
        err = child.stderr.read() if child.stderr else ""
        assert child.returncode == -signal.SIGKILL, err
        committed = [
            int(line.split()[1]) for line in out.splitlines() if line.startswith("committed")
        ]
        last = committed[-1] if committed else int(ready[1])

        objects = {p.name for p in (vault / "objects").rglob("*.lvo")}
        service = VaultService.open(vault, PASSWORD)
        try:
            count = len(service.records.buyers) + len(service.records.media)
            print(f"round {round_}: {last} committed before the kill, {count} found")
            assert count in (last, last + 1), (seed, round_, count, last)
            report = service.check()
            assert report.ok, (seed, round_, [p.message for p in report.problems])
            assert not list(vault.rglob(f"{store.TEMP_PREFIX}*")), (seed, round_)
            assert {p.name for p in (vault / "objects").rglob("*.lvo")} == objects, (
                seed,
                round_,
                "the open deleted an object file",
            )
            leftovers = service.leftovers()
            reported = [w for w in service.warnings if "not in the newest saved state" in w]
            assert bool(reported) == bool(leftovers.count), (seed, round_, service.warnings)
            if leftovers.count:
                print(f"round {round_}: {leftovers.count} leftover object(s) kept and reported")
                removed = service.remove_leftovers(leftovers.object_ids)
                assert removed.count == leftovers.count, (seed, round_)
                assert service.check().ok and service.leftovers().count == 0, (seed, round_)
        finally:
            service.lock()
