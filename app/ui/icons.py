"""Icons from ``resources/icons/*.svg`` (hand-drawn, rendered by QtSvg at any scale; found through
``app.paths``, so they come from the installed package too)."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from app.paths import ResourceMissing, resource_path


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``name``; an empty icon (the button keeps its text) if it is not installed."""
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except ResourceMissing:
        return QIcon()


def app_icon() -> QIcon:
    return icon("app")
