"""Face matching…: the biometric option, explained in plain words, off by default.

Turning it on calls ``VaultService.set_face_matching(True)``; the background queue then computes
the face measurements of the photos (the status bar counts them). Turning it off asks first,
then deletes every stored face measurement (``set_face_matching(False)``). Both run through
``run_task`` (one save).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.vault_service import VaultService
from app.ui.geometry import fit_to_screen
from app.ui.prompts import show_exception
from app.ui.tasks import Task, run_task


class FaceMatchingDialog(QDialog):
    """Turn face matching on or off; ``changed(on)`` once the vault has saved the choice."""

    changed = Signal(bool)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.task: Task | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Face matching"))
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        paragraphs = [
            self.tr(
                "In a face-swap video only your face is taken from your photos; the rest of "
                "the picture is someone else's. Face matching finds those too: it compares the "
                "faces in a screenshot with the faces in your photos."
            ),
            self.tr(
                "To do that, the app measures the face in each of your photos (a list of "
                "numbers that describes a face). These measurements are biometric data: they are "
                "kept only inside your encrypted vault, never sent anywhere and never exported "
                "unless you choose to."
            ),
            self.tr(
                "Measuring runs in the background after you turn it on and can take a while "
                "for many photos. Turning it off deletes every face measurement at once."
            ),
        ]
        self.explanation = QLabel("".join(f"<p>{escape(p)}</p>" for p in paragraphs))
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.toggle = QPushButton()
        self.toggle.clicked.connect(self.switch)
        self.buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_state()
        fit_to_screen(self, (560, 420))

    def is_on(self) -> bool:
        return self.service.records.matching.face_matching

    def _show_state(self) -> None:
        if self.is_on():
            since = self.service.records.matching.face_matching_since[:10]
            text = self.tr("Face matching is <b>on</b>")
            if since:
                text += escape(self.tr(" (since %1)").replace("%1", since))
            self.toggle.setText(self.tr("Turn &off and delete face data…"))
        else:
            text = self.tr("Face matching is <b>off</b>")
            self.toggle.setText(self.tr("Turn &on"))
        self.state.setText(text)  # a heading: no full stop (none to translate)

    def switch(self) -> None:
        if self.task is not None:
            return
        on = not self.is_on()
        if not on and not self.confirm_off():
            return
        service = self.service
        self.toggle.setEnabled(False)

        def done(_removed: int) -> None:
            self.task = None
            self.toggle.setEnabled(True)
            self._show_state()
            self.changed.emit(on)

        def failed(exc: BaseException) -> None:
            self.task = None
            self.toggle.setEnabled(True)
            self._show_state()
            show_exception(self, exc)

        self.task = run_task(
            lambda: service.set_face_matching(on), done, failed, owner=self, writes=True
        )

    def confirm_off(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Turn off face matching"))
        box.setText(self.tr("Turn off face matching and delete the face data of your photos?"))
        box.setInformativeText(
            self.tr(
                "Searches will no longer compare faces. If you turn it on again, the faces are "
                "measured again from your photos."
            )
        )
        delete = box.addButton(self.tr("Turn off and &delete"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it on"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_box = box
        try:
            box.exec()
        finally:
            self.confirm_box = None
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is delete

    def done(self, code: int) -> None:
        if self.confirm_box is not None:
            self.confirm_box.done(QMessageBox.StandardButton.Cancel.value)
        super().done(code)
