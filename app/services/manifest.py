"""The revocation manifest: a signed JSON document saying "these images are of me, and my
consent is withdrawn from date X", that a platform, a buyer or an AI company can check and
match automatically without the photos (see ``docs/revocation-manifest.md``).

* :func:`build` makes the document from the open vault: the performer's chosen name (the
  legal name only when asked), the withdrawal date, the scope, a contact, the legal basis in
  words and articles (``resources/templates/manifest.toml`` naming ``law.toml``'s articles,
  the letters' data), and per item its SHA-256 and PDQ hash with quality. Items that have no
  PDQ yet are back-filled first, as ``match`` does. No thumbnails, no photos, no file names.
* The document holds only objects, arrays, strings and integers (binary values in base64, no
  floats), so any RFC 8785 implementation gives the same canonical bytes; the signature is
  the vault's Ed25519 key (``app/vault/signing.py``) over ``signing.canonical_json`` of
  everything but ``signature``, and the public key is inside the signed part.
* :func:`write` writes the file (never over an existing one without ``overwrite``) and
  remembers it in the vault as an attachment of kind ``"manifest"`` (the JSON encrypted as its
  object), so letters, takedown notices and evidence bundles can refer to the newest one.
* :func:`verify` checks a manifest's structure and signature without a vault, with the
  ``--expect-key`` rule of ``verify-evidence`` (``key_confirmed`` only when the expected key
  was named and is the signer's).
* :func:`check_images` is what a platform runs: PDQ of each image (and of its mirror) against
  the manifest's entries at ``pdq.MATCH_DISTANCE``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
import threading
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.models import MANIFEST_KIND, NO_OBJECT, Attachment, MediaItem, new_id, utc_now
from app.errors import (
    QT_TRANSLATE_NOOP,
    BadMedia,
    InvalidInput,
    Message,
    NotPossible,
    OutputExists,
    OutputIsFolder,
    UserError,
    VaultDamaged,
)
from app.paths import resource_path
from app.vault import signing
from app.vault.store import AtomicFile

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

TYPE = "likeness-revocation-manifest"
VERSION = 1
SCOPES = ("training", "generation", "distribution")
LANGS = ("zh-CN", "en")
PDQ_ENCODING = "hex: 64 digits, the 256 bits as ThreatExchange and pdqhash write them"
FACE_ENCODING = "base64 of 128 little-endian int16: round(value * 32767), clipped"
FACE_SCALE = 32767
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # a manifest of 100,000 items is ~25 MB
MAX_IMAGE_BYTES = 256 * 1024 * 1024  # app.media.images.MAX_IMAGE_BYTES
FILE_NAME = "revocation-manifest-{date}.json"

_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_ID = re.compile(r"[0-9a-f]{32}")


class Cancelled(NotPossible):
    """The user cancelled while the missing hashes were computed; nothing was written."""

    default = QT_TRANSLATE_NOOP("errors", "The manifest was cancelled; no file was written.")


# --- the words and the law ------------------------------------------------------------------


@functools.cache
def _settings() -> dict[str, Any]:
    with resource_path("templates", "manifest.toml").open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)["manifest"]
    return data


def check_scope(scope: Iterable[str]) -> list[str]:
    """The scope in ``SCOPES`` order, without repeats; refused when empty or unknown."""
    chosen = [s.strip().lower() for s in scope if s.strip()]
    for s in chosen:
        if s not in SCOPES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Unknown scope {scope}: choose from {options} (comma-separated)."
                ),
                scope=repr(s),
                options=", ".join(SCOPES),
            )
    ordered = [s for s in SCOPES if s in chosen]
    if not ordered:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Name at least one use the consent is withdrawn for: {options}."
            ),
            options=", ".join(SCOPES),
        )
    return ordered


def legal_basis(scope: Sequence[str], gdpr: bool) -> list[dict[str, Any]]:
    """The articles a manifest cites (the letters' law data), each with its citation and gist
    in Chinese and English."""
    from app.documents.letters import legal_data

    data = legal_data()
    settings = _settings()
    ids = list(settings["articles"])
    for s in scope:
        ids += settings["scopes"][s]["articles"]
    if gdpr:
        ids += settings["gdpr_articles"]
    basis = []
    for article in data.ordered(ids):
        cites = {lang: data.citation(article, lang) for lang in LANGS}
        basis.append(
            {
                "article": article,
                "citation": {lang: cites[lang].text for lang in LANGS},
                "summary": {lang: cites[lang].gist for lang in LANGS},
            }
        )
    return basis


def statement(name: str, effective: str, scope: Sequence[str]) -> dict[str, str]:
    settings = _settings()
    out = {}
    for lang in LANGS:
        words = settings["separator"][lang].join(settings["scopes"][s][lang] for s in scope)
        text = settings["statement"][lang]
        when = effective
        if lang == "zh-CN":
            d = date.fromisoformat(effective)
            when = f"{d.year}年{d.month}月{d.day}日"
        out[lang] = text.replace("$name", name).replace("$date", when).replace("$scopes", words)
    return out


# --- building -------------------------------------------------------------------------------


@dataclass
class Built:
    document: dict[str, Any]
    items: int
    without_pdq: list[str] = field(default_factory=list)  # names of photos with no PDQ (errors)
    backfilled: int = 0
    faces: int = 0  # face embeddings included (--with-face-embedding)

    def data(self) -> bytes:
        return file_bytes(self.document)


def file_bytes(document: Mapping[str, Any]) -> bytes:
    """The manifest file: readable JSON (2-space indent, UTF-8). The signature is over the
    canonical form, so the layout of the file does not matter to it."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def selected_media(service: VaultService, buyer_id: str | None) -> list[MediaItem]:
    """The items a manifest covers: every item delivered to the buyer, or every item."""
    records = service.records
    if buyer_id is None:
        return list(records.media.values())
    ids: dict[str, None] = {}
    for deal in records.deals_for_buyer(buyer_id):
        ids.update(dict.fromkeys(deal.media_ids))
    return [records.media[i] for i in ids if i in records.media]


def build(
    service: VaultService,
    *,
    buyer_id: str | None = None,
    scope: Sequence[str] = SCOPES,
    effective: str | None = None,
    contact: str | None = None,
    with_legal_name: bool = False,
    with_face_embedding: bool = False,
    now: datetime | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Built:
    """The signed manifest of the buyer's items (``buyer_id``) or of every item."""
    from app.matching import pdq
    from app.services.validation import parse_date

    scope = check_scope(scope)
    performer = service.records.performer
    name = performer.display_name.strip()
    if not name:
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your chosen name is not set: a manifest says whose likeness it is. Add it to "
                "your details first (--display-name in the CLI).",
            )
        )
    if with_legal_name and not performer.legal_name.strip():
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your legal name is not recorded, so it cannot be put in the manifest: add it to "
                "your details, or leave the legal name out.",
            )
        )
    reply_to = (contact if contact is not None else performer.email or performer.phone).strip()
    if not reply_to:
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors",
                "A manifest needs a contact for replies, and your details have no e-mail address "
                "or phone number: add one, or give the contact (--contact in the CLI).",
            )
        )
    if len(reply_to) > 500:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The contact is longer than {limit} characters."),
            limit=500,
        )
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    when = (
        parse_date(
            effective,
            QT_TRANSLATE_NOOP(
                "errors", "The withdrawal date must be a date such as 2026-12-01, not {value}."
            ),
        )
        if effective
        else moment.date().isoformat()
    )
    buyer = service.buyer(buyer_id) if buyer_id is not None else None
    if with_face_embedding and not service.records.matching.face_matching:
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors",
                "Face embeddings exist only while face matching is on; turn it on first (it "
                "computes them), or make the manifest without them.",
            )
        )
    media = selected_media(service, buyer.id if buyer else None)
    if not media:
        if buyer is not None:
            raise NotPossible(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No photos are recorded as delivered to {name}: there is nothing to put in "
                    "a manifest.",
                ),
                name=buyer.name,
            )
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors", "The vault has no photos: there is nothing to put in a manifest."
            )
        )

    backfilled = 0
    ids = {m.id for m in media}
    if any(_needs_backfill(service, m, with_face_embedding) for m in media):
        report = service.backfill(progress=progress, cancel=cancel)
        backfilled = report.indexed
        if report.cancelled:
            raise Cancelled()
    media = [service.records.media[i] for i in ids if i in service.records.media]

    faces_by_item: dict[str, list[str]] = {}
    face_model: dict[str, str] = {}
    if with_face_embedding:
        faces_by_item, face_model = _face_embeddings(service, media)

    # the SHA-256 of each delivery copy of these photos (app/services/delivery.py): the
    # buyer's or, for --all, every buyer's; a copy is a new file (rebuilt, geometric code)
    copies: dict[str, set[str]] = {}
    for deal in list(service.records.deals.values()):
        if buyer_id is not None and deal.buyer_id != buyer_id:
            continue
        for delivery in deal.deliveries:
            copies.setdefault(delivery.item_id, set()).add(delivery.sha256)

    items: dict[str, dict[str, Any]] = {}
    without: list[str] = []
    for m in sorted(media, key=lambda m: m.sha256):
        if m.sha256 in items:
            continue  # the same file twice: one entry
        entry: dict[str, Any] = {"sha256": m.sha256, "kind": m.kind}
        value = m.fingerprints.get(pdq.KEY, "")
        if m.kind == "photo":
            try:
                digest, quality = pdq.parse(value)
            except ValueError:
                without.append(m.name)
            else:
                entry["pdq"] = digest.hex()
                entry["pdq_quality"] = int(quality)
        if m.id in faces_by_item:
            entry["face_embeddings"] = faces_by_item[m.id]
        if copies.get(m.id):
            entry["delivered_copies"] = sorted(copies[m.id])
        items[m.sha256] = entry

    signer = service.signer()
    gdpr = buyer is None or _in_eu(buyer.country)
    subject: dict[str, Any] = {"name": name}
    if with_legal_name:
        subject["legal_name"] = performer.legal_name.strip()
    doc: dict[str, Any] = {
        "type": TYPE,
        "version": VERSION,
        "id": new_id(),
        "issued_at": moment.isoformat().replace("+00:00", "Z"),
        "subject": subject,
        "withdrawal": {
            "effective": when,
            "scope": list(scope),
            "statement": statement(name, when, scope),
        },
        "contact": reply_to,
        "legal_basis": legal_basis(scope, gdpr),
        "covers": "buyer" if buyer is not None else "all",
        "matching": {
            "algorithm": "PDQ",
            "encoding": PDQ_ENCODING,
            "match_distance": pdq.MATCH_DISTANCE,
            "min_quality": pdq.MIN_QUALITY,
        },
        "items": list(items.values()),
        "signer": {
            "algorithm": "Ed25519",
            "canonicalization": "RFC 8785 (JCS) of the document without its signature member",
            "public_key": base64.b64encode(signer.public_key).decode("ascii"),
            "fingerprint": signer.fingerprint,
        },
    }
    if buyer is not None:
        doc["recipient"] = buyer.name
    if face_model:
        doc["face_embedding"] = face_model
    doc["signature"] = base64.b64encode(signer.sign_json(unsigned(doc))).decode("ascii")
    return Built(
        doc,
        len(items),
        without,
        backfilled,
        sum(len(v) for v in faces_by_item.values()),
    )


