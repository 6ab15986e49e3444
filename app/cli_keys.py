"""``likeness-vault-cli rekey``: renew the vault key when a password or recovery key may have
leaked. Registered by ``app.cli.build_parser`` like the other command modules."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

REKEY_HELP = (
    "renew the vault key: every item and record re-encrypted under a new key, a new recovery "
    "key printed once (the password stays; older saved states are dropped). Use it when an "
    "old password, an old copy of vault.json or the recovery key may have leaked"
)


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.cli import Secrets
    from app.services.vault_service import VaultService

    password = Secrets().read("Password: ")
    service = VaultService.open(args.vault, password=password)
    for warning in service.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int, name: str) -> None:
            if interactive:
                print(f"\rre-encrypting {done}/{total}", end="", file=sys.stderr, flush=True)

        recovery = service.rekey(password, progress)
        if interactive:
            print(file=sys.stderr)
        for warning in service.warnings:
            if "header copy could not be rewritten" in warning:
                print(f"warning: {warning}", file=sys.stderr)
        print(
            "The vault key was renewed: every item and record is now encrypted under a new "
            "key. The password is unchanged; the old recovery key and old copies of vault.json "
            "no longer open this vault."
        )
        print(
            "New recovery key (write it down and keep it apart from the computer; it is shown "
            "only once):"
        )
        print(recovery)
    finally:
        service.lock()
    return 0


def register(sub: Any, command: Command) -> None:
    del sub
    command("rekey", cmd_rekey, REKEY_HELP)
