"""Evidence bundles: one ZIP a platform, a lawyer or a court can check without the app.

Layout (see docs/evidence.md)::

    README.txt            what this is and the two commands that verify it (zh-CN and en)
    SHA256SUMS            "<hex>  <path>" for every other file, sorted (``sha256sum -c`` format)
    SHA256SUMS.sig        raw 64-byte Ed25519 signature over the bytes of SHA256SUMS
    originals/media/...   the original bytes of every photo, clip and voice sample of the case
    originals/attachments/...  contracts, chat screenshots, receipts, sighting screenshots, replies
    report.pdf            the readable report (cover, timeline, photos, deals, sightings, appendix)
    signing-key.pub.pem   the vault's Ed25519 public key (SubjectPublicKeyInfo PEM)

The package follows the seams of the work:

* ``names``: safe file names inside a bundle or an export folder, unsafe ZIP entry names;
* ``layout``: the entry names, SHA256SUMS written and parsed, README.txt;
* ``case``: which records a buyer's or a sighting's case covers;
* ``export``: writing the bundle (reads the vault, signs with ``app/vault/signing.py``);
* ``verify``: checking a bundle, which needs no vault (it imports no vault service).

Keys, fingerprints and signatures are ``app/vault/signing.py``'s. Nothing here imports Qt: the
GUI and the CLI call ``export_evidence`` and ``verify_bundle``.
"""

from __future__ import annotations

from app.services.evidence.case import Case, EvidenceOptions, find_sighting, select_case
from app.services.evidence.export import (
    ExportCancelled,
    ExportResult,
    FileEntry,
    Timestamper,
    export_evidence,
)
from app.services.evidence.layout import (
    ATTACHMENT_DIR,
    LANGUAGES,
    MEDIA_DIR,
    PEM,
    README,
    REPORT,
    SIG,
    SUMS,
    TIMESTAMP,
    Progress,
    parse_sums,
    readme_text,
    sums_text,
)
from app.services.evidence.names import safe_file_name, unique_entries, unsafe_entry_reason
from app.services.evidence.verify import (
    Problem,
    VerifyReport,
    expected_fingerprint,
    iter_problem_lines,
    verify_bundle,
)

__all__ = [
    "ATTACHMENT_DIR",
    "LANGUAGES",
    "MEDIA_DIR",
    "PEM",
    "README",
    "REPORT",
    "SIG",
    "SUMS",
    "TIMESTAMP",
    "Case",
    "EvidenceOptions",
    "ExportCancelled",
    "ExportResult",
    "FileEntry",
    "Problem",
    "Progress",
    "Timestamper",
    "VerifyReport",
    "expected_fingerprint",
    "export_evidence",
    "find_sighting",
    "iter_problem_lines",
    "parse_sums",
    "readme_text",
    "safe_file_name",
    "select_case",
    "sums_text",
    "unique_entries",
    "unsafe_entry_reason",
    "verify_bundle",
]