def _needs_backfill(service: VaultService, m: MediaItem, faces: bool) -> bool:
    from app.matching import pdq

    if m.kind != "photo":
        return False
    if pdq.KEY not in m.fingerprints:
        return True
    return faces and "face/1" not in m.derived  # faces.KEY (not imported: dlib's module)


def _in_eu(country: str) -> bool:
    from app.documents.letters import legal_data

    return country.upper() in legal_data().grounds["gdpr"]["countries"]


def _face_embeddings(
    service: VaultService, media: Sequence[MediaItem]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Per item, the embedding of its largest face (base64 of int16: the performer's own face;
    anyone else in the picture stays out of the file), and the model's name and version."""
    import numpy as np

    from app.matching import faces

    out: dict[str, list[str]] = {}
    for m in media:
        oid = m.derived.get(faces.KEY, "")
        if not oid or oid == NO_OBJECT:
            continue
        try:
            found = faces.from_bytes(service.vault.read_object_bytes(oid, m.name))
        except ValueError:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The face data of {name} is damaged; no manifest was written (turning face "
                    "matching off and on computes it again).",
                ),
                [m.name],
                name=m.name,
            ) from None
        if not found:
            continue
        largest = max(found, key=lambda f: (f.box[2] - f.box[0]) * (f.box[3] - f.box[1]))
        scaled = np.clip(np.rint(np.asarray(largest.embedding, "<f8") * FACE_SCALE), -32767, 32767)
        out[m.id] = [base64.b64encode(scaled.astype("<i2").tobytes()).decode("ascii")]
    model = {
        "model": str(faces.MODEL),
        "model_version": str(faces.MODEL_VERSION),
        "encoding": FACE_ENCODING,
    }
    return out, model


