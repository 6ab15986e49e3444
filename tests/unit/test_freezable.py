"""A freezer (PyInstaller) finds the app's modules by following import statements: every part
of the GUI must be reachable that way from the entry point, none only by an importlib name."""

from __future__ import annotations

import ast
import modulefinder
import re
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


# Third-party packages the app looks up by name without importing them (app/matching/faces.py:
# is dlib there, where are face_recognition_models' model files): allowed only because the
# PyInstaller spec ships each of them by name (a hidden import, or the package folder as data).
LOOKED_UP = {
    "dlib": '"dlib"',
    "face_recognition_models": '"face_recognition_models"',
    "c2pa": '"c2pa"',  # app/media/c2pa_sign.py: its libs folder (the spec ships the library there)
}


def looked_up(tree: ast.AST) -> set[int]:
    """The ids of the ``find_spec`` attributes of calls naming a package of ``LOOKED_UP``."""
    allowed = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "find_spec"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in LOOKED_UP
        ):
            allowed.add(id(node.func))
    return allowed


def test_no_module_of_the_app_is_imported_by_name() -> None:
    by_name = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = looked_up(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("import_module", "find_spec")
                and id(node) not in allowed
            ):
                by_name.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not by_name, by_name


def test_what_the_app_looks_up_by_name_is_in_the_frozen_build() -> None:
    spec = (ROOT / "packaging" / "pyinstaller" / "likeness-vault.spec").read_text(encoding="utf-8")
    for name, quoted in LOOKED_UP.items():
        assert quoted in spec, f"{name} is looked up by name but the spec does not ship it"
    # only the two public-domain model files of face_recognition_models, not the 68-point one
    [files] = re.findall(r"^FACE_MODEL_FILES = \(([^)]*)\)", spec, re.M)
    assert sorted(re.findall(r'"([^"]+)"', files)) == [
        "dlib_face_recognition_resnet_model_v1.dat",
        "shape_predictor_5_face_landmarks.dat",
    ]


def test_the_frozen_entry_points_run_a_spawned_worker_before_the_app() -> None:
    """The face-detection worker (a "spawn" process) of a frozen program is the same executable
    started again: multiprocessing.freeze_support() must run before the app is imported, or the
    worker would start a second GUI (or CLI) instead."""
    for script in ("gui.py", "cli.py"):
        tree = ast.parse((ROOT / "packaging" / "pyinstaller" / script).read_text(encoding="utf-8"))
        order = []
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app"):
                order.append("app")
            elif (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Call)
                and ast.unparse(node.value.func) == "multiprocessing.freeze_support"
            ):
                order.append("freeze_support")
        assert order == ["freeze_support", "app"], (script, order)
