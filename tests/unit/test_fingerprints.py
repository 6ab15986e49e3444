"""Fingerprints: the registry, the schema 1 -> 2 migration (phash -> fingerprints), the
import computing them from its one decode, and the back-fill of items imported before a
fingerprint existed (batches, cancel, a run killed and resumed)."""

from __future__ import annotations

import io
import json
import shutil
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

from app.matching import fingerprints, pdq
from app.matching.fingerprints import Fingerprint
from app.matching.phash import dhash
from app.media import images
from app.services import fingerprinting
from app.services.vault_service import VaultService
from app.vault import migrations
from tests.support import PASSWORD, jpeg_bytes, mp4_bytes, new_service, png_bytes, write

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
OLD_SCHEMA = GOLDEN / "format-1-schema-1"  # saved with MediaItem.phash, before fingerprints


def mean_grey(image: Image.Image) -> str:
    """A second, made-up fingerprint: a later release registering one more."""
    grey = image.convert("L").tobytes()
    return f"{sum(grey) // len(grey):02x}"


MEAN = Fingerprint("mean-grey", 1, mean_grey, "test: the mean grey level")

# what this release computes at import: its compact values (dHash, PDQ); object fingerprints
# (local features, faces) are back-filled later
RELEASE_VALUES = tuple(fp for fp in fingerprints.REGISTRY if fp.produces == "value")


def grey_blob(image: Image.Image) -> bytes:
    """A made-up object fingerprint: the matching decode's grey pixels (kilobytes)."""
    return image.convert("L").resize((64, 48)).tobytes()


def no_face(image: Image.Image) -> bytes | None:
    """A made-up optional object fingerprint that finds nothing in dark photos."""
    return None if mean_grey(image) < "40" else b"face of " + mean_grey(image).encode()


BLOB = Fingerprint(
    "grey-blob", 1, None, "test: grey pixels", produces="object", compute_object=grey_blob
)
FACE = Fingerprint(
    "test-face",
    1,
    None,
    "test: a face",
    produces="object",
    compute_object=no_face,
    requires="face_matching",
)


@pytest.fixture
def with_mean(monkeypatch: pytest.MonkeyPatch) -> Fingerprint:
    """The registry as a later release might have it: dHash and one more fingerprint."""
    monkeypatch.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64, MEAN))
    return MEAN


def expected_values(data: bytes) -> dict[str, str]:
    return fingerprints.compute(images.reduce_image(data, "x").image)


def make_service(tmp_path: Path, photos: int) -> tuple[VaultService, list[bytes]]:
    service = new_service(tmp_path / "vault", "fp")
    datas = [jpeg_bytes(i, (120 + i, 90)) if i % 2 else png_bytes(i) for i in range(photos)]
    service.import_photo_data([(f"p{i}.jpg", d) for i, d in enumerate(datas)])
    return service, datas


# --- the registry ----------------------------------------------------------------------------


def test_registry_is_valid_and_keys_carry_name_and_version() -> None:
    fingerprints.validate(fingerprints.registered())
    assert [fp.key for fp in RELEASE_VALUES] == ["dhash64/1", "pdq/1"]
    assert [fp.key for fp in fingerprints.registered()][:2] == ["dhash64/1", "pdq/1"]
    assert fingerprints.split_key("dhash64/1") == ("dhash64", 1)
    assert fingerprints.split_key("pdq/12") == ("pdq", 12)
    assert fingerprints.split_key("nonsense") == ("nonsense", None)


def test_registry_refuses_what_it_cannot_honour() -> None:
    with pytest.raises(ValueError, match="twice"):
        fingerprints.validate([MEAN, Fingerprint("mean-grey", 2, mean_grey, "again")])
    with pytest.raises(ValueError, match="lower-case"):
        fingerprints.validate([Fingerprint("Mean", 1, mean_grey, "caps")])
    with pytest.raises(ValueError, match="malformed"):
        fingerprints.validate([Fingerprint("mean", 0, mean_grey, "version 0")])
    # bulky derived data is an encrypted object: it needs compute_object, not compute
    with pytest.raises(ValueError, match="an object compute_object"):
        fingerprints.validate([Fingerprint("orb", 1, mean_grey, "descriptors", produces="object")])
    with pytest.raises(ValueError, match="unknown option"):
        fingerprints.validate(
            [
                Fingerprint(
                    "orb",
                    1,
                    None,
                    "x",
                    produces="object",
                    compute_object=grey_blob,
                    requires="telepathy",
                )
            ]
        )


