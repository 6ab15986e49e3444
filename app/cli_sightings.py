"""CLI commands for sightings (where the face was seen), registered by app/cli.py.

    likeness-vault-cli add-sighting VAULT --url URL [--platform P] [--title TEXT]
            [--seen-on YYYY-MM-DD] [--photo ID ...] [--buyer ID ...] [--screenshot FILE ...]
            [--note TEXT] [--json]
    likeness-vault-cli sightings VAULT [--json]

Without --buyer, the sighting is traced to the buyers whose deals delivered the photos given.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.domain.models import TAKEDOWN_PLATFORMS, to_dict

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_add_sighting(args: argparse.Namespace) -> int:
    from app.cli import emit_json, open_vault

    service = open_vault(args.vault)
    try:
        sighting = service.add_sighting(
            args.url,
            platform=args.platform or "",
            title=args.title or "",
            seen_on=args.seen_on or "",
            media_ids=args.photo or (),
            buyer_ids=args.buyer or (),
            screenshots=[(path, "other") for path in args.screenshot or ()],
            notes=args.note or "",
        )
        if args.json:
            emit_json(to_dict(sighting))
        else:
            buyers = [service.records.buyers[b].name for b in sighting.buyer_ids]
            print(sighting.id)
            print(f"traced to: {', '.join(buyers) if buyers else 'no buyer'}")
        return 0
    finally:
        service.lock()


def cmd_sightings(args: argparse.Namespace) -> int:
    from app.cli import emit_json, open_vault

    service = open_vault(args.vault)
    try:
        records = service.records
        sightings = sorted(records.sightings.values(), key=lambda s: (s.seen_on, s.created_at))
        if args.json:
            emit_json([to_dict(s) for s in sightings])
        else:
            for s in sightings:
                buyers = ", ".join(
                    records.buyers[b].name for b in s.buyer_ids if b in records.buyers
                )
                print(
                    f"{s.id}  {s.seen_on}  {s.platform:<11}  {len(s.media_ids):>3} photo(s)  "
                    f"{s.url}  {s.title}  -> {buyers or '-'}"
                )
        return 0
    finally:
        service.lock()


def register(sub: Any, command: Command) -> None:
    del sub  # every command here takes the VAULT positional that `command` adds
    p = command("add-sighting", cmd_add_sighting, "record where your face was seen (a link)")
    p.add_argument("--url", required=True, metavar="URL", help="the page, http:// or https://")
    p.add_argument(
        "--platform", choices=TAKEDOWN_PLATFORMS, help="default: from the link's site, else other"
    )
    p.add_argument("--title", metavar="TEXT", help="e.g. the drama and episode")
    p.add_argument("--seen-on", metavar="YYYY-MM-DD", help="default today")
    p.add_argument("--photo", action="append", metavar="ID", help="a photo seen there")
    p.add_argument(
        "--buyer",
        action="append",
        metavar="ID",
        help="traced to this buyer (default: the buyers of the photos given)",
    )
    p.add_argument("--screenshot", action="append", metavar="FILE", help="stored encrypted")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    p = command("sightings", cmd_sightings, "list sightings and the buyers they trace back to")
    p.add_argument("--json", action="store_true")
