"""What the dialogs that write one signed file outside the vault share: the evidence export
(``app.ui.evidence.export_dialog``) and the revocation manifest (``app.ui.manifest.dialog``).

Three pages: the subclass's form (ending with "Save as" and the signing key), progress with
Cancel while the work runs off the GUI thread (``app.ui.tasks.run_task``), and the subclass's
result with "Show in folder" and Close. An existing file is replaced only after a yes; a
cancelled or failed run goes back to the form and says so; a lock closes without waiting.
The subclasses keep every rule of their own (what is written, the words of the form and the
result); this module holds none."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.vault_service import VaultService
from app.ui.prompts import confirm, show_exception
from app.ui.save_paths import folder_exists
from app.ui.tasks import Task, run_task


def weakly(method: Callable[[Any], None]) -> Callable[[Any], None]:
    """A callback that does not keep its dialog alive: a finished task's callbacks may outlive
    it, and a closed dialog must not keep the vault's service reachable."""
    ref = weakref.WeakMethod(method)

    def call(value: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(value)

    return call


class FileTaskDialog(QDialog):
    """The frame of a dialog that writes one file: call ``_build(form, result, ...)`` once the
    subclass's two pages are made, ``_destination`` and ``_run`` from its ``start``, and
    ``_show_result(path)`` from its ``done``. A subclass sets ``cancelled`` (the service's
    "cancelled" exception) and defines ``progress_text``."""

    FORM, PROGRESS, RESULT = range(3)
    cancelled: tuple[type[BaseException], ...] = ()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.task: Task | None = None
        self.saved_path: Path | None = None
        self.status = QLabel()  # the form's last line: "Cancelled; nothing was written."
        self.status.setWordWrap(True)

    # --- pages ---------------------------------------------------------------------------

    def _save_rows(self, form: QFormLayout, file_name: str, path: str) -> None:
        """ "Save as" (``self.path``, named ``file_name`` for screen readers, and Choose…) and
        the vault's signing key, as the two last rows of ``form``."""
        where = QHBoxLayout()
        self.path = QLineEdit(path)
        self.path.setAccessibleName(file_name)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form.addRow(self.tr("Save as"), where)
        fingerprint = QLabel(self.service.signer().fingerprint)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setStyleSheet("font-family: monospace")
        fingerprint.setWordWrap(True)
        form.addRow(self.tr("Signing key"), fingerprint)

    def _build(
        self,
        form: QWidget,
        start_text: str,
        progress_name: str,
        *,
        rich_result: bool = False,
        below_result: QWidget | None = None,
    ) -> QVBoxLayout:
        """The three pages and the buttons (``start_button`` says ``start_text``); the
        result page is ``result_label`` (rich text with ``rich_result``) over ``below_result``.
        The dialog's layout is returned."""
        self.stack = QStackedWidget()
        self.stack.addWidget(form)
        self.stack.addWidget(self._build_progress(progress_name))
        self.stack.addWidget(self._build_result(rich_result, below_result))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            start_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.show_button = self.buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.show_button.clicked.connect(self.show_in_folder)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)
        self._set_page(self.FORM)
        return layout

    def _build_progress(self, progress_name: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress_label = QLabel(self.tr("Preparing…"))
        self.progress_label.setMinimumWidth(420)
        layout.addWidget(self.progress_label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(progress_name)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        return page

    def _build_result(self, rich: bool, below: QWidget | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        if rich:
            self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        if below is not None:
            layout.addWidget(below)
        layout.addStretch(1)
        return page

    def _set_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.start_button.setVisible(page == self.FORM)
        self.cancel_button.setVisible(page in (self.FORM, self.PROGRESS))
        self.cancel_button.setEnabled(True)
        self.show_button.setVisible(page == self.RESULT)
        self.close_button.setVisible(page == self.RESULT)
        if page == self.FORM:
            self.start_button.setDefault(True)
        elif page == self.RESULT:
            self.close_button.setDefault(True)

    # --- actions -------------------------------------------------------------------------

    def start(self) -> None:
        raise NotImplementedError

    def _choose(self) -> None:
        raise NotImplementedError

    def progress_text(self, done: int, total: int, name: str) -> str:
        raise NotImplementedError

    def _choose_file(self, title: str, file_filter: str, suffix: str) -> None:
        """The file dialog for "Choose…": the name chosen, ending in ``suffix``."""
        path, _ = QFileDialog.getSaveFileName(self, title, self.path.text(), file_filter)
        if path:
            self.path.setText(path if path.lower().endswith(suffix) else path + suffix)

    def _destination(self, replace_question: str) -> tuple[Path, bool] | None:
        """The file to write and whether it replaces one (asked with ``replace_question``,
        where %1 is the path), or None: nothing typed, a folder that does not exist (said as
        missing, not as a full disk), or no to replacing."""
        text = self.path.text().strip()
        if not text:
            return None
        dest = Path(text).expanduser()
        if not folder_exists(self, dest):
            return None
        if not dest.exists():
            return dest, False
        if dest.is_dir() or not confirm(
            self, self.tr("Replace the file?"), replace_question.replace("%1", str(dest))
        ):
            return None
        return dest, True

    def _run(self, work: Callable[..., Any], done: Callable[[Any], None], writes: bool) -> None:
        """``work(cancel, progress)`` off the GUI thread behind the progress page; ``done`` gets
        its result (``writes``: the vault waits for it before locking)."""
        self.status.clear()
        self._set_page(self.PROGRESS)
        self.task = run_task(
            work,
            weakly(done),
            weakly(self._failed),
            self._progress,
            with_cancel=True,
            with_progress=True,
            owner=self,
            writes=writes,
        )

    def _progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.progress_label.setText(self.progress_text(done, total, name))

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:  # Esc, Cancel or the window's close button
        if self.task is not None and self.task.running:
            self.cancel()  # the dialog returns to the form once the work has stopped
            return
        super().reject()

    def reject_now(self) -> None:
        """The vault is about to lock: stop the work and close without waiting."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None
        super().reject()

    def _show_result(self, path: Path) -> None:
        """The work wrote ``path``: the result page (the subclass has filled it in)."""
        self.task = None
        self.saved_path = path
        self._set_page(self.RESULT)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_page(self.FORM)
        if not self.isVisible():  # closed by a lock: the failure is the lock's doing
            return
        if isinstance(exc, self.cancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        show_exception(self, exc)

    def show_in_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))
