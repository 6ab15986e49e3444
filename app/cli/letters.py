"""Letters and takedown notices: ``letter``, ``takedown``, ``letters``, ``mark-sent``,
``set-status``, ``attach-reply``, ``delete-letter``.

    likeness-vault-cli letter VAULT --buyer ID [--kind revocation|deletion|reminder|escalation]
            [--lang zh-CN|en] [--reason TEXT] -o FILE.pdf [--json]
    likeness-vault-cli takedown VAULT --platform PLATFORM --url URL [--url URL ...]
            [--photo ID ...] [--lang zh-CN|en] -o FILE.pdf [--json]
    likeness-vault-cli letters VAULT [--due] [--json]
    likeness-vault-cli mark-sent VAULT LETTER_ID --date YYYY-MM-DD [--channel TEXT]

Each letter/takedown writes the PDF to -o (an existing file only with --force, or after a "y"
on a terminal) and records the letter in the vault as a draft. Both print on stderr that this is
a tool, not legal advice, in the letter's language (from resources/templates/<lang>.toml).
A letter is named by its id, a prefix of it, or the LV-XXXXXXXX reference printed on it. Only
an unsent draft can be deleted: a letter marked as sent is never changed.

The letter services (and the PDF renderer under them) are imported only by these commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    Command,
    add_force,
    add_json,
    add_yes,
    claim_output,
    confirm_delete,
    emit_json,
    opened,
    print_result,
    record_json,
    vault_command,
)
from app.domain.models import LETTER_STATUSES
from app.errors import QT_TRANSLATE_NOOP, InvalidInput

if TYPE_CHECKING:
    from app.services.letters import Composition
    from app.services.vault_service import VaultService

# what set-status may set: "sent" comes with a date (mark-sent), "draft" is where letters start
LATER_STATUSES = tuple(s for s in LETTER_STATUSES if s not in ("draft", "sent"))


def _summary(composition: Composition, letter: Any, output: str) -> dict[str, Any]:
    from app.services import letters as service_letters

    return {
        "letter": record_json(letter),
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
    from app.documents.letters import legal_data

    return str(legal_data().text[lang]["notice"]["not_legal_advice"])


def _finish(args: argparse.Namespace, service: VaultService, composition: Composition) -> int:
    from app.services import letters as service_letters

    data = service_letters.render(composition)
    path = service_letters.export_pdf(data, args.output, overwrite=args.overwrite)
    letter = service_letters.record(service, composition, pdf=data)  # kept, encrypted
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
    from app.services import letters as service_letters

    args.overwrite = claim_output(Path(args.output), args.force)  # before the password
    with opened(args.vault) as service:
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


def cmd_takedown(args: argparse.Namespace) -> int:
    from app.services import letters as service_letters

    args.overwrite = claim_output(Path(args.output), args.force)  # before the password
    with opened(args.vault) as service:
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


@vault_command
def cmd_letters(args: argparse.Namespace, service: VaultService) -> int:
    from app.services import letters as service_letters

    due = {d.letter.id: d for d in service_letters.due(service)}
    items = sorted(service.records.letters.values(), key=lambda x: x.created_at)
    if args.due:
        items = [x for x in items if x.id in due]
    if args.json:
        emit_json(
            [
                {
                    **record_json(x),
                    "recipient_label": service_letters.recipient_label(service, x),
                    "overdue_days": due[x.id].days_overdue if x.id in due else 0,
                    "next_step": due[x.id].next_step if x.id in due else "",
                }
                for x in items
            ]
        )
        return 0
    if not items:  # say so, on stderr: stdout stays empty for scripts
        print("No letter is overdue." if args.due else "No letters yet.", file=sys.stderr)
    for x in items:
        late = (
            f"  OVERDUE {due[x.id].days_overdue}d: {due[x.id].next_step} due" if x.id in due else ""
        )
        print(
            f"{x.id}  {x.kind:<10}  {x.status:<12}  deadline {x.deadline or '-':<10}  "
            f"sent {x.sent_on or '-':<10}  {service_letters.recipient_label(service, x)}{late}"
        )
    return 0


def _print_letter(args: argparse.Namespace, letter: Any) -> int:
    text = f"{letter.id}  {letter.kind}  {letter.status}  deadline {letter.deadline or '-'}"
    return print_result(args, record_json(letter), text)


@vault_command
def cmd_mark_sent(args: argparse.Namespace, service: VaultService) -> int:
    from app.services import letters as service_letters

    letter = service_letters.mark_sent(service, args.letter_id, args.date, args.channel or "")
    text = f"{letter.id}  sent {letter.sent_on}  deadline {letter.deadline}"
    return print_result(args, record_json(letter), text)


@vault_command
def cmd_set_status(args: argparse.Namespace, service: VaultService) -> int:
    from app.services import letters as service_letters

    current = service_letters.letter(service, args.letter_id)
    if current.status == "draft":
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The letter {id} is an unsent draft: record that it was sent first "
                "(mark-sent), then what came of it.",
            ),
            id=current.id,
        )
    return _print_letter(args, service_letters.set_status(service, current.id, args.status))


@vault_command
def cmd_attach_reply(args: argparse.Namespace, service: VaultService) -> int:
    from app.services import letters as service_letters

    letter = service_letters.attach_reply(service, args.letter_id, args.file)
    text = f"{letter.reply_attachment_ids[-1]}  reply to {letter.id}  status {letter.status}"
    return print_result(args, record_json(letter), text)


@vault_command
def cmd_delete_letter(args: argparse.Namespace, service: VaultService) -> int:
    from app.services import letters as service_letters

    current = service_letters.letter(service, args.letter_id)
    service_letters.require_draft(current)  # a sent letter is refused before the question
    what = f"the unsent {current.kind} draft LV-{current.id[:8].upper()}"
    if not confirm_delete(what, args.yes):
        return 1
    service_letters.delete_draft(service, current.id)
    print(f"Deleted the draft {current.id}.")
    return 0


def _language(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("zh-CN", "en"), default="zh-CN", help="default zh-CN")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    add_force(p, "FILE.pdf")
    add_json(p)
    p.add_argument("--deadline-days", type=int, metavar="N", help="reply deadline in days")


def _letter_options(p: argparse.ArgumentParser) -> None:
    from app.services import letters as service_letters

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


def _takedown_options(p: argparse.ArgumentParser) -> None:
    from app.services import letters as service_letters

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


def register(command: Command) -> None:
    command(
        "letter",
        cmd_letter,
        "write a revocation, deletion, reminder or escalation letter",
        _letter_options,
    )
    command(
        "takedown",
        cmd_takedown,
        "write a notice of infringement to a platform (1195)",
        _takedown_options,
    )

    p = command("letters", cmd_letters, "list letters and notices with status and deadline")
    p.add_argument("--due", action="store_true", help="only those overdue for a next step")
    add_json(p)

    p = command("mark-sent", cmd_mark_sent, "record that a letter was sent (date and channel)")
    p.add_argument("letter_id", metavar="LETTER_ID")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--channel", metavar="TEXT", help="e.g. Xianyu chat, e-mail, registered mail")
    add_json(p, "print the letter as JSON")

    p = command(
        "set-status",
        cmd_set_status,
        "record what came of a sent letter: acknowledged, complied or ignored",
    )
    p.add_argument("letter_id", metavar="LETTER_ID")
    p.add_argument("status", choices=LATER_STATUSES)
    add_json(p, "print the letter as JSON")

    p = command(
        "attach-reply",
        cmd_attach_reply,
        "store the recipient's reply (screenshot, e-mail, letter) with a letter, encrypted; "
        "a sent letter becomes acknowledged",
    )
    p.add_argument("letter_id", metavar="LETTER_ID")
    p.add_argument("file", metavar="FILE")
    add_json(p, "print the letter as JSON")

    p = command(
        "delete-letter",
        cmd_delete_letter,
        "delete an unsent draft (a letter marked as sent is never changed; asks on a "
        "terminal, --yes in a script)",
    )
    p.add_argument("letter_id", metavar="LETTER_ID")
    add_yes(p)
