"""Safe names: what a file of the vault is called inside a bundle (or any export folder), and
which ZIP entry names are refused when a bundle is read.

Used by the export, by verification and by ``app/cli/common.py`` (attachments and letters the
CLI writes to a folder)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{i}" for p in ("com", "lpt") for i in range(10)
}
_FORBIDDEN = set('<>:"|?*\\/')
MAX_NAME = 100


def safe_file_name(name: str, fallback: str) -> str:
    """A file name that is safe on every system and in ``sha256sum -c``: no path, no control or
    bidi characters, no reserved names, at most MAX_NAME characters (the extension kept)."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(
        "_"
        if c in _FORBIDDEN or unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
        else c
        for c in name
    )
    cleaned = cleaned.strip(" .\u3000")
    if not cleaned:
        cleaned = fallback
    stem, dot, ext = cleaned.rpartition(".")
    if not dot or len(ext) > 16 or not stem:
        stem, ext = cleaned, ""
    if stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        stem = "_" + stem
    stem = stem[: MAX_NAME - len(ext) - 1].rstrip(" .") or fallback
    return f"{stem}.{ext}" if ext else stem


def unique_entries(folder: str, names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each (key, name) to ``folder + safe name``, numbering clashes (case-insensitive,
    since the bundle is unpacked on Windows and macOS too): ``a.jpg``, ``a (2).jpg``, ..."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for key, name in names:
        base = safe_file_name(name, f"file-{key[:8]}")
        stem, dot, ext = base.rpartition(".")
        if not dot:
            stem, ext = base, ""
        candidate, n = base, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        taken.add(candidate.casefold())
        out[key] = folder + candidate
    return out


def unsafe_entry_reason(name: str) -> str | None:
    """Why a ZIP entry name could escape or confuse the folder it is unpacked into, or None."""
    if not name:
        return "an empty name"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "an absolute path"
    if "\\" in name:
        return "a backslash"
    parts = name.rstrip("/").split("/")
    if any(p in ("..", ".") for p in parts) or "" in parts:
        return "a '..', '.' or empty path part"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        return "a control or bidi character"
    return None
