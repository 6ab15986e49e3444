"""`likeness-vault VAULT` preselects that vault on the welcome screen."""

from pathlib import Path

import pytest

from app.ui.application import vault_argument


def test_vault_argument_takes_the_first_folder(tmp_path: Path) -> None:
    assert vault_argument([]) is None
    assert vault_argument(["-style", str(tmp_path)]) == tmp_path.resolve()


def test_help_exits_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        vault_argument(["--help"])
    assert exit_info.value.code == 0
    assert "likeness-vault [VAULT]" in capsys.readouterr().out
