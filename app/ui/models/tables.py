"""Table models for buyers, deals, sightings and letters, and the search filter over them.

A column is a header (translated once, at construction) and a function from the record to
its text. The models hold references to the records in memory; ``clear()`` drops them (lock).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from app.domain.models import Buyer, Deal, Letter, Records, Sighting

R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def platform_label(platform: str) -> str:
    return {
        "xianyu": tr("Xianyu"),
        "wechat": tr("WeChat"),
        "douyin": tr("Douyin"),
        "hongguo": tr("Hongguo short dramas"),
        "kuaishou": tr("Kuaishou"),
        "channels": tr("WeChat Channels"),
        "bilibili": tr("Bilibili"),
        "xiaohongshu": tr("Xiaohongshu"),
        "other": tr("Other"),
    }.get(platform, platform)


def choice_label(value: str) -> str:
    return {"yes": tr("Yes"), "no": tr("No"), "unstated": tr("Not stated")}.get(value, value)


def term_label(deal: Deal) -> str:
    if deal.term == "until":
        return tr("Until %1").replace("%1", deal.term_until)
    return {"unlimited": tr("Unlimited"), "unstated": tr("Not stated")}.get(deal.term, deal.term)


def use_label(key: str) -> str:
    """One permitted use of the vocabulary (app/domain/uses.py) in the UI language."""
    return {
        "face_swap_drama": tr("Face-swap short dramas"),
        "advertising": tr("Advertising"),
        "dataset_resale": tr("Resale as part of a dataset"),
        "redistribution": tr("Redistribution to third parties"),
        "other": tr("Other uses"),
    }.get(key, key)


def uses_label(deal: Deal) -> str:
    """A deal's permitted uses, "other" replaced by its text."""
    parts = [
        (deal.uses_other.strip() or use_label(k)) if k == "other" else use_label(k)
        for k in deal.uses
    ]
    return tr(", ").join(parts) if parts else ""


def letter_kind_label(kind: str) -> str:
    return {
        "revocation": tr("Revocation"),
        "deletion": tr("Deletion request"),
        "takedown": tr("Takedown notice"),
        "reminder": tr("Reminder"),
        "escalation": tr("Escalation"),
    }.get(kind, kind)


def letter_status_label(status: str) -> str:
    return {
        "draft": tr("Draft"),
        "sent": tr("Sent"),
        "acknowledged": tr("Acknowledged"),
        "complied": tr("Complied"),
        "ignored": tr("Ignored"),
    }.get(status, status)


@dataclass
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records of one kind from the vault's records; every cell is text, sorting is by
    that text. A table says which records are its rows (``rows_from``) and what its columns show."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self.records = Records()  # the vault's records the rows come from (columns may look)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rows_from(self, records: Records) -> Sequence[R]:
        """This table's records, in their first order."""
        raise NotImplementedError

    def load(self, records: Records) -> None:
        self.records = records
        self.set_rows(self.rows_from(records))

    def clear(self) -> None:
        self.records = Records()
        self.set_rows([])

    def record(self, row: int) -> R:
        return self.rows[row]

    def row_of(self, record_id: str) -> int:
        for i, record in enumerate(self.rows):
            if getattr(record, "id", None) == record_id:
                return i
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == SEARCH_ROLE:
            return " ".join(c.text(record) for c in self.columns).casefold()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None


