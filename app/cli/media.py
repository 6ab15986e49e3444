"""Photos, clips and voice samples: ``import``, ``photos``, ``export-photo``, ``edit-photo``,
``delete-photo``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    Command,
    Progress,
    add_json,
    add_output,
    add_yes,
    claim_output,
    confirm_delete,
    emit_json,
    given,
    output_in,
    print_result,
    record_json,
    vault_command,
)

if TYPE_CHECKING:
    from app.services.vault_service import VaultService

HIDDEN = ("object_id", "thumb_object_id")  # where the bytes are: not the user's business
# option -> MediaItem field, for edit-photo
FIELDS = {
    "name": "name",
    "set": "set_name",
    "persona": "persona",
    "note": "notes",
    "captured_at": "captured_at",
}


def media_json(item: Any, **extra: Any) -> dict[str, Any]:
    doc = record_json(item, HIDDEN)
    doc.update(extra)
    return doc


@vault_command
def cmd_import(args: argparse.Namespace, service: VaultService) -> int:
    progress = Progress(quiet=args.json)
    report = service.import_paths(args.paths, progress=progress)
    progress.done()
    if args.json:
        emit_json([media_json(o.item, path=o.path, duplicate=o.duplicate) for o in report.imported])
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


@vault_command
def cmd_photos(args: argparse.Namespace, service: VaultService) -> int:
    items = sorted(service.records.media.values(), key=lambda m: (m.imported_at, m.name))
    if args.json:
        emit_json([record_json(m, HIDDEN) for m in items])
    else:
        lines = []
        for m in items:
            size = f"{m.width}x{m.height}" if m.width else m.mime
            lines.append(f"{m.id}  {m.sha256}  {m.kind:<5}  {size:<11}  {m.name}\n")
        sys.stdout.write("".join(lines))
    return 0


@vault_command
def cmd_export_photo(args: argparse.Namespace, service: VaultService) -> int:
    item = service.find_media(args.item_id)
    # a folder: the recorded name, made safe: it never leaves the folder given
    out = output_in(Path(args.output), item.name, f"item-{item.id[:8]}")
    overwrite = claim_output(out, args.force)
    sha = service.export_original(item.id, out, overwrite=overwrite)
    print(f"{sha}  {out}")
    return 0


@vault_command
def cmd_edit_photo(args: argparse.Namespace, service: VaultService) -> int:
    item = service.find_media(args.item_id)
    fields = given(args, FIELDS)
    if args.no_tags:
        fields["tags"] = []
    elif args.tag is not None:
        fields["tags"] = args.tag
    updated = service.update_media(item.id, **fields) if fields else item
    text = f"{updated.id}  {updated.sha256}  {updated.kind:<5}  {updated.name}"
    return print_result(args, media_json(updated), text)


@vault_command
def cmd_delete_photo(args: argparse.Namespace, service: VaultService) -> int:
    item = service.find_media(args.item_id)
    if not confirm_delete(f"the {item.kind} {item.name} ({item.id[:8]})", args.yes):
        return 1
    service.delete_media(item.id)
    print(
        f"Deleted the {item.kind} {item.name} ({item.id}); deals and sightings no longer list it."
    )
    return 0


def register(command: Command) -> None:
    p = command("import", cmd_import, "import photos, clips or voice samples (files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_json(p, "print the items as JSON")

    p = command("photos", cmd_photos, "list the photos, clips and voice samples in the vault")
    add_json(p)

    p = command("export-photo", cmd_export_photo, "write the original bytes of one item to a file")
    p.add_argument("item_id", metavar="ITEM_ID")
    add_output(p)

    p = command(
        "edit-photo",
        cmd_edit_photo,
        "change what is recorded about a photo, clip or voice sample (only the options given)",
    )
    p.add_argument("item_id", metavar="ITEM_ID")
    p.add_argument("--name", metavar="TEXT", help="the file name shown")
    p.add_argument("--set", metavar="TEXT", help="the shoot or set it belongs to")
    p.add_argument("--persona", metavar="TEXT")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--captured-at", metavar="DATE", help="when it was taken")
    tags = p.add_mutually_exclusive_group()
    tags.add_argument("--tag", action="append", metavar="TAG", help="repeatable; replaces the tags")
    tags.add_argument("--no-tags", action="store_true", help="remove every tag")
    add_json(p, "print the item as JSON")

    p = command(
        "delete-photo",
        cmd_delete_photo,
        "delete a photo, clip or voice sample; deals and sightings stop listing it (asks on a "
        "terminal, --yes in a script)",
    )
    p.add_argument("item_id", metavar="ITEM_ID")
    add_yes(p)
