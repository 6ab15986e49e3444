"""The open vault as the GUI and the CLI see it: every use case, validated, saved atomically.

Each mutating call either saves a new index generation or, if the save fails, leaves both the
disk and the in-memory records exactly as they were, and raises a ``UserError``. A call that
changes nothing (an import of nothing new, a refused input) saves nothing: the oldest kept
generation is not pushed out by it.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.models import (
    AI_TRAINING_CHOICES,
    EXCLUSIVITY_CHOICES,
    ID_DOCUMENT_KIND,
    PLATFORMS,
    TERM_KINDS,
    Attachment,
    Buyer,
    Deal,
    MediaItem,
    Performer,
    Records,
    new_id,
    utc_now,
)
from app.domain.uses import OTHER, clean_uses
from app.errors import (
    QT_TRANSLATE_NOOP,
    BadMedia,
    InUse,
    InvalidInput,
    NotFound,
    NotPossible,
    VaultDamaged,
    WrongPassword,
)
from app.media import sniff as media
from app.services import face_choice, fingerprinting, importing
from app.services.payment import check_payment, payment_field
from app.services.sightings import SightingsService
from app.services.validation import (
    choice,
    letter_code,
    parse_date,
    parse_price,
    text,
)
from app.vault import crypto, signing
from app.vault.keystore import KeyStore
from app.vault.vault import CheckReport, Leftovers, Vault

if TYPE_CHECKING:
    from app.services.matching import MatchingService


class VaultService(SightingsService):
    """Every use case on an open vault: the one entry point of the GUI and the CLI. The
    transaction and ``find`` are in ``ServiceCore`` (app/services/core.py), attachments and
    sightings in their own modules; this class adds the rest."""

    # --- life cycle ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        password: str,
        display_name: str = "",
        argon2: crypto.Argon2Params | None = None,
    ) -> tuple[VaultService, str]:
        performer = Performer(display_name=text(display_name, 200))
        vault, recovery = Vault.create(Path(path), password, Records(performer=performer), argon2)
        return cls(vault), recovery

    @classmethod
    def open(
        cls,
        path: Path | str,
        password: str | None = None,
        recovery_key: str | None = None,
        keystore: KeyStore | None = None,
    ) -> VaultService:
        vault_key = None
        if password is None and recovery_key is None and keystore is not None:
            vault_id = cls.peek_vault_id(path)
            vault_key = keystore.recall(vault_id)
            if vault_key is None:
                raise NotPossible(
                    QT_TRANSLATE_NOOP(
                        "errors", "This computer does not remember this vault; type the password."
                    )
                )
            try:
                service = cls(Vault.open(Path(path), None, None, vault_key, records_type=Records))
            except WrongPassword:
                # remembered before a password change or a rekey: useless now, so forgotten
                keystore.forget(vault_id)
                raise
            face_choice.apply_at_open(service)  # an older saved state never turns faces on
            return service
        # Opening never deletes an object file: objects no kept index refers to (an import
        # killed before its save, or a newer index that is missing) are only reported in
        # ``warnings``; ``leftovers()`` and ``remove_leftovers()`` are the explicit clean-up.
        # The one exception is biometric data the performer chose to delete: an older saved
        # state that had face matching on is kept off (app/services/face_choice.py).
        service = cls(
            Vault.open(Path(path), password, recovery_key, vault_key, records_type=Records)
        )
        face_choice.apply_at_open(service)  # an older saved state never turns faces on
        return service

    @staticmethod
    def peek_vault_id(path: Path | str) -> str:
        """The vault id from the header, without any key (for the keyring lookup)."""
        headers, _ = Vault.read_headers(Path(path))
        return str(headers[0].vault_id)

    def lock(self) -> None:
        """Drop the key and every decrypted record; the service cannot be used after."""
        from app.services.matching import stop_workers

        matching = self.__dict__.pop("_matching", None)
        if matching is not None:  # the search index and faces held in memory
            matching.close()
        stop_workers()  # the face worker the back-fill may have started
        self.vault.close()

    @property
    def matching(self) -> MatchingService:
        """Matching screenshots and clips against the photos (app/services/matching.py): one
        per open vault, made at first use; its index lives in memory until ``lock``."""
        from app.services.matching import MatchingService

        matching: MatchingService | None = self.__dict__.get("_matching")
        if matching is None:  # two threads at once: both get the one kept
            matching = self.__dict__.setdefault("_matching", MatchingService(self))
        return matching

    @property
    def warnings(self) -> list[str]:
        return self.vault.warnings

    # --- performer -------------------------------------------------------------------------

    def update_performer(self, **fields: Any) -> Performer:
        allowed = {f.name for f in dataclasses.fields(Performer)}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown performer field(s): {fields}."),
                fields=", ".join(sorted(unknown)),
            )
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "stage_names":
                clean[key] = [text(v, 200) for v in value if v.strip()]
            else:
                clean[key] = text(value)
        with self.transaction() as records:
            records.performer = dataclasses.replace(records.performer, **clean)
        return records.performer

    def set_id_document(self, paths: Iterable[Path | str]) -> Performer:
        """Replace the images of your ID document (front, back; none removes them).

        They are annexed to takedown notices as proof of identity (Civil Code 1195). Stored
        encrypted as attachments of kind "id_document" in one save; the old images are
        deleted in the same save."""
        files = [(p, ID_DOCUMENT_KIND) for p in paths]
        if len(files) > 4:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Give at most 4 images of the ID document (front and back)."
                )
            )
        with self.transaction_with_files(files) as (records, stored):
            for att in stored:
                if not att.mime.startswith("image/"):
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{name} is not an image: the ID document must be a photo or scan "
                            "(JPEG, PNG or HEIC), so that it can be printed on the notice.",
                        ),
                        name=att.name,
                    )
            old = records.performer.id_document_ids
            records.performer = dataclasses.replace(
                records.performer, id_document_ids=[a.id for a in stored]
            )
            self._release_attachments(
                records, [a for a in old if a not in records.performer.id_document_ids]
            )
        return records.performer

    # --- media -----------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: importing.Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> importing.ImportReport:
        written: list[str] = []
        with self.transaction(written) as records:
            known = set(records.media)
            try:
                report = importing.import_files(self.vault, paths, progress, cancel)
            finally:
                # this batch's objects: deleted again if the save fails (the vault folder goes
                # back to exactly what it was), and only these
                for item in records.media.values():
                    if item.id not in known:
                        written += [item.object_id, item.thumb_object_id]
        return report

    def import_photo_data(self, photos: Iterable[tuple[str, bytes]]) -> list[MediaItem]:
        """Import photos held in memory (generated or pasted), never via a temp file."""
        items: list[MediaItem] = []
        written: list[str] = []  # deleted again if this change fails, and only these
        with self.transaction(written) as records:
            known = {m.sha256: m for m in records.media.values()}
            for name, data in photos:
                sniffed = media.sniff(data[:64])
                if sniffed is None or sniffed.kind != "photo":
                    raise BadMedia(
                        QT_TRANSLATE_NOOP("errors", "{name}: not a JPEG, PNG, WebP or HEIC photo."),
                        name=name,
                    )
                item = importing.store_photo(self.vault, name, sniffed.mime, data, written)
                if item.sha256 in known:
                    self.vault.discard_unreferenced([item.object_id, item.thumb_object_id])
                    item = known[item.sha256]
                else:
                    records.media[item.id] = known[item.sha256] = item
                items.append(item)
        return items

    # --- fingerprints (app/services/fingerprinting.py) ------------------------------------

    def pending_fingerprints(self) -> int:
        """How many photos lack a registered fingerprint (imported before it existed), or
        have a derived object found damaged (``mark_damaged``)."""
        return len(fingerprinting.pending(self.records, self.damaged_derived()))

    def mark_damaged(self, object_ids: Iterable[str]) -> None:
        """Derived objects found missing, undecryptable or unreadable (a match met them): kept
        in memory only; the back-fill recomputes them and its save replaces the references."""
        self.__dict__.setdefault("_damaged_derived", set()).update(object_ids)

    def damaged_derived(self) -> frozenset[str]:
        """The derived object ids marked damaged since the open."""
        return frozenset(self.__dict__.get("_damaged_derived", ()))

    def backfill(
        self,
        progress: fingerprinting.Progress | None = None,
        cancel: threading.Event | None = None,
        batch: int = fingerprinting.BATCH,
        limit: int | None = None,
        skip: Collection[str] = (),
    ) -> fingerprinting.BackfillReport:
        """Compute the fingerprints pending photos lack, from their originals decrypted in
        memory; one save per ``batch`` photos (a kill loses one batch, the next run resumes).
        At most ``limit`` photos, none of ``skip`` (ids that failed before)."""
        return fingerprinting.backfill(
            lambda: self.records,
            self.original_bytes,
            self._store_derived,
            self.vault.discard_unreferenced,
            self._save_fingerprints,
            progress,
            cancel,
            batch,
            limit,
            skip,
            damaged=self.damaged_derived,
        )

    def _store_derived(self, blob: bytes) -> str:
        return self.vault.put_object(blob)[0]

    def _save_fingerprints(self, found: fingerprinting.Found) -> int:
        written = [oid for computed in found.values() for oid in computed.written()]
        with self.transaction(written) as records:
            changed, unused, replaced = fingerprinting.apply(records, found, self.damaged_derived())
            self.vault.discard_objects(replaced)
        self.vault.discard_unreferenced(unused)  # saved without them: no generation names them
        return changed

    # --- matching options --------------------------------------------------------------------

    def set_face_matching(self, on: bool) -> int:
        """Turn face matching on or off, in one save. On: the background queue computes face
        embeddings from then on. Off: every stored face embedding is deleted at once after the
        save (biometric data exists only by the performer's choice: not kept for older index
        generations, which then lack them as derived data to recompute); they are also put in
        the saved trash, so that a deletion a kill or a failing unlink interrupted is done by a
        later save instead of leaving face data on the disk for good; returns how many photos
        had one."""
        deleted: list[str] = []
        removed = 0
        with self.transaction() as records:
            if records.matching.face_matching == on:
                return 0
            records.matching = dataclasses.replace(
                records.matching,
                face_matching=on,
                face_matching_since=utc_now() if on else "",
            )
            if not on:
                removed, deleted = face_choice.drop_face_data(records)
            self.vault.discard_objects(deleted)  # the retry, should the deletion below not end
        self.vault.discard_unreferenced(deleted)  # saved: the newest generation names none
        face_choice.remember(self.vault.vault_id, on, self.records.matching.face_matching_since)
        matching = self.__dict__.get("_matching")
        if not on and matching is not None:
            matching.forget_faces()  # nor in memory: the embeddings a match had read
        return removed

    def media_item(self, item_id: str) -> MediaItem:  # by exact id
        item = self.records.media.get(item_id)
        if item is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "There is no photo or clip with id {id} in this vault."
                ),
                id=repr(item_id),
            )
        return item

    def find_media(self, prefix: str) -> MediaItem:
        """An item by full id or by an unambiguous id prefix (``find``)."""
        return self.find(MediaItem, prefix)

    def iter_original(self, item_id: str) -> Iterator[bytes]:
        item = self.media_item(item_id)
        return self.vault.read_object(item.object_id, item.name)

    def original_bytes(self, item_id: str) -> bytes:
        return b"".join(self.iter_original(item_id))

    def thumbnail_bytes(self, item_id: str) -> bytes | None:
        item = self.media_item(item_id)
        if not item.thumb_object_id:
            return None
        return self.vault.read_object_bytes(item.thumb_object_id, item.name)

    def export_original(self, item_id: str, dest: Path | str, *, overwrite: bool = False) -> str:
        """Write the original bytes to ``dest`` (the user asked for a plaintext copy there).

        Returns the SHA-256 written; refuses to leave a file whose hash differs, and to replace
        an existing file unless ``overwrite`` (the user confirmed it)."""
        item = self.media_item(item_id)
        return self._export_object(item.object_id, item.name, item.sha256, Path(dest), overwrite)

    def update_media(self, item_id: str, **fields: Any) -> MediaItem:
        editable = {"name", "set_name", "persona", "notes", "tags", "captured_at"}
        unknown = set(fields) - editable
        if unknown:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "These photo fields cannot be edited: {fields}."),
                fields=", ".join(sorted(unknown)),
            )
        item = self.media_item(item_id)
        clean: dict[str, Any] = {
            k: ([text(t, 100) for t in v] if k == "tags" else text(v)) for k, v in fields.items()
        }
        with self.transaction() as records:
            records.media[item_id] = dataclasses.replace(item, **clean)
        return records.media[item_id]

    def delete_media(self, *item_ids: str) -> None:
        """Delete photos or clips (full ids) in one save, however many: they are taken off
        the deals and sightings that list them, and their encrypted objects go to the trash."""
        items = [self.media_item(i) for i in dict.fromkeys(item_ids)]
        with self.transaction() as records:
            for item in items:
                del records.media[item.id]
                self.vault.discard_objects(oid for oid, _, _ in item.object_refs())
            records.detach_media(item.id for item in items)

    # --- buyers ----------------------------------------------------------------------------

    def _clean_buyer(self, fields: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "platform":
                clean[key] = choice(
                    value,
                    PLATFORMS,
                    QT_TRANSLATE_NOOP(
                        "errors", "The platform must be one of {options}, not {value}."
                    ),
                )
            elif key == "order_numbers":
                clean[key] = [text(v, 200) for v in value if v.strip()]
            elif key == "country":
                clean[key] = letter_code(
                    value,
                    2,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The country must be a two-letter code such as CN, US or DE, not {value}.",
                    ),
                )
            elif key in ("id", "created_at"):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "The buyer field {field} cannot be set."),
                    field=key,
                )
            else:
                clean[key] = text(value)
        if "name" in clean and not clean["name"]:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A buyer needs a name (the nickname you know them by).")
            )
        return clean

    def add_buyer(self, name: str, **fields: Any) -> Buyer:
        clean = self._clean_buyer({"name": name, **fields})
        try:
            buyer = Buyer(id=new_id(), **clean)
        except TypeError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown buyer field: {field}."), field=exc
            ) from None
        with self.transaction() as records:
            records.buyers[buyer.id] = buyer
        return buyer

    def update_buyer(self, buyer_id: str, **fields: Any) -> Buyer:
        buyer = self.buyer(buyer_id)
        clean = self._clean_buyer(fields)
        with self.transaction() as records:
            records.buyers[buyer_id] = dataclasses.replace(buyer, **clean)
        return records.buyers[buyer_id]

    def delete_buyer(self, buyer_id: str, *, with_deals: bool = False) -> None:
        """Delete a buyer; refused while they have deals, unless ``with_deals`` (the user chose
        to delete the deals too): then the deals go in the same save (their photos and
        attachments stay)."""
        buyer = self.buyer(buyer_id)  # an id prefix works here as elsewhere
        buyer_id = buyer.id
        deals = self.records.deals_for_buyer(buyer_id)
        if deals and not with_deals:  # the GUI says so before asking (BuyerInUseBox)
            raise InUse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The buyer {name} still has deals ({ids}); delete or move the deals first.",
                ),
                name=buyer.name,
                ids=", ".join(d.id for d in deals),
            )
        with self.transaction() as records:
            for deal in deals:
                del records.deals[deal.id]
            del records.buyers[buyer_id]
            records.detach_buyer(buyer_id)

    def buyer(self, buyer_id: str) -> Buyer:
        return self.find(Buyer, buyer_id)

    # --- deals -----------------------------------------------------------------------------

    def _clean_deal(self, fields: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "buyer_id":
                clean[key] = self.buyer(value).id
            elif key == "media_ids":
                ids = [self.find_media(v).id for v in value]
                clean[key] = list(dict.fromkeys(ids))
            elif key == "attachment_ids":
                clean[key] = [self.find(Attachment, v).id for v in value]
            elif key == "date":
                clean[key] = parse_date(
                    value,
                    QT_TRANSLATE_NOOP(
                        "errors", "The deal date must be a date written YYYY-MM-DD, not {value}."
                    ),
                )
            elif key == "term_until":
                clean[key] = (
                    parse_date(
                        value,
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The end of the term must be a date written YYYY-MM-DD, not {value}.",
                        ),
                    )
                    if value
                    else ""
                )
            elif key == "price":
                clean[key] = parse_price(value)
            elif key == "currency":
                clean[key] = letter_code(
                    value,
                    3,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The currency must be a three-letter code such as CNY or USD, not {value}.",
                    ),
                )
            elif key == "term":
                clean[key] = choice(
                    value,
                    TERM_KINDS,
                    QT_TRANSLATE_NOOP("errors", "The term must be one of {options}, not {value}."),
                )
            elif key == "ai_training":
                clean[key] = choice(
                    value,
                    AI_TRAINING_CHOICES,
                    QT_TRANSLATE_NOOP(
                        "errors", "The AI training choice must be one of {options}, not {value}."
                    ),
                )
            elif key == "resale":
                clean[key] = choice(
                    value,
                    AI_TRAINING_CHOICES,
                    QT_TRANSLATE_NOOP(
                        "errors", "The resale choice must be one of {options}, not {value}."
                    ),
                )
            elif key == "exclusive":
                clean[key] = choice(
                    value,
                    EXCLUSIVITY_CHOICES,
                    QT_TRANSLATE_NOOP(
                        "errors", "Exclusivity must be one of {options}, not {value}."
                    ),
                )
            elif key == "uses":
                clean[key] = clean_uses(value)
            elif key in ("payment", "payment_days", "payment_date"):
                clean[key] = payment_field(key, value)
            elif key in ("id", "created_at", "contract_ids", "contract_terms_digest"):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "The deal field {field} cannot be set."),
                    field=key,
                )
            else:
                clean[key] = text(value)
        return clean

    def deal_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Deal fields as given -> checked and normalised (the ids resolved), or a sentence:
        what add_deal and update_deal store (a new contract, app/services/contracts.py)."""
        return self._clean_deal(fields)

    def check_deal(self, deal: Deal) -> None:
        """Refuse a deal whose term, dates or photos do not hold together (as add_deal does)."""
        self._check_term(deal)

    @staticmethod
    def _check_term(deal: Deal) -> None:
        if deal.uses_other and OTHER not in deal.uses:  # a text of "other" is that use
            deal.uses = [*deal.uses, OTHER]
        if deal.term == "until" and not deal.term_until:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A term 'until a date' needs that date.")
            )
        if deal.term != "until" and deal.term_until:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "An end date is only given with the term 'until a date'."
                )
            )
        if deal.term_until and deal.term_until < deal.date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The term ends before the deal was made.")
            )
        if not deal.media_ids:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A deal covers at least one photo or clip.")
            )
        check_payment(deal)

    def add_deal(
        self,
        buyer_id: str,
        media_ids: list[str],
        date: str,
        attach: Iterable[tuple[Path | str, str]] = (),
        **fields: Any,
    ) -> Deal:
        """Record a deal; ``attach`` lists (file, kind) pairs stored with it in the same save."""
        clean = self._clean_deal(
            {"buyer_id": buyer_id, "media_ids": media_ids, "date": date, **fields}
        )
        try:
            deal = Deal(id=new_id(), **clean)
        except TypeError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown deal field: {field}."), field=exc
            ) from None
        self._check_term(deal)
        with self.transaction_with_files(attach) as (records, stored):
            deal.attachment_ids = deal.attachment_ids + [a.id for a in stored]
            records.deals[deal.id] = deal
        return deal

    def update_deal(
        self,
        deal_id: str,
        release_attachments: bool = False,
        attach: Iterable[tuple[Path | str, str]] = (),
        attachment_kinds: Mapping[str, str] | None = None,
        **fields: Any,
    ) -> Deal:
        """Change a deal; ``attach`` lists new (file, kind) pairs stored in the same save.
        With ``release_attachments``, an attachment left out of a new ``attachment_ids`` is
        deleted in the same save when nothing else uses it. ``attachment_kinds`` (attachment
        id -> kind) relabels stored files, in the same save."""
        deal = self.deal(deal_id)
        updated = dataclasses.replace(deal, **self._clean_deal(fields))
        # a generated contract left out of the attachments is no longer the deal's contract
        updated.contract_ids = [c for c in deal.contract_ids if c in updated.attachment_ids]
        if deal.contract_ids[-1:] != updated.contract_ids[-1:]:
            updated.contract_terms_digest = ""
        self._check_term(updated)
        kinds = self.checked_kinds(attachment_kinds or {})
        with self.transaction_with_files(attach) as (records, stored):
            updated.attachment_ids = updated.attachment_ids + [a.id for a in stored]
            records.deals[deal.id] = updated
            self.apply_kinds(records, kinds)
            if release_attachments:
                dropped = [a for a in deal.attachment_ids if a not in updated.attachment_ids]
                self._release_attachments(records, dropped)
        return updated

    def delete_deal(self, deal_id: str) -> None:
        deal = self.deal(deal_id)
        with self.transaction() as records:
            del records.deals[deal.id]

    def deal(self, deal_id: str) -> Deal:
        return self.find(Deal, deal_id)

    # --- keys ------------------------------------------------------------------------------

    def change_password(self, new_password: str) -> None:
        self.vault.change_password(new_password)

    def new_recovery_key(self) -> str:
        return self.vault.new_recovery_key()

    def rekey(
        self,
        password: str,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """A new vault key (Vault.rekey): returns the new recovery key, to be shown once."""
        with self._write_lock:
            return self.vault.rekey(password, progress, cancel)

    def remember(self, keystore: KeyStore) -> None:
        keystore.remember(str(self.vault.vault_id), self.vault.remembered_secret)

    def forget(self, keystore: KeyStore) -> None:
        keystore.forget(str(self.vault.vault_id))

    def signer(self) -> signing.Signer:
        """This vault's evidence signing key (``app/vault/signing.py``): public key, PEM,
        fingerprint, sign. ``VaultLocked`` when the vault is locked."""
        return signing.Signer.of_vault(self.vault)

    def signing_public_key(self) -> bytes:
        """The raw 32-byte Ed25519 public key of this vault's evidence signing key."""
        return self.signer().public_key

    def sign(self, data: bytes) -> bytes:
        return self.signer().sign(data)

    # --- verification ----------------------------------------------------------------------

    def check(self, progress: Callable[[int, int], None] | None = None) -> CheckReport:
        """Verify everything (``Vault.check``); a derived object (a photo's matching data, the
        search index cache) also has to read back as its format. Its problems are marked
        ``repairable``: ``repair_derived`` drops them, to be computed again."""
        report = self.vault.check(progress, fingerprinting.readers(self.records))
        refs = fingerprinting.derived_refs(self.records)
        for problem in report.problems:
            problem.repairable = problem.object_id in refs
        return report

    def repair_derived(self, object_ids: Collection[str] | None = None) -> fingerprinting.Repair:
        """Drop, in one save, every reference to a derived object (a photo's matching data or
        the search index cache; of ``object_ids`` when given, e.g. a check's repairable
        problems) that is missing, fails to decrypt or does not read back as its format: the
        photos become pending and the back-fill computes them again; the search index is
        rebuilt by the next match. Photos, attachments and other records are never touched, no
        file is deleted (a damaged file becomes a leftover for ``clean``). Nothing damaged:
        nothing saved. A failing save changes nothing (``WriteFailed``)."""
        with self._write_lock:
            records = self.records
            refs = fingerprinting.derived_refs(records)
            wanted = refs if object_ids is None else {o: refs[o] for o in object_ids if o in refs}
            found = fingerprinting.readers(records)
            damaged = [oid for oid in wanted if self._derived_damaged(oid, found.get(oid))]
            if not damaged:
                return fingerprinting.Repair()
            with self.transaction() as records:
                repair = fingerprinting.drop_derived(records, damaged)
            return repair

    def _derived_damaged(self, object_id: str, reader: Callable[[bytes], object] | None) -> bool:
        try:
            data = self.vault.read_object_bytes(object_id, object_id)
            if reader is not None:
                reader(data)
        except (VaultDamaged, ValueError):
            return True
        except OSError:
            return False  # unreadable now (permissions, I/O), not damaged: left as it is
        return False

    def leftovers(self) -> Leftovers:
        """Encrypted object files that no kept saved state refers to (``clean`` lists them)."""
        with self._write_lock:  # no change is between writing its objects and its save
            return self.vault.leftovers()

    def remove_leftovers(self, object_ids: Iterable[str]) -> Leftovers:
        """Delete those of ``object_ids`` that are still leftovers; returns what was removed.
        The user confirmed the list (``clean``, or the GUI's "Remove leftover files…")."""
        with self._write_lock:
            return self.vault.remove_leftovers(object_ids)
