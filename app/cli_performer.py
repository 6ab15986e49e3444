"""CLI command for your own details' ID document, registered by app/cli.py.

    likeness-vault-cli id-document VAULT FILE [FILE ...] [--json]
    likeness-vault-cli id-document VAULT --remove [--json]

The images (front, back) are stored encrypted in the vault and annexed to takedown notices as
proof of identity (Civil Code 1195); giving files replaces the images stored before.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.errors import InvalidInput

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_id_document(args: argparse.Namespace) -> int:
    from app.cli import emit_json, open_vault

    if bool(args.file) == bool(args.remove):
        raise InvalidInput("Give the image file(s) of your ID document, or --remove.")
    service = open_vault(args.vault)
    try:
        performer = service.set_id_document(args.file or [])
        atts = [service.records.attachments[a] for a in performer.id_document_ids]
        if args.json:
            emit_json([{"id": a.id, "name": a.name, "sha256": a.sha256} for a in atts])
        elif atts:
            for a in atts:
                print(f"{a.id}  {a.name}  {a.sha256}")
        else:
            print("The ID document images were removed.")
        return 0
    finally:
        service.lock()


def register(sub: Any, command: Command) -> None:
    p = command(
        "id-document",
        cmd_id_document,
        "store the image(s) of your ID document, annexed to takedown notices as proof of identity",
    )
    p.add_argument("file", nargs="*", metavar="FILE", help="image of the ID (front, back)")
    p.add_argument("--remove", action="store_true", help="remove the stored images")
    p.add_argument("--json", action="store_true")