def test_values_are_compact_and_come_from_the_reduced_decode() -> None:
    data = jpeg_bytes(3, (640, 480))
    reduced = images.reduce_image(data, "a.jpg").image
    assert max(reduced.size) <= images.THUMB_SIZE
    values = fingerprints.compute(reduced)
    assert values == {"dhash64/1": dhash(reduced), "pdq/1": pdq.compute(reduced)}
    assert all(len(v) <= fingerprints.MAX_VALUE_CHARS for v in values.values())
    # the import's decode (thumbnail) and a later back-fill decode give the same values
    decoded = images.decode_image(data, "a.jpg")
    assert fingerprints.compute(decoded.reduced) == values
    too_long = Fingerprint("long", 1, lambda _img: "f" * 200, "too long for the index")
    with pytest.raises(ValueError, match="200 characters"):
        fingerprints.compute(reduced, [too_long])


def test_merge_replaces_other_versions_and_keeps_unknown_names() -> None:
    old = {"dhash64/1": "aa", "future-hash/3": "bb"}
    assert fingerprints.merge(old, {"dhash64/2": "cc"}) == {
        "dhash64/2": "cc",
        "future-hash/3": "bb",
    }
    both = {"dhash64/1": "aa", "pdq/1": "bb"}
    assert [fp for fp in fingerprints.missing("photo", both) if fp.produces == "value"] == []
    assert fingerprints.missing("photo", {"dhash64/1": "aa"})[0] == fingerprints.PDQ
    assert fingerprints.missing("photo", {"dhash64/0": "aa", "pdq/1": "bb"})[0] == (
        fingerprints.DHASH64
    )
    assert fingerprints.missing("clip", {}) == []  # clips and voice have none (yet)


# --- import ----------------------------------------------------------------------------------


def test_import_computes_every_registered_fingerprint(
    tmp_path: Path, with_mean: Fingerprint
) -> None:
    service, datas = make_service(tmp_path, 3)
    try:
        clip = write(tmp_path / "c.mp4", mp4_bytes(1))
        service.import_paths([clip])
        photos = [m for m in service.records.media.values() if m.kind == "photo"]
        for item, data in zip(photos, datas, strict=True):
            assert item.fingerprints == expected_values(data)
            assert set(item.fingerprints) == {"dhash64/1", "mean-grey/1"}
        [item] = [m for m in service.records.media.values() if m.kind == "clip"]
        assert item.fingerprints == {}
        assert service.pending_fingerprints() == 0
    finally:
        service.lock()


# --- the migration ---------------------------------------------------------------------------


def test_schema_1_to_2_moves_phash_into_fingerprints() -> None:
    doc = {
        "schema": 1,
        "records": {
            "media": [
                {"id": "a", "kind": "photo", "phash": "0123456789abcdef", "x-new": 1},
                {"id": "b", "kind": "clip", "phash": ""},
                {"id": "c", "kind": "photo"},
            ],
            "buyers": [{"id": "z"}],
        },
        "unknown": True,
    }
    before = json.dumps(doc, sort_keys=True)
    upgraded, passed = migrations.upgrade(doc)
    assert passed == list(range(1, migrations.SCHEMA_VERSION))
    assert upgraded["schema"] == migrations.SCHEMA_VERSION
    assert json.dumps(doc, sort_keys=True) == before  # the input is not changed
    media = upgraded["records"]["media"]
    assert media[0] == {
        "id": "a",
        "kind": "photo",
        "fingerprints": {"dhash64/1": "0123456789abcdef"},
        "x-new": 1,
    }
    assert media[1] == {"id": "b", "kind": "clip", "fingerprints": {}}
    assert media[2] == {"id": "c", "kind": "photo", "fingerprints": {}}
    assert upgraded["records"]["buyers"] == [{"id": "z"}] and upgraded["unknown"] is True


