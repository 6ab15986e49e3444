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


def test_open_notes_are_said_in_chinese(
    qtbot,
    controller,
    zh_translator,
    vault_dir: Path,
    tmp_path: Path,
) -> None:
    """A rollback plus leftovers of the newer state: every note of the open is a Chinese
    sentence, with the numbers of the notice in it, and no English source line."""
    service = new_service(vault_dir, "Test Performer")
    backup = tmp_path / "backup"
    shutil.copytree(vault_dir, backup)
    service.import_photo_data([("face.jpg", jpeg_bytes(2))])
    service.lock()
    for index in (vault_dir / "index").iterdir():  # the newer state's objects stay: leftovers
        index.unlink()
    shutil.copytree(backup / "index", vault_dir / "index", dirs_exist_ok=True)
    opened = VaultService.open(vault_dir, PASSWORD)
    kinds = {getattr(w, "kind", "") for w in opened.warnings}
    assert {"rollback", "leftovers"} <= kinds, opened.warnings
    window = controller.show_vault(opened)
    qtbot.waitUntil(lambda: hasattr(window, "open_warnings"), timeout=5_000)
    text = window.open_warnings.informativeText()
    assert "更旧" in text and "有2个加密项目不在最新的已保存状态中" in text, text
    english = english_sources()
    for line in text.split("\n"):
        assert norm(line.lstrip("• ")) not in english, line
        assert "saved state" not in line and "encrypted item" not in line, line
    window.open_warnings.close()


def test_every_kind_of_vault_notice_has_a_translated_sentence(qtbot, zh_translator) -> None:
    """Each Notice("kind", ...) written anywhere in app/ has a sentence in prompts, and zh_CN
    translates it (a new kind without one would reach a Chinese screen in English)."""
    import ast

    import app
    from app.ui.prompts import notice_sentences

    kinds: set[str] = set()
    for path in Path(app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Notice"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                kinds.add(str(node.args[0].value))
    sentences = notice_sentences()
    assert len(kinds) >= 15, kinds
    assert kinds <= set(sentences), kinds - set(sentences)
    english = english_sources()
    for kind in kinds:
        assert norm(sentences[kind]) not in english, (kind, sentences[kind])
