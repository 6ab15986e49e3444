"""Back up a vault: a consistent copy of its encrypted folder, verified, and its date noted.

``back_up(service, dest)`` copies the open vault's encrypted files (both header copies, the
kept index generations, every object file) into ``dest``, a new or empty folder (a USB stick).
The copy is taken while the service holds its write lock, so no save (and no import) can run
in between: the copy is one saved state of the vault, byte for byte. Each file is written with
``O_EXCL`` (nothing is ever overwritten), fsynced, and its folder fsynced at the end. The copy
is then opened *read-only* with the same password (``Vault.open(read_only=True)`` writes
nothing there: no lock file, no repair, no note of the generation) and every object checked,
as ``check`` does. If anything fails (a full disk, an unwritable folder, a copy that does not
verify, a cancel), exactly the files and folders this backup made are removed again, and the
sentence says what failed; the vault itself is never changed by a backup.

Restore is "open the copy": it opens in its own folder, and since this computer's memory of
generations (``app/vault/seen.py``) is kept per folder, the copy does not raise the rollback
warning there.

Where the date is kept: in this computer's state folder (``backups.json`` next to
``seen.json``), per vault and folder, with the generation that was copied and a keyed digest of
what a backup keeps (``content_digest``). Not in the vault's
records, because that would need one more save of the original after the copy: the original
would then be one generation ahead of its fresh backup at once, and a save failing after a good
copy would turn a successful backup into an error. Kept here, the home page can tell whether
anything changed since the last backup.

"Changed since" means the performer's records changed, not merely that a save happened: the
background queue saves derived data (fingerprint values, local features, face measurements,
the search index cache) in batches, and all of it is computed again from the photos after a
restore. So the home page compares ``content_digest``, an HMAC-SHA256 (key derived from the
vault key) of the records with the derived data left out, with the digest noted at the backup;
only an entry noted before the digest existed falls back to comparing generations. The file
holds no name and nothing secret: a vault id, the vault's folder, a time, a number and a keyed
digest that cannot be checked without the vault key.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from app.domain.models import Matching, MediaItem, Records, utc_now
from app.errors import QT_TRANSLATE_NOOP, InvalidInput, VaultDamaged, VaultExists, WriteFailed
from app.vault import crypto, seen, store
from app.vault.vault import HEADER_BACKUP, HEADER_NAME, INDEX_DIR, INDEX_RE, Vault

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

Progress = Callable[[int, int, str], None]  # (bytes done, bytes in all, file name)
LOG_NAME = "backups.json"
CHUNK = 1024 * 1024
VERIFYING = "\0verifying"  # the name progress reports while the copy is being checked


class BackupCancelled(Exception):
    """The backup was cancelled; what it had written is removed again."""


@dataclass
class BackupReport:
    destination: Path
    files: int
    bytes: int
    generation: int  # the index generation that was copied
    checked_objects: int
    at: str  # UTC instant, e.g. 2026-11-30T09:12:00Z
    warnings: list[str] = field(default_factory=list)  # what the verifying open noticed

    def to_json(self) -> dict[str, Any]:
        return {
            "destination": str(self.destination),
            "files": self.files,
            "bytes": self.bytes,
            "generation": self.generation,
            "checked_objects": self.checked_objects,
            "backed_up_at": self.at,
            "warnings": [str(w) for w in self.warnings],
        }


@dataclass(frozen=True)
class LastBackup:
    at: str  # UTC instant
    generation: int
    digest: str = ""  # content_digest of the copied state ("" for an entry noted before it)

    @property
    def day(self) -> date:
        return date.fromisoformat(self.at[:10])


def proposed_name(vault_root: Path, today: date, word: str = "backup") -> str:
    """The folder name the GUI proposes: "<vault folder name> backup 2026-11-30" (``word`` in
    the UI language: "林小雨的保险箱 备份 2026-11-30")."""
    return f"{Path(vault_root).name or 'vault'} {word} {today.isoformat()}"


# --- the date of the last backup (this computer's state folder) ------------------------------


def _key(vault_id: UUID, root: Path) -> str:
    return f"{vault_id} {os.path.normcase(os.path.realpath(root))}"


def _load_log() -> dict[str, Any]:
    return seen.load_vaults(LOG_NAME)


def last_backup(vault_id: UUID, root: Path) -> LastBackup | None:
    """When this vault (in this folder) was last backed up from this computer, if ever."""
    entry = _load_log().get(_key(vault_id, root))
    if not isinstance(entry, dict):
        return None
    at, generation = entry.get("at"), entry.get("generation")
    if not isinstance(at, str) or type(generation) is not int:
        return None
    try:
        date.fromisoformat(at[:10])
    except ValueError:
        return None
    digest = entry.get("digest")
    return LastBackup(at, generation, digest if isinstance(digest, str) else "")


DERIVED_MEDIA_FIELDS = ("fingerprints", "derived")  # computed from the photo: not counted


def content_digest(vault: Vault[Records], records: Records | None = None) -> str:
    """A keyed digest of what a backup has to keep: the records (``records``, default the
    vault's) without the data computed from the photos (fingerprint values, derived objects,
    the search index cache). Equal digests: nothing the performer entered or chose changed.
    Keyed by the vault key (HKDF), so the digest noted outside the vault tells nothing."""
    data = json.dumps(
        records if records is not None else vault.records,
        default=_without_derived,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    key = crypto.hkdf(vault.key, b"backup-content-digest")
    return crypto.hmac_sha256(key, data.encode("ascii")).hex()


def _without_derived(obj: object) -> dict[str, Any]:
    """A record's fields for ``content_digest`` (json's ``default``: one level at a time, no
    deep copy as ``Records.to_json`` makes; measured on a loaded 2-core machine: 77 ms for
    1,000 photos and 390 ms for 10,000, against 140 ms and 1.1-1.9 s through ``to_json``)."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"not a record: {type(obj).__name__}")
    fields = dict(vars(obj))
    if isinstance(obj, MediaItem):
        for name in DERIVED_MEDIA_FIELDS:
            fields.pop(name, None)
    elif isinstance(obj, Matching):
        fields.pop("index_object_id", None)
    return fields


