"""Issue 10 part 7: a password floor (zxcvbn, 10^12 guesses) at every place a person chooses a
vault password: ``init``, ``passwd`` (old password or recovery key), ``demo``; the GUI's wizard
and change-password dialog are tested in tests/gui/test_password_floor.py."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.errors import InvalidInput, WeakPassword
from app.services import passwords
from app.services.vault_service import VaultService
from tests.support import NEW_PASSWORD, OTHER_PASSWORD, PASSWORD, Result, create_vault


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    def runner(*argv: str | Path, stdin: str) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner


def refusal(result: Result) -> str:
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: This password is too easy to guess")
    assert "four or more unrelated words" in lines[0]  # says how to make a better one
    return lines[0]


# --- the estimate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weak",
    [
        "a",
        "pw",
        "password123",
        "Tr0ub4dor&3",  # 10^11: clever-looking, still under the floor
        "xK9#mQ2$vL",  # ten random characters: 10^10
        "我的密码",
        "密码密码密码密码",
        "new 密码",
    ],
)
def test_weak_passwords_are_below_the_floor(weak: str) -> None:
    strength = passwords.estimate(weak)
    assert not strength.acceptable and strength.level in (1, 2, 3)
    assert strength.guesses < passwords.FLOOR_GUESSES
    assert "four or more unrelated words" in strength.sentence
    with pytest.raises(WeakPassword) as caught:
        passwords.require_strong(weak)
    assert isinstance(caught.value, InvalidInput)
    if len(weak) > 3:
        assert weak not in str(caught.value)  # the sentence never repeats the password


@pytest.mark.parametrize(
    ("phrase", "at_least"),
    [
        (PASSWORD, 1e18),
        ("correct horse battery staple", 1e20),
        ("purple elephant dances quietly", 1e19),
        (NEW_PASSWORD, 1e15),
        # four unrelated Chinese words: zxcvbn alone says 10^8 (it prices an unknown character
        # like a digit); counted at 100 guesses a Han character they are 10^16 and 10^19
        ("春天河流钥匙月亮", 1e16),
        ("春天 河流 钥匙 月亮", 1e19),
        ("猫咪喜欢晒太阳和吃鱼", 1e19),
    ],
)
def test_phrases_pass_in_english_and_chinese(phrase: str, at_least: float) -> None:
    strength = passwords.estimate(phrase)
    assert strength.acceptable and strength.level == 4 and strength.sentence == ""
    assert strength.guesses >= at_least
    passwords.require_strong(phrase)


def test_chinese_is_counted_above_zxcvbn_alone() -> None:
    from zxcvbn import zxcvbn

    phrase = "春天河流钥匙月亮"
    assert float(zxcvbn(phrase)["guesses"]) < passwords.FLOOR_GUESSES  # would be refused
    assert passwords.estimate(phrase).acceptable


def test_the_users_own_names_count_as_guessable() -> None:
    alone = passwords.estimate("linxiaoyu likeness")
    named = passwords.estimate("linxiaoyu likeness", ["linxiaoyu"])
    assert named.guesses < alone.guesses


def test_an_empty_password_is_level_0() -> None:
    assert passwords.estimate("").level == 0 and not passwords.estimate("").acceptable


# --- the CLI ----------------------------------------------------------------------------------


def test_init_refuses_a_weak_password_and_creates_nothing(run: Any, tmp_path: Path) -> None:
    vault = tmp_path / "v"
    refusal(run("init", vault, stdin="a\n"))
    assert not vault.exists()
    ok = run("init", vault, stdin=f"{NEW_PASSWORD}\n")
    assert ok.code == 0, ok.err


def test_passwd_refuses_a_weak_new_password_and_keeps_the_old(run: Any, tmp_path: Path) -> None:
    vault = tmp_path / "v"
    service, recovery = create_vault(vault, "Lin")
    service.lock()
    refusal(run("passwd", vault, stdin=f"{PASSWORD}\nLin 123\n"))
    refusal(run("passwd", vault, "--recovery-key", stdin=f"{recovery}\nshort\n"))
    VaultService.open(vault, PASSWORD).lock()  # unchanged
    # the recovery key itself is not a password: it unlocks without any floor
    ok = run("passwd", vault, "--recovery-key", stdin=f"{recovery}\n{OTHER_PASSWORD}\n")
    assert ok.code == 0, ok.err
    VaultService.open(vault, OTHER_PASSWORD).lock()


def test_demo_refuses_a_weak_password(run: Any, tmp_path: Path) -> None:
    refusal(run("demo", tmp_path / "demo", stdin="demo\n"))
    assert not (tmp_path / "demo").exists()


def test_help_says_the_password_must_be_hard_to_guess(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("init", "passwd"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        assert "hard to guess" in " ".join(capsys.readouterr().out.split())
