"""Damaged derived data is computed again: a photo never silently stops matching.

A photo's stored local features (``orb/1``) are damaged in every way a file can be: truncated,
a flipped byte, the file deleted, replaced by another photo's features file of the same vault
(right key, another object id), by the same photo's features file of another vault (another
key), or the record pointing to a valid object of an older features format. Then:

- ``check()`` names it, marked repairable;
- a ``match`` (the CLI's way: pending photos first) answers for the other photos, marks the
  object damaged, computes it again in the same run and finds the damaged photo at rank 1;
  afterwards ``check()`` is clean and the records are equal but for that one reference;
- the GUI's way (``index_pending=False``) leaves the photo out of that search, names it, counts
  it as pending, and the next back-fill computes it;
- ``check --repair`` drops the reference (and a damaged search index cache), in one save, then
  ``check`` is clean, nothing else changed, the damaged file is still there (``clean``'s), and
  ``match`` finds the photo again; a face object (the test registry's) is repaired the same way;
- a full disk or an I/O error at every file-system call of the repair's save changes nothing.

Photographs: scikit-image's bundled samples (astronaut: NASA, public domain; chelsea, coffee:
CC0; rocket: SpaceX, CC0), at most 640 pixels.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import NO_OBJECT, Records
from app.errors import WriteFailed
from app.matching import fingerprints
from app.services.matching import FEATURES_KEY
from app.services.vault_service import VaultService
from tests.reliability.test_damage_matching import best, by_name, jpeg, make_vault, picture, query
from tests.reliability.test_kill_backfill_objects import FACE, REGISTRY
from tests.support import PASSWORD, jpeg_bytes, new_service, record, records_digest
from tests.support.faults import files_snapshot, inject
from tests.support.runners import Runner

NAMES = ("astronaut", "chelsea", "coffee")
DAMAGES = ("truncated", "flipped", "deleted", "other photo", "other vault", "older format")


def without(records: Records, drop: set[tuple[str, str]], cache: bool = False) -> dict[str, Any]:
    """The records as JSON without the derived references ``drop`` ((item id, key)) and,
    with ``cache``, without the search index cache reference."""
    doc: dict[str, Any] = json.loads(json.dumps(records.to_json()))
    for item in doc["media"]:
        for item_id, key in drop:
            if item["id"] == item_id:
                item["derived"].pop(key, None)
    if cache:
        doc["matching"]["index_object_id"] = ""
    return doc


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault of NAMES, indexed, its search index cache saved, to copy (and "theirs": the
    same photos in another vault)."""
    root = tmp_path_factory.mktemp("built")
    for name in ("vault", "theirs"):
        service = make_vault(root / name, NAMES)
        try:
            assert best(service, query(root, "coffee"))[:1] == ["coffee.jpg"]
        finally:
            service.lock()
    return root


def copy_of(built: Path, tmp: Path) -> VaultService:
    """The built vault copied to ``tmp`` and opened (theirs copied beside it)."""
    shutil.copytree(built / "vault", tmp / "vault")
    shutil.copytree(built / "theirs", tmp / "theirs")
    return VaultService.open(tmp / "vault", PASSWORD)


