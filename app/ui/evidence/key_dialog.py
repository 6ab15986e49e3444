"""The vault's evidence signing key: its fingerprint to publish or notarise once, and the
public key file itself. Both are public by design; the private key never leaves the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import WriteFailed
from app.services import evidence
from app.services.vault_service import VaultService
from app.ui.prompts import show_exception
from app.ui.save_paths import documents_folder
from app.vault.store import atomic_write, write_failed


class SigningKeyDialog(QDialog):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signing key"))
        signer = service.signer()
        self.public_pem = signer.public_pem
        self.fingerprint = signer.fingerprint
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every evidence bundle of this vault is signed with its own key. Anyone can check "
                "a signature with the public key inside the bundle; this fingerprint shows that "
                "the key is yours. Publish it or have it notarised once, before a dispute."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.label = QLabel(self.fingerprint)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("font-family: monospace; font-size: 13pt; padding: 8px")
        self.label.setAccessibleName(self.tr("Signing key fingerprint"))
        layout.addWidget(self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        save = buttons.addButton(
            self.tr("Save public key…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy)
        save.clicked.connect(self.save_public_key)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.fingerprint)  # public, not a secret

    def save_public_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the public signing key"),
            str(documents_folder() / evidence.PEM),
            self.tr("PEM public key (*.pem)"),
        )
        if path:
            self.write_public_key(Path(path))

    def write_public_key(self, path: Path) -> None:
        try:
            atomic_write(path, self.public_pem)
        except WriteFailed as exc:
            show_exception(self, exc)
        except OSError as exc:
            show_exception(self, write_failed(exc, path))