def unsigned(document: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the signature covers: the document without its ``signature`` member."""
    return {k: v for k, v in document.items() if k != "signature"}


# --- remembering and writing ------------------------------------------------------------------


def write(
    service: VaultService, built: Built, dest: Path | str, *, overwrite: bool = False
) -> Attachment:
    """Write the manifest to ``dest`` and remember it in the vault (an attachment of kind
    "manifest", its JSON encrypted), in one save. An existing ``dest`` is refused unless
    ``overwrite``; when anything fails, the vault is as it was."""
    dest = Path(dest)
    if dest.is_dir():
        raise OutputIsFolder(path=dest)
    if dest.exists() and not overwrite:
        raise OutputExists(
            QT_TRANSLATE_NOOP("errors", "{path} already exists; it was left as it is."),
            path=dest,
        )
    data = built.data()
    written: list[str] = []
    saved: Attachment | None = None
    # The file is written to a temporary name first and renamed over ``dest`` only after the
    # vault's save: a failed save leaves ``dest`` as it was, and a failed rename takes the
    # record back out of the vault again.
    try:
        with AtomicFile(dest) as out:
            out.write(data)
            with service.transaction(written) as records:
                object_id, stored = service.vault.put_object(data)
                written.append(object_id)
                att = Attachment(
                    id=new_id(),
                    name=FILE_NAME.format(date=built.document["issued_at"][:10]),
                    kind=MANIFEST_KIND,
                    mime="application/json",
                    sha256=hashlib.sha256(data).hexdigest(),
                    size=stored,
                    object_id=object_id,
                    added_at=utc_now(),
                    notes=_notes(built),
                )
                records.attachments[att.id] = att
            saved = att
    except BaseException:
        if saved is not None:
            with service.transaction() as records:
                records.attachments.pop(saved.id, None)
                service.vault.discard_objects([saved.object_id])
        raise
    return saved


def _notes(built: Built) -> str:
    doc = built.document
    covers = f"for {doc['recipient']}" if "recipient" in doc else "all photos"
    return f"{built.items} items, {covers}; scope {', '.join(doc['withdrawal']['scope'])}"


def manifests(service: VaultService) -> list[Attachment]:
    """The manifests the vault made, newest first."""
    found = [a for a in service.records.attachments.values() if a.kind == MANIFEST_KIND]
    # made in the same second: the later one was recorded later (the records keep their order)
    order = {a.id: n for n, a in enumerate(found)}
    return sorted(found, key=lambda a: (a.added_at, order[a.id]), reverse=True)


def newest(service: VaultService, sha256s: Iterable[str] | None = None) -> Attachment | None:
    """The newest manifest the vault made; with ``sha256s``, the newest that lists any of
    those files (a letter about some photos refers to a manifest that covers them)."""
    wanted = set(sha256s) if sha256s is not None else None
    for att in manifests(service):
        if wanted is None:
            return att
        try:
            doc = json.loads(service.attachment_bytes(att.id))
            listed = {i.get("sha256") for i in doc.get("items", []) if isinstance(i, dict)}
        except (UserError, ValueError, AttributeError):
            continue
        if wanted & listed:
            return att
    return None


def reference_paragraph(service: VaultService, media: Sequence[MediaItem], lang: str) -> str | None:
    """The paragraph a letter or a takedown notice about ``media`` adds when a manifest the
    vault made covers any of them: its file name, SHA-256 and key fingerprint, and how to
    verify it. None when there is no such manifest."""
    att = newest(service, [m.sha256 for m in media]) if media else None
    if att is None:
        return None
    text = str(_settings()["letter"]["zh-CN" if lang == "zh-CN" else "en"])
    values = {"file": att.name, "sha256": att.sha256, "fingerprint": service.signer().fingerprint}
    for key, value in values.items():
        text = text.replace(f"${key}", value)
    return text


# --- verifying -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    kind: str  # "schema", "signature", "key"
    where: str  # a JSON path ("$.items[3].pdq") or ""
    message: Message


@dataclass
class ManifestReport:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    signature_valid: bool = False
    key_fingerprint: str = ""
    expected_key: str = ""  # --expect-key; only then can the signer be confirmed
    document: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""  # of the file

    @property
    def key_confirmed(self) -> bool:
        return bool(self.expected_key) and self.key_fingerprint == self.expected_key

    @property
    def ok(self) -> bool:
        return not self.problems and self.signature_valid

    def to_json(self) -> dict[str, object]:
        doc = self.document
        return {
            "manifest": str(self.path),
            "sha256": self.sha256,
            "ok": self.ok,
            "signature_valid": self.signature_valid,
            "key_fingerprint": self.key_fingerprint,
            "key_confirmed": self.key_confirmed,
            "expected_key_fingerprint": self.expected_key or None,
            "items": len(doc.get("items", [])) if self.ok else None,
            "subject": doc.get("subject", {}).get("name") if self.ok else None,
            "effective": doc.get("withdrawal", {}).get("effective") if self.ok else None,
            "scope": doc.get("withdrawal", {}).get("scope") if self.ok else None,
            "problems": [
                {"kind": p.kind, "where": p.where, "message": str(p.message)} for p in self.problems
            ],
        }


def read_manifest(path: Path | str) -> tuple[bytes, Any]:
    """The bytes and parsed JSON of a manifest file; ``InvalidInput`` when it is not one."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_MANIFEST_BYTES + 1)
    except FileNotFoundError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=path
        ) from None
    except IsADirectoryError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a manifest file."), path=path
        ) from None
    except OSError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read."), path=path
        ) from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is larger than any revocation manifest; it was not read."
            ),
            name=path.name,
        )
    try:
        return data, json.loads(
            data.decode("utf-8"),
            parse_float=_no_float,
            parse_constant=_no_constant,
            object_pairs_hook=_no_duplicates,
        )
    except _Duplicate as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} names the member {member} twice in one object; it was refused (readers "
                "would disagree on which value counts).",
            ),
            name=path.name,
            member=repr(exc.args[0]),
        ) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{name} is not a JSON document (UTF-8)."), name=path.name
        ) from None


