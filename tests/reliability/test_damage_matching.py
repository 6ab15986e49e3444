"""The matching service against valid-but-old and valid-but-foreign matching data.

``tests/unit/test_match_service.py`` covers a search index cache object deleted, damaged or of
another version, and a damaged features object. Here the data is *valid* but not what the
records say:

- an OLD cache (read back from an earlier state: it lists a photo deleted since and lacks one
  imported since): the photo imported since is found, the deleted one never comes back;
- a FOREIGN cache (another vault's search index, re-encrypted under this vault's key, so it
  decrypts): none of its photos is ever returned, this vault's photos are found;
- another vault's cache object file (right format, its own key) in place of this vault's:
  ``check()`` names "the photo search index", a match rebuilds it and finds the photos;
- another vault's features object file in place of a photo's: ``check()`` names that photo's
  matching data, the others match, the photo itself stays readable, and a match computes its
  features again and finds it (``test_derived_repair.py`` has every kind of damage);
- an OLD index generation restored alone (a photo deleted since is back in the records, its
  objects gone): matching does not fail, the other photos match.

Photographs: scikit-image's bundled samples (astronaut: NASA, public domain; chelsea, coffee:
CC0; rocket: SpaceX, CC0), at most 640 pixels.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import shutil
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance

from app.services.matching import FEATURES_KEY
from app.services.vault_service import VaultService
from tests.support import PASSWORD, new_service, record

SKIMAGE = Path(str(__import__("skimage").__file__)).parent / "data"
FILES = {
    "astronaut": "astronaut.png",
    "chelsea": "chelsea.png",
    "coffee": "coffee.png",
    "rocket": "rocket.jpg",
}


def picture(name: str) -> Image.Image:
    image = Image.open(SKIMAGE / FILES[name]).convert("RGB")
    image.thumbnail((640, 640))
    return image


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def query(tmp: Path, name: str) -> Path:
    """A screenshot of the photo: cropped 5 % a side, brighter, a caption, re-encoded."""
    image = picture(name)
    w, h = image.size
    image = image.crop((w // 20, h // 20, w - w // 20, h - h // 20))
    image = ImageEnhance.Brightness(image).enhance(1.1)
    ImageDraw.Draw(image).text((20, image.height - 30), "EP 7 subtitle", fill=(255, 255, 255))
    path = tmp / f"query-{name}.jpg"
    path.write_bytes(jpeg(image, 60))
    return path


def make_vault(path: Path, names: tuple[str, ...]) -> VaultService:
    service = new_service(path, path.name)
    service.import_photo_data([(f"{n}.jpg", jpeg(picture(n))) for n in names])
    assert service.backfill().pending == 0
    return service


def best(service: VaultService, path: Path) -> list[str]:
    """The names of the photos matched, best first (and every id is one of this vault's)."""
    [result] = service.matching.match([path])
    assert result.error is None, result.error
    assert all(m.item_id in service.records.media for m in result.matches)
    return [m.item_name for m in result.matches]


def by_name(service: VaultService, name: str) -> str:
    return next(m.id for m in service.records.media.values() if m.name == f"{name}.jpg")


def test_an_old_search_index_is_brought_up_to_date(tmp_path: Path) -> None:
    service = make_vault(tmp_path / "vault", ("astronaut", "chelsea", "coffee"))
    try:
        assert best(service, query(tmp_path, "astronaut"))[:1] == ["astronaut.jpg"]
        old = service.records.matching.index_object_id
        assert old, "no search index cache object was saved"
        old_bytes = service.vault.read_object_bytes(old, "index")
        service.delete_media(by_name(service, "astronaut"))
        service.import_photo_data([("rocket.jpg", jpeg(picture("rocket")))])
        assert service.backfill().pending == 0
        # the old cache read back: valid, under this key, but of an earlier state
        with service.transaction() as records:
            oid, _ = service.vault.put_object(old_bytes)
            records.matching = dataclasses.replace(records.matching, index_object_id=oid)
    finally:
        service.lock()
    opened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        assert best(opened, query(tmp_path, "rocket"))[:1] == ["rocket.jpg"]
        stats = opened.matching.stats
        assert stats.cache_read and stats.added >= 1 and stats.dropped >= 1, stats
        assert "astronaut.jpg" not in best(opened, query(tmp_path, "astronaut"))
        assert best(opened, query(tmp_path, "coffee"))[:1] == ["coffee.jpg"]
        assert opened.check().ok
    finally:
        opened.lock()


def test_a_foreign_search_index_under_this_key_returns_none_of_its_photos(
    tmp_path: Path,
) -> None:
    ours = make_vault(tmp_path / "ours", ("astronaut", "chelsea"))
    theirs = make_vault(tmp_path / "theirs", ("coffee", "rocket"))
    try:
        assert best(theirs, query(tmp_path, "coffee"))[:1] == ["coffee.jpg"]
        foreign = theirs.vault.read_object_bytes(theirs.records.matching.index_object_id, "x")
        with ours.transaction() as records:
            oid, _ = ours.vault.put_object(foreign)
            records.matching = dataclasses.replace(records.matching, index_object_id=oid)
    finally:
        theirs.lock()
        ours.lock()
    opened = VaultService.open(tmp_path / "ours", PASSWORD)
    try:
        assert best(opened, query(tmp_path, "coffee")) == []  # theirs: never ours
        assert best(opened, query(tmp_path, "rocket")) == []
        assert best(opened, query(tmp_path, "astronaut"))[:1] == ["astronaut.jpg"]
        assert opened.matching.index().item_ids() <= set(opened.records.media)
    finally:
        opened.lock()


def test_another_vaults_objects_in_place_are_rejected_not_trusted(tmp_path: Path) -> None:
    ours = make_vault(tmp_path / "ours", ("astronaut", "chelsea", "coffee"))
    theirs = make_vault(tmp_path / "theirs", ("astronaut", "chelsea", "coffee"))  # same photos
    try:
        for service in (ours, theirs):
            assert best(service, query(tmp_path, "chelsea"))[:1] == ["chelsea.jpg"]
        # 1. their search index file in place of ours (its own key): damaged, rebuilt
        cache = ours.vault.object_path(ours.records.matching.index_object_id)
        shutil.copyfile(theirs.vault.object_path(theirs.records.matching.index_object_id), cache)
        # 2. their features object of the same photo in place of our astronaut's
        astronaut = ours.records.media[by_name(ours, "astronaut")]
        ours_features = ours.vault.object_path(astronaut.derived[FEATURES_KEY])
        theirs_astronaut = theirs.records.media[by_name(theirs, "astronaut")]
        shutil.copyfile(
            theirs.vault.object_path(theirs_astronaut.derived[FEATURES_KEY]), ours_features
        )
    finally:
        ours.lock()
        theirs.lock()
    opened = VaultService.open(tmp_path / "ours", PASSWORD)
    try:
        problems = [str(p) for p in opened.check().problems]
        assert len(problems) == 2, problems
        assert any("the photo search index" in p for p in problems), problems
        assert any(f"matching data {FEATURES_KEY} of photo astronaut.jpg" in p for p in problems)
        assert best(opened, query(tmp_path, "chelsea"))[:1] == ["chelsea.jpg"]
        assert opened.matching.stats.cache_rebuilt
        # its features are computed again (the match indexes what it found damaged), found
        assert best(opened, query(tmp_path, "astronaut"))[:1] == ["astronaut.jpg"]
        assert opened.matching.unsearchable() == []
        item = opened.records.media[by_name(opened, "astronaut")]
        assert item.derived[FEATURES_KEY] != astronaut.derived[FEATURES_KEY]
        assert hashlib.sha256(opened.original_bytes(item.id)).hexdigest() == item.sha256
        # the rebuilt cache and the new features replaced the damaged ones: nothing is named
        after = [str(p) for p in opened.check().problems]
        assert after == [], after
    finally:
        opened.lock()
    record("matching data of another vault in place: rejected (check names both), recomputed")


def test_an_old_index_generation_restored_does_not_break_matching(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    service = make_vault(vault, ("astronaut", "chelsea", "coffee"))
    try:
        assert best(service, query(tmp_path, "coffee"))[:1] == ["coffee.jpg"]
        shutil.copytree(vault / "index", tmp_path / "old-index")
        service.delete_media(by_name(service, "chelsea"))
        for n in range(4):  # the deleted photo's objects leave the trash: gone from the disk
            service.add_buyer(f"later {n}")
        assert best(service, query(tmp_path, "astronaut"))[:1] == ["astronaut.jpg"]
    finally:
        service.lock()
    shutil.rmtree(vault / "index")
    shutil.copytree(tmp_path / "old-index", vault / "index")
    opened = VaultService.open(vault, PASSWORD)
    try:
        chelsea = by_name(opened, "chelsea")  # back in the records, its files gone
        assert not opened.vault.object_path(opened.records.media[chelsea].object_id).exists()
        assert best(opened, query(tmp_path, "astronaut"))[:1] == ["astronaut.jpg"]
        assert best(opened, query(tmp_path, "coffee"))[:1] == ["coffee.jpg"]
        best(opened, query(tmp_path, "chelsea"))  # does not fail
        assert chelsea in {i for i, _ in opened.matching.unsearchable()}
    finally:
        opened.lock()


def test_a_new_vault_key_keeps_every_derived_object_and_the_search_index(
    tmp_path: Path,
) -> None:
    """``rekey`` re-encrypts the derived objects and the search index cache with the photos:
    every one decrypts to the same bytes under its new id, nothing is left in the old key, and
    matching reads the rekeyed cache (no rebuild) and finds the photos."""
    vault = tmp_path / "vault"
    service = make_vault(vault, ("astronaut", "chelsea", "coffee"))
    try:
        assert best(service, query(tmp_path, "chelsea"))[:1] == ["chelsea.jpg"]
        before = {
            (item.name, key): service.vault.read_object_bytes(oid, key)
            for item in service.records.media.values()
            for key, oid in item.derived.items()
            if oid != "-"
        }
        cache = service.vault.read_object_bytes(service.records.matching.index_object_id, "x")
        old_files = {p.name for p in (vault / "objects").rglob("*.lvo")}
        service.rekey(PASSWORD)
        after = {
            (item.name, key): service.vault.read_object_bytes(oid, key)
            for item in service.records.media.values()
            for key, oid in item.derived.items()
            if oid != "-"
        }
        assert after == before and len(after) >= 3
        new_cache = service.records.matching.index_object_id
        assert service.vault.read_object_bytes(new_cache, "x") == cache
        report = service.check()
        assert report.ok, report.problems
        assert not old_files & {p.name for p in (vault / "objects").rglob("*.lvo")}
    finally:
        service.lock()
    opened = VaultService.open(vault, PASSWORD)
    try:
        assert best(opened, query(tmp_path, "coffee"))[:1] == ["coffee.jpg"]
        assert opened.matching.stats.cache_read and not opened.matching.stats.cache_rebuilt
    finally:
        opened.lock()
