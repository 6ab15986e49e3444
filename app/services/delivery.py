"""Delivering a deal's photos to its buyer: one delivery copy per photo (app/media/delivery.py),
written into a folder or a ZIP, and recorded on the deal (``Deal.deliveries``).

Each (deal, photo) keeps one geometric code for good: a second delivery of the same photo to
the same deal gets the same code; a code another deal of the same photo has is never given.

Nothing decrypted is written outside the target: the copies are made in memory and written to
temp names inside the target folder (or the ZIP's folder), renamed into place only after the
deal's record is saved. A delivery that fails leaves the target and the vault as they were.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import os
import shutil
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import uses as uses_vocabulary
from app.domain.models import Deal, Delivery, Sighting
from app.errors import QT_TRANSLATE_NOOP, NotPossible, OutputExists, OutputIsFolder, UserError
from app.matching.results import BuyerRef, DeliveredCopy
from app.media import delivery as media
from app.vault.store import TEMP_PREFIX, AtomicFile

if TYPE_CHECKING:
    from PIL import Image

    from app.services.vault_service import VaultService

Signer = Callable[[bytes, Deal, str], bytes]  # (jpeg, deal, file name) -> signed jpeg


@dataclass(frozen=True)
class Copy:
    """One copy written: the record kept on the deal, and where it went."""

    delivery: Delivery
    item_name: str
    path: str  # the file, or "<zip>:<name>"


def is_zip(dest: Path) -> bool:
    return dest.suffix.lower() == ".zip"


def used_codes(service: VaultService, item_id: str, except_deal: str) -> set[str]:
    """Codes of the photo's copies delivered under other deals."""
    return {
        d.code
        for deal in service.records.deals.values()
        if deal.id != except_deal
        for d in deal.deliveries
        if d.item_id == item_id
    }


def code_for(service: VaultService, deal: Deal, item_id: str) -> media.Code:
    for d in deal.deliveries:  # this deal delivered it before: the same code again
        if d.item_id == item_id:
            known = media.code_named(d.code)
            if known is not None:
                return known
    try:
        return media.choose_code(used_codes(service, item_id, deal.id))
    except ValueError:
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors",
                "Photo {name} has been delivered to {count} deals already: every code that "
                "tells its copies apart is taken.",
            ),
            name=service.records.media[item_id].name,
            count=len(media.CODEBOOK),
        ) from None


def usage_terms(service: VaultService, deal: Deal) -> str:
    buyer = service.records.buyers.get(deal.buyer_id)
    who = buyer.name if buyer else "the buyer"
    uses = uses_vocabulary.describe_en(deal.uses, deal.uses_other) or "as agreed in the deal"
    training = {
        "yes": "permitted",
        "no": "not permitted",
    }.get(deal.ai_training, "not permitted (not agreed)")
    if deal.term == "until" and deal.term_until:
        term = f"until {deal.term_until}"
    elif deal.term == "unlimited":
        term = "no end date"
    else:
        term = "not stated; revocable at any time"
    parts = [
        f"Licensed to {who} under the deal of {deal.date} ({deal.id[:8]}), not sold.",
        f"Permitted uses: {uses}.",
        f"AI model training: {training}.",
        f"Term: {term}.",
    ]
    if deal.territory:
        parts.append(f"Territory and platforms: {deal.territory}.")
    parts.append("Any other use, and passing this file on, needs the performer's written consent.")
    return " ".join(parts)


def rights_for(service: VaultService, deal: Deal, code: media.Code) -> media.Rights:
    name = service.records.performer.display_name.strip()
    return media.Rights(
        creator=name,
        rights=f"© {name}. All rights in this likeness reserved."
        if name
        else "All rights in this likeness reserved.",
        usage_terms=usage_terms(service, deal),
        licence_end=deal.term_until if deal.term == "until" else "",
        ai_training_allowed=deal.ai_training == "yes",
        data_mining="DMI-PROHIBITED-AIMLTRAINING",
        identifier=f"likeness-vault:{deal.id[:8]}",
    )


def _file_names(service: VaultService, item_ids: list[str]) -> dict[str, str]:
    from app.services.evidence import safe_file_name

    names: dict[str, str] = {}
    taken: set[str] = set()
    for item_id in item_ids:
        stem = Path(service.records.media[item_id].name).stem or item_id[:8]
        base = safe_file_name(stem, item_id[:8])
        name = f"{base}.jpg"
        n = 2
        while name.lower() in taken:
            name = f"{base}-{n}.jpg"
            n += 1
        taken.add(name.lower())
        names[item_id] = name
    return names


def photos_of(service: VaultService, deal: Deal) -> list[str]:
    return [
        i
        for i in deal.media_ids
        if i in service.records.media and service.records.media[i].kind == "photo"
    ]


