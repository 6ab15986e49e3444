"""The photo grid's model: names at once, thumbnails decrypted lazily off the GUI thread.

``data(DecorationRole)`` for a row that has no pixmap yet returns a placeholder and queues
the thumbnail. Loading drains the queue newest-first (what the user scrolled to last is what
they look at) in batches, through ``app.ui.tasks.run_task`` on a small pool of its own, and
decodes and scales to a ``QImage`` in the worker; only the conversion to ``QPixmap`` happens on
the GUI thread. Pixmaps live in memory only, in a bounded LRU cache, and ``clear()`` (lock)
drops them all. Nothing is written to disk.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from app.domain.models import MediaItem, Records
from app.ui.models.tables import ID_ROLE, SEARCH_ROLE
from app.ui.tasks import run_task

AnyIndex = QModelIndex | QPersistentModelIndex
ThumbSource = Callable[[str], bytes | None]  # media id -> thumbnail JPEG bytes

ICON_SIZE = QSize(144, 144)
BADGE_ROLE = Qt.ItemDataRole.UserRole + 10  # (buyers it was sold to, times it was seen)
MAX_CACHED = 2_000  # ~80 MB of 144 px pixmaps: plenty for several screens either way
MAX_QUEUED = 256  # older requests (scrolled past) are dropped
BATCH = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _placeholder(size: QSize, text: str) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#e6e9ee"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#8a94a3"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def decode_thumbnail(data: bytes | None, size: QSize) -> QImage:
    """Bytes to a scaled QImage; runs on a worker thread (QImage is safe there, QPixmap not)."""
    if not data:
        return QImage()
    image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def search_text(item: MediaItem) -> str:
    """What a search matches a photo on (``SEARCH_ROLE``): name, set, persona, notes, SHA-256
    and tags, casefolded."""
    return " ".join(
        [item.name, item.set_name, item.persona, item.notes, item.sha256, *item.tags]
    ).casefold()


def badge_counts(records: Records) -> dict[str, tuple[int, int]]:
    """For each photo: how many buyers it was sold to (distinct buyers of the deals that list
    it) and how many sightings show it. Computed once per records change (``load``), never per
    paint."""
    buyers: dict[str, set[str]] = {}
    for deal in records.deals.values():
        for mid in deal.media_ids:
            buyers.setdefault(mid, set()).add(deal.buyer_id)
    seen: dict[str, int] = {}
    for sighting in records.sightings.values():
        for mid in set(sighting.media_ids):
            seen[mid] = seen.get(mid, 0) + 1
    return {
        mid: (len(buyers.get(mid, ())), seen.get(mid, 0))
        for mid in set(buyers) | set(seen)
        if mid in records.media
    }


def badge_tooltip(sold: int, seen: int) -> list[str]:
    lines = []
    if sold:
        lines.append(QCoreApplication.translate("", "Sold to %n buyer(s)", "", sold))
    if seen:
        lines.append(QCoreApplication.translate("", "Seen %n time(s) online", "", seen))
    return lines


class PhotosModel(QAbstractListModel):
    thumbnailsLoaded = Signal(int)  # how many arrived in the last batch

    def __init__(
        self,
        parent: QObject | None = None,
        icon_size: QSize = ICON_SIZE,
        workers: int = 2,
    ) -> None:
        super().__init__(parent)
        self.items: list[MediaItem] = []
        self._rows: dict[str, int] = {}
        self._source: ThumbSource | None = None
        self.icon_size = icon_size
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._queue: OrderedDict[str, None] = OrderedDict()
        self._queue_lock = threading.Lock()
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(workers)
        self._draining = 0
        self._workers = workers
        self._loading = _placeholder(icon_size, "…")
        self._no_thumb = _placeholder(icon_size, tr("No preview"))
        self.deal_counts: dict[str, int] = {}
        self.badges: dict[str, tuple[int, int]] = {}  # id -> (sold to N buyers, seen N times)

    # --- content ---
    def load(
        self,
        items: Sequence[MediaItem],
        source: ThumbSource,
        deal_counts: dict[str, int] | None = None,
    ) -> None:
        self.beginResetModel()
        self._generation += 1
        self.items = list(items)
        self._rows = {m.id: i for i, m in enumerate(self.items)}
        self._source = source
        self.deal_counts = deal_counts or {}
        # keep pixmaps of items still present (a reload after an edit must not flash)
        for key in [k for k in self._cache if k not in self._rows]:
            del self._cache[key]
        with self._queue_lock:
            self._queue.clear()
        self.endResetModel()

    def set_badges(self, badges: dict[str, tuple[int, int]]) -> None:
        """Set the badge counts (``badge_counts``), after ``load``; painting only reads them."""
        self.badges = badges
        if self.items:
            roles = [BADGE_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole]
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1), roles)

    def clear(self) -> None:
        """Drop items, pixmaps and pending work (on lock)."""
        self.beginResetModel()
        self._generation += 1
        self.items = []
        self._rows = {}
        self._source = None
        self._cache.clear()
        self.deal_counts = {}
        self.badges = {}
        with self._queue_lock:
            self._queue.clear()
        self.endResetModel()

    def item(self, row: int) -> MediaItem:
        return self.items[row]

    @property
    def cached_count(self) -> int:
        return len(self._cache)

    @property
    def pending_count(self) -> int:
        with self._queue_lock:
            return len(self._queue) + self._draining

    # --- QAbstractListModel ---
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.name]
            if item.set_name:
                parts.append(item.set_name)
            if item.width:
                parts.append(f"{item.width} × {item.height}")
            parts += badge_tooltip(*self.badges.get(item.id, (0, 0)))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([item.name, *badge_tooltip(*self.badges.get(item.id, (0, 0)))])
        if role == BADGE_ROLE:
            return self.badges.get(item.id, (0, 0))
        if role == ID_ROLE:
            return item.id
        if role == SEARCH_ROLE:
            return search_text(item)
        return None

    # --- thumbnails ---
    def _pixmap(self, item: MediaItem) -> QPixmap:
        pixmap = self._cache.get(item.id)
        if pixmap is not None:
            self._cache.move_to_end(item.id)
            return pixmap
        if not item.thumb_object_id:
            return self._no_thumb
        self._request(item.id)
        return self._loading

    def _request(self, item_id: str) -> None:
        with self._queue_lock:
            if item_id in self._queue:
                self._queue.move_to_end(item_id)
            else:
                self._queue[item_id] = None
                while len(self._queue) > MAX_QUEUED:
                    self._queue.popitem(last=False)
        while self._draining < self._workers and self._queue:
            self._start_drain()

    def _take_batch(self) -> list[str]:
        with self._queue_lock:
            batch: list[str] = []
            while self._queue and len(batch) < BATCH:
                key, _ = self._queue.popitem(last=True)  # newest first
                batch.append(key)
            return batch

    def _start_drain(self) -> None:
        batch = self._take_batch()
        if not batch or self._source is None:
            return
        source, size, generation = self._source, self.icon_size, self._generation
        self._draining += 1

        def work() -> list[tuple[str, QImage]]:
            out = []
            for key in batch:
                try:
                    out.append((key, decode_thumbnail(source(key), size)))
                except Exception:  # damaged or locked: shown as "no preview", never fatal
                    out.append((key, QImage()))
            return out

        run_task(
            work,
            lambda result: self._arrived(generation, result),
            lambda _exc: self._arrived(generation, []),
            thread_pool=self._pool,
            owner=self,
        )

    def _arrived(self, generation: int, result: list[tuple[str, QImage]]) -> None:
        self._draining -= 1
        if generation == self._generation:
            rows = []
            for key, image in result:
                row = self._rows.get(key)
                if row is None:
                    continue
                self._cache[key] = (
                    QPixmap.fromImage(image) if not image.isNull() else self._no_thumb
                )
                rows.append(row)
            while len(self._cache) > MAX_CACHED:
                self._cache.popitem(last=False)
            if rows:
                top, bottom = self.index(min(rows)), self.index(max(rows))
                self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DecorationRole])
            self.thumbnailsLoaded.emit(len(rows))
        while self._draining < self._workers and self._queue:
            self._start_drain()

    def wait_idle(self, msecs: int = 5000) -> bool:
        """For tests and benchmarks: wait for the worker pool (results still arrive by signal)."""
        return self._pool.waitForDone(msecs)
