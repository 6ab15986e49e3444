"""Matching in the GUI: find which vault photos a screenshot or a screen recording shows.

``install(window)`` is called by the main window after every unlock (docs/gui.md). On the
Sightings page it adds "Find in my photos…" and "Face matching…", a line saying that a
screenshot or recording can be dropped there or pasted (Ctrl+V), and takes those drops and
pastes. A drop of image or video files on any other page asks whether to import them or to
find them in the photos (``window.drop_handler``). The match dialog's "Record this sighting"
and "Write takedown notice…" end in the window's own sighting list and takedown composer.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from app.ui.icons import icon

if TYPE_CHECKING:  # imported when first used: numpy and the matching service cost ~70 ms
    from app.ui.matching.face_dialog import FaceMatchingDialog
    from app.ui.matching.match_dialog import MatchDialog, Query

__all__ = ["install"]

# what a drop or a paste can be searched for: still images and video (the service says why
# anything else cannot be read, per file)
QUERY_SUFFIXES = (
    ".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".avif", ".gif", ".bmp", ".tif", ".tiff",
    ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi", ".flv", ".3gp",
)  # fmt: skip


def searchable(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in QUERY_SUFFIXES


class DropBanner(QFrame):
    """The line on the Sightings page that says it takes drops and pastes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchDropBanner")
        self.setStyleSheet("#matchDropBanner { background: #eef4ff; border: 1px dashed #7a9cc6; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(
            self.tr(
                "Saw your face somewhere? Drop a screenshot or a screen recording here, or "
                "paste one (Ctrl+V), to find which of your photos it shows."
            )
        )
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QPushButton(icon("search"), self.tr("Find in my photos…"))
        row.addWidget(self.button)


