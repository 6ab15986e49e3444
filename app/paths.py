"""Where the app's read-only resources are: fonts, letter templates, icons, translations.

The repository keeps them in the top-level ``resources/`` folder; the wheel maps that folder
into the package as ``app/resources`` (setup.py; pyproject.toml lists the files), and the
PyInstaller build puts it at ``app/resources`` inside its bundle. :func:`resource_path`
finds them in all three (Dangerzone's ``get_resource_path`` is the model):

1. a frozen build (``sys.frozen``): ``<sys._MEIPASS>/app/resources``;
2. an installed wheel: ``app/resources`` beside this module;
3. the source tree or an editable install: ``<repository>/resources``.

Resources are only ever read. What the app writes (settings, state, logs) goes to the
platform's folders (``platformdirs`` / ``QStandardPaths``), never here: an installed app's
folder is not writable, and a source tree is not where a user's data belongs.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from app import errors
from app.errors import QT_TRANSLATE_NOOP

PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceMissing(errors.NotPossible):
    """A file the app ships with is not where the installation put it: a damaged or
    incomplete install (or a source tree without ``resources/``). The GUI's headline is
    NotPossible's ("cannot be done now, the reason is below") over this sentence."""


def resource_candidates() -> list[Path]:
    """The folders :func:`resources_root` looks in, in order, for this kind of run."""
    if getattr(sys, "frozen", False):
        # PyInstaller unpacks (one-file) or keeps (one-folder) its data under sys._MEIPASS
        return [Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "app" / "resources"]
    return [PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"]


@functools.cache
def resources_root() -> Path:
    """The first of :func:`resource_candidates` that exists (the first one if none does: the
    error then names where the install should have put the files)."""
    candidates = resource_candidates()
    for folder in candidates:
        if folder.is_dir():
            return folder
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """The resource at ``parts`` under the resources folder, e.g. ``resource_path("templates",
    "law.toml")``; raises :class:`ResourceMissing` naming it when it is not there."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(
            QT_TRANSLATE_NOOP(
                "errors",
                "Likeness Vault is installed incompletely: {resource} is missing (looked in "
                "{folder}). Reinstall the app.",
            ),
            resource="/".join(parts) or "resources",
            folder=resources_root(),
        )
    return path