def check_target(dest: Path, names: list[str], overwrite: bool) -> None:
    """Refuse up front what would overwrite a file without ``overwrite``."""
    if is_zip(dest):
        if dest.is_dir():
            raise OutputIsFolder(path=dest)
        if os.path.lexists(dest) and not overwrite:
            raise _exists(dest)
        return
    if os.path.lexists(dest) and not dest.is_dir():
        raise OutputExists(
            QT_TRANSLATE_NOOP("errors", "{path} is a file, not a folder; it was left as it is."),
            path=dest,
        )
    for name in names:
        if os.path.lexists(dest / name) and not overwrite:
            raise _exists(dest / name)


def _exists(path: Path) -> OutputExists:
    return OutputExists(
        QT_TRANSLATE_NOOP(
            "errors", "{path} already exists; it was left as it is (pass --force to replace it)."
        ),
        path=path,
    )


def deliver(
    service: VaultService,
    deal_id: str,
    dest: Path | str,
    *,
    overwrite: bool = False,
    signer: Signer | None = None,
    today: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Copy]:
    """Write the deal's delivery copies to ``dest`` (a folder, made if missing, or a ``.zip``)
    and record them on the deal. ``signer`` (C2PA) signs each copy after its XMP is written.
    ``progress(done, total, name)`` hears each photo; ``cancel`` set stops before the next
    photo and returns [] with nothing written or recorded (the GUI's Cancel)."""
    dest = Path(dest)
    deal = service.deal(deal_id)
    items = photos_of(service, deal)
    if not items:
        raise NotPossible(
            QT_TRANSLATE_NOOP("errors", "The deal {deal} has no photos to deliver."),
            deal=deal.id[:8],
        )
    names = _file_names(service, items)
    extras = c2pa_extras(service) if signer is not None else []  # performer-root.pem (K)
    check_target(dest, [*names.values(), *(n for n, _ in extras)], overwrite)
    when = today or date.today().isoformat()
    made: list[tuple[Delivery, bytes]] = []
    for done, item_id in enumerate(items):
        if cancel is not None and cancel.is_set():
            return []  # (L, GUI) cancelled before anything was written or recorded
        if progress is not None:
            progress(done, len(items), service.records.media[item_id].name)
        item = service.records.media[item_id]
        code = code_for(service, deal, item_id)
        data = media.make_copy(
            service.original_bytes(item_id), item.name, code, rights_for(service, deal, code)
        )
        if signer is not None:
            data = signer(data, deal, names[item_id])
        made.append(
            (
                Delivery(
                    item_id=item_id,
                    file_name=names[item_id],
                    sha256=hashlib.sha256(data).hexdigest(),
                    code=code.name,
                    delivered_on=when,
                    c2pa=signer is not None,
                ),
                data,
            )
        )
    if is_zip(dest):
        return _to_zip(service, deal, dest, made, extras)
    return _to_folder(service, deal, dest, made, extras)


def _record(service: VaultService, deal: Deal, made: list[tuple[Delivery, bytes]]) -> None:
    with service.transaction() as records:
        current = records.deals[deal.id]
        added = [*current.deliveries, *(d for d, _ in made)]
        records.deals[deal.id] = dataclasses.replace(current, deliveries=added)


def _to_zip(
    service: VaultService,
    deal: Deal,
    dest: Path,
    made: list[tuple[Delivery, bytes]],
    extras: list[tuple[str, bytes]] = [],  # noqa: B006 (read only)
) -> list[Copy]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # JPEG: no gain
        for name, data in [*((d.file_name, data) for d, data in made), *extras]:
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    atomic = AtomicFile(dest)
    with atomic as out:  # the temp file beside dest is renamed only when the record is saved
        out.write(buffer.getvalue())
        _record(service, deal, made)
    return [
        Copy(d, service.records.media[d.item_id].name, f"{dest}:{d.file_name}") for d, _ in made
    ]


