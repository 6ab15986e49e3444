"""Message boxes: user errors as translated sentences, anything unexpected with "copy details".

The code raises ``app.errors`` classes with a marked English template and named parameters
(``str()`` is the English, for the CLI and logs). The GUI shows a headline per class (here, in
``_sentences``) over the raise site's own sentence in the UI language (``error_text``: the
template looked up in context ``errors``, then filled in), because it names the file or field
concerned. Qt's own words (file dialogs, standard buttons) come from Qt's shipped translation
(``app.ui.application.install_translators``).
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.ui.geometry import fit_to_screen


def tr(text: str) -> str:
    """Module-level strings: pyside6-lupdate files a bare ``tr("...")`` under context ""."""
    return QCoreApplication.translate("", text)


def _sentences() -> dict[type[BaseException], str]:
    """The sentence of each error class (built at each call: the translator of the moment)."""
    return {
        errors.WrongPassword: tr(
            "The password (or recovery key) is wrong; the vault was not opened."
        ),
        errors.HeaderEdited: tr(
            "The vault header was changed outside the app; open the vault with the recovery key "
            "(it rewrites the header), then set a new password."
        ),
        errors.LinkInVault: tr(
            "The vault folder contains a link to another place; nothing was read, written or "
            "deleted through it."
        ),
        errors.UnsafeHeader: tr(
            "The vault header asks for unsafe settings or is malformed; it was not opened."
        ),
        errors.VaultDamaged: tr(
            "Part of the vault is damaged. The items below failed their integrity check."
        ),
        errors.UnsupportedVersion: tr(
            "This vault was made by a newer version of Likeness Vault; update the app."
        ),
        errors.NotAFolder: tr("That is a file, not a folder; a vault is a folder."),
        errors.NotAVault: tr("This folder is not a Likeness Vault."),
        errors.FileInTheWay: tr("There is a file of that name; choose a new or empty folder."),
        errors.VaultExists: tr("That folder already exists and is not empty; choose a new folder."),
        errors.VaultBusy: tr(
            "This vault is open in another window or program; close it there first."
        ),
        errors.VaultLocked: tr("The vault is locked; unlock it first."),
        errors.FolderMissing: tr(
            "The folder to write into does not exist; choose another folder. Nothing was changed."
        ),
        errors.WriteFailed: tr(  # a save of the vault, or a file written outside it
            "Writing to the disk failed (it may be full or not writable); nothing was changed."
        ),
        errors.BadMedia: tr("This file could not be taken into the vault."),
        errors.NotFound: tr("That record is no longer in the vault."),
        errors.WeakPassword: tr(
            "This password is too easy to guess; use four or more unrelated words, or a longer "
            "phrase."
        ),
        errors.NotPossible: tr("This cannot be done now; the reason is below."),
        errors.InUse: tr("This record is still used by other records, so it was not deleted."),
        errors.InvalidInput: tr("Some of what was entered is not valid; please correct it."),
        errors.OutputIsFolder: tr("That is a folder; choose a file name."),
        errors.UnsafeBundle: tr(
            "This evidence bundle was refused unread: it could harm the computer if opened."
        ),
        errors.OutputExists: tr(
            "That file already exists and was left as it is; choose another name."
        ),
        errors.KeyringUnavailable: tr(
            "This computer has no usable secret store for remembering the vault."
        ),
    }


def error_sentence(exc: BaseException) -> str:
    """The translated sentence for an error class: its own, else its nearest base class's."""
    sentences = _sentences()
    for kind in type(exc).__mro__:
        if kind in sentences:
            return sentences[kind]
    return tr("Something went wrong.")


