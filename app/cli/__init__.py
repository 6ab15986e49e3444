"""likeness-vault-cli: the whole vault without a screen, over the same services as the GUI.

Every feature of the app is also a command; ``likeness-vault-cli --help`` lists them and
``likeness-vault-cli COMMAND --help`` tells one. The commands live in one module per area
(vault, keys, media, buyers, deals, attachments, sightings, match, letters, evidence,
performer); what they share is in :mod:`app.cli.common`. Each module's ``register`` adds its
commands; a command whose options need a heavy module (letters, evidence: the PDF renderer)
adds them only when it is the command being run, so ``photos`` never loads reportlab.

Passwords: on a terminal they are prompted for without echo; otherwise the first line of
standard input is the password (for ``passwd``: the old one on line 1, the new one on line 2).
A new password must pass the floor of ``app.services.passwords`` (the recovery key need not).
Files written outside the vault are never replaced without --force or a "y" on the terminal;
deleting asks on a terminal or needs --yes.
IDs: the full id or any unique prefix of 4 or more characters; a letter also by its
LV-XXXXXXXX reference. An ambiguous prefix is refused, naming the candidates.
Exit status: 0 success, 1 a user error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

from app import __version__
from app.cli import (
    attachments,
    buyers,
    contract,
    deals,
    deliver,
    evidence,
    keys,
    letters,
    manifest,
    match,
    media,
    performer,
    sightings,
    vault,
)
from app.cli.common import ID_HELP, Secrets, emit_json, open_vault
from app.errors import UserError

__all__ = ["Secrets", "build_parser", "emit_json", "main", "open_vault"]

# the order of `--help`: first the vault, then what is in it
MODULES = (
    vault,
    keys,
    performer,
    media,
    buyers,
    deals,
    contract,
    deliver,
    attachments,
    sightings,
    match,
    letters,
    evidence,
    manifest,
)

Setup = Callable[[argparse.ArgumentParser], None]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``only``, the options of the other commands whose options need
    a heavy import are left out (they are not being run)."""
    parser = Parser(
        prog="likeness-vault-cli",
        description=(
            "Likeness Vault (肖像保险箱) without a screen: an encrypted record of the photos of "
            "your face you handed over, the buyers and the deals. Passwords are prompted for on "
            "a terminal, otherwise read from the first line(s) of standard input."
        ),
        epilog=ID_HELP + ".",
    )
    parser.add_argument("--version", action="version", version=f"likeness-vault {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=Parser
    )

    def command(
        name: str,
        func: Callable[[argparse.Namespace], int],
        help_: str,
        setup: Setup | None = None,
        vault: bool = True,
    ) -> argparse.ArgumentParser:
        # without a vault: no VAULT positional, and no records to name by their IDs
        epilog = ID_HELP + "." if vault else None
        p = sub.add_parser(name, help=help_, description=help_, epilog=epilog)
        if vault:
            p.add_argument("vault", metavar="VAULT", help="the vault folder")
        p.set_defaults(func=func)
        if setup is not None and (only is None or only == name):
            setup(p)
        return p

    for module in MODULES:
        module.register(command)
    return parser


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (the first word that is not an option), if any."""
    for word in argv:
        if word in ("-h", "--help", "--version"):
            return None
        if not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # building a command's options may import its module (and find its resources)
        parser = build_parser(chosen_command(argv) or "")
        args = parser.parse_args(argv)
        return int(args.func(args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): not an error of the vault
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(
            "error: interrupted; the vault is as it was at the last completed save.",
            file=sys.stderr,
        )
        return 1
    except Exception:
        if os.environ.get("LIKENESS_VAULT_DEBUG"):
            traceback.print_exc()
        print(
            "error: an unexpected internal error happened; the vault is as it was at the last "
            "completed save (set LIKENESS_VAULT_DEBUG=1 to see the details).",
            file=sys.stderr,
        )
        return 1
