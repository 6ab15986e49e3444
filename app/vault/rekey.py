"""Renewing the vault key (``rekey``): the pieces ``Vault.rekey`` and ``Vault.open`` share.

The order of a rekey (``docs/vault-format.md`` §3.5 is the specification):

1. every object of the newest saved state is re-encrypted under the new key as a new object
   (new id); the old files stay;
2. the new index is written under the new key as ``index/rekey-<G>.lvi`` (a name readers of the
   old key do not look at), ``G`` above every index generation present;
3. the header copies are written with new keyslots wrapping the new key, ``vault.json.bak``
   first. **The commit point is the rename of ``vault.json.bak``**: from then on the newest
   header copy that decodes holds the new key;
4. index generations the new key cannot read are deleted, and ``rekey-<G>.lvi`` is renamed
   to ``index-<G>.lvi``;
5. the old objects are deleted.

A kill before 3 leaves the old vault whole (the new objects and the pending index are
leftovers that the old key cannot read: ``clean`` and the next ``rekey`` remove them). A kill
after 3 leaves the new vault: opening finishes step 4 (``finish_pending``); old objects left by
a kill during 5 are reported as leftovers and removed by ``clean``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from app.errors import VaultDamaged
from app.vault import format, store

PENDING_RE = re.compile(r"^rekey-(\d{12})\.lvi$")
INDEX_DIR = "index"
INDEX_RE = re.compile(r"^index-(\d{12})\.lvi$")


class RekeyCancelled(Exception):
    """The user cancelled a rekey before its commit point; nothing changed."""


def pending_name(generation: int) -> str:
    return f"rekey-{generation:012d}.lvi"


def _index_files(root: Path, pattern: re.Pattern[str]) -> dict[int, Path]:
    found: dict[int, Path] = {}
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(root / INDEX_DIR):
            match = pattern.match(entry.name)
            if match and entry.is_file(follow_symlinks=False):
                found[int(match.group(1))] = Path(entry.path)
    return found


def pending_files(root: Path) -> dict[int, Path]:
    """``index/rekey-<G>.lvi`` files: the new index of a rekey, before step 4 renamed it."""
    return _index_files(root, PENDING_RE)


def _decodes(key: bytes, vault_id: uuid.UUID, path: Path) -> bool:
    try:
        format.decode_index(key, vault_id, path.read_bytes(), path.name)
    except (VaultDamaged, OSError, ValueError):
        return False
    return True


def finish_pending(root: Path, key: bytes, vault_id: uuid.UUID) -> tuple[bool, int]:
    """At open, with the header's key: finish step 4 of a rekey that passed its commit point.

    Returns (finished, stale): whether a committed rekey was finished here, and how many
    pending files of a rekey that never committed (the key cannot read them) were found and
    left alone for ``rekey`` or ``clean`` to remove."""
    finished, stale = False, 0
    for generation, path in sorted(pending_files(root).items(), reverse=True):
        if not _decodes(key, vault_id, path):
            stale += 1
            continue
        complete_switch(root, key, vault_id, generation)
        finished = True
    return finished, stale


def complete_switch(root: Path, key: bytes, vault_id: uuid.UUID, generation: int) -> None:
    """Step 4: delete the index generations ``key`` cannot read (they are under the previous
    key and superseded by the committed rekey), then rename the pending index into place."""
    pending = root / INDEX_DIR / pending_name(generation)
    for old_gen, path in _index_files(root, INDEX_RE).items():
        if old_gen < generation and not _decodes(key, vault_id, path):
            with contextlib.suppress(OSError):
                path.unlink()
    target = root / INDEX_DIR / f"index-{generation:012d}.lvi"
    if not target.exists():
        os.replace(pending, target)
    else:  # pragma: no cover - cannot happen: the pending generation is above every other
        with contextlib.suppress(OSError):
            pending.unlink()
    store.fsync_dir(root / INDEX_DIR)


def remove_stale_pending(root: Path, key: bytes, vault_id: uuid.UUID) -> int:
    """Delete pending files of a rekey that never committed (the current key cannot read
    them); returns how many. Only a rekey (an explicit command) calls this, never an open."""
    removed = 0
    for path in pending_files(root).values():
        if not _decodes(key, vault_id, path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def rechunk(chunks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """Chunks of exactly ``size`` bytes (the last may be shorter), whatever came in."""
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    yield bytes(buffer)


def checked(
    chunks: Iterable[bytes], cancel: threading.Event | None, digest: Any | None = None
) -> Iterator[bytes]:
    for chunk in chunks:
        if cancel is not None and cancel.is_set():
            raise RekeyCancelled
        if digest is not None:
            digest.update(chunk)
        yield chunk


def sha256_of(chunks: Iterable[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


ProgressFn = Callable[[int, int, str], None]
