"""The engine's stored shapes: the features object (orb/1) and the search index's bytes,
malformed input refused with ValueError, the index's bookkeeping, and the registry hook."""

from __future__ import annotations

import struct
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from app.matching import features as features_module
from app.matching import fingerprints
from app.matching.features import Features, compute_object, extract, extract_query
from app.matching.index import FeatureIndex
from app.matching.verify import verify
from app.media import images
from tests.data.matching import photos as P


def _features(name: str) -> Features:
    return Features.from_bytes(P.vault_photo(name).features)


def test_features_round_trip_and_stay_compact():
    image = images.reduce_image(P.file_bytes("astronaut"), "astronaut.png", 1024).image
    data = compute_object(image)
    assert len(data) <= 16 * 1024
    again = Features.from_bytes(data)
    direct = extract(image)
    assert len(again) == len(direct) == features_module.PHOTO_FEATURES
    assert (again.width, again.height) == image.size
    assert np.array_equal(again.descriptors, direct.descriptors)
    assert np.abs(again.points - direct.points).max() < 0.02  # stored as 1/65535 of the side
    assert again.to_bytes() == data


def test_features_are_spread_over_the_picture():
    """A caption or a crop must leave most keypoints: no quarter of the photo holds most."""
    f = _features("chelsea")
    left = (f.points[:, 0] < f.width / 2).mean()
    top = (f.points[:, 1] < f.height / 2).mean()
    assert 0.25 < left < 0.75 and 0.25 < top < 0.75


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: b"",
        lambda d: d[:10],
        lambda d: d[:-1],
        lambda d: d + b"\0",
        lambda d: b"XXXX" + d[4:],
        lambda d: d[:4] + bytes([2]) + d[5:],  # another version
        lambda d: d[:8] + struct.pack("<I", 401) + d[12:],  # count and length disagree
        lambda d: d[:12] + struct.pack("<I", 0) + d[16:],  # zero width
        lambda d: bytes(200),
    ],
    ids=["empty", "header", "short", "long", "magic", "version", "count", "width", "zeros"],
)
def test_malformed_features_are_a_value_error(damage):
    data = P.vault_photo("coffee").features
    with pytest.raises(ValueError):
        Features.from_bytes(damage(data))


def test_a_tiny_or_flat_picture_has_few_or_no_features_and_verifies_nothing():
    flat = extract(Image.new("RGB", (640, 480), (90, 90, 90)))
    assert len(flat) == 0
    assert Features.from_bytes(flat.to_bytes()).to_bytes() == flat.to_bytes()
    tiny = extract_query(Image.new("RGB", (3, 3), (255, 0, 0)))
    assert verify(tiny, _features("coffee")) is None
    assert verify(extract_query(P.photo("coffee")), flat) is None


def test_the_index_keeps_its_photos_and_round_trips():
    index = FeatureIndex()
    for name in ("coffee", "rocket", "camera"):
        index.add(name, _features(name))
    assert len(index) == 3 and "rocket" in index and "moon" not in index
    index.remove("rocket")
    index.remove("rocket")  # twice: nothing
    assert index.item_ids() == {"coffee", "camera"}
    query = extract_query(P.jpeg(P.photo("camera"), 40))
    before = index.candidates(query, 5)
    again = FeatureIndex.from_bytes(index.to_bytes())  # folds the delta first
    assert again.item_ids() == {"coffee", "camera"}
    after = again.candidates(query, 5)
    assert before == after and after[0][0] == "camera"
    assert index.candidates(query, 5) == after  # folded in place, same answer
    assert FeatureIndex.from_bytes(FeatureIndex().to_bytes()).item_ids() == set()


@pytest.mark.parametrize("item_id", ["", "a\nb"])
def test_the_index_refuses_an_id_it_could_not_write(item_id):
    index = FeatureIndex()
    with pytest.raises(ValueError):
        index.add(item_id, _features("coffee"))
    assert len(index) == 0


def test_the_index_after_removals_and_re_adding():
    index = FeatureIndex()
    names = list(P.VAULT)
    for name in names:
        index.add(name, _features(name))
    blob = index.to_bytes()
    index = FeatureIndex.from_bytes(blob)
    for name in names[:6]:
        index.remove(name)  # dead positions in the main arrays
    index.add("coffee", _features("coffee"))  # back, in the delta
    query = extract_query(P.photo("coffee"))
    assert index.candidates(query, 3)[0][0] == "coffee"
    assert all(item not in names[:6] or item == "coffee" for item, _ in index.candidates(query, 20))
    again = FeatureIndex.from_bytes(index.to_bytes())
    assert again.item_ids() == set(names[6:]) | {"coffee"}
    assert again.candidates(query, 3)[0][0] == "coffee"
    index.add("coffee", _features("camera"))  # replaced
    assert index.candidates(extract_query(P.photo("camera")), 1)[0][0] == "coffee"


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: b"",
        lambda d: d[:30],
        lambda d: d[:-1],
        lambda d: d + b"\0",
        lambda d: b"NOPE" + d[4:],
        lambda d: d[:4] + struct.pack("<I", 99) + d[8:],  # another format
        lambda d: d[:12] + struct.pack("<I", 17) + d[16:],  # other key bits
        lambda d: d[:16] + struct.pack("<I", 1) + d[20:],  # count and ids disagree
        lambda d: d.replace(b"camera", b"coffee"),  # an id twice
        lambda d: d.replace(b"camera", b"\xff\xfe\xfd\xfc\xfb\xfa"),  # not UTF-8
    ],
    ids=["empty", "header", "short", "long", "magic", "format", "bits", "count", "dup", "utf8"],
)
def test_malformed_index_bytes_are_a_value_error(damage):
    index = FeatureIndex()
    for name in ("coffee", "camera"):
        index.add(name, _features(name))
    data = index.to_bytes()
    with pytest.raises(ValueError):
        FeatureIndex.from_bytes(damage(data))


def test_index_postings_naming_no_photo_are_refused():
    index = FeatureIndex()
    index.add("coffee", _features("coffee"))
    data = bytearray(index.to_bytes())
    data[-2:] = struct.pack("<H", 7)  # the last posting names photo 7 of 1
    with pytest.raises(ValueError):
        FeatureIndex.from_bytes(bytes(data))


def test_orb_is_registered_as_an_object_computed_from_the_matching_decode():
    (orb,) = [fp for fp in fingerprints.registered() if fp.key == features_module.KEY]
    assert orb.produces == "object" and orb.compute is None and not orb.requires
    keys = [fp.key for fp in fingerprints.registered()]
    assert keys.index("pdq/1") < keys.index("orb/1") < keys.index("face/1")
    image = images.reduce_image(P.file_bytes("rocket"), "rocket.jpg", 1024).image
    assert orb.compute_object is not None
    data = orb.compute_object(image)
    assert data is not None and Features.from_bytes(data).width == image.width


def test_importing_the_registry_does_not_import_opencv():
    code = "import sys, app.matching.fingerprints, app.matching.engine; print('cv2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
