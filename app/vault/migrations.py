"""Upgrades of the decrypted index document, one step per schema version.

The index document carries ``"schema": N``. Opening a vault runs every step from its version
up to ``SCHEMA_VERSION`` in memory; the upgraded document is written at the next save. Each
step gets a saved vault of the version it reads in ``tests/data/golden/`` (see tests/reliability/test_golden.py).
A step never loses a field it does not understand: unknown fields pass through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import UnsupportedVersion

SCHEMA_VERSION = 1

Step = Callable[[dict[str, Any]], dict[str, Any]]

# STEPS[n] upgrades a schema-n document to schema n+1.
STEPS: dict[int, Step] = {}


def upgrade(doc: dict[str, Any]) -> tuple[dict[str, Any], list[int]]:
    """Return the document at SCHEMA_VERSION and the list of versions it passed through."""
    version = doc.get("schema")
    if type(version) is not int or version < 1:
        raise UnsupportedVersion("The vault index names no valid schema version.")
    if version > SCHEMA_VERSION:
        raise UnsupportedVersion(
            f"This vault was saved by a newer Likeness Vault (records version {version}, this "
            f"app reads up to {SCHEMA_VERSION}); update the app to open it."
        )
    passed = []
    while version < SCHEMA_VERSION:
        passed.append(version)
        doc = STEPS[version](dict(doc))
        version += 1
        doc["schema"] = version
    return doc, passed
