"""CLI commands for letters and takedown notices (issue 6), registered by app/cli.py.

    likeness-vault-cli letter VAULT --buyer ID [--kind revocation|deletion|reminder|escalation]
            [--lang zh-CN|en] [--reason TEXT] -o FILE.pdf [--json]
    likeness-vault-cli takedown VAULT --platform PLATFORM --url URL [--url URL ...]
            [--photo ID ...] [--lang zh-CN|en] -o FILE.pdf [--json]
    likeness-vault-cli letters VAULT [--due] [--json]
    likeness-vault-cli mark-sent VAULT LETTER_ID --date YYYY-MM-DD [--channel TEXT]

Each letter/takedown writes the PDF to -o (an existing file only with --force, or after a "y"
on a terminal) and records the letter in the vault as a draft. Both print on stderr that this is
a tool, not legal advice, in the letter's language (from resources/templates/<lang>.toml).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_output import add_force, claim_output
from app.documents.letters import legal_data
from app.domain.models import to_dict
from app.services import letters as service_letters

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _summary(composition: service_letters.Composition, letter: Any, output: str) -> dict[str, Any]:
    return {
        "letter": to_dict(letter),
        "reference": composition.reference,
        "route": composition.route,
        "variant": composition.variant,
        "explain": service_letters.route_explanation(composition.route, "en")[0],
        "citations": [c.text for c in composition.citations],
        "warnings": composition.warnings_in("en"),
        "media_sha256": [m.sha256 for m in composition.media],
        "deadline": composition.deadline,
        "output": output,
    }


def not_legal_advice(lang: str) -> str:
    """The sentence the compose dialog shows, from the templates of the letter's language."""
    return str(legal_data().text[lang]["notice"]["not_legal_advice"])


def _finish(args: argparse.Namespace, service: Any, composition: Any) -> int:
    from app.cli import emit_json

    data = service_letters.render(composition)
    path = service_letters.export_pdf(data, args.output, overwrite=args.overwrite)
    letter = service_letters.record(service, composition)
    print(not_legal_advice(composition.lang), file=sys.stderr)
    if args.json:
        emit_json(_summary(composition, letter, str(path)))
    else:
        for warning in composition.warnings_in("en"):
            print(f"warning: {warning}", file=sys.stderr)
        print(f"{letter.id}  {composition.reference}  {path}")
        explain = service_letters.route_explanation(composition.route, "en")[0]
        print(f"route {composition.route}: {explain}")
        if composition.kind == "takedown":
            print(f"variant {composition.variant} (what the notice says about your licence)")
        print(f"deadline {composition.deadline}; recorded as a draft (mark-sent when you send it)")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    from app.cli import open_vault

    args.overwrite = claim_output(Path(args.output), args.force)  # before the password
    service = open_vault(args.vault)
    try:
        composition = service_letters.compose_buyer_letter(
            service,
            service.buyer(args.buyer).id,
            args.kind,
            args.lang,
            args.reason or "",
            grounds=args.ground or (),
            include_identity=args.include_identity,
            outside_scope=args.outside_scope,
            deal_ids=args.deal or (),
            deadline_days=args.deadline_days,
        )
        return _finish(args, service, composition)
    finally:
        service.lock()


def cmd_takedown(args: argparse.Namespace) -> int:
    from app.cli import open_vault

    args.overwrite = claim_output(Path(args.output), args.force)  # before the password
    service = open_vault(args.vault)
    try:
        composition = service_letters.compose_takedown(
            service,
            args.platform,
            args.url,
            args.photo or (),
            args.lang,
            grounds=args.ground,  # None: the defaults for the variant and the platform
            variant=args.variant or "",
            performer_took_photo=args.own_photos,
            platform_country=args.platform_country or "",
            reason=args.reason or "",
            deadline_days=args.deadline_days,
        )
        return _finish(args, service, composition)
    finally:
        service.lock()


