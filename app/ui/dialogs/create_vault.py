"""The create-vault wizard: where, name, password, the recovery key shown once, a check.

The password page and the change-password dialog measure the password with
``app.services.passwords.estimate`` (zxcvbn, the same function as the CLI) and refuse one below
its floor (docs/vault-format.md, "Password floor").

The vault is created (off the GUI thread) when the user leaves the password page; the
recovery key is then shown exactly once, can be saved as a PDF (QPdfWriter, in memory until
the user picks a file), and the last page asks for two of its groups back, so that nobody
finishes without having really kept it.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import FileInTheWay, VaultExists
from app.services import passwords
from app.services.vault_service import VaultService
from app.ui.geometry import fit_to_screen
from app.ui.prompts import show_exception, tr
from app.ui.save_paths import confirmed_pdf_path, default_save_path
from app.ui.tasks import run_task
from app.ui.widgets.password_field import PasswordField, join_sentences, strength_hint
from app.vault import crypto

__all__ = ["CreateVaultWizard", "join_sentences", "password_strength", "strength_hint"]


def password_strength(password: str, user_inputs: tuple[str, ...] = ()) -> int:
    """The meter's level, 0 (empty) .. 4 (at or above the floor: the only level accepted)."""
    return passwords.estimate(password, user_inputs).level


def save_recovery_pdf(path: Path, vault_path: Path, name: str, key: str) -> None:
    """Write the recovery sheet as a one-page PDF (A4) with QPdfWriter."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    heading = tr("Likeness Vault recovery key")
    writer.setTitle(heading)
    base = QFont()
    base.setPointSize(12)
    title = QFont(base)
    title.setPointSize(20)
    title.setBold(True)
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSize(16)  # 39 characters fit an A4 line
    mono.setBold(True)
    blocks = [
        (heading, title, 100),
        (
            tr(
                "This key opens the vault below if the password is forgotten. Anyone who has "
                "it and the vault folder can open the vault: keep it somewhere safe, apart "
                "from the computer."
            ),
            base,
            60,
        ),
        (tr("Vault") + ": " + str(vault_path), base, 30),
        (tr("Name") + ": " + name, base, 90),
        (key, mono, 100),
        (tr("Letters O and digit 0, I and 1 are treated the same when you type it in."), base, 60),
    ]
    flags = int(Qt.TextFlag.TextWordWrap)
    painter = QPainter(writer)
    try:
        y = 0.0
        for text, font, gap in blocks:
            painter.setFont(font)
            rect = painter.boundingRect(QRectF(0, y, writer.width(), 10_000), flags, text)
            painter.drawText(rect, flags, text)
            y = rect.bottom() + gap
    finally:
        painter.end()


def ask_recovery_pdf_path(parent: QWidget) -> Path | None:
    """Where to save the recovery sheet; None when cancelled, or when the name typed without
    ".pdf" would replace a file the save dialog did not ask about."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save the recovery key as PDF"),
        default_save_path(tr("Likeness Vault recovery key.pdf")),  # in Documents
        tr("PDF files (*.pdf)"),
    )
    return confirmed_pdf_path(parent, name) if name else None


class LocationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where should the vault live?"))
        self.setSubTitle(
            self.tr(
                "The vault is a folder of encrypted files. Put it on this computer or on a "
                "drive you back up; it can be copied like any folder."
            )
        )
        form = QFormLayout(self)
        self.folder = QLineEdit(str(Path.home() / self.tr("Likeness Vault")))
        self.folder.setAccessibleName(self.tr("Vault folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&Folder (new or empty):"))
        label.setBuddy(self.folder)
        form.addRow(label, row)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. the name you use on letters"))
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.folder.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        parent = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to create the vault folder")
        )
        if parent:
            self.folder.setText(str(Path(parent) / self.tr("Likeness Vault")))

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.folder.text().strip()).expanduser()
        if path.exists() and not path.is_dir():  # the headline says which: a file, a full folder
            show_exception(self, FileInTheWay(path=path))
            return False
        if path.is_dir() and any(path.iterdir()):
            show_exception(self, VaultExists(path=path))
            return False
        return True


