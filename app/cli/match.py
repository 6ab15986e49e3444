"""Matching: ``match`` (which of your photos a screenshot or a clip shows, and who bought it)
and ``face-matching`` (turn the comparison of faces on or off).

``match`` first indexes the photos the background queue has not reached yet (progress on
stderr), then matches every input; an input that cannot be read is reported and the others go
on. When the indexing cannot be stored (a full disk), the photos already indexed are searched
and the result says how many were not ("not_indexed" in --json, a line of text). Exit status: 0 when at least one input was read (even if nothing matched, or another input
was refused), 1 when none could be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    Command,
    Progress,
    add_json,
    add_yes,
    confirm_delete,
    emit_json,
    print_warnings,
    vault_command,
)

if TYPE_CHECKING:
    from app.matching.results import InputResult, ItemMatch
    from app.services.attachments import FileData
    from app.services.vault_service import VaultService


def index_pending(service: VaultService, quiet: bool) -> None:
    """Index what the back-fill has pending (so that every photo is searched); progress and
    the photos that could not be indexed on stderr."""
    pending = service.matching.pending()
    if not pending:
        return
    print(f"Indexing {pending} photo(s) not indexed yet first...", file=sys.stderr)
    progress = Progress("Indexing photos {done}/{total} {name}", quiet=quiet)
    try:
        report = service.matching.index_pending(progress)  # a full disk: not refused
    finally:
        progress.done()
    for item_id, sentence in report.errors:
        print(f"warning: photo {item_id[:8]} was not indexed: {sentence}", file=sys.stderr)
    failed = service.matching.indexing_failed
    if failed is not None and not report.errors:
        print(f"warning: the photos were not indexed: {failed}", file=sys.stderr)


def run_match(
    service: VaultService, inputs: list[str], faces: bool, quiet: bool
) -> list[InputResult]:
    """Index what is pending, then match ``inputs``; the photos left out of the search are
    named on stderr."""
    service.matching.require_faces(faces)  # before the indexing, not after
    index_pending(service, quiet)
    reading = Progress("Reading the search index {done}/{total} {name}", quiet=quiet)
    try:
        service.matching.read(faces, reading)  # the photos the cached index lacks (or all)
    finally:
        reading.done()
    progress = Progress("Matching {done}/{total} {name}", quiet=quiet)
    try:
        # a photo whose stored matching data turns out damaged is indexed again at once
        results = service.matching.match(
            inputs, faces=faces, progress=progress, index_pending=False, compute_damaged=True
        )
    finally:
        progress.done()
    print_warnings([str(sentence) for _, sentence in service.matching.unsearchable()])
    return results


def describe(service: VaultService, match: ItemMatch) -> str:
    """One line: ``IMG_2402.jpg (set 2025-03-02) strong, features, sold to 小鱼 (deal 1a2b3c4d)``."""
    records = service.records
    item = records.media.get(match.item_id)
    name = match.item_name + (f" (set {item.set_name})" if item and item.set_name else "")
    words = [f"{name} {match.band}", match.method]
    if match.frame.time is not None:
        words.append(f"at {match.frame.time:.1f} s")
    sold = []
    for deal_id in match.deal_ids:
        deal = records.deals.get(deal_id)
        buyer = records.buyers.get(deal.buyer_id) if deal else None
        if buyer is not None:
            sold.append(f"{buyer.name} (deal {deal_id[:8]})")
    words.append("sold to " + ", ".join(sold) if sold else "in no deal")
    copy = match.delivered_copy
    if copy is not None:  # docs/matching.md "Naming a buyer"
        if copy.band == "strong":
            words.append(f"the copy given to {copy.buyer.name} (code {copy.code})")
        else:
            why = COPY_REASONS.get(copy.reason, "the reading is not sure")
            words.append(
                f"possibly the copy given to {copy.buyer.name} (code {copy.code}; {why}: "
                "please check; notices do not name this buyer)"
            )
    return ", ".join(words)


COPY_REASONS = {
    "small": "too small to tell buyers' copies apart",
    "few-points": "too few points matched",
    "neighbour": "another buyer's code is nearly as close",
    "off-code": "its geometry is not close enough to the code",
}


def photos_from_match(service: VaultService, path: str, quiet: bool) -> list[ItemMatch]:
    """``add-sighting --from-match``: the photos the image shows (every "strong" match, or the
    best one when none is strong); refused with a sentence when it cannot be read or matches
    nothing (then nothing is saved). What was taken is said on stderr."""
    from app.errors import QT_TRANSLATE_NOOP, BadMedia, NotFound
    from app.services.matching import chosen_photos

    [result] = run_match(service, [path], faces=False, quiet=quiet)
    if result.error is not None:
        raise BadMedia(result.error.template, **result.error.params)
    if not result.matches:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "{name} shows none of the photos in this vault; no sighting was recorded."
            ),
            name=Path(path).name,
        )
    chosen = chosen_photos(result.matches)
    for match in chosen:
        print(f"matched: {describe(service, match)}", file=sys.stderr)
    return chosen


def frame_picture(path: str, match: ItemMatch) -> FileData:
    """The frame of a clip a photo was found in, as a PNG made in memory (a notice needs a
    picture; the clip itself is stored too): ``<clip name>-12.5s.png``."""
    import io

    from app.services.attachments import FileData

    out = io.BytesIO()
    match.frame.image.save(out, "PNG")
    return FileData(f"{Path(path).stem}-{match.frame.time or 0:.1f}s.png", out.getvalue())


@vault_command
def cmd_match(args: argparse.Namespace, service: VaultService) -> int:
    results = run_match(service, args.inputs, args.faces, quiet=args.json)
    for result in results:
        if result.error is not None:
            print(f"error: {result.error}", file=sys.stderr)
    if args.json:
        emit_json([r.to_json() for r in results])
    else:
        for result in results:
            if result.error is not None:
                print(f"{result.input}: not read (error above)")
            elif not result.matches:
                print(f"{result.input}: no match")
            else:
                print(f"{result.input}:")
                for rank, match in enumerate(result.matches, 1):
                    print(f"  {rank}. {describe(service, match)}")
        if searched := [r for r in results if r.not_indexed]:
            first = searched[0]
            print(
                f"{first.not_indexed} photo(s) could not be indexed and were not searched: "
                f"{first.not_indexed_reason}; the photos already indexed were searched."
            )
    return 0 if any(r.error is None for r in results) else 1


@vault_command
def cmd_face_matching(args: argparse.Namespace, service: VaultService) -> int:
    from app.services.matching import FACES_KEY

    on = args.state == "on"
    had = sum(1 for m in service.records.media.values() if FACES_KEY in m.derived)
    if not on and had and not confirm_delete(f"the face data of {had} photo(s)", args.yes):
        return 1
    changed = service.records.matching.face_matching != on
    removed = service.set_face_matching(on)
    if on:
        print(
            "Face matching is on: the faces of your photos are indexed (match indexes what is "
            "pending first)."
            if changed
            else "Face matching was already on."
        )
    else:
        print(
            f"Face matching is off; the face data of {removed} photo(s) was deleted."
            if changed
            else "Face matching was already off."
        )
    return 0


def register(command: Command) -> None:
    p = command(
        "match",
        cmd_match,
        "find which of your photos a screenshot or clip shows, and the buyers and deals it "
        "traces back to (photos not yet indexed are indexed first; if that cannot be saved, "
        "e.g. the disk is full, the photos already indexed are searched and the others "
        "counted). Exit status 0 when at least one input was read, 1 when none could be.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="IMAGE_OR_VIDEO",
        help="a screenshot, a frame or a short screen recording (JPEG, PNG, WebP, HEIC, MP4, "
        "MOV...); an unreadable one is reported and the others go on",
    )
    p.add_argument(
        "--faces",
        action="store_true",
        help="also compare the faces in each frame with the faces in your photos (face "
        "matching must be on: see face-matching)",
    )
    add_json(
        p,
        'per input {"input", "kind", "frames_examined", "matches": [{"item_id", "name", "score", '
        '"band", "method", "buyers", "deals", "frame_time", "region", "details", and '
        '"delivered_copy" {"buyer", "deal", "code", "confidence", "band", "width", "reason"} '
        'when a delivery copy was recognised}], "error" '
        'when it could not be read, "not_indexed" and "not_indexed_reason" when photos could '
        "not be indexed and were not searched}",
    )

    p = command(
        "face-matching",
        cmd_face_matching,
        "turn face matching on (face embeddings of your photos are computed and kept "
        "encrypted in the vault) or off (they are all deleted; asks on a terminal, --yes in a "
        "script). An older saved state put back later never turns it on again",
    )
    p.add_argument("state", choices=("on", "off"))
    add_yes(p)
