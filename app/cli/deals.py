"""Deals: ``add-deal``, ``deals``, ``edit-deal``, ``delete-deal``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    Command,
    add_json,
    add_yes,
    confirm_delete,
    emit_json,
    given,
    print_result,
    record_json,
    vault_command,
)
from app.cli.contract import add_payment_options
from app.domain.models import AI_TRAINING_CHOICES, ATTACHMENT_KINDS, EXCLUSIVITY_CHOICES
from app.domain.uses import USES

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

# option -> Deal field, for the options that are copied as given
FIELDS = {
    "date": "date",
    "price": "price",
    "currency": "currency",
    "uses": "uses",
    "uses_other": "uses_other",
    "ai_training": "ai_training",
    "resale": "resale",
    "territory": "territory",
    "exclusive": "exclusive",
    "order_no": "order_no",
    "note": "notes",
}


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    fields = given(args, FIELDS)
    if args.term_until:
        fields["term"] = "until"
        fields["term_until"] = args.term_until
    elif args.term:
        fields["term"] = args.term
        fields["term_until"] = ""
    if args.payment is not None:  # a new kind: the details of the old one go
        fields["payment"] = args.payment
        fields["payment_days"] = args.payment_days or 0
        fields["payment_date"] = args.payment_date or ""
        fields["payment_text"] = args.payment_text or ""
    else:
        for name in ("payment_days", "payment_date", "payment_text"):
            if getattr(args, name) is not None:
                fields[name] = getattr(args, name)
    return fields


def _attach(args: argparse.Namespace) -> list[tuple[str, str]]:
    return [(path, args.attach_kind) for path in args.attach or []]


@vault_command
def cmd_add_deal(args: argparse.Namespace, service: VaultService) -> int:
    fields = _fields(args)
    date = fields.pop("date")
    buyer = service.buyer(args.buyer)
    deal = service.add_deal(buyer.id, args.photo, date, attach=_attach(args), **fields)
    return print_result(args, record_json(deal), deal.id)


@vault_command
def cmd_deals(args: argparse.Namespace, service: VaultService) -> int:
    deals = sorted(service.records.deals.values(), key=lambda d: (d.date, d.created_at))
    if args.json:
        emit_json([record_json(d) for d in deals])
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


@vault_command
def cmd_edit_deal(args: argparse.Namespace, service: VaultService) -> int:
    deal = service.deal(args.deal_id)
    fields = _fields(args)
    if args.buyer is not None:
        fields["buyer_id"] = args.buyer
    if args.photo is not None:
        fields["media_ids"] = args.photo
    attach = _attach(args)
    updated = service.update_deal(deal.id, attach=attach, **fields) if fields or attach else deal
    return print_result(args, record_json(updated), updated.id)


@vault_command
def cmd_delete_deal(args: argparse.Namespace, service: VaultService) -> int:
    deal = service.deal(args.deal_id)
    buyer = service.records.buyers.get(deal.buyer_id)
    what = f"the deal of {deal.date} with {buyer.name if buyer else '?'} ({deal.id[:8]})"
    if not confirm_delete(what, args.yes):
        return 1
    service.delete_deal(deal.id)
    print(f"Deleted the deal {deal.id}; its photos stay in the vault.")
    return 0


def _deal_options(p: argparse.ArgumentParser, adding: bool) -> None:
    replaces = "" if adding else "; replaces the list"
    p.add_argument("--buyer", required=adding, metavar="ID")
    p.add_argument(
        "--photo", required=adding, action="append", metavar="ID", help="repeatable" + replaces
    )
    p.add_argument("--date", required=adding, metavar="YYYY-MM-DD")
    p.add_argument("--price", metavar="AMOUNT")
    p.add_argument("--currency", metavar="CNY")
    add_payment_options(p)
    p.add_argument(
        "--uses",
        metavar="LIST",
        help="permitted uses as agreed, comma-separated: " + ", ".join(USES) + replaces,
    )
    p.add_argument("--uses-other", metavar="TEXT", help='the text of the use "other"')
    p.add_argument("--ai-training", choices=AI_TRAINING_CHOICES)
    p.add_argument("--resale", choices=AI_TRAINING_CHOICES, help="may the buyer pass them on")
    p.add_argument("--territory", metavar="TEXT", help="territory or platforms")
    p.add_argument("--exclusive", choices=EXCLUSIVITY_CHOICES)
    term = p.add_mutually_exclusive_group()
    term.add_argument("--term-until", metavar="YYYY-MM-DD")
    term.add_argument("--term", choices=("unlimited", "unstated"))
    p.add_argument("--order-no", metavar="TEXT")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument(
        "--attach",
        action="append",
        metavar="FILE",
        help="contract, chat, receipt" + ("" if adding else " (added to those it has)"),
    )
    p.add_argument("--attach-kind", choices=ATTACHMENT_KINDS, default="other")
    add_json(p)


def register(command: Command) -> None:
    p = command("add-deal", cmd_add_deal, "record a deal (licence) between you and a buyer")
    _deal_options(p, adding=True)

    add_json(command("deals", cmd_deals, "list deals"))

    p = command("edit-deal", cmd_edit_deal, "change a deal (only the options given)")
    p.add_argument("deal_id", metavar="DEAL_ID")
    _deal_options(p, adding=False)

    p = command(
        "delete-deal",
        cmd_delete_deal,
        "delete a deal; its photos and attachments stay (asks on a terminal, --yes in a script)",
    )
    p.add_argument("deal_id", metavar="DEAL_ID")
    add_yes(p)
