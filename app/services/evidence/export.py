"""Writing a bundle: every original read and hashed once, the report, SHA256SUMS signed by the
vault's key (``app/vault/signing.py``), the ZIP written deterministically and atomically.

The bundle is deterministic: entries sorted, fixed times (1980-01-01), fixed permissions and an
invariant PDF, so the same case exported twice differs only in the generated-at time, which
appears in ``report.pdf`` alone (and therefore in the hash of it in SHA256SUMS and the signature).
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import stat
import threading
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app.errors import (
    QT_TRANSLATE_NOOP,
    BundleExists,
    InvalidInput,
    Message,
    OutputIsFolder,
    VaultDamaged,
)
from app.media import images as media_mod
from app.services import delivery
from app.services.evidence.case import DEFAULT_OPTIONS, EvidenceOptions, select_case
from app.services.evidence.layout import (
    ATTACHMENT_DIR,
    HASH_CHUNK,
    LANGUAGES,
    MEDIA_DIR,
    PEM,
    README,
    REPORT,
    SIG,
    SUMS,
    TIMESTAMP,
    Progress,
    readme_text,
    sums_text,
)
from app.services.evidence.names import unique_entries
from app.vault.store import AtomicFile

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a ZIP entry can hold: no clock leaks in
FILE_ATTR = (stat.S_IFREG | 0o644) << 16
PREVIEW_LIMIT = 40 * 1024 * 1024  # sighting screenshots larger than this get no preview
MANIFEST_ENTRY = "revocation-manifest.json"  # the newest manifest covering the case's photos
MANIFEST_README = """
【撤回授权清单 / Revocation manifest】
revocation-manifest.json 是权利人签名的撤回授权清单（以 SHA-256 和 PDQ 哈希值列明照片），
可单独核验 / is the right holder's signed revocation manifest (photos listed by their SHA-256
and PDQ hashes); it verifies on its own:

  likeness-vault-cli verify-manifest revocation-manifest.json --expect-key "$fingerprint"
