"""Evidence bundles in the GUI: "Export evidence…" on the Buyers and Sightings pages, and the
vault's signing key fingerprint on the Letters & evidence page.

``install(window)`` is called by ``app.ui.main_window`` for every main window (see
docs/gui.md); it only adds actions, the dialogs call ``app.services.evidence``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox, QToolButton

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
        "evidence",
        QCoreApplication.translate("EvidenceActions", "Export evidence…"),
        QCoreApplication.translate(
            "EvidenceActions", "A signed ZIP of this buyer's deals, photos, sightings and letters"
        ),
        lambda: export_for(buyer_id=window.current_buyer_id()),
    )
    window.add_buyer_action(buyer_action)

    sighting_action = action(
        "evidence",
        QCoreApplication.translate("EvidenceActions", "Export evidence…"),
        QCoreApplication.translate(
            "EvidenceActions",
            "A signed ZIP of this sighting, the matched photos and the deals they came from",
        ),
        lambda: export_for(sighting_id=window.sightings_page.current_id()),
    )
    window.sightings_page.add_action(sighting_action)

    def export_current() -> None:
        """The main toolbar's export: for the sighting or buyer chosen on the page shown,
        else for one picked from a list of buyers and sightings."""
        service = window.service
        if service is None:
            return
        shown = window.stack.currentWidget()
        if shown is window.sightings_page and window.sightings_page.current_id():
            export_for(sighting_id=window.sightings_page.current_id())
            return
        if shown is window.buyers_page and window.current_buyer_id():
            export_for(buyer_id=window.current_buyer_id())
            return
        records = service.records
        buyer_label = QCoreApplication.translate("EvidenceActions", "Buyer: %1")
        sighting_label = QCoreApplication.translate("EvidenceActions", "Sighting: %1")
        choices: list[tuple[str, str, str]] = [
            (buyer_label.replace("%1", b.name), b.id, "")
            for b in sorted(records.buyers.values(), key=lambda b: b.name)
        ]
        choices += [
            (sighting_label.replace("%1", f"{s.seen_on} {s.title or s.url}"), "", s.id)
            for s in sorted(records.sightings.values(), key=lambda s: s.seen_on, reverse=True)
        ]
        if not choices:
            QMessageBox.information(
                window,
                QCoreApplication.translate("EvidenceActions", "Export evidence"),
                QCoreApplication.translate(
                    "EvidenceActions",
                    "An evidence bundle gathers the records of one buyer or one sighting: "
                    "add a buyer or a sighting first.",
                ),
            )
            return
        label, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("EvidenceActions", "Export evidence"),
            QCoreApplication.translate("EvidenceActions", "Evidence about:"),
            [c[0] for c in choices],
            0,
            False,
        )
        if ok and window.service is not None:
            for text, buyer_id, sighting_id in choices:
                if text == label:
                    export_for(buyer_id=buyer_id, sighting_id=sighting_id)
                    return

    if hasattr(window, "add_main_action"):
        window.add_main_action(
            action(
                "evidence",
                QCoreApplication.translate("EvidenceActions", "Export evidence…"),
                QCoreApplication.translate(
                    "EvidenceActions",
                    "A signed ZIP of a buyer's or a sighting's records, photos and letters, "
                    "with a PDF report",
                ),
                export_current,
            )
        )

    def show_key() -> None:
        if window.service is not None:
            dialog = SigningKeyDialog(window.service, window)
            dialog.exec()
            dialog.deleteLater()

    signing_key = action(
        "lock",
        QCoreApplication.translate("EvidenceActions", "Signing key…"),
        QCoreApplication.translate(
            "EvidenceActions", "The fingerprint that identifies your evidence bundles"
        ),
        show_key,
    )

    def verify() -> None:
        own = window.service.signer().fingerprint if window.service else ""
        dialog = VerifyEvidenceDialog(own, window)
        run_modal(dialog, dialog.reject)

    check_bundle = action(
        "preview",
        QCoreApplication.translate("EvidenceActions", "Check a bundle…"),
        QCoreApplication.translate(
            "EvidenceActions", "Check an evidence bundle's hashes and signature"
        ),
        verify,
    )
    # the two less-used evidence tools in one menu: the Letters page's toolbar keeps every
    # letter action in view at 1280 pixels in any language (tests/gui/test_fits_screen.py)
    tools = QMenu(window.letters_page)
    tools.setToolTipsVisible(True)
    # and the tools other extensions installed before this one offer there (the revocation
    # manifest of every photo, app/ui/manifest)
    for tool in (signing_key, check_bundle, *getattr(window, "evidence_tools", ())):
        tools.addAction(tool)
        window.letters_page.addAction(tool)
    tools_button = QToolButton()
    tools_button.setText(QCoreApplication.translate("EvidenceActions", "Evidence tools"))
    tools_button.setIcon(icon("evidence"))
    tools_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    tools_button.setMenu(tools)
    tools_button.setToolTip(
        QCoreApplication.translate(
            "EvidenceActions", "Your signing key's fingerprint; check a bundle you were sent"
        )
    )
    window.letters_page.toolbar.addWidget(tools_button)

    def update(record_id: str = "") -> None:
        buyer_action.setEnabled(bool(window.current_buyer_id()))
        sighting_action.setEnabled(bool(window.sightings_page.current_id()))

    window.buyers_page.selectionChanged.connect(update)
    window.sightings_page.selectionChanged.connect(update)
    update()