def test_old_golden_vault_migrates_to_what_the_registry_computes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = json.loads((GOLDEN / f"{OLD_SCHEMA.name}.json").read_text(encoding="utf-8"))
    assert expected["schema_version"] == 1
    old_phash = {m["id"]: m["phash"] for m in expected["records"]["media"]}
    vault = tmp_path / "old"
    shutil.copytree(OLD_SCHEMA, vault)
    monkeypatch.setattr(fingerprints, "REGISTRY", RELEASE_VALUES)  # the compact values
    computed: dict[str, dict[str, str]] = {}
    service = VaultService.open(vault, expected["password"])
    try:
        assert any("upgraded" in w for w in service.warnings)
        media = service.records.media
        assert set(media) == set(old_phash)
        photos = 0
        for item in media.values():
            if item.kind != "photo":
                assert item.fingerprints == {} and old_phash[item.id] == ""
                continue
            photos += 1
            computed[item.id] = expected_values(service.original_bytes(item.id))
            # the old perceptual hash is the registry's dHash; PDQ came later: pending
            assert item.fingerprints == {"dhash64/1": old_phash[item.id]}
            assert computed[item.id]["dhash64/1"] == old_phash[item.id]
        assert photos == 3
        assert service.pending_fingerprints() == 3
        assert service.backfill().indexed == 3 and service.pending_fingerprints() == 0
        for item_id, values in computed.items():
            assert media[item_id].fingerprints == values  # the dHash kept, PDQ added
        service.update_media(next(iter(media)), notes="saved in schema 2")
    finally:
        service.lock()
    again = VaultService.open(vault, expected["password"])
    try:
        assert again.warnings == []  # saved in the current schema: no upgrade any more
        assert {m.id: m.fingerprints for m in again.records.media.values()} == {
            i: computed.get(i, {}) for i in old_phash
        }
    finally:
        again.lock()


# --- the back-fill ---------------------------------------------------------------------------


def test_backfill_indexes_pending_photos_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fingerprints, "REGISTRY", RELEASE_VALUES)
    service, datas = make_service(tmp_path, 5)  # imported before mean-grey existed
    try:
        service.import_paths([write(tmp_path / "c.mp4", mp4_bytes(2))])
        assert service.pending_fingerprints() == 0
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(fingerprints, "REGISTRY", (*RELEASE_VALUES, MEAN))
            assert service.pending_fingerprints() == 5  # the clip is not pending
            generation = service.vault.generation
            seen: list[tuple[int, int]] = []
            report = service.backfill(lambda d, t, _n: seen.append((d, t)), batch=2)
            assert (report.indexed, report.errors, report.cancelled) == (5, [], False)
            assert report.pending == service.pending_fingerprints() == 0
            assert service.vault.generation == generation + 3  # one save per batch of 2
            assert [d for d, _ in seen] == [1, 2, 3, 4, 5] and {t for _, t in seen} == {5}
            photos = [m for m in service.records.media.values() if m.kind == "photo"]
            for item, data in zip(photos, datas, strict=True):
                assert item.fingerprints == expected_values(data)
            again = service.backfill()  # nothing left: no save
            assert (again.indexed, again.pending) == (0, 0)
            assert service.vault.generation == generation + 3
    finally:
        service.lock()


def test_a_new_version_replaces_the_old_value(tmp_path: Path) -> None:
    service, _ = make_service(tmp_path, 2)
    try:
        dhash2 = Fingerprint("dhash64", 2, lambda img: dhash(img)[::-1], "test: reversed")
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(fingerprints, "REGISTRY", (dhash2,))
            assert service.pending_fingerprints() == 2
            assert service.backfill().indexed == 2
            for item in service.records.media.values():
                # dhash64/1 replaced; a name this registry does not list (PDQ here) is kept
                assert list(item.fingerprints) == ["dhash64/2", "pdq/1"]
    finally:
        service.lock()