def note_backup(vault_id: UUID, root: Path, at: str, generation: int, digest: str = "") -> bool:
    """Remember a backup; returns False (and raises nothing) when it could not be written."""
    try:
        vaults = _load_log()
        entry: dict[str, Any] = {"at": at, "generation": generation}
        if digest:
            entry["digest"] = digest
        vaults[_key(vault_id, root)] = entry
        if len(vaults) > seen.MAX_ENTRIES:
            dated = sorted(vaults.items(), key=lambda kv: str(kv[1].get("at", "")))
            vaults = dict(dated[-seen.MAX_ENTRIES :])
        folder = seen.state_dir()
        store.make_private_dir(folder)
        data = json.dumps({"version": 1, "vaults": vaults}, indent=1, sort_keys=True)
        store.atomic_write(folder / LOG_NAME, data.encode())
    except Exception:  # a date not remembered is not a failed backup
        return False
    return True


# --- the copy ----------------------------------------------------------------------------------


def check_destination(dest: Path, vault_root: Path) -> None:
    """Refuse, before anything is written, a destination that is not a new or empty folder, or
    that lies inside the vault (or holds it)."""
    dest = Path(dest)
    if os.path.lexists(dest) and (store.is_link(dest) or not dest.is_dir()):
        raise VaultExists(
            QT_TRANSLATE_NOOP(
                "errors", "{dest} is a file, not a folder; choose a new or empty folder."
            ),
            dest=dest,
        )
    if dest.is_dir():
        try:
            occupied = any(os.scandir(dest))
        except OSError as exc:
            raise _write_error(exc, dest) from exc
        if occupied:
            raise VaultExists(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{dest} is not empty; a backup goes into a new or empty folder, and nothing "
                    "there was touched.",
                ),
                dest=dest,
            )
    elif not dest.parent.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {parent} does not exist; choose a place that does."
            ),
            parent=dest.parent,
        )
    real_dest = Path(os.path.realpath(dest))
    real_vault = Path(os.path.realpath(vault_root))
    if real_dest.is_relative_to(real_vault) or real_vault.is_relative_to(real_dest):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "A backup cannot go inside the vault folder (or hold it); choose another place, "
                "best a separate disk.",
            )
        )


