"""Evidence bundles in the GUI: "Export evidence…" on the Buyers and Sightings pages, and the
vault's signing key fingerprint on the Letters & evidence page.

``install(window)`` is called by ``app.ui.main_window`` for every main window (see
docs/gui.md); it only adds actions, the dialogs call ``app.services.evidence``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from app.ui.evidence.export_dialog import ExportEvidenceDialog
from app.ui.evidence.key_dialog import SigningKeyDialog
from app.ui.evidence.verify_dialog import VerifyEvidenceDialog
from app.ui.icons import icon

__all__ = ["ExportEvidenceDialog", "SigningKeyDialog", "VerifyEvidenceDialog", "install"]


def install(window: Any) -> None:
    """Add the evidence actions to a main window (``app.ui.main_window.MainWindow``)."""

    def action(icon_name: str, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        made = QAction(icon(icon_name), text, window)
        made.setToolTip(tip)
        made.triggered.connect(slot)
        return made

    def run_modal(dialog: QDialog, on_lock: Callable[[], Any]) -> None:
        """Show ``dialog`` until it is closed, or ``on_lock`` closes it when the vault locks."""
        window.locking.connect(on_lock)
        try:
            dialog.exec()
        finally:
            window.locking.disconnect(on_lock)
            dialog.deleteLater()

    def export_for(buyer_id: str = "", sighting_id: str = "") -> None:
        if window.service is None or not (buyer_id or sighting_id):
            return
        dialog = ExportEvidenceDialog(
            window.service,
            buyer_id=buyer_id or None,
            sighting_id=sighting_id or None,
            parent=window,
        )
        run_modal(dialog, dialog.reject_now)

    buyer_action = action(
        "save",
        QCoreApplication.translate("EvidenceActions", "Export evidence…"),
        QCoreApplication.translate(
            "EvidenceActions", "A signed ZIP of this buyer's deals, photos, sightings and letters"
        ),
        lambda: export_for(buyer_id=window.current_buyer_id()),
    )
    window.add_buyer_action(buyer_action)

    sighting_action = action(
        "save",
        QCoreApplication.translate("EvidenceActions", "Export evidence…"),
        QCoreApplication.translate(
            "EvidenceActions",
            "A signed ZIP of this sighting, the matched photos and the deals they came from",
        ),
        lambda: export_for(sighting_id=window.sightings_page.current_id()),
    )
    window.sightings_page.add_action(sighting_action)

    def show_key() -> None:
        if window.service is not None:
            dialog = SigningKeyDialog(window.service, window)
            dialog.exec()
            dialog.deleteLater()

    window.letters_page.add_action(
        action(
            "lock",
            QCoreApplication.translate("EvidenceActions", "Signing key…"),
            QCoreApplication.translate(
                "EvidenceActions", "The fingerprint that identifies your evidence bundles"
            ),
            show_key,
        )
    )

    def verify() -> None:
        own = window.service.signer().fingerprint if window.service else ""
        dialog = VerifyEvidenceDialog(own, window)
        run_modal(dialog, dialog.reject)

    window.letters_page.add_action(
        action(
            "preview",
            QCoreApplication.translate("EvidenceActions", "Check a bundle…"),
            QCoreApplication.translate(
                "EvidenceActions", "Check an evidence bundle's hashes and signature"
            ),
            verify,
        )
    )

    def update(record_id: str = "") -> None:
        buyer_action.setEnabled(bool(window.current_buyer_id()))
        sighting_action.setEnabled(bool(window.sightings_page.current_id()))

    window.buyers_page.selectionChanged.connect(update)
    window.sightings_page.selectionChanged.connect(update)
    update()
