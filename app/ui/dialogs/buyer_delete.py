"""Deleting a buyer who still has deals: said before anything is asked, with what can be done.

A buyer's deals are the record of what they got and on what terms, so the vault refuses to
delete the buyer on their own (``VaultService.delete_buyer``, ``errors.InUse``). Instead of
asking "Delete?" and then failing, the main window shows this box first: it names the deals and
offers to show them (to move them to another buyer or delete them one by one), to delete the
buyer together with those deals (one save; photos and attachments stay), or to cancel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.models import Buyer, Deal

SHOWN_DEALS = 10  # deals listed by date; more are counted


class BuyerInUseBox(QMessageBox):
    """Opened (not exec'd) by the main window; ``choice()`` after it finished: "show",
    "delete" or "" (cancelled)."""

    def __init__(
        self, parent: QWidget | None, buyer: Buyer, deals: Sequence[Deal], letters: int = 0
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Delete buyer"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # a buyer's name is not markup
        count = len(deals)
        self.setText(
            self.tr(
                "The buyer “%1” still has %n deal(s), so the buyer cannot be deleted alone.",
                "",
                count,
            ).replace("%1", buyer.name)
        )
        lines = [
            "• " + self.tr("%1: %n photo(s) or clip(s)", "", len(d.media_ids)).replace("%1", d.date)
            for d in deals[:SHOWN_DEALS]
        ]
        if count > SHOWN_DEALS:
            lines.append("• " + self.tr("and %n more", "", count - SHOWN_DEALS))
        lines.append("")
        lines.append(
            self.tr(
                "Show the deals to move them to another buyer or delete them, or delete the "
                "buyer together with these deals. Their photos and attachments stay in the vault."
            )
        )
        if letters:
            lines.append(
                self.tr("The %n letter(s) written to this buyer stay in the vault.", "", letters)
            )
        self.setInformativeText("\n".join(lines))
        self.show_button = self.addButton(
            self.tr("Show the deals"), QMessageBox.ButtonRole.AcceptRole
        )
        self.delete_button = self.addButton(
            self.tr("Delete the buyer and %n deal(s)", "", count),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.show_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.show_button:
            return "show"
        if clicked is self.delete_button:
            return "delete"
        return ""
