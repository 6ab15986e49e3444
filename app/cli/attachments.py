"""Attached files (contracts, chats, receipts, screenshots, replies, ID images):
``attachments`` lists them, ``export-attachment`` writes one out, ``set-attachment-kind`` says
what one is."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    Command,
    add_json,
    add_output,
    claim_output,
    emit_json,
    output_in,
    record_json,
    vault_command,
)
from app.domain.models import ATTACHMENT_KINDS

if TYPE_CHECKING:
    from app.services.vault_service import VaultService


@vault_command
def cmd_attachments(args: argparse.Namespace, service: VaultService) -> int:
    atts = sorted(service.records.attachments.values(), key=lambda a: (a.added_at, a.name))
    if args.json:
        emit_json(
            [
                {**record_json(a, ("object_id",)), "used_by": service.attachment_users(a.id)}
                for a in atts
            ]
        )
    else:
        for a in atts:
            users = ", ".join(service.attachment_users(a.id)) or "-"
            print(f"{a.id}  {a.kind:<11}  {a.size:>10}  {a.name}  ({users})")
    return 0


@vault_command
def cmd_export_attachment(args: argparse.Namespace, service: VaultService) -> int:
    from app.domain.models import Attachment

    att = service.find(Attachment, args.attachment_id)
    out = output_in(Path(args.output), att.name, f"attachment-{att.id[:8]}")
    overwrite = claim_output(out, args.force)
    sha = service.export_attachment(att.id, out, overwrite=overwrite)
    print(f"{sha}  {out}")
    return 0


@vault_command
def cmd_set_attachment_kind(args: argparse.Namespace, service: VaultService) -> int:
    att = service.set_attachment_kind(args.attachment_id, args.kind)
    print(f"{att.id}  {att.kind}  {att.name}")
    return 0


def register(command: Command) -> None:
    p = command(
        "attachments",
        cmd_attachments,
        "list the attached files (contracts, chats, receipts, screenshots, replies, ID images) "
        "and what uses each",
    )
    add_json(p)

    p = command(
        "export-attachment",
        cmd_export_attachment,
        "write an attached file (contract, chat, receipt, screenshot, reply) to a file",
    )
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    add_output(p)

    p = command(
        "set-attachment-kind",
        cmd_set_attachment_kind,
        "say what an attached file is: a contract, a chat screenshot, a payment receipt or other",
    )
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    p.add_argument("kind", choices=ATTACHMENT_KINDS)
