"""The licence contract: ``contract``.

    likeness-vault-cli contract VAULT --buyer ID --photo ID [--photo ID ...] --uses LIST
            [--ai-training yes|no] [--term-until YYYY-MM-DD | --term unlimited] --price AMOUNT
            [--currency CNY] [--payment KIND [--payment-days N | --payment-date YYYY-MM-DD |
            --payment-text TEXT]] [--platforms TEXT] [--date YYYY-MM-DD]
            [--lang zh-CN|en|bilingual] -o FILE.pdf [--force] [--json]
    likeness-vault-cli contract VAULT --deal ID [--lang ...] -o FILE.pdf [--force] [--json]

The first form records a new deal with exactly these terms and the contract PDF attached to it
(one save) and writes the PDF to -o. A contract never states what was not said: without
--ai-training, a term or (for a price above 0) --payment the command is refused with a sentence
naming the option (they are optional only in the syntax). --date (default: today) is the deal's
date and the contract's; a date after today is refused. The second form makes a new version of the contract of an existing
deal from its current terms (after edit-deal changed them); the terms options are refused with
--deal. ``--json`` prints the deal's id (and the contract's attachment id, version, warnings).
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.cli.common import Command, add_force, add_json, claim_output, emit_json, opened
from app.domain.payment import PAYMENT_KINDS, UNSTATED
from app.domain.uses import USES
from app.errors import QT_TRANSLATE_NOOP, InvalidInput

TERM_OPTIONS = (
    "buyer",
    "photo",
    "uses",
    "uses_other",
    "ai_training",
    "term_until",
    "term",
    "price",
    "currency",
    "platforms",
    "payment",
    "payment_days",
    "payment_date",
    "payment_text",
    "date",
)


def cmd_contract(args: argparse.Namespace) -> int:
    from app.services import contracts

    if args.deal is not None:
        given = [o for o in TERM_OPTIONS if getattr(args, o) is not None]
        if given:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--deal makes a new contract from the deal's recorded terms; change the "
                    "terms with edit-deal, not with --{option}.",
                ),
                option=given[0].replace("_", "-"),
            )
    else:
        term = args.term_until or args.term
        for option in ("buyer", "photo", "uses", "price", "ai_training", "term"):
            if (term if option == "term" else getattr(args, option)) is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "A new contract needs --{option} (or --deal for an existing deal).",
                    ),
                    option="term-until or --term" if option == "term" else option.replace("_", "-"),
                )
        if args.payment is None and not _zero(args.price):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A new contract with a price needs --payment: how and when it is paid.",
                )
            )
    overwrite = claim_output(Path(args.output), args.force)  # before the password
    with opened(args.vault) as service:
        if args.deal is not None:
            made = contracts.new_version(
                service, args.deal, layout=args.lang, output=args.output, overwrite=overwrite
            )
        else:
            made = contracts.create(
                service,
                service.buyer(args.buyer).id,
                args.photo,
                uses=args.uses,
                uses_other=args.uses_other or "",
                price=args.price,
                currency=args.currency or "CNY",
                ai_training=args.ai_training or "unstated",
                term="until" if args.term_until else (args.term or "unstated"),
                term_until=args.term_until or "",
                platforms=args.platforms or "",
                payment=args.payment or "unstated",
                payment_days=args.payment_days or 0,
                payment_date=args.payment_date or "",
                payment_text=args.payment_text or "",
                deal_date=args.date,
                layout=args.lang,
                output=args.output,
                overwrite=overwrite,
            )
    from app.documents.contract import contract_text

    warnings = [contract_text().warning("open_term", "en")] if made.deal.term == "unlimited" else []
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        emit_json(
            {
                "deal": made.deal.id,
                "contract_attachment": made.attachment_id,
                "version": made.version,
                "output": str(made.output),
                "warnings": warnings,
            }
        )
    else:
        print(made.deal.id)
        print(f"contract version {made.version} written to {made.output}", file=sys.stderr)
    return 0


def _zero(price: str) -> bool:
    try:
        return Decimal(price.strip().replace(",", "")) == 0
    except InvalidOperation:
        return False  # not a price: the service says so


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--deal", metavar="ID", help="a new version of an existing deal's contract")
    p.add_argument("--buyer", metavar="ID")
    p.add_argument("--photo", action="append", metavar="ID", help="repeatable")
    p.add_argument(
        "--uses", metavar="LIST", help="permitted uses, comma-separated: " + ", ".join(USES)
    )
    p.add_argument("--uses-other", metavar="TEXT", help='the text of the use "other"')
    p.add_argument("--ai-training", choices=("yes", "no"), help="required: the contract says it")
    term = p.add_mutually_exclusive_group()
    term.add_argument("--term-until", metavar="YYYY-MM-DD")
    term.add_argument(
        "--term",
        choices=("unlimited",),
        help="no end date (the licence can then be ended at any time: Civil Code 1022)",
    )
    p.add_argument("--price", metavar="AMOUNT")
    p.add_argument("--currency", metavar="CNY")
    add_payment_options(p, for_contract=True)
    p.add_argument("--platforms", metavar="TEXT", help="platforms and territory")
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the contract's date, the deal's and the start of the licence (default: today; "
        "not after today)",
    )
    p.add_argument("--lang", choices=("zh-CN", "en", "bilingual"), default="zh-CN")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    add_force(p, "FILE.pdf")
    add_json(p, "print the new deal's id and the contract's attachment as JSON")


def add_payment_options(p: argparse.ArgumentParser, for_contract: bool = False) -> None:
    """--payment KIND and its detail (app/domain/payment.py); also used by add-deal/edit-deal
    (where "unstated" may be recorded; a contract never states it)."""
    kinds = [k for k in PAYMENT_KINDS if k != UNSTATED or not for_contract]
    p.add_argument(
        "--payment",
        choices=kinds,
        metavar="KIND",
        help=("required with a price above 0 (the contract says it): " if for_contract else "")
        + "how and when the price is paid: before_delivery, on_delivery (in full), "
        "within_days (with --payment-days N), instalments (with --payment-text), paid (already, "
        "with --payment-date), other (with --payment-text)"
        + ("" if for_contract else ", unstated"),
    )
    p.add_argument("--payment-days", metavar="N", help="with --payment within_days: 1-365")
    p.add_argument(
        "--payment-date", metavar="YYYY-MM-DD", help="with --payment paid: the day it was paid"
    )
    p.add_argument(
        "--payment-text",
        metavar="TEXT",
        help="with --payment instalments or other: how and when it is paid",
    )


def register(command: Command) -> None:
    command(
        "contract",
        cmd_contract,
        "make a licence contract (授权协议) and record the deal it states",
        _options,
    )
