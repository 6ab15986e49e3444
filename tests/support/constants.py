"""Passwords, the fast KDF and the repository's paths, shared by every test."""

from __future__ import annotations

from pathlib import Path

from app.vault import crypto

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent

# The smallest Argon2id parameters the header bounds allow: tests stay fast, the code path is
# the real one. Product defaults are tested on their own (tests/unit/test_crypto.py).
FAST_KDF = crypto.Argon2Params(memory_kib=16 * 1024, iterations=2, lanes=1)

# Vaults made directly through VaultService use PASSWORD (the floor of
# app.services.passwords is enforced where a person chooses a password, not in the service).
PASSWORD = "correct horse 电池 staple"

# Passwords above the floor of app.services.passwords (docs/vault-format.md, "Password floor"),
# for what a user types at `init`, `passwd`, `demo` and the GUI's wizard and change-password
# dialog.
NEW_PASSWORD = "新的密码 new password"
OTHER_PASSWORD = "river otter 钥匙 lantern"
