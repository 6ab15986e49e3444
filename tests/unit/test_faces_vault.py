"""Face data in a real vault, with real faces: computed only while face matching is on, kept
only as encrypted objects owned by the photos, deleted when it is turned off; a simulated face
swap found through the matching service. Images: tests/data/faces/README.md."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.domain.models import NO_OBJECT
from app.matching import faces, fingerprints
from app.matching.results import Frame
from app.media import images
from app.services.vault_service import VaultService
from tests.data.faces.photos import FILES, data, face_swap, load
from tests.support import PASSWORD, files_containing, new_service

pytestmark = pytest.mark.skipif(not faces.available(), reason="dlib or its model files missing")

PHOTOS = ("obama", "obama3", "biden", "hopper", "camera")


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[tuple[VaultService, dict[str, str]]]:
    """A vault of the five photos (item ids by test name), compact values back-filled."""
    service = new_service(tmp_path / "vault", "faces")
    items = service.import_photo_data(
        (f"{name}{FILES[name].suffix}", data(name)) for name in PHOTOS
    )
    ids = {name: item.id for name, item in zip(PHOTOS, items, strict=True)}
    yield service, ids
    if service.vault.is_open:
        service.lock()
    faces.shutdown()


def stored_faces(service: VaultService, item_id: str) -> list[faces.Face] | None:
    """The faces stored for a photo; None when it has no face/1 key."""
    item = service.records.media[item_id]
    oid = item.derived.get(faces.KEY)
    if oid is None:
        return None
    if oid == NO_OBJECT:
        return []
    return faces.from_bytes(service.vault.read_object_bytes(oid, item.name))


def test_faces_exist_only_while_face_matching_is_on(
    vault: tuple[VaultService, dict[str, str]], tmp_path: Path
) -> None:
    service, ids = vault
    service.backfill()
    assert all(stored_faces(service, i) is None for i in ids.values())  # off: none computed

    service.set_face_matching(True)
    report = service.backfill()
    assert report.pending == 0 and not report.errors
    found = {name: stored_faces(service, i) for name, i in ids.items()}
    assert found["camera"] == []  # no face found: NO_OBJECT, nothing stored
    assert service.records.media[ids["camera"]].derived[faces.KEY] == NO_OBJECT
    for name in ("obama", "obama3", "biden", "hopper"):
        stored = found[name]
        assert stored is not None and len(stored) == 1, name
        # what was stored is what the matching decode of the original gives
        decode = images.reduce_image(data(name), FILES[name].name, fingerprints.MATCH_SIZE)
        again = faces.detect(decode.image)
        assert np.allclose(stored[0].embedding, again[0].embedding, atol=1e-5)
        assert stored[0].box == pytest.approx(again[0].box)
    oids = {
        name: service.records.media[i].derived[faces.KEY]
        for name, i in ids.items()
        if name != "camera"
    }
    # encrypted: no embedding's bytes in any file of the vault
    needles = [f[0].embedding.tobytes()[:32] for f in found.values() if f]
    assert files_containing(tmp_path / "vault", needles) == []
    # kept with the photo: the same after a lock and an open
    service.lock()
    opened = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        obama = stored_faces(opened, ids["obama"])
        assert obama is not None and found["obama"] is not None
        assert np.array_equal(obama[0].embedding, found["obama"][0].embedding)

        # off: every face object is deleted at once, the keys go, nothing is recomputed
        assert opened.set_face_matching(False) == len(PHOTOS)
        assert all(faces.KEY not in m.derived for m in opened.records.media.values())
        objects = {p.stem for p in (tmp_path / "vault" / "objects").rglob("*.lvo")}
        assert not set(oids.values()) & objects
        assert opened.backfill().pending == 0
        assert all(faces.KEY not in m.derived for m in opened.records.media.values())
    finally:
        opened.lock()


def test_a_face_swap_is_found_through_the_matching_service(
    vault: tuple[VaultService, dict[str, str]],
) -> None:
    pytest.importorskip("app.matching.engine")  # engineer A's engine
    service, ids = vault
    service.set_face_matching(True)
    service.backfill()
    donor = load("obama2")  # a photo of the performer that is not in the vault
    body = load("astronaut")  # a body not in the vault either
    swap = face_swap(donor, faces.detect(donor)[0].box, body, faces.detect(body)[0].box)
    result = service.matching.match_frames("swap.png", "image", [Frame(swap, 0)], faces=True)
    by_item = {m.item_id: m for m in result.matches}
    assert {name for name, i in ids.items() if i in by_item} == {"obama", "obama3"}
    for name in ("obama", "obama3"):
        match = by_item[ids[name]]
        # measured 0.487 and 0.537: "possible" (four faces in the vault: the fixed bands)
        assert match.method == "face" and match.band == "possible"
        assert 0.45 < match.details["face_distance"] < 0.56
        assert match.region is not None and len(match.region) == 4
    # without faces=True the swap matches nothing (no photo of the vault is in the frame)
    plain = service.matching.match_frames("swap.png", "image", [Frame(swap, 0)])
    assert plain.matches == []
    # the performer's face on Biden's photo, which is in the vault: that photo is found by the
    # photo methods, the performer's photos by the face
    on_biden = face_swap(
        donor, faces.detect(donor)[0].box, load("biden"), faces.detect(load("biden"))[0].box
    )
    both = service.matching.match_frames("b.png", "image", [Frame(on_biden, 0)], faces=True)
    methods = {m.item_id: m.method for m in both.matches}
    assert methods[ids["biden"]] != "face"
    assert methods[ids["obama"]] == methods[ids["obama3"]] == "face"
