"""After ``lock``, nothing the matching held stays alive: no decoded features, no search
index, no face embedding (the memory half of "nothing private outlives the open vault"; the
photos' own plaintexts are ``test_leaks.py``'s). Real photos (scikit-image samples), a match
with faces when face matching is registered. Weak references to what the service holds while
open are dead after ``lock`` and a collection (other tests' vaults in the same process do not
count). A reference to the matching service itself is kept across the lock, as a window
still showing results would keep one: ``close`` must drop what it holds."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from app.matching import fingerprints
from tests.reliability.test_damage_matching import best, make_vault, query


def test_lock_drops_every_feature_index_and_face(tmp_path: Path) -> None:
    from app.matching import faces

    service = make_vault(tmp_path / "vault", ("astronaut", "chelsea"))
    with_faces = any(fp.requires for fp in fingerprints.registered()) and faces.available()
    if with_faces:
        service.set_face_matching(True)
        assert service.backfill().pending == 0
    assert best(service, query(tmp_path, "astronaut"))[:1] == ["astronaut.jpg"]
    if with_faces:
        [result] = service.matching.match([query(tmp_path, "astronaut")], faces=True)
        assert result.matches
        del result
    matching = service.matching
    held: list[weakref.ref[object]] = [weakref.ref(matching.index())]
    for item_id in service.records.media:
        features = matching._load_features(item_id)
        if features is not None:
            held.append(weakref.ref(features))
    held += [weakref.ref(f) for found in matching._faces.values() for f in found]
    assert len(held) >= 3 + (1 if with_faces else 0)
    del features
    service.lock()  # ``matching`` stays referenced, as by a window still showing results
    gc.collect()
    alive = [r() for r in held if r() is not None]
    assert alive == [], [type(o).__name__ for o in alive]
    assert matching.service is service  # the reference held on purpose