def _no_float(text: str) -> Any:
    # a float has no place in a manifest: keep it as written, a marker the structure check names
    return _Float(text)


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # a member named twice reads differently in different parsers (first or last wins): refused
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not JSON")


class _Float(str):
    """A number with a fraction or an exponent, kept as written (refused by ``structure``)."""


def verify(path: Path | str, *, expect_key: str = "") -> ManifestReport:
    """Check a manifest's structure (the published schema, checked here without a schema
    library) and its Ed25519 signature over the canonical JSON of everything but the
    signature, under the public key it carries. With ``expect_key`` (a fingerprint in the
    ``signing.normalize_fingerprint`` form), a manifest signed by any other key is a "key"
    problem naming both. Needs no vault."""
    path = Path(path)
    data, doc = read_manifest(path)
    report = ManifestReport(path=path, expected_key=expect_key)
    report.sha256 = hashlib.sha256(data).hexdigest()
    problems = structure(doc)
    report.problems += problems
    if problems:
        return report
    report.document = doc
    raw = base64.b64decode(doc["signer"]["public_key"], validate=True)
    report.key_fingerprint = signing.fingerprint(raw)
    if doc["signer"]["fingerprint"] != report.key_fingerprint:
        report.problems.append(
            Problem(
                "schema",
                "$.signer.fingerprint",
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The fingerprint written in the manifest, {written}, is not the one of "
                        "its public key, {actual}.",
                    ),
                    written=doc["signer"]["fingerprint"],
                    actual=report.key_fingerprint,
                ),
            )
        )
    signature = base64.b64decode(doc["signature"], validate=True)
    try:
        canonical = signing.canonical_json(unsigned(doc))
    except signing.CanonicalJsonError:  # structure() already refused what it could not hold
        canonical = b""
    if canonical and signing.verify(raw, signature, canonical):
        report.signature_valid = True
    else:
        report.problems.append(
            Problem(
                "signature",
                "$.signature",
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The signature does not match the manifest under the key it names: the "
                        "manifest was altered after it was signed, or signed by another key.",
                    )
                ),
            )
        )
    if expect_key and report.key_fingerprint != expect_key:
        report.problems.append(
            Problem(
                "key",
                "$.signer.public_key",
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The manifest is signed by the key {key}, not by the expected key "
                        "{expected}: whoever signed it is not the holder of the expected key.",
                    ),
                    key=report.key_fingerprint,
                    expected=expect_key,
                ),
            )
        )
    return report


