"""The keys of a vault: ``passwd``, ``new-recovery-key``, ``rekey``.

``rekey`` renews the vault key when a password or recovery key may have leaked;
``new-recovery-key`` replaces only the recovery key (a lost or exposed sheet of paper).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import Command, Progress, Secrets, opened, print_warnings, vault_command

REKEY_HELP = (
    "renew the vault key: every item and record re-encrypted under a new key, a new recovery "
    "key printed once (the password stays; older saved states are dropped). Use it when an "
    "old password, an old copy of vault.json or the recovery key may have leaked"
)


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.services.vault_service import VaultService

    secrets = Secrets()
    if args.recovery_key:
        service = VaultService.open(args.vault, recovery_key=secrets.read("Recovery key: "))
    else:
        service = VaultService.open(args.vault, password=secrets.read("Current password: "))
    print_warnings(service.warnings)  # e.g. a header rewritten after a recovery-key open
    try:
        service.change_password(
            secrets.new_password([service.records.performer.display_name, Path(args.vault).name])
        )
        print("The password was changed; the recovery key stays the same.")
        print(
            "A computer that remembered the vault asks for the new password at its next open. "
            "An old copy of vault.json opens only with the old password and still decrypts "
            "what was saved before; if your old password or recovery key may have leaked, "
            f"also run: likeness-vault-cli rekey {args.vault}"
        )
        return 0
    finally:
        service.lock()


@vault_command
def cmd_new_recovery_key(args: argparse.Namespace, service: Any) -> int:
    recovery = service.new_recovery_key()
    print("The old recovery key no longer opens this vault; the password is unchanged.")
    print(
        "New recovery key (write it down and keep it apart from the computer; it is shown "
        "only once):"
    )
    print(recovery)
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    password = Secrets().read("Password: ")  # asked once: the rekey needs it again
    with opened(args.vault, password=password) as service:
        progress = Progress("re-encrypting {done}/{total}")
        recovery = service.rekey(password, progress)
        progress.done()
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
    return 0


def register(command: Command) -> None:
    p = command(
        "passwd",
        cmd_passwd,
        "change the password (old on line 1, new on line 2); the new one must be hard to guess",
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="unlock with the recovery key instead of the old password (forgotten password)",
    )
    command(
        "new-recovery-key",
        cmd_new_recovery_key,
        "replace the recovery key (the old one stops working) and print the new one once",
    )
    command("rekey", cmd_rekey, REKEY_HELP)
