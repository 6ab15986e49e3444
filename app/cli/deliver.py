"""``deliver``: the deal's delivery copies into a folder or a ZIP (app/services/delivery.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import Command, add_force, add_json, emit_json, vault_command
from app.errors import QT_TRANSLATE_NOOP, NotPossible

if TYPE_CHECKING:
    from app.services.delivery import Signer
    from app.services.vault_service import VaultService


def c2pa_signer(service: VaultService) -> Signer:
    """The C2PA signer of engineer K's app/media/c2pa_sign.py, when it is in this build."""
    from app.services import delivery

    if not delivery.c2pa_available():
        raise NotPossible(
            QT_TRANSLATE_NOOP(
                "errors", "C2PA signing is not available in this version; deliver without --c2pa."
            )
        )
    return delivery.c2pa_signer(service)


@vault_command
def cmd_deliver(args: argparse.Namespace, service: VaultService) -> int:
    from app.services import delivery

    deal = service.deal(args.deal)
    signer = c2pa_signer(service) if args.c2pa else None
    copies = delivery.deliver(
        service, deal.id, Path(args.output), overwrite=args.force, signer=signer
    )
    if args.json:
        emit_json(
            [
                {
                    "item_id": c.delivery.item_id,
                    "file_name": c.delivery.file_name,
                    "sha256": c.delivery.sha256,
                    "code": c.delivery.code,
                    "c2pa": c.delivery.c2pa,
                }
                for c in copies
            ]
        )
        return 0
    for c in copies:
        print(f"{c.delivery.item_id[:8]}  {c.delivery.code:<6}  {c.delivery.sha256[:16]}  {c.path}")
    skipped = len(deal.media_ids) - len(copies)
    if skipped:
        print(f"{skipped} item(s) of the deal are not photos and were not delivered.")
    print(f"Delivered {len(copies)} cop{'y' if len(copies) == 1 else 'ies'} of deal {deal.id[:8]}.")
    if args.c2pa:  # engineer K: say plainly what C2PA does and does not do (docs/c2pa.md)
        from app.media import c2pa_sign

        print(c2pa_sign.PLAIN_WORDS)
    return 0


def register(command: Command) -> None:
    p = command(
        "deliver",
        cmd_deliver,
        "write a deal's delivery copies (metadata stripped, rights in XMP, a per-buyer "
        "geometric code) into a folder or a .zip, and record them on the deal",
    )
    p.add_argument("--deal", required=True, metavar="ID")
    p.add_argument(
        "-o", "--output", required=True, metavar="DIR_OR_ZIP", help="a folder, or a .zip file"
    )
    p.add_argument(
        "--c2pa",
        action="store_true",
        help="also sign each copy with a C2PA manifest (do not train); readers show it as "
        "untrusted unless they trust your root, and any re-save strips it",
    )
    add_force(p, "an existing copy or ZIP")
    add_json(p)