def damage(service: VaultService, tmp: Path, item_id: str, how: str) -> str:
    """Damage the photo's features object; returns the object id the record now names."""
    item = service.records.media[item_id]
    oid = item.derived[FEATURES_KEY]
    path = service.vault.object_path(oid)
    if how == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif how == "flipped":
        data = bytearray(path.read_bytes())
        data[len(data) // 3] ^= 0x20
        path.write_bytes(bytes(data))
    elif how == "deleted":
        path.unlink()
    elif how == "other photo":
        other = next(m for m in service.records.media.values() if m.id != item_id)
        shutil.copyfile(service.vault.object_path(other.derived[FEATURES_KEY]), path)
    elif how == "other vault":
        theirs = (
            VaultService.open(tmp / "theirs", PASSWORD)
            if (tmp / "theirs").is_dir()
            else make_vault(tmp / "theirs", (item.name.removesuffix(".jpg"),))
        )
        try:
            twin = next(m for m in theirs.records.media.values() if m.name == item.name)
            shutil.copyfile(theirs.vault.object_path(twin.derived[FEATURES_KEY]), path)
        finally:
            theirs.lock()
    elif how == "older format":
        blob = bytearray(service.vault.read_object_bytes(oid, "features"))
        blob[4] = 0  # the format version byte of app/matching/features.py: 0 is not 1
        with service.transaction() as records:
            oid = service.vault.put_object(bytes(blob))[0]
            records.media[item_id] = dataclasses.replace(
                item, derived={**item.derived, FEATURES_KEY: oid}
            )
    else:
        raise AssertionError(how)
    return oid


def assert_named(service: VaultService, item_id: str, oid: str) -> None:
    report = service.check()
    assert [p.object_id for p in report.problems] == [oid], [str(p) for p in report.problems]
    [problem] = report.problems
    assert problem.repairable
    name = service.records.media[item_id].name
    assert f"matching data {FEATURES_KEY} of photo {name}" in str(problem.what), problem


@pytest.mark.parametrize("how", DAMAGES)
def test_match_computes_damaged_features_again_and_finds_the_photo(
    tmp_path: Path, how: str, built: Path
) -> None:
    service = copy_of(built, tmp_path)
    try:
        coffee = by_name(service, "coffee")
        oid = damage(service, tmp_path, coffee, how)
        before = without(service.records, {(coffee, FEATURES_KEY)}, cache=True)
    finally:
        service.lock()
    opened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        assert_named(opened, coffee, oid)
        assert opened.matching.pending() == 0  # not known yet: nothing read it
        # the CLI's match: the others answer, the damaged photo is computed again and found
        results = opened.matching.match([query(tmp_path, n) for n in NAMES])
        assert [r.matches[0].item_name for r in results] == [f"{n}.jpg" for n in NAMES]
        new = opened.records.media[coffee].derived[FEATURES_KEY]
        assert new not in (oid, NO_OBJECT)
        assert opened.matching.unsearchable() == [] and opened.matching.pending() == 0
        report = opened.check()
        assert report.ok, [str(p) for p in report.problems]
        assert without(opened.records, {(coffee, FEATURES_KEY)}, cache=True) == before
        if how != "deleted":  # never deleted outside clean: a leftover once no state names it
            assert opened.vault.object_path(oid).exists()
    finally:
        opened.lock()
    record(f"damaged features ({how}): computed again by match, found at rank 1, check clean")


def test_the_guis_match_leaves_the_photo_out_and_the_queue_computes_it(tmp_path: Path) -> None:
    service = make_vault(tmp_path / "vault", NAMES)
    try:
        best(service, query(tmp_path, "chelsea"))
        chelsea = by_name(service, "chelsea")
        oid = damage(service, tmp_path, chelsea, "flipped")
    finally:
        service.lock()
    opened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        generation = opened.vault.generation
        [astronaut, _] = opened.matching.match(
            [query(tmp_path, "astronaut"), query(tmp_path, "chelsea")], index_pending=False
        )
        assert astronaut.matches[0].item_name == "astronaut.jpg"
        [(item_id, sentence)] = opened.matching.unsearchable()
        assert item_id == chelsea and "chelsea.jpg" in sentence and "left out" in sentence
        assert opened.matching.pending() == 1 == opened.pending_fingerprints()
        assert opened.vault.generation == generation  # the marking itself saves nothing
        report = opened.backfill()  # the GUI's queue
        assert report.indexed == 1 and report.pending == 0 and not report.errors
        assert opened.records.media[chelsea].derived[FEATURES_KEY] != oid
        [result] = opened.matching.match([query(tmp_path, "chelsea")], index_pending=False)
        assert result.matches[0].item_name == "chelsea.jpg"
        assert opened.matching.unsearchable() == []
        assert opened.check().ok
    finally:
        opened.lock()


def test_check_repair_drops_damaged_matching_data_then_check_is_clean(
    tmp_path: Path, run: Runner
) -> None:
    vault = tmp_path / "vault"
    service = make_vault(vault, NAMES)
    try:
        best(service, query(tmp_path, "astronaut"))  # the search index cache is saved
        astronaut = by_name(service, "astronaut")
        oid = damage(service, tmp_path, astronaut, "truncated")
        cache = service.records.matching.index_object_id
        assert cache
        service.vault.object_path(cache).write_bytes(b"not an object")
        before = without(service.records, {(astronaut, FEATURES_KEY)}, cache=True)
        generation = service.vault.generation
    finally:
        service.lock()

    plain = run("check", vault)
    assert plain.code == 1
    assert "2 of them are damaged matching data" in plain.err and "--repair" in plain.err

    result = run("check", vault, "--repair", "--json")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert not doc["ok"] and all(p["repairable"] for p in doc["problems"])
    assert doc["repair"] == {
        "dropped": [
            {"item_id": astronaut, "name": "astronaut.jpg", "key": FEATURES_KEY},
            {"search_index": True},
        ],
        "photos_to_index": 1,
        "search_index": True,
        "remaining": 0,
    }
    again = run("check", vault)
    assert again.code == 0 and again.out.startswith("OK"), (again.out, again.err)
    nothing = run("check", vault, "--repair")
    assert nothing.code == 0 and "OK" in nothing.out

    opened = VaultService.open(vault, PASSWORD)
    try:
        assert opened.vault.generation == generation + 1  # one save
        assert without(opened.records, set()) == before  # nothing else changed
        assert opened.vault.object_path(oid).exists()  # a leftover for clean, not deleted
        assert opened.vault.object_path(cache).exists()
        assert opened.pending_fingerprints() == 1
    finally:
        opened.lock()
    found = run("match", vault, query(tmp_path, "astronaut"), "--json")
    assert found.code == 0, found.err
    assert json.loads(found.out)[0]["matches"][0]["name"] == "astronaut.jpg"
    final = run("check", vault, "--json")
    assert final.code == 0 and json.loads(final.out)["ok"], final.out
    record("check --repair: 1 features object + the search index cache dropped, check clean")


def test_repair_leaves_photos_and_other_damage_alone(tmp_path: Path, run: Runner) -> None:
    vault = tmp_path / "vault"
    service = make_vault(vault, NAMES)
    try:
        coffee = by_name(service, "coffee")
        chelsea = service.records.media[by_name(service, "chelsea")]
        oid = damage(service, tmp_path, coffee, "deleted")
        photo = service.vault.object_path(chelsea.object_id)
        data = bytearray(photo.read_bytes())
        data[len(data) // 2] ^= 1
        photo.write_bytes(bytes(data))
    finally:
        service.lock()
    result = run("check", vault, "--repair")
    assert result.code == 1
    assert "Repaired: dropped 1 reference" in result.out
    assert "1 problem(s) remain" in result.err
    opened = VaultService.open(vault, PASSWORD)
    try:
        report = opened.check()
        [problem] = report.problems
        assert problem.object_id == chelsea.object_id and not problem.repairable
        assert opened.records.media[chelsea.id] == chelsea  # the photo's record untouched
        assert FEATURES_KEY not in opened.records.media[coffee].derived
        assert opened.repair_derived([chelsea.object_id]).dropped == []  # never a photo
        assert oid not in {v for m in opened.records.media.values() for v in m.derived.values()}
    finally:
        opened.lock()


def test_a_damaged_face_object_is_repaired_and_computed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fingerprints, "REGISTRY", REGISTRY)
    service = new_service(tmp_path / "vault", "faces")
    try:
        service.import_photo_data([(f"IMG_{i}.jpg", jpeg_bytes(i, (320, 240))) for i in range(4)])
        service.set_face_matching(True)
        assert service.backfill().pending == 0
        item = next(m for m in service.records.media.values() if m.derived[FACE.key] != NO_OBJECT)
        oid = item.derived[FACE.key]
        service.vault.object_path(oid).unlink()
        report = service.check()
        assert [(p.object_id, p.repairable) for p in report.problems] == [(oid, True)]
        repair = service.repair_derived()
        assert repair.photos == 1 and [r.key for r in repair.dropped] == [FACE.key]
        assert service.pending_fingerprints() == 1
        assert service.backfill().indexed == 1
        assert service.records.media[item.id].derived[FACE.key] not in (oid, NO_OBJECT)
        assert service.check().ok
    finally:
        service.lock()


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO])
def test_a_failing_save_during_repair_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int
) -> None:
    service = make_vault(tmp_path / "vault", ("astronaut", "chelsea"))
    try:
        best(service, query(tmp_path, "astronaut"))
        damaged = [
            damage(service, tmp_path, by_name(service, n), "flipped")
            for n in ("astronaut", "chelsea")
        ]
        failures = 0
        for k in range(1, 200):
            before_files = files_snapshot(service.path)
            before_records = records_digest(service.records)
            with inject(monkeypatch, service.path, err, k) as inj:
                try:
                    repair = service.repair_derived()
                except WriteFailed as exc:
                    assert inj.fired is not None
                    assert "nothing was changed" in str(exc), str(exc)
                    assert files_snapshot(service.path) == before_files, f"k={k}: files changed"
                    assert records_digest(service.records) == before_records, f"k={k}"
                    failures += 1
                    continue
            assert inj.fired is None, f"k={k}: the {inj.fired} failure was swallowed"
            break
        assert failures >= 3, failures
        assert sorted(r.object_id for r in repair.dropped) == sorted(damaged)
        assert service.check().ok
    finally:
        service.lock()
    record(f"repair under {errno.errorcode[err]}: {failures} failing calls, nothing changed")


