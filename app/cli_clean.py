"""``likeness-vault-cli clean VAULT [--yes] [--json]``: remove leftover encrypted files.

Opening a vault never deletes anything. Object files that no kept saved state (index
generation) refers to are only reported, at open and by ``check``: an import or a save killed
half-way leaves such files, and so does a newer index file that is missing (a backup
restored without it, a sync that delivered the objects first). When the user knows that no
newer save is missing, this command lists them (ids and sizes) and removes them after a
confirmation: asked on a terminal, ``--yes`` in a script; no terminal and no ``--yes``
refuses and changes nothing. The GUI has the same in the Vault menu ("Remove leftover files…").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from app.errors import InvalidInput

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def human_size(size: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as file managers show them)."""
    value, unit = float(size), "bytes"
    for bigger in ("kB", "MB", "GB", "TB"):
        if round(value) < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"


def _ask(prompt: str) -> bool:
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:  # Ctrl-D: no
        print(file=sys.stderr)
        return False
    return line.strip().lower() in ("y", "yes")


def cmd_clean(args: argparse.Namespace) -> int:
    from app.cli import Secrets, emit_json, open_vault

    secrets = Secrets()
    service = open_vault(args.vault, secrets)
    try:
        found = service.leftovers()
        listing: dict[str, Any] = {
            "count": found.count,
            "bytes": found.total_bytes,
            "objects": [{"id": oid, "bytes": found.sizes[oid]} for oid in found.object_ids],
            "removed": False,
        }
        if not found.count:
            if args.json:
                emit_json(listing)
            else:
                print("Nothing to remove: every encrypted file belongs to a kept saved state.")
            return 0
        if not args.json:
            print(
                f"{found.count} encrypted file(s), {human_size(found.total_bytes)} in all, "
                "belong to no kept saved state of the vault:"
            )
            for oid in found.object_ids:
                print(f"  {oid}  {found.sizes[oid]} bytes")
        if not args.yes:
            if not secrets.interactive:
                if args.json:
                    emit_json(listing)
                raise InvalidInput(
                    "Nothing was removed: standard input is not a terminal, so the removal "
                    "must be confirmed with --yes."
                )
            if not _ask(
                f"Remove these {found.count} file(s) ({human_size(found.total_bytes)})? "
                "Only do so if no newer save of the vault is missing. [y/N] "
            ):
                if args.json:
                    emit_json(listing)
                print("Nothing was removed.", file=sys.stderr)
                return 1
        removed = service.remove_leftovers(found.object_ids)
        listing["removed"] = True
        listing["removed_count"] = removed.count
        listing["removed_bytes"] = removed.total_bytes
        if args.json:
            emit_json(listing)
        else:
            print(f"Removed {removed.count} leftover file(s), {human_size(removed.total_bytes)}.")
        return 0
    finally:
        service.lock()


def register(sub: Any, command: Command) -> None:
    p = command(
        "clean",
        cmd_clean,
        "list the encrypted files no kept saved state refers to (left by an interrupted save, "
        "or by a newer index file that is missing) and remove them after confirmation",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="remove without asking (required when standard input is not a terminal)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"count", "bytes", "objects": [{"id", "bytes"}], "removed"} as JSON',
    )
