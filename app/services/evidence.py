"""Evidence bundles: one ZIP a platform, a lawyer or a court can check without the app.

Layout (see docs/evidence.md)::

    README.txt            what this is and the two commands that verify it (zh-CN and en)
    SHA256SUMS            "<hex>  <path>" for every other file, sorted (``sha256sum -c`` format)
    SHA256SUMS.sig        raw 64-byte Ed25519 signature over the bytes of SHA256SUMS
    originals/media/...   the original bytes of every photo, clip and voice sample of the case
    originals/attachments/...  contracts, chat screenshots, receipts, sighting screenshots, replies
    report.pdf            the readable report (cover, timeline, photos, deals, sightings, appendix)
    signing-key.pub.pem   the vault's Ed25519 public key (SubjectPublicKeyInfo PEM)

The bundle is deterministic: entries sorted, fixed times (1980-01-01), fixed permissions and an
invariant PDF, so the same case exported twice differs only in the generated-at time, which
appears in ``report.pdf`` alone (and therefore in the hash of it in SHA256SUMS and the signature).

Nothing here imports Qt: the GUI and the CLI call ``export_evidence`` and ``verify_bundle``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import stat
import threading
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from app.domain.models import Attachment, Buyer, Deal, Letter, MediaItem, Records, Sighting
from app.errors import BundleExists, InvalidInput, NotFound, UnsafeBundle, VaultDamaged
from app.services import media as media_mod
from app.services.vault_service import VaultService
from app.vault.store import AtomicFile

SUMS = "SHA256SUMS"
SIG = "SHA256SUMS.sig"
PEM = "signing-key.pub.pem"
README = "README.txt"
REPORT = "report.pdf"
TIMESTAMP = "SHA256SUMS.tsr"  # reserved for an RFC 3161 time-stamp reply (see Timestamper)
MEDIA_DIR = "originals/media/"
ATTACHMENT_DIR = "originals/attachments/"

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a ZIP entry can hold: no clock leaks in
FILE_ATTR = (stat.S_IFREG | 0o644) << 16
PREVIEW_LIMIT = 40 * 1024 * 1024  # sighting screenshots larger than this get no preview

# verification limits: refuse before reading anything bigger or stranger
MAX_ENTRIES = 100_000
MAX_TOTAL_BYTES = 256 * 1024**3  # declared uncompressed size of the whole bundle
MAX_RATIO = 100  # uncompressed / compressed, for entries over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
# Everything inflated, summed over all entries: at most this multiple of the ZIP file's size
# (plus a small allowance for a tiny bundle). A bundle the app writes stores originals and the
# report uncompressed, so it inflates to about 1x its size; only the small text files deflate.
MAX_INFLATION = 20
INFLATION_ALLOWANCE = 1024 * 1024
MAX_SUMS_BYTES = 16 * 1024 * 1024
MAX_PEM_BYTES = 64 * 1024
HASH_CHUNK = 1024 * 1024
LANGUAGES = ("zh-CN", "en")  # of report.pdf; README.txt is always in both

Progress = Callable[[int, int, str], None]


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
class EvidenceOptions:
    """What goes into a bundle; the performer chooses. Identity stays out unless asked for."""

    include_originals: bool = True  # photo and clip bytes under originals/media/
    include_attachments: bool = True  # contracts, chats, receipts, screenshots, replies
    include_sightings: bool = True
    include_letters: bool = True
    include_notes: bool = True  # the performer's notes on buyers, deals, sightings, letters
    include_identity: bool = False  # legal name, e-mail, phone, address on the cover
    include_id_number: bool = False  # the ID number (for platforms and courts, never buyers)
    lang: str = "zh-CN"  # language of report.pdf: "zh-CN" or "en"


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
    detail: str = ""  # the sentence describing a problem


@dataclass
class Case:
    """The records one export covers, in a fixed order."""

    title: str
    buyers: list[Buyer]
    deals: list[Deal]
    media: list[MediaItem]
    sightings: list[Sighting]
    letters: list[Letter]
    attachments: list[Attachment]
    attachment_roles: dict[str, list[str]]  # attachment id -> "deal", "sighting", "reply"
    missing_records: list[str]  # sentences naming references to records that are gone


@dataclass
class ExportResult:
    path: Path
    sha256: str  # of the ZIP file itself
    size: int
    entries: list[str]
    files: list[FileEntry]
    problems: list[str]  # every unreadable, missing or damaged item, listed in the report too
    key_fingerprint: str
    generated_at: str


# --- keys -----------------------------------------------------------------------------------


def signing_key_fingerprint(key: VaultService | bytes) -> str:
    """SHA-256 of the raw 32-byte Ed25519 public key, as 16 groups of 4 hex digits.

    Short enough to read aloud or publish once (a profile, a notary), long enough that no one
    can make a key with the same fingerprint."""
    raw = key.signing_public_key() if isinstance(key, VaultService) else key
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def normalize_fingerprint(text: str) -> str | None:
    """The fingerprint as printed (16 groups of 4 upper-case hex digits) from any spelling of
    its 64 hex digits (spaces, colons or dashes between them, either case), else None."""
    digits = re.sub(r"[\s:\-_.]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        return None
    return " ".join(digits[i : i + 4] for i in range(0, 64, 4))


def fingerprint_of_pem(pem: bytes) -> str | None:
    """The fingerprint of an Ed25519 public key in PEM, or None when it is not one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        PublicFormat,
        load_pem_public_key,
    )

    try:
        key = load_pem_public_key(pem)
    except (ValueError, TypeError):
        return None
    if not isinstance(key, Ed25519PublicKey):
        return None
    return signing_key_fingerprint(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def expected_fingerprint(value: str) -> str:
    """What ``--expect-key`` names: a fingerprint in any spelling, or a ``.pem`` public key file.

    Raises ``InvalidInput`` with a sentence when it is neither."""
    fingerprint = normalize_fingerprint(value)
    if fingerprint is not None:
        return fingerprint
    path = Path(value)
    if path.is_file():
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_PEM_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(f"The key file {path} cannot be read ({exc.strerror}).") from None
        fingerprint = fingerprint_of_pem(data) if len(data) <= MAX_PEM_BYTES else None
        if fingerprint is None:
            raise InvalidInput(f"{path} is not an Ed25519 public key in PEM form.")
        return fingerprint
    raise InvalidInput(
        "The expected key must be the signing key fingerprint (64 hex digits, as printed on "
        "the report's cover) or the path of a .pem public key file."
    )


def public_key_pem(raw: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PublicKey.from_public_bytes(raw)
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


# --- safe entry names ---------------------------------------------------------------------

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{i}" for p in ("com", "lpt") for i in range(10)
}
_FORBIDDEN = set('<>:"|?*\\/')
MAX_NAME = 100


def safe_file_name(name: str, fallback: str) -> str:
    """A file name that is safe on every system and in ``sha256sum -c``: no path, no control or
    bidi characters, no reserved names, at most MAX_NAME characters (the extension kept)."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(
        "_"
        if c in _FORBIDDEN or unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
        else c
        for c in name
    )
    cleaned = cleaned.strip(" .\u3000")
    if not cleaned:
        cleaned = fallback
    stem, dot, ext = cleaned.rpartition(".")
    if not dot or len(ext) > 16 or not stem:
        stem, ext = cleaned, ""
    if stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        stem = "_" + stem
    stem = stem[: MAX_NAME - len(ext) - 1].rstrip(" .") or fallback
    return f"{stem}.{ext}" if ext else stem


def unique_entries(folder: str, names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each (key, name) to ``folder + safe name``, numbering clashes (case-insensitive,
    since the bundle is unpacked on Windows and macOS too): ``a.jpg``, ``a (2).jpg``, ..."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for key, name in names:
        base = safe_file_name(name, f"file-{key[:8]}")
        stem, dot, ext = base.rpartition(".")
        if not dot:
            stem, ext = base, ""
        candidate, n = base, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        taken.add(candidate.casefold())
        out[key] = folder + candidate
    return out


def unsafe_entry_reason(name: str) -> str | None:
    """Why a ZIP entry name could escape or confuse the folder it is unpacked into, or None."""
    if not name:
        return "an empty name"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "an absolute path"
    if "\\" in name:
        return "a backslash"
    parts = name.rstrip("/").split("/")
    if any(p in ("..", ".") for p in parts) or "" in parts:
        return "a '..', '.' or empty path part"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        return "a control or bidi character"
    return None


# --- the case -------------------------------------------------------------------------------


def select_case(
    records: Records,
    *,
    buyer_id: str | None = None,
    sighting_id: str | None = None,
    options: EvidenceOptions = EvidenceOptions(),
) -> Case:
    """The records of a case: one buyer (their deals, the media delivered, the sightings traced
    to them, the letters sent to them or about those media), or one sighting (the media it
    matches, the deals that handed those media over, the buyers of those deals, the letters)."""
    if (buyer_id is None) == (sighting_id is None):
        raise InvalidInput("An evidence bundle is for one buyer or one sighting.")
    missing: list[str] = []
    if buyer_id is not None:
        buyer = records.buyers.get(buyer_id)
        if buyer is None:
            raise NotFound(f"There is no buyer with id {buyer_id!r} in this vault.")
        buyers = [buyer]
        deals = records.deals_for_buyer(buyer.id)
        media_ids = [m for d in deals for m in d.media_ids]
        sightings = [
            s
            for s in records.sightings.values()
            if buyer.id in s.buyer_ids or set(s.media_ids) & set(media_ids)
        ]
        title = buyer.name
    else:
        assert sighting_id is not None
        sighting = records.sightings.get(sighting_id)
        if sighting is None:
            raise NotFound(f"There is no sighting with id {sighting_id!r} in this vault.")
        sightings = [sighting]
        matched = set(sighting.media_ids)
        deals = sorted(
            (
                d
                for d in records.deals.values()
                if matched & set(d.media_ids)
                and (not sighting.buyer_ids or d.buyer_id in sighting.buyer_ids)
            ),
            key=lambda d: (d.date, d.created_at, d.id),
        )
        buyer_ids = list(dict.fromkeys([*sighting.buyer_ids, *(d.buyer_id for d in deals)]))
        buyers = []
        for bid in buyer_ids:
            if bid in records.buyers:
                buyers.append(records.buyers[bid])
            else:
                missing.append(f"The sighting names a buyer ({bid}) that is no longer recorded.")
        media_ids = [*sighting.media_ids, *(m for d in deals for m in d.media_ids)]
        title = sighting.title or sighting.url
    if not options.include_sightings:
        sightings = []
    sightings = sorted(sightings, key=lambda s: (s.seen_on, s.created_at, s.id))
    media_ids = list(dict.fromkeys([*media_ids, *(m for s in sightings for m in s.media_ids)]))
    media: list[MediaItem] = []
    for mid in media_ids:
        if mid in records.media:
            media.append(records.media[mid])
        else:
            missing.append(f"A deal or sighting names a photo ({mid}) that is no longer recorded.")
    media.sort(key=lambda m: (m.imported_at, m.name, m.id))
    buyer_set = {b.id for b in buyers}
    media_set = {m.id for m in media}
    letters: list[Letter] = []
    if options.include_letters:
        letters = sorted(
            (
                letter
                for letter in records.letters.values()
                if letter.recipient in buyer_set or set(letter.media_ids) & media_set
            ),
            key=lambda letter: (letter.created_at, letter.id),
        )
    roles: dict[str, list[str]] = {}
    for role, holders in (
        ("deal", [(d.attachment_ids, "deal") for d in deals]),
        ("sighting", [(s.attachment_ids, "sighting") for s in sightings]),
        ("reply", [(letter.reply_attachment_ids, "letter") for letter in letters]),
    ):
        for ids, owner in holders:
            for aid in ids:
                if aid in records.attachments:
                    roles.setdefault(aid, [])
                    if role not in roles[aid]:
                        roles[aid].append(role)
                else:
                    missing.append(
                        f"A {owner} names an attachment ({aid}) that is no longer recorded."
                    )
    attachments = sorted(
        (records.attachments[a] for a in roles), key=lambda a: (a.added_at, a.name, a.id)
    )
    return Case(
        title=title,
        buyers=buyers,
        deals=deals,
        media=media,
        sightings=sightings,
        letters=letters,
        attachments=attachments,
        attachment_roles=roles,
        missing_records=list(dict.fromkeys(missing)),
    )


def find_sighting(service: VaultService, key: str) -> Sighting:
    """A sighting by full id or by an unambiguous prefix of at least 6 characters."""
    sighting: Sighting = service._find(service.records.sightings, key, "sighting")
    return sighting


# --- export ---------------------------------------------------------------------------------


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
        return "missing", f"{label} is missing from the vault (its file is gone).", None
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
        return "damaged", str(exc), None
    except OSError as exc:
        return "damaged", f"{label} cannot be read ({exc.strerror or exc}).", None
    if digest.hexdigest() != recorded:
        return (
            "mismatch",
            f"{label} decrypts, but its SHA-256 differs from the one recorded at import.",
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


def readme_text(fingerprint: str) -> str:
    return f"""证据包 / Evidence bundle — Likeness Vault (肖像保险箱)

【中文】
这是一份由"肖像保险箱"导出的证据包：原始文件（originals/）、可阅读的报告（report.pdf）、
全部文件的 SHA-256 哈希清单（SHA256SUMS）、对该清单的 Ed25519 电子签名（SHA256SUMS.sig）
以及验证签名用的公钥（signing-key.pub.pem）。
解压后在本文件夹中运行以下两条命令即可验证，无需本软件：

  sha256sum -c SHA256SUMS
  openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig

第一条确认每个文件自导出以来未被改动；第二条（需 OpenSSL 3.0 或更新版本）确认清单由该公钥的
持有人签名。公钥指纹（公钥原始字节的 SHA-256）：
  {fingerprint}
请与权利人另行公布或公证的指纹核对：本包内印出的指纹本身不能作证，改动文件的人也能换上自己的
密钥和指纹。用 OpenSSL 计算该指纹：

  openssl pkey -pubin -in signing-key.pub.pem -outform DER | tail -c 32 | sha256sum

本证据包不含可信时间戳：它证明自导出以来的完整性及签名者，但不能单独证明导出的时间。
macOS 上可用 "shasum -a 256 -c SHA256SUMS" 代替第一条命令。

[English]
This is an evidence bundle exported by Likeness Vault: the original files (originals/), a
readable report (report.pdf), the SHA-256 of every file (SHA256SUMS), an Ed25519 signature
over that list (SHA256SUMS.sig) and the public key that checks it (signing-key.pub.pem).
Unpack it and run these two commands in this folder; the app is not needed:

  sha256sum -c SHA256SUMS
  openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig

The first shows that no file changed since the export; the second (OpenSSL 3.0 or newer) that
the holder of this key signed the list. Key fingerprint (SHA-256 of the raw public key):
  {fingerprint}
Compare it with the fingerprint the right holder published or notarised separately: a
fingerprint printed inside the bundle proves nothing by itself, since whoever altered the files
could replace the key and the fingerprint too. To compute it with OpenSSL:

  openssl pkey -pubin -in signing-key.pub.pem -outform DER | tail -c 32 | sha256sum

The bundle carries no trusted timestamp: it proves integrity since export and who signed, not
when the export was made. On macOS, "shasum -a 256 -c SHA256SUMS" replaces the first command.
"""


def sums_text(hashes: dict[str, str]) -> bytes:
    return "".join(f"{hashes[p]}  {p}\n" for p in sorted(hashes)).encode("utf-8")


def export_evidence(
    service: VaultService,
    dest: Path | str,
    *,
    buyer_id: str | None = None,
    sighting_id: str | None = None,
    options: EvidenceOptions = EvidenceOptions(),
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
        raise InvalidInput(f"The report language must be one of zh-CN or en, not {options.lang!r}.")
    dest = Path(dest)
    if dest.is_dir():
        raise BundleExists(f"{dest} is a folder; choose a file name for the bundle.")
    if dest.exists() and not overwrite:
        raise BundleExists(f"{dest} already exists; it was left as it is.")
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
        label = f"{m.kind} {m.name}"
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
        label = f"attachment {a.name}"
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
    fingerprint = signing_key_fingerprint(service)
    raw_key = service.signing_public_key()
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
            missing_records=case.missing_records,
            key_fingerprint=fingerprint,
            generated_at=moment,
            options=options,
            withheld=withheld_id,
        )
    )
    step(REPORT)

    pem = public_key_pem(raw_key)
    readme = readme_text(fingerprint).encode("utf-8")
    hashes = {f.entry: f.sha256 for f in files if f.entry}
    small: dict[str, bytes] = {REPORT: report, PEM: pem, README: readme}
    hashes.update({name: hashlib.sha256(data).hexdigest() for name, data in small.items()})
    sums = sums_text(hashes)
    small[SUMS] = sums
    small[SIG] = service.sign(sums)
    if timestamper is not None:
        small[TIMESTAMP] = timestamper.timestamp(hashlib.sha256(sums).digest())
    originals = {f.entry: f for f in files if f.entry}
    steps = done + len(originals)
    objects = {m.id: (m.object_id, f"{m.kind} {m.name}") for m in case.media}
    objects.update({a.id: (a.object_id, f"attachment {a.name}") for a in case.attachments})

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
        sha256=digest.hexdigest(),
        size=size,
        entries=entries,
        files=files,
        problems=problems,
        key_fingerprint=fingerprint,
        generated_at=moment.isoformat().replace("+00:00", "Z"),
    )


def _file_digest(path: Path) -> tuple[hashlib._Hash, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(HASH_CHUNK), b""):
            digest.update(block)
            size += len(block)
    return digest, size


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
            f"{label} changed while the bundle was written; the export was abandoned.", [label]
        )


# --- verification ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    kind: str  # "missing", "extra", "altered", "signature", "key", "malformed", "unreadable"
    path: str
    message: str


@dataclass
class VerifyReport:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)  # files whose hash matched
    signature_valid: bool = False
    key_fingerprint: str = ""
    timestamp_token: bool = False  # SHA256SUMS.tsr present (not judged here)
    # the fingerprint the reader expects (--expect-key), "" when none was given; only then can
    # the signer be confirmed: a valid signature alone proves nothing about who signed
    expected_key: str = ""

    @property
    def key_confirmed(self) -> bool:
        return bool(self.expected_key) and self.key_fingerprint == self.expected_key

    @property
    def ok(self) -> bool:
        return not self.problems and self.signature_valid

    def to_json(self) -> dict[str, object]:
        return {
            "bundle": str(self.path),
            "ok": self.ok,
            "signature_valid": self.signature_valid,
            "key_fingerprint": self.key_fingerprint,
            "key_confirmed": self.key_confirmed,
            "expected_key_fingerprint": self.expected_key or None,
            "files_checked": len(self.checked),
            "timestamp_token": self.timestamp_token,
            "problems": [dataclasses.asdict(p) for p in self.problems],
        }


def _screen(zf: zipfile.ZipFile, archive_size: int) -> dict[str, zipfile.ZipInfo]:
    """Refuse the archive before reading any content: unsafe names, links, duplicates, bombs.

    Reading an entry never inflates more than its declared size (``zipfile`` stops there and
    checks the CRC), so bounding the declared sizes bounds what verification inflates."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeBundle(
            f"The bundle has {len(infos)} entries, more than {MAX_ENTRIES}; it was not read."
        )
    unsafe: list[str] = []
    files: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        reason = unsafe_entry_reason(info.filename)
        mode = info.external_attr >> 16
        if reason is None and info.create_system == 3 and stat.S_ISLNK(mode):
            reason = "a symbolic link"
        if reason is None and info.filename in files:
            reason = "a duplicate name"
        if reason is not None:
            unsafe.append(f"{info.filename!r} ({reason})")
            continue
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeBundle(
                f"The entry {info.filename} would expand {info.file_size // max(info.compress_size, 1)}"
                " times its stored size (a decompression bomb); the bundle was not read."
            )
        files[info.filename] = info
    if unsafe:
        raise UnsafeBundle(
            "The bundle has entry names that could write outside the folder it is unpacked "
            f"into, so it was not read: {', '.join(unsafe[:10])}."
        )
    if total > MAX_TOTAL_BYTES:
        raise UnsafeBundle(
            f"The bundle declares {total} bytes of content, more than any evidence bundle "
            "should hold (a decompression bomb?); it was not read."
        )
    budget = MAX_INFLATION * archive_size + INFLATION_ALLOWANCE
    if total > budget:
        raise UnsafeBundle(
            f"The bundle's entries would inflate to {_size_text(total)}, more than "
            f"{MAX_INFLATION} times the {_size_text(archive_size)} of the ZIP file (a "
            "decompression bomb); the bundle was not read."
        )
    return files


