"""likeness-vault-cli: the whole vault without a screen, over the same services as the GUI.

Passwords: on a terminal they are prompted for without echo; otherwise the first line of
standard input is the password (for ``passwd``: the old one on line 1, the new one on line 2).
A new password must pass the floor of ``app.services.passwords`` (the recovery key need not).
Files written outside the vault follow ``app.cli_output``: never replaced without --force or a
"y" on the terminal.
Exit status: 0 success, 1 a user error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import __version__
from app.cli_output import add_force, claim_output, safe_output_name
from app.domain.models import AI_TRAINING_CHOICES, PLATFORMS, to_dict
from app.errors import InvalidInput, UserError, VaultExists
from app.services import passwords
from app.services.vault_service import VaultService


class CliError(Exception):
    pass


# --- passwords ------------------------------------------------------------------------------


class Secrets:
    """Reads secrets from the terminal, or line by line from a piped standard input."""

    def __init__(self) -> None:
        self.interactive = sys.stdin is not None and sys.stdin.isatty()

    def read(self, prompt: str) -> str:
        what = prompt.strip(": ").lower()
        if self.interactive:
            try:
                return getpass.getpass(prompt)
            except EOFError:  # Ctrl-D at the prompt
                print(file=sys.stderr)
                raise InvalidInput(
                    f"No {what} was given (input ended); nothing was changed."
                ) from None
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise InvalidInput(f"Standard input ended before the {what} was given.")
        return line.rstrip("\r\n")

    def new_password(self, user_inputs: Sequence[str] = ()) -> str:
        first = self.read("New password: ")
        if not first:
            raise InvalidInput("An empty password is refused.")
        passwords.require_strong(first, user_inputs)  # before asking for it twice
        if self.interactive and self.read("Repeat the new password: ") != first:
            raise InvalidInput("The two passwords differ; nothing was changed.")
        return first


def open_vault(path: str, secrets: Secrets | None = None) -> VaultService:
    password = (secrets or Secrets()).read("Password: ")
    service = VaultService.open(path, password=password)
    for warning in service.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return service


# --- output ---------------------------------------------------------------------------------


def emit_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def media_json(item: Any, **extra: Any) -> dict[str, Any]:
    doc = to_dict(item)
    doc.pop("object_id", None)
    doc.pop("thumb_object_id", None)
    doc.update(extra)
    return doc


# --- commands -------------------------------------------------------------------------------


def _refuse_unusable_folder(path: Path) -> None:
    """Before asking for a password: a new vault goes into a new or an empty folder."""
    if os.path.lexists(path) and not path.is_dir():
        raise VaultExists(f"{path} is a file, not a folder; choose a new or empty folder.")
    if path.is_dir() and any(path.iterdir()):
        raise VaultExists(f"{path} already exists and is not empty; choose a new folder.")


def cmd_init(args: argparse.Namespace) -> int:
    _refuse_unusable_folder(Path(args.vault))
    password = Secrets().new_password([args.name or "", Path(args.vault).name])
    service, recovery = VaultService.create(args.vault, password, args.name or "")
    try:
        print(f"Created the vault {args.vault}.")
        print(
            "Recovery key (write it down and keep it apart from the computer; it is shown only once):"
        )
        print(recovery)
    finally:
        service.lock()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:

        def progress(done: int, total: int, name: str) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\r{done}/{total} {name[:50]:<50}", end="", file=sys.stderr)

        report = service.import_paths(args.paths, progress=progress)
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)
        if args.json:
            emit_json(
                [media_json(o.item, path=o.path, duplicate=o.duplicate) for o in report.imported]
            )
        else:
            for outcome in report.imported:
                note = "  (already in the vault)" if outcome.duplicate else ""
                print(f"{outcome.item.id}  {outcome.item.sha256}  {outcome.item.name}{note}")
        for _path, message in report.errors:
            print(f"error: {message}", file=sys.stderr)
        if report.errors:
            print(
                f"{len(report.new_items)} imported, {len(report.errors)} not imported.",
                file=sys.stderr,
            )
            return 1
        return 0
    finally:
        service.lock()


def cmd_photos(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:
        items = sorted(service.records.media.values(), key=lambda m: (m.imported_at, m.name))
        if args.json:
            emit_json([media_json(m) for m in items])
        else:
            for m in items:
                size = f"{m.width}x{m.height}" if m.width else m.mime
                print(f"{m.id}  {m.sha256}  {m.kind:<5}  {size:<11}  {m.name}")
        return 0
    finally:
        service.lock()


def cmd_export_photo(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:
        item = service.find_media(args.item_id)
        out = Path(args.output)
        if out.is_dir():  # the recorded name, made safe: it never leaves the folder given
            out = out / safe_output_name(item.name, f"item-{item.id[:8]}")
        overwrite = claim_output(out, args.force)
        sha = service.export_original(item.id, out, overwrite=overwrite)
        print(f"{sha}  {out}")
        return 0
    finally:
        service.lock()


def cmd_add_buyer(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:
        fields: dict[str, Any] = {"platform": args.platform}
        for key in ("platform_id", "contact", "note", "real_name", "company", "country"):
            value = getattr(args, key)
            if value is not None:
                target = {"platform_id": "platform_user_id", "note": "notes"}.get(key, key)
                fields[target] = value
        if args.order_no:
            fields["order_numbers"] = args.order_no
        buyer = service.add_buyer(args.name, **fields)
        if args.json:
            emit_json(to_dict(buyer))
        else:
            print(buyer.id)
        return 0
    finally:
        service.lock()


def cmd_buyers(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:
        buyers = sorted(service.records.buyers.values(), key=lambda b: b.created_at)
        if args.json:
            emit_json(
                [
                    {
                        **to_dict(b),
                        "deal_ids": [d.id for d in service.records.deals_for_buyer(b.id)],
                        "media_ids": [m.id for m in service.records.media_for_buyer(b.id)],
                    }
                    for b in buyers
                ]
            )
        else:
            for b in buyers:
                held = len(service.records.media_for_buyer(b.id))
                print(f"{b.id}  {b.platform:<7}  {held:>4} photo(s)  {b.name}")
        return 0
    finally:
        service.lock()


def cmd_add_deal(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:
        fields: dict[str, Any] = {}
        if args.price is not None:
            fields["price"] = args.price
        if args.currency is not None:
            fields["currency"] = args.currency
        if args.uses is not None:
            fields["uses"] = args.uses
        if args.ai_training is not None:
            fields["ai_training"] = args.ai_training
        if args.order_no is not None:
            fields["order_no"] = args.order_no
        if args.note is not None:
            fields["notes"] = args.note
        if args.term_until:
            fields["term"] = "until"
            fields["term_until"] = args.term_until
        elif args.term:
            fields["term"] = args.term
        attach = [(path, args.attach_kind) for path in args.attach or []]
        buyer = service.buyer(args.buyer)
        deal = service.add_deal(buyer.id, args.photo, args.date, attach=attach, **fields)
        if args.json:
            emit_json(to_dict(deal))
        else:
            print(deal.id)
        return 0
    finally:
        service.lock()


def cmd_deals(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:
        deals = sorted(service.records.deals.values(), key=lambda d: (d.date, d.created_at))
        if args.json:
            emit_json([to_dict(d) for d in deals])
        else:
            for d in deals:
                buyer = service.records.buyers.get(d.buyer_id)
                term = d.term_until if d.term == "until" else d.term
                price = f"{d.price} {d.currency}" if d.price else "-"
                print(
                    f"{d.id}  {d.date}  {len(d.media_ids):>3} item(s)  {price:<12}  "
                    f"term {term:<10}  AI training {d.ai_training:<8}  {buyer.name if buyer else '?'}"
                )
        return 0
    finally:
        service.lock()


def cmd_check(args: argparse.Namespace) -> int:
    service = open_vault(args.vault)
    try:
        report = service.check()
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if report.ok:
            print(
                f"OK: the header, every saved index generation and "
                f"{report.checked_objects} stored object(s) are intact."
            )
            return 0
        for problem in report.problems:
            print(f"damaged: {problem.message}", file=sys.stderr)
        print(
            f"{len(report.problems)} problem(s) found; everything else is intact.",
            file=sys.stderr,
        )
        return 1
    finally:
        service.lock()


def cmd_passwd(args: argparse.Namespace) -> int:
    secrets = Secrets()
    if args.recovery_key:
        service = VaultService.open(args.vault, recovery_key=secrets.read("Recovery key: "))
    else:
        service = VaultService.open(args.vault, password=secrets.read("Current password: "))
    for warning in service.warnings:  # e.g. a header rewritten after a recovery-key open
        print(f"warning: {warning}", file=sys.stderr)
    try:
        service.change_password(
            secrets.new_password([service.records.performer.display_name, Path(args.vault).name])
        )
        print("The password was changed; the recovery key stays the same.")
        print(
            "A computer that remembered the vault asks for the new password at its next open. "
            "An old copy of vault.json opens only with the old password and still decrypts "
            "what was saved before; if your old password or recovery key may have leaked, "
            f"also run: likeness-vault-cli rekey {args.vault}"
        )
        return 0
    finally:
        service.lock()


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import build_demo_vault

    _refuse_unusable_folder(Path(args.vault))
    password = Secrets().new_password()
    service, recovery = build_demo_vault(Path(args.vault), password)
    try:
        r = service.records
        print(
            f"Created the demo vault {args.vault}: {len(r.media)} photos, {len(r.buyers)} buyers, "
            f"{len(r.deals)} deals."
        )
        print("Recovery key (shown only once):")
        print(recovery)
    finally:
        service.lock()
    return 0


# --- parser ---------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="likeness-vault-cli",
        description=(
            "Likeness Vault (肖像保险箱) without a screen: an encrypted record of the photos of "
            "your face you handed over, the buyers and the deals. Passwords are prompted for on "
            "a terminal, otherwise read from the first line(s) of standard input."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=Parser
    )

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("vault", metavar="VAULT", help="the vault folder")
        p.set_defaults(func=func)
        return p

    p = command(
        "init",
        cmd_init,
        "create a new vault in a new or empty folder and print its recovery key once; the "
        "password must be hard to guess (e.g. four or more unrelated words)",
    )
    p.add_argument("--name", help="your chosen name, as it appears on letters")

    p = command("import", cmd_import, "import photos, clips or voice samples (files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the items as JSON")

    p = command("photos", cmd_photos, "list the photos, clips and voice samples in the vault")
    p.add_argument("--json", action="store_true")

    p = command("export-photo", cmd_export_photo, "write the original bytes of one item to a file")
    p.add_argument("item_id", metavar="ITEM_ID")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="a file, or a folder to write it into under its recorded name (made safe)",
    )
    add_force(p, "FILE")

    p = command("add-buyer", cmd_add_buyer, "record a buyer (who received photos)")
    p.add_argument("--name", required=True, help="nickname as seen on the platform")
    p.add_argument("--platform", choices=PLATFORMS, default="other")
    p.add_argument("--platform-id", help="their user ID on that platform")
    p.add_argument("--contact", help="WeChat ID, phone or e-mail")
    p.add_argument("--real-name")
    p.add_argument("--company")
    p.add_argument("--country", help="two-letter country code (default CN)")
    p.add_argument("--order-no", action="append", help="an order number (repeatable)")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")

    command("buyers", cmd_buyers, "list buyers").add_argument("--json", action="store_true")

    p = command("add-deal", cmd_add_deal, "record a deal (licence) between you and a buyer")
    p.add_argument("--buyer", required=True, metavar="ID")
    p.add_argument("--photo", required=True, action="append", metavar="ID", help="repeatable")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--price", metavar="AMOUNT")
    p.add_argument("--currency", metavar="CNY")
    p.add_argument("--uses", metavar="TEXT", help="permitted uses, as agreed")
    p.add_argument("--ai-training", choices=AI_TRAINING_CHOICES)
    term = p.add_mutually_exclusive_group()
    term.add_argument("--term-until", metavar="YYYY-MM-DD")
    term.add_argument("--term", choices=("unlimited", "unstated"))
    p.add_argument("--order-no", metavar="TEXT")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--attach", action="append", metavar="FILE", help="contract, chat, receipt")
    p.add_argument(
        "--attach-kind", choices=("contract", "chat", "receipt", "other"), default="other"
    )
    p.add_argument("--json", action="store_true")

    command("deals", cmd_deals, "list deals").add_argument("--json", action="store_true")

    command("check", cmd_check, "verify every record and item; exit 1 naming what is damaged")

    p = command(
        "passwd",
        cmd_passwd,
        "change the password (old on line 1, new on line 2); the new one must be hard to guess",
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="unlock with the recovery key instead of the old password (forgotten password)",
    )

    command("demo", cmd_demo, "create a vault of generated sample data to explore")

    # Commands that live in their own modules register here, one line each:
    # module.register(sub, command), imported here to keep start-up light and imports acyclic.
    from app import cli_evidence

    cli_evidence.register(sub, command)
    from app import cli_letters

    cli_letters.register(sub, command)
    from app import cli_sightings

    cli_sightings.register(sub, command)
    from app import cli_keys

    cli_keys.register(sub, command)
    from app import cli_performer

    cli_performer.register(sub, command)
    from app import cli_clean

    cli_clean.register(sub, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): not an error of the vault
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(
            "error: interrupted; the vault is as it was at the last completed save.",
            file=sys.stderr,
        )
        return 1
    except Exception:
        if os.environ.get("LIKENESS_VAULT_DEBUG"):
            traceback.print_exc()
        print(
            "error: an unexpected internal error happened; the vault is as it was at the last "
            "completed save (set LIKENESS_VAULT_DEBUG=1 to see the details).",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
