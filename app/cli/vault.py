"""The vault itself: ``init``, ``demo``, ``check``, ``backup``, ``clean``.

``clean`` removes leftover encrypted files. Opening a vault never deletes anything. Object
files that no kept saved state (index generation) refers to are only reported, at open and by
``check``: an import or a save killed half-way leaves such files, and so does a newer index
file that is missing (a backup restored without it, a sync that delivered the objects first).
When the user knows that no newer save is missing, ``clean`` lists them (ids and sizes) and
removes them after a confirmation: asked on a terminal, ``--yes`` in a script; no terminal and
no ``--yes`` refuses and changes nothing. The GUI has the same in the Vault menu ("Remove
leftover files…").
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.common import Command, Progress, Secrets, ask, emit_json, opened, print_warnings
from app.errors import QT_TRANSLATE_NOOP, FileInTheWay, InvalidInput, VaultExists


def refuse_unusable_folder(path: Path) -> None:
    """Before asking for a password: a new vault goes into a new or an empty folder."""
    if os.path.lexists(path) and not path.is_dir():
        raise FileInTheWay(path=path)
    if path.is_dir() and any(path.iterdir()):
        raise VaultExists(path=path)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.vault_service import VaultService

    refuse_unusable_folder(Path(args.vault))
    password = Secrets().new_password([args.name or "", Path(args.vault).name])
    service, recovery = VaultService.create(args.vault, password, args.name or "")
    try:
        print(f"Created the vault {args.vault}.")
        print(
            "Recovery key (write it down and keep it apart from the computer; it is shown only once):"
        )
        print(recovery)
    finally:
        service.lock()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import build_demo_vault

    refuse_unusable_folder(Path(args.vault))
    password = Secrets().new_password()
    service, recovery = build_demo_vault(Path(args.vault), password)
    try:
        r = service.records
        print(
            f"Created the demo vault {args.vault}: {len(r.media)} photos, {len(r.buyers)} buyers, "
            f"{len(r.deals)} deals."
        )
        print("Recovery key (shown only once):")
        print(recovery)
    finally:
        service.lock()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """``check``: verify everything; ``--repair`` then drops the references to damaged
    matching data (recomputable: the photos are indexed again), in one save. Exit status 1 while
    a problem remains."""
    if args.backfill:
        if args.repair:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Give --backfill or --repair, not both.")
            )
        return backfill(args)
    from app.services.fingerprinting import Repair

    repair: Repair | None = None
    with opened(args.vault) as service:
        report = service.check()
        fixable = [p.object_id for p in report.problems if p.repairable]
        if args.repair:
            repair = service.repair_derived(fixable) if fixable else Repair()
        names = {m.id: m.name for m in service.records.media.values()}
    repaired = {r.object_id for r in repair.dropped} if repair else set()
    remaining = [p for p in report.problems if p.object_id not in repaired or not p.object_id]
    if args.json:
        doc: dict[str, Any] = {
            "ok": report.ok,
            "checked_objects": report.checked_objects,
            "problems": [
                {"what": str(p.what), "message": p.message, "repairable": p.repairable}
                for p in report.problems
            ],
            "warnings": [str(w) for w in report.warnings],
            "leftovers": report.leftovers,
        }
        if repair is not None:
            doc["repair"] = {
                "dropped": [
                    {"item_id": r.item_id, "name": names.get(r.item_id, ""), "key": r.key}
                    if r.item_id
                    else {"search_index": True}
                    for r in repair.dropped
                ],
                "photos_to_index": repair.photos,
                "search_index": repair.search_index,
                "remaining": len(remaining),
            }
        emit_json(doc)
        return 0 if not remaining else 1
    print_warnings(report.warnings)
    if report.ok:
        print(
            f"OK: the header, every saved index generation and "
            f"{report.checked_objects} stored object(s) are intact."
        )
        return 0
    for problem in report.problems:
        print(f"damaged: {problem.message}", file=sys.stderr)
    if repair is not None:
        if repair.dropped:
            print(
                f"Repaired: dropped {len(repair.dropped)} reference(s) to damaged matching data "
                "(one save). "
                + (
                    f"{repair.photos} photo(s) will be indexed again (by the next `match`, "
                    "`check --backfill` or the app). "
                    if repair.photos
                    else ""
                )
                + ("The search index is rebuilt by the next match. " if repair.search_index else "")
                + "The damaged files are kept until `clean` removes them."
            )
        else:
            print("Nothing to repair: no damaged matching data.")
        if not remaining:
            return 0
        print(
            f"{len(remaining)} problem(s) remain that --repair cannot fix (photos, "
            "attachments or records are never dropped); everything else is intact.",
            file=sys.stderr,
        )
        return 1
    fixable_count = sum(1 for p in report.problems if p.repairable)
    print(f"{len(report.problems)} problem(s) found; everything else is intact.", file=sys.stderr)
    if fixable_count:
        print(
            f"{fixable_count} of them are damaged matching data, which can be computed again: "
            "`check --repair` drops them so that the photos are indexed anew.",
            file=sys.stderr,
        )
    return 1


def backfill(args: argparse.Namespace) -> int:
    """``check --backfill``: compute the fingerprints photos imported before a fingerprint
    existed lack (one save per batch: an interrupted run resumes where it stopped)."""
    with opened(args.vault) as service:
        pending = service.pending_fingerprints()
        progress = Progress("indexing {done}/{total} {name}")
        try:
            report = service.backfill(progress) if pending else None
        finally:
            progress.done()
    if report is None:
        print("Nothing to index: every photo has its fingerprints.")
        return 0
    for item_id, sentence in report.errors:
        print(f"not indexed: {sentence} (id {item_id[:8]})", file=sys.stderr)
    print(f"Indexed {report.indexed} photo(s) for matching; {report.pending} still pending.")
    return 1 if report.errors else 0


def human_size(size: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as file managers show them)."""
    value, unit = float(size), "bytes"
    for bigger in ("kB", "MB", "GB", "TB"):
        if round(value) < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"


