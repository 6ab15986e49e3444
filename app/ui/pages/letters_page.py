"""The "Letters & evidence" page: the list of letters and actions, with their status.

How other modules add to it (see docs/gui.md): ``app/ui/letters`` calls
``window.letters_page.add_action(QAction)`` from its ``install(window)`` hook, e.g. a
"New letter…" action; ``current_id()`` is the selected letter, ``load()`` is called with the
records after every change (``window.reload()``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from app.ui.models.tables import LettersModel, letter_kind_label, letter_status_label
from app.ui.pages.base import TablePage, hint_html


class LettersPage(TablePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(LettersModel(), parent)

    def no_match_text(self, text: str) -> str:
        return self.tr("No letter matches “%1”.").replace("%1", text)

    def empty_html(self) -> str:
        return hint_html(
            self.tr(
                "Revocation letters, takedown notices and reminders, with their status and "
                "deadline. Choose one to see it."
            )
        )

    def detail_html(self, record_id: str) -> str:
        letter = self.records.letters.get(record_id)
        if letter is None:
            return self.empty_html()
        buyer = self.records.buyers.get(letter.recipient)
        rows = [
            (self.tr("Kind"), letter_kind_label(letter.kind)),
            (self.tr("To"), buyer.name if buyer else letter.recipient),
            (self.tr("Status"), letter_status_label(letter.status)),
            (self.tr("Created"), letter.created_at[:10]),
            (self.tr("Sent on"), letter.sent_on),
            (self.tr("Channel"), letter.channel),
            (self.tr("Deadline"), letter.deadline),
            (self.tr("Photos"), str(len(letter.media_ids))),
            (self.tr("Notes"), letter.notes),
        ]
        cells = "".join(
            f"<tr><td style='color:#5b6675; padding-right:12px'>{escape(k)}</td>"
            f"<td>{escape(v) if v else '—'}</td></tr>"
            for k, v in rows
        )
        html = f"<h2>{escape(letter_kind_label(letter.kind))}</h2><table cellspacing='3'>{cells}</table>"
        if letter.body:
            html += (
                "<h3>"
                + escape(self.tr("Text"))
                + "</h3><p>"
                + escape(letter.body).replace("\n", "<br>")
                + "</p>"
            )
        return html
