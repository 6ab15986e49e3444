"""Where a "save as PDF" goes, without replacing a file the user was never asked about.

``QFileDialog.getSaveFileName`` asks before replacing the name the user picked. When the app
then adds ".pdf" to that name, the result is a different file that nobody confirmed: if it
exists, it is left alone and the user is told (the ``OutputExists`` sentence), never replaced.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.errors import QT_TRANSLATE_NOOP, OutputExists
from app.ui.prompts import show_exception


def confirmed_pdf_path(parent: QWidget | None, chosen: str) -> Path | None:
    """The path to write, or None (after telling the user) when it would replace an
    unconfirmed file."""
    if chosen.lower().endswith(".pdf"):
        return Path(chosen)  # the dialog itself asked before replacing it
    path = Path(chosen + ".pdf")
    if os.path.lexists(path):
        show_exception(
            parent,
            OutputExists(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} already exists; it was left as it is (choose a name)."
                ),
                path=path,
            ),
        )
        return None
    return path
