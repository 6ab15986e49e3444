"""The revocation manifest in the GUI: "Revocation manifest…" beside "Take my face back…" on the
Buyers page (the buyer's photos), and in the Letters & evidence page's "Evidence tools" menu
(any photos).

``install(window)`` is called by ``app.ui.main_window`` for every main window (docs/gui.md); it
only adds actions, the dialog calls ``app.services.manifest``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from app.ui.icons import icon
from app.ui.manifest.dialog import ManifestDialog

__all__ = ["ManifestDialog", "install"]


def install(window: Any) -> None:
    """Add the manifest actions to a main window (``app.ui.main_window.MainWindow``)."""

    def open_dialog(buyer_id: str = "") -> None:
        if window.service is None:
            return
        dialog = ManifestDialog(window.service, buyer_id=buyer_id, parent=window)
        window.locking.connect(dialog.reject_now)
        try:
            dialog.exec()
        finally:
            window.locking.disconnect(dialog.reject_now)
            dialog.deleteLater()

    title = QCoreApplication.translate("ManifestActions", "Revocation manifest…")
    for_buyer = QAction(icon("takeback"), title, window)
    for_buyer.setToolTip(
        QCoreApplication.translate(
            "ManifestActions",
            "A signed file of the hashes of the photos this buyer received and your withdrawn "
            "consent, that platforms can match without the photos",
        )
    )
    for_buyer.triggered.connect(lambda: open_dialog(window.current_buyer_id()))
    buyers = getattr(window, "buyers_page", None)
    if buyers is not None and hasattr(buyers, "add_selection_action"):
        buyers.add_selection_action(for_buyer)
    elif hasattr(window, "add_buyer_action"):
        window.add_buyer_action(for_buyer)
    # every photo: in the Letters & evidence page's "Evidence tools" menu (app/ui/evidence adds
    # the window's ``evidence_tools``), where the page's toolbar keeps fitting 1280 pixels
    if getattr(window, "letters_page", None) is not None:
        any_photos = QAction(icon("takeback"), title, window)
        any_photos.setToolTip(
            QCoreApplication.translate(
                "ManifestActions",
                "A signed file of the hashes of your photos and your withdrawn consent, that "
                "platforms can match without the photos",
            )
        )
        any_photos.triggered.connect(lambda: open_dialog(""))
        window.evidence_tools = [*getattr(window, "evidence_tools", ()), any_photos]
