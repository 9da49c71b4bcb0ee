"""Item models over the cache, through the Library: committees, and a committee's documents.

Rows carry plain roles that the list delegate draws (title, a second line, a badge) and an
``AccessibleTextRole`` that says everything a screen reader needs in one sentence. Unread is
shown in bold AND with a text badge, so weight or colour is never the only signal; a document
updated since it was read has the badge "● Updated", a PDF says "PDF" on its second line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.cache.records import Committee, DocumentSummary
from desktop.core.library import Library
from desktop.ui.events import AppEvents
from desktop.ui.formatting import fill, format_date

Index = QModelIndex | QPersistentModelIndex

#: The row's identifier: a committee id (None for the whole organisation) or a document id.
IdRole = Qt.ItemDataRole.UserRole + 1
#: The second line of a row (dates, author, description).
SubtitleRole = Qt.ItemDataRole.UserRole + 2
#: A short text drawn at the right of a row ("● Unread", "3 unread"), or None.
BadgeRole = Qt.ItemDataRole.UserRole + 3
#: True when the row has something unread.
UnreadRole = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class _CommitteeRow:
    id: str | None
    name: str
    description: str
    unread: int


class _RowsModel(QAbstractListModel):
    """A flat list of rows that each have an ``id``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def row_of(self, row_id: str | None) -> int:
        for row, item in enumerate(self._rows):
            if item.id == row_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def _at(self, index: Index) -> Any:
        return self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None

    def _replace(self, new: list[Any]) -> None:
        """A dataChanged when the same items are still in the same order (selection and focus
        stay where the member left them), else a reset."""
        if [item.id for item in self._rows] == [item.id for item in new]:
            self._rows = new
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()


class CommitteeListModel(_RowsModel):
    """ "Whole organisation" first (organisation-wide documents), then the member's committees,
    each with its count of unread documents."""

    def __init__(self, library: Library, events: AppEvents, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        events.documents_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        rows = [
            _CommitteeRow(
                None,
                self.tr("Whole organisation"),
                self.tr("Documents for every member"),
                self._library.unread_count(None),
            )
        ]
        rows.extend(self._row(committee) for committee in self._library.committees())
        self._replace(rows)

    def _row(self, committee: Committee) -> _CommitteeRow:
        return _CommitteeRow(
            committee.id,
            committee.name,
            committee.description,
            self._library.unread_count(committee.id),
        )

    def committee_id(self, row: int) -> str | None:
        item: _CommitteeRow = self._rows[row]
        return item.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: _CommitteeRow | None = self._at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == IdRole:
            return row.id
        if role == SubtitleRole:
            return row.description or None
        if role == UnreadRole:
            return row.unread > 0
        if role == BadgeRole:
            return self.tr("%n unread", "", row.unread) if row.unread else None
        if role == Qt.ItemDataRole.FontRole and row.unread:
            return _bold()
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if row.unread:
                return fill(self.tr("%1, %n unread document(s)", "", row.unread), row.name)
            return fill(self.tr("%1, nothing unread"), row.name)
        return None


class DocumentListModel(_RowsModel):
    """The documents of one committee (None: organisation-wide), newest first."""

    def __init__(self, library: Library, events: AppEvents, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._committee_id: str | None = None
        events.documents_changed.connect(self.refresh)
        self.refresh()

    @property
    def committee_id(self) -> str | None:
        return self._committee_id

    def set_committee(self, committee_id: str | None) -> None:
        if committee_id != self._committee_id:
            self._committee_id = committee_id
            self._replace([])
        self.refresh()

    def refresh(self) -> None:
        rows = self._library.documents(self._committee_id)
        self._replace(rows)

    def document_id(self, row: int) -> str:
        item: DocumentSummary = self._rows[row]
        return item.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        doc: DocumentSummary | None = self._at(index)
        if doc is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return doc.title
        if role == IdRole:
            return doc.id
        if role == SubtitleRole:
            return self._subtitle(doc)
        if role == UnreadRole:
            return doc.unread
        if role == BadgeRole:
            if doc.unread:
                return self.tr("● New")
            return self.tr("● Updated") if doc.updated_since_read else None
        if role == Qt.ItemDataRole.FontRole and doc.unread:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return doc.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = fill(self.tr("%1. %2"), doc.title, self._subtitle(doc))
            if doc.unread:
                return fill(self.tr("New: %1"), text)
            if doc.updated_since_read:
                return fill(self.tr("Updated since you read it: %1"), text)
            return text
        return None

    def _subtitle(self, doc: DocumentSummary) -> str:
        """The date, the author, and "PDF" for a PDF document (in words, not an icon)."""
        text = format_date(doc.published_at)
        if doc.author_name:
            text = fill(self.tr("%1 · %2"), text, doc.author_name)
        if doc.format == "pdf":
            text = fill(self.tr("%1 · %2"), text, self.tr("PDF"))
        return text


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
