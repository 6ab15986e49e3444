"""Checking a bundle without the app's vault: every hash in SHA256SUMS and the signature over
it (``app/vault/signing.py``), without unpacking anything, refusing unsafe archives first.

This module needs no vault and imports no vault service: a platform or a lawyer runs
``likeness-vault-cli verify-evidence`` without one."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, InvalidInput, Message, UnsafeBundle
from app.services.evidence.layout import (
    HASH_CHUNK,
    PEM,
    SIG,
    SUMS,
    TIMESTAMP,
    Progress,
    parse_sums,
)
from app.services.evidence.names import unsafe_entry_reason
from app.vault import signing

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


def expected_fingerprint(value: str) -> str:
    """What ``--expect-key`` names: a fingerprint in any spelling, or a ``.pem`` public key file.

    Raises ``InvalidInput`` with a sentence when it is neither."""
    fingerprint = signing.normalize_fingerprint(value)
    if fingerprint is not None:
        return fingerprint
    path = Path(value)
    if path.is_file():
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_PEM_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "The key file {path} cannot be read (system error {code})."
                ),
                path=path,
                code=errno.errorcode.get(exc.errno or 0, str(exc.errno)),
            ) from None
        fingerprint = signing.fingerprint_of_pem(data) if len(data) <= MAX_PEM_BYTES else None
        if fingerprint is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{path} is not an Ed25519 public key in PEM form."),
                path=path,
            )
        return fingerprint
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "errors",
            "The expected key must be the signing key fingerprint (64 hex digits, as printed on "
            "the report's cover) or the path of a .pem public key file.",
        )
    )


@dataclass(frozen=True)
class Problem:
    kind: str  # "missing", "extra", "altered", "signature", "key", "malformed", "unreadable"
    path: str
    message: Message  # str() is English (the CLI, JSON); the GUI translates it


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
            QT_TRANSLATE_NOOP(
                "errors", "The bundle has {count} entries, more than {limit}; it was not read."
            ),
            count=len(infos),
            limit=MAX_ENTRIES,
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
            unsafe.append(repr(info.filename))
            continue
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeBundle(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The entry {name} would expand {ratio} times its stored size (a "
                    "decompression bomb); the bundle was not read.",
                ),
                name=info.filename,
                ratio=info.file_size // max(info.compress_size, 1),
            )
        files[info.filename] = info
    if unsafe:
        raise UnsafeBundle(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle has entry names that could write outside the folder it is unpacked "
                "into (absolute paths, '..', backslashes, links, duplicates or control "
                "characters), so it was not read: {names}.",
            ),
            names=", ".join(unsafe[:10]),
        )
    if total > MAX_TOTAL_BYTES:
        raise UnsafeBundle(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle declares {size} bytes of content, more than any evidence bundle "
                "should hold (a decompression bomb?); it was not read.",
            ),
            size=total,
        )
    budget = MAX_INFLATION * archive_size + INFLATION_ALLOWANCE
    if total > budget:
        raise UnsafeBundle(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's entries would inflate to {size}, more than {times} times the "
                "{archive} of the ZIP file (a decompression bomb); the bundle was not read.",
            ),
            size=_size_text(total),
            times=MAX_INFLATION,
            archive=_size_text(archive_size),
        )
    return files


def _size_text(n: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


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
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=path
        ) from None
    except UnicodeDecodeError:
        raise UnsafeBundle(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has an entry name marked as UTF-8 that is not valid UTF-8, so the "
                "names cannot be checked; the bundle was not read.",
            ),
            name=path.name,
        ) from None
    except (zipfile.BadZipFile, OSError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{name} is not a readable ZIP file."), name=path.name
        ) from None
    with zf:
        files = _screen(zf, path.stat().st_size)
        _verify_files(zf, files, report, progress)
    if expect_key and report.key_fingerprint and report.key_fingerprint != expect_key:
        report.problems.append(
            Problem(
                "key",
                PEM,
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The bundle is signed by the key {key}, not by the expected key "
                        "{expected}: whoever signed it is not the holder of the expected key.",
                    ),
                    key=report.key_fingerprint,
                    expected=expect_key,
                ),
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
            add(
                Problem(
                    "missing",
                    name,
                    Message(
                        QT_TRANSLATE_NOOP("errors", "{name} is missing from the bundle."),
                        name=name,
                    ),
                )
            )
            return None
        try:
            data = _read_small(zf, info, limit)
        except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError):
            add(
                Problem(
                    "altered",
                    name,
                    Message(
                        QT_TRANSLATE_NOOP("errors", "{name} is damaged inside the ZIP."),
                        name=name,
                    ),
                )
            )
            return None
        if data is None:
            add(
                Problem(
                    "malformed",
                    name,
                    Message(
                        QT_TRANSLATE_NOOP("errors", "{name} is larger than such a file can be."),
                        name=name,
                    ),
                )
            )
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
            add(
                Problem(
                    "missing",
                    name,
                    Message(
                        QT_TRANSLATE_NOOP("errors", "{name} is listed in SHA256SUMS but missing."),
                        name=name,
                    ),
                )
            )
        for name in sorted(present - set(listed)):
            add(
                Problem(
                    "extra",
                    name,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "errors", "{name} is in the bundle but not in SHA256SUMS."
                        ),
                        name=name,
                    ),
                )
            )
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
        ):
            add(
                Problem(
                    "altered",
                    name,
                    Message(
                        QT_TRANSLATE_NOOP("errors", "{name} cannot be read from the ZIP."),
                        name=name,
                    ),
                )
            )
            continue
        if actual == listed[name]:
            report.checked.append(name)
        else:
            add(
                Problem(
                    "altered",
                    name,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "errors", "{name} was altered: its SHA-256 differs from SHA256SUMS."
                        ),
                        name=name,
                    ),
                )
            )
        if progress is not None:
            progress(number, len(todo), name)


def _verify_signature(sums: bytes, sig: bytes, pem: bytes, report: VerifyReport) -> None:
    try:
        raw = signing.public_key_from_pem(pem)
    except signing.KeyFormatError as exc:
        message = (
            Message(QT_TRANSLATE_NOOP("errors", "{name} is not an Ed25519 public key."), name=PEM)
            if exc.reason == "not-ed25519"
            else Message(
                QT_TRANSLATE_NOOP("errors", "{name} is not a readable public key (altered?)."),
                name=PEM,
            )
        )
        report.problems.append(Problem("altered", PEM, message))
        return
    report.key_fingerprint = signing.fingerprint(raw)
    if len(sig) != signing.SIGNATURE_BYTES:
        report.problems.append(
            Problem(
                "signature",
                SIG,
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors", "{name} is {size} bytes, not a 64-byte Ed25519 signature."
                    ),
                    name=SIG,
                    size=len(sig),
                ),
            )
        )
        return
    if not signing.verify(raw, sig, sums):
        report.problems.append(
            Problem(
                "signature",
                SIG,
                Message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The signature {signature} does not match {sums} under {key}: {sums}, "
                        "{signature} or the key was altered, or the key is not the one that "
                        "signed.",
                    ),
                    signature=SIG,
                    sums=SUMS,
                    key=PEM,
                ),
            )
        )
        return
    report.signature_valid = True


def iter_problem_lines(report: VerifyReport) -> Iterator[str]:
    for problem in report.problems:
        yield f"{problem.kind}: {problem.message}"
