"""An open vault: header, encrypted index generations and encrypted objects in one directory.

Layout (``docs/vault-format.md`` is the specification)::

    VAULT/vault.json, vault.json.bak     header, two identical copies
    VAULT/index/index-<generation>.lvi   the newest KEEP_GENERATIONS encrypted indexes
    VAULT/objects/<ab>/<object id>.lvo   encrypted photos, clips, thumbnails, attachments
    VAULT/.lock                          single-writer lock
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Generic, Protocol, Self, TypeVar

from app.errors import (
    QT_TRANSLATE_NOOP,
    FileInTheWay,
    HeaderEdited,
    InvalidInput,
    Message,
    NotAFolder,
    NotAVault,
    Notice,
    NotPossible,
    UnsafeHeader,
    UnsupportedVersion,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WriteFailed,
    WrongPassword,
)
from app.vault import crypto, format, migrations, rekey, seen, store
from app.vault.format import utc_now

HEADER_NAME = "vault.json"
HEADER_BACKUP = "vault.json.bak"
INDEX_DIR = "index"
OBJECTS_DIR = "objects"
KEEP_GENERATIONS = 3
INDEX_RE = re.compile(r"^index-(\d{12})\.lvi$")
OBJECT_RE = re.compile(r"^[0-9a-f]{32}\.lvo$")


HEADER_LABEL = Message(QT_TRANSLATE_NOOP("errors", "vault header"))


@dataclass
class Problem:
    """One thing ``check`` found damaged, with the name a user recognises."""

    what: str  # e.g. "photo IMG_0001.jpg" or "index-000000000007.lvi"
    message: str
    object_id: str = ""  # an object that is missing, fails to decrypt or to read back
    repairable: bool = False  # recomputable data (set by the service: ``repair_derived``)


@dataclass
class CheckReport:
    checked_objects: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    leftovers: int = 0  # object files no kept saved state refers to (a warning, not damage)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Leftovers:
    """Object files no kept index generation (nor its trash) refers to; see ``leftovers()``.

    ``undecodable`` names index generations that could not be read: what they refer to is
    unknown, so nothing may be removed while it is not empty."""

    sizes: dict[str, int] = field(default_factory=dict)  # object id -> bytes on disk
    undecodable: list[str] = field(default_factory=list)

    @property
    def object_ids(self) -> list[str]:
        return sorted(self.sizes)

    @property
    def count(self) -> int:
        return len(self.sizes)

    @property
    def total_bytes(self) -> int:
        return sum(self.sizes.values())


def leftovers_sentence(count: int) -> Notice:
    """The warning for objects that are in no kept saved state (at open and in ``check``)."""
    items = "encrypted item is" if count == 1 else "encrypted items are"
    return Notice(
        "leftovers",
        f"{count} {items} not in the newest saved state: a newer save may be missing; "
        "nothing was deleted.",
        count,
    )


def index_name(generation: int) -> str:
    return f"index-{generation:012d}.lvi"


_NOT_COMPARED = frozenset({"saved_at", "previous_generation", "trash"})


def _content_digest(content: dict[str, Any]) -> bytes:
    return hashlib.sha256(format.canonical_json(content)).digest()


class RecordsDocument(Protocol):
    """What the vault needs of the records it keeps, and all it knows of them: the records
    (``app.domain.models.Records``, chosen by the service) say which encrypted objects they
    refer to; the vault never looks inside them."""

    def __init__(self) -> None: ...

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Self: ...

    def to_json(self) -> dict[str, Any]: ...

    def copy(self) -> Self: ...

    def object_refs(self) -> list[tuple[str, str, str]]:
        """(object id, label a user recognises, SHA-256 or "") of every object referred to."""
        ...

    def object_ids(self) -> set[str]: ...

    def with_objects(self, mapping: dict[str, str]) -> Self:
        """The same records with every object id replaced by ``mapping[id]`` (a rekey)."""
        ...


R = TypeVar("R", bound=RecordsDocument)


@dataclass
class Snapshot(Generic[R]):
    """The in-memory state a failed change goes back to (``Vault.snapshot``/``restore``)."""

    records: R
    trash: list[dict[str, Any]]
    generation: int


def object_ids_in(doc: dict[str, Any], records_type: type[RecordsDocument]) -> set[str]:
    """Every object id an index document refers to: its records' and its trash's."""
    doc, _ = migrations.upgrade(doc)
    ids = records_type.from_json(doc.get("records") or {}).object_ids()
    ids |= {
        e["object_id"]
        for e in doc.get("trash") or []
        if isinstance(e, dict) and isinstance(e.get("object_id"), str)
    }
    return ids


RECOVERY_REWROTE_HEADER = Notice(
    "recovery_rewrote_header",
    "The vault header was changed outside the app (its authentication code did not match). "
    "The recovery key proved the vault key, so the vault was opened and the header rewritten "
    "with the recovery keyslot only: set a new password now (Vault menu, or "
    "likeness-vault-cli passwd --recovery-key).",
)


@dataclass
class Unlocked:
    """What unlocking a header gave: the vault key, the header to use, the password slot's
    key-encryption key (None when opened by recovery key) and notes for the user."""

    vault_key: bytes
    header: format.Header
    password_kek: bytes | None
    notes: list[Notice]


def _trusted_part(header: format.Header) -> format.Header:
    """A header whose MAC failed, opened by its recovery key: keep only that proven keyslot
    (a password slot there may be spliced in from an old header copy: never re-sign it)."""
    recovery = header.slot("recovery")
    assert recovery is not None
    return format.Header(
        vault_id=header.vault_id,
        created_at=header.created_at,
        generation=header.generation,
        keyslots=[recovery],
        version=header.version,
    )


class ObjectCancelled(Exception):
    """An object write was cancelled; nothing of it is left on disk."""


class Vault(Generic[R]):
    """The unlocked vault. Hold it only while the user has it open; ``close()`` forgets the key.

    ``records`` is the decrypted records document, of the type the service hands in (see
    ``RecordsDocument``); the vault only asks it which objects it refers to."""

    def __init__(
        self, root: Path, header: Header, vault_key: bytes, lock: store.VaultLock, records: R
    ) -> None:
        self.root = root
        self.header = header
        self._key: bytes | None = vault_key
        self._password_kek: bytes | None = None  # what 'remember' keeps (see _unlock)
        self._lock = lock
        self.records: R = records
        self._records_type = type(records)
        self.generation = 0
        self.signing_seed = b""
        self.warnings: list[str] = []
        self._trash: list[dict[str, Any]] = []
        self._extra: dict[str, Any] = {}
        # SHA-256 of the index document as last loaded or saved, without "saved_at",
        # "previous_generation" and "trash": a change that leaves it equal is not saved
        # (``save_if_changed``). A digest, not the document: the records share lists with the
        # document they were loaded from, so a list changed in place would change both.
        self._saved_digest: bytes | None = None
        # the highest index generation this computer saw in this folder (seen.json), read at
        # open; the lock keeps other writers out, so it stays true in memory
        self._highest_seen = 0
        # opened with ``read_only=True`` (a backup's verification): nothing may be written
        self.read_only = False

    # --- life cycle ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        root: Path,
        password: str,
        records: R,
        argon2: crypto.Argon2Params | None = None,
    ) -> tuple[Vault[R], str]:
        """Make a new vault holding ``records``; returns it open, and the recovery key to show
        the user once."""
        if not password:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A vault needs a password; an empty one is refused.")
            )
        root = Path(root)
        if os.path.lexists(root) and not root.is_dir():
            raise FileInTheWay(path=root)
        if (root / HEADER_NAME).exists() or (root.exists() and any(root.iterdir())):
            raise VaultExists(path=root)
        existed = root.is_dir()
        store.make_private_dir(root)
        if existed:  # an empty folder the user made: private from now on, like a new one
            try:
                os.chmod(root, store.DIR_MODE)
            except OSError as exc:
                raise store.write_failed(exc, root) from exc
        store.make_private_dir(root / INDEX_DIR)
        store.make_private_dir(root / OBJECTS_DIR)
        lock = store.VaultLock(root)
        lock.acquire()
        vault_key = crypto.new_key()
        vault_id = uuid.uuid4()
        recovery = crypto.new_recovery_key()
        header = format.Header(vault_id=vault_id, created_at=utc_now(), generation=1)
        password_slot, password_kek = format.Keyslot.wrap_with_kek(
            "password", password, vault_key, vault_id, argon2 or crypto.Argon2Params()
        )
        header.keyslots = [
            password_slot,
            format.Keyslot.wrap(
                "recovery", crypto.parse_recovery_key(recovery), vault_key, vault_id
            ),
        ]
        vault = cls(root, header, vault_key, lock, records)
        vault._password_kek = password_kek
        vault.signing_seed = os.urandom(32)
        vault.save()  # index first: a header without an index is not yet a vault
        vault._write_header()
        return vault, recovery

    @classmethod
    def open(
        cls,
        root: Path,
        password: str | None = None,
        recovery_key: str | None = None,
        vault_key: bytes | None = None,
        *,
        records_type: type[R],
        read_only: bool = False,
    ) -> Vault[R]:
        """Open the vault at ``root``; its records are read as ``records_type``.

        ``read_only`` (verifying a backup copy) writes nothing at all: no lock file, no header
        repair, no temp sweep, no finishing of an interrupted rekey, no note in this
        computer's memory of generations (``seen``); what it would repair is only reported in
        ``warnings``, and every method that writes refuses."""
        root = Path(root)
        headers, header_problems = cls.read_headers(root)
        object_files = cls.scan_folder(root)  # refuses links before anything is read
        lock = store.VaultLock(root)
        if not read_only:
            lock.acquire()
        try:
            unlocked = cls._unlock(headers, password, recovery_key, vault_key)
            key, header = unlocked.vault_key, unlocked.header
            newest = [h for h in headers if h.generation >= header.generation]  # older: a note
            header_problems += unlocked.notes + cls._unauthentic_headers(newest, key)
            vault = cls(root, header, key, lock, records_type())
            vault.read_only = read_only
            vault._password_kek = unlocked.password_kek
            vault.warnings.extend(header_problems)
            if not read_only:
                vault._finish_rekey()
            vault._load_index()
            vault._note_generation()
            # opening never deletes an object: what no kept state refers to is only reported
            leftovers = vault.leftovers(object_files)
            if leftovers.count:
                vault.warnings.append(leftovers_sentence(leftovers.count))
            if read_only:
                return vault
            removed = store.sweep_temp_files(root, (INDEX_DIR, OBJECTS_DIR))
            if header_problems:
                try:
                    vault._write_header()  # repair the damaged copy from the good one
                except WriteFailed as exc:
                    vault.warnings.append(
                        Notice(
                            "header_not_repaired",
                            f"The damaged header copy could not be repaired: {exc}",
                        )
                    )
            if removed:
                vault.warnings.append(
                    Notice(
                        "temp_removed",
                        f"Removed {len(removed)} unfinished temporary file(s) left by an "
                        "interrupted save.",
                        len(removed),
                    )
                )
        except BaseException:
            lock.release()
            raise
        return vault

    @staticmethod
    def _unauthentic_headers(headers: list[format.Header], key: bytes) -> list[Notice]:
        """Copies whose checksum is intact but whose MAC is not (edited on purpose)."""
        return [
            Notice(
                "header_edited",
                f"A copy of the vault header (generation {h.generation}) was changed outside "
                "the app: its authentication code does not match.",
                h.generation,
            )
            for h in headers
            if not h.verify_mac(key)
        ]

    @staticmethod
    def scan_folder(root: Path) -> dict[str, str]:
        """The object files of the vault (object id -> path), after refusing any link inside
        the vault folder: the lock file, ``index/`` and its files, ``objects/``, its
        sub-folders and their files (``LinkInVault``, before anything is read through one).
        Files in ``objects/`` whose name or sub-folder is not an object's are left out."""
        for name in (HEADER_NAME, HEADER_BACKUP, ".lock", INDEX_DIR, OBJECTS_DIR):
            store.refuse_link(root / name, root)
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            for entry in os.scandir(root / INDEX_DIR):
                if entry.is_symlink() or store.is_link(entry.path):
                    store.refuse_link(Path(entry.path), root)
        found: dict[str, str] = {}
        try:
            subs = list(os.scandir(root / OBJECTS_DIR))
        except OSError:  # missing or unreadable: nothing to list (reading an object says why)
            subs = []
        for sub in subs:
            if sub.is_symlink() or store.is_link(sub.path):
                store.refuse_link(Path(sub.path), root)
            if not sub.is_dir(follow_symlinks=False):
                continue
            try:
                entries = list(os.scandir(sub.path))
            except OSError:
                continue
            for entry in entries:
                if entry.is_symlink():
                    store.refuse_link(Path(entry.path), root)
                if OBJECT_RE.match(entry.name) and entry.name[:2] == sub.name:
                    found[entry.name[:32]] = entry.path
        return found

    @staticmethod
    def read_headers(root: Path) -> tuple[list[format.Header], list[str]]:
        """Both header copies that decode (newest generation first) and a sentence per copy
        that is damaged or unreadable; no key needed."""
        if not root.is_dir():
            raise NotAFolder(path=root)
        for name in (HEADER_NAME, HEADER_BACKUP):
            store.refuse_link(root / name, root)
        found: list[format.Header] = []
        problems: list[str] = []
        errors: list[Exception] = []
        present = 0
        for name in (HEADER_NAME, HEADER_BACKUP):
            path = root / name
            try:
                with path.open("rb") as fh:  # never more than a header can be: 64 KiB + 1
                    data = fh.read(format.MAX_HEADER_BYTES + 1)
            except FileNotFoundError:
                continue
            except OSError as exc:
                problems.append(
                    Notice("header_unreadable", f"{name} could not be read ({exc.strerror}).", name)
                )
                continue
            present += 1
            try:
                found.append(format.decode_header(data))
            except (VaultDamaged, UnsupportedVersion) as exc:
                errors.append(exc)
                problems.append(Notice("header_damaged", f"{name}: {exc}", name))
        if not present:
            raise NotAVault(path=root, header=HEADER_NAME)
        if not found:
            for error in errors:
                if isinstance(error, (UnsupportedVersion, UnsafeHeader)):
                    raise error
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Both copies of the vault header ({header} and {backup}) are damaged or "
                    "unreadable; the vault cannot be unlocked.",
                ),
                [HEADER_NAME, HEADER_BACKUP],
                header=HEADER_NAME,
                backup=HEADER_BACKUP,
            )
        found.sort(key=lambda h: h.generation, reverse=True)
        return found, problems

    @staticmethod
    def _unlock(
        headers: list[format.Header],
        password: str | None,
        recovery_key: str | None,
        remembered: bytes | None,
    ) -> Unlocked:
        """Unlock with the newest header copy that decodes (§3.4 of the format document).

        An older copy is used only when the newer one is damaged (it then fails its checksum
        and is not in ``headers`` at all), never because the secret did not unwrap the newer
        one: after a password change, a stale copy must not let the old password back in.
        ``remembered`` is the key-encryption key of the password slot that "remember on this
        computer" keeps: it stops working when the password (the slot's salt) changes.
        """
        header = headers[0]
        notes = [
            Notice(
                "header_stale",
                f"An older copy of the vault header (generation {h.generation}) was rewritten "
                f"from the newest (generation {header.generation}).",
                h.generation,
                header.generation,
            )
            for h in headers[1:]
            if h.body() != header.body() and h.generation < header.generation
        ]
        if recovery_key is not None:
            try:
                recovery_raw = crypto.parse_recovery_key(recovery_key)
            except ValueError as exc:
                raise WrongPassword(WrongPassword.recovery) from exc
            _, vault_key = header.unwrap("recovery", recovery_raw)
            if header.verify_mac(vault_key):
                return Unlocked(vault_key, header, None, notes)
            return Unlocked(vault_key, _trusted_part(header), None, [RECOVERY_REWROTE_HEADER])
        if remembered is not None:
            kek, vault_key = header.unwrap("password", remembered, is_kek=True)
        elif password is not None:
            kek, vault_key = header.unwrap("password", password)
        else:
            raise WrongPassword()
        if not header.verify_mac(vault_key):
            raise HeaderEdited()
        return Unlocked(vault_key, header, kek, notes)

    def close(self) -> None:
        """Forget the key and records and release the lock. The object is unusable after."""
        self._key = None
        self._password_kek = None
        self.signing_seed = b""
        self.records = self._records_type()
        self._mark_saved(None)
        self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._key is not None

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise VaultLocked()
        return self._key

    @property
    def vault_id(self) -> uuid.UUID:
        return self.header.vault_id

    # --- header ----------------------------------------------------------------------------

    def _write_header(self) -> None:
        self._refuse_read_only()
        self.header.generation += 1
        data = self.header.encode(self.key)
        # Backup first: at every moment at least one copy holds a header that unlocks.
        store.atomic_write(self.root / HEADER_BACKUP, data)
        store.atomic_write(self.root / HEADER_NAME, data)
        self._note_seen()

    def _replace_keyslots(self, slots: list[format.Keyslot]) -> None:
        """Write the header with new keyslots. If that fails, the header in memory and both
        header files go back to what they were, so a refused password never becomes active
        later (at the next header write) and the vault on disk is unchanged."""
        header = self.header
        before = (header.keyslots, header.generation, header.mac)
        old_files: dict[Path, bytes] = {}
        for path in (self.root / HEADER_BACKUP, self.root / HEADER_NAME):
            with contextlib.suppress(OSError):
                old_files[path] = path.read_bytes()
        header.keyslots = slots
        try:
            self._write_header()
        except WriteFailed:
            header.keyslots, header.generation, header.mac = before
            # a copy already replaced (the failure came later, e.g. at the folder fsync) is
            # put back, main copy first; if even that fails, both copies still unlock
            for path in reversed(old_files):
                with contextlib.suppress(WriteFailed, OSError):
                    if path.read_bytes() != old_files[path]:
                        store.atomic_write(path, old_files[path])
            raise

    def change_password(self, new_password: str, argon2: crypto.Argon2Params | None = None) -> None:
        if not new_password:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The new password is empty; it was refused.")
            )
        old = self.header.slot("password")
        params = argon2 or (old.argon2 if old and old.argon2 else crypto.Argon2Params())
        slot, kek = format.Keyslot.wrap_with_kek(
            "password", new_password, self.key, self.vault_id, params
        )
        self._replace_keyslots([slot] + [s for s in self.header.keyslots if s.type != "password"])
        self._password_kek = kek

    @property
    def remembered_secret(self) -> bytes:
        """What "remember on this computer" keeps: the password slot's key-encryption key, not
        the vault key, so a remembered vault stops opening when its password changes (on every
        computer) or the vault key is renewed. Only known when opened by password."""
        if self._password_kek is None:
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault was opened with the recovery key; open it with the password to "
                    "remember it on this computer.",
                )
            )
        return self._password_kek

    def new_recovery_key(self) -> str:
        recovery = crypto.new_recovery_key()
        slot = format.Keyslot.wrap(
            "recovery", crypto.parse_recovery_key(recovery), self.key, self.vault_id
        )
        self._replace_keyslots([s for s in self.header.keyslots if s.type != "recovery"] + [slot])
        return recovery

    # --- rekey: a new vault key (app/vault/rekey.py describes the order and commit point) ----

    def rekey(
        self,
        password: str,
        progress: rekey.ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """Renew the vault key: every object of the newest saved state and the index are
        re-encrypted under a new key, the header gets new keyslots (the same password, a new
        recovery key, returned to be shown once). The older saved states and the objects only
        they referred to are dropped. The evidence signing key (in the index) is kept.

        All or nothing: until the commit point a failure or ``cancel`` removes what was
        written and raises (``RekeyCancelled`` for a cancel); after it the rest cannot fail
        the rekey (what is left over is removed at the next open or by ``clean``)."""
        old_key = self.key
        self._refuse_read_only()
        self._check_rekey(password)
        rekey.remove_stale_pending(self.root, old_key, self.vault_id)
        new_key = crypto.new_key()
        targets = self.records.object_refs()
        mapping: dict[str, str] = {}
        pending: Path | None = None
        try:
            for done, (oid, label, sha) in enumerate(targets, 1):
                if oid in mapping:
                    continue
                mapping[oid] = self._reencrypt(oid, label, sha, new_key, cancel)
                if progress is not None:
                    progress(done, len(targets), label)
            remapped = self.records.with_objects(mapping)
            if remapped.object_ids() != set(mapping.values()):
                raise AssertionError("rekey: a record refers to an object the remap missed")
            generation = self._next_generation(self._index_generations())
            content = dict(self._content())
            content["records"] = remapped.to_json()
            doc = dict(content)
            doc.update({"saved_at": utc_now(), "trash": []})  # no previous_generation: a new key
            pending = self.root / INDEX_DIR / rekey.pending_name(generation)
            store.atomic_write(
                pending, format.encode_index(new_key, self.vault_id, generation, doc)
            )
            header, kek = self._rekeyed_header(password, new_key)
            recovery = crypto.new_recovery_key()
            header.keyslots.append(
                format.Keyslot.wrap(
                    "recovery", crypto.parse_recovery_key(recovery), new_key, self.vault_id
                )
            )
            if cancel is not None and cancel.is_set():
                raise rekey.RekeyCancelled
            self._commit_header(header, new_key)  # the commit point
        except BaseException:
            self.discard_unreferenced(mapping.values())
            if pending is not None:
                with contextlib.suppress(OSError):
                    pending.unlink()
            raise
        # committed: from here nothing may raise (the new vault is the one on disk)
        self._key, self.header, self._password_kek = new_key, header, kek
        self.records = remapped
        self._trash = []
        self._extra = {k: v for k, v in content.items() if k not in ("schema", "records", "keys")}
        self._mark_saved(content)
        with contextlib.suppress(OSError):
            rekey.complete_switch(self.root, new_key, self.vault_id, generation)
        self.generation = generation
        self._note_seen()  # never raises
        for oid in self.leftovers().object_ids:  # the old objects: no kept state refers to them
            self._unlink_object(oid)
        return recovery

    def _finish_rekey(self) -> None:
        """At open: finish a rekey that passed its commit point, or note one that did not."""
        finished, stale = rekey.finish_pending(self.root, self.key, self.vault_id)
        if finished:
            self.warnings.append(
                Notice(
                    "rekey_finished",
                    "Finished an interrupted change of the vault key (rekey): the new key is in "
                    "force and the password is unchanged. If the new recovery key was not shown "
                    "to you, make a new one now (Vault menu, or run rekey again).",
                )
            )
        if stale:
            self.warnings.append(
                Notice(
                    "rekey_stale",
                    "An interrupted change of the vault key (rekey) left files that this vault's "
                    "key cannot read; the vault is as it was before it. Run rekey again: it "
                    "removes them.",
                )
            )

    def _check_rekey(self, password: str) -> None:
        """Refuse, changing nothing, what a rekey could make worse."""
        _, proven = self.header.unwrap("password", password)
        if proven != self.key:
            raise WrongPassword()
        gens = self._index_generations()
        if not gens or gens[0] != self.generation:
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault did not open its newest saved state; a rekey would drop it. Run "
                    "check first; nothing was changed.",
                )
            )
        leftovers = self.leftovers()
        if leftovers.count:
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} encrypted item(s) are not in the newest saved state; a rekey would "
                    "make them unreadable for good. Restore the missing save, or remove them "
                    "with clean first; nothing was changed.",
                ),
                count=leftovers.count,
            )

    def _reencrypt(
        self, oid: str, label: str, sha256: str, new_key: bytes, cancel: threading.Event | None
    ) -> str:
        """One object, decrypted with the current key and written as a new object under
        ``new_key``; its SHA-256 is compared with the record's. Returns the new id."""
        new_oid = uuid.uuid4().hex
        path = self.object_path(new_oid)
        store.make_private_dir(path.parent)
        digest = hashlib.sha256()
        chunks = rekey.checked(self.read_object(oid, label), cancel, digest)
        with store.AtomicFile(path) as out:
            format.encrypt_object(
                new_key, bytes.fromhex(new_oid), rekey.rechunk(chunks, format.CHUNK_SIZE), out
            )
            if sha256 and digest.hexdigest() != sha256:
                raise VaultDamaged(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} decrypts, but its SHA-256 differs from the record; the vault "
                        "key was not changed (run check).",
                    ),
                    [label],
                    name=label,
                )
        return new_oid

    def _rekeyed_header(self, password: str, new_key: bytes) -> tuple[format.Header, bytes]:
        """A header with a password slot for ``new_key`` (same password and KDF parameters,
        new salt) and a generation above both copies on disk."""
        slot = self.header.slot("password")
        params = slot.argon2 if slot is not None and slot.argon2 else crypto.Argon2Params()
        password_slot, kek = format.Keyslot.wrap_with_kek(
            "password", password, new_key, self.vault_id, params
        )
        on_disk = [h.generation for h in self.read_headers(self.root)[0]]
        header = format.Header(
            vault_id=self.vault_id,
            created_at=self.header.created_at,
            generation=max([self.header.generation, *on_disk]) + 1,
            keyslots=[password_slot],
            version=self.header.version,
        )
        return header, kek

    def _commit_header(self, header: format.Header, new_key: bytes) -> None:
        """Write both header copies, the backup first; its rename is the commit point. If the
        backup write fails, what is on disk decides whether the commit happened."""
        data = header.encode(new_key)
        try:
            store.atomic_write(self.root / HEADER_BACKUP, data)
        except WriteFailed:
            with contextlib.suppress(OSError):
                if (self.root / HEADER_BACKUP).read_bytes() == data:
                    self._write_main_copy(data)
                    return  # renamed, only the folder fsync failed: committed
            raise
        self._write_main_copy(data)

    def _write_main_copy(self, data: bytes) -> None:
        try:
            store.atomic_write(self.root / HEADER_NAME, data)
        except WriteFailed as exc:  # committed already: the next open repairs this copy
            self.warnings.append(
                Notice(
                    "header_not_rewritten", f"The main header copy could not be rewritten: {exc}"
                )
            )

    @property
    def kdf_params(self) -> crypto.Argon2Params:
        slot = self.header.slot("password")
        assert slot is not None and slot.argon2 is not None
        return slot.argon2

    # --- index -----------------------------------------------------------------------------

    def _index_generations(self) -> list[int]:
        gens = []
        with contextlib.suppress(FileNotFoundError):
            for entry in os.scandir(self.root / INDEX_DIR):
                match = INDEX_RE.match(entry.name)
                if match:
                    gens.append(int(match.group(1)))
        return sorted(gens, reverse=True)

    def _read_index(self, gen: int) -> dict[str, Any]:
        """The decrypted document of one index generation; ``VaultDamaged`` or ``OSError``."""
        name = index_name(gen)
        path = self.root / INDEX_DIR / name
        store.refuse_link(path, self.root)
        fd = os.open(path, os.O_RDONLY | store.O_NOFOLLOW | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read()
        stored_gen, doc = format.decode_index(self.key, self.vault_id, data, name)
        if stored_gen != gen:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("errors", "The vault index {name} was renamed or swapped."),
                [name],
                name=name,
            )
        return doc

    def _load_index(self) -> None:
        gens = self._index_generations()
        if not gens:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault has no index (its records file is missing); it cannot be opened.",
                ),
                [INDEX_DIR],
            )
        failures: list[str] = []
        for gen in gens:
            name = index_name(gen)
            try:
                doc = self._read_index(gen)
            except VaultDamaged as exc:
                failures.append(name)
                self.warnings.append(Notice("index_damaged", str(exc), name))
                continue
            except OSError as exc:
                failures.append(name)
                self.warnings.append(
                    Notice(
                        "index_unreadable",
                        f"The vault index {name} could not be read ({exc.strerror}).",
                        name,
                    )
                )
                continue
            self._apply_index(doc)
            self.generation = gen
            if failures:
                self.warnings.append(
                    Notice(
                        "index_fallback",
                        f"Opened the previous saved state ({name}) because the newest is "
                        "damaged; changes of the last save(s) may be missing.",
                        name,
                    )
                )
            previous = doc.get("previous_generation")
            if (
                type(previous) is int
                and max(0, gen - KEEP_GENERATIONS) < previous < gen
                and previous not in gens
            ):
                # every save keeps the generation it replaced: its absence is a gap
                self.warnings.append(
                    Notice(
                        "index_gap",
                        f"The saved state that {name} replaced ({index_name(previous)}) is "
                        "missing from the index folder: files of the vault may have been deleted, "
                        "or a copy or sync of it is incomplete; nothing was deleted.",
                        name,
                        index_name(previous),
                    )
                )
            return
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "Every saved generation of the vault index is damaged: {names}."
            ),
            failures,
            names=", ".join(failures),
        )

    def _apply_index(self, doc: dict[str, Any]) -> None:
        doc, passed = migrations.upgrade(doc)
        if passed:
            self.warnings.append(
                Notice(
                    "schema_upgraded",
                    f"The vault's records were upgraded from version {passed[0]} to "
                    f"{migrations.SCHEMA_VERSION}; they are saved in the new form at the next "
                    "change.",
                    passed[0],
                    migrations.SCHEMA_VERSION,
                )
            )
        self.records = self._records_type.from_json(doc.get("records") or {})
        keys = doc.get("keys") or {}
        self.signing_seed = base64.b64decode(keys.get("signing_ed25519", ""))
        self._trash = list(doc.get("trash") or [])
        known = {"schema", "saved_at", "records", "keys", "trash", "previous_generation"}
        self._extra = {k: v for k, v in doc.items() if k not in known}
        self._mark_saved({k: v for k, v in doc.items() if k not in _NOT_COMPARED})

    def _mark_saved(self, content: dict[str, Any] | None) -> None:
        """Record the digest of the content last loaded or saved (``None`` forgets it, so the
        next ``save_if_changed`` saves)."""
        self._saved_digest = None if content is None else _content_digest(content)

    def _note_generation(self) -> None:
        """Warn if this folder holds an older index or header than the highest this computer
        opened or saved here (a rollback, or an old header copy put back), then remember what
        is open. The warning stays until the next save, which is numbered past the highest."""
        last = seen.recall(self.vault_id, self.root)
        self._highest_seen = last.generation if last else 0
        if last is not None and self.generation < last.generation:
            self.warnings.append(
                Notice(
                    "rollback",
                    f"This vault's saved state (generation {self.generation}) is older than the "
                    f"last state opened here on {last.when} (generation {last.generation}); if "
                    "you restored a backup into this folder, that is expected.",
                    self.generation,
                    last.when,
                    last.generation,
                )
            )
        if last is not None and self.header.generation < last.header_generation:
            self.warnings.append(
                Notice(
                    "header_rollback",
                    f"This vault's header (generation {self.header.generation}) is older than "
                    f"the one opened here on {last.header_when} (generation "
                    f"{last.header_generation}): an old copy of vault.json was put back, so an "
                    "old password may have opened it. If you restored a backup into this "
                    "folder, that is expected; otherwise change the password and renew the "
                    "vault key.",
                    self.header.generation,
                    last.header_when,
                    last.header_generation,
                )
            )
        if not self.read_only:
            self._note_seen()

    def _refuse_read_only(self) -> None:
        if self.read_only:
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This vault was opened read-only (to verify a copy of it); nothing in it "
                    "can be changed.",
                )
            )

    def _next_generation(self, existing: list[int]) -> int:
        """Past every index file here and every generation this computer saw in this folder: a
        missing newest index file, put back later, must not clash with a save made meanwhile."""
        return max([self.generation, *existing, self._highest_seen]) + 1

    def _note_seen(self) -> None:
        self._highest_seen = max(self._highest_seen, self.generation)
        seen.note(self.vault_id, self.root, self.generation, self.header.generation)

    def _content(self) -> dict[str, Any]:
        """The index document to save, without "saved_at", "previous_generation", "trash"."""
        doc = dict(self._extra)
        doc.update(
            {
                "schema": migrations.SCHEMA_VERSION,
                "records": self.records.to_json(),
                "keys": {"signing_ed25519": base64.b64encode(self.signing_seed).decode()},
            }
        )
        return doc

    def save_if_changed(self) -> bool:
        """Save only if the records, keys or other members differ from the state last loaded or
        saved; returns whether a new generation was written. (The trash only grows together
        with a change of the records, so it is not compared.)"""
        content = self._content()
        if self._saved_digest is not None and _content_digest(content) == self._saved_digest:
            return False
        self._write_index(content)
        return True

    def save(self) -> None:
        """Write the records as a new index generation, atomically; prune old generations."""
        self._write_index(self._content())

    def _write_index(self, content: dict[str, Any]) -> None:
        self._refuse_read_only()
        existing = self._index_generations()
        generation = self._next_generation(existing)
        doc = dict(content)
        doc["saved_at"] = utc_now()
        if self.generation:  # the one it replaces (none for the first): a gap is visible
            doc["previous_generation"] = self.generation
        doc["trash"] = self._trash
        data = format.encode_index(self.key, self.vault_id, generation, doc)
        store.atomic_write(self.root / INDEX_DIR / index_name(generation), data)
        # committed: nothing below may fail the save (the caller would roll back a saved change)
        self.generation = generation
        self._mark_saved(content)
        self._note_seen()
        for old in existing:
            if old <= generation - KEEP_GENERATIONS:
                with contextlib.suppress(OSError):
                    (self.root / INDEX_DIR / index_name(old)).unlink()
        self._empty_trash()

    # --- objects ---------------------------------------------------------------------------

    def object_path(self, object_id: str) -> Path:
        return self.root / OBJECTS_DIR / object_id[:2] / f"{object_id}.lvo"

    def put_object(self, source: BinaryIO | bytes) -> tuple[str, int]:
        """Encrypt bytes or a readable file into a new object; returns (object id, size).

        Thread-safe: each object is its own file. Not referenced until the next ``save()``.
        """
        if isinstance(source, bytes):
            view = memoryview(source)
            chunks: Iterable[bytes] = (
                bytes(view[i : i + format.CHUNK_SIZE])
                for i in range(0, max(len(source), 1), format.CHUNK_SIZE)
            )
        else:
            chunks = store.read_chunks(source, format.CHUNK_SIZE)
        return self.put_object_chunks(chunks)

    def put_object_chunks(
        self, chunks: Iterable[bytes], cancel: threading.Event | None = None
    ) -> tuple[str, int]:
        """Like put_object, from chunks of exactly CHUNK_SIZE bytes (the last may be shorter).

        When ``cancel`` is set mid-way the half-written object is discarded and
        ``ObjectCancelled`` is raised."""
        self._refuse_read_only()
        object_id = uuid.uuid4().hex
        path = self.object_path(object_id)
        store.refuse_link(path.parent, self.root)  # never write into a folder elsewhere
        store.make_private_dir(path.parent)

        def checked() -> Iterator[bytes]:
            for chunk in chunks:
                if cancel is not None and cancel.is_set():
                    raise ObjectCancelled
                yield chunk

        with store.AtomicFile(path) as out:
            size = format.encrypt_object(self.key, bytes.fromhex(object_id), checked(), out)
        return object_id, size

    def discard_unreferenced(self, object_ids: Iterable[str]) -> None:
        """Delete objects that the caller itself wrote in this session and that no saved
        index refers to (a change that failed or turned out a duplicate). Never call it with
        ids found on disk: those may belong to a save this app did not see."""
        for oid in object_ids:
            if oid:
                self._unlink_object(oid)

    def _unlink_object(self, object_id: str) -> bool:
        """Delete one object file in its own folder; never through a link. True if removed."""
        if self.read_only or not OBJECT_RE.match(f"{object_id}.lvo"):
            return False
        path = self.object_path(object_id)
        if store.is_link(path.parent) or store.is_link(path):
            return False
        try:
            path.unlink()
        except OSError:
            return False
        return True

    def read_object(self, object_id: str, name: str) -> Iterator[bytes]:
        """Yield decrypted chunks; raises VaultDamaged naming ``name`` if anything is off."""
        path = self.object_path(object_id)
        store.refuse_link(path.parent, self.root)
        try:
            fd = os.open(path, os.O_RDONLY | store.O_NOFOLLOW | getattr(os, "O_BINARY", 0))
            fh = os.fdopen(fd, "rb")
        except FileNotFoundError:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("errors", "{name} is missing from the vault (its file is gone)."),
                [name],
                name=name,
            ) from None
        except OSError:
            if store.is_link(path):
                store.refuse_link(path, self.root)
            raise
        with fh:
            size = os.fstat(fh.fileno()).st_size
            yield from format.decrypt_object(self.key, bytes.fromhex(object_id), fh, size, name)

    def read_object_bytes(self, object_id: str, name: str) -> bytes:
        return b"".join(self.read_object(object_id, name))

    # --- a change's rollback ------------------------------------------------------------------

    def snapshot(self) -> Snapshot[R]:
        """What ``restore`` puts back: a copy of the records, the trash and the generation."""
        return Snapshot(self.records.copy(), list(self._trash), self.generation)

    def restore(self, snapshot: Snapshot[R]) -> None:
        """Go back to ``snapshot`` in memory (a change that was not saved). Never call it after
        a save: the generation on disk stays what it is."""
        self.records = snapshot.records
        self._trash = list(snapshot.trash)

    def trashed_object_ids(self) -> list[str]:
        """The objects waiting in the trash, oldest first (deleted once no kept generation
        refers to them)."""
        return [str(e["object_id"]) for e in self._trash]

    def discard_objects(self, object_ids: Iterable[str]) -> None:
        """Mark objects for deletion once no kept index generation refers to them."""
        for oid in object_ids:
            if oid:
                self._trash.append({"object_id": oid, "generation": self.generation + 1})

    def _empty_trash(self) -> None:
        keep = []
        for entry in self._trash:
            if entry["generation"] <= self.generation - KEEP_GENERATIONS + 1:
                self._unlink_object(str(entry["object_id"]))
            else:
                keep.append(entry)
        self._trash = keep

    def leftovers(self, object_files: dict[str, str] | None = None) -> Leftovers:
        """Object files that no kept index generation refers to, neither by a record nor by
        its trash. The records in memory count as the generation they were loaded from or
        saved as; the other kept generations are decrypted only when some file is not
        referenced by the records in memory (normally none). ``object_files`` is a fresh
        ``scan_folder()``; it is made here when not given."""
        files = self.scan_folder(self.root) if object_files is None else object_files
        referenced = self.records.object_ids() | set(self.trashed_object_ids())
        candidates = {oid: path for oid, path in files.items() if oid not in referenced}
        result = Leftovers()
        if candidates:
            for gen in self._index_generations():
                if gen == self.generation:
                    continue
                try:
                    ids = object_ids_in(self._read_index(gen), self._records_type)
                except (VaultDamaged, OSError, ValueError, TypeError):
                    result.undecodable.append(index_name(gen))
                    continue
                candidates = {k: v for k, v in candidates.items() if k not in ids}
        for oid, path in candidates.items():
            try:
                result.sizes[oid] = os.lstat(path).st_size
            except OSError:
                continue  # gone meanwhile
        return result

    def orphan_objects(self) -> list[str]:
        """Ids of the object files no kept index generation refers to (see ``leftovers``)."""
        return self.leftovers().object_ids

    def remove_leftovers(self, object_ids: Iterable[str]) -> Leftovers:
        """Delete those of ``object_ids`` that are still leftovers now (asked again here, so
        an object a save has since referred to is kept); returns what was removed. Refused
        (``VaultDamaged``) while a kept index generation cannot be read, because what it
        refers to is unknown. Each file goes with one unlink: a kill at any moment leaves
        the vault whole, with fewer leftovers."""
        self._refuse_read_only()
        current = self.leftovers()
        if current.undecodable and current.count:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Leftover files cannot be removed while a saved state of the vault cannot be "
                    "read ({names}): they may belong to it; nothing was removed.",
                ),
                current.undecodable,
                names=", ".join(current.undecodable),
            )
        removed = Leftovers()
        for oid in object_ids:
            size = current.sizes.get(oid)
            if size is not None and self._unlink_object(oid):
                removed.sizes[oid] = size
        return removed

    # --- verification ----------------------------------------------------------------------

    def check(
        self,
        progress: Any = None,
        readers: Mapping[str, Callable[[bytes], object]] | None = None,
    ) -> CheckReport:
        """Verify headers, every index generation and every object, naming what is damaged.
        ``readers``: object id -> a function that reads the decrypted bytes back (a ValueError
        names the object damaged: it decrypts, but is not what it should be)."""
        report = CheckReport()
        headers, header_problems = self.read_headers(self.root)
        for problem in header_problems + self._unauthentic_headers(headers, self.key):
            report.problems.append(Problem(HEADER_LABEL, problem))
        for gen in self._index_generations():
            name = index_name(gen)
            try:
                self._read_index(gen)
            except VaultDamaged as exc:
                report.problems.append(Problem(name, str(exc)))
            except OSError as exc:
                report.problems.append(Problem(name, f"{name} could not be read ({exc.strerror})."))
        targets = self.records.object_refs()  # (object id, label, sha256 or "")
        readers = readers or {}
        for done, (oid, label, sha) in enumerate(targets, 1):
            digest = hashlib.sha256()
            reader = readers.get(oid)
            kept: list[bytes] = []
            try:
                for chunk in self.read_object(oid, label):
                    digest.update(chunk)
                    if reader is not None:
                        kept.append(chunk)
                if sha and digest.hexdigest() != sha:
                    report.problems.append(
                        Problem(
                            label,
                            f"{label} decrypts, but its SHA-256 differs from the record.",
                            oid,
                        )
                    )
                if reader is not None:
                    reader(b"".join(kept))
            except ValueError as exc:
                report.problems.append(
                    Problem(label, f"{label} decrypts, but cannot be read back ({exc}).", oid)
                )
            except VaultDamaged as exc:
                report.problems.append(Problem(label, str(exc), oid))
            except OSError as exc:
                report.problems.append(
                    Problem(label, f"{label} could not be read ({exc.strerror}).")
                )
            report.checked_objects += 1
            if progress is not None:
                progress(done, len(targets))
        leftovers = self.leftovers()
        report.leftovers = leftovers.count
        if leftovers.count:
            report.warnings.append(
                leftovers_sentence(leftovers.count)
                + " They may also be left by an interrupted save; `clean` lists and removes them."
            )
        return report


Header = format.Header