def test_nothing_damaged_saves_nothing(tmp_path: Path) -> None:
    service = make_vault(tmp_path / "vault", ("coffee",))
    try:
        generation = service.vault.generation
        assert service.repair_derived().dropped == []
        assert service.vault.generation == generation
        assert jpeg(picture("coffee"))  # the sample is there (the test is not vacuous)
    finally:
        service.lock()


def test_a_full_disk_while_computing_again_leaves_the_photo_out_and_says_so(
    tmp_path: Path,
) -> None:
    """Every write fails (a full disk): the match answers for the other photos, the damaged
    one is left out, named and counted in ``not_indexed``, and the vault is byte-identical."""
    from tests.reliability.test_match_full_disk import disk_full

    service = make_vault(tmp_path / "vault", NAMES)
    try:
        best(service, query(tmp_path, "coffee"))
        coffee = by_name(service, "coffee")
        oid = damage(service, tmp_path, coffee, "flipped")
    finally:
        service.lock()
    opened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        before = files_snapshot(opened.path)
        with disk_full(opened.path):
            results = opened.matching.match([query(tmp_path, n) for n in NAMES])
        assert files_snapshot(opened.path) == before
        assert [r.matches[0].item_name for r in results[:2]] == ["astronaut.jpg", "chelsea.jpg"]
        assert all(r.not_indexed == 1 and r.not_indexed_reason for r in results)
        assert "disk is full" in str(results[0].not_indexed_reason)
        assert [i for i, _ in opened.matching.unsearchable()] == [coffee]
        assert opened.records.media[coffee].derived[FEATURES_KEY] == oid
        # space returns: the next match computes it and finds it
        [found] = opened.matching.match([query(tmp_path, "coffee")])
        assert found.matches[0].item_name == "coffee.jpg" and not found.not_indexed
    finally:
        opened.lock()


