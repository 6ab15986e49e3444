"""Back up vault…: the new folder's proposed name is in the UI language ("林小雨的保险箱 备份
2026-11-30"; docs/screenshots/backup.png showed the English word "backup" in Chinese)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.services import backup
from app.ui.dialogs.backup_dialog import BackupDialog
from tests.support import new_service

DAY = date(2026, 11, 30)


def test_backup_name_in_chinese(qtbot: Any, zh_translator: None, tmp_path: Path) -> None:
    service = new_service(tmp_path / "林小雨的保险箱", "Test Performer")
    dialog = BackupDialog(service, today=DAY)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "林小雨的保险箱 备份 2026-11-30"


def test_backup_name_in_english(qtbot: Any, tmp_path: Path) -> None:
    service = new_service(tmp_path / "My vault", "Test Performer")
    dialog = BackupDialog(service, today=DAY)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "My vault backup 2026-11-30"
    assert backup.proposed_name(tmp_path / "My vault", DAY) == dialog.name.text()
