"""Issue 10 part 1 in the desktop app: leftovers and rollback said at open, "Remove leftover
files…" in the Vault menu (count and size, removed only on Remove), a note in the check."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.errors import LinkInVault
from app.services.vault_service import VaultService
from app.ui.dialogs.vault_dialogs import CheckDialog, LeftoversDialog
from app.ui.prompts import error_sentence
from tests.support import PASSWORD, jpeg_bytes, new_service
from tests.support.i18n import english_sources, norm


def _vault_with_a_leftover(path: Path) -> tuple[str, str]:
    service = new_service(path, "Test Performer")
    (photo,) = service.import_photo_data([("face.jpg", jpeg_bytes(1))])
    leftover, _ = service.vault.put_object(b"written by a save that was killed")
    service.lock()
    return photo.object_id, leftover


def test_leftovers_are_said_at_open_and_removed_only_on_request(
    qtbot,
    controller,
    vault_dir: Path,
) -> None:
    kept, leftover = _vault_with_a_leftover(vault_dir)
    window = controller.show_vault(VaultService.open(vault_dir, PASSWORD))
    qtbot.waitUntil(lambda: hasattr(window, "open_warnings"), timeout=5_000)
    assert "1 encrypted item is not in the newest saved state" in (
        window.open_warnings.informativeText()
    )
    window.open_warnings.close()
    assert window.leftovers_action in window.vault_menu.actions()
    service = window.service
    assert service is not None and service.vault.object_path(leftover).exists()

    check = CheckDialog(service, window)
    qtbot.waitUntil(lambda: check.report is not None, timeout=10_000)
    assert check.report is not None and check.report.ok and check.report.leftovers == 1
    assert not check.notes.isHidden() and "1" in check.notes.text()
    check.close()

    dialog = window.remove_leftovers()
    assert isinstance(dialog, LeftoversDialog)
    qtbot.waitUntil(dialog.remove_button.isEnabled, timeout=10_000)
    assert dialog.ids.count() == 1 and leftover in dialog.ids.item(0).text()
    assert service.vault.object_path(leftover).exists()  # nothing before Remove
    with qtbot.waitSignal(dialog.removed, timeout=10_000) as removed:
        dialog.remove_button.click()
    assert removed.args == [1]
    assert not service.vault.object_path(leftover).exists()
    assert service.vault.object_path(kept).exists()

    again = window.remove_leftovers()
    assert again is not None
    qtbot.waitUntil(lambda: again.remove_button.isHidden(), timeout=10_000)
    assert again.ids.count() == 0


def test_a_rolled_back_folder_is_said_at_open(
    qtbot,
    controller,
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    service = new_service(vault_dir, "Test Performer")
    backup = tmp_path / "backup"
    shutil.copytree(vault_dir, backup)
    service.add_buyer("a")
    service.lock()
    shutil.rmtree(vault_dir)
    shutil.copytree(backup, vault_dir)
    window = controller.show_vault(VaultService.open(vault_dir, PASSWORD))
    qtbot.waitUntil(lambda: hasattr(window, "open_warnings"), timeout=5_000)
    assert "is older than the last state opened here on" in window.open_warnings.informativeText()
    window.open_warnings.close()


def test_a_link_in_the_vault_folder_has_its_own_sentence(qtbot) -> None:
    sentence = error_sentence(LinkInVault("objects/ab in the vault folder is a link.", []))
    assert "link" in sentence and sentence != error_sentence(Exception())


def test_the_leftovers_dialog_speaks_chinese(
    qtbot,
    controller,
    zh_translator,
    vault_dir: Path,
) -> None:
    _vault_with_a_leftover(vault_dir)
    window = controller.show_vault(VaultService.open(vault_dir, PASSWORD))
    dialog = window.remove_leftovers()
    assert dialog is not None
    qtbot.waitUntil(dialog.remove_button.isEnabled, timeout=10_000)
    english = english_sources()
    shown = [dialog.windowTitle(), dialog.label.text(), dialog.remove_button.text()]
    assert "清除残留文件" in dialog.windowTitle() and "个加密文件" in dialog.label.text()
    for text in shown:
        for line in text.split("\n"):
            assert norm(line) not in english, line
    check = CheckDialog(window.service, window)
    qtbot.waitUntil(lambda: check.report is not None, timeout=10_000)
    assert "注意" in check.notes.text()