def _size_text(n: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    if info.file_size > limit:
        return None
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    return data if len(data) <= limit else None


def _hash_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    with zf.open(info) as fh:
        for block in iter(lambda: fh.read(HASH_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


_SUMS_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *](.+)")


def parse_sums(data: bytes) -> tuple[dict[str, str], list[str]]:
    """(path -> hex, problems) from a SHA256SUMS file in GNU coreutils' format."""
    listed: dict[str, str] = {}
    errors: list[str] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return {}, ["SHA256SUMS is not UTF-8 text."]
    if text and not text.endswith("\n"):
        errors.append("SHA256SUMS does not end with a line break.")
    for number, line in enumerate(text.split("\n")[:-1] if text else [], start=1):
        match = _SUMS_LINE.fullmatch(line)
        if match is None:
            errors.append(f"SHA256SUMS line {number} is not '<sha256>  <path>'.")
            continue
        path = match.group(2)
        reason = unsafe_entry_reason(path)
        if reason is not None:
            errors.append(f"SHA256SUMS line {number} names an unsafe path ({reason}).")
        elif path in listed:
            errors.append(f"SHA256SUMS lists {path} twice.")
        else:
            listed[path] = match.group(1).lower()
    return listed, errors


def verify_bundle(
    path: Path | str, progress: Progress | None = None, *, expect_key: str = ""
) -> VerifyReport:
    """Check every hash in SHA256SUMS and the signature over it, without unpacking anything.

    ``expect_key`` is the fingerprint the reader expects (``normalize_fingerprint`` form, see
    ``expected_fingerprint``); a bundle signed by any other key is a "key" problem naming both.
    Without it the signature proves only that the files match the key shipped in the bundle.

    Raises ``UnsafeBundle`` for zip-slip names, names that are not the UTF-8 they claim to be
    and decompression bombs, and ``InvalidInput`` when the file is not a ZIP; every other
    finding is a ``Problem`` in the report."""
    path = Path(path)
    report = VerifyReport(path=path, expected_key=expect_key)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise NotFound(f"There is no file {path}.") from None
    except UnicodeDecodeError:
        raise UnsafeBundle(
            f"{path.name} has an entry name marked as UTF-8 that is not valid UTF-8, so the "
            "names cannot be checked; the bundle was not read."
        ) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise InvalidInput(f"{path.name} is not a readable ZIP file ({exc}).") from None
    with zf:
        files = _screen(zf, path.stat().st_size)
        _verify_files(zf, files, report, progress)
    if expect_key and report.key_fingerprint and report.key_fingerprint != expect_key:
        report.problems.append(
            Problem(
                "key",
                PEM,
                f"The bundle is signed by the key {report.key_fingerprint}, not by the expected "
                f"key {expect_key}: whoever signed it is not the holder of the expected key.",
            )
        )
    return report


def _verify_files(
    zf: zipfile.ZipFile,
    files: dict[str, zipfile.ZipInfo],
    report: VerifyReport,
    progress: Progress | None,
) -> None:
    add = report.problems.append

    def read(name: str, limit: int) -> bytes | None:
        info = files.get(name)
        if info is None:
            add(Problem("missing", name, f"{name} is missing from the bundle."))
            return None
        try:
            data = _read_small(zf, info, limit)
        except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError) as exc:
            add(Problem("altered", name, f"{name} is damaged inside the ZIP ({exc})."))
            return None
        if data is None:
            add(Problem("malformed", name, f"{name} is larger than such a file can be."))
        return data

    sums = read(SUMS, MAX_SUMS_BYTES)
    sig = read(SIG, 1024)
    pem = read(PEM, MAX_PEM_BYTES)
    report.timestamp_token = TIMESTAMP in files
    listed: dict[str, str] = {}
    if sums is not None:
        listed, errors = parse_sums(sums)
        for message in errors:
            add(Problem("malformed", SUMS, message))
    if sums is not None and sig is not None and pem is not None:
        _verify_signature(sums, sig, pem, report)

    present = set(files) - {SUMS, SIG, TIMESTAMP}
    if sums is not None:
        for name in sorted(set(listed) - present):
            add(Problem("missing", name, f"{name} is listed in SHA256SUMS but missing."))
        for name in sorted(present - set(listed)):
            add(Problem("extra", name, f"{name} is in the bundle but not in SHA256SUMS."))
    todo = sorted(set(listed) & present)
    for number, name in enumerate(todo, start=1):
        try:
            actual = _hash_entry(zf, files[name])
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            NotImplementedError,
            RuntimeError,
            UnicodeDecodeError,
        ) as exc:
            add(Problem("altered", name, f"{name} cannot be read from the ZIP ({exc})."))
            continue
        if actual == listed[name]:
            report.checked.append(name)
        else:
            add(
                Problem(
                    "altered", name, f"{name} was altered: its SHA-256 differs from SHA256SUMS."
                )
            )
        if progress is not None:
            progress(number, len(todo), name)