def cmd_clean(args: argparse.Namespace) -> int:
    secrets = Secrets()
    with opened(args.vault, secrets) as service:
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
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nothing was removed: standard input is not a terminal, so the removal "
                        "must be confirmed with --yes.",
                    )
                )
            if not ask(
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


def cmd_backup(args: argparse.Namespace) -> int:
    """``backup VAULT DEST``: a verified copy of the encrypted vault folder (see
    app/services/backup.py); restore is opening the copy where it lies."""
    from app.services import backup

    dest = Path(args.dest)
    backup.check_destination(dest, Path(args.vault))  # before asking for the password
    password = Secrets().read("Password: ")
    progress = Progress("{name}", quiet=args.json)

    def show(done: int, total: int, name: str) -> None:
        if name == backup.VERIFYING:
            progress(done, total, f"verifying the copy: {done}/{total} item(s)")
        else:
            progress(done, total, f"copying: {human_size(done)} of {human_size(total)}")

    with opened(args.vault, password=password) as service:
        try:
            report = backup.back_up(service, dest, password=password, progress=show)
        finally:
            progress.done()
    if args.json:
        emit_json(report.to_json())
        return 0
    print_warnings(report.warnings)
    print(
        f"Backed up {report.files} file(s), {human_size(report.bytes)}, to {report.destination} "
        f"and verified the copy: it opens with the password and its {report.checked_objects} "
        "stored object(s) are intact."
    )
    print("To restore, open the copy where it is (or copy the whole folder back first).")
    return 0


def register(command: Command) -> None:
    p = command(
        "init",
        cmd_init,
        "create a new vault in a new or empty folder and print its recovery key once; the "
        "password must be hard to guess (e.g. four or more unrelated words)",
    )
    p.add_argument("--name", help="your chosen name, as it appears on letters")

    command("demo", cmd_demo, "create a vault of generated sample data to explore")
    p = command("check", cmd_check, "verify every record and item; exit 1 naming what is damaged")
    p.add_argument(
        "--backfill",
        action="store_true",
        help="instead of checking: index the photos imported before a fingerprint existed "
        "(progress on stderr; an interrupted run resumes where it stopped)",
    )
    p.add_argument(
        "--repair",
        action="store_true",
        help="after checking: drop the references to damaged or missing matching data "
        "(recomputable: the photos are indexed again by the next match, check --backfill or "
        "the app), in one save; photos, attachments and records are never dropped, no file is "
        "deleted (clean removes them later). Exit 0 when nothing else is damaged",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"ok", "checked_objects", "problems": [{"what", "message", "repairable"}], '
        '"warnings", "leftovers"} and with --repair "repair": {"dropped": [{"item_id", "name", '
        '"key"} or {"search_index": true}], "photos_to_index", "search_index", "remaining"} as '
        "JSON",
    )

    p = command(
        "backup",
        cmd_backup,
        "copy the encrypted vault into DEST, a new or empty folder (a USB stick), while no "
        "change can run, then verify the copy by opening it read-only with the password and "
        "checking every item; a failed or unverified copy is removed again. Restore: open the "
        "copy",
    )
    p.add_argument("dest", metavar="DEST", help="a new or empty folder for the copy")
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"destination", "files", "bytes", "generation", "checked_objects", '
        '"backed_up_at", "warnings"} as JSON',
    )

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