class SearchFilter(QSortFilterProxyModel):
    """Keeps rows whose text contains every word typed (case-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)


# --- the concrete tables -------------------------------------------------------------------


def _last_action(records: Records, buyer: Buyer) -> str:
    """The latest dated thing that happened with a buyer: a deal, or a letter to them."""
    dates = [d.date for d in records.deals_for_buyer(buyer.id)]
    for letter in records.letters.values():
        if letter.recipient == buyer.id:
            dates.append(letter.sent_on or letter.created_at[:10])
    return max(dates) if dates else ""


class BuyersModel(RecordTableModel[Buyer]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("Platform"), lambda b: platform_label(b.platform)),
                Column(tr("Nickname"), lambda b: b.name),
                Column(tr("Platform ID"), lambda b: b.platform_user_id),
                Column(tr("Deals"), lambda b: str(len(self.records.deals_for_buyer(b.id))), True),
                Column(
                    tr("Photos held"), lambda b: str(len(self.records.media_for_buyer(b.id))), True
                ),
                Column(tr("Last action"), lambda b: _last_action(self.records, b)),
            ],
            parent,
        )

    def rows_from(self, records: Records) -> list[Buyer]:
        return sorted(records.buyers.values(), key=lambda b: b.created_at)


class DealsModel(RecordTableModel[Deal]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("Date"), lambda d: d.date),
                Column(tr("Buyer"), self._buyer_name),
                Column(tr("Photos"), lambda d: str(len(d.media_ids)), True),
                Column(tr("Price"), lambda d: f"{d.price} {d.currency}" if d.price else "", True),
                Column(tr("Uses"), uses_label),
                Column(tr("AI training"), lambda d: choice_label(d.ai_training)),
                Column(tr("Term"), term_label),
                Column(tr("Attachments"), lambda d: str(len(d.attachment_ids)), True),
            ],
            parent,
        )

    def _buyer_name(self, deal: Deal) -> str:
        buyer = self.records.buyers.get(deal.buyer_id)
        return buyer.name if buyer else ""

    def rows_from(self, records: Records) -> list[Deal]:
        return sorted(records.deals.values(), key=lambda d: (d.date, d.created_at))


class SightingsModel(RecordTableModel[Sighting]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("Seen on"), lambda s: s.seen_on),
                Column(tr("Platform"), lambda s: platform_label(s.platform)),
                Column(tr("Title"), lambda s: s.title),
                Column(tr("Link"), lambda s: s.url),
                Column(tr("Photos"), lambda s: str(len(s.media_ids)), True),
                Column(tr("Traced to"), self._buyers),
            ],
            parent,
        )

    def _buyers(self, sighting: Sighting) -> str:
        names = [
            self.records.buyers[b].name for b in sighting.buyer_ids if b in self.records.buyers
        ]
        return ", ".join(names)

    def rows_from(self, records: Records) -> list[Sighting]:
        return sorted(records.sightings.values(), key=lambda s: s.seen_on or s.created_at)


class LettersModel(RecordTableModel[Letter]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("Created"), lambda x: x.created_at[:10]),
                Column(tr("Kind"), lambda x: letter_kind_label(x.kind)),
                Column(tr("To"), self._recipient),
                Column(tr("Status"), lambda x: letter_status_label(x.status)),
                Column(tr("Sent on"), lambda x: x.sent_on),
                Column(tr("Channel"), lambda x: x.channel),
                Column(tr("Deadline"), lambda x: x.deadline),
            ],
            parent,
        )

    def _recipient(self, letter: Letter) -> str:
        buyer = self.records.buyers.get(letter.recipient)
        return buyer.name if buyer else letter.recipient

    def rows_from(self, records: Records) -> list[Letter]:
        return sorted(records.letters.values(), key=lambda x: x.created_at)


class ChoiceModel(QAbstractListModel):
    """A checkable list of (id, label), e.g. the photos of a deal; cheap at 10,000 rows."""

    checkedChanged = Signal()

    def __init__(
        self, items: Sequence[tuple[str, str]], checked: set[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.checked = set(checked) & {key for key, _ in self.items}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        key, label = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self.checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return key
        if role == SEARCH_ROLE:
            return label.casefold()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self.set_checked(self.items[index.row()][0], _is_checked(value))
        return True

    def set_checked(self, key: str, on: bool) -> None:
        row = next((i for i, (k, _) in enumerate(self.items) if k == key), -1)
        if row < 0:
            return
        if on:
            self.checked.add(key)
        else:
            self.checked.discard(key)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()

    def checked_ids(self) -> list[str]:
        return [key for key, _ in self.items if key in self.checked]


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
