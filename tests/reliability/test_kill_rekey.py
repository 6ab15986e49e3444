"""kill -9 during ``rekey``: a kill at any moment leaves the old vault whole or the new one.

Two kinds of kill, each followed by the same verdict:
* at each named point on both sides of the commit point (the rename of ``vault.json.bak``),
  the worker dies with ``os._exit`` (no cleanup runs, as with ``kill -9``): deterministic;
* a worker renews the key in a loop and is killed with SIGKILL after a seeded random delay.

Verdict after every kill: the password opens the vault; ``check()`` finds no damage; the
records (object ids aside, which a rekey changes) and the evidence signing key are as before;
exactly one recovery key opens it, the one of the last committed rekey or of the one that was
running, and for the named points the expected one (old before the commit point, new after);
leftovers are only reported, and removing them (what ``clean`` does) leaves a vault that
checks whole and can be rekeyed again. 6 named points + 6 random kills in the fast suite, 80
random kills in the slow one.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.errors import WrongPassword
from app.services.demo import portrait
from app.services.vault_service import VaultService
from tests.support import PASSWORD, create_vault, record, temp_leftovers

WORKER = Path(__file__).resolve().parent / "rekey_worker.py"
BEFORE_COMMIT = ("mid-objects", "after-pending", "before-backup")
AFTER_COMMIT = ("after-backup", "after-main", "after-switch")


def state(service: VaultService) -> str:
    """The records without object ids (a rekey gives every object a new id) + signing key."""
    doc = service.records.to_json()
    for item in doc["media"]:
        item.pop("object_id")
        item["thumb_object_id"] = bool(item["thumb_object_id"])
    for att in doc["attachments"]:
        att.pop("object_id")
    doc["signing"] = service.signing_public_key().hex()
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


def make_vault(root: Path) -> tuple[Path, str, str]:
    vault = root / "vault"
    service, recovery = create_vault(vault, "rekey kills")
    service.import_photo_data([(f"p{i}.jpg", portrait(i, (160, 200))) for i in range(12)])
    big = root / "recording.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024 + 17))  # four chunks
    service.add_attachment(big, "chat")
    service.add_buyer("买家")
    expected = state(service)
    service.lock()
    return vault, recovery, expected


def read_log(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().split(b"\n")[:-1]]


def start(vault: Path, log: Path, mode: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(vault), str(log), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSWORD.encode() + b"\n")
    proc.stdin.close()
    return proc


@dataclass
class Tally:
    kills: int = 0
    old_vault: int = 0
    new_vault: int = 0
    finished_at_open: int = 0
    leftovers_cleaned: int = 0
    rekeys_committed: int = 0
    failures: list[str] = field(default_factory=list)


def verdict(vault: Path, expected: str, candidates: list[str], where: str, tally: Tally) -> str:
    """Check the vault after a kill; returns the recovery key in force."""
    service = VaultService.open(vault, PASSWORD)
    try:
        assert temp_leftovers(vault) == [], f"{where}: temp files survived the open"
        assert state(service) == expected, f"{where}: records or signing key changed"
        report = service.check()
        assert report.ok, f"{where}: check found damage: {report.problems}"
        if any("Finished an interrupted change of the vault key" in w for w in service.warnings):
            tally.finished_at_open += 1
        leftovers = service.vault.leftovers()
        if leftovers.count:  # what `clean` does
            removed = service.vault.remove_leftovers(leftovers.object_ids)
            assert removed.count == leftovers.count, f"{where}: leftovers not removable"
            tally.leftovers_cleaned += 1
        assert service.check().ok
    finally:
        service.lock()
    in_force = []
    for key in dict.fromkeys(candidates):
        try:
            VaultService.open(vault, recovery_key=key).lock()
            in_force.append(key)
        except WrongPassword:
            continue
    assert len(in_force) == 1, f"{where}: {len(in_force)} of the candidate recovery keys open it"
    return in_force[0]


@pytest.mark.parametrize("point", BEFORE_COMMIT + AFTER_COMMIT)
def test_death_at_each_point_of_a_rekey(tmp_path: Path, point: str) -> None:
    vault, old_recovery, expected = make_vault(tmp_path)
    log = tmp_path / "worker.log"
    proc = start(vault, log, f"stop:{point}")
    proc.wait(timeout=120)
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode == 137, f"{point}: the worker did not die there: {err.decode()}"
    events = read_log(log)
    new = [e["key"] for e in events if e["event"] == "recovery"]
    if point == "mid-objects":
        assert new == []  # the recovery key is made after the objects
    tally = Tally()
    in_force = verdict(vault, expected, [old_recovery, *new], point, tally)
    if point in BEFORE_COMMIT:
        assert in_force == old_recovery, f"{point}: the new key is in force before the commit"
    else:
        assert in_force == new[-1], f"{point}: the old key is in force after the commit"
    # and the vault can be rekeyed again after the kill and the clean
    again = VaultService.open(vault, PASSWORD)
    try:
        fresh = again.rekey(PASSWORD)
        assert state(again) == expected
    finally:
        again.lock()
    VaultService.open(vault, recovery_key=fresh).lock()
    record(
        f"rekey killed at {point}: {'old' if point in BEFORE_COMMIT else 'new'} vault whole, "
        "check OK, one recovery key in force, leftovers cleaned, rekeyed again"
    )


def run_random_kills(root: Path, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    vault, recovery, expected = make_vault(root)
    tally = Tally()
    # how long one rekey takes here, to spread the kills over it
    log = root / "timing.log"
    proc = start(vault, log, "loop")
    began = time.monotonic()
    while sum(e["event"] == "committed" for e in read_log(log)) < 2:
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    proc.stderr.close()
    events = read_log(log)
    ready_at = began  # rough: includes the open; enough to spread delays
    span = (time.monotonic() - ready_at) / 2
    recovery = verdict(
        vault, expected, [recovery] + [e["key"] for e in events if "key" in e], "timing", tally
    )
    for round_ in range(kills):
        log = root / f"worker-{round_}.log"
        proc = start(vault, log, "loop")
        deadline = time.monotonic() + 30
        while b'"ready"' not in (log.read_bytes() if log.exists() else b""):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the worker did not open the vault"
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, span * 1.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        tally.kills += 1
        events = read_log(log)
        tally.rekeys_committed += sum(e["event"] == "committed" for e in events)
        candidates = [recovery] + [e["key"] for e in events if e["event"] == "recovery"]
        where = f"seed {seed}, round {round_} ({len(events)} log lines)"
        now = verdict(vault, expected, candidates, where, tally)
        committed = [e["key"] for e in events if e["event"] == "committed"]
        pending = candidates[-1]
        assert now in ((committed[-1] if committed else recovery), pending), (
            f"{where}: the recovery key in force is neither the last committed nor the pending one"
        )
        if now == recovery:
            tally.old_vault += 1
        else:
            tally.new_vault += 1
        recovery = now
    return tally


def _summarise(name: str, tally: Tally, seed: int) -> None:
    record(
        f"{name}: seed {seed}: {tally.kills} kills during rekey loops ({tally.rekeys_committed} "
        f"rekeys committed; after the kill the old key was in force {tally.old_vault} times, a "
        f"newer one {tally.new_vault} times; {tally.finished_at_open} opens finished a committed "
        f"rekey, {tally.leftovers_cleaned} cleans of leftovers), 0 losses"
    )


def test_kill_during_rekey_fast(tmp_path: Path, seed: int) -> None:
    tally = run_random_kills(tmp_path, 6, seed)
    _summarise("rekey kill -9 (fast)", tally, seed)
    assert tally.kills == 6


@pytest.mark.slow
def test_kill_during_rekey_80(tmp_path: Path, seed: int) -> None:
    tally = run_random_kills(tmp_path, 80, seed)
    _summarise("rekey kill -9 (slow)", tally, seed)
    assert tally.kills == 80
    assert tally.old_vault >= 5 and tally.new_vault >= 5, (
        f"seed {seed}: the kills did not land on both sides of the commit point often enough"
    )