# --- the structure (the JSON Schema of docs/revocation-manifest.md, by hand) --------------------


def structure(doc: Any) -> list[Problem]:
    """Every way ``doc`` departs from the published schema (version 1), as problems; [] when
    it conforms. The product checks it by hand (no schema library at run time); the tests
    check that this and the JSON Schema in the docs agree."""
    out: list[Problem] = []

    def bad(where: str, what: str) -> None:
        out.append(
            Problem(
                "schema",
                where,
                Message(
                    QT_TRANSLATE_NOOP("errors", "The manifest's {where} {what}."),
                    where=where,
                    what=what,
                ),
            )
        )

    def obj(value: Any, where: str, required: Sequence[str], optional: Sequence[str] = ()) -> bool:
        if not isinstance(value, dict):
            bad(where, "must be an object")
            return False
        for key in required:
            if key not in value:
                bad(where, f"lacks the member {key!r}")
        for key in value:
            if key not in required and key not in optional:
                bad(where, f"has the member {key!r}, which version {VERSION} does not define")
        return all(key in value for key in required)

    def string(
        value: Any, where: str, pattern: re.Pattern[str] | None = None, limit: int = 10_000
    ) -> None:
        if not isinstance(value, str) or isinstance(value, _Float):
            bad(where, "must be a string")
        elif not value.strip() or len(value) > limit:
            bad(where, f"must be a non-empty string of at most {limit} characters")
        elif pattern is not None and not pattern.fullmatch(value):
            bad(where, f"is not in the form {pattern.pattern}")

    def integer(value: Any, where: str, low: int, high: int) -> None:
        if isinstance(value, _Float):
            bad(where, "must be an integer, not a number with a fraction or exponent")
        elif not isinstance(value, int) or isinstance(value, bool):
            bad(where, "must be an integer")
        elif not low <= value <= high:
            bad(where, f"must be between {low} and {high}")

    def texts(value: Any, where: str) -> None:
        if obj(value, where, LANGS):
            for lang in LANGS:
                string(value[lang], f"{where}.{lang}")

    def base64_of(value: Any, where: str, size: int | None) -> None:
        string(value, where, limit=4096)
        if isinstance(value, str) and not isinstance(value, _Float):
            try:
                raw = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                bad(where, "is not base64")
                return
            if size is not None and len(raw) != size:
                bad(where, f"must be base64 of {size} bytes")
            elif base64.b64encode(raw).decode("ascii") != value:
                bad(where, "is not canonical base64 (padding, or bits set after the data)")

    top = (
        "type",
        "version",
        "id",
        "issued_at",
        "subject",
        "withdrawal",
        "contact",
        "legal_basis",
        "covers",
        "matching",
        "items",
        "signer",
        "signature",
    )
    if not isinstance(doc, dict):
        bad("$", "must be an object")
        return out
    if doc.get("type") != TYPE:
        bad("$.type", f"must be {TYPE!r}")
        return out
    if doc.get("version") != VERSION or isinstance(doc.get("version"), bool):
        bad("$.version", f"must be {VERSION} (this app reads version {VERSION})")
        return out
    obj(doc, "$", top, ("recipient", "face_embedding"))
    string(doc.get("id"), "$.id", _ID)
    string(doc.get("issued_at"), "$.issued_at", _TIME)
    if obj(doc.get("subject"), "$.subject", ("name",), ("legal_name",)):
        string(doc["subject"]["name"], "$.subject.name", limit=500)
        if "legal_name" in doc["subject"]:
            string(doc["subject"]["legal_name"], "$.subject.legal_name", limit=500)
    w: Any = doc.get("withdrawal")
    if obj(w, "$.withdrawal", ("effective", "scope", "statement")):
        string(w["effective"], "$.withdrawal.effective", _DATE)
        scope = w["scope"]
        if (
            not isinstance(scope, list)
            or not scope
            or len(set(map(str, scope))) != len(scope)
            or any(s not in SCOPES for s in scope)
        ):
            bad("$.withdrawal.scope", f"must be a non-empty list of distinct {', '.join(SCOPES)}")
        texts(w["statement"], "$.withdrawal.statement")
    string(doc.get("contact"), "$.contact", limit=500)
    basis: Any = doc.get("legal_basis")
    if not isinstance(basis, list) or not basis:
        bad("$.legal_basis", "must be a non-empty list")
    else:
        for n, b in enumerate(basis):
            where = f"$.legal_basis[{n}]"
            if obj(b, where, ("article", "citation", "summary")):
                string(b["article"], f"{where}.article", limit=100)
                texts(b["citation"], f"{where}.citation")
                texts(b["summary"], f"{where}.summary")
    if doc.get("covers") not in ("all", "buyer"):
        bad("$.covers", "must be 'all' or 'buyer'")
    if "recipient" in doc:
        string(doc["recipient"], "$.recipient", limit=500)
    m: Any = doc.get("matching")
    if obj(m, "$.matching", ("algorithm", "encoding", "match_distance", "min_quality")):
        if m["algorithm"] != "PDQ":
            bad("$.matching.algorithm", "must be 'PDQ'")
        string(m["encoding"], "$.matching.encoding", limit=500)
        integer(m["match_distance"], "$.matching.match_distance", 0, 256)
        integer(m["min_quality"], "$.matching.min_quality", 0, 100)
    face: Any = doc.get("face_embedding")
    if "face_embedding" in doc and obj(
        face, "$.face_embedding", ("model", "model_version", "encoding")
    ):
        for key in ("model", "model_version", "encoding"):
            string(face[key], f"$.face_embedding.{key}", limit=500)
    items: Any = doc.get("items")
    if not isinstance(items, list) or not items:
        bad("$.items", "must be a non-empty list")
    else:
        for n, item in enumerate(items):
            where = f"$.items[{n}]"
            optional = ("pdq", "pdq_quality", "delivered_copies", "face_embeddings")
            if not obj(item, where, ("sha256", "kind"), optional):
                continue
            string(item["sha256"], f"{where}.sha256", _HEX64)
            if item["kind"] not in ("photo", "clip", "voice"):
                bad(f"{where}.kind", "must be 'photo', 'clip' or 'voice'")
            if ("pdq" in item) != ("pdq_quality" in item):
                bad(where, "must have both 'pdq' and 'pdq_quality', or neither")
            if "pdq" in item:
                string(item["pdq"], f"{where}.pdq", _HEX64)
            if "pdq_quality" in item:
                integer(item["pdq_quality"], f"{where}.pdq_quality", 0, 100)
            copies = item.get("delivered_copies", [])
            if not isinstance(copies, list):
                bad(f"{where}.delivered_copies", "must be a list")
            else:
                for k, c in enumerate(copies):
                    string(c, f"{where}.delivered_copies[{k}]", _HEX64)
            if "face_embeddings" in item:
                if "face_embedding" not in doc:
                    bad(f"{where}.face_embeddings", "needs the document's face_embedding model")
                embs = item["face_embeddings"]
                if not isinstance(embs, list) or not embs:
                    bad(f"{where}.face_embeddings", "must be a non-empty list")
                else:
                    for k, e in enumerate(embs):
                        base64_of(e, f"{where}.face_embeddings[{k}]", 256)
    s: Any = doc.get("signer")
    if obj(s, "$.signer", ("algorithm", "canonicalization", "public_key", "fingerprint")):
        if s["algorithm"] != "Ed25519":
            bad("$.signer.algorithm", "must be 'Ed25519'")
        string(s["canonicalization"], "$.signer.canonicalization", limit=500)
        base64_of(s["public_key"], "$.signer.public_key", signing.PUBLIC_KEY_BYTES)
        string(s["fingerprint"], "$.signer.fingerprint", limit=100)
    base64_of(doc.get("signature"), "$.signature", signing.SIGNATURE_BYTES)
    # every leaf was checked as a string, an integer or one of a few words: a float, which
    # canonical JSON cannot carry across implementations, is named where it stands
    return out