def _write_error(exc: OSError, dest: Path) -> WriteFailed:
    """What failed while writing the copy, as a sentence (the partial copy is gone by then)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        template = QT_TRANSLATE_NOOP(
            "errors",
            "The backup does not fit: the disk of {dest} is full. The partial copy was removed; "
            "the vault itself is unchanged.",
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        template = QT_TRANSLATE_NOOP(
            "errors",
            "There is no permission to write in {dest}. Nothing of the backup was left there; "
            "the vault itself is unchanged.",
        )
    elif exc.errno == errno.EIO:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "The disk of {dest} reported an input/output error during the backup. The partial "
            "copy was removed; the vault itself is unchanged.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "The backup to {dest} failed ({reason}). The partial copy was removed; the vault "
            "itself is unchanged.",
        )
    return WriteFailed(template, dest=dest, reason=exc.strerror or exc)


def vault_files(vault: Vault[Records]) -> list[Path]:
    """The files a backup copies, relative to the vault folder: both header copies, the kept
    index generations and every object file (links refused by ``scan_folder``). The lock file,
    temp files of an unfinished write and anything else in the folder are not the vault's."""
    root = vault.root
    objects = Vault.scan_folder(root)
    names = [Path(n) for n in (HEADER_NAME, HEADER_BACKUP) if (root / n).is_file()]
    with contextlib.suppress(FileNotFoundError):
        names += sorted(
            Path(INDEX_DIR, e.name)
            for e in os.scandir(root / INDEX_DIR)
            if INDEX_RE.match(e.name) and e.is_file(follow_symlinks=False)
        )
    names += sorted(Path(p).relative_to(root) for p in objects.values())
    return names


class _Copier:
    """Copies files into ``dest``, remembering exactly what it made (to take it back)."""

    def __init__(self, source: Path, dest: Path, cancel: threading.Event | None) -> None:
        self.source = source
        self.dest = dest
        self.cancel = cancel
        self.made_files: list[Path] = []
        self.made_dirs: list[Path] = []

    def make_dir(self, path: Path) -> None:
        """``path`` and its missing parents up to the copy's folder, each one remembered."""
        if path.is_dir():
            return
        if path != self.dest:
            self.make_dir(path.parent)
        os.mkdir(path, store.DIR_MODE)
        self.made_dirs.append(path)

    def copy(self, rel: Path, on_bytes: Callable[[int], None]) -> str:
        """Copy one file; returns its SHA-256 as read from the vault."""
        self.make_dir(self.dest / rel.parent)
        source = self.source / rel
        store.refuse_link(source, self.source)
        digest = hashlib.sha256()
        src = os.open(source, os.O_RDONLY | store.O_NOFOLLOW | getattr(os, "O_BINARY", 0))
        with os.fdopen(src, "rb") as fin:
            target = self.dest / rel
            fd = os.open(
                target,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                store.FILE_MODE,
            )
            self.made_files.append(target)
            with os.fdopen(fd, "wb") as out:
                while block := fin.read(CHUNK):
                    if self.cancel is not None and self.cancel.is_set():
                        raise BackupCancelled
                    out.write(block)
                    digest.update(block)
                    on_bytes(len(block))
                out.flush()
                os.fsync(out.fileno())
        return digest.hexdigest()

    def sync_dirs(self) -> None:
        """The new files' names reach the disk: every folder of the copy, and the parent of
        the copy's own folder when this backup made it."""
        for folder in sorted({self.dest, *self.made_dirs}, key=lambda p: -len(p.parts)):
            store.fsync_dir(folder)
        if self.dest in self.made_dirs:
            store.fsync_dir(self.dest.parent)

    def take_back(self) -> None:
        """Remove what this copy made, newest first, and nothing else."""
        for path in reversed(self.made_files):
            with contextlib.suppress(OSError):
                os.unlink(path)
        for folder in reversed(self.made_dirs):
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only when empty: never something that was not ours