class PasswordPage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose a password"))
        self.setSubTitle(
            self.tr(
                "It encrypts everything in the vault. A long phrase of several words is both "
                "strong and easy to remember; Chinese characters are fine."
            )
        )
        layout = QVBoxLayout(self)
        # the same widget as "change the password": meter, reason, show/hide, the CLI's floor
        self.password_field = PasswordField(self._user_inputs)
        self.password, self.repeat = self.password_field.password, self.password_field.repeat
        self.meter, self.hint = self.password_field.meter, self.password_field.hint
        layout.addWidget(self.password_field)
        self.busy = QLabel()
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self._creating = False
        self.password_field.changed.connect(self.completeChanged)

    def _user_inputs(self) -> tuple[str, ...]:
        return (self.wiz.location.name.text().strip(), self.wiz.vault_path.name)

    @property
    def level(self) -> int:
        return self.password_field.level()

    def initializePage(self) -> None:
        self.password_field.refresh()  # the name and folder chosen on the first page count as guessable

    def isComplete(self) -> bool:
        return not self._creating and self.password_field.acceptable()

    def validatePage(self) -> bool:
        if self.wiz.service is not None:
            return True
        if not passwords.estimate(self.password.text(), self._user_inputs()).acceptable:
            return False  # the button is disabled below the floor; Enter must not get past it
        self._creating = True
        self.completeChanged.emit()
        self.busy.setText(self.tr("Creating the vault…"))
        self.wiz.create_vault(self.password.text())
        return False  # the wizard moves on by itself once the vault exists

    def creation_failed(self) -> None:
        self._creating = False
        self.busy.setText("")
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If you forget the password, this key is the only way back into the vault. "
                "It is shown only now. Write it down or save it as a PDF and keep it away "
                "from this computer."
            )
        )
        layout = QVBoxLayout(self)
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        self.pdf_button = QPushButton(self.tr("Print / save as PDF…"))
        self.pdf_button.clicked.connect(self._save_pdf)
        layout.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.kept = QCheckBox(self.tr("I have written the recovery key down or saved it"))
        self.kept.toggled.connect(self.completeChanged)
        layout.addWidget(self.kept)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.key_label.setText(self.wiz.recovery_key)

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def _save_pdf(self) -> None:
        path = ask_recovery_pdf_path(self)
        if path is not None:
            self.wiz.write_recovery_pdf(path)


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check the recovery key"))
        layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Recovery key groups"))
        self.answer.textChanged.connect(self.completeChanged)
        layout.addWidget(self.answer)
        back = QLabel(self.tr("Lost it already? Go back one page and look again."))
        back.setWordWrap(True)
        layout.addWidget(back)
        layout.addStretch(1)
        self.groups: tuple[int, int] = (0, 1)

    def initializePage(self) -> None:
        first = secrets.randbelow(7)
        second = first + 1 + secrets.randbelow(7 - first)
        self.groups = (first, second)
        self.question.setText(
            self.tr("Type group %1 and group %2 of your recovery key (each 4 characters):")
            .replace("%1", str(first + 1))
            .replace("%2", str(second + 1))
        )
        self.answer.clear()

    def expected(self) -> str:
        parts = self.wiz.recovery_key.split("-")
        return parts[self.groups[0]] + parts[self.groups[1]]

    def isComplete(self) -> bool:
        typed = "".join(ch for ch in self.answer.text().upper() if ch.isalnum())
        return bool(self.wiz.recovery_key) and typed == self.expected()


class CreateVaultWizard(QWizard):
    """Emits ``vaultCreated(service)`` when finished; the caller owns the service then."""

    vaultCreated = Signal(object)

    def __init__(self, parent: QWidget | None = None, argon2: crypto.Argon2Params | None = None):
        super().__init__(parent)
        self.argon2 = argon2
        self.service: VaultService | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Create a new vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.location = LocationPage(self)
        self.password = PasswordPage(self)
        self.recovery = RecoveryPage(self)
        self.confirm = ConfirmPage(self)
        for page in (self.location, self.password, self.recovery, self.confirm):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open the vault"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.currentIdChanged.connect(self._page_changed)
        fit_to_screen(self, (640, 480))

    @property
    def vault_path(self) -> Path:
        return Path(self.location.folder.text().strip()).expanduser()

    def _page_changed(self, _id: int) -> None:
        # once created, there is no way back to the folder and password pages
        if self.currentPage() in (self.recovery, self.confirm):
            self.button(QWizard.WizardButton.BackButton).setEnabled(
                self.currentPage() is self.confirm
            )

    def create_vault(self, password: str) -> None:
        path, name = self.vault_path, self.location.name.text().strip()

        def done(result: tuple[VaultService, str]) -> None:
            self.service, self.recovery_key = result
            self.next()

        def failed(exc: BaseException) -> None:
            self.password.creation_failed()
            show_exception(self, exc)

        run_task(lambda: VaultService.create(path, password, name, self.argon2), done, failed)

    def write_recovery_pdf(self, path: Path) -> None:
        try:
            save_recovery_pdf(
                path,
                self.vault_path,
                self.location.name.text().strip(),
                self.recovery_key,
            )
        except OSError as exc:  # pragma: no cover - QPdfWriter reports no errors as exceptions
            show_exception(self, exc)

    def accept(self) -> None:
        service = self.service
        self.service = None
        self.recovery_key = ""
        super().accept()
        if service is not None:
            self.vaultCreated.emit(service)

    def reject(self) -> None:
        if self.service is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Leave without checking the key?"),
                self.tr(
                    "The vault has been created. The recovery key will not be shown again. "
                    "Open the vault without checking that you kept it?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.confirm.answer.setText(self.confirm.expected())
            self.accept()
            return
        super().reject()
