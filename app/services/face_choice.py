"""Face matching stays the performer's choice across restores: an older saved state never
turns it back on.

Face embeddings are biometric data: they are computed only after the performer turns face
matching on, and turning it off deletes them (``VaultService.set_face_matching``). The choice
is kept in the records (``Records.matching``), so putting an older saved state back (a backup
restored into the vault's folder, an old index folder a sync tool delivered, the previous
generation opened because the newest is damaged, a backup copy opened where it lies) would
bring back the choice *of that time*: face matching on again, face keys naming objects that
were deleted, and the background queue computing faces anew.

So this computer remembers, per vault, the last face-matching state it saw and since when: one
JSON file next to ``seen.json`` in the user's state folder (``app/vault/seen.state_dir``):

    {"version": 1, "vaults": {"<vault id>": {"on": false, "at": "2026-11-30T06:20:24Z"}}}

It holds nothing secret: a vault id, a yes/no and a time (no key, no name, no record). It is
keyed by the vault id alone, not by the folder, because a backup copy opened where it lies is
a restore too.

At every open (``apply_at_open``), with ``S`` the instant the opened records say face
matching was turned on (``face_matching_since``) and the memory saying ``off`` since ``T``:

- the records say on and ``T >= S``: the opened state is older than the performer's choice to
  turn it off. It stays OFF: the records are changed as "off" does (face keys dropped, their
  objects deleted where they still exist, in one save) and a warning says so. Nothing of a
  face is computed again.
- the records say on and ``T < S``: face matching was turned on again after that (on another
  computer, in another copy): the newer choice stands.
- the records say off and the memory says on: the opened state's choice (off) stands, the
  older choice; a warning says face matching is off in this saved state and how to turn it on
  again. No face is computed.

So after a restore face matching is on only when it is on both in the restored state and in
the state this computer knew. Without a memory (another computer, a lost state folder) the
opened records are all there is. A memory that cannot be read or written never stops an open;
it only loses this protection.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from app.domain.models import NO_OBJECT, Records, utc_now
from app.errors import Notice, UserError
from app.matching import fingerprints
from app.vault import seen, store

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

FILE_NAME = "face-matching.json"


@dataclass(frozen=True)
class Choice:
    on: bool
    at: str  # since when: ISO 8601 UTC, whole seconds ("2026-11-30T06:20:24Z")

    @property
    def when(self) -> str:
        return seen.when(self.at)


def _load() -> dict[str, Any]:
    return seen.load_vaults(FILE_NAME)


def recall(vault_id: UUID) -> Choice | None:
    """The last face-matching state this computer saw for this vault, if it remembers."""
    entry = _load().get(str(vault_id))
    if not isinstance(entry, dict):
        return None
    on, at = entry.get("on"), entry.get("at")
    if type(on) is not bool or not isinstance(at, str) or not at:
        return None
    return Choice(on, at)


def note(vault_id: UUID, on: bool, at: str) -> None:
    """Remember the face-matching state of this vault and since when. Never raises: a memory
    that cannot be written only loses the protection."""
    try:
        vaults = _load()
        entry = {"on": on, "at": at}
        if vaults.get(str(vault_id)) == entry:
            return
        vaults[str(vault_id)] = entry
        if len(vaults) > seen.MAX_ENTRIES:
            dated = sorted(
                vaults.items(),
                key=lambda kv: str(kv[1].get("at", "")) if isinstance(kv[1], dict) else "",
            )
            vaults = dict(dated[-seen.MAX_ENTRIES :])
        folder = seen.state_dir()
        store.make_private_dir(folder)
        data = json.dumps({"version": 1, "vaults": vaults}, indent=1, sort_keys=True)
        store.atomic_write(folder / FILE_NAME, data.encode())
    except Exception:  # noqa: S110  # a protection lost, never an open or a change refused
        pass


def kept_off(on: bool, since: str, remembered: Choice | None) -> bool:
    """Whether records that say face matching is ``on`` (turned on at ``since``) must be kept
    off: this computer saw it turned off at or after that instant."""
    return on and remembered is not None and not remembered.on and remembered.at >= since


def apply_at_open(service: VaultService) -> None:
    """Keep the performer's face-matching choice over an older saved state (see the module's
    docstring); adds the warning to ``service.warnings`` and remembers the state now open."""
    vault = service.vault
    if vault.read_only:
        return
    matching = service.records.matching
    remembered = recall(vault.vault_id)
    if kept_off(matching.face_matching, matching.face_matching_since, remembered):
        assert remembered is not None
        try:
            faces = service.set_face_matching(False)
        except UserError:  # a full disk, a read-only medium: off in memory, saved later
            faces = off_in_memory(service)
        vault.warnings.append(
            Notice(
                "face_matching_kept_off",
                "This saved state had face matching on, but it was turned off on this "
                f"computer on {remembered.when}: it stays off. No face is measured again, and "
                f"the face measurements this state named ({faces} photo(s)) are deleted; turn "
                "face matching on again only if you want it.",
                remembered.when,
                faces,
            )
        )
        return  # the memory already says off
    if matching.face_matching:
        since = matching.face_matching_since
        if remembered is None or not remembered.on or (since and remembered.at != since):
            note(vault.vault_id, True, since or utc_now())
        return
    if remembered is not None and remembered.on:
        vault.warnings.append(
            Notice(
                "face_matching_off_restored",
                f"Face matching is off in this saved state (it was on here since "
                f"{remembered.when}): it stays off and no face is measured. Turn it on again "
                "only if you want it.",
                remembered.when,
            )
        )
    if remembered is None or remembered.on:
        note(vault.vault_id, False, utc_now())


def remember(vault_id: UUID, on: bool, since: str) -> None:
    """The performer changed the choice (``set_face_matching``)."""
    note(vault_id, on, since if on and since else utc_now())


def off_in_memory(service: VaultService) -> int:
    """Face matching off in the records held in memory when the save at open failed: nothing
    of a face is computed or read in this session, and the next saved change stores it (the
    face objects go to the trash with it). Returns how many photos named face data."""
    records = service.vault.records
    records.matching = dataclasses.replace(
        records.matching, face_matching=False, face_matching_since=""
    )
    removed, deleted = drop_face_data(records)
    service.vault.discard_objects(deleted)
    return removed


def drop_face_data(records: Records) -> tuple[int, list[str]]:
    """Drop every derived key that needs face matching from ``records`` (changed in place):
    how many photos had one, and the ids of the objects they named (to delete)."""
    requiring = {fp.name for fp in fingerprints.registered() if fp.requires}
    deleted: list[str] = []
    removed = 0
    for item in list(records.media.values()):
        drop = {k for k in item.derived if fingerprints.split_key(k)[0] in requiring}
        if not drop:
            continue
        deleted += [item.derived[k] for k in drop if item.derived[k] != NO_OBJECT]
        derived = {k: v for k, v in item.derived.items() if k not in drop}
        records.media[item.id] = dataclasses.replace(item, derived=derived)
        removed += 1
    return removed, deleted