def test_check_refuses_backfill_and_repair_together(tmp_path: Path, run: Runner) -> None:
    new_service(tmp_path / "vault", "both").lock()
    result = run("check", tmp_path / "vault", "--backfill", "--repair")
    assert result.code != 0 and "--backfill or --repair, not both" in result.err, result


def test_a_face_object_of_another_format_is_marked_for_the_queue(tmp_path: Path) -> None:
    """``face/1`` data that decrypts but is not this release's format (a match with faces
    reads it): left out of the face search, named, and the photo is pending again."""
    from app.services.matching import FACES_KEY

    service = new_service(tmp_path / "vault", "faces")
    try:
        [item] = service.import_photo_data([("face.jpg", jpeg_bytes(3))])
        service.set_face_matching(True)
        with service.transaction() as records:
            bogus = service.vault.put_object(b"\x07" + b"\x00" * 40)[0]  # format 7, no faces
            records.media[item.id] = dataclasses.replace(
                item, derived={FEATURES_KEY: NO_OBJECT, FACES_KEY: bogus}
            )
        assert service.pending_fingerprints() == 0
        report = service.check()
        assert [(p.object_id, p.repairable) for p in report.problems] == [(bogus, True)]
        service.matching.read(faces=True)
        assert service.damaged_derived() == {bogus}
        assert service.pending_fingerprints() == 1
        [(item_id, sentence)] = service.matching.unsearchable()
        assert item_id == item.id and "faces of face.jpg" in str(sentence)
    finally:
        service.lock()