def test_backfill_cancel_saves_the_batch_and_a_later_run_resumes(
    tmp_path: Path, with_mean: Fingerprint
) -> None:
    service = new_service(tmp_path / "vault", "fp")
    with pytest.MonkeyPatch.context() as mp:  # imported before mean-grey existed
        mp.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64,))
        service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i)) for i in range(6)])
    cancel = threading.Event()
    try:
        assert service.pending_fingerprints() == 6
        report = service.backfill(lambda d, _t, _n: cancel.set(), cancel, batch=2)
        assert report.cancelled and 1 <= report.indexed <= 2
        assert report.pending == 6 - report.indexed
    finally:
        service.lock()
    reopened = VaultService.open(tmp_path / "vault", PASSWORD)  # what the disk holds
    try:
        assert reopened.pending_fingerprints() == 6 - report.indexed
        rest = reopened.backfill(batch=2)
        assert (rest.indexed, rest.pending, rest.cancelled) == (6 - report.indexed, 0, False)
    finally:
        reopened.lock()


class Killed(BaseException):
    """Stands for the process dying in the middle of a batch."""


def test_backfill_killed_mid_batch_keeps_the_saved_batches(
    tmp_path: Path, with_mean: Fingerprint
) -> None:
    service = new_service(tmp_path / "vault", "fp")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64,))
        service.import_photo_data([(f"p{i}.jpg", jpeg_bytes(i)) for i in range(5)])

    def die_at_third(done: int, _total: int, _name: str) -> None:
        if done == 3:
            raise Killed

    try:
        with pytest.raises(Killed):
            service.backfill(die_at_third, batch=2)
    finally:
        service.vault.close()  # no further save: as after a kill
    reopened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        assert reopened.pending_fingerprints() == 3  # the first batch of 2 was saved
        assert reopened.backfill(batch=2).indexed == 3
        assert reopened.pending_fingerprints() == 0
    finally:
        reopened.lock()


def test_backfill_reports_an_undecodable_original_and_goes_on(
    tmp_path: Path, with_mean: Fingerprint, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.MonkeyPatch.context() as mp:  # imported before mean-grey existed
        mp.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64,))
        service, _ = make_service(tmp_path, 3)
    try:
        bad = next(iter(service.records.media.values()))

        original = service.original_bytes

        def read(item_id: str) -> bytes:
            return b"\xff\xd8\xff broken" if item_id == bad.id else original(item_id)

        monkeypatch.setattr(service, "original_bytes", read)
        report = service.backfill()
        assert report.indexed == 2 and report.pending == 1
        assert [i for i, _ in report.errors] == [bad.id]
        assert "p0.jpg" in report.errors[0][1]
        # the GUI queue skips what failed in this session
        assert service.backfill(skip={bad.id}).indexed == 0
    finally:
        service.lock()


def test_apply_skips_items_deleted_or_replaced_meanwhile(tmp_path: Path) -> None:
    service, _ = make_service(tmp_path, 2)
    try:
        first, second = service.records.media.values()
        service.delete_media(first.id)
        changed, unused, replaced = fingerprinting.apply(
            service.records,
            {
                first.id: fingerprinting.Computed(first.object_id, {"mean-grey/1": "10"}),
                second.id: fingerprinting.Computed("another object", {"mean-grey/1": "10"}),
            },
        )
        assert (changed, unused, replaced) == (0, [], [])
        assert service.records.media[second.id].fingerprints == second.fingerprints
    finally:
        service.lock()


# --- object fingerprints (bulky derived data, owned by the item) ----------------------------


