"""Golden vaults: a vault saved by every released format/schema version opens, checks and
upgrades forever, and a format or schema change cannot land without a new golden vault.

Each ``tests/data/golden/format-F-schema-S/`` folder was written once by
``tests/data/make_golden.py`` of that release; ``format-F-schema-S.json`` beside it records the
password, the recovery key and every record and object hash the test must find.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.services.vault_service import VaultService
from app.vault import format, migrations
from tests.support import TESTS, record

GOLDEN = TESTS / "data" / "golden"
NAME = re.compile(r"^format-(\d+)-schema-(\d+)$")


def goldens() -> list[tuple[int, int, Path]]:
    found = []
    for path in sorted(GOLDEN.iterdir()):
        match = NAME.match(path.name)
        if match and path.is_dir():
            found.append((int(match.group(1)), int(match.group(2)), path))
    return found


def test_every_version_has_a_golden_vault() -> None:
    found = goldens()
    assert found, "tests/data/golden holds no golden vault"
    newest_format = max(f for f, _, _ in found)
    newest_schema = max(s for _, s, _ in found)
    assert newest_format >= format.FORMAT_VERSION, (
        f"FORMAT_VERSION is {format.FORMAT_VERSION} but the newest golden vault is format "
        f"{newest_format}: run tests/data/make_golden.py and commit its output"
    )
    assert newest_schema >= migrations.SCHEMA_VERSION, (
        f"SCHEMA_VERSION is {migrations.SCHEMA_VERSION} but the newest golden vault is schema "
        f"{newest_schema}: run tests/data/make_golden.py and commit its output"
    )


def _as_upgraded(records: dict[str, Any], schema: int) -> dict[str, Any]:
    """What an old release wrote, in the form the schema steps since then must give it
    (written out here, independently of app/vault/migrations.py)."""
    if schema < 2:  # 1 -> 2: media[].phash became media[].fingerprints["dhash64/1"]
        media = []
        for raw in records.get("media", []):
            item = {k: v for k, v in raw.items() if k != "phash"}
            item["fingerprints"] = {"dhash64/1": raw["phash"]} if raw.get("phash") else {}
            media.append(item)
        records = {**records, "media": media}
    if schema < 4:  # 3 -> 4: deals[].uses free text became ["other"] + uses_other, "" -> []
        deals = []
        for raw in records.get("deals", []):
            deal = dict(raw)
            text = raw.get("uses", "")
            deal["uses"] = ["other"] if text.strip() else []
            deal["uses_other"] = text if text.strip() else ""
            deals.append(deal)
        records = {**records, "deals": deals}
    if schema < 5:  # 4 -> 5: deals state no payment terms ("unstated", no detail)
        deals = []
        for raw in records.get("deals", []):
            deal = {
                **raw,
                "payment": "unstated",
                "payment_days": 0,
                "payment_date": "",
                "payment_text": "",
            }
            deals.append(deal)
        records = {**records, "deals": deals}
    return records


def _subset(expected: Any, actual: Any, where: str, exact: bool = True) -> None:
    """Every field the old release wrote is still there with its value (new fields may appear
    with their defaults, records are compared by id)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} is gone"
            _subset(value, actual[key], f"{where}.{key}", exact)
    elif (
        isinstance(expected, list)
        and expected
        and isinstance(expected[0], dict)
        and "id" in expected[0]
    ):
        by_id = {r["id"]: r for r in actual}
        assert len(by_id) == len(expected) or not exact, where
        for item in expected:
            _subset(item, by_id.get(item["id"]), f"{where}[{item['id'][:8]}]", exact)
    else:
        assert expected == actual, f"{where}: {expected!r} != {actual!r}"


