"""Upgrades of the decrypted index document, one step per schema version.

The index document carries ``"schema": N``. Opening a vault runs every step from its version
up to ``SCHEMA_VERSION`` in memory; the upgraded document is written at the next save. Each
step gets a saved vault of the version it reads in ``tests/data/golden/`` (see tests/reliability/test_golden.py).
A step never loses a field it does not understand: unknown fields pass through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, UnsupportedVersion

SCHEMA_VERSION = 5

Step = Callable[[dict[str, Any]], dict[str, Any]]


def _fingerprints_from_phash(doc: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: ``media[].phash`` (a 64-bit dHash, 16 hex) becomes
    ``media[].fingerprints["dhash64/1"]`` (app/matching/fingerprints.py computes the same
    value from the same reduced decode); an empty ``phash`` (clips, voice) becomes ``{}``.

    The key is written out here, not taken from the registry: a step upgrades to the schema
    it names, whatever later releases register."""
    records = doc.get("records")
    if not isinstance(records, dict) or not isinstance(records.get("media"), list):
        return doc
    media = []
    for raw in records["media"]:
        if isinstance(raw, dict) and ("phash" in raw or "fingerprints" not in raw):
            raw = dict(raw)
            phash = raw.pop("phash", "")
            fingerprints = raw.get("fingerprints")
            fingerprints = dict(fingerprints) if isinstance(fingerprints, dict) else {}
            if isinstance(phash, str) and phash:
                fingerprints.setdefault("dhash64/1", phash)
            raw["fingerprints"] = fingerprints
        media.append(raw)
    doc["records"] = {**records, "media": media}
    return doc


def _derived_objects(doc: dict[str, Any]) -> dict[str, Any]:
    """2 -> 3: media records may own derived objects (``media[].derived``: local features, face
    embeddings) and the records hold the matching state (``matching``: the face-matching
    choice, the search index object). Nothing to convert: both start empty. The step exists
    so that a release reading schema 2 refuses a schema-3 vault instead of opening it and
    dropping, at its next save, the references that keep those objects."""
    return doc


def _uses_vocabulary(doc: dict[str, Any]) -> dict[str, Any]:
    """3 -> 4: ``deals[].uses`` (free text) becomes a list of keys of the uses vocabulary
    (app/domain/uses.py) with ``deals[].uses_other`` holding the text of "other": the old text
    is kept word for word as "other"; an empty text becomes no use at all (``[]``, ``""``).

    The key "other" is written out here, not taken from the vocabulary: a step upgrades to the
    schema it names. A deal already in the new form (a list) is left as it is."""
    records = doc.get("records")
    if not isinstance(records, dict) or not isinstance(records.get("deals"), list):
        return doc
    deals = []
    for raw in records["deals"]:
        if isinstance(raw, dict) and not isinstance(raw.get("uses"), list):
            raw = dict(raw)
            old = raw.get("uses")
            text = old if isinstance(old, str) else ""
            if text.strip():
                raw["uses"] = ["other"]
                raw["uses_other"] = text
            else:
                raw["uses"] = []
                raw.setdefault("uses_other", "")
        deals.append(raw)
    doc["records"] = {**records, "deals": deals}
    return doc


def _payment_terms(doc: dict[str, Any]) -> dict[str, Any]:
    """4 -> 5: deals state how and when the price is paid (``deals[].payment``, one of
    app/domain/payment.py, with ``payment_days`` / ``payment_date`` / ``payment_text``). A deal
    of an older vault said nothing about it: ``"unstated"`` (the words are written out here, not
    taken from the vocabulary). A deal that already has the field keeps it. The step also makes
    a release reading schema 4 refuse a schema-5 vault instead of dropping the payment terms at
    its next save."""
    records = doc.get("records")
    if not isinstance(records, dict) or not isinstance(records.get("deals"), list):
        return doc
    deals = []
    for raw in records["deals"]:
        if isinstance(raw, dict) and "payment" not in raw:
            raw = {
                **raw,
                "payment": "unstated",
                "payment_days": 0,
                "payment_date": "",
                "payment_text": "",
            }
        deals.append(raw)
    doc["records"] = {**records, "deals": deals}
    return doc


# STEPS[n] upgrades a schema-n document to schema n+1.
STEPS: dict[int, Step] = {
    1: _fingerprints_from_phash,
    2: _derived_objects,
    3: _uses_vocabulary,
    4: _payment_terms,
}


def upgrade(doc: dict[str, Any]) -> tuple[dict[str, Any], list[int]]:
    """Return the document at SCHEMA_VERSION and the list of versions it passed through."""
    version = doc.get("schema")
    if type(version) is not int or version < 1:
        raise UnsupportedVersion(
            QT_TRANSLATE_NOOP("errors", "The vault index names no valid schema version.")
        )
    if version > SCHEMA_VERSION:
        raise UnsupportedVersion(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault was saved by a newer Likeness Vault (records version {version}, this "
                "app reads up to {known}); update the app to open it.",
            ),
            version=version,
            known=SCHEMA_VERSION,
        )
    passed = []
    while version < SCHEMA_VERSION:
        passed.append(version)
        doc = STEPS[version](dict(doc))
        version += 1
        doc["schema"] = version
    return doc, passed
