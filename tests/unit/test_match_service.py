"""Issue 15, the service: ``VaultService.matching`` on a small vault of REAL photographs with
buyers and deals. A transformed screenshot matches its photo at rank 1, traced to its buyers and
deals; an unrelated photograph matches nothing; a corrupt and a huge input are per-input errors
while the others match; a clip reports the time of its frame. The search index cache object is
written, reused at the next open (no features read again), rebuilt when deleted, damaged or of
another version, brought up to date after an import and a delete; a photo whose features object
is damaged is named and left out while the others match; ``lock`` drops the index.

The photographs ship inside installed packages (scikit-image's ``skimage/data``: astronaut
(NASA, public domain), chelsea and coffee (CC0), rocket (SpaceX, CC0), motorcycle_left
(Middlebury, CC-BY), brick and moon (public domain); matplotlib's ``grace_hopper.jpg`` (U.S. Navy,
public domain)), cut down to at most 640 pixels to keep the tests fast.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import threading
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

from app.domain.models import Records
from app.errors import NotPossible
from app.matching.results import BuyerRef, Frame, ItemMatch
from app.media import query
from app.services import matching
from app.services.matching import FEATURES_KEY
from app.services.vault_service import VaultService
from tests.support import PASSWORD, new_service

SKIMAGE = Path(str(__import__("skimage").__file__)).parent / "data"
MPL = Path(str(__import__("matplotlib").__file__)).parent / "mpl-data" / "sample_data"
SOURCES = {
    "astronaut": SKIMAGE / "astronaut.png",
    "chelsea": SKIMAGE / "chelsea.png",
    "coffee": SKIMAGE / "coffee.png",
    "rocket": SKIMAGE / "rocket.jpg",
    "motorcycle": SKIMAGE / "motorcycle_left.png",
    "hopper": MPL / "grace_hopper.jpg",
    # never in the vault
    "hubble": SKIMAGE / "hubble_deep_field.jpg",
    "brick": SKIMAGE / "brick.png",
    "moon": SKIMAGE / "moon.png",
}
IN_VAULT = ("astronaut", "chelsea", "coffee", "rocket", "motorcycle", "hopper")
SIDE = 640  # the longer side of the photos put in the vault


def picture(name: str, side: int = SIDE) -> Image.Image:
    with Image.open(SOURCES[name]) as opened:
        image = opened.convert("RGB")
    image.thumbnail((side, side))
    return image


def jpeg(image: Image.Image, quality: int = 92) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def screenshot(name: str) -> Image.Image:
    """What a drama's screenshot does to a photo: cropped 6% a side, brighter, a caption,
    half the size, mirrored-free, re-encoded at quality 50."""
    image = picture(name)
    w, h = image.size
    image = image.crop((int(w * 0.06), int(h * 0.06), int(w * 0.94), int(h * 0.94)))
    image = ImageEnhance.Brightness(image).enhance(1.15)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, image.height - 40, image.width, image.height - 10), fill=(0, 0, 0))
    draw.text((20, image.height - 36), "EPISODE 12  SUBTITLE TEXT HERE", fill=(255, 255, 255))
    image = image.resize((image.width // 2, image.height // 2))
    return Image.open(io.BytesIO(jpeg(image, 50))).convert("RGB")


def letterboxed(name: str) -> Image.Image:
    """The photo inside a 16:9 frame with black bars (a phone video)."""
    image = picture(name, 400)
    frame = Image.new("RGB", (960, 540))
    frame.paste(image, ((960 - image.width) // 2, (540 - image.height) // 2))
    return frame


@dataclasses.dataclass(frozen=True)
class Sample:
    """The template vault: item ids by photo name, the buyers and deals."""

    path: Path
    items: dict[str, str]
    xiaoyu: str  # buyer 小鱼 (deal of 2025-03-02: astronaut, chelsea)
    studio: str  # buyer 影视工作室B (deal of 2025-04-01: astronaut, coffee)
    first_deal: str
    second_deal: str


def build_vault(path: Path) -> Sample:
    """A vault of the six photos (astronaut in the set 2025-03-02), two buyers and two deals,
    indexed (the back-fill computed every photo's features), the search index not yet made."""
    service = new_service(path, "林小雨")
    try:
        items = service.import_photo_data(
            [(f"IMG_{name}.jpg", jpeg(picture(name))) for name in IN_VAULT]
        )
        ids = {name: item.id for name, item in zip(IN_VAULT, items, strict=True)}
        service.update_media(ids["astronaut"], set_name="2025-03-02")
        xiaoyu = service.add_buyer("小鱼", platform="xianyu")
        studio = service.add_buyer("影视工作室B", platform="wechat")
        # recorded in the other order: the trace is by deal date, not by entry
        second = service.add_deal(studio.id, [ids["astronaut"], ids["coffee"]], "2025-04-01")
        first = service.add_deal(xiaoyu.id, [ids["astronaut"], ids["chelsea"]], "2025-03-02")
        report = service.backfill()
        assert report.errors == [] and report.pending == 0
        assert not service.records.matching.index_object_id
        return Sample(path, ids, xiaoyu.id, studio.id, first.id, second.id)
    finally:
        service.lock()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build_vault(tmp_path_factory.mktemp("match") / "vault")


@pytest.fixture
def sample(template: Sample, tmp_path: Path) -> Sample:
    """A fresh copy of the template vault for one test."""
    path = tmp_path / "vault"
    shutil.copytree(template.path, path)
    return dataclasses.replace(template, path=path)


@pytest.fixture
def opened(sample: Sample) -> Iterator[VaultService]:
    service = VaultService.open(sample.path, password=PASSWORD)
    yield service
    if service.vault.is_open:
        service.lock()


def reopen(sample: Sample) -> VaultService:
    return VaultService.open(sample.path, password=PASSWORD)


def write(path: Path, image: Image.Image, quality: int = 85) -> Path:
    path.write_bytes(jpeg(image, quality))
    return path


# --- what a match finds --------------------------------------------------------------------


def test_a_screenshot_matches_its_photo_at_rank_1_traced_to_its_buyers_and_deals(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    shot = write(tmp_path / "screenshot.jpg", screenshot("astronaut"))
    [result] = opened.matching.match([shot])
    assert result.error is None and result.kind == "image" and result.frames_examined == 1
    best = result.matches[0]
    assert best.item_id == sample.items["astronaut"]
    assert best.item_name == "IMG_astronaut.jpg"
    assert best.band == "strong"
    assert best.frame.time is None
    # earliest deal first: 小鱼 (2025-03-02) before 影视工作室B (2025-04-01)
    assert best.buyers == [BuyerRef(sample.xiaoyu, "小鱼"), BuyerRef(sample.studio, "影视工作室B")]
    assert best.deal_ids == [sample.first_deal, sample.second_deal]
    assert all(m.item_id != sample.items["astronaut"] for m in result.matches[1:])


def test_a_photo_inside_a_letterboxed_frame_matches_and_is_located(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    shot = write(tmp_path / "frame.jpg", letterboxed("chelsea"))
    [result] = opened.matching.match([shot])
    best = result.matches[0]
    assert best.item_id == sample.items["chelsea"]
    assert best.buyers == [BuyerRef(sample.xiaoyu, "小鱼")]
    assert best.deal_ids == [sample.first_deal]


def test_a_mirrored_screenshot_matches(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    shot = write(tmp_path / "mirror.jpg", ImageOps.mirror(screenshot("hopper")))
    [result] = opened.matching.match([shot])
    assert result.matches[0].item_id == sample.items["hopper"]
    assert result.matches[0].buyers == [] and result.matches[0].deal_ids == []


def test_unrelated_photographs_match_nothing(opened: VaultService, tmp_path: Path) -> None:
    inputs = [write(tmp_path / f"{n}.jpg", picture(n)) for n in ("hubble", "brick", "moon")]
    results = opened.matching.match(inputs)
    assert [r.input for r in results] == [str(p) for p in inputs]
    assert [r.matches for r in results] == [[], [], []]
    assert all(r.error is None for r in results)


def test_a_corrupt_and_a_huge_input_are_errors_of_their_own_and_the_others_match(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    good = write(tmp_path / "good.jpg", screenshot("coffee"))
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(jpeg(picture("rocket"))[:2000])  # truncated half-way
    huge = tmp_path / "huge.png"
    with huge.open("wb") as fh:  # a sparse file: nothing is really written
        fh.write(b"\x89PNG\r\n\x1a\n")
        fh.truncate(query.MAX_IMAGE_BYTES + 1)
    unsupported = tmp_path / "notes.txt"
    unsupported.write_text("not a picture at all\n" * 20)
    missing = tmp_path / "gone.jpg"
    also_good = write(tmp_path / "also.jpg", screenshot("motorcycle"))
    results = opened.matching.match([corrupt, good, huge, unsupported, missing, also_good])
    assert [r.input for r in results] == [
        str(p) for p in (corrupt, good, huge, unsupported, missing, also_good)
    ]
    for bad, name in zip(
        (results[0], results[2], results[3], results[4]),
        ("corrupt.jpg", "huge.png", "notes.txt", "gone.jpg"),
        strict=True,
    ):
        assert bad.error is not None and name in str(bad.error), bad
        assert bad.matches == [] and bad.kind == "unknown"
        assert bad.to_json()["error"] == str(bad.error)
    assert results[1].matches[0].item_id == sample.items["coffee"]
    assert results[5].matches[0].item_id == sample.items["motorcycle"]


def test_a_decoder_failing_on_one_input_is_that_input_s_error(
    sample: Sample, opened: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = query.frames

    def failing(path: Path, **kwargs: object) -> object:
        if path.name == "hostile.mp4":
            raise RuntimeError("the decoder fell over")
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(query, "frames", failing)
    hostile = tmp_path / "hostile.mp4"
    hostile.write_bytes(b"\x00" * 100)
    good = write(tmp_path / "good.jpg", screenshot("coffee"))
    bad, found = opened.matching.match([hostile, good])
    assert bad.error is not None and str(bad.error).startswith("hostile.mp4 could not be read")
    assert found.matches[0].item_id == sample.items["coffee"]


def make_clip(path: Path, frames: list[tuple[Image.Image, float]], fps: int = 10) -> Path:
    """An MP4 (MPEG-4 part 2) of the pictures, each shown for its number of seconds."""
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=fps)
        stream.width, stream.height = 640, 360
        stream.pix_fmt = "yuv420p"
        stream.time_base = Fraction(1, fps)
        for image, seconds in frames:
            canvas = Image.new("RGB", (640, 360))
            shown = image.copy()
            shown.thumbnail((640, 360))
            canvas.paste(shown, ((640 - shown.width) // 2, (360 - shown.height) // 2))
            pixels = np.asarray(canvas)
            for _ in range(int(seconds * fps)):
                frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
                for packet in stream.encode(frame):
                    out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def test_a_clip_reports_the_time_of_the_frame_that_matched(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    clip = make_clip(
        tmp_path / "recording.mp4",
        [(picture("brick"), 1.5), (picture("moon"), 1.5), (picture("rocket"), 1.5)],
    )
    [result] = opened.matching.match([clip])
    assert result.error is None and result.kind == "video"
    assert result.frames_examined >= 3
    best = result.matches[0]
    assert best.item_id == sample.items["rocket"]
    assert best.frame.time is not None and 3.0 <= best.frame.time <= 4.5
    assert best.to_json()["frame_time"] == round(best.frame.time, 3)


def test_match_frames_matches_frames_decoded_in_memory(
    sample: Sample, opened: VaultService
) -> None:
    frames = [Frame(picture("brick"), 0), Frame(screenshot("chelsea"), 1, 2.5)]
    result = opened.matching.match_frames("pasted", "video", frames)
    assert result.input == "pasted" and result.frames_examined == 2
    assert result.matches[0].item_id == sample.items["chelsea"]
    assert result.matches[0].frame.time == 2.5


def test_a_photo_seen_in_several_frames_keeps_its_best_frame(
    sample: Sample, opened: VaultService
) -> None:
    small = picture("coffee", 320)  # a small part of a busy, blurred scene: "possible"
    scene = picture("brick").resize((960, 540))
    scene.paste(small, (600, 200))
    scene = Image.open(io.BytesIO(jpeg(scene, 40))).convert("RGB")
    alone = opened.matching.match_frames("scene", "video", [Frame(scene, 0, 1.0)])
    assert [(m.item_id, m.band) for m in alone.matches] == [(sample.items["coffee"], "possible")]
    frames = [Frame(scene, 0, 1.0), Frame(screenshot("coffee"), 1, 2.0), Frame(scene, 2, 3.0)]
    result = opened.matching.match_frames("clip", "video", frames)
    [best] = result.matches
    assert best.item_id == sample.items["coffee"] and best.band == "strong"
    assert best.frame.time == 2.0 and best.score > alone.matches[0].score


def test_pending_photos_are_indexed_first_unless_the_caller_does_it(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    [item] = opened.import_photo_data([("IMG_hubble.jpg", jpeg(picture("hubble")))])
    assert opened.matching.pending() == 1
    shot = write(tmp_path / "hubble-shot.jpg", screenshot("hubble"))
    [result] = opened.matching.match([shot], index_pending=False)  # the GUI: its queue indexes
    assert result.matches == [] and opened.matching.pending() == 1
    [result] = opened.matching.match([shot])  # the CLI: indexes what is pending first
    assert opened.matching.pending() == 0
    assert result.matches[0].item_id == item.id


def test_progress_and_cancel(opened: VaultService, tmp_path: Path) -> None:
    inputs = [write(tmp_path / f"{n}.jpg", screenshot(n)) for n in ("chelsea", "coffee")]
    seen: list[tuple[int, int, str]] = []
    opened.matching.match(inputs, progress=lambda d, t, n: seen.append((d, t, n)))
    assert seen == [(0, 2, "chelsea.jpg"), (1, 2, "coffee.jpg"), (2, 2, "")]
    cancel = threading.Event()

    def stop_after_first(done: int, total: int, name: str) -> None:
        if done == 1:
            cancel.set()

    results = opened.matching.match(inputs, progress=stop_after_first, cancel=cancel)
    assert [r.input for r in results] == [str(inputs[0])]


def test_reading_the_index_reports_progress_and_stops_at_cancel(
    sample: Sample, opened: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "PROGRESS_FROM", 1)  # 6 photos to read: a large vault here
    shot = write(tmp_path / "s.jpg", screenshot("rocket"))
    cancel = threading.Event()
    seen: list[tuple[int, int, str]] = []

    def stop_at_third(done: int, total: int, name: str) -> None:
        seen.append((done, total, name))
        if done == 2:
            cancel.set()

    assert opened.matching.match([shot], progress=stop_at_third, cancel=cancel) == []
    assert seen[0] == (0, len(IN_VAULT), seen[0][2]) and seen[0][2].startswith("IMG_")
    stats = opened.matching.stats
    assert stats.items == 2 and not stats.cache_written and cache_object(opened) == ""
    seen.clear()
    [result] = opened.matching.match([shot], progress=lambda d, t, n: seen.append((d, t, n)))
    assert [d for d, t, _ in seen if t == len(IN_VAULT) - 2] == list(range(len(IN_VAULT) - 2))
    assert seen[-2:] == [(0, 1, "s.jpg"), (1, 1, "")]
    assert opened.matching.stats.items == len(IN_VAULT) and opened.matching.stats.cache_written
    assert result.matches[0].item_id == sample.items["rocket"]


def test_faces_need_face_matching_on(opened: VaultService, tmp_path: Path) -> None:
    shot = write(tmp_path / "s.jpg", screenshot("astronaut"))
    with pytest.raises(NotPossible, match="Face matching is off"):
        opened.matching.match([shot], faces=True)


def test_chosen_photos_are_the_strong_ones_or_else_the_best() -> None:
    frame = Frame(Image.new("RGB", (8, 8)), 0)

    def m(item: str, band: str, score: float) -> ItemMatch:
        return ItemMatch(item, item, score, band, "features", [], [], frame, None)  # type: ignore[arg-type]

    assert [
        x.item_id
        for x in matching.chosen_photos(
            [m("a", "strong", 0.9), m("b", "strong", 0.8), m("c", "possible", 0.5)]
        )
    ] == ["a", "b"]
    assert [
        x.item_id
        for x in matching.chosen_photos([m("c", "possible", 0.5), m("d", "possible", 0.4)])
    ] == ["c"]
    assert matching.chosen_photos([]) == []


# --- the search index cache object ---------------------------------------------------------


def cache_object(service: VaultService) -> str:
    return service.records.matching.index_object_id


def test_the_index_cache_is_written_then_reused_at_the_next_open(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    shot = write(tmp_path / "s.jpg", screenshot("astronaut"))
    generation = opened.vault.generation
    opened.matching.match([shot])
    stats = opened.matching.stats
    assert stats.cache_rebuilt and stats.cache_written and not stats.cache_read
    assert stats.features_read == len(IN_VAULT) and stats.items == len(IN_VAULT)
    first = cache_object(opened)
    assert first and opened.vault.object_path(first).exists()
    assert opened.vault.generation == generation + 1  # one save
    opened.lock()

    again = reopen(sample)
    try:
        assert cache_object(again) == first
        [result] = again.matching.match([shot])
        stats = again.matching.stats
        assert stats.cache_read and not stats.cache_rebuilt and not stats.cache_written
        assert stats.features_read == 0 and stats.items == len(IN_VAULT)  # nothing read again
        assert result.matches[0].item_id == sample.items["astronaut"]
        # while the vault is open the index stays in memory: a second match reads nothing
        again.matching.match([shot])
        assert again.matching.stats.features_read == 0 and not again.matching.stats.cache_read
    finally:
        again.lock()


def test_lock_drops_the_index_held_in_memory(opened: VaultService, tmp_path: Path) -> None:
    service = opened.matching
    service.match([write(tmp_path / "s.jpg", screenshot("coffee"))])
    assert service.loaded
    opened.lock()
    assert not service.loaded


@pytest.mark.parametrize("damage", ["deleted", "flipped", "foreign version", "garbage"])
def test_a_missing_damaged_or_foreign_cache_is_rebuilt(
    sample: Sample, opened: VaultService, tmp_path: Path, damage: str
) -> None:
    shot = write(tmp_path / "s.jpg", screenshot("rocket"))
    opened.matching.match([shot])
    old = cache_object(opened)
    path = opened.vault.object_path(old)
    if damage == "deleted":
        path.unlink()
    elif damage == "flipped":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        path.write_bytes(bytes(data))
    else:  # a well encrypted object that is not this release's cache
        blob = opened.vault.read_object_bytes(old, "cache")
        if damage == "foreign version":
            blob = blob[:4] + bytes([matching.CACHE_VERSION + 1]) + blob[5:]
        else:
            blob = matching.CACHE_MAGIC + b"\x01\x00\x00\x00\x03{x}" + b"\x00" * 40
        with opened.transaction() as records:
            records.matching = dataclasses.replace(
                records.matching, index_object_id=opened.vault.put_object(blob)[0]
            )
    opened.lock()

    again = reopen(sample)
    try:
        [result] = again.matching.match([shot])
        stats = again.matching.stats
        assert stats.cache_rebuilt and stats.cache_written
        assert stats.features_read == len(IN_VAULT)
        assert result.matches[0].item_id == sample.items["rocket"]
        assert cache_object(again) not in ("", old)
        assert again.matching.unsearchable() == []
    finally:
        again.lock()


def test_the_cache_follows_an_import_and_a_delete(
    sample: Sample, opened: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hubble_shot = write(tmp_path / "hubble.jpg", screenshot("hubble"))
    rocket_shot = write(tmp_path / "rocket.jpg", screenshot("rocket"))
    opened.matching.match([rocket_shot])
    written = cache_object(opened)
    [hubble] = opened.import_photo_data([("IMG_hubble.jpg", jpeg(picture("hubble")))])
    opened.backfill()
    opened.delete_media(sample.items["rocket"])
    # a change of two items: the cache object is not rewritten, the index in memory is
    hubble_result, rocket_result = opened.matching.match([hubble_shot, rocket_shot])
    stats = opened.matching.stats
    assert (stats.added, stats.dropped, stats.features_read) == (1, 1, 1)
    assert not stats.cache_written and cache_object(opened) == written
    assert hubble_result.matches[0].item_id == hubble.id
    assert all(m.item_id != sample.items["rocket"] for m in rocket_result.matches)
    opened.lock()

    # the next open reads the older cache and brings it up to date the same way
    monkeypatch.setattr(matching, "REWRITE_AFTER", 1)  # "more than a few": here, more than 1
    again = reopen(sample)
    try:
        hubble_result, rocket_result = again.matching.match([hubble_shot, rocket_shot])
        stats = again.matching.stats
        assert stats.cache_read and (stats.added, stats.dropped, stats.features_read) == (1, 1, 1)
        assert stats.cache_written and cache_object(again) != written
        assert hubble_result.matches[0].item_id == hubble.id
        assert all(m.item_id != sample.items["rocket"] for m in rocket_result.matches)
    finally:
        again.lock()
    third = reopen(sample)
    try:
        third.matching.match([hubble_shot])
        stats = third.matching.stats
        assert stats.cache_read and (stats.added, stats.dropped, stats.features_read) == (0, 0, 0)
        assert stats.items == len(IN_VAULT)
    finally:
        third.lock()


def test_a_replaced_features_object_is_noticed(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    shot = write(tmp_path / "coffee.jpg", screenshot("coffee"))
    opened.matching.match([shot])
    coffee = sample.items["coffee"]
    # the coffee photo's features replaced by the chelsea photo's (another object id)
    chelsea = opened.records.media[sample.items["chelsea"]]
    blob = opened.vault.read_object_bytes(chelsea.derived[FEATURES_KEY], "features")
    with opened.transaction() as records:
        item = records.media[coffee]
        new = opened.vault.put_object(blob)[0]
        records.media[coffee] = dataclasses.replace(
            item, derived={**item.derived, FEATURES_KEY: new}
        )
    opened.matching.match([shot])
    stats = opened.matching.stats
    assert (stats.dropped, stats.added, stats.features_read) == (1, 1, 1)


def test_a_damaged_features_object_leaves_that_photo_out_and_the_others_match(
    sample: Sample, opened: VaultService, tmp_path: Path
) -> None:
    coffee = opened.records.media[sample.items["coffee"]]
    path = opened.vault.object_path(coffee.derived[FEATURES_KEY])
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x40
    path.write_bytes(bytes(data))
    inputs = [write(tmp_path / f"{n}.jpg", screenshot(n)) for n in ("coffee", "chelsea")]
    # the GUI's way (its queue computes what is pending): left out of this search, named
    coffee_result, chelsea_result = opened.matching.match(inputs, index_pending=False)
    assert coffee_result.error is None
    assert chelsea_result.matches[0].item_id == sample.items["chelsea"]
    [(item_id, sentence)] = opened.matching.unsearchable()
    assert item_id == coffee.id and "IMG_coffee.jpg" in sentence and "left out" in sentence
    assert opened.matching.stats.items == len(IN_VAULT) - 1
    assert opened.matching.pending() == 1  # marked damaged: the back-fill computes it again
    # said once: the next match does not read it again
    opened.matching.match(inputs[1:], index_pending=False)
    assert opened.matching.stats.features_read == 0
    # the CLI's way: computed again at once, then found
    [again] = opened.matching.match(inputs[:1])
    assert again.matches[0].item_id == sample.items["coffee"]
    assert opened.matching.unsearchable() == [] and opened.matching.pending() == 0


def test_the_index_cache_is_one_object_owned_by_the_records(
    opened: VaultService, tmp_path: Path
) -> None:
    opened.matching.match([write(tmp_path / "s.jpg", screenshot("coffee"))])
    oid = cache_object(opened)
    assert oid in Records.from_json(opened.records.to_json()).object_ids()
    report = opened.check()
    assert report.ok, report
    # the bytes: the version header, the map item -> features object, then the index
    index, sources = matching.decode_cache(opened.vault.read_object_bytes(oid, "cache"))
    assert sources == {m.id: m.derived[FEATURES_KEY] for m in opened.records.media.values()}
    assert index.item_ids() == set(sources)


# --- faces (tests/data/faces: see its README for the photographs and their terms) -----------

FACES = Path(__file__).resolve().parents[1] / "data" / "faces"


def test_faces_find_the_photo_of_the_same_person_and_lock_stops_the_worker(
    tmp_path: Path,
) -> None:
    from app.matching import faces

    if not faces.available():
        pytest.skip("dlib or its model files are not installed")
    service = new_service(tmp_path / "faces", "林小雨")
    try:
        obama, biden, _ = service.import_photo_data(
            [
                ("obama.jpg", (FACES / "obama.jpg").read_bytes()),
                ("biden.jpg", (FACES / "biden.jpg").read_bytes()),
                ("coffee.jpg", jpeg(picture("coffee"))),
            ]
        )
        buyer = service.add_buyer("小鱼")
        deal = service.add_deal(buyer.id, [obama.id], "2025-05-05")
        service.set_face_matching(True)
        # another photograph of the same man: his face, nothing else of the vault photo
        [result] = service.matching.match([FACES / "obama2.jpg"], faces=True)
        assert service.matching.pending() == 0  # the faces were indexed first
        faced = [m for m in result.matches if m.method == "face"]
        assert faced and faced[0].item_id == obama.id
        assert faced[0].buyers == [BuyerRef(buyer.id, "小鱼")] and faced[0].deal_ids == [deal.id]
        assert faced[0].region is not None and len(faced[0].region) == 4
        assert "face_distance" in faced[0].details
        assert biden.id not in {m.item_id for m in faced if m.band == "strong"}
        # without --faces the face is not compared: the other photograph is not found
        [plain] = service.matching.match([FACES / "obama2.jpg"])
        assert all(m.method != "face" for m in plain.matches)
        assert faces.worker_pid() is not None
        assert service.matching.faces_held == 2
        service.set_face_matching(False)  # the embeddings leave the memory too
        assert service.matching.faces_held == 0
    finally:
        service.lock()
    assert faces.worker_pid() is None  # lock stopped the worker process


def test_how_many_changes_rewrite_the_cache_grows_with_the_index(
    sample: Sample, opened: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = write(tmp_path / "s.jpg", screenshot("chelsea"))
    opened.matching.match([shot])
    written = cache_object(opened)
    opened.import_photo_data([("IMG_hubble.jpg", jpeg(picture("hubble")))])
    opened.backfill()
    opened.delete_media(sample.items["rocket"])
    monkeypatch.setattr(matching, "REWRITE_AFTER", 1)
    monkeypatch.setattr(matching, "REWRITE_FRACTION", 0.5)  # 6 photos: more than 3 changes
    opened.matching.match([shot])
    assert (opened.matching.stats.added, opened.matching.stats.dropped) == (1, 1)
    assert not opened.matching.stats.cache_written and cache_object(opened) == written
    monkeypatch.setattr(matching, "REWRITE_FRACTION", 0.2)  # 6 photos: more than 1 change
    opened.matching.match([shot])  # the two changes still count
    assert opened.matching.stats.cache_written and cache_object(opened) != written


def test_a_failed_save_of_the_cache_leaves_no_object_and_the_match_goes_on(
    sample: Sample, opened: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import WriteFailed

    def full_disk() -> bool:
        raise WriteFailed("The disk is full; nothing was saved.")

    objects = sorted(p.name for p in (sample.path / "objects").rglob("*.lvo"))
    assert len(objects) > 2 * len(IN_VAULT)  # originals, thumbnails, features...
    generation = opened.vault.generation
    monkeypatch.setattr(opened.vault, "save_if_changed", full_disk)
    [result] = opened.matching.match([write(tmp_path / "s.jpg", screenshot("coffee"))])
    assert result.matches[0].item_id == sample.items["coffee"]
    assert not opened.matching.stats.cache_written
    assert cache_object(opened) == "" and opened.vault.generation == generation
    assert sorted(p.name for p in (sample.path / "objects").rglob("*.lvo")) == objects
    monkeypatch.undo()
    opened.matching.match([write(tmp_path / "s.jpg", screenshot("coffee"))])
    assert opened.matching.stats.cache_written and cache_object(opened)  # the next match saves


def test_lock_stops_the_face_worker_the_back_fill_started(tmp_path: Path) -> None:
    from app.matching import faces

    if not faces.available():
        pytest.skip("dlib or its model files are not installed")
    service = new_service(tmp_path / "faces", "林小雨")
    try:
        service.import_photo_data([("obama.jpg", (FACES / "obama.jpg").read_bytes())])
        service.set_face_matching(True)
        service.backfill()  # no match: the matching service was never made
        assert faces.worker_pid() is not None
    finally:
        service.lock()
    assert faces.worker_pid() is None