def notice_sentences() -> dict[str, str]:
    """The sentence of each kind of vault notice (``app.errors.Notice``); %1, %2… are its
    parameters in order."""
    return {
        "leftovers": tr(
            "%1 encrypted item(s) are not in the newest saved state: a newer save may be "
            "missing; nothing was deleted. “Remove leftover files…” (Vault menu) lists them."
        ),
        "rollback": tr(
            "This vault's saved state (generation %1) is older than the last state opened here "
            "on %2 (generation %3). If you restored a backup into this folder, that is expected."
        ),
        "header_rollback": tr(
            "This vault's header (generation %1) is older than the one opened here on %2 "
            "(generation %3): an old copy of vault.json was put back, so an old password may have "
            "opened it. If you restored a backup into this folder, that is expected; otherwise "
            "change the password and renew the vault key."
        ),
        "header_damaged": tr(
            "The header copy %1 is damaged; the vault opened from the other copy and rewrote it."
        ),
        "header_unreadable": tr(
            "The header copy %1 could not be read; the vault opened from the other copy and "
            "rewrote it."
        ),
        "header_edited": tr(
            "A copy of the vault header (generation %1) was changed outside the app (its "
            "authentication code does not match); it was rewritten from the good copy."
        ),
        "header_stale": tr(
            "An older copy of the vault header (generation %1) was rewritten from the newest "
            "(generation %2)."
        ),
        "header_not_repaired": tr(
            "A damaged copy of the vault header could not be rewritten (the disk may be full or "
            "not writable); the vault opened from the good copy."
        ),
        "header_not_rewritten": tr(
            "The main copy of the vault header could not be rewritten; the next open repairs it."
        ),
        "recovery_rewrote_header": tr(
            "The vault header was changed outside the app. The recovery key proved the vault "
            "key, so the vault was opened and the header rewritten with the recovery key only: "
            "set a new password now (Vault menu)."
        ),
        "index_damaged": tr("The saved state %1 is damaged."),
        "index_unreadable": tr("The saved state %1 could not be read."),
        "index_fallback": tr(
            "Opened the previous saved state (%1) because the newest is damaged; changes of the "
            "last save(s) may be missing."
        ),
        "index_gap": tr(
            "The saved state that %1 replaced (%2) is missing from the vault folder: files may "
            "have been deleted, or a copy or sync of it is incomplete; nothing was deleted."
        ),
        "schema_upgraded": tr(
            "The vault's records were upgraded from version %1 to %2; they are saved in the new "
            "form at the next change."
        ),
        "temp_removed": tr("Removed %1 unfinished temporary file(s) left by an interrupted save."),
        "rekey_finished": tr(
            "Finished an interrupted renewal of the vault key: the new key is in force and the "
            "password is unchanged. If the new recovery key was not shown to you, make a new one "
            "now (Vault menu)."
        ),
        "rekey_stale": tr(
            "An interrupted renewal of the vault key left files this vault's key cannot read; the "
            "vault is as it was before. Renew the vault key again: that removes them."
        ),
        "keyring_refused": tr("The secret store refused to keep the key."),
        "face_matching_kept_off": tr(
            "This saved state had face matching on, but it was turned off on this computer on "
            "%1: it stays off. No face is measured again, and the face measurements this state "
            "named (%2 photo(s)) are deleted; turn face matching on again only if you want it."
        ),
        "face_matching_off_restored": tr(
            "Face matching is off in this saved state (it was on here since %1): it stays off "
            "and no face is measured. Turn it on again only if you want it."
        ),
    }


def notice_sentence(notice: str) -> str:
    """A vault notice in the UI language; in English, a notice of an unknown kind, or plain
    text: as it is."""
    if not isinstance(notice, errors.Notice) or tr("Likeness Vault") == "Likeness Vault":
        return notice  # plain text, or the English UI: the vault's own sentence says it best
    text = notice_sentences().get(notice.kind)
    if text is None:
        return str(notice)
    for number, value in enumerate(notice.params, 1):
        text = text.replace(f"%{number}", value)
    return text


def error_text(exc: BaseException | str) -> str:
    """The raise site's own sentence (``app.errors.UserError.template``) in the UI language,
    with its parameters filled in (a parameter that is an ``errors.Message``, such as a stored
    item's label, in the UI language too); a sentence that was not marked as it is."""
    template = getattr(exc, "template", "")
    if not template:
        return str(exc)
    translated = QCoreApplication.translate("errors", template)
    params = getattr(exc, "params", {})
    return errors.fill(translated, {name: error_text(value) for name, value in params.items()})


def error_details(exc: BaseException) -> str:
    """The raise site's sentence in the UI language, plus the damaged items of a damaged
    vault."""
    lines = [error_text(exc)]
    damaged = getattr(exc, "damaged", None)
    if damaged:
        lines.append("")
        lines.extend(f"• {error_text(name)}" for name in damaged)
    return "\n".join(lines).strip()


def show_user_error(parent: QWidget | None, exc: errors.UserError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Likeness Vault"))
    if isinstance(exc, errors.WrongPassword):
        # its own sentence says it all (which secret was wrong): no headline repeating it
        box.setText(error_text(exc))
    else:
        box.setText(error_sentence(exc))
        detail = error_details(exc)
        if detail:
            box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class ExceptionDialog(QDialog):
    """For a bug: a calm sentence, the technical details, and a way to copy them."""

    def __init__(self, parent: QWidget | None, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Unexpected error"))
        layout = QVBoxLayout(self)
        label = QLabel(
            tr(
                "Something unexpected went wrong. Your vault is consistent: every saved change "
                "is kept, and a change that did not finish was not saved. You can copy the "
                "details below for a bug report (they contain no photo or buyer data)."
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(tr("Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, (640, 420))


def technical_details(exc: BaseException) -> str:
    """Exception type and stack only: a message may hold a file or buyer name, frames do not."""
    kind = type(exc)
    stack = "".join(traceback.format_tb(exc.__traceback__))
    return f"{kind.__module__}.{kind.__qualname__}\n{stack}".strip()


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """User errors as a sentence; anything else in the "copy details" dialog."""
    if isinstance(exc, errors.UserError):
        show_user_error(parent, exc)
        return
    ExceptionDialog(parent, technical_details(exc)).exec()


def install_excepthook() -> None:
    """Uncaught exceptions in slots end up in the dialog instead of killing the app."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        sys.stderr.write("".join(traceback.format_tb(tb)) + kind.__qualname__ + "\n")
        if QApplication.instance() is not None:
            show_exception(QApplication.activeWindow(), value)

    sys.excepthook = hook


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
