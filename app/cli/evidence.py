"""``export-evidence`` and ``verify-evidence``: the evidence bundle commands of the CLI.

``verify-evidence`` needs no vault and no password: anyone who receives a bundle can run it.
A valid signature proves only that the files match the key shipped inside the bundle: with
``--expect-key FINGERPRINT`` (or a .pem file) a bundle signed by any other key fails, naming both
fingerprints; without it the output (and ``--json``'s ``"key_confirmed": false``) says so.
Exit status: 0 when every hash and the signature hold, 1 otherwise (each missing, extra or
altered file named, one per line, or a key other than the expected one), 1 for a refused
archive (zip-slip names, names that are not the UTF-8 they claim, a bomb).

The evidence services (and the PDF renderer under them) are imported only by these commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import (
    Command,
    Progress,
    add_force,
    claim_output,
    emit_json,
    opened,
    print_verify_report,
    verified_or_refused,
)
from app.errors import BundleExists


def cmd_export_evidence(args: argparse.Namespace) -> int:
    from app.services import evidence

    dest = Path(args.output)
    overwrite = claim_output(dest, args.force, BundleExists)  # before the password
    options = evidence.EvidenceOptions(
        include_originals=not args.no_originals,
        include_attachments=not args.no_attachments,
        include_sightings=not args.no_sightings,
        include_letters=not args.no_letters,
        include_notes=not args.no_notes,
        include_identity=args.with_identity,
        include_id_number=args.with_id_number,
        lang=args.lang,
    )
    with opened(args.vault) as service:
        buyer_id = service.buyer(args.buyer).id if args.buyer else None
        sighting_id = None
        if args.sighting:
            sighting_id = evidence.find_sighting(service, args.sighting).id
        progress = Progress(quiet=args.json)
        result = evidence.export_evidence(
            service,
            dest,
            buyer_id=buyer_id,
            sighting_id=sighting_id,
            options=options,
            overwrite=overwrite,
            progress=progress,
        )
        progress.done()
    if args.json:
        emit_json(
            {
                "bundle": str(result.path),
                "sha256": result.sha256,
                "size": result.size,
                "generated_at": result.generated_at,
                "key_fingerprint": result.key_fingerprint,
                "entries": result.entries,
                "problems": result.problems,
            }
        )
    else:
        print(f"{result.sha256}  {result.path}")
        print(f"{len(result.entries)} files; signing key fingerprint {result.key_fingerprint}")
    for problem in result.problems:
        print(f"warning: {problem} (listed in the report)", file=sys.stderr)
    return 0


def cmd_verify_evidence(args: argparse.Namespace) -> int:
    from app.services import evidence

    def verify() -> evidence.VerifyReport:
        expected = evidence.expected_fingerprint(args.expect_key) if args.expect_key else ""
        return evidence.verify_bundle(args.bundle, expect_key=expected)

    report = verified_or_refused(args, verify, "bundle", args.bundle, "problems")
    if report is None:
        return 1
    stamped = (
        f"note: {evidence.TIMESTAMP} is present; this tool does not check time-stamp tokens "
        "(use openssl ts -verify with the authority's certificate)."
    )
    return print_verify_report(
        args,
        report,
        lead=lambda r: f"{len(r.checked)} files match SHA256SUMS and",
        came_inside="the bundle",
        not_confirmed="That key is NOT confirmed: anyone can re-sign altered files with a key of "
        "their own. Compare this fingerprint with the performer's, obtained apart from the "
        "bundle (published by them, or from their copy of the report), or pass --expect-key.",
        failed=lambda r: f"; {len(r.checked)} file(s) matched",
        notes=[stamped] if report.timestamp_token else [],
    )


def _export_options(p: argparse.ArgumentParser) -> None:
    from app.services.evidence import LANGUAGES

    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--buyer", metavar="ID", help="the buyer whose case to export")
    target.add_argument("--sighting", metavar="ID", help="or one sighting and what it traces to")
    p.add_argument("-o", "--output", required=True, metavar="BUNDLE.zip")
    p.add_argument("--lang", choices=LANGUAGES, default="zh-CN", help="report language")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    add_force(p, "BUNDLE.zip")
    p.add_argument("--no-originals", action="store_true", help="leave photo and clip bytes out")
    p.add_argument("--no-attachments", action="store_true", help="leave attachment files out")
    p.add_argument("--no-sightings", action="store_true", help="leave sightings out")
    p.add_argument("--no-letters", action="store_true", help="leave letters out")
    p.add_argument("--no-notes", action="store_true", help="leave your own notes out")
    p.add_argument(
        "--with-identity", action="store_true", help="put legal name and contact on the cover"
    )
    p.add_argument(
        "--with-id-number",
        action="store_true",
        help="put the ID number on the cover (off by default; never for buyers)",
    )


def register(command: Command) -> None:
    command(
        "export-evidence",
        cmd_export_evidence,
        "write a signed evidence bundle (ZIP) for one buyer or one sighting",
        _export_options,
    )
    help_ = (
        "check an evidence bundle's hashes and signature (no vault, no password); exit 1 "
        "naming each missing, extra or altered file"
    )
    v = command("verify-evidence", cmd_verify_evidence, help_, vault=False)
    v.add_argument("bundle", metavar="BUNDLE.zip")
    v.add_argument(
        "--expect-key",
        metavar="FINGERPRINT",
        help="the performer's signing key: the fingerprint printed on the report's cover (64 hex "
        "digits, spaces and case as you like) or a .pem public key file; signed by any other "
        "key is exit 1 naming both",
    )
    v.add_argument("--json", action="store_true", help="print the result as JSON")
