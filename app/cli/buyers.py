"""Buyers: ``add-buyer``, ``buyers``, ``edit-buyer``, ``delete-buyer``."""

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
from app.domain.models import PLATFORMS
from app.errors import QT_TRANSLATE_NOOP, InUse

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

# option -> Buyer field
FIELDS = {
    "name": "name",
    "platform": "platform",
    "platform_id": "platform_user_id",
    "contact": "contact",
    "real_name": "real_name",
    "company": "company",
    "country": "country",
    "note": "notes",
}


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    fields = given(args, FIELDS)
    if args.order_no:
        fields["order_numbers"] = args.order_no
    return fields


@vault_command
def cmd_add_buyer(args: argparse.Namespace, service: VaultService) -> int:
    fields = _fields(args)
    buyer = service.add_buyer(fields.pop("name"), **fields)
    return print_result(args, record_json(buyer), buyer.id)


@vault_command
def cmd_buyers(args: argparse.Namespace, service: VaultService) -> int:
    records = service.records
    buyers = sorted(records.buyers.values(), key=lambda b: b.created_at)
    if args.json:
        emit_json(
            [
                {
                    **record_json(b),
                    "deal_ids": [d.id for d in records.deals_for_buyer(b.id)],
                    "media_ids": [m.id for m in records.media_for_buyer(b.id)],
                }
                for b in buyers
            ]
        )
    else:
        for b in buyers:
            held = len(records.media_for_buyer(b.id))
            print(f"{b.id}  {b.platform:<7}  {held:>4} photo(s)  {b.name}")
    return 0


@vault_command
def cmd_edit_buyer(args: argparse.Namespace, service: VaultService) -> int:
    buyer = service.buyer(args.buyer_id)
    fields = _fields(args)
    if args.no_order_numbers:
        fields["order_numbers"] = []
    updated = service.update_buyer(buyer.id, **fields) if fields else buyer
    text = f"{updated.id}  {updated.platform:<7}  {updated.name}"
    return print_result(args, record_json(updated), text)


@vault_command
def cmd_delete_buyer(args: argparse.Namespace, service: VaultService) -> int:
    buyer = service.buyer(args.buyer_id)
    deals = service.records.deals_for_buyer(buyer.id)
    if deals:  # refused before the question (the service refuses it too)
        listed = ", ".join(d.id for d in deals)
        raise InUse(
            QT_TRANSLATE_NOOP(
                "errors",
                "The buyer {name} still has deals ({deals}); delete or move the deals first.",
            ),
            name=buyer.name,
            deals=listed,
        )
    if not confirm_delete(f"the buyer {buyer.name} ({buyer.id[:8]})", args.yes):
        return 1
    service.delete_buyer(buyer.id)
    print(f"Deleted the buyer {buyer.name} ({buyer.id}).")
    return 0


def _buyer_options(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument("--name", required=adding, help="nickname as seen on the platform")
    p.add_argument("--platform", choices=PLATFORMS, default="other" if adding else None)
    p.add_argument("--platform-id", help="their user ID on that platform")
    p.add_argument("--contact", help="WeChat ID, phone or e-mail")
    p.add_argument("--real-name")
    p.add_argument("--company")
    p.add_argument("--country", help="two-letter country code (default CN)")
    p.add_argument(
        "--order-no",
        action="append",
        help="an order number (repeatable)" + ("" if adding else "; replaces the list"),
    )
    p.add_argument("--note")


def register(command: Command) -> None:
    p = command("add-buyer", cmd_add_buyer, "record a buyer (who received photos)")
    _buyer_options(p, adding=True)
    add_json(p)

    add_json(command("buyers", cmd_buyers, "list buyers"))

    p = command("edit-buyer", cmd_edit_buyer, "change a buyer (only the options given)")
    p.add_argument("buyer_id", metavar="BUYER_ID")
    _buyer_options(p, adding=False)
    p.add_argument("--no-order-numbers", action="store_true", help="remove every order number")
    add_json(p, "print the buyer as JSON")

    p = command(
        "delete-buyer",
        cmd_delete_buyer,
        "delete a buyer who has no deals; sightings stop naming them (asks on a terminal, "
        "--yes in a script)",
    )
    p.add_argument("buyer_id", metavar="BUYER_ID")
    add_yes(p)