def _verify_signature(sums: bytes, sig: bytes, pem: bytes, report: VerifyReport) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        PublicFormat,
        load_pem_public_key,
    )

    try:
        key = load_pem_public_key(pem)
    except (ValueError, TypeError):
        report.problems.append(
            Problem("altered", PEM, f"{PEM} is not a readable public key (altered?).")
        )
        return
    if not isinstance(key, Ed25519PublicKey):
        report.problems.append(Problem("altered", PEM, f"{PEM} is not an Ed25519 public key."))
        return
    report.key_fingerprint = signing_key_fingerprint(
        key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    if len(sig) != 64:
        report.problems.append(
            Problem(
                "signature", SIG, f"{SIG} is {len(sig)} bytes, not a 64-byte Ed25519 signature."
            )
        )
        return
    try:
        key.verify(sig, sums)
    except InvalidSignature:
        report.problems.append(
            Problem(
                "signature",
                SIG,
                f"The signature {SIG} does not match {SUMS} under {PEM}: {SUMS}, {SIG} or the "
                "key was altered, or the key is not the one that signed.",
            )
        )
        return
    report.signature_valid = True


def iter_problem_lines(report: VerifyReport) -> Iterator[str]:
    for problem in report.problems:
        yield f"{problem.kind}: {problem.message}"
