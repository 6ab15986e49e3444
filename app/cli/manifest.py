"""The revocation manifest: ``revocation-manifest`` (make one, signed by the vault's key),
``verify-manifest`` (check one, no vault) and ``check-upload`` (what a platform runs: does an
image match an entry?). See docs/revocation-manifest.md.

``verify-manifest`` and ``check-upload`` need no vault and no password. A valid signature
proves only that the manifest matches the key it carries: with ``--expect-key FINGERPRINT``
(or a .pem file) a manifest signed by any other key fails, naming both fingerprints; without
it the output (and ``--json``'s ``"key_confirmed": false``) says so, as ``verify-evidence``
does. ``check-upload`` refuses a manifest whose signature does not hold before it looks at any
image. Exit status: 0 when the manifest holds (and, for ``check-upload``, every image was
read), 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
from app.errors import QT_TRANSLATE_NOOP, InvalidInput

if TYPE_CHECKING:
    from app.services.manifest import ManifestReport


def cmd_revocation_manifest(args: argparse.Namespace) -> int:
    from app.services import manifest

    scope = manifest.check_scope(args.scope.split(","))  # before the password
    dest = Path(args.output)
    overwrite = claim_output(dest, args.force)
    with opened(args.vault) as service:
        buyer_id = service.buyer(args.buyer).id if args.buyer else None
        progress = Progress("Indexing photos {done}/{total} {name}", quiet=args.json)
        try:
            built = manifest.build(
                service,
                buyer_id=buyer_id,
                scope=scope,
                effective=args.effective,
                contact=args.contact,
                with_legal_name=args.with_legal_name,
                with_face_embedding=args.with_face_embedding,
                progress=progress,
            )
        finally:
            progress.done()
        att = manifest.write(service, built, dest, overwrite=overwrite)
        fingerprint = service.signer().fingerprint
    if args.json:
        emit_json(
            {
                "manifest": str(dest),
                "sha256": att.sha256,
                "items": built.items,
                "photos_without_pdq": built.without_pdq,
                "face_embeddings": built.faces,
                "key_fingerprint": fingerprint,
                "recorded_as": att.id,
            }
        )
    else:
        print(f"{att.sha256}  {dest}")
        print(f"{built.items} items; signing key fingerprint {fingerprint}")
    for name in built.without_pdq:
        print(
            f"warning: {name} has no PDQ hash (it could not be decoded); listed by SHA-256 only",
            file=sys.stderr,
        )
    return 0


def _verified(args: argparse.Namespace) -> ManifestReport:
    from app.services import evidence, manifest

    expected = evidence.expected_fingerprint(args.expect_key) if args.expect_key else ""
    return manifest.verify(args.manifest, expect_key=expected)


def _withdrawn(report: ManifestReport) -> str:
    doc = report.document
    return (
        f"{len(doc['items'])} items of {doc['subject']['name']}, consent withdrawn from "
        f"{doc['withdrawal']['effective']} for {', '.join(doc['withdrawal']['scope'])};"
    )


def cmd_verify_manifest(args: argparse.Namespace) -> int:
    report = verified_or_refused(
        args, lambda: _verified(args), "manifest", args.manifest, "problems"
    )
    if report is None:
        return 1
    return print_verify_report(
        args,
        report,
        lead=_withdrawn,
        came_inside="the manifest",
        not_confirmed="That key is NOT confirmed: anyone can sign a manifest with a key of their "
        "own. Compare this fingerprint with the performer's, obtained apart from the manifest, "
        "or pass --expect-key.",
    )


def cmd_check_upload(args: argparse.Namespace) -> int:
    from app.services import manifest

    report = verified_or_refused(args, lambda: _verified(args), "manifest", args.manifest, "images")
    if report is None:
        return 1
    if not report.ok:
        if args.json:
            emit_json({**report.to_json(), "images": []})
            return 1
        for problem in report.problems:
            print(f"{problem.kind}: {problem.message}", file=sys.stderr)
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The manifest {name} does not hold (see above); no image was checked against it.",
            ),
            name=Path(args.manifest).name,
        )
    results = manifest.check_images(report.document, args.images)
    failed = sum(1 for r in results if r.error)
    if args.json:
        emit_json(
            {
                "manifest": str(report.path),
                "key_fingerprint": report.key_fingerprint,
                "key_confirmed": report.key_confirmed,
                "match_distance": manifest.match_distance(),
                "images": [r.to_json() for r in results],
            }
        )
        return 1 if failed else 0
    if not report.key_confirmed:
        print(
            f"note: the manifest is signed by {report.key_fingerprint}, not confirmed "
            "(--expect-key)",
            file=sys.stderr,
        )
    for r in results:
        ms = round(r.seconds * 1000)
        if r.error:
            print(f"error: {r.error}", file=sys.stderr)
        elif r.matched:
            best = r.matches[0] if r.matches else None
            how = (
                f"item {best.index} ({best.sha256[:16]}...) at distance {best.distance}"
                + (" (mirrored)" if best.mirrored else "")
                if best is not None
                else "its SHA-256"
            )
            extra = f" and {len(r.matches) - 1} more" if len(r.matches) > 1 else ""
            print(f"MATCH {r.image}: {how}{extra} [{ms} ms]")
        else:
            low = " (a flat picture: its hash is not trusted)" if r.low_quality else ""
            print(f"no match {r.image}: nearest distance {r.nearest}{low} [{ms} ms]")
    return 1 if failed else 0


def _manifest_options(p: argparse.ArgumentParser) -> None:
    from app.services.manifest import SCOPES

    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--buyer", metavar="ID", help="the photos delivered to this buyer")
    target.add_argument("--all", action="store_true", help="every photo in the vault")
    p.add_argument(
        "--scope",
        default=",".join(SCOPES),
        metavar="USES",
        help=f"what the consent is withdrawn for, comma-separated (default: {','.join(SCOPES)})",
    )
    p.add_argument(
        "--effective",
        metavar="YYYY-MM-DD",
        help="the date the withdrawal takes effect (default: today)",
    )
    p.add_argument(
        "--contact",
        metavar="TEXT",
        help="where replies go (default: the e-mail address, else the phone in your details)",
    )
    p.add_argument(
        "--with-legal-name",
        action="store_true",
        help="add your legal name (default: only your chosen name)",
    )
    p.add_argument(
        "--with-face-embedding",
        action="store_true",
        help="add the face embeddings of the photos (biometric data: off by default; needs face "
        "matching on; the model's name and version are recorded beside them)",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    add_force(p, "FILE.json")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def _expect_key(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--expect-key",
        metavar="FINGERPRINT",
        help="the performer's signing key: its fingerprint (64 hex digits, spaces and case as "
        "you like) or a .pem public key file; signed by any other key is exit 1 naming both",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def register(command: Command) -> None:
    command(
        "revocation-manifest",
        cmd_revocation_manifest,
        "write a signed revocation manifest (JSON: the hashes of your photos and your withdrawn "
        "consent) that platforms can check and match without the photos",
        _manifest_options,
    )
    v = command(
        "verify-manifest",
        cmd_verify_manifest,
        "check a revocation manifest's form and signature (no vault, no password)",
        vault=False,
    )
    v.add_argument("manifest", metavar="FILE.json")
    _expect_key(v)
    c = command(
        "check-upload",
        cmd_check_upload,
        "check images against a revocation manifest, as a platform would (no vault): PDQ of "
        "each image and its mirror against every entry, with the distance",
        vault=False,
    )
    c.add_argument("manifest", metavar="FILE.json")
    c.add_argument("images", nargs="+", metavar="IMAGE")
    _expect_key(c)
