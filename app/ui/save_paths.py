"""Where a "save as" goes: the platform's Documents folder by default, a name in the UI
language, and never a file the user was not asked about.

Every "save as" the app offers (letters and takedown notices, evidence bundles, exported photos
and attachments, the recovery sheet, the public signing key) starts in ``documents_folder()``:
the platform's Documents folder from ``QStandardPaths`` (``~/Documents``, ``Documents`` of the
Windows profile, ``~/Documents`` on macOS), itself, not a folder of the app's inside it. That is
where the platform's own programs save and where people look for what they saved; a folder of
our own would be named in the UI language of the day (two folders once the language changes),
and the file names already say what each file is (``解除许可通知-阿杰-2026-11-30.pdf``). A
Documents folder that does not exist yet (a new account without xdg-user-dirs) is created; if it
cannot be, the home folder is offered instead.

``default_file_name`` builds those names: words in the UI language, the case's name, the date,
made safe for every file system (``app.services.evidence.names.safe_file_name``).

``QFileDialog.getSaveFileName`` asks before replacing the name the user picked. When the app
then adds ".pdf" to that name, the result is a different file that nobody confirmed: if it
exists, it is left alone and the user is told (the ``OutputExists`` sentence), never replaced.
A folder typed by hand that does not exist is said to be missing (``FolderMissing``), not
"the disk may be full".
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from app.errors import QT_TRANSLATE_NOOP, FolderMissing, OutputExists
from app.services.evidence.names import safe_file_name
from app.ui.prompts import show_exception


def documents_folder() -> Path:
    """The platform's Documents folder, created when missing; the home folder if there is
    none and it cannot be made."""
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    home = Path.home()
    if not located:
        return home
    folder = Path(located)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return home
    return folder if folder.is_dir() else home


def default_file_name(words: str, subject: str, ext: str, today: date | None = None) -> str:
    """``<words>-<subject>-<YYYY-MM-DD>.<ext>``: ``words`` already in the UI language (解除许可通知,
    Revocation letter), ``subject`` a buyer, platform or case (may be ""), spaces as "-", and
    every character a file system refuses replaced (``safe_file_name``)."""
    subject = subject.replace("/", "_").replace("\\", "_")[:40]  # not a path
    parts = [words, subject, (today or date.today()).isoformat()]
    stem = "-".join(re.sub(r"\s+", "-", p.strip()) for p in parts if p.strip())
    return safe_file_name(f"{stem}.{ext}", f"{(today or date.today()).isoformat()}.{ext}")


def default_save_path(name: str) -> str:
    """Where a save dialog starts: ``name`` (made safe) in the Documents folder."""
    return str(documents_folder() / safe_file_name(name, "file"))


def folder_exists(parent: QWidget | None, path: Path) -> bool:
    """Whether the folder ``path`` is to be written into exists; if not, the user is told in
    its own sentence (not "the disk may be full"), and nothing is written."""
    if path.parent.is_dir():
        return True
    show_exception(
        parent,
        FolderMissing(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist; nothing was changed."),
            folder=path.parent,
        ),
    )
    return False


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
