"""Issue 12: every feature of the app is also a command. Edit and delete photos, buyers, deals,
sightings and draft letters; set-status and attach-reply for letters; the performer's details
(me, set-details); attachments and export-attachment; new-recovery-key. Deleting asks on a
terminal or needs --yes (a script without --yes changes nothing). IDs are accepted as unique
prefixes of 4+ characters and letters by their LV-XXXXXXXX reference; an ambiguous prefix names
the candidates. A command imports only what it uses (photos: no reportlab)."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.cli.common import json_text
from app.domain.models import Buyer, to_dict
from app.services import letters as service_letters
from app.services.vault_service import VaultService
from tests.support import (
    PASSWORD,
    Result,
    create_vault,
    jpeg_bytes,
    new_service,
    png_bytes,
    subprocess_env,
    write,
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    def runner(*argv: str | Path, answer: str | None = None) -> Result:
        if answer is None:  # a script: the password on standard input
            monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        else:  # a terminal: the password without echo, then the answer to the question
            monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
            monkeypatch.setattr(sys, "stdin", Terminal(answer))
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner


@dataclasses.dataclass
class Case:
    path: Path
    photos: list[str]
    buyer: str
    idle_buyer: str
    deal: str
    sighting: str
    contract: str

    def open(self) -> VaultService:
        return VaultService.open(self.path, password=PASSWORD)


@pytest.fixture
def case(tmp_path: Path) -> Case:
    path = tmp_path / "v"
    svc = new_service(path, "林小雨")
    items = svc.import_photo_data((f"IMG_{i}.jpg", jpeg_bytes(seed=i)) for i in range(3))
    buyer = svc.add_buyer("阿杰", platform="xianyu")
    idle = svc.add_buyer("路人")
    contract = write(tmp_path / "合同.pdf", b"%PDF-1.4 contract")
    deal = svc.add_deal(
        buyer.id, [m.id for m in items[:2]], "2025-06-01", attach=[(contract, "contract")]
    )
    sighting = svc.add_sighting("https://www.douyin.com/video/1", media_ids=[items[0].id])
    case = Case(
        path,
        [m.id for m in items],
        buyer.id,
        idle.id,
        deal.id,
        sighting.id,
        deal.attachment_ids[0],
    )
    svc.lock()
    return case


# --- photos ------------------------------------------------------------------------------------


def test_edit_photo_changes_only_what_is_given(run: Any, case: Case) -> None:
    photo = case.photos[0]
    result = run(
        "edit-photo", case.path, photo[:6], "--set", "夏日", "--tag", "a", "--tag", "b", "--json"
    )
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["id"] == photo and doc["set_name"] == "夏日" and doc["tags"] == ["a", "b"]
    assert doc["name"] == "IMG_0.jpg" and "object_id" not in doc
    plain = run("edit-photo", case.path, photo, "--no-tags", "--note", "备注")
    assert plain.code == 0 and plain.out.startswith(photo)
    svc = case.open()
    item = svc.records.media[photo]
    assert (item.set_name, item.tags, item.notes) == ("夏日", [], "备注")
    svc.lock()


def test_delete_photo_needs_yes_in_a_script_and_asks_on_a_terminal(run: Any, case: Case) -> None:
    photo = case.photos[0]
    refused = run("delete-photo", case.path, photo)
    assert refused.code == 1 and "--yes" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    said_no = run("delete-photo", case.path, photo, answer="n\n")
    assert said_no.code == 1 and "Nothing was deleted" in said_no.err
    ctrl_d = run("delete-photo", case.path, photo, answer="")
    assert ctrl_d.code == 1
    svc = case.open()
    assert photo in svc.records.media  # nothing changed so far
    svc.lock()
    said_yes = run("delete-photo", case.path, photo, answer="y\n")
    assert said_yes.code == 0, said_yes.err
    assert "IMG_0.jpg" in said_yes.out
    svc = case.open()
    assert photo not in svc.records.media
    assert photo not in svc.records.deals[case.deal].media_ids
    assert photo not in svc.records.sightings[case.sighting].media_ids
    svc.lock()
    assert run("delete-photo", case.path, case.photos[1], "--yes").code == 0


# --- buyers ------------------------------------------------------------------------------------


def test_edit_buyer_and_delete_buyer(run: Any, case: Case) -> None:
    edited = run(
        "edit-buyer", case.path, case.buyer, "--contact", "wx_ajie", "--order-no", "A1", "--json"
    )
    assert edited.code == 0, edited.err
    doc = edited.json()
    assert doc["contact"] == "wx_ajie" and doc["order_numbers"] == ["A1"]
    assert doc["name"] == "阿杰" and doc["platform"] == "xianyu"  # untouched
    bad = run("edit-buyer", case.path, case.buyer, "--country", "1A")
    assert bad.code == 1 and "two-letter" in bad.err
    with_deals = run("delete-buyer", case.path, case.buyer, "--yes")
    assert with_deals.code == 1 and "still has deals" in with_deals.err
    assert len(with_deals.err.strip().splitlines()) == 1
    asked = run("delete-buyer", case.path, case.buyer, answer="y\n")
    assert asked.code == 1 and "Delete" not in asked.err  # refused before any question
    assert run("delete-buyer", case.path, case.idle_buyer).code == 1  # no --yes
    gone = run("delete-buyer", case.path, case.idle_buyer, "--yes")
    assert gone.code == 0, gone.err
    ids = [b["id"] for b in run("buyers", case.path, "--json").json()]
    assert ids == [case.buyer]


# --- deals -------------------------------------------------------------------------------------


def test_edit_deal_and_delete_deal(run: Any, case: Case, tmp_path: Path) -> None:
    chat = write(tmp_path / "chat.png", png_bytes())
    edited = run(
        "edit-deal",
        case.path,
        case.deal,
        "--photo",
        case.photos[2],
        "--term-until",
        "2030-01-01",
        "--price",
        "19.90",
        "--attach",
        chat,
        "--attach-kind",
        "chat",
        "--json",
    )
    assert edited.code == 0, edited.err
    doc = edited.json()
    assert doc["media_ids"] == [case.photos[2]]
    assert (doc["term"], doc["term_until"], doc["price"]) == ("until", "2030-01-01", "19.90")
    assert case.contract in doc["attachment_ids"] and len(doc["attachment_ids"]) == 2
    unlimited = run("edit-deal", case.path, case.deal, "--term", "unlimited", "--json").json()
    assert (unlimited["term"], unlimited["term_until"]) == ("unlimited", "")
    assert run("edit-deal", case.path, case.deal, "--date", "2031-01-01").code == 0
    before = run("edit-deal", case.path, case.deal, "--term-until", "2030-01-01")
    assert before.code == 1 and "before the deal" in before.err
    assert run("delete-deal", case.path, case.deal).code == 1
    assert run("delete-deal", case.path, case.deal, "--yes").code == 0
    assert run("deals", case.path, "--json").json() == []


# --- sightings ---------------------------------------------------------------------------------


def test_edit_sighting_and_delete_sighting(run: Any, case: Case, tmp_path: Path) -> None:
    shot = write(tmp_path / "shot.png", png_bytes(seed=3))
    edited = run(
        "edit-sighting",
        case.path,
        case.sighting,
        "--title",
        "第 3 集",
        "--buyer",
        case.idle_buyer,
        "--screenshot",
        shot,
        "--json",
    )
    assert edited.code == 0, edited.err
    doc = edited.json()
    assert doc["title"] == "第 3 集" and doc["buyer_ids"] == [case.idle_buyer]
    assert doc["url"] == "https://www.douyin.com/video/1" and len(doc["attachment_ids"]) == 1
    text = run("edit-sighting", case.path, case.sighting, "--no-buyers")
    assert text.code == 0 and "traced to: no buyer" in text.out
    bad = run("edit-sighting", case.path, case.sighting, "--url", "ftp://x")
    assert bad.code == 1
    assert run("delete-sighting", case.path, case.sighting, "--yes").code == 0
    svc = case.open()
    assert not svc.records.sightings
    assert doc["attachment_ids"][0] not in svc.records.attachments  # its screenshot went too
    svc.lock()


# --- letters -----------------------------------------------------------------------------------


def _draft(case: Case, tmp_path: Path, run: Any) -> dict[str, Any]:
    out = tmp_path / f"letter-{len(list(tmp_path.glob('letter-*')))}.pdf"
    result = run("letter", case.path, "--buyer", case.buyer, "--lang", "en", "-o", out, "--json")
    assert result.code == 0, result.err
    return dict(result.json())


def test_set_status_attach_reply_and_delete_letter(run: Any, case: Case, tmp_path: Path) -> None:
    doc = _draft(case, tmp_path, run)
    letter_id, reference = doc["letter"]["id"], doc["reference"]
    assert reference == "LV-" + letter_id[:8].upper()
    # a draft: no status before it was sent
    early = run("set-status", case.path, reference, "complied")
    assert early.code == 1 and "mark-sent" in early.err
    assert run("set-status", case.path, reference, "draft").code == 2  # not a choice
    # the reference printed on the letter names it, in any case
    sent = run(
        "mark-sent", case.path, reference.lower(), "--date", doc["letter"]["dated"], "--json"
    )
    assert sent.code == 0, sent.err
    assert sent.json()["status"] == "sent"
    reply = write(tmp_path / "reply.png", png_bytes(seed=7))
    replied = run("attach-reply", case.path, letter_id[:5], reply, "--json")
    assert replied.code == 0, replied.err
    letter = replied.json()
    assert letter["status"] == "acknowledged" and len(letter["reply_attachment_ids"]) == 1
    done = run("set-status", case.path, letter_id, "complied", "--json")
    assert done.code == 0 and done.json()["status"] == "complied"
    # a sent letter is never deleted
    kept = run("delete-letter", case.path, reference, "--yes")
    assert kept.code == 1 and "not an unsent draft" in kept.err
    # the reply can be exported
    out = tmp_path / "out"
    out.mkdir()
    exported = run("export-attachment", case.path, letter["reply_attachment_ids"][0], "-o", out)
    assert exported.code == 0, exported.err
    assert (out / "reply.png").read_bytes() == reply.read_bytes()


def test_delete_letter_removes_an_unsent_draft_only_when_confirmed(
    run: Any, case: Case, tmp_path: Path
) -> None:
    doc = _draft(case, tmp_path, run)
    reference = doc["reference"]
    refused = run("delete-letter", case.path, reference)
    assert refused.code == 1 and "--yes" in refused.err
    assert run("delete-letter", case.path, reference, answer="no\n").code == 1
    assert len(run("letters", case.path, "--json").json()) == 1
    deleted = run("delete-letter", case.path, reference, answer="y\n")
    assert deleted.code == 0, deleted.err
    assert run("letters", case.path, "--json").json() == []
    svc = case.open()
    with pytest.raises(Exception, match="no letter"):
        service_letters.letter(svc, reference)
    svc.lock()


# --- your details ------------------------------------------------------------------------------


def test_me_and_set_details(run: Any, case: Case) -> None:
    result = run(
        "set-details",
        case.path,
        "--legal-name",
        "林雨",
        "--id-number",
        "110101199001011234",
        "--address",
        "北京市东城区 1 号",
        "--email",
        "lin@example.com",
        "--phone",
        "+86 138 0000 0000",
        "--stage-name",
        "小雨",
        "--stage-name",
        "Rain",
        "--json",
    )
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["display_name"] == "林小雨"  # untouched
    assert doc["legal_name"] == "林雨" and doc["stage_names"] == ["小雨", "Rain"]
    shown = run("me", case.path)
    assert shown.code == 0
    assert "legal name:      林雨" in shown.out and "stage names:     小雨, Rain" in shown.out
    assert "ID document:     0 image(s)" in shown.out
    assert run("me", case.path, "--json").json() == doc
    nothing = run("set-details", case.path)
    assert nothing.code == 1 and "at least one" in nothing.err
    cleared = run("set-details", case.path, "--no-stage-names", "--json").json()
    assert cleared["stage_names"] == [] and cleared["legal_name"] == "林雨"
    svc = case.open()
    assert svc.records.performer.id_number == "110101199001011234"
    svc.lock()


# --- attachments and keys ----------------------------------------------------------------------


def test_attachments_and_export_attachment(run: Any, case: Case, tmp_path: Path) -> None:
    listed = run("attachments", case.path, "--json").json()
    assert [a["id"] for a in listed] == [case.contract]
    assert listed[0]["used_by"] == [f"deal {case.deal}"] and "object_id" not in listed[0]
    out = tmp_path / "c.pdf"
    result = run("export-attachment", case.path, case.contract[:4], "-o", out)
    assert result.code == 0, result.err
    assert out.read_bytes() == b"%PDF-1.4 contract"
    again = run("export-attachment", case.path, case.contract, "-o", out)
    assert again.code == 1 and "--force" in again.err
    assert run("export-attachment", case.path, case.contract, "-o", out, "--force").code == 0
    missing = run("export-attachment", case.path, "ffffffff", "-o", tmp_path / "x")
    assert missing.code == 1 and "no attachment" in missing.err


def test_new_recovery_key_replaces_the_old_one(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "v"
    svc, old = create_vault(path, "Lin")
    svc.lock()
    result = run("new-recovery-key", path)
    assert result.code == 0, result.err
    new = result.out.strip().splitlines()[-1]
    assert new != old and len(new.split("-")) == 8
    VaultService.open(path, recovery_key=new).lock()
    with pytest.raises(Exception, match=r"(?i)recovery key|wrong"):
        VaultService.open(path, recovery_key=old)
    VaultService.open(path, password=PASSWORD).lock()  # the password is unchanged


# --- ID prefixes -------------------------------------------------------------------------------


def test_an_ambiguous_prefix_names_the_candidates_and_short_ones_are_refused(
    run: Any, tmp_path: Path
) -> None:
    path = tmp_path / "v"
    svc = new_service(path, "Lin")
    twins = ["abcd1" + "0" * 27, "abcd2" + "0" * 27]
    with svc.transaction() as records:
        for i, buyer_id in enumerate(twins):
            records.buyers[buyer_id] = Buyer(id=buyer_id, name=f"b{i}")
    svc.lock()
    ambiguous = run("edit-buyer", path, "ABCD", "--note", "x")
    assert ambiguous.code == 1
    assert "more than one buyer" in ambiguous.err and all(t in ambiguous.err for t in twins)
    assert len(ambiguous.err.strip().splitlines()) == 1
    short = run("edit-buyer", path, "abc", "--note", "x")
    assert short.code == 1 and "no buyer" in short.err
    ok = run("edit-buyer", path, "abcd2", "--note", "x", "--json")
    assert ok.code == 0 and ok.json()["id"] == twins[1] and ok.json()["notes"] == "x"


def test_help_documents_id_prefixes(run: Any) -> None:
    top = run("--help")
    assert top.code == 0 and "prefix of 4 or more" in top.out and "LV-XXXXXXXX" in top.out
    assert "prefix of 4 or more" in run("edit-deal", "--help").out


# --- output and imports ------------------------------------------------------------------------


def test_json_text_is_json_dumps_indent_2_byte_for_byte(case: Case) -> None:
    svc = case.open()
    records = svc.records
    docs: list[Any] = [to_dict(r) for r in records.media.values()]
    docs += [to_dict(r) for r in records.deals.values()] + [to_dict(records.performer)]
    docs += [{"n": 1.5, "t": True, "f": False, "z": None, "e": {}, "l": [], "u": '引号"\n\t\x01'}]
    docs += [{"nested": {1: [2.5, {"k": [1, {}]}], "x": ()}, "deep": [[], [[1]], {"a": {}}]}]
    svc.lock()
    assert json_text(docs) == json.dumps(docs, ensure_ascii=False, indent=2) + "\n"


def test_photos_lists_what_to_dict_gives(run: Any, case: Case) -> None:
    svc = case.open()
    expected = []
    for m in sorted(svc.records.media.values(), key=lambda m: (m.imported_at, m.name)):
        doc = to_dict(m)
        del doc["object_id"], doc["thumb_object_id"]
        expected.append(doc)
    svc.lock()
    result = run("photos", case.path, "--json")
    assert result.code == 0 and result.json() == expected


def test_listing_commands_do_not_import_the_pdf_renderer(case: Case) -> None:
    code = (
        "import sys\n"
        "from app import cli\n"
        f"rc = cli.main(['photos', {str(case.path)!r}, '--json'])\n"
        "assert rc == 0\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('reportlab', 'app.services.letters',"
        " 'app.services.evidence', 'app.documents', 'PySide6')))\n"
        "print('heavy', heavy, file=sys.stderr)\n"
        "assert not heavy, heavy\n"
    )
    env = subprocess_env()
    done = subprocess.run(
        [sys.executable, "-c", code], input=PASSWORD + "\n", capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    help_ = subprocess.run(
        [sys.executable, "-m", "app.cli", "letter", "--help"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert help_.returncode == 0 and "--kind" in help_.stdout and "revocation" in help_.stdout
