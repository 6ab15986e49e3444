"""Non-secret preferences in QSettings: window geometry, language, recent vaults, idle lock.

Nothing private goes here: no password, no key, no photo or buyer name. A vault path is kept
only for the "recent vaults" list, and the user can clear it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_IDLE_MINUTES = 10
MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings()

    # --- language (takes effect at the next start) ---
    @property
    def language(self) -> str:
        value = str(self.q.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value if value in LANGUAGES else DEFAULT_LANGUAGE)

    # --- idle lock, in minutes; 0 turns it off ---
    @property
    def idle_minutes(self) -> int:
        try:
            value = int(str(self.q.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return max(0, min(value, 24 * 60))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self.q.setValue("lock/idle_minutes", max(0, min(int(value), 24 * 60)))

    @property
    def lock_on_screen_lock(self) -> bool:
        return str(self.q.value("lock/on_screen_lock", "true")).lower() == "true"

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self.q.setValue("lock/on_screen_lock", "true" if value else "false")

    # --- recent vaults ---
    def recent_vaults(self) -> list[Path]:
        raw = self.q.value("vaults/recent", [])
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            return []
        paths = [Path(str(p)) for p in raw if str(p)]
        return paths[:MAX_RECENT]

    def add_recent_vault(self, path: Path) -> None:
        path = path.resolve()
        items = [path] + [p for p in self.recent_vaults() if p != path]
        self.q.setValue("vaults/recent", [str(p) for p in items[:MAX_RECENT]])

    def remove_recent_vault(self, path: Path) -> None:
        items = [p for p in self.recent_vaults() if p != path]
        self.q.setValue("vaults/recent", [str(p) for p in items])

    def clear_recent_vaults(self) -> None:
        self.q.remove("vaults/recent")

    # --- vaults whose key this app put in the OS secret store ("remember on this computer") ---
    # Kept here so that the welcome screen can mark them without asking the secret store: a
    # lookup there can make the store ask for its own password (a locked GNOME keyring or
    # KWallet), which must not happen before the user has asked to open a vault.
    def remembered_vaults(self) -> set[Path]:
        raw = self.q.value("vaults/remembered", [])
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            return set()
        return {Path(str(p)) for p in raw if str(p)}

    def set_remembered(self, path: Path, remembered: bool) -> None:
        path = path.resolve()
        paths = self.remembered_vaults() - {path}
        if remembered:
            paths.add(path)
        self.q.setValue("vaults/remembered", sorted(str(p) for p in paths))

    # --- geometry ---
    def geometry(self, name: str) -> QByteArray | None:
        value = self.q.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.q.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self.q.sync()
