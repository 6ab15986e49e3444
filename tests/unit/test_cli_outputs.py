"""Issue 10 part 5 (files outside the vault; init and prompts) and issue 11's CLI line that the
letters are not legal advice.

- every command that writes a file refuses an existing one unless --force, or asks on a
  terminal (one helper, app/cli/common.py); the services take an explicit overwrite flag;
- a name taken from a record is made safe under an output folder (``../escaped.jpg``);
- ``init`` onto an empty folder makes it 0700; onto a file, and Ctrl-D at a password prompt,
  are one-line errors.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import select
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.cli import common as cli_output
from app.errors import BundleExists, InvalidInput, OutputExists
from app.services import letters as service_letters
from app.services.vault_service import VaultService
from tests.support import (
    NEW_PASSWORD,
    PASSWORD,
    Result,
    create_vault,
    jpeg_bytes,
    new_service,
    subprocess_env,
)

CLI = [sys.executable, "-m", "app.cli"]
EN_NOTICE = (
    "This is a tool, not legal advice: read every word, change what is not right, and ask a "
    "lawyer when much is at stake."
)
ZH_NOTICE = "这是一个工具，不是法律意见：请逐字阅读，修改不准确的地方；事关重大时请咨询律师。"


@dataclasses.dataclass
class Fixture:
    vault: Path
    photo: str
    buyer: str
    attachment: str


@pytest.fixture
def case(tmp_path: Path) -> Fixture:
    path = tmp_path / "v"
    service = new_service(path, "林小雨")
    [item] = service.import_photo_data([("IMG_1.jpg", jpeg_bytes(seed=1))])
    service.update_media(item.id, name="../escaped.jpg")  # a hostile or careless record name
    buyer = service.add_buyer("阿杰")
    deal = service.add_deal(buyer.id, [item.id], "2025-06-01", term="unstated")
    contract = tmp_path / "contract.png"
    contract.write_bytes(jpeg_bytes(seed=2))
    deal = service.update_deal(deal.id, attach=[(str(contract), "contract")])
    attachment = deal.attachment_ids[0]
    service.lock()
    return Fixture(path, item.id, buyer.id, attachment)


def one_line_error(result: Result) -> str:
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: ") and "internal error" not in lines[0]
    return lines[0]


# --- export-photo -----------------------------------------------------------------------------


def test_export_photo_refuses_an_existing_file_unless_forced(
    run: Any, case: Fixture, tmp_path: Path
) -> None:
    out = tmp_path / "out.jpg"
    out.write_bytes(b"precious")
    error = one_line_error(run("export-photo", case.vault, case.photo, "-o", out))
    assert "already exists" in error and "--force" in error
    assert out.read_bytes() == b"precious"
    forced = run("export-photo", case.vault, case.photo, "-o", out, "--force")
    assert forced.code == 0, forced.err
    assert out.read_bytes() == jpeg_bytes(seed=1)


def test_a_record_name_cannot_climb_out_of_the_output_folder(
    run: Any, case: Fixture, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    result = run("export-photo", case.vault, case.photo, "-o", folder)
    assert result.code == 0, result.err
    assert not (tmp_path / "escaped.jpg").exists()  # where "../escaped.jpg" used to land
    assert [p.name for p in folder.iterdir()] == ["escaped.jpg"]
    assert (folder / "escaped.jpg").read_bytes() == jpeg_bytes(seed=1)
    # the second export of the same item finds the first one there
    assert "already exists" in one_line_error(
        run("export-photo", case.vault, case.photo, "-o", folder)
    )


def test_the_services_replace_a_file_only_when_told(case: Fixture, tmp_path: Path) -> None:
    target = tmp_path / "existing.bin"
    target.write_bytes(b"precious")
    service = VaultService.open(case.vault, PASSWORD)
    try:
        with pytest.raises(OutputExists):
            service.export_original(case.photo, target)
        with pytest.raises(OutputExists):
            service.export_attachment(case.attachment, target)
        assert target.read_bytes() == b"precious"
        service.export_attachment(case.attachment, target, overwrite=True)
        assert target.read_bytes() == jpeg_bytes(seed=2)
        service.export_original(case.photo, target, overwrite=True)
        assert target.read_bytes() == jpeg_bytes(seed=1)
        with pytest.raises(OutputExists):
            service.export_original(case.photo, tmp_path)  # a folder is not a file
    finally:
        service.lock()
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"precious")
    with pytest.raises(OutputExists):
        service_letters.export_pdf(b"%PDF-1.4", pdf)
    assert pdf.read_bytes() == b"precious"
    service_letters.export_pdf(b"%PDF-1.4", pdf, overwrite=True)
    assert pdf.read_bytes() == b"%PDF-1.4"


# --- letter, takedown ------------------------------------------------------------------------


def takedown_args(case: Fixture, out: Path, *extra: str) -> list[str | Path]:
    return [
        "takedown",
        case.vault,
        "--platform",
        "douyin",
        "--url",
        "https://v.douyin.com/a",
        "--photo",
        case.photo,
        "-o",
        out,
        *extra,
    ]


def letters_in(vault: Path) -> int:
    service = VaultService.open(vault, PASSWORD)
    try:
        return len(service.records.letters)
    finally:
        service.lock()


@pytest.mark.parametrize("command", ["letter", "takedown"])
def test_letter_and_takedown_refuse_an_existing_pdf_unless_forced(
    run: Any, case: Fixture, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"precious")
    argv: list[str | Path]
    if command == "letter":
        argv = ["letter", case.vault, "--buyer", case.buyer, "-o", out]
    else:
        argv = takedown_args(case, out)
    # refused before the password is asked for: nothing on standard input is needed
    error = one_line_error(run(*argv, stdin=""))
    assert "already exists" in error and "--force" in error
    assert out.read_bytes() == b"precious"
    assert letters_in(case.vault) == 0  # no draft recorded either
    forced = run(*argv, "--force")
    assert forced.code == 0, forced.err
    assert out.read_bytes().startswith(b"%PDF")
    assert letters_in(case.vault) == 1


def test_one_helper_asks_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    target = tmp_path / "x.pdf"
    assert cli_output.claim_output(target, force=False) is False  # nothing there: no question
    target.write_bytes(b"x")
    assert cli_output.claim_output(target, force=True) is True
    for answer, allowed in (("y\n", True), ("YES\n", True), ("n\n", False), ("\n", False)):
        monkeypatch.setattr(sys, "stdin", Terminal(answer))
        if allowed:
            assert cli_output.claim_output(target, force=False) is True
        else:
            with pytest.raises(OutputExists, match="--force"):
                cli_output.claim_output(target, force=False)
    monkeypatch.setattr(sys, "stdin", Terminal(""))  # Ctrl-D at the question: no
    with pytest.raises(BundleExists):
        cli_output.claim_output(target, force=False, error=BundleExists)
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # a script is never asked
    with pytest.raises(OutputExists):
        cli_output.claim_output(target, force=False)


def test_every_command_that_writes_a_file_has_force(run: Any) -> None:
    for command in ("export-photo", "export-evidence", "letter", "takedown"):
        result = run(command, "--help")
        assert result.code == 0 and "--force" in result.out, command


# --- not legal advice ------------------------------------------------------------------------


def test_letter_and_takedown_say_they_are_not_legal_advice_in_the_letters_language(
    run: Any, case: Fixture, tmp_path: Path
) -> None:
    zh = run("letter", case.vault, "--buyer", case.buyer, "-o", tmp_path / "zh.pdf")
    assert zh.code == 0, zh.err
    assert ZH_NOTICE in zh.err and ZH_NOTICE not in zh.out
    en = run("letter", case.vault, "--buyer", case.buyer, "--lang", "en", "-o", tmp_path / "en.pdf")
    assert en.code == 0 and EN_NOTICE in en.err and ZH_NOTICE not in en.err
    notice = run(*takedown_args(case, tmp_path / "t.pdf", "--lang", "en", "--json"))
    assert notice.code == 0, notice.err
    assert EN_NOTICE in notice.err and EN_NOTICE not in notice.out  # --json stays JSON
    zh_notice = run(*takedown_args(case, tmp_path / "t2.pdf"))
    assert ZH_NOTICE in zh_notice.err


def test_the_sentence_comes_without_qt(case: Fixture, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from app import cli\n"
        f"rc = cli.main(['letter', {str(case.vault)!r}, '--buyer', {case.buyer!r}, "
        f"'--lang', 'en', '-o', {str(tmp_path / 'l.pdf')!r}])\n"
        "assert rc == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not loaded, loaded\n"
    )
    env = subprocess_env()
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert EN_NOTICE in done.stderr


# --- init and prompts ------------------------------------------------------------------------


def test_init_onto_an_empty_folder_makes_it_private(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    folder.chmod(0o755)
    result = run("init", folder, stdin=NEW_PASSWORD + "\n")
    assert result.code == 0, result.err
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    VaultService.open(folder, NEW_PASSWORD).lock()


def test_init_onto_a_file_is_one_line(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_bytes(b"mine")
    error = one_line_error(run("init", target, stdin=NEW_PASSWORD + "\n"))
    assert "is a file, not a folder" in error
    assert target.read_bytes() == b"mine"
    with pytest.raises(Exception, match="is a file, not a folder"):  # the service says so too
        create_vault(target, password=NEW_PASSWORD)


def run_on_a_terminal(argv: list[str], prompt: bytes, send: bytes) -> tuple[int, bytes]:
    """Run the CLI with a pseudo-terminal as its controlling terminal; answer one prompt."""
    import pty

    env = subprocess_env()
    pid, fd = pty.fork()
    if pid == 0:  # the child
        os.execve(sys.executable, [*CLI, *argv], env)
    seen = b""
    deadline = time.monotonic() + 30
    sent = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        if not sent and prompt in seen:
            os.write(fd, send)
            sent = True
    _, status = os.waitpid(pid, 0)
    with contextlib.suppress(OSError):
        seen += os.read(fd, 4096)
    os.close(fd)
    assert sent, seen
    return os.waitstatus_to_exitcode(status), seen


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_ctrl_d_at_a_password_prompt_is_one_line(case: Fixture, tmp_path: Path) -> None:
    code, seen = run_on_a_terminal(["init", str(tmp_path / "new")], b"New password: ", b"\x04")
    text = seen.decode(errors="replace")
    assert code == 1, text
    assert "error: No new password was given (input ended); nothing was changed." in text
    assert "internal error" not in text and "Traceback" not in text
    assert not (tmp_path / "new").exists()
    code, seen = run_on_a_terminal(["photos", str(case.vault)], b"Password: ", b"\x04")
    text = seen.decode(errors="replace")
    assert code == 1 and "error: No password was given" in text, text


def test_the_question_goes_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    target = tmp_path / "x.pdf"
    target.write_bytes(b"x")
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    assert cli_output.claim_output(target, force=False) is True
    captured = capsys.readouterr()
    assert captured.out == ""  # a --json document on stdout stays clean
    assert "Replace it? [y/N]" in captured.err


def test_input_that_ends_before_a_secret_is_said_whole_for_any_prompt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each prompt has its own whole sentence (no English word glued in as a parameter); a
    prompt without one gets the general sentence, never a KeyError."""
    for prompt, says in (
        ("Recovery key: ", "before the recovery key was given"),
        ("Some new question: ", "before the answer was given"),
    ):
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        with pytest.raises(InvalidInput, match=says) as caught:
            cli_output.Secrets().read(prompt)
        assert caught.value.params == {}
