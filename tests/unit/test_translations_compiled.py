"""The compiled translations (resources/i18n/*.qm) are committed and shipped in the wheel and the
packages: each must be exactly what its .ts source compiles to (pyside6-lrelease is
deterministic), or the installed app would show stale or missing translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
SOURCES = sorted(I18N.glob("likeness_vault_*.ts"))


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease (from PySide6) is not installed"
    return found


def test_every_language_has_a_source() -> None:
    assert {ts.stem for ts in SOURCES} == {"likeness_vault_zh_CN", "likeness_vault_en"}


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.stem)
def test_the_committed_qm_is_what_the_ts_compiles_to(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"{ts.stem}.qm"
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(fresh)], check=True)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run `make i18n` and commit it"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is not what {ts.name} compiles to: run `make i18n` and commit the "
        ".ts and the .qm"
    )
