"""Issue 16: ``match`` names the buyer whose delivery copy a found image is.

The real-photo vault of test_match_service.py (astronaut sold to 小鱼 and to 影视工作室B):
both deals are delivered, each buyer's copy of the astronaut gets its own geometric code; a
leak of one copy (cropped, halved, JPEG 70) is matched and the match says whose copy it is
(``"delivered_copy": {"buyer": {"id", "name"}, "deal", "code", "confidence"}``). A picture of
the original (not a delivery copy) names no buyer's copy.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.media import delivery as media
from app.services import delivery
from app.services.vault_service import VaultService
from tests.support import PASSWORD, Runner
from tests.unit.test_match_service import Sample, build_vault, jpeg, picture


@dataclasses.dataclass(frozen=True)
class Delivered:
    sample: Sample
    copies: dict[str, bytes]  # deal id -> that deal's astronaut copy
    codes: dict[str, str]  # deal id -> its code


@pytest.fixture(scope="module")
def delivered(tmp_path_factory: pytest.TempPathFactory) -> Delivered:
    root = tmp_path_factory.mktemp("delivery-match")
    sample = build_vault(root / "vault")
    service = VaultService.open(sample.path, password=PASSWORD)
    copies: dict[str, bytes] = {}
    codes: dict[str, str] = {}
    try:
        for deal_id in (sample.first_deal, sample.second_deal):
            written = delivery.deliver(service, deal_id, root / deal_id)
            [astronaut] = [c for c in written if c.delivery.item_id == sample.items["astronaut"]]
            copies[deal_id] = (root / deal_id / astronaut.delivery.file_name).read_bytes()
            codes[deal_id] = astronaut.delivery.code
    finally:
        service.lock()
    assert codes[sample.first_deal] != codes[sample.second_deal]
    return Delivered(sample, copies, codes)


@pytest.fixture
def sample(delivered: Delivered, tmp_path: Path) -> Sample:
    path = tmp_path / "vault"
    shutil.copytree(delivered.sample.path, path)
    return dataclasses.replace(delivered.sample, path=path)


def leak(data: bytes, halved: bool = True) -> bytes:
    """What a re-upload does: 5% off each side, half the size, JPEG 70."""
    with Image.open(io.BytesIO(data)) as opened:
        image = opened.convert("RGB")
    w, h = image.size
    image = image.crop((round(w * 0.05), round(h * 0.05), round(w * 0.95), round(h * 0.95)))
    if halved:
        image = image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS)
    return jpeg(image, 70)


def test_match_names_the_buyer_of_a_transformed_copy(
    delivered: Delivered, sample: Sample, run: Runner, tmp_path: Path
) -> None:
    for deal_id, buyer_id, name in (
        (sample.second_deal, sample.studio, "影视工作室B"),
        (sample.first_deal, sample.xiaoyu, "小鱼"),
    ):
        found = tmp_path / f"leak-{deal_id[:8]}.jpg"
        found.write_bytes(leak(delivered.copies[deal_id]))
        result = run("match", sample.path, found, "--json")
        assert result.code == 0, result.err
        [doc] = result.json()
        best = doc["matches"][0]
        assert best["item_id"] == sample.items["astronaut"]
        copy = best["delivered_copy"]
        assert copy["buyer"] == {"id": buyer_id, "name": name}
        assert copy["deal"] == deal_id and copy["code"] == delivered.codes[deal_id]
        assert 0.5 <= copy["confidence"] <= 1.0
        # a 230 px wide leak of a 512 px photo: the right buyer, but too small to assert it
        assert copy["band"] == "possible" and copy["reason"] == "small"
        assert copy["width"] < media.STRONG_WIDTH
    text = run("match", sample.path, found)  # the last one, 小鱼's, as a line
    assert text.code == 0, text.err
    assert (
        f"possibly the copy given to 小鱼 (code {delivered.codes[sample.first_deal]}; too small "
        "to tell buyers' copies apart: please check; notices do not name this buyer)"
    ) in text.out


def test_a_picture_of_the_original_names_no_buyers_copy(sample: Sample, tmp_path: Path) -> None:
    found = tmp_path / "original.jpg"
    found.write_bytes(leak(jpeg(picture("astronaut"))))
    service = VaultService.open(sample.path, password=PASSWORD)
    try:
        [result] = service.matching.match([found])
    finally:
        service.lock()
    best = result.matches[0]
    assert best.item_id == sample.items["astronaut"]
    assert best.delivered_copy is None
    assert "delivered_copy" not in best.to_json()


def test_the_takedown_notice_and_the_evidence_report_name_the_copy_a_sighting_shows(
    delivered: Delivered, sample: Sample, tmp_path: Path
) -> None:
    import re
    import zipfile

    from app.services import evidence
    from app.services import letters as L
    from tests.unit.test_takedowns import pdf_text

    shot = tmp_path / "screenshot.jpg"  # shown 512 px wide: a strong reading (halved: possible)
    shot.write_bytes(leak(delivered.copies[sample.second_deal], halved=False))
    url = "https://v.douyin.com/leak123/"
    service = VaultService.open(sample.path, password=PASSWORD)
    try:
        sighting = service.add_sighting(
            url,
            seen_on="2026-11-20",
            media_ids=[sample.items["astronaut"]],
            screenshots=[(shot, "other")],
        )
        comp = L.compose_takedown(
            service, "douyin", [url], [sample.items["astronaut"]], "en", today=date(2026, 11, 30)
        )
        text = pdf_text(L.render(comp))
        comp_zh = L.compose_takedown(
            service, "douyin", [url], [sample.items["astronaut"]], "zh-CN", today=date(2026, 11, 30)
        )
        text_zh = pdf_text(L.render(comp_zh))
        bundle = tmp_path / "evidence.zip"
        evidence.export_evidence(service, bundle, sighting_id=sighting.id)
    finally:
        service.lock()
    code = delivered.codes[sample.second_deal]
    assert "deliverycopyofIMG_astronaut.jpgthatwenttothebuyer影视工作室B" in text
    assert f"carriesthegeometriccode{code}" in text and "2025-04-01" in text
    assert "交付给买家影视工作室B的照片IMG_astronaut.jpg副本" in text_zh and code in text_zh
    with zipfile.ZipFile(bundle) as archive:
        report = archive.read("report.pdf")
    from pypdf import PdfReader

    flat = re.sub(
        r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(report)).pages)
    )
    assert "所示交付副本" in flat and "与交付给影视工作室B的副本相符" in flat and code in flat