def back_up(
    service: VaultService,
    dest: Path | str,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BackupReport:
    """Copy the open vault into ``dest`` (a new or empty folder), verify the copy by opening it
    read-only with the password (``password``, or the key the vault was unlocked with when it
    was opened by password or by a remembered key) and checking every object, and note the
    date. On failure or cancel, what was written is removed and the error says what failed."""
    vault = service.vault
    dest = Path(os.path.abspath(dest))
    check_destination(dest, vault.root)
    kek = None
    if password is None:
        kek = vault.remembered_secret  # InvalidInput when opened by recovery key
    else:
        vault.header.unwrap("password", password)  # a wrong one: WrongPassword, nothing copied
    copier = _Copier(vault.root, dest, cancel)
    try:
        with service.write_lock():  # no save runs while the copy is taken
            files = vault_files(vault)
            sizes = {rel: (vault.root / rel).stat().st_size for rel in files}
            total = sum(sizes.values())
            generation = vault.generation
            digest = content_digest(vault)  # of the state copied: no save runs meanwhile
            done = 0
            current = ""

            def count(n: int) -> None:  # after each chunk: a big clip shows its progress too
                nonlocal done
                done += n
                if progress is not None:
                    progress(done, total, current)

            copier.make_dir(dest)
            for rel in files:
                current = rel.name
                copier.copy(rel, count)
            copier.sync_dirs()
        report = _verify(dest, password, kek, generation, progress, cancel)
    except BackupCancelled:
        copier.take_back()
        raise
    except OSError as exc:
        copier.take_back()
        if (
            isinstance(exc, FileNotFoundError)
            and exc.filename
            and Path(exc.filename).is_relative_to(vault.root)
        ):
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} disappeared from the vault folder during the backup; nothing was "
                    "backed up (run check).",
                ),
                [Path(exc.filename).name],
                name=Path(exc.filename).name,
            ) from exc
        raise _write_error(exc, dest) from exc
    except BaseException:
        copier.take_back()
        raise
    report.destination = dest
    report.files = len(files)
    report.bytes = total
    note_backup(vault.vault_id, vault.root, report.at, generation, digest)
    return report


def _verify(
    dest: Path,
    password: str | None,
    kek: bytes | None,
    generation: int,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> BackupReport:
    """Open the copy read-only and check every object; ``VaultDamaged`` naming what failed."""

    def checked(done: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise BackupCancelled
        if progress is not None:
            progress(done, total, VERIFYING)

    try:
        copy = Vault.open(dest, password, None, kek, records_type=Records, read_only=True)
    except VaultDamaged as exc:
        raise _not_verified(dest, str(exc)) from exc
    try:
        if cancel is not None and cancel.is_set():
            raise BackupCancelled
        if copy.generation != generation:
            raise _not_verified(dest, f"generation {copy.generation} instead of {generation}")
        check = copy.check(checked)
        if not check.ok:
            raise _not_verified(dest, "; ".join(p.message for p in check.problems[:3]))
        return BackupReport(
            destination=dest,
            files=0,
            bytes=0,
            generation=generation,
            checked_objects=check.checked_objects,
            at=utc_now(),
            warnings=list(copy.warnings),
        )
    finally:
        copy.close()


def _not_verified(dest: Path, what: str) -> VaultDamaged:
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The copy in {dest} did not pass its check after it was written ({what}): the disk "
            "may be failing. The copy was removed; the vault itself is unchanged.",
        ),
        [str(dest)],
        dest=dest,
        what=what,
    )
