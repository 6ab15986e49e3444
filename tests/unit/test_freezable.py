"""A freezer (PyInstaller) finds the app's modules by following import statements: every part
of the GUI must be reachable that way from the entry point, none only by an importlib name."""

from __future__ import annotations

import ast
import modulefinder
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# third-party and standard packages the app imports: not followed (speed), they are not ours
NOT_FOLLOWED = [
    "PySide6",
    "shiboken6",
    "reportlab",
    "PIL",
    "pillow_heif",
    "cryptography",
    "keyring",
    "pypdfium2",
    "zxcvbn",
    "platformdirs",
    "email",
    "http",
    "xml",
    "unittest",
    "pydoc",
    "asyncio",
    "multiprocessing",
    "concurrent",
    "ctypes",
]


def test_the_gui_entry_reaches_the_letters_and_evidence_ui() -> None:
    finder = modulefinder.ModuleFinder(path=[str(ROOT), *sys.path], excludes=NOT_FOLLOWED)
    finder.run_script(str(ROOT / "app" / "ui" / "application.py"))
    found = set(finder.modules)
    for package in ("app.ui.letters", "app.ui.evidence"):
        expected = {
            f"{package}.{p.stem}" if p.stem != "__init__" else package
            for p in (ROOT / Path(*package.split("."))).glob("*.py")
        }
        assert expected <= found, sorted(expected - found)


def test_no_module_of_the_app_is_imported_by_name() -> None:
    by_name = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("import_module", "find_spec"):
                by_name.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not by_name, by_name
