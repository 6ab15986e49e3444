"""Your own details: ``me`` shows them, ``set-details`` changes them, ``id-document`` stores
the images of your ID document.

Every ``takedown`` asks for your legal name, ID number, address and a contact (Civil Code
1195 asks a notice for the real identity of who sends it); letters to buyers print your chosen
name, and the identity only with --include-identity.

    likeness-vault-cli id-document VAULT FILE [FILE ...] [--json]
    likeness-vault-cli id-document VAULT --remove [--json]

The ID images (front, back) are stored encrypted in the vault and annexed to takedown notices
as proof of identity; giving files replaces the images stored before.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.common import Command, add_json, emit_json, given, record_json, vault_command
from app.errors import QT_TRANSLATE_NOOP, InvalidInput

if TYPE_CHECKING:
    from app.domain.models import Performer
    from app.services.vault_service import VaultService

# option -> Performer field, in the order `me` prints them
FIELDS = {
    "display_name": "display_name",
    "legal_name": "legal_name",
    "id_number": "id_number",
    "address": "address",
    "email": "email",
    "phone": "phone",
    "note": "notes",
}
LABELS = {
    "display_name": "name on letters",
    "stage_names": "stage names",
    "legal_name": "legal name",
    "id_number": "ID number",
    "address": "address",
    "email": "e-mail",
    "phone": "phone",
    "notes": "notes",
}


def _show(args: argparse.Namespace, performer: Performer) -> None:
    if args.json:
        emit_json(record_json(performer))
        return
    for field, label in LABELS.items():
        value = getattr(performer, field)
        if isinstance(value, list):
            value = ", ".join(value)
        print(f"{label + ':':<17}{value or '-'}")
    print(f"{'ID document:':<17}{len(performer.id_document_ids)} image(s)")


@vault_command
def cmd_me(args: argparse.Namespace, service: VaultService) -> int:
    _show(args, service.records.performer)
    return 0


@vault_command
def cmd_set_details(args: argparse.Namespace, service: VaultService) -> int:
    fields = given(args, FIELDS)
    if args.no_stage_names:
        fields["stage_names"] = []
    elif args.stage_name is not None:
        fields["stage_names"] = args.stage_name
    if not fields:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Give at least one detail to change (see set-details --help)."
            )
        )
    _show(args, service.update_performer(**fields))
    return 0


@vault_command
def cmd_id_document(args: argparse.Namespace, service: VaultService) -> int:
    if bool(args.file) == bool(args.remove):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Give the image file(s) of your ID document, or --remove.")
        )
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


def register(command: Command) -> None:
    p = command(
        "me",
        cmd_me,
        "show your own details (name on letters, stage names, legal name, ID number, address, "
        "contact) as letters and notices use them",
    )
    add_json(p)

    p = command(
        "set-details",
        cmd_set_details,
        "change your own details (only the options given); every takedown asks for your legal "
        "name, ID number, address and a contact",
    )
    p.add_argument("--display-name", metavar="TEXT", help="your chosen name, as on letters")
    names = p.add_mutually_exclusive_group()
    names.add_argument(
        "--stage-name", action="append", metavar="TEXT", help="repeatable; replaces the list"
    )
    names.add_argument("--no-stage-names", action="store_true", help="remove every stage name")
    p.add_argument("--legal-name", metavar="TEXT", help="as on your ID document")
    p.add_argument("--id-number", metavar="TEXT", help="goes to platforms only, never to buyers")
    p.add_argument("--address", metavar="TEXT")
    p.add_argument("--email", metavar="ADDRESS")
    p.add_argument("--phone", metavar="NUMBER")
    p.add_argument("--note", metavar="TEXT")
    add_json(p, "print your details as JSON")

    p = command(
        "id-document",
        cmd_id_document,
        "store the image(s) of your ID document, annexed to takedown notices as proof of identity",
    )
    p.add_argument("file", nargs="*", metavar="FILE", help="image of the ID (front, back)")
    p.add_argument("--remove", action="store_true", help="remove the stored images")
    add_json(p)