def cmd_letters(args: argparse.Namespace) -> int:
    from app.cli import emit_json, open_vault

    service = open_vault(args.vault)
    try:
        due = {d.letter.id: d for d in service_letters.due(service)}
        items = sorted(service.records.letters.values(), key=lambda x: x.created_at)
        if args.due:
            items = [x for x in items if x.id in due]
        if args.json:
            emit_json(
                [
                    {
                        **to_dict(x),
                        "recipient_label": service_letters.recipient_label(service, x),
                        "overdue_days": due[x.id].days_overdue if x.id in due else 0,
                        "next_step": due[x.id].next_step if x.id in due else "",
                    }
                    for x in items
                ]
            )
        else:
            if not items:  # say so, on stderr: stdout stays empty for scripts
                print("No letter is overdue." if args.due else "No letters yet.", file=sys.stderr)
            for x in items:
                late = (
                    f"  OVERDUE {due[x.id].days_overdue}d: {due[x.id].next_step} due"
                    if x.id in due
                    else ""
                )
                print(
                    f"{x.id}  {x.kind:<10}  {x.status:<12}  deadline {x.deadline or '-':<10}  "
                    f"sent {x.sent_on or '-':<10}  {service_letters.recipient_label(service, x)}{late}"
                )
        return 0
    finally:
        service.lock()


def cmd_mark_sent(args: argparse.Namespace) -> int:
    from app.cli import open_vault

    service = open_vault(args.vault)
    try:
        letter = service_letters.mark_sent(service, args.letter_id, args.date, args.channel or "")
        print(f"{letter.id}  sent {letter.sent_on}  deadline {letter.deadline}")
        return 0
    finally:
        service.lock()


def _language(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("zh-CN", "en"), default="zh-CN", help="default zh-CN")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    add_force(p, "FILE.pdf")
    p.add_argument("--json", action="store_true")
    p.add_argument("--deadline-days", type=int, metavar="N", help="reply deadline in days")


def register(sub: Any, command: Command) -> None:
    del sub  # every command here takes the VAULT positional that `command` adds
    p = command("letter", cmd_letter, "write a revocation, deletion, reminder or escalation letter")
    p.add_argument("--buyer", required=True, metavar="ID")
    p.add_argument("--kind", choices=service_letters.BUYER_KINDS, default="revocation")
    p.add_argument(
        "--reason",
        metavar="TEXT",
        help="the justified reason (required for a deal with a running term, Civil Code 1022(2))",
    )
    p.add_argument(
        "--outside-scope",
        action="store_true",
        help="the buyer's use goes beyond the deal (Civil Code 1019; say how in --reason)",
    )
    p.add_argument(
        "--ground", action="append", choices=service_letters.OPTIONAL_GROUNDS, help="extra law"
    )
    p.add_argument(
        "--include-identity",
        action="store_true",
        help="print your legal name, ID number and address (off by default for buyers)",
    )
    p.add_argument("--deal", action="append", metavar="ID", help="only these deals (repeatable)")
    _language(p)

    p = command("takedown", cmd_takedown, "write a notice of infringement to a platform (1195)")
    p.add_argument("--platform", required=True, choices=service_letters.TAKEDOWN_PLATFORMS)
    p.add_argument("--url", required=True, action="append", metavar="URL")
    p.add_argument("--photo", action="append", metavar="ID", help="the original(s) shown")
    p.add_argument("--reason", metavar="TEXT", help="what the content does with your face")
    p.add_argument(
        "--ground",
        action="append",
        choices=("deep-synthesis", "ai-labels"),
        help="law to cite (default: deep-synthesis only when no deal covers the photos and "
        "the platform is in China)",
    )
    p.add_argument(
        "--variant",
        choices=("auto", "never", "revoked", "expired", "scope"),
        help="what the notice says about your licence (default: decided from your deals and "
        "letters; a choice the records contradict is refused)",
    )
    p.add_argument(
        "--own-photos",
        action="store_true",
        help="you took these photos yourself (adds DMCA 512(c)(3) for a US platform)",
    )
    p.add_argument("--platform-country", metavar="CC", help="for --platform other, e.g. US")
    _language(p)

    p = command("letters", cmd_letters, "list letters and notices with status and deadline")
    p.add_argument("--due", action="store_true", help="only those overdue for a next step")
    p.add_argument("--json", action="store_true")

    p = command("mark-sent", cmd_mark_sent, "record that a letter was sent (date and channel)")
    p.add_argument("letter_id", metavar="LETTER_ID")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--channel", metavar="TEXT", help="e.g. Xianyu chat, e-mail, registered mail")
