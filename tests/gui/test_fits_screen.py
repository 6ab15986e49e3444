"""Every window and dialog fits a 1280x720 screen (logical pixels) with its buttons reachable,
at 100 % (1280x720 physical) and at 200 % (2560x1440 physical), in Chinese and in English; a
geometry saved on a 4K screen is restored within a small one; the main actions are buttons
that never fall into a toolbar's overflow menu.

The screen of Qt's offscreen platform is set when the QApplication starts, so each screen is
one child process of tests/gui/fit_runner.py, which opens everything and prints JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from app.services.demo import build_demo_vault
from tests.gui.fit_runner import check
from tests.support import FAST_KDF, PASSWORD, REPO

# a 1280x720 laptop screen at 100 % and at 200 % (Qt scales by logicalDpi / 96, as on X11 and
# Windows), and a 4K screen at 100 %
SCREENS = {
    "1280x720@1": {"width": 1280, "height": 720, "logicalDpi": 96},
    "2560x1440@2": {"width": 2560, "height": 1440, "logicalDpi": 192},
    "3840x2160@1": {"width": 3840, "height": 2160, "logicalDpi": 96},
}

# everything the runner opens: a missing name means the runner stopped checking it
EXPECTED = {
    "welcome",
    "main-photos",
    "main-buyers",
    "main-deals",
    "main-sightings",
    "main-letters",
    "letter",
    "takedown",
    "deal-new",
    "deal-edit",
    "sale-terms",
    "sale-deliver",
    "sighting-new",
    "sighting-edit",
    "buyer",
    "performer",
    "photo",
    "import-summary",
    "settings",
    "password",
    "recovery-key",
    "rekey",
    "check",
    "backup",
    "photo-viewer",
    "leftovers",
    "evidence-export",
    "evidence-verify",
    "manifest",
    "evidence-key",
    "letters-deadlines",
    "mark-sent",
    "exception",
    "image-preview",
    "create-vault",
    "match",
    "face-matching",
}


def screen_file(tmp: Path, name: str) -> Path:
    spec = SCREENS[name]
    path = tmp / f"screen-{name}.json"
    screen = {"name": name, "x": 0, "y": 0, "logicalBaseDpi": 96, "dpr": 1, **spec}
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


def run_runner(tmp: Path, screen: str, *args: str) -> Any:
    env = {
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen_file(tmp, screen)}",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.fit_runner", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "vault"
    service, _recovery = build_demo_vault(path, PASSWORD, FAST_KDF, photos=8)
    service.lock()
    return path


@pytest.mark.parametrize(
    ("screen", "language"),
    [
        ("1280x720@1", "zh_CN"),
        ("2560x1440@2", "zh_CN"),
        ("1280x720@1", "en"),
        ("2560x1440@2", "en"),
    ],
)
def test_every_window_fits_the_screen_with_its_buttons_visible(
    tmp_path: Path, demo_vault: Path, screen: str, language: str
) -> None:
    results = run_runner(tmp_path, screen, "--vault", str(demo_vault), "--lang", language)
    assert {r["name"] for r in results} == EXPECTED
    for result in results:
        assert result["area"] == [0, 0, 1280, 720]  # logical pixels at both scales
    problems = {r["name"]: r["problems"] for r in results if r["problems"]}
    assert problems == {}


def test_a_geometry_saved_on_a_4k_screen_is_restored_within_a_small_one(
    tmp_path: Path, demo_vault: Path
) -> None:
    big = run_runner(tmp_path, "3840x2160@1", "--save-geometry", "3000x1900+600+200")
    aside = run_runner(tmp_path, "3840x2160@1", "--save-geometry", "900x600+2800+1500")
    for geometry, smallest in ((big["geometry"], 1100), (aside["geometry"], 800)):
        results = run_runner(
            tmp_path,
            "2560x1440@2",
            "--vault",
            str(demo_vault),
            "--geometry",
            geometry,
            "--only",
            "welcome,main-",
        )
        assert {r["name"] for r in results} >= {"welcome", "main-photos"}
        for result in results:
            assert result["problems"] == [], result
            # as large as the saved size allows, not some default
            assert result["frame"][2] >= smallest, result


def test_the_check_finds_a_dialog_too_big_for_the_screen(qtbot: Any) -> None:
    """The runner's check reports what the test looks for (it could otherwise pass blind)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    tall = QPushButton("tall")
    tall.setMinimumHeight(3000)
    layout.addWidget(tall)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Save))
    result = check("too-big", dialog)
    assert any("outside" in p for p in result["problems"]), result
    assert any("button 'Save'" in p for p in result["problems"]), result
