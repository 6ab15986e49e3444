"""The one rule for every CLI command that writes a file outside the vault.

An existing output file is never replaced silently: ``--force`` replaces it; on a terminal the
command asks (y/N); in a script (no terminal) it refuses with ``OutputExists``. A file name
taken from a record (a photo's original name, an attachment's) is made safe before it is put
under an output folder, so ``../escaped.jpg`` stays inside that folder.

Commands call ``claim_output`` before they open the vault when the path is known up front (no
password asked for nothing), and pass the answer on as the service's ``overwrite`` flag.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.errors import OutputExists


def confirm_overwrite(path: Path) -> bool:
    """Ask on a terminal; a script (no terminal) never gets a silent overwrite."""
    if not (sys.stdin is not None and sys.stdin.isatty()):
        return False
    # the question goes to stderr: stdout may be a --json document piped somewhere
    print(f"{path} exists. Replace it? [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    if not answer:  # Ctrl-D: no
        print(file=sys.stderr)
    return answer.strip().lower() in ("y", "yes")


def claim_output(path: Path, force: bool, error: type[OutputExists] = OutputExists) -> bool:
    """Whether ``path`` may be replaced: False when nothing is there, True when it exists and
    ``--force`` was given or the user said yes. Raises ``error`` (a sentence naming the file
    and ``--force``) when it exists and replacing it was not allowed, or when it is a folder."""
    if path.is_dir():
        raise error(f"{path} is a folder; give the name of a file to write.")
    if not os.path.lexists(path):
        return False
    if force or confirm_overwrite(path):
        return True
    raise error(f"{path} already exists; it was left as it is (pass --force to replace it).")


def safe_output_name(name: str, fallback: str) -> str:
    """A record's file name fit to be joined to an output folder: one path component, nothing
    that climbs out (``..``), no control or reserved characters (the evidence bundle's rule)."""
    from app.services.evidence import safe_file_name

    return safe_file_name(name, fallback)


def add_force(p: argparse.ArgumentParser, what: str = "the output file") -> None:
    p.add_argument(
        "--force",
        action="store_true",
        help=f"replace {what} if it exists (otherwise: asked on a terminal, refused in a script)",
    )
