"""Crash-test worker: opens a vault, then edits and saves in a loop until it is killed.

Run as ``python tests/reliability/worker.py VAULT LOG SEED`` with the password on stdin.
Each save is bracketed by two lines appended to LOG with one ``os.write`` each (atomic for
such short lines), so that after a ``kill -9`` the test knows what was committed::

    {"event": "writing", "digest": D, "password": P}    about to save state D
    {"event": "committed", "digest": D, "password": P}  state D is on disk (save returned)

``ready`` is logged once the vault is open. The state digest is ``records_digest`` of
tests.support; a password change logs the password being set. A ``clean`` (removing leftover
objects, no save) is bracketed by ``cleaning`` and ``cleaned``.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: app, tests

from app.errors import InvalidInput
from app.services.vault_service import VaultService
from app.vault.vault import Vault
from tests.support import records_digest


def tiny_jpeg(rng: random.Random) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (4, 3))
    image.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(12)])
    out = io.BytesIO()
    image.resize((48, 36)).save(out, "JPEG", quality=70)
    return out.getvalue()


class Editor:
    """One random edit per call, each ending in a save (or refused as InvalidInput)."""

    def __init__(self, service: VaultService, rng: random.Random, password: str, log: Any):
        self.service, self.rng, self.log = service, rng, log
        self.password = password
        self.passwords = [password, password + " 二"]
        self.step = 0

    def edit(self) -> None:
        self.step += 1
        service, rng, step = self.service, self.rng, self.step
        buyers = list(service.records.buyers)
        media = list(service.records.media)
        deals = list(service.records.deals)
        roll = rng.random()
        if roll < 0.25 or not buyers:
            service.add_buyer(f"买家{step}", notes=f"note {step} " + "x" * rng.randrange(200))
        elif roll < 0.40 or not media:
            service.import_photo_data([(f"p{step}.jpg", tiny_jpeg(rng))])
        elif roll < 0.55:
            service.update_buyer(rng.choice(buyers), notes=f"updated at step {step}")
        elif roll < 0.70:
            picked = rng.sample(media, k=min(len(media), rng.randrange(1, 4)))
            service.add_deal(rng.choice(buyers), picked, "2025-03-01", price=str(step))
        elif roll < 0.80 and deals:
            service.update_deal(rng.choice(deals), notes=f"deal note {step}")
        elif roll < 0.86 and deals:
            service.delete_deal(rng.choice(deals))
        elif roll < 0.90 and len(media) > 3:
            service.delete_media(rng.choice(media))
        elif roll < 0.94:
            new = self.passwords[1] if self.password == self.passwords[0] else self.passwords[0]
            digest = records_digest(service.records)
            self.log("writing-password", digest, new)
            service.change_password(new)
            self.password = new
            self.log("committed", digest, new)
        elif roll < 0.97:
            self.clean()
        else:
            service.update_performer(notes=f"performer note {step}")

    def clean(self) -> None:
        """Remove leftover objects (issue 10: ``clean``); the records do not change."""
        digest = records_digest(self.service.records)
        self.log("cleaning", digest, self.password)
        self.service.remove_leftovers(self.service.leftovers().object_ids)
        self.log("cleaned", digest, self.password)


def main() -> None:
    vault_path, log_path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    password = sys.stdin.readline().rstrip("\n")
    rng = random.Random(seed)
    log_fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    editor: Editor | None = None

    def log(event: str, digest: str, pw: str) -> None:
        line = json.dumps({"event": event, "digest": digest, "password": pw}) + "\n"
        os.write(log_fd, line.encode())

    # every index write (``save``, and ``save_if_changed`` when something changed) goes
    # through ``_write_index``: a change that changes nothing writes nothing and logs nothing
    original_write = Vault._write_index  # internals: the worker traces the one write point

    def traced_write(self: Vault, content: Any) -> None:
        digest = records_digest(self.records)
        pw = editor.password if editor else password
        log("writing", digest, pw)
        original_write(self, content)
        log("committed", digest, pw)

    Vault._write_index = traced_write  # type: ignore[method-assign]

    service = VaultService.open(vault_path, password)
    log("ready", records_digest(service.records), password)
    editor = Editor(service, rng, password, log)
    if rng.random() < 0.3:  # leftovers of the previous kill, if any, go first
        editor.clean()
    while True:
        try:
            editor.edit()
        except InvalidInput:  # e.g. a deal whose photos were all deleted: refused, not saved
            continue


if __name__ == "__main__":
    main()
