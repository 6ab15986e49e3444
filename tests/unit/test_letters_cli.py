"""The CLI contract of issue 6: letter, takedown, letters [--due], mark-sent."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.services.vault_service import VaultService
from tests.support import PASSWORD, jpeg_bytes, new_service


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "v"
    svc = new_service(path, "林小雨")
    svc.update_performer(legal_name="林雨", id_number="110101199001011234")
    items = svc.import_photo_data((f"IMG_{i}.jpg", jpeg_bytes(seed=i)) for i in range(2))
    free = svc.add_buyer("阿杰")
    fixed = svc.add_buyer("星河")
    ids = [m.id for m in items]
    svc.add_deal(free.id, ids, "2025-06-01", term="unstated")
    svc.add_deal(fixed.id, ids, "2025-06-01", term="until", term_until="2099-01-01")
    svc.lock()
    return path, {"free": free.id, "fixed": fixed.id, "photo": ids[0]}


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(pdf).pages))


def test_letter_writes_the_pdf_and_records_a_draft(run: Any, vault: Any, tmp_path: Path) -> None:
    path, ids = vault
    out = tmp_path / "letter.pdf"
    result = run("letter", path, "--buyer", ids["free"], "--lang", "en", "-o", out, "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["route"] == "1022-1" and doc["letter"]["status"] == "draft"
    assert doc["output"] == str(out)
    assert "Article1022,paragraph1" in text_of(out)
    listed = run("letters", path, "--json").json()
    assert [x["id"] for x in listed] == [doc["letter"]["id"]]


def test_fixed_term_without_reason_exits_1_asking_for_it(
    run: Any, vault: Any, tmp_path: Path
) -> None:
    path, ids = vault
    out = tmp_path / "x.pdf"
    result = run("letter", path, "--buyer", ids["fixed"], "-o", out)
    assert result.code == 1
    assert "justified reason" in result.err and "--reason" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not out.exists()
    ok = run("letter", path, "--buyer", ids["fixed"], "--reason", "AI 训练未经同意", "-o", out)
    assert ok.code == 0 and "第一千零二十二条第二款" in text_of(out)


def test_takedown_and_mark_sent_and_due(run: Any, vault: Any, tmp_path: Path) -> None:
    path, ids = vault
    out = tmp_path / "t.pdf"
    result = run(
        "takedown",
        path,
        "--platform",
        "douyin",
        "--url",
        "https://v.douyin.com/a",
        "--url",
        "https://v.douyin.com/b",
        "--photo",
        ids["photo"],
        "-o",
        out,
        "--json",
    )
    assert result.code == 0, result.err
    doc = result.json()
    text = text_of(out)
    assert "第一千一百九十五条" in text and "110101199001011234" in text
    assert "https://v.douyin.com/b" in text
    letter_id = doc["letter"]["id"]
    long_ago = (date.today() - timedelta(days=30)).isoformat()
    before = run("mark-sent", path, letter_id, "--date", long_ago)  # before it was written
    assert before.code == 1 and "before the letter was written" in before.err
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert "in the future" in run("mark-sent", path, letter_id, "--date", tomorrow).err
    today = date.today().isoformat()
    sent = run("mark-sent", path, letter_id, "--date", today, "--channel", "平台投诉页")
    assert sent.code == 0, sent.err
    assert run("letters", path, "--due").out.count(letter_id) == 0  # deadline counts from today
    assert run("mark-sent", path, letter_id, "--date", "soon").code == 1
    assert run("mark-sent", path, "ffffffffff", "--date", long_ago).code == 1


def test_letters_due_lists_an_overdue_letter(run: Any, vault: Any, tmp_path: Path) -> None:
    path, ids = vault
    out = tmp_path / "l.pdf"
    doc = run("letter", path, "--buyer", ids["free"], "-o", out, "--json", "--deadline-days", "1")
    letter_id = doc.json()["letter"]["id"]
    assert run("letters", path, "--due", "--json").json() == []
    nothing_due = run("letters", path, "--due")
    assert (nothing_due.code, nothing_due.out) == (0, "")
    assert "No letter is overdue." in nothing_due.err
    svc = VaultService.open(path, PASSWORD)
    try:  # make the deadline pass: the letter was sent and its deadline was yesterday
        with svc.transaction() as records:
            old = records.letters[letter_id]
            yesterday = (date.today() - timedelta(days=1)).isoformat()
            records.letters[letter_id] = dataclasses.replace(
                old, status="sent", sent_on=yesterday, deadline=yesterday
            )
    finally:
        svc.lock()
    due = run("letters", path, "--due", "--json").json()
    assert [d["id"] for d in due] == [letter_id] and due[0]["next_step"] == "reminder"
    assert "OVERDUE" in run("letters", path, "--due").out


def test_usage_errors_exit_2(run: Any, vault: Any, tmp_path: Path) -> None:
    path, ids = vault
    assert run("takedown", path, "--platform", "youtube", "--url", "x", "-o", "a.pdf").code == 2
    assert run("letter", path, "--buyer", ids["free"], "--kind", "threat", "-o", "a.pdf").code == 2
    assert run("letter", path, "--buyer", ids["free"]).code == 2  # -o is required