"""


class ExportCancelled(Exception):
    """The user cancelled an export; no bundle was written (the target is untouched)."""


class Timestamper(Protocol):
    """The seam for a trusted timestamp (RFC 3161). Nothing implements it in the app yet.

    An implementation sends the SHA-256 digest of ``SHA256SUMS`` to a time-stamping authority
    and returns the DER-encoded ``TimeStampResp`` it answers with; the export stores it as
    ``SHA256SUMS.tsr`` next to the signature, where ``openssl ts -verify -data SHA256SUMS -in
    SHA256SUMS.tsr -CAfile TSA-CA.pem`` checks it. The app works offline and contacts no one,
    so no authority is wired in: choosing one (and its trust anchor) is the performer's or
    their lawyer's decision. ``verify_bundle`` reports a token as present but does not judge it.
    """

    def timestamp(self, sha256_digest: bytes) -> bytes: ...


@dataclass(frozen=True)
class FileEntry:
    """One original (photo, clip or attachment) of the case, as the bundle holds it."""

    record_id: str
    kind: str  # "media" or "attachment"
    name: str  # the original file name as recorded
    entry: str  # its path inside the bundle; "" when it is not in the bundle
    sha256: str  # the SHA-256 recorded at import
    size: int
    status: str  # "included", "excluded", "missing", "damaged", "mismatch"
    detail: str = ""  # the sentence describing a problem (an app.errors.Message)


@dataclass
class ExportResult:
    path: Path
    sha256: str  # of the ZIP file itself
    size: int
    entries: list[str]
    files: list[FileEntry]
    problems: list[str]  # every unreadable, missing or damaged item (errors.Message), listed in
    # the report too
    key_fingerprint: str
    generated_at: str


def _check_object(
    service: VaultService,
    object_id: str,
    label: str,
    recorded: str,
    cancel: threading.Event | None,
    keep: bool,
) -> tuple[str, str, bytes | None]:
    """Read an object through once: (status, detail, bytes if ``keep`` and intact)."""
    if not service.vault.object_path(object_id).exists():
        return (
            "missing",
            Message(
                QT_TRANSLATE_NOOP("errors", "{name} is missing from the vault (its file is gone)."),
                name=label,
            ),
            None,
        )
    digest = hashlib.sha256()
    kept: list[bytes] = []
    size = 0
    try:
        for chunk in service.vault.read_object(object_id, label):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled
            digest.update(chunk)
            size += len(chunk)
            if keep and size <= PREVIEW_LIMIT:
                kept.append(chunk)
    except VaultDamaged as exc:
        return "damaged", Message.of(exc), None
    except OSError as exc:
        return (
            "damaged",
            Message(
                QT_TRANSLATE_NOOP("errors", "{name} cannot be read (system error {code})."),
                name=label,
                code=errno.errorcode.get(exc.errno or 0, str(exc.errno)),
            ),
            None,
        )
    if digest.hexdigest() != recorded:
        return (
            "mismatch",
            Message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} decrypts, but its SHA-256 differs from the one recorded at import.",
                ),
                name=label,
            ),
            None,
        )
    return "included", "", (b"".join(kept) if keep and size <= PREVIEW_LIMIT else None)


def _preview(data: bytes | None, name: str) -> bytes | None:
    if data is None:
        return None
    try:
        return media_mod.decode_image(data, name).thumbnail_jpeg
    except Exception:  # a screenshot that is not an image still goes in; it just has no preview
        return None


def _zip_info(name: str, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = FILE_ATTR
    info.create_system = 3  # Unix, on every platform, so the bytes do not depend on the OS
    return info


def export_evidence(
    service: VaultService,
    dest: Path | str,
    *,
    buyer_id: str | None = None,
    sighting_id: str | None = None,
    options: EvidenceOptions = DEFAULT_OPTIONS,
    overwrite: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    timestamper: Timestamper | None = None,
) -> ExportResult:
    """Write the evidence bundle of one buyer's or one sighting's case to ``dest``.

    Every original is read and hashed once before anything is written, so an unreadable,
    missing or altered item is listed in the report (and in ``ExportResult.problems``) rather
    than skipped; it is then streamed into the ZIP a second time, chunk by chunk (a large clip is
    never held in memory and never staged in a temp file). The ZIP is written through
    ``AtomicFile``: a cancelled or failed export leaves ``dest`` as it was.
    """
    from app.documents import evidence_report

    if options.lang not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The report language must be one of zh-CN or en, not {value}."
            ),
            value=repr(options.lang),
        )
    dest = Path(dest)
    if dest.is_dir():
        raise OutputIsFolder(path=dest)
    if dest.exists() and not overwrite:
        raise BundleExists(
            QT_TRANSLATE_NOOP("errors", "{path} already exists; it was left as it is."),
            path=dest,
        )
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    case = select_case(service.records, buyer_id=buyer_id, sighting_id=sighting_id, options=options)

    media_entries = unique_entries(MEDIA_DIR, ((m.id, m.name) for m in case.media))
    att_entries = unique_entries(ATTACHMENT_DIR, ((a.id, a.name) for a in case.attachments))
    screenshot_ids = {a for a, roles in case.attachment_roles.items() if "sighting" in roles}
    total = len(case.media) + len(case.attachments)
    steps = total * 2 + 1  # check every original, the report, write every original
    done = 0

    def step(name: str) -> None:
        nonlocal done
        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        done += 1
        if progress is not None:
            progress(done, steps, name)

    files: list[FileEntry] = []
    thumbnails: dict[str, bytes | None] = {}
    previews: dict[str, bytes] = {}
    for m in case.media:
        label = m.name
        if options.include_originals:
            status, detail, _ = _check_object(service, m.object_id, label, m.sha256, cancel, False)
        else:
            status, detail = "excluded", ""
        entry = media_entries[m.id] if status == "included" else ""
        files.append(FileEntry(m.id, "media", m.name, entry, m.sha256, m.size, status, detail))
        try:
            thumbnails[m.id] = service.thumbnail_bytes(m.id)
        except (VaultDamaged, OSError):
            thumbnails[m.id] = None
        step(m.name)
    for a in case.attachments:
        label = a.name
        keep = a.id in screenshot_ids and a.mime.startswith("image/")
        if options.include_attachments or keep:
            status, detail, data = _check_object(
                service, a.object_id, label, a.sha256, cancel, keep
            )
            preview = _preview(data, a.name)
            if preview is not None:
                previews[a.id] = preview
            if not options.include_attachments and status == "included":
                status = "excluded"
        else:
            status, detail = "excluded", ""
        entry = att_entries[a.id] if status == "included" else ""
        files.append(FileEntry(a.id, "attachment", a.name, entry, a.sha256, a.size, status, detail))
        step(a.name)

    problems = [f.detail for f in files if f.detail] + case.missing_records
    signer = service.signer()
    fingerprint = signer.fingerprint
    performer = dataclasses.replace(service.records.performer)
    if not options.include_identity:
        performer = dataclasses.replace(performer, legal_name="", email="", phone="", address="")
    withheld_id = "" if options.include_id_number else performer.id_number
    if not options.include_id_number:
        performer = dataclasses.replace(performer, id_number="")

    report = evidence_report.render(
        evidence_report.EvidenceReportInput(
            lang=options.lang,
            title=case.title,
            performer=performer,
            buyers=case.buyers,
            deals=case.deals,
            media=case.media,
            attachments=case.attachments,
            attachment_roles=case.attachment_roles,
            sightings=case.sightings,
            letters=case.letters,
            files={f.record_id: f for f in files},
            thumbnails=thumbnails,
            previews=previews,
            missing_records=list(case.missing_records),
            key_fingerprint=fingerprint,
            generated_at=moment,
            options=options,
            withheld=withheld_id,
            delivered={s.id: delivery.sighting_copies(service, s) for s in case.sightings},
        )
    )
    step(REPORT)

    pem = signer.public_pem
    readme = readme_text(fingerprint).encode("utf-8")
    hashes = {f.entry: f.sha256 for f in files if f.entry}
    small: dict[str, bytes] = {REPORT: report, PEM: pem, README: readme}
    from app.services import manifest  # the newest revocation manifest covering the photos

    remembered = manifest.newest(service, [m.sha256 for m in case.media]) if case.media else None
    if remembered is not None:
        small[MANIFEST_ENTRY] = service.attachment_bytes(remembered.id)
        note = MANIFEST_README.replace("$fingerprint", fingerprint)
        small[README] = (readme_text(fingerprint) + note).encode("utf-8")
    hashes.update({name: hashlib.sha256(data).hexdigest() for name, data in small.items()})
    sums = sums_text(hashes)
    small[SUMS] = sums
    small[SIG] = signer.sign(sums)
    if timestamper is not None:
        small[TIMESTAMP] = timestamper.timestamp(hashlib.sha256(sums).digest())
    originals = {f.entry: f for f in files if f.entry}
    steps = done + len(originals)
    objects = {m.id: (m.object_id, m.name) for m in case.media}
    objects.update({a.id: (a.object_id, a.name) for a in case.attachments})

    entries = sorted([*small, *originals])
    with AtomicFile(dest) as out, zipfile.ZipFile(out, "w", allowZip64=True) as zf:
        for name in entries:
            if name in small:
                zf.writestr(_zip_info(name, compress=name != REPORT), small[name])
                continue
            f = originals[name]
            object_id, label = objects[f.record_id]
            _stream_object(service, zf, name, object_id, label, f, cancel)
            step(f.name)
    digest, size = _file_digest(dest)
    return ExportResult(
        path=dest,
        sha256=digest,
        size=size,
        entries=entries,
        files=files,
        problems=problems,
        key_fingerprint=fingerprint,
        generated_at=moment.isoformat().replace("+00:00", "Z"),
    )


def _file_digest(path: Path) -> tuple[str, int]:
    """(SHA-256 hex, size) of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(HASH_CHUNK), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _stream_object(
    service: VaultService,
    zf: zipfile.ZipFile,
    name: str,
    object_id: str,
    label: str,
    entry: FileEntry,
    cancel: threading.Event | None,
) -> None:
    digest = hashlib.sha256()
    info = _zip_info(name, compress=False)
    info.file_size = entry.size
    with zf.open(info, "w") as sink:  # file_size set: ZIP64 headers when it needs them
        for chunk in service.vault.read_object(object_id, label):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled
            digest.update(chunk)
            sink.write(chunk)
    if digest.hexdigest() != entry.sha256:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "{name} changed while the bundle was written; the export was abandoned."
            ),
            [label],
            name=label,
        )