class _Matching(QObject):
    """The matching actions and dialogs of one main window (a child object of it)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = weakref.ref(window)
        self.dialog: MatchDialog | None = None
        self.face_dialog: FaceMatchingDialog | None = None
        self.drop_menu: QMenu | None = None

    @property
    def window_(self) -> Any:
        return self._window()

    def install(self) -> None:
        w = self.window_
        page = getattr(w, "sightings_page", None)
        if page is None:
            return
        find = QAction(icon("search"), self.tr("Find in my photos…"), self)
        find.setToolTip(
            self.tr("Find which of your photos a screenshot or a screen recording shows")
        )
        find.triggered.connect(self.choose_files)
        page.addAction(find)  # its button is on the drop banner below the toolbar
        faces = QAction(icon("settings"), self.tr("Face matching…"), self)
        faces.setToolTip(self.tr("Compare faces too (for face swaps): off until you turn it on"))
        faces.triggered.connect(self.face_settings)
        page.add_action(faces)
        self.find_action, self.faces_action = find, faces
        self.banner = DropBanner(page)
        self.banner.button.setToolTip(find.toolTip())
        self.banner.button.clicked.connect(self.choose_files)
        page.layout().insertWidget(1, self.banner)
        page.setAcceptDrops(True)
        page.installEventFilter(self)
        self.paste = QShortcut(QKeySequence.StandardKey.Paste, page)
        self.paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste.activated.connect(self.paste_image)
        w.drop_handler = self.window_drop
        w.matching_ui = self  # for tests and tools/screenshots.py
        if hasattr(w, "locking"):
            w.locking.connect(self.close_dialogs)

    # --- inputs -------------------------------------------------------------------------------

    def choose_files(self, _checked: bool = False) -> None:
        from PySide6.QtWidgets import QFileDialog

        w = self.window_
        if w is None or w.service is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            w,
            self.tr("Find in my photos: choose screenshots or a recording"),
            "",
            self.tr(
                "Screenshots and recordings (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif "
                "*.gif *.bmp *.mp4 *.mov *.m4v *.webm *.mkv);;All files (*)"
            ),
        )
        if files:
            self.find([Path(f) for f in files])

    def paste_image(self) -> MatchDialog | None:
        """Ctrl+V on the Sightings page: the clipboard's image (made into PNG in memory), or
        the files copied in a file manager."""
        from app.ui.matching.match_dialog import PastedImage, png_bytes

        mime = QGuiApplication.clipboard().mimeData()
        paths = (
            [] if mime is None else [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        )
        if paths:
            return self.find(paths)
        if mime is not None and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                return self.find([PastedImage(self.tr("pasted image") + ".png", png_bytes(image))])
        w = self.window_
        if w is not None:
            w.statusBar().showMessage(
                self.tr("The clipboard holds no picture: copy a screenshot first."), 8000
            )
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drops on the Sightings page: files, or an image dragged from a browser."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag: QDragEnterEvent = event  # type: ignore[assignment]
            mime = drag.mimeData()
            if any(u.isLocalFile() for u in mime.urls()) or mime.hasImage():
                drag.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            drop: QDropEvent = event  # type: ignore[assignment]
            mime = drop.mimeData()
            paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if paths:
                drop.acceptProposedAction()
                self.find(paths)
                return True
            if mime.hasImage():
                from app.ui.matching.match_dialog import PastedImage, png_bytes

                image = QImage(mime.imageData())
                if not image.isNull():
                    drop.acceptProposedAction()
                    self.find([PastedImage(self.tr("dropped image") + ".png", png_bytes(image))])
                    return True
        return super().eventFilter(watched, event)

    def window_drop(self, paths: list[Path], pos: QPoint) -> bool:
        """A drop on another page of the window: image or video files only (no folder) ask
        whether to import them or to find them in the photos; anything else is imported."""
        w = self.window_
        if w is None or w.service is None or not paths or not all(searchable(p) for p in paths):
            return False
        menu = QMenu(w)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        imported = menu.addAction(icon("import"), self.tr("Import into the vault"))
        imported.triggered.connect(lambda: self._import(paths))
        found = menu.addAction(icon("search"), self.tr("Find in my photos…"))
        found.triggered.connect(lambda: self.find(paths))
        self.drop_menu = menu
        menu.popup(w.mapToGlobal(pos))
        return True

    def _import(self, paths: list[Path]) -> None:
        w = self.window_
        if w is not None:
            w.import_paths(paths)

    # --- dialogs ------------------------------------------------------------------------------

    def find(self, queries: Sequence[Query]) -> MatchDialog | None:
        w = self.window_
        if w is None or w.service is None or not queries:
            return None
        from app.ui.matching.match_dialog import MatchDialog

        if self.dialog is not None:
            self.dialog.close()
        dialog = MatchDialog(w.service, queries, w)
        dialog.sightingRecorded.connect(self._recorded)
        dialog.noticeRequested.connect(self._notice)
        dialog.faceSettingsRequested.connect(self.face_settings)
        dialog.indexingNeeded.connect(self._index_again)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _dialog_gone(self, *_args: object) -> None:
        self.dialog = None

    def _recorded(self, sighting_id: str) -> None:
        w = self.window_
        if w is None or w.service is None:
            return
        w.reload()
        w.nav.setCurrentRow(w.pages.index(w.sightings_page))
        w.sightings_page.select(sighting_id)

    def _notice(self, sighting_id: str) -> None:
        w = self.window_
        if w is not None and w.service is not None:
            w.write_notice(sighting_id)

    def face_settings(self, _checked: bool = False) -> FaceMatchingDialog | None:
        w = self.window_
        if w is None or w.service is None:
            return None
        from app.ui.matching.face_dialog import FaceMatchingDialog

        parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else w
        dialog = FaceMatchingDialog(w.service, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._faces_changed)
        self.face_dialog = dialog
        dialog.open()
        return dialog

    def _faces_changed(self, _on: bool) -> None:
        # on: the queue now measures the faces; off: fewer pending
        w = self.window_
        if w is None or w.service is None:
            return
        self._index_again()
        if self.dialog is not None:
            self.dialog.update_face_option()

    def _index_again(self) -> None:
        """What is pending changed (a search met damaged matching data, face matching turned
        on): the queue computes it. A batch still running started before the change: the queue
        starts again after it."""
        w = self.window_
        if w is None or w.service is None:
            return
        task = getattr(w, "backfill_task", None)
        if task is not None and task.running:
            task.finished.connect(self._restart_backfill)
        else:
            w.start_backfill()

    def _restart_backfill(self) -> None:
        QTimer.singleShot(0, self._start_backfill)  # after the window's own handling

    def _start_backfill(self) -> None:
        w = self.window_
        if w is not None and w.service is not None:
            w.start_backfill()

    def close_dialogs(self) -> None:
        for dialog in (self.dialog, self.face_dialog, self.drop_menu):
            if dialog is not None:
                with contextlib.suppress(RuntimeError):  # already deleted by Qt
                    dialog.close()
        self.dialog = self.face_dialog = None
        self.drop_menu = None


def install(window: Any) -> None:
    """Called by the main window after it is built (docs/gui.md)."""
    _Matching(window).install()
