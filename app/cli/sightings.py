"""Sightings (where the face was seen): ``add-sighting``, ``sightings``, ``edit-sighting``,
``delete-sighting``.

Without --buyer, a new sighting is traced to the buyers whose deals delivered the photos given.
``add-sighting --from-match IMAGE`` finds those photos itself (``match``, app/cli/match.py).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

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
from app.domain.models import TAKEDOWN_PLATFORMS

if TYPE_CHECKING:
    from app.domain.models import Sighting
    from app.services.attachments import FileData
    from app.services.vault_service import VaultService


# option -> Sighting field, for edit-sighting
FIELDS = {
    "url": "url",
    "platform": "platform",
    "title": "title",
    "seen_on": "seen_on",
    "note": "notes",
    "photo": "media_ids",
    "buyer": "buyer_ids",
}


def _traced_to(service: VaultService, sighting: Sighting) -> str:
    buyers = service.records.buyers
    return ", ".join(buyers[b].name for b in sighting.buyer_ids if b in buyers)


def _print_sighting(args: argparse.Namespace, service: VaultService, sighting: Sighting) -> int:
    traced = f"traced to: {_traced_to(service, sighting) or 'no buyer'}"
    return print_result(args, record_json(sighting), f"{sighting.id}\n{traced}")


@vault_command
def cmd_add_sighting(args: argparse.Namespace, service: VaultService) -> int:
    media_ids = list(args.photo or ())
    screenshots: list[tuple[str | FileData, str]] = [(p, "other") for p in args.screenshot or ()]
    if args.from_match:  # its photos; without --buyer, traced to their buyers
        from app.cli.match import frame_picture, photos_from_match

        chosen = photos_from_match(service, args.from_match, args.json)
        media_ids += [m.item_id for m in chosen]
        screenshots.append((args.from_match, "other"))
        if chosen[0].frame.time is not None:  # a clip: the frame it was found in, too
            screenshots.append((frame_picture(args.from_match, chosen[0]), "other"))
    sighting = service.add_sighting(
        args.url,
        platform=args.platform or "",
        title=args.title or "",
        seen_on=args.seen_on or "",
        media_ids=media_ids,
        buyer_ids=args.buyer or (),
        screenshots=screenshots,
        notes=args.note or "",
    )
    return _print_sighting(args, service, sighting)


@vault_command
def cmd_sightings(args: argparse.Namespace, service: VaultService) -> int:
    records = service.records
    sightings = sorted(records.sightings.values(), key=lambda s: (s.seen_on, s.created_at))
    if args.json:
        emit_json([record_json(s) for s in sightings])
    else:
        for s in sightings:
            print(
                f"{s.id}  {s.seen_on}  {s.platform:<11}  {len(s.media_ids):>3} photo(s)  "
                f"{s.url}  {s.title}  -> {_traced_to(service, s) or '-'}"
            )
    return 0


@vault_command
def cmd_edit_sighting(args: argparse.Namespace, service: VaultService) -> int:
    sighting = service.sighting(args.sighting_id)
    fields = given(args, FIELDS)
    if args.no_buyers:
        fields["buyer_ids"] = []
    screenshots = [(path, "other") for path in args.screenshot or ()]
    updated = (
        service.update_sighting(sighting.id, screenshots, **fields)
        if fields or screenshots
        else sighting
    )
    return _print_sighting(args, service, updated)


@vault_command
def cmd_delete_sighting(args: argparse.Namespace, service: VaultService) -> int:
    sighting = service.sighting(args.sighting_id)
    if not confirm_delete(f"the sighting {sighting.url} ({sighting.id[:8]})", args.yes):
        return 1
    service.delete_sighting(sighting.id)
    print(f"Deleted the sighting {sighting.id} and the screenshots nothing else uses.")
    return 0


def _sighting_options(p: argparse.ArgumentParser, adding: bool) -> None:
    replaces = "" if adding else "; replaces the list"
    p.add_argument("--url", required=adding, metavar="URL", help="the page, http:// or https://")
    p.add_argument(
        "--platform",
        choices=TAKEDOWN_PLATFORMS,
        help="default: from the link's site, else other" if adding else None,
    )
    p.add_argument("--title", metavar="TEXT", help="e.g. the drama and episode")
    p.add_argument("--seen-on", metavar="YYYY-MM-DD", help="default today" if adding else None)
    p.add_argument(
        "--photo", action="append", metavar="ID", help="a photo seen there (repeatable)" + replaces
    )
    p.add_argument(
        "--buyer",
        action="append",
        metavar="ID",
        help="traced to this buyer (default: the buyers of the photos given)"
        if adding
        else "traced to this buyer (repeatable)" + replaces,
    )
    p.add_argument(
        "--screenshot",
        action="append",
        metavar="FILE",
        help="stored encrypted" + ("" if adding else "; added to those it has"),
    )
    p.add_argument("--note", metavar="TEXT")
    add_json(p)


def register(command: Command) -> None:
    p = command("add-sighting", cmd_add_sighting, "record where your face was seen (a link)")
    _sighting_options(p, adding=True)
    p.add_argument(
        "--from-match",
        metavar="IMAGE",
        help="match this screenshot or clip against your photos (like match): the sighting "
        "lists the photos it shows (every strong match, or the best one) and is traced to "
        "their buyers; the file is stored as its screenshot. Nothing matched: nothing is saved",
    )

    p = command("sightings", cmd_sightings, "list sightings and the buyers they trace back to")
    add_json(p)

    p = command("edit-sighting", cmd_edit_sighting, "change a sighting (only the options given)")
    p.add_argument("sighting_id", metavar="SIGHTING_ID")
    _sighting_options(p, adding=False)
    p.add_argument("--no-buyers", action="store_true", help="trace it to no buyer")

    p = command(
        "delete-sighting",
        cmd_delete_sighting,
        "delete a sighting and the screenshots nothing else uses (asks on a terminal, --yes "
        "in a script)",
    )
    p.add_argument("sighting_id", metavar="SIGHTING_ID")
    add_yes(p)
