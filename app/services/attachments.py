"""Attachments: files stored with a deal, a sighting, a letter's reply or the ID document;
and writing an object back out as a plaintext file the user asked for."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from app.domain.models import (
    ALL_ATTACHMENT_KINDS,
    ATTACHMENT_KINDS,
    ID_DOCUMENT_KIND,
    MANIFEST_KIND,
    Attachment,
    Records,
    new_id,
    utc_now,
)
from app.errors import (
    QT_TRANSLATE_NOOP,
    BadMedia,
    InUse,
    NotPossible,
    OutputExists,
    OutputIsFolder,
    VaultDamaged,
    WriteFailed,
)
from app.media import sniff as media
from app.services import importing
from app.services.core import ServiceCore
from app.services.validation import choice, text
from app.vault.store import AtomicFile, write_failed

MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024 * 1024
KIND_SENTENCE = QT_TRANSLATE_NOOP(
    "errors", "The attachment kind must be one of {options}, not {value}."
)


@dataclasses.dataclass(frozen=True)
class FileData:
    """A file made in memory (a video frame as PNG, a pasted image), stored as an attachment
    like a file on disk: ``transaction_with_files`` takes it in place of a path. Its bytes never
    touch the disk unencrypted."""

    name: str
    data: bytes


class AttachmentsService(ServiceCore):
    def add_attachment(self, path: Path | str, kind: str = "other", notes: str = "") -> Attachment:
        """Store a contract, chat screenshot or receipt (any file type) and save."""
        notes = text(notes)
        with self.transaction_with_files([(path, kind)]) as (records, stored):
            attachment = records.attachments[stored[0].id] = dataclasses.replace(
                stored[0], notes=notes
            )
        return attachment

    @contextlib.contextmanager
    def transaction_with_files(
        self, files: Iterable[tuple[Path | str | FileData, str]]
    ) -> Iterator[tuple[Records, list[Attachment]]]:
        """A change that also stores (file, kind) pairs as attachments: each file is encrypted
        into its object first, then recorded in the same save as the change; if anything
        fails, the new objects are removed again and the records stay as they were."""
        stored: list[Attachment] = []
        written: list[str] = []
        with self.transaction(written) as records:
            for path, kind in files:
                if isinstance(path, FileData):
                    att = self._store_data(path.name, path.data, kind)
                else:
                    att = self._store_attachment(Path(path), kind)
                written.append(att.object_id)
                stored.append(att)
                records.attachments[att.id] = att
            yield records, stored

    def _store_attachment(self, path: Path, kind: str) -> Attachment:
        choice(kind, ALL_ATTACHMENT_KINDS, KIND_SENTENCE)
        with importing.open_source(path, path.name) as fh:
            head = fh.read(64)
            fh.seek(0)
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise BadMedia(
                    QT_TRANSLATE_NOOP("errors", "{name}: attachments are limited to 2 GB."),
                    name=path.name,
                )
            reader = importing.HashingReader(fh)
            object_id, stored = self.vault.put_object_chunks(reader.chunks())
        sniffed = media.sniff(head)
        mime = (
            sniffed.mime
            if sniffed
            else ("application/pdf" if head.startswith(b"%PDF") else "application/octet-stream")
        )
        return Attachment(
            id=new_id(),
            name=importing.display_name(path),
            kind=kind,
            mime=mime,
            sha256=reader.digest.hexdigest(),
            size=stored,
            object_id=object_id,
            added_at=utc_now(),
        )

    def store_attachment_data(self, name: str, data: bytes, kind: str) -> Attachment:
        """Store in-memory bytes as an attachment object and record it (one save)."""
        choice(kind, ATTACHMENT_KINDS, KIND_SENTENCE)
        with self.transaction_with_files([(FileData(name, data), kind)]) as (_records, stored):
            pass
        return stored[0]

    def _store_data(self, name: str, data: bytes, kind: str) -> Attachment:
        """Encrypt in-memory bytes into a new object: the attachment to record (not saved)."""
        choice(kind, ALL_ATTACHMENT_KINDS, KIND_SENTENCE)
        name = text(name, 255)
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise BadMedia(
                QT_TRANSLATE_NOOP("errors", "{name}: attachments are limited to 2 GB."), name=name
            )
        object_id, stored = self.vault.put_object(data)
        sniffed = media.sniff(data[:64])
        return Attachment(
            id=new_id(),
            name=name,
            kind=kind,
            mime=sniffed.mime if sniffed else "application/octet-stream",
            sha256=hashlib.sha256(data).hexdigest(),
            size=stored,
            object_id=object_id,
            added_at=utc_now(),
        )

    def set_attachment_kind(self, attachment_id: str, kind: str) -> Attachment:
        """Say what a stored file is (contract, chat screenshot, receipt or other); one save."""
        kinds = self.checked_kinds({attachment_id: kind})
        with self.transaction() as records:
            self.apply_kinds(records, kinds)
        return self.records.attachments[next(iter(kinds))]

    def checked_kinds(self, kinds: Mapping[str, str]) -> dict[str, str]:
        """``kinds`` (attachment id or prefix -> kind) with full ids, refused before any change
        when an attachment is unknown, a kind is not one of a deal's file kinds, or the file is
        an image of the performer's ID document (that one keeps its kind)."""
        checked: dict[str, str] = {}
        for key, kind in kinds.items():
            att = self.find(Attachment, key)
            choice(kind, ATTACHMENT_KINDS, KIND_SENTENCE)
            if att.kind == ID_DOCUMENT_KIND:
                raise NotPossible(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is an image of your ID document; its kind stays as it is.",
                    ),
                    name=att.name,
                )
            if att.kind == MANIFEST_KIND:  # letters and bundles find manifests by their kind
                raise NotPossible(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is a revocation manifest the vault made; its kind stays as it is.",
                    ),
                    name=att.name,
                )
            checked[att.id] = kind
        return checked

    @staticmethod
    def apply_kinds(records: Records, kinds: Mapping[str, str]) -> None:
        """Inside a change: set the kinds ``checked_kinds`` returned."""
        for att_id, kind in kinds.items():
            att = records.attachments[att_id]
            if att.kind != kind:
                records.attachments[att_id] = dataclasses.replace(att, kind=kind)

    def attachment_users(self, attachment_id: str) -> list[str]:
        """What still refers to an attachment, as "deal ID", "sighting ID" or "letter ID"."""
        return self.records.attachment_users(attachment_id)

    def delete_attachment(self, attachment_id: str, detach: bool = False) -> None:
        """Delete an attachment and put its encrypted object in the vault's trash.

        Refused while a deal, sighting or letter refers to it, unless ``detach`` is given:
        then it is taken off those records in the same save."""
        att = self.find(Attachment, attachment_id)
        if self.records.attachment_users(att.id) and not detach:
            if att.id in self.records.performer.attachment_refs():
                raise InUse(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The attachment {name} is still used by your details (ID document); "
                        "remove it from there first.",
                    ),
                    name=att.name,
                )
            holders = [
                record.id
                for collection in (self.records.deals, self.records.sightings, self.records.letters)
                for record in collection.values()
                if att.id in record.attachment_refs()
            ]
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The attachment {name} is still used by {count} deal(s), sighting(s) or "
                    "letter(s) ({ids}); remove it from there first.",
                ),
                name=att.name,
                count=len(holders),
                ids=", ".join(holders),
            )
        with self.transaction() as records:
            records.detach_attachment(att.id)
            del records.attachments[att.id]
            self.vault.discard_objects([att.object_id])

    def _release_attachments(self, records: Records, attachment_ids: Iterable[str]) -> None:
        """Inside a change: delete those of ``attachment_ids`` that no record refers to."""
        for att_id in attachment_ids:
            att = records.attachments.get(att_id)
            if att is not None and not records.attachment_users(att_id):
                del records.attachments[att_id]
                self.vault.discard_objects([att.object_id])

    def attachment_bytes(self, attachment_id: str) -> bytes:
        att = self.find(Attachment, attachment_id)
        return self.vault.read_object_bytes(att.object_id, att.name)

    def export_attachment(
        self, attachment_id: str, dest: Path | str, *, overwrite: bool = False
    ) -> str:
        att = self.find(Attachment, attachment_id)
        return self._export_object(att.object_id, att.name, att.sha256, Path(dest), overwrite)

    def _export_object(
        self, object_id: str, label: str, sha256: str, dest: Path, overwrite: bool = False
    ) -> str:
        if dest.is_dir():
            raise OutputIsFolder(path=dest)
        if os.path.lexists(dest) and not overwrite:
            raise OutputExists(
                QT_TRANSLATE_NOOP("errors", "{path} already exists; it was left as it is."),
                path=dest,
            )
        digest = hashlib.sha256()
        try:
            with AtomicFile(dest) as out:
                for chunk in self.vault.read_object(object_id, label):
                    digest.update(chunk)
                    out.write(chunk)
                if digest.hexdigest() != sha256:
                    raise VaultDamaged(
                        QT_TRANSLATE_NOOP(
                            "errors", "{name} does not match its recorded SHA-256; not exported."
                        ),
                        [label],
                        name=label,
                    )
        except WriteFailed:
            raise
        except OSError as exc:
            raise write_failed(exc, dest) from exc
        return digest.hexdigest()
