"""The open vault under every use case: its records, one transaction, one ``find``.

``VaultService`` (app/services/vault_service.py) is built on this class, with the attachment
and sighting use cases (app/services/attachments.py, sightings.py) in between; the GUI and the
CLI only ever hold a ``VaultService``.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from app.domain.models import Attachment, Buyer, Deal, Letter, MediaItem, Records, Sighting
from app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from app.vault.vault import Vault

MIN_PREFIX = 4  # the shortest id prefix that ``find`` accepts
LETTER_REFERENCE = re.compile(r"lv-([0-9a-f]{8})")  # the reference printed on a letter

T = TypeVar("T", MediaItem, Buyer, Deal, Attachment, Sighting, Letter)


# record type -> (its collection in Records, (no such record, ambiguous prefix)); placeholders
# {id}, {ids}
FINDABLE: dict[type, tuple[str, tuple[str, str]]] = {
    MediaItem: (
        "media",
        (
            QT_TRANSLATE_NOOP("errors", "There is no photo or clip with id {id} in this vault."),
            QT_TRANSLATE_NOOP(
                "errors",
                "The id {id} matches more than one photo or clip ({ids}); give more of it.",
            ),
        ),
    ),
    Buyer: (
        "buyers",
        (
            QT_TRANSLATE_NOOP("errors", "There is no buyer with id {id} in this vault."),
            QT_TRANSLATE_NOOP(
                "errors", "The id {id} matches more than one buyer ({ids}); give more of it."
            ),
        ),
    ),
    Deal: (
        "deals",
        (
            QT_TRANSLATE_NOOP("errors", "There is no deal with id {id} in this vault."),
            QT_TRANSLATE_NOOP(
                "errors", "The id {id} matches more than one deal ({ids}); give more of it."
            ),
        ),
    ),
    Attachment: (
        "attachments",
        (
            QT_TRANSLATE_NOOP("errors", "There is no attachment with id {id} in this vault."),
            QT_TRANSLATE_NOOP(
                "errors", "The id {id} matches more than one attachment ({ids}); give more of it."
            ),
        ),
    ),
    Sighting: (
        "sightings",
        (
            QT_TRANSLATE_NOOP("errors", "There is no sighting with id {id} in this vault."),
            QT_TRANSLATE_NOOP(
                "errors", "The id {id} matches more than one sighting ({ids}); give more of it."
            ),
        ),
    ),
    Letter: (
        "letters",
        (
            QT_TRANSLATE_NOOP("errors", "There is no letter with id {id} in this vault."),
            QT_TRANSLATE_NOOP(
                "errors", "The id {id} matches more than one letter ({ids}); give more of it."
            ),
        ),
    ),
}


class ServiceCore:
    def __init__(self, vault: Vault[Records]) -> None:
        self.vault = vault
        self._write_lock = threading.RLock()

    @property
    def records(self) -> Records:
        return self.vault.records

    @property
    def path(self) -> Path:
        return self.vault.root

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """Hold off every change for the length of the block (no save runs): what a backup's
        copy is taken under (app/services/backup.py)."""
        with self._write_lock:
            yield

    @contextlib.contextmanager
    def transaction(self, written: list[str] | None = None) -> Iterator[Records]:
        """Apply a change to the records it yields and save it if anything changed (nothing
        changed: no new generation). Every use case, here and in ``letters``/``evidence``,
        changes the vault through it.

        If the change or its save fails before the new index is on disk, the records go back
        to what they were (``Vault.snapshot``/``restore``) and the objects this very change
        wrote are deleted: the ids the caller appends to ``written`` (by the end of the
        block), never any other object file. Objects written by a change that turned out to
        change nothing are deleted too."""
        written = [] if written is None else written
        with self._write_lock:
            before = self.vault.snapshot()
            records = self.vault.records
            try:
                yield records
                saved = self.vault.save_if_changed()
            except BaseException:
                if self.vault.generation == before.generation:  # the new index is not on disk
                    self.vault.restore(before)
                    self.vault.discard_unreferenced(written)
                raise
            if not saved:
                self.vault.restore(before)
                self.vault.discard_unreferenced(written)

    def find(self, record_type: type[T], key: str) -> T:
        """The record of ``record_type`` whose id is ``key``, or starts with ``key`` when that
        is at least ``MIN_PREFIX`` characters and matches one record only; a letter also by the
        reference printed on it (``LV-1A2B3C4D``). An ambiguous prefix names the candidates.
        The GUI and the CLI both find records here."""
        name, (missing, ambiguous) = FINDABLE[record_type]
        collection: dict[str, T] = getattr(self.records, name)
        key = (key or "").strip().lower()
        if record_type is Letter and (ref := LETTER_REFERENCE.fullmatch(key)):
            key = ref.group(1)
        if key in collection:
            return collection[key]
        if len(key) >= MIN_PREFIX:
            hits = sorted(k for k in collection if k.startswith(key))
            if len(hits) == 1:
                return collection[hits[0]]
            if hits:
                shown = ", ".join(hits[:10]) + (", …" if len(hits) > 10 else "")
                sentence = ambiguous
                raise InvalidInput(sentence, id=repr(key), ids=shown)
        sentence = missing
        raise NotFound(sentence, id=repr(key))