def _to_folder(
    service: VaultService,
    deal: Deal,
    dest: Path,
    made: list[tuple[Delivery, bytes]],
    extras: list[tuple[str, bytes]] = [],  # noqa: B006 (read only)
) -> list[Copy]:
    created = not dest.exists()
    folder = dest.parent / f"{TEMP_PREFIX}{os.urandom(6).hex()}" if created else dest
    if created:
        folder.mkdir(mode=0o700)
    temps: list[tuple[Path, Path]] = []
    try:
        for name, data in [*((d.file_name, data) for d, data in made), *extras]:
            temp = folder / f"{TEMP_PREFIX}{os.urandom(6).hex()}"
            with open(temp, "xb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            temps.append((temp, (folder / name)))
        _record(service, deal, made)
        for temp, final in temps:
            os.replace(temp, final)
        if created:
            os.rename(folder, dest)
    except BaseException:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return [
        Copy(d, service.records.media[d.item_id].name, str(dest / d.file_name)) for d, _ in made
    ]


def c2pa_available() -> bool:
    """Whether this build can sign with C2PA (app/media/c2pa_sign.py and c2pa-python; imported
    by statement, not by name, so PyInstaller ships them: tests/unit/test_freezable.py)."""
    import importlib.util

    try:
        from app.media import c2pa_sign  # noqa: F401
    except ImportError:
        return False
    return importlib.util.find_spec("c2pa") is not None  # the library, imported when signing


def c2pa_extras(service: VaultService) -> list[tuple[str, bytes]]:
    """What goes next to C2PA-signed copies: the performer's root certificate (engineer K's
    ``c2pa_sign.root_pem``, the same bytes for a vault every time), for a buyer or a platform
    to trust (docs/c2pa.md)."""
    from app.media import c2pa_sign

    return [(c2pa_sign.ROOT_FILE, c2pa_sign.root_pem(service.signer()))]


def c2pa_signer(service: VaultService) -> Signer:
    """Each copy signed by engineer K's ``app/media/c2pa_sign.sign_jpeg`` with the vault's one
    signer (XMP written first, then signed: facts.md)."""
    from app.media.c2pa_sign import sign_jpeg

    vault_signer = service.signer()
    author = service.records.performer.display_name.strip()

    def signer(data: bytes, deal: Deal, file_name: str) -> bytes:
        return bytes(
            sign_jpeg(
                data,
                signer=vault_signer,
                title=file_name,
                author=author,
                ai_training_allowed=deal.ai_training == "yes",
                terms=usage_terms(service, deal),
            )
        )

    return signer


def delivered_copy(service: VaultService, item_id: str, found: Image.Image) -> DeliveredCopy | None:
    """Whose delivery copy ``found`` (a frame the matcher found the photo in) is: the photo's
    original is fitted to it and the geometry read against the codes the photo's deals
    actually received (app/media/delivery.py ``identify``; a code nobody got names nobody).
    The copy's ``band`` says how sure: "strong" (a document may name the buyer) or "possible"
    (shown with its reason, never asserted). None when the photo was never delivered, the fit
    fails, or the geometry read is the original's own or no delivered code."""
    records = service.records
    owners: dict[str, Deal] = {}
    for deal in sorted(records.deals.values(), key=lambda d: (d.date, d.created_at)):
        for d in deal.deliveries:
            if d.item_id == item_id:
                owners.setdefault(d.code, deal)
    item = records.media.get(item_id)
    codes = [c for name in owners if (c := media.code_named(name)) is not None]
    if not codes or item is None:
        return None
    original = media.decode_pixels(service.original_bytes(item_id), item.name)
    read = media.identify(original, original.width, found, codes)
    if read is None or read.code is None:
        return None
    deal = owners[read.code.name]
    buyer = records.buyers.get(deal.buyer_id)
    return DeliveredCopy(
        buyer=BuyerRef(deal.buyer_id, buyer.name if buyer else ""),
        deal_id=deal.id,
        code=read.code.name,
        confidence=read.confidence,
        band=read.band,
        reason=read.reason,
        width=read.width,
    )


@dataclass(frozen=True)
class SightingCopy:
    """A delivery copy recognised in a sighting's screenshot (for letters and reports)."""

    item_name: str
    buyer_name: str
    deal_date: str
    copy: DeliveredCopy


def sighting_copies(
    service: VaultService, sighting: Sighting, *, possible: bool = False
) -> list[SightingCopy]:
    """The delivery copies the sighting's screenshots show: each photo the sighting was matched
    to that was delivered is fitted to each image screenshot (as ``match`` does). Only the
    "strong" ones (what a notice or a report may state) unless ``possible``. Empty when none
    of its photos was delivered (nothing is decoded then)."""
    records = service.records
    delivered = {d.item_id for deal in records.deals.values() for d in deal.deliveries}
    items = [m for m in sighting.media_ids if m in delivered and m in records.media]
    if not items:
        return []
    found: list[SightingCopy] = []
    for att_id in sighting.attachment_ids:
        att = records.attachments.get(att_id)
        if att is None or not att.mime.startswith("image/"):
            continue
        try:
            shot = media.decode_pixels(service.attachment_bytes(att.id), att.name)
        except UserError:
            continue  # an unreadable screenshot says nothing about a copy
        for item_id in items:
            copy = delivered_copy(service, item_id, shot)
            if copy is None or (copy.band != "strong" and not possible):
                continue  # a possible reading is the performer's to check, not a document's
            if all(f.copy != copy for f in found):
                deal = records.deals[copy.deal_id]
                found.append(
                    SightingCopy(records.media[item_id].name, copy.buyer.name, deal.date, copy)
                )
    return found


def sighting_copy_text(template: str, found: SightingCopy) -> str:
    """A letter's or report's line: ``$photo $buyer $date $code $confidence`` filled in."""
    return (
        template.replace("$photo", found.item_name)
        .replace("$buyer", found.buyer_name)
        .replace("$date", found.deal_date)
        .replace("$code", found.copy.code)
        .replace("$confidence", f"{found.copy.confidence:.2f}")
    )
