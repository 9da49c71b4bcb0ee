"""The strip of page thumbnails beside a PDF: a click or Enter goes to that page.

Thumbnails render when the list first asks for them (only those on screen) and are kept: they
are small. Each row also says "Page 3" in words, for the eye and for a screen reader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.ui.formatting import fill

#: Width of a thumbnail (pixels); its height follows the page.
THUMB_WIDTH = 110

_Index = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: QPdfDocument | None = None
        self._pixmaps: dict[int, QIcon] = {}

    def set_document(self, document: QPdfDocument | None) -> None:
        self.beginResetModel()
        self._document = document
        self._pixmaps = {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._document is None:
            return 0
        return max(0, self._document.pageCount())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._document is None:
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return fill(self.tr("Page %1"), str(row + 1))
        if role == Qt.ItemDataRole.DecorationRole:
            if row not in self._pixmaps:
                size = self._document.pagePointSize(row)
                height = round(THUMB_WIDTH * size.height() / max(1.0, size.width()))
                image = self._document.render(row, QSize(THUMB_WIDTH, max(1, height)))
                pixmap = QPixmap(image.size())
                pixmap.fill(Qt.GlobalColor.white)
                painter = QPainter(pixmap)
                painter.drawImage(0, 0, image)
                painter.setPen(QColor(140, 140, 140))
                painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))  # the paper's edge
                painter.end()
                icon = QIcon(pixmap)
                icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the page stays legible, framed
                self._pixmaps[row] = icon
            return self._pixmaps[row]
        return None


class ThumbnailStrip(QListView):
    """``page_requested(index)`` on a click or Enter; ``show_page`` follows the reading."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ThumbnailModel(self)
        self.setModel(self.model_)
        self.setAccessibleName(self.tr("Page thumbnails"))
        self.setAccessibleDescription(self.tr("Press Enter to go to the chosen page."))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedWidth(THUMB_WIDTH + 48)
        self.setStyleSheet(
            "QListView { background: #f3f4f6; }"
            " QListView::item { border: 3px solid transparent; border-radius: 4px; }"
            " QListView::item:selected { background: #dce8f7; border-color: #0b4f9c;"
            " color: #10243f; }"
            " QListView:focus { border: 2px solid #0b4f9c; }"
        )
        self.clicked.connect(self._on_chosen)
        self.activated.connect(self._on_chosen)

    def set_document(self, document: QPdfDocument | None) -> None:
        self.model_.set_document(document)
        if self.model_.rowCount():
            self.show_page(0)

    def show_page(self, index: int) -> None:
        """Select the thumbnail of page ``index`` without asking to go there."""
        model_index = self.model_.index(index, 0)
        if model_index.isValid() and self.currentIndex() != model_index:
            self.setCurrentIndex(model_index)  # clicked/activated come from the member only
            self.scrollTo(model_index)

    def _on_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.page_requested.emit(index.row())
