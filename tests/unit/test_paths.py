"""app.paths finds the shipped resources wherever the app runs from (source tree, installed
wheel, frozen build); nothing else in the app looks for files relative to its own source."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import app
from app import paths
from app.errors import NotPossible

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_root() -> Iterator[None]:
    paths.resources_root.cache_clear()
    yield
    paths.resources_root.cache_clear()


@pytest.mark.parametrize(
    "parts",
    [
        ("templates", "law.toml"),
        ("fonts", "wqy-microhei.ttc"),
        ("icons", "app.svg"),
        ("i18n", "likeness_vault_zh_CN.qm"),
        ("i18n", "likeness_vault_en.qm"),
    ],
)
def test_the_resources_the_app_opens_are_found_in_the_source_tree(parts: tuple[str, ...]) -> None:
    path = paths.resource_path(*parts)
    assert path == ROOT / "resources" / Path(*parts)
    assert path.is_file()


def test_a_missing_resource_is_a_sentence_naming_it() -> None:
    with pytest.raises(paths.ResourceMissing) as info:
        paths.resource_path("templates", "gone.toml")
    assert isinstance(info.value, NotPossible)  # a UserError: the CLI prints it as one line
    message = str(info.value)
    assert "templates/gone.toml is missing" in message
    assert str(ROOT / "resources") in message
    assert "Reinstall" in message


def test_an_installed_package_uses_its_own_resources_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_root: None
) -> None:
    package = tmp_path / "site-packages" / "app"
    (package / "resources" / "templates").mkdir(parents=True)
    (package / "resources" / "templates" / "law.toml").write_text("")
    monkeypatch.setattr(paths, "PACKAGE_DIR", package)
    assert paths.resource_path("templates", "law.toml") == (
        package / "resources" / "templates" / "law.toml"
    )


def test_a_source_tree_uses_the_top_level_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_root: None
) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "app.svg").write_text("<svg/>")
    monkeypatch.setattr(paths, "PACKAGE_DIR", tmp_path / "app")
    assert paths.resources_root() == tmp_path / "resources"
    with pytest.raises(paths.ResourceMissing, match=re.escape("fonts/wqy-microhei.ttc")):
        paths.resource_path("fonts", "wqy-microhei.ttc")


def test_a_frozen_build_looks_only_in_its_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_root: None
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_candidates() == [tmp_path / "app" / "resources"]
    # the bundle lacks them: the source tree beside this module is not a fallback
    with pytest.raises(paths.ResourceMissing, match=re.escape(str(tmp_path))):
        paths.resource_path("templates", "law.toml")
    (tmp_path / "app" / "resources" / "templates").mkdir(parents=True)
    (tmp_path / "app" / "resources" / "templates" / "law.toml").write_text("")
    paths.resources_root.cache_clear()
    assert paths.resource_path("templates", "law.toml").is_relative_to(tmp_path)


def test_nothing_else_in_the_app_finds_files_from_its_own_location() -> None:
    """``__file__`` (and so ``parents[2] / "resources"``) only in app/paths.py."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path == ROOT / "app" / "paths.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id == "__file__":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_the_version_is_written_in_one_place() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}


def test_both_programs_print_the_same_version_without_a_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    lines = []
    for module in ("app.ui.application", "app.cli"):
        code = f"import sys; from {module} import main; sys.exit(main())"
        out = subprocess.run(
            [sys.executable, "-c", code, "--version"],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
            check=False,
        )
        assert out.returncode == 0, out.stderr
        lines.append(out.stdout)
    assert lines == [f"likeness-vault {app.__version__}\n"] * 2


def test_a_package_installed_without_its_resources_says_so(tmp_path: Path) -> None:
    """The issue's bug: an install without resources/ wrote "an unexpected internal error" for
    `letter`; now the CLI names the missing folder in one line (exit 1)."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "app", site / "app", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(site)}
    password = "correct horse battery staple orbit\n"

    def cli(*argv: str, stdin: str = password) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app.cli", *argv],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    made = cli("demo", "vault", stdin=password * 2)
    assert made.returncode == 0, made.stderr
    buyers = cli("buyers", "vault", "--json")
    buyer = json.loads(buyers.stdout)[0]["id"]
    out = cli("letter", "vault", "--buyer", buyer, "-o", "letter.pdf")
    assert out.returncode == 1
    assert out.stderr.strip() == (
        "error: Likeness Vault is installed incompletely: templates is missing (looked in "
        f"{site / 'app' / 'resources'}). Reinstall the app."
    )
    assert not (tmp_path / "letter.pdf").exists()