@pytest.mark.parametrize("golden", [g[2] for g in goldens()], ids=[g[2].name for g in goldens()])
def test_golden_vault_opens_checks_and_upgrades(golden: Path, tmp_path: Path) -> None:
    expected = json.loads((golden.parent / f"{golden.name}.json").read_text(encoding="utf-8"))
    expected["records"] = _as_upgraded(expected["records"], expected["schema_version"])
    vault = tmp_path / golden.name
    shutil.copytree(golden, vault)
    service = VaultService.open(vault, expected["password"])
    try:
        upgrades = [w for w in service.warnings if "upgraded" in w]
        assert service.warnings == upgrades, service.warnings
        assert str(service.vault.vault_id) == expected["vault_id"]
        assert service.signing_public_key().hex() == expected["signing_public_key"]
        _subset(expected["records"], service.records.to_json(), "records")
        for oid, sha in expected["objects"].items():
            assert hashlib.sha256(service.vault.read_object_bytes(oid, oid)).hexdigest() == sha
        report = service.check()
        assert report.ok and not report.warnings, (report.problems, report.warnings)
        buyer = service.add_buyer("after the upgrade")  # written in the current format
    finally:
        service.lock()
    again = VaultService.open(vault, recovery_key=expected["recovery_key"])
    try:
        assert again.warnings == [], again.warnings
        _subset(expected["records"], again.records.to_json(), "records after a save", exact=False)
        assert buyer.id in again.records.buyers
        assert again.check().ok
    finally:
        again.lock()
    record(
        f"golden vault {golden.name}: opened (password and recovery key), "
        f"{len(expected['objects'])} objects match, saved and reopened in format "
        f"{format.FORMAT_VERSION}/schema {migrations.SCHEMA_VERSION}"
    )


def _derived_readers() -> dict[str, Any]:
    """This release's readers of the derived objects it registers (ValueError: unreadable)."""
    from app.matching import faces, features

    return {features.KEY: features.Features.from_bytes, faces.KEY: faces.from_bytes}


def check_derived_data(golden: Path, tmp_path: Path) -> tuple[int, bool]:
    """The golden vault's derived objects are read by this release's readers (or belong to a
    version it no longer registers: the back-fill replaces them), the back-fill then leaves
    nothing pending and reports nothing, the search index (the golden cache object, or rebuilt)
    holds exactly the photos with features, and the golden face photo matches itself.
    Returns (derived objects read, whether the golden cache object was used)."""
    from app.domain.models import NO_OBJECT
    from app.matching import fingerprints
    from app.media import query
    from app.services.matching import FEATURES_KEY

    expected = json.loads((golden.parent / f"{golden.name}.json").read_text(encoding="utf-8"))
    vault = tmp_path / golden.name
    shutil.copytree(golden, vault)
    service = VaultService.open(vault, expected["password"])
    try:
        readers = _derived_readers()
        registered = {fp.key for fp in fingerprints.registered()}
        read = 0
        for item in service.records.media.values():
            for key, oid in item.derived.items():
                if oid == NO_OBJECT:
                    continue
                data = service.vault.read_object_bytes(oid, key)
                if key in readers:
                    readers[key](data)  # a release that cannot read it must bump the version
                    read += 1
                else:
                    assert key not in registered, f"{key} is registered but has no reader here"
        report = service.backfill()
        assert not report.errors and report.pending == 0, report
        index = service.matching.index()
        used = service.matching.stats.cache_read
        with_features = {
            m.id
            for m in service.records.media.values()
            if m.derived.get(FEATURES_KEY, NO_OBJECT) != NO_OBJECT
        }
        assert index.item_ids() == with_features
        faces = [m for m in service.records.media.values() if "face" in m.name]
        for item in faces:
            kind, frames = query.frames_from_bytes(item.name, service.original_bytes(item.id))
            result = service.matching.match_frames(item.name, kind, frames)
            assert result.matches and result.matches[0].item_id == item.id, result
        assert service.check().ok
    finally:
        service.lock()
    return read, used


@pytest.mark.parametrize("golden", [g[2] for g in goldens()], ids=[g[2].name for g in goldens()])
def test_golden_derived_data_is_read_or_recomputed(golden: Path, tmp_path: Path) -> None:
    read, used = check_derived_data(golden, tmp_path)
    record(
        f"golden vault {golden.name}: {read} derived objects read by this release, search "
        f"index {'read from its cache object' if used else 'rebuilt'}"
    )
