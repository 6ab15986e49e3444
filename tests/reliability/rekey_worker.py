"""Crash-test worker for ``rekey``: renews the vault key until it is killed, or dies on purpose
at one named point of a rekey (``os._exit``: no cleanup runs, as with ``kill -9``).

    python tests/reliability/rekey_worker.py VAULT LOG MODE      (password on stdin)

MODE is ``loop`` or ``stop:<point>`` with <point> one of the names in ``POINTS``. Each event is
one line appended to LOG with one ``os.write``::

    {"event": "ready"}                     the vault is open
    {"event": "recovery", "key": K}        a rekey made recovery key K (before its commit)
    {"event": "committed", "key": K}       that rekey returned: K is in force
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: app, tests

from app.services.vault_service import VaultService
from app.vault import crypto, rekey, store

POINTS = (
    "mid-objects",  # two objects re-encrypted
    "after-pending",  # the new index written as rekey-<G>.lvi
    "before-backup",  # about to write vault.json.bak (the commit point)
    "after-backup",  # vault.json.bak renamed: committed; vault.json still the old one
    "after-main",  # both header copies new; the pending index not yet in place
    "after-switch",  # old index generations gone, new index in place; old objects remain
)


def main() -> None:
    vault_path, log_path, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    password = sys.stdin.readline().rstrip("\n")
    log_fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    stop = mode.split(":", 1)[1] if mode.startswith("stop:") else ""

    def log(event: str, **fields: Any) -> None:
        os.write(log_fd, (json.dumps({"event": event, **fields}) + "\n").encode())

    def point(name: str) -> None:
        if name == stop:
            os._exit(137)

    real_recovery = crypto.new_recovery_key

    def logged_recovery() -> str:
        key = real_recovery()
        log("recovery", key=key)
        return key

    crypto.new_recovery_key = logged_recovery

    real_write = store.atomic_write

    def traced_write(target: Path, data: bytes) -> None:
        if target.name == "vault.json.bak":
            point("before-backup")
        real_write(target, data)
        if target.name.startswith("rekey-"):
            point("after-pending")
        elif target.name == "vault.json.bak":
            point("after-backup")
        elif target.name == "vault.json":
            point("after-main")

    store.atomic_write = traced_write

    real_switch = rekey.complete_switch

    def traced_switch(*args: Any) -> None:
        real_switch(*args)
        point("after-switch")

    rekey.complete_switch = traced_switch  # type: ignore[assignment]

    service = VaultService.open(vault_path, password)
    log("ready")

    def progress(done: int, total: int, _name: str) -> None:
        if done == 2:
            point("mid-objects")

    while True:
        key = service.rekey(password, progress)
        log("committed", key=key)
        if stop:
            os._exit(3)  # the named point was never reached: the test fails on exit code 3


if __name__ == "__main__":
    main()
