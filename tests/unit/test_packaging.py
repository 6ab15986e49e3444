"""The Linux package's metadata (packaging/linux): the AppStream metainfo, the .desktop file and
the build script agree with each other and with the project (its version, its two commands).

The package itself is built, installed and used by packaging/linux/smoke-test.sh in CI
(.ci/run, after make test and make test-slow); these checks are the cheap part of it.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.likeness_vault.LikenessVault"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
DESKTOP = LINUX / f"{APP_ID}.desktop"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def scripts() -> dict[str, dict[str, str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"gui": project["gui-scripts"], "cli": project["scripts"]}


def test_the_metainfo_has_a_release_for_this_version() -> None:
    """A version bump without a release entry would ship metadata naming an older version
    (build-deb.sh refuses to build then; this says so in make test already)."""
    root = ET.parse(METAINFO).getroot()
    versions = [r.get("version") for r in root.iter("release")]
    assert versions, "no <release> in the metainfo"
    assert versions[0] == __version__, (
        f"the newest <release> is {versions[0]}, app/__init__.py says {__version__}: add a "
        f'<release version="{__version__}" date=...> first in {METAINFO.name}'
    )


def test_the_metainfo_names_the_desktop_file_the_binaries_and_both_languages() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert {b.text for b in root.iter("binary")} == {*scripts()["gui"], *scripts()["cli"]}
    names = {n.get(XML_LANG): n.text for n in root.findall("name")}
    assert names == {None: "Likeness Vault", "zh-CN": "肖像保险箱"}
    assert {s.get(XML_LANG) for s in root.findall("summary")} == {None, "zh-CN"}
    # the screenshots are the repository's own
    for image in root.iter("image"):
        assert image.text is not None
        shot = image.text.rsplit("/docs/screenshots/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / shot).is_file(), image.text
    assert root.find("content_rating") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_file_starts_the_gui_with_the_package_icon_in_both_languages() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in scripts()["gui"]
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == "Likeness Vault"
    assert entry["Name[zh_CN]"] == "肖像保险箱"
    assert entry["Comment"] and re.search(r"[\u4e00-\u9fff]", entry["Comment[zh_CN]"])
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_the_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_package_installs_both_commands_under_their_script_names() -> None:
    """build-deb.sh links /usr/bin/<name> to the frozen programs the spec names alike."""
    build = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    spec = (ROOT / "packaging" / "pyinstaller" / "likeness-vault.spec").read_text(encoding="utf-8")
    for name in (*scripts()["gui"], *scripts()["cli"]):
        assert f'"$STAGE/usr/bin/{name}"' in build, name
        assert f'name="{name}"' in spec, name
    assert f"ID={APP_ID}\n" in build


def test_the_secret_stores_of_the_three_packaged_platforms_are_trusted() -> None:
    """'Remember on this computer' in the Windows and macOS packages rests on keyring's own
    backends for the Credential Locker and the Keychain (and Secret Service on Linux): the real
    classes, not look-alikes, pass keystore's check; the plaintext ones are refused elsewhere
    (tests/unit/test_keystore.py)."""
    import keyring.backends.macOS
    import keyring.backends.SecretService
    import keyring.backends.Windows

    from app.vault import keystore

    for cls in (
        keyring.backends.Windows.WinVaultKeyring,
        keyring.backends.macOS.Keyring,
        keyring.backends.SecretService.Keyring,
    ):
        assert keystore._trusted(object.__new__(cls)), cls  # private: the check itself


def test_the_gui_names_the_installed_desktop_file() -> None:
    """Wayland docks match the window to its menu entry by this name (read from the source:
    tests/unit imports no Qt)."""
    source = (ROOT / "app" / "ui" / "application.py").read_text(encoding="utf-8")
    assert f'DESKTOP_FILE = "{APP_ID}"' in source
    assert "setDesktopFileName(DESKTOP_FILE)" in source
    assert DESKTOP.is_file()