# --- checking uploads -----------------------------------------------------------------------


@dataclass
class Hit:
    index: int  # the entry's position in the manifest's items
    sha256: str
    distance: int
    mirrored: bool
    quality: int  # the entry's PDQ quality

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.index,
            "sha256": self.sha256,
            "distance": self.distance,
            "mirrored": self.mirrored,
            "pdq_quality": self.quality,
        }


@dataclass
class ImageCheck:
    image: str
    sha256: str = ""
    pdq: str = ""
    quality: int = 0
    matches: list[Hit] = field(default_factory=list)
    exact: bool = False  # the file's SHA-256 is listed
    nearest: int | None = None  # the smallest distance to any entry
    error: str = ""
    seconds: float = 0.0

    @property
    def matched(self) -> bool:
        return self.exact or bool(self.matches)

    @property
    def low_quality(self) -> bool:
        return bool(self.pdq) and self.quality < _min_quality()

    def to_json(self) -> dict[str, object]:
        return {
            "image": self.image,
            "matched": self.matched,
            "sha256": self.sha256 or None,
            "sha256_listed": self.exact,
            "pdq": self.pdq or None,
            "pdq_quality": self.quality if self.pdq else None,
            "low_quality": self.low_quality,
            "nearest_distance": self.nearest,
            "matches": [h.to_json() for h in self.matches],
            "error": self.error or None,
            "milliseconds": round(self.seconds * 1000),
        }


