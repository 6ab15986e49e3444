"""Issue 15, the CLI: ``match VAULT IMAGE_OR_VIDEO... [--faces] [--json]``, ``face-matching``
and ``add-sighting --from-match``, on the real-photo vault of test_match_service.py.

--json is the contract of docs/matching.md (per input {"input", "kind", "frames_examined",
"matches": [{"item_id", "name", "score", "band", "method", "buyers": [{"id", "name"}], "deals",
"frame_time", "region", "details"}]}, "error" for an input that could not be read); an empty
list when nothing matches; exit 0 when at least one input was read, 1 when none could be; the
human output is a ranked line per photo; photos not yet indexed are indexed first.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from app.services.vault_service import VaultService
from tests.support import PASSWORD, Runner
from tests.unit.test_match_service import (
    Sample,
    build_vault,
    jpeg,
    make_clip,
    picture,
    screenshot,
    write,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build_vault(tmp_path_factory.mktemp("cli-match") / "vault")


@pytest.fixture
def sample(template: Sample, tmp_path: Path) -> Sample:
    path = tmp_path / "vault"
    shutil.copytree(template.path, path)
    return dataclasses.replace(template, path=path)


def opened(sample: Sample) -> VaultService:
    return VaultService.open(sample.path, password=PASSWORD)


MATCH_KEYS = {
    "item_id",
    "name",
    "score",
    "band",
    "method",
    "buyers",
    "deals",
    "frame_time",
    "region",
    "details",
}


def test_json_per_input_matches_and_errors(sample: Sample, run: Runner, tmp_path: Path) -> None:
    shot = write(tmp_path / "shot.jpg", screenshot("astronaut"))
    unrelated = write(tmp_path / "brick.jpg", picture("brick"))
    corrupt = tmp_path / "broken.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    result = run("match", sample.path, shot, unrelated, corrupt, "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert [d["input"] for d in doc] == [str(shot), str(unrelated), str(corrupt)]
    first, second, third = doc
    assert first["kind"] == "image" and first["frames_examined"] == 1 and "error" not in first
    best = first["matches"][0]
    assert set(best) == MATCH_KEYS
    assert best["item_id"] == sample.items["astronaut"] and best["name"] == "IMG_astronaut.jpg"
    assert best["band"] == "strong" and best["method"] in ("pdq", "features")
    assert 0 < best["score"] <= 1 and best["frame_time"] is None
    assert best["buyers"] == [
        {"id": sample.xiaoyu, "name": "小鱼"},
        {"id": sample.studio, "name": "影视工作室B"},
    ]
    assert best["deals"] == [sample.first_deal, sample.second_deal]
    assert best["region"] is None or len(best["region"]) == 4
    assert second["matches"] == [] and "error" not in second
    assert third["matches"] == [] and third["kind"] == "unknown"
    assert "broken.png" in third["error"]
    assert "broken.png" in result.err  # also said on stderr, the JSON stays on stdout


def test_exit_1_when_no_input_could_be_read(sample: Sample, run: Runner, tmp_path: Path) -> None:
    bad = tmp_path / "a.jpg"
    bad.write_bytes(b"\xff\xd8\xff" + b"x" * 50)
    result = run("match", sample.path, bad, tmp_path / "missing.mp4", "--json")
    assert result.code == 1
    assert [d["input"] for d in result.json()] == [str(bad), str(tmp_path / "missing.mp4")]
    assert all(d["error"] for d in result.json())


def test_human_output_is_a_ranked_list(sample: Sample, run: Runner, tmp_path: Path) -> None:
    shot = write(tmp_path / "shot.jpg", screenshot("astronaut"))
    unrelated = write(tmp_path / "moon.jpg", picture("moon"))
    result = run("match", sample.path, shot, unrelated)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"{shot}:"
    assert lines[1].startswith("  1. IMG_astronaut.jpg (set 2025-03-02) strong, ")
    assert lines[1].endswith(
        f"sold to 小鱼 (deal {sample.first_deal[:8]}), 影视工作室B (deal {sample.second_deal[:8]})"
    )
    assert f"{unrelated}: no match" in lines


def test_photos_not_yet_indexed_are_indexed_first(
    sample: Sample, run: Runner, tmp_path: Path
) -> None:
    service = opened(sample)
    try:
        [item] = service.import_photo_data([("IMG_hubble.jpg", jpeg(picture("hubble")))])
        assert service.matching.pending() == 1
    finally:
        service.lock()
    shot = write(tmp_path / "hubble.jpg", screenshot("hubble"))
    result = run("match", sample.path, shot, "--json")
    assert result.code == 0, result.err
    assert result.json()[0]["matches"][0]["item_id"] == item.id
    assert "Indexing 1 photo(s) not indexed yet first" in result.err  # stdout stays JSON
    service = opened(sample)
    try:
        assert service.matching.pending() == 0
        assert service.records.matching.index_object_id  # the search index cache was saved
    finally:
        service.lock()


def test_faces_need_face_matching_on(sample: Sample, run: Runner, tmp_path: Path) -> None:
    service = opened(sample)
    try:
        service.import_photo_data([("IMG_hubble.jpg", jpeg(picture("hubble")))])
    finally:
        service.lock()
    shot = write(tmp_path / "shot.jpg", screenshot("coffee"))
    result = run("match", sample.path, shot, "--faces")
    assert result.code == 1 and "Indexing" not in result.err  # refused before any work
    assert "Face matching is off" in result.err and "the command face-matching" in result.err


def test_face_matching_on_and_off(sample: Sample, run: Runner) -> None:
    result = run("face-matching", sample.path, "on")
    assert result.code == 0 and "Face matching is on" in result.out
    service = opened(sample)
    try:
        assert service.records.matching.face_matching
    finally:
        service.lock()
    assert "already on" in run("face-matching", sample.path, "on").out
    result = run("face-matching", sample.path, "off")
    assert result.code == 0 and "Face matching is off" in result.out
    service = opened(sample)
    try:
        assert not service.records.matching.face_matching
    finally:
        service.lock()


def test_add_sighting_from_match_records_photos_buyers_and_the_screenshot(
    sample: Sample, run: Runner, tmp_path: Path
) -> None:
    shot = write(tmp_path / "frame.jpg", screenshot("chelsea"))
    result = run(
        "add-sighting",
        sample.path,
        "--url",
        "https://v.douyin.com/abc123/",
        "--from-match",
        shot,
        "--json",
    )
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["media_ids"] == [sample.items["chelsea"]]
    assert doc["buyer_ids"] == [sample.xiaoyu]
    assert "matched: IMG_chelsea.jpg" in result.err
    service = opened(sample)
    try:
        sighting = service.records.sightings[doc["id"]]
        [attachment_id] = sighting.attachment_ids
        attachment = service.records.attachments[attachment_id]
        assert attachment.name == "frame.jpg"
        stored = service.vault.read_object_bytes(attachment.object_id, attachment.name)
        assert stored == shot.read_bytes()
    finally:
        service.lock()


def test_add_sighting_from_match_of_a_clip_stores_the_clip_and_the_frame(
    sample: Sample, run: Runner, tmp_path: Path
) -> None:
    clip = make_clip(tmp_path / "rec.mp4", [(picture("brick"), 1.5), (picture("coffee"), 1.5)])
    result = run(
        "add-sighting",
        sample.path,
        "--url",
        "https://example.com/v",
        "--from-match",
        clip,
        "--json",
    )
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["media_ids"] == [sample.items["coffee"]] and doc["buyer_ids"] == [sample.studio]
    service = opened(sample)
    try:
        clip_file, frame = (service.records.attachments[a] for a in doc["attachment_ids"])
        assert clip_file.name == "rec.mp4"
        assert service.vault.read_object_bytes(clip_file.object_id, "clip") == clip.read_bytes()
        assert frame.name.startswith("rec-") and frame.name.endswith("s.png")
        assert frame.mime == "image/png"
    finally:
        service.lock()


def test_add_sighting_from_match_with_no_match_saves_nothing(
    sample: Sample, run: Runner, tmp_path: Path
) -> None:
    service = opened(sample)
    generation = service.vault.generation
    service.lock()
    # the search index cache is written by the match; nothing of the sighting is
    unrelated = write(tmp_path / "grass.jpg", picture("brick"))
    result = run(
        "add-sighting", sample.path, "--url", "https://example.com/x", "--from-match", unrelated
    )
    assert result.code == 1
    assert "grass.jpg shows none of the photos in this vault; no sighting was recorded." in (
        result.err
    )
    service = opened(sample)
    try:
        assert service.records.sightings == {} and service.records.attachments == {}
        assert service.vault.generation <= generation + 1
    finally:
        service.lock()


def test_add_sighting_from_match_of_an_unreadable_file_saves_nothing(
    sample: Sample, run: Runner, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff" + b"x" * 50)
    result = run("add-sighting", sample.path, "--url", "https://example.com/x", "--from-match", bad)
    assert result.code == 1 and "bad.jpg" in result.err
    service = opened(sample)
    try:
        assert service.records.sightings == {}
    finally:
        service.lock()


def test_help_tells_the_exit_status(run: Runner) -> None:
    result = run("match", "--help")
    assert result.code == 0
    assert "0 when at least one input was read, 1 when none could be" in " ".join(
        result.out.split()
    )
    result = run("add-sighting", "--help")
    assert "--from-match" in result.out


def test_faces_find_the_same_person_in_another_photograph(run: Runner, tmp_path: Path) -> None:
    from app.matching import faces
    from tests.support import new_service
    from tests.unit.test_match_service import FACES

    if not faces.available():
        pytest.skip("dlib or its model files are not installed")
    service = new_service(tmp_path / "v", "林小雨")
    try:
        [obama] = service.import_photo_data([("obama.jpg", (FACES / "obama.jpg").read_bytes())])
    finally:
        service.lock()
    other = FACES / "obama2.jpg"
    assert run("match", tmp_path / "v", other, "--json").json()[0]["matches"] == []
    assert run("face-matching", tmp_path / "v", "on").code == 0
    result = run("match", tmp_path / "v", other, "--faces", "--json")
    assert result.code == 0, result.err
    [found] = result.json()[0]["matches"]
    assert found["item_id"] == obama.id and found["method"] == "face"
    assert "face_distance" in found["details"] and len(found["region"]) == 4
    refused = run("face-matching", tmp_path / "v", "off")  # a script must confirm with --yes
    assert refused.code == 1 and "--yes" in refused.err
    assert run("match", tmp_path / "v", other, "--faces", "--json").code == 0  # still on
    result = run("face-matching", tmp_path / "v", "off", "--yes")
    assert result.code == 0 and "the face data of 1 photo(s) was deleted" in result.out


def test_a_photo_with_damaged_search_data_is_named_and_the_others_match(
    sample: Sample, run: Runner, tmp_path: Path
) -> None:
    from app.services.matching import FEATURES_KEY

    service = opened(sample)
    try:
        coffee = service.records.media[sample.items["coffee"]]
        path = service.vault.object_path(coffee.derived[FEATURES_KEY])
    finally:
        service.lock()
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x10
    path.write_bytes(bytes(data))
    shot = write(tmp_path / "chelsea.jpg", screenshot("chelsea"))
    result = run("match", sample.path, shot, "--json")
    assert result.code == 0, result.err
    assert result.json()[0]["matches"][0]["item_id"] == sample.items["chelsea"]
    assert (
        f"warning: IMG_coffee.jpg ({coffee.id[:8]}) is left out of the search: its stored "
        "search data is damaged (check the vault)." in result.err
    )


def test_other_commands_and_the_lock_load_no_matching_engine(sample: Sample) -> None:
    """``photos`` (whose lock also asks the face worker to stop) imports neither OpenCV, PyAV,
    dlib nor the engine: only ``match`` pays for them."""
    import subprocess
    import sys

    from tests.support import subprocess_env

    script = (
        "import io, sys\n"
        "from app import cli\n"
        f"sys.stdin = io.StringIO({PASSWORD!r} + '\\n')\n"
        f"code = cli.main(['photos', {str(sample.path)!r}])\n"
        "heavy = ('cv2', 'av', 'dlib', 'app.matching.engine')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules), code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=120,
        check=False,
    )
    assert "LOADED [] 0" in done.stdout, done.stdout + done.stderr
