"""The licence contract (授权协议): what the PDF says, the deal it records, the CLI's rules."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from app.documents.letters import legal_data
from app.errors import InvalidInput
from app.services import contracts
from app.services.vault_service import VaultService
from app.vault import migrations
from tests.support import PASSWORD, performer_vault

LEGAL_NAME = "林小雨"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return flat("".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[VaultService]:
    service = performer_vault(tmp_path / "vault", photos=3, legal_name=LEGAL_NAME)
    yield service
    if service.vault.is_open:
        service.lock()


def buyer(service: VaultService, name: str = "短剧工作室阿杰") -> str:
    return service.add_buyer(
        name, platform="xianyu", platform_user_id="tb_8823991", contact="ajie_2025"
    ).id


TERMS: dict[str, Any] = {
    "uses": ["face_swap_drama", "advertising", "other"],
    "uses_other": "朋友圈宣传图",
    "price": "30.50",
    "ai_training": "no",
    "term": "until",
    "term_until": "2027-06-30",
    "platforms": "抖音、快手；中国大陆",
    "payment": "within_days",
    "payment_days": 7,
}


@pytest.mark.parametrize("layout", ["zh-CN", "en", "bilingual"])
def test_the_pdf_states_each_chosen_term_and_the_annex_hashes(
    vault: VaultService, layout: str
) -> None:
    media = sorted(vault.records.media)
    made = contracts.create(vault, buyer(vault), media, layout=layout, **TERMS)
    text = pdf_text(made.pdf)
    langs = ["zh-CN", "en"] if layout == "bilingual" else [layout]
    assert LEGAL_NAME in text and "短剧工作室阿杰" in text and "tb_8823991" in text
    assert flat(TERMS["platforms"]) in text
    for item in media:
        assert vault.records.media[item].sha256 in text
    for lang in langs:
        data = legal_data()
        for key in ("face_swap_drama", "advertising"):
            assert flat(data.text[lang]["uses"][key]) in text
        assert "朋友圈宣传图" in text
        if layout == "bilingual":
            continue  # a clause that goes on over a page is cut by the other column's
        assert flat(data.join_citations(["dsp-14", "pipl-15"], lang)) in text  # synthesis
        assert flat(data.join_citations(["label-10", "dsp-18"], lang)) in text  # labelling
        assert flat(data.join_citations(["cc-1022-2"], lang)) in text  # a term with a date
    if "zh-CN" in langs:
        assert "人民币30.50元" in text and "2027年6月30日" in text
        assert "乙方不得以授权材料" in text  # no AI training
        assert "乙方的闲鱼账号“tb_8823991”" in text  # notices go to the Xianyu id
    if "en" in langs:
        assert "30.50CNY" in text and "2027-06-30" in text
        assert "PartyBshallnottrainorfine-tune" in text
        assert "XianyuAccount" in text or "Xianyuaccount" in text
    assert made.warnings == []  # a term with an end date: nothing to warn about


def test_an_open_term_warns_and_the_contract_explains_1022_1(
    vault: VaultService, tmp_path: Path, run: Any
) -> None:
    buyer_id = buyer(vault)
    made = contracts.create(
        vault,
        buyer_id,
        sorted(vault.records.media)[:1],
        uses=["dataset_resale"],
        price="0",
        ai_training="yes",
        term="unlimited",
    )
    assert made.warnings and "第一千零二十二条第一款" in made.warnings[0]
    text = pdf_text(made.pdf)
    assert flat(legal_data().join_citations(["cc-1022-1"], "zh-CN")) in text
    assert "任何一方当事人可以随时解除本协议" in text
    assert "甲方同意乙方以授权材料训练" in text  # AI training allowed, as chosen
    assert "本协议不包含甲方对深度合成编辑" in text  # no face-swap use: no consent given
    vault.lock()
    out = tmp_path / "open.pdf"
    args = ["contract", str(tmp_path / "vault"), "--buyer", buyer_id, "--photo"]
    args += [sorted(made.deal.media_ids)[0], "--uses", "advertising", "--ai-training", "no"]
    args += ["--term", "unlimited", "--price", "10", "--payment", "on_delivery", "-o", str(out)]
    result = run(*args, stdin=PASSWORD + "\n")
    assert result.code == 0, result.err
    assert "warning:" in result.err and "Article 1022, paragraph 1" in result.err


def test_a_contract_never_invents_a_term_the_record_lacks(
    vault: VaultService, tmp_path: Path, run: Any
) -> None:
    buyer_id = buyer(vault)
    media = sorted(vault.records.media)
    base = dict(TERMS)
    for missing, sentence in (
        ({"ai_training": "unstated"}, "train AI models"),
        ({"term": "unstated", "term_until": ""}, "how long the licence runs"),
        ({"uses": [], "uses_other": ""}, "what the photos may be used for"),
        ({"uses": ["other"], "uses_other": ""}, "needs its text"),
        ({"price": ""}, "states the price"),
        ({"payment": "unstated", "payment_days": 0}, "how and when the price is paid"),
    ):
        with pytest.raises(InvalidInput, match=sentence):
            contracts.create(vault, buyer_id, media, **{**base, **missing})
    assert vault.records.deals == {} and vault.records.attachments == {}
    vault.update_performer(legal_name="")
    with pytest.raises(InvalidInput, match="legal name"):
        contracts.create(vault, buyer_id, media, **base)
    vault.update_performer(legal_name=LEGAL_NAME)
    vault.lock()
    out = tmp_path / "c.pdf"
    args = ["contract", str(tmp_path / "vault"), "--buyer", buyer_id, "--photo", media[0]]
    args += ["--uses", "advertising", "--price", "10", "--term", "unlimited", "-o", str(out)]
    result = run(*args, stdin=PASSWORD + "\n")  # no --ai-training
    assert result.code != 0 and "--ai-training" in result.err
    assert not out.exists()


def test_hostile_buyer_names_are_printed_as_text(vault: VaultService) -> None:
    hostile = '<b>老板</b><img src="/etc/passwd"/> \u202eevil\u202c & <font size=40>x'
    buyer_id = vault.add_buyer(hostile, platform="wechat", platform_user_id="<i>wx</i>").id
    for layout in ("zh-CN", "en", "bilingual"):
        made = contracts.create(
            vault,
            buyer_id,
            sorted(vault.records.media)[:1],
            **{**TERMS, "uses_other": "<br/>别处&nbsp;"},
            layout=layout,
        )
        text = pdf_text(made.pdf)
        assert flat('<b>老板</b><img src="/etc/passwd"/>') in text
        assert "<font" in text and "<i>wx</i>" in text and "<br/>别处&nbsp;" in text
        assert "\u202e" not in text and "evil" in text


def test_the_migration_keeps_old_free_text_as_other() -> None:
    doc: dict[str, Any] = {
        "schema": 3,
        "records": {
            "deals": [
                {"id": "a" * 32, "buyer_id": "b", "date": "2025-01-01", "uses": "AI换脸短剧, 广告"},
                {"id": "c" * 32, "buyer_id": "b", "date": "2025-01-01", "uses": ""},
                {"id": "d" * 32, "buyer_id": "b", "date": "2025-01-01"},
            ]
        },
    }
    upgraded, passed = migrations.upgrade(doc)
    assert passed[0] == 3 and upgraded["schema"] == migrations.SCHEMA_VERSION
    first, empty, absent = upgraded["records"]["deals"]
    assert (first["uses"], first["uses_other"]) == (["other"], "AI换脸短剧, 广告")
    assert (empty["uses"], empty["uses_other"]) == ([], "")
    assert absent["uses"] == []
    assert doc["records"]["deals"][0]["uses"] == "AI换脸短剧, 广告"  # the input is not changed


def test_the_deal_and_the_pdf_agree_and_an_edit_needs_a_new_version(
    vault: VaultService, tmp_path: Path
) -> None:
    buyer_id = buyer(vault)
    media = sorted(vault.records.media)[:2]
    out = tmp_path / "contract.pdf"
    made = contracts.create(vault, buyer_id, media, output=out, **TERMS)
    deal = vault.deal(made.deal.id)
    assert (deal.buyer_id, deal.media_ids, deal.price, deal.currency) == (
        buyer_id,
        media,
        "30.50",
        "CNY",
    )
    assert (deal.uses, deal.uses_other) == (TERMS["uses"], TERMS["uses_other"])
    assert (deal.ai_training, deal.term, deal.term_until, deal.territory) == (
        "no",
        "until",
        "2027-06-30",
        TERMS["platforms"],
    )
    assert deal.contract_ids == deal.attachment_ids == [made.attachment_id]
    attachment = vault.records.attachments[made.attachment_id]
    assert attachment.kind == "contract"
    assert vault.attachment_bytes(attachment.id) == made.pdf == out.read_bytes()
    assert contracts.contract_matches(vault, deal) is True

    vault.update_deal(deal.id, price="45")
    edited = vault.deal(deal.id)
    assert contracts.contract_matches(vault, edited) is False
    again = contracts.new_version(vault, deal.id, layout="en")
    assert again.version == 2 and "45CNY" in pdf_text(again.pdf)
    final = vault.deal(deal.id)
    assert final.contract_ids == [made.attachment_id, again.attachment_id]
    assert contracts.contract_matches(vault, final) is True
    # the deal's attachments list loses the newest contract: it is no longer the contract
    vault.update_deal(deal.id, attachment_ids=[made.attachment_id])
    assert vault.deal(deal.id).contract_ids == [made.attachment_id]
    assert contracts.contract_matches(vault, vault.deal(deal.id)) is False


def test_the_cli_records_the_deal_and_refuses_to_overwrite_without_force(
    vault: VaultService, tmp_path: Path, run: Any
) -> None:
    buyer_id = buyer(vault)
    media = sorted(vault.records.media)
    vault.lock()
    out = tmp_path / "contract.pdf"
    out.write_bytes(b"my own file")
    args = ["contract", str(tmp_path / "vault"), "--buyer", buyer_id]
    for item in media:
        args += ["--photo", item]
    args += ["--uses", "face_swap_drama,other", "--uses-other", "朋友圈", "--ai-training", "no"]
    args += ["--term-until", "2027-06-30", "--price", "30", "--platforms", "抖音"]
    args += ["--payment", "paid", "--payment-date", "2026-01-05", "--date", "2026-01-10"]
    args += ["--lang", "bilingual", "-o", str(out), "--json"]
    refused = run(*args, stdin=PASSWORD + "\n")
    assert refused.code != 0 and "--force" in refused.err
    assert out.read_bytes() == b"my own file"
    made = run(*args, "--force", stdin=PASSWORD + "\n")
    assert made.code == 0, made.err
    answer = made.json()
    assert out.read_bytes().startswith(b"%PDF")
    service = VaultService.open(tmp_path / "vault", PASSWORD)
    try:
        deal = service.deal(answer["deal"])
        assert deal.contract_ids == [answer["contract_attachment"]]
        assert (deal.uses, deal.uses_other, deal.territory) == (
            ["face_swap_drama", "other"],
            "朋友圈",
            "抖音",
        )
        assert (deal.date, deal.payment, deal.payment_date) == ("2026-01-10", "paid", "2026-01-05")
        assert len(service.records.deals) == 1  # the refused run recorded nothing
    finally:
        service.lock()
    again = run(
        "contract",
        str(tmp_path / "vault"),
        "--deal",
        answer["deal"],
        "--lang",
        "en",
        "-o",
        str(tmp_path / "v2.pdf"),
        "--json",
        stdin=PASSWORD + "\n",
    )
    assert again.code == 0, again.err
    assert again.json()["version"] == 2 and again.json()["deal"] == answer["deal"]
    mixed = run(
        "contract",
        str(tmp_path / "vault"),
        "--deal",
        answer["deal"],
        "--price",
        "5",
        "-o",
        str(tmp_path / "v3.pdf"),
        stdin=PASSWORD + "\n",
    )
    assert mixed.code != 0 and "edit-deal" in mixed.err and not (tmp_path / "v3.pdf").exists()


def test_the_contract_embeds_its_font(vault: VaultService, tmp_path: Path) -> None:
    made = contracts.create(
        vault, buyer(vault), sorted(vault.records.media), layout="bilingual", **TERMS
    )
    path = tmp_path / "c.pdf"
    path.write_bytes(made.pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, fonts.stdout
    for row in rows:
        assert "WenQuanYiMicroHei" in row, row  # the one embedded CJK font (its subsets)
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, unicode


def test_a_failed_save_leaves_the_output_as_it_was(
    vault: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buyer_id = buyer(vault)
    media = sorted(vault.records.media)

    def full_disk(*_args: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault, "_store_data", full_disk)
    new = tmp_path / "new.pdf"
    with pytest.raises(OSError):
        contracts.create(vault, buyer_id, media, output=new, **TERMS)
    assert not new.exists()
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF the user's older file")
    with pytest.raises(OSError):
        contracts.create(vault, buyer_id, media, output=old, overwrite=True, **TERMS)
    assert old.read_bytes() == b"%PDF the user's older file"
    assert vault.records.deals == {} and vault.records.attachments == {}


def test_a_deal_of_a_schema_3_vault_gets_a_contract_with_its_old_text(tmp_path: Path) -> None:
    """Old input: the golden vault of schema 3 (free-text uses), upgraded on open; its deal's
    text became the use "other" and a contract for it states that text, word for word."""
    import json
    import shutil

    golden = Path(__file__).resolve().parents[1] / "data" / "golden"
    expected = json.loads((golden / "format-1-schema-3.json").read_text(encoding="utf-8"))
    shutil.copytree(golden / "format-1-schema-3", tmp_path / "vault")
    service = VaultService.open(tmp_path / "vault", expected["password"])
    try:
        old = next(d for d in expected["records"]["deals"] if d["uses"])
        deal = service.deal(old["id"])
        assert (deal.uses, deal.uses_other) == (["other"], old["uses"])
        assert contracts.contract_matches(service, deal) is None  # the app made no contract
        assert deal.payment == "unstated"  # schema 5: an old deal said nothing about payment
        with pytest.raises(InvalidInput, match="how and when the price is paid"):
            contracts.new_version(service, deal.id, layout="zh-CN")
        service.update_deal(deal.id, payment="on_delivery")
        made = contracts.new_version(service, deal.id, layout="zh-CN")
        assert made.version == 1 and flat(old["uses"]) in pdf_text(made.pdf)
        assert contracts.contract_matches(service, service.deal(deal.id)) is True
    finally:
        service.lock()