def _min_quality() -> int:
    from app.matching import pdq

    return int(pdq.MIN_QUALITY)


def match_distance() -> int:
    """The app's threshold (``pdq.MATCH_DISTANCE``): at or below it, the same picture."""
    from app.matching import pdq

    return int(pdq.MATCH_DISTANCE)


@dataclass(frozen=True)
class _Entry:
    index: int
    sha256: str
    digest: bytes
    quality: int


def entries(doc: Mapping[str, Any]) -> list[_Entry]:
    return [
        _Entry(n, item["sha256"], bytes.fromhex(item["pdq"]), item["pdq_quality"])
        for n, item in enumerate(doc["items"])
        if "pdq" in item
    ]


def check_image(
    path: Path | str, doc: Mapping[str, Any], listed: Sequence[_Entry] | None = None
) -> ImageCheck:
    """One image against a verified manifest: its SHA-256 and its PDQ hash (and its mirror's)
    against every entry; a match is within ``pdq.MATCH_DISTANCE`` (the app's threshold, not
    the manifest's claim) when both hashes are of at least ``pdq.MIN_QUALITY``. An unreadable
    image is an ``error`` sentence, not an exception."""
    from app.matching import pdq
    from app.media import images

    started = time.perf_counter()
    path = Path(path)
    result = ImageCheck(str(path))
    listed = entries(doc) if listed is None else listed
    try:
        try:
            size = path.stat().st_size
            if size > MAX_IMAGE_BYTES:
                raise BadMedia(
                    QT_TRANSLATE_NOOP(
                        "errors", "{name} is larger than any photo ({size} bytes); not read."
                    ),
                    name=path.name,
                    size=size,
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise BadMedia(
                QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=path
            ) from None
        except OSError:
            raise BadMedia(
                QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read."), path=path
            ) from None
        result.sha256 = hashlib.sha256(data).hexdigest()
        result.exact = any(item["sha256"] == result.sha256 for item in doc["items"])
        reduced = images.reduce_image(data, path.name)
        digest, quality = pdq.parse(pdq.compute(reduced.image))
        _, mirror = pdq.hashes(reduced.image)
        result.pdq, result.quality = digest.hex(), int(quality)
        threshold = int(pdq.MATCH_DISTANCE)
        trusted = quality >= pdq.MIN_QUALITY
        for entry in listed:
            straight = pdq.distance(digest, entry.digest)
            flipped = pdq.distance(mirror, entry.digest)
            d = min(straight, flipped)
            if result.nearest is None or d < result.nearest:
                result.nearest = d
            if d <= threshold and trusted and entry.quality >= pdq.MIN_QUALITY:
                result.matches.append(
                    Hit(entry.index, entry.sha256, d, flipped < straight, entry.quality)
                )
        result.matches.sort(key=lambda h: (h.distance, h.index))
    except UserError as exc:
        result.error = str(exc)
    except MemoryError:
        result.error = f"{path.name}: too large to process."
    result.seconds = time.perf_counter() - started
    return result


def check_images(doc: Mapping[str, Any], paths: Sequence[Path | str]) -> list[ImageCheck]:
    """Every image against a verified manifest; an unreadable one is an error and the rest go
    on."""
    listed = entries(doc)
    return [check_image(p, doc, listed) for p in paths]
