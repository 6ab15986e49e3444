"""What this computer remembers about the vaults it opened: enough to notice a rollback.

A vault's index generation only grows, and so does its header generation. If the generation
opened in a folder is lower than the highest this computer opened or saved *in that same
folder*, the folder was rolled back: a backup restored into it (expected), a sync tool that
delivered old files, or someone who put an old state back on purpose (an old header copy lets
an old password in). The app warns at every open until the next save, which is numbered past
the highest generation remembered here: so a save never reuses the number of an index file
that is missing, and putting that file back later cannot clash with it.

The memory is one JSON file outside every vault, in the user's state folder
(``platformdirs.user_state_path("likeness-vault")``, or ``$LIKENESS_VAULT_STATE_DIR`` when set):

    {"version": 1, "vaults": {"<vault id> <resolved folder>": {"generation": 12,
        "at": "2026-11-30T06:20:24Z", "header_generation": 4, "header_at": "..."}}}

It holds nothing secret: no key, no name, no record, only vault ids, folder paths, numbers and
times. A copy of a vault in another folder has its own entry, so opening a backup where it
lies does not warn. The file is written atomically (``store.atomic_write``); when it is
missing, damaged or cannot be written, the vault opens and saves all the same, without this
warning. Two programs updating it at the same moment may lose one update: that only ever
loses a warning, never causes a false one for a folder that was not rolled back.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from app.vault import store
from app.vault.format import utc_now

STATE_DIR_ENV = "LIKENESS_VAULT_STATE_DIR"
FILE_NAME = "seen.json"
MAX_ENTRIES = 500  # the oldest entries are dropped beyond this
MAX_FILE_BYTES = 1024 * 1024


def state_dir() -> Path:
    """The folder of this computer's memory: ``$LIKENESS_VAULT_STATE_DIR`` or the user's state
    folder (e.g. ``~/.local/state/likeness-vault`` on Linux)."""
    override = os.environ.get(STATE_DIR_ENV, "").strip()
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_state_path("likeness-vault", appauthor=False)


def when(at: str) -> str:
    """An ISO 8601 UTC time for a sentence: 2026-11-30 06:20 UTC."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return at
    return moment.strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True)
class Seen:
    generation: int  # the highest index generation opened or saved in this folder
    at: str  # when it was first seen: ISO 8601 UTC, e.g. 2026-11-30T06:20:24Z
    header_generation: int = 0  # the highest header generation, likewise
    header_at: str = ""

    @property
    def when(self) -> str:
        return when(self.at)

    @property
    def header_when(self) -> str:
        return when(self.header_at)


def _key(vault_id: UUID, root: Path) -> str:
    return f"{vault_id} {os.path.normcase(os.path.realpath(root))}"


def load_vaults(file_name: str) -> dict[str, Any]:
    """The ``"vaults"`` table of one of this computer's state files (``{"version": 1,
    "vaults": {...}}`` in :func:`state_dir`); empty when the file is missing, too large or not
    such a table: a state file never stops an open."""
    try:
        with (state_dir() / file_name).open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            return {}
        doc = json.loads(data)
        vaults = doc.get("vaults") if isinstance(doc, dict) else None
        return vaults if isinstance(vaults, dict) else {}
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return {}


def _load() -> dict[str, Any]:
    return load_vaults(FILE_NAME)


def _count(value: Any) -> int | None:
    return value if type(value) is int and value >= 0 else None


def recall(vault_id: UUID, root: Path) -> Seen | None:
    """The highest generations this computer opened or saved in this folder, if it remembers."""
    return _parse(_load().get(_key(vault_id, root)))


def _parse(entry: Any) -> Seen | None:
    if not isinstance(entry, dict):
        return None
    generation, at = _count(entry.get("generation")), entry.get("at")
    if generation is None or not isinstance(at, str):
        return None
    header_generation = _count(entry.get("header_generation")) or 0
    header_at = entry.get("header_at")
    return Seen(generation, at, header_generation, header_at if isinstance(header_at, str) else "")


def note(vault_id: UUID, root: Path, generation: int, header_generation: int = 0) -> None:
    """Remember ``generation`` (and ``header_generation``) for this vault in this folder where
    they are higher than what is remembered. Never raises: a memory that cannot be written only
    costs the rollback warning."""
    try:
        vaults = _load()
        key = _key(vault_id, root)
        old = _parse(vaults.get(key))
        now = utc_now()
        entry: dict[str, Any] = {"generation": generation, "at": now}
        if old is not None and old.generation >= generation:
            entry.update(generation=old.generation, at=old.at)
        if old is not None and old.header_generation >= header_generation:
            header_generation, header_now = old.header_generation, old.header_at
        else:
            header_now = now
        if header_generation:
            entry.update(header_generation=header_generation, header_at=header_now)
        if old is not None and entry == vaults.get(key):
            return  # nothing new: no write
        vaults[key] = entry
        if len(vaults) > MAX_ENTRIES:
            dated = sorted(
                vaults.items(),
                key=lambda kv: str(kv[1].get("at", "")) if isinstance(kv[1], dict) else "",
            )
            vaults = dict(dated[-MAX_ENTRIES:])
        folder = state_dir()
        store.make_private_dir(folder)
        data = json.dumps({"version": 1, "vaults": vaults}, indent=1, sort_keys=True)
        store.atomic_write(folder / FILE_NAME, data.encode())
    except Exception:  # noqa: S110  # a warning lost, never an open or a save refused
        pass
