"""One list model for the side panel's lists (notes, comments, versions, changes): each row is
a :class:`Row` the tab builds in words, drawn by ``RowDelegate`` (title, second line, badge)
and read by a screen reader as one sentence (``AccessibleTextRole``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListView

from desktop.ui.models import BadgeRole, IdRole, Index, SubtitleRole, _RowsModel

#: The record a row shows (an Annotation, a DocComment, a DocumentVersion...).
RecordRole = Qt.ItemDataRole.UserRole + 20
#: Light backgrounds for changed lines: the sign and the words say it too.
TONES = {"added": "#e6f4ea", "removed": "#fde8e8"}


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    subtitle: str = ""
    badge: str = ""
    spoken: str = ""  # the sentence a screen reader says (default: title and subtitle)
    record: Any = None
    bold: bool = False
    tone: str = ""  # "added" / "removed": a light background


class RowsModel(_RowsModel):
    """Rows replaced whole by ``set_rows``; the selection stays when the ids do not change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_rows(self, rows: list[Row]) -> None:
        self._replace(rows)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, index: int) -> Row | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: Row | None = self._at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == IdRole:
            return row.id
        if role == SubtitleRole:
            return row.subtitle or None
        if role == BadgeRole:
            return row.badge or None
        if role == RecordRole:
            return row.record
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.tone in TONES:
            return QBrush(QColor(TONES[row.tone]))
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if row.spoken:
                return row.spoken
            parts = [row.title, row.badge, row.subtitle.replace("\n", ". ")]
            return ". ".join(p.rstrip(".") for p in parts if p) + "."
        return None


def current_row(view: QListView) -> Row | None:
    """The row under the list's cursor, if any."""
    model = view.model()
    index = view.currentIndex()
    if not isinstance(model, RowsModel) or not index.isValid():
        return None
    return model.row(index.row())