def test_object_fingerprints_are_encrypted_objects_owned_by_the_item(tmp_path: Path) -> None:
    service, datas = make_service(tmp_path, 3)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64, BLOB, FACE))
            assert service.pending_fingerprints() == 3  # the face option is off: only the blob
            report = service.backfill(batch=2)
            assert (report.indexed, report.pending, report.errors) == (3, 0, [])
            items = list(service.records.media.values())
            for item, data in zip(items, datas, strict=True):
                oid = item.derived["grey-blob/1"]
                matching = images.reduce_image(data, "x", fingerprints.MATCH_SIZE).image
                assert service.vault.read_object_bytes(oid, "x") == grey_blob(matching)
                assert oid in service.records.object_ids()  # checked, rekeyed, kept
                assert not item.fingerprints.get("grey-blob/1")  # never in the index doc
            assert service.check().ok
            assert service.vault.leftovers().object_ids == []
            # the face option on: faces become pending; a photo without a face keeps a marker
            service.set_face_matching(True)
            assert service.pending_fingerprints() == 3
            assert service.backfill().indexed == 3
            faces = {m.id: m.derived["test-face/1"] for m in service.records.media.values()}
            assert all(faces.values()) and service.pending_fingerprints() == 0
            stored = [oid for oid in faces.values() if oid != "-"]
            for oid in stored:
                assert service.vault.object_path(oid).exists()
            # off: every face object is deleted at once, the other derived data stays
            assert service.set_face_matching(False) == 3
            for oid in stored:
                assert not service.vault.object_path(oid).exists()
            for item in service.records.media.values():
                assert list(item.derived) == ["grey-blob/1"]
            assert service.pending_fingerprints() == 0 and service.check().ok
            # deleting a photo puts its derived objects in the trash with it
            first = items[0]
            service.delete_media(first.id)
            assert first.derived["grey-blob/1"] in service.vault.trashed_object_ids()
    finally:
        service.lock()


def test_object_backfill_of_a_photo_deleted_meanwhile_leaves_no_object(tmp_path: Path) -> None:
    service, _ = make_service(tmp_path, 2)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64, BLOB))
            first = next(iter(service.records.media.values()))
            save = service._save_fingerprints

            def delete_then_save(found: fingerprinting.Found) -> int:
                service.delete_media(first.id)  # the user deletes it while it is computed
                return save(found)

            mp.setattr(service, "_save_fingerprints", delete_then_save)
            assert service.backfill().indexed == 1
            assert service.vault.leftovers().object_ids == []  # its blob was deleted again
    finally:
        service.lock()


# --- the command line ------------------------------------------------------------------------


def test_cli_check_backfill_indexes_with_progress_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import cli

    with pytest.MonkeyPatch.context() as mp:  # imported before mean-grey existed
        mp.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64,))
        service, datas = make_service(tmp_path, 3)
        service.lock()
    vault = tmp_path / "vault"
    monkeypatch.setattr(fingerprints, "REGISTRY", (fingerprints.DHASH64, MEAN))

    def run(*argv: str | Path) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)  # progress is for terminals
        capsys.readouterr()
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, err = run("check", "--backfill", vault)
    assert code == 0, err
    assert out == "Indexed 3 photo(s) for matching; 0 still pending.\n"
    assert "indexing 3/3" in err
    reopened = VaultService.open(vault, PASSWORD)
    try:
        assert reopened.pending_fingerprints() == 0
        photos = list(reopened.records.media.values())
        for item, data in zip(photos, datas, strict=True):
            assert item.fingerprints == expected_values(data)
    finally:
        reopened.lock()
    code, out, _ = run("check", "--backfill", vault)
    assert (code, out) == (0, "Nothing to index: every photo has its fingerprints.\n")
    code, out, _ = run("check", vault)  # without the flag: the integrity check as before
    assert code == 0 and out.startswith("OK: ")


def test_importing_the_registry_loads_no_heavy_library() -> None:
    """The GUI imports the registry before its first window: numpy, OpenCV, dlib and PyAV
    (0.3-0.5 s together) load at the first fingerprint computed, not then."""
    import subprocess

    code = (
        "import sys, app.matching.fingerprints, app.services.vault_service; "
        "print(sorted(m for m in ('numpy', 'cv2', 'dlib', 'av') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
