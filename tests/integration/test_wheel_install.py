"""The wheel, installed as a user would (`pip install likeness_vault-*.whl`, not editable), works
outside the source tree: both programs print the version, the CLI makes a demo vault and writes
a letter and a verified evidence bundle (templates and the PDF font come from the installed
package), matches a photo, a clip and a face with the installed matching dependencies (OpenCV,
PyAV, dlib and face_recognition_models' model files), and the GUI comes up in Chinese (the .qm
ship in the wheel). Settings and state land in
the platform's folders and nothing is written into the installed package.

It builds the wheel from a copy of the project (nothing is written into the checkout), installs it
into a new virtual environment and downloads the dependencies from the package index (pip's cache
makes a second run fast): `make test-slow` runs it. It prints what each step costs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ("app", "resources", "pyproject.toml", "setup.py", "README.md", "LICENSE")
PASSWORD = "correct horse battery staple orbit"  # above the password floor

GUI_SCRIPT = """
import json, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from app.ui import application
QCoreApplication.setOrganizationName(application.ORGANIZATION)
QCoreApplication.setApplicationName(application.APPLICATION)
qt_app = QApplication(sys.argv[:1])
settings = application.Settings()
translators = application.install_translators(qt_app, settings.language)
controller = application.AppController(settings)
welcome = controller.show_welcome(locked_path=None, just_locked=False)
qt_app.processEvents()
settings.q.setValue("wheel-test", "written")  # where do the settings go?
settings.q.sync()
shown = welcome.findChildren(QLabel) + welcome.findChildren(QAbstractButton)
print(json.dumps({
    "language": settings.language,
    "title": welcome.windowTitle(),
    "texts": [w.text() for w in shown if w.isVisible() and w.text()],
    "settings_file": settings.q.fileName(),
    "module": application.__file__,
}))
welcome.close()
controller.shutdown()
"""


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def run(argv: list[str], cwd: Path, env: dict[str, str], stdin: str = "") -> str:
    out = subprocess.run(
        argv, input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=900
    )
    assert out.returncode == 0, f"{argv}\n{out.stdout}\n{out.stderr}"
    return out.stdout


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def test_the_installed_wheel_works_outside_the_source_tree(tmp_path: Path) -> None:
    costs: dict[str, float] = {}
    started = time.monotonic()

    # --- build the wheel from a copy of the project --------------------------------------
    src = tmp_path / "src"
    for name in PROJECT_FILES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    pip_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    dist = tmp_path / "dist"
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)],
        tmp_path,
        pip_env,
    )
    [wheel] = dist.glob("likeness_vault-*.whl")
    assert wheel.name.startswith(f"likeness_vault-{app.__version__}-")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    for resource in (
        "app/resources/templates/law.toml",
        "app/resources/fonts/wqy-microhei.ttc",
        "app/resources/icons/app.svg",
        "app/resources/i18n/likeness_vault_zh_CN.qm",
        "app/resources/i18n/likeness_vault_en.qm",
        "app/ui/letters/__init__.py",
        "app/ui/evidence/__init__.py",
    ):
        assert resource in shipped, resource
    costs["build wheel"] = time.monotonic() - started

    # --- install it into a new environment -------------------------------------------------
    step = time.monotonic()
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path, pip_env)
    python, bin_dir = venv / "bin" / "python", venv / "bin"
    run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        tmp_path,
        pip_env,
    )
    costs["install with dependencies"] = time.monotonic() - step

    # --- run it as a user would: an empty folder, a home of its own, no repository ---------
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LIKENESS_VAULT_", "PYTHON", "XDG_", "VIRTUAL_ENV"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        PYTHONNOUSERSITE="1",
    )
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    where = run([str(python), "-c", "import app; print(app.__file__)"], work, env).strip()
    package = Path(where).parent
    assert package.is_relative_to(venv), f"app imported from {where}, not the installed wheel"
    assert not (package / "paths.py").resolve().is_relative_to(ROOT)
    before = listing(package)

    step = time.monotonic()
    version = f"likeness-vault {app.__version__}\n"
    assert run([str(bin_dir / "likeness-vault"), "--version"], work, env) == version
    assert run([str(bin_dir / "likeness-vault-cli"), "--version"], work, env) == version

    cli = str(bin_dir / "likeness-vault-cli")
    run([cli, "demo", "vault"], work, env, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    buyers = json.loads(run([cli, "buyers", "vault", "--json"], work, env, stdin=PASSWORD + "\n"))
    buyer = buyers[0]["id"]
    letter = json.loads(
        run(
            [cli, "letter", "vault", "--buyer", buyer, "-o", "letter.pdf", "--json"],
            work,
            env,
            stdin=PASSWORD + "\n",
        )
    )
    assert letter["letter"]["kind"] == "revocation"
    assert (work / "letter.pdf").read_bytes().startswith(b"%PDF")
    bundle = json.loads(
        run(
            [cli, "export-evidence", "vault", "--buyer", buyer, "-o", "evidence.zip", "--json"],
            work,
            env,
            stdin=PASSWORD + "\n",
        )
    )
    assert bundle["entries"]
    checked = json.loads(run([cli, "verify-evidence", "evidence.zip", "--json"], work, env))
    assert checked["ok"] and checked["signature_valid"], checked
    costs["CLI: demo, letter, evidence, verify"] = time.monotonic() - step

    # --- matching with the wheel's dependencies: OpenCV, PyAV, dlib and its model files ------
    step = time.monotonic()
    inputs = tmp_path / "inputs"  # outside the working folder (checked below)
    inputs.mkdir()
    for name in ("obama.jpg", "obama2.jpg"):
        shutil.copy2(ROOT / "tests" / "data" / "faces" / name, inputs / name)
    shutil.copy2(ROOT / "tests" / "data" / "packaging" / "obama-clip.mp4", inputs / "clip.mp4")
    pw = PASSWORD + "\n"
    run([cli, "import", "vault", str(inputs / "obama.jpg")], work, env, stdin=pw)
    run([cli, "face-matching", "vault", "on", "--yes"], work, env, stdin=pw)
    # the face worker is a "spawn" process of the installed console script
    indexed = run([cli, "check", "--backfill", "vault"], work, env, stdin=pw)
    assert "0 still pending" in indexed, indexed
    found = json.loads(
        run(
            [cli, "match", "--json", "vault", str(inputs / "obama.jpg"), str(inputs / "clip.mp4")],
            work,
            env,
            stdin=pw,
        )
    )
    assert [r["matches"][0]["name"] for r in found] == ["obama.jpg", "obama.jpg"], found
    assert found[1]["kind"] == "video" and found[1]["matches"][0]["frame_time"] is not None
    by_face = json.loads(
        run(
            [cli, "match", "--faces", "--json", "vault", str(inputs / "obama2.jpg")],
            work,
            env,
            stdin=pw,
        )
    )
    assert [(m["name"], m["method"]) for m in by_face[0]["matches"]][:1] == [("obama.jpg", "face")]
    costs["CLI: matching (features, clip, faces)"] = time.monotonic() - step

    step = time.monotonic()
    gui_env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    shown = json.loads(run([str(python), "-c", GUI_SCRIPT], work, gui_env))
    costs["GUI offscreen"] = time.monotonic() - step
    assert Path(shown["module"]).is_relative_to(venv)
    assert shown["language"] == "zh_CN"
    assert has_cjk(shown["title"]), shown["title"]
    english = [t for t in shown["texts"] if not has_cjk(t) and sum(c.isalpha() for c in t) > 3]
    assert len(shown["texts"]) >= 3 and not english, shown["texts"]

    # --- settings and state in the platform's folders, nothing in the package or the cwd ---
    assert Path(shown["settings_file"]).is_relative_to(home / "config"), shown["settings_file"]
    assert (home / "state" / "likeness-vault" / "seen.json").is_file()
    assert listing(package) == before, "the app wrote into its installed package"
    assert sorted(p.name for p in work.iterdir()) == ["evidence.zip", "letter.pdf", "vault"]

    costs["total"] = time.monotonic() - started
    print("wheel install test costs (s): " + ", ".join(f"{k} {v:.1f}" for k, v in costs.items()))
