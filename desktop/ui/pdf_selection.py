"""Text chosen on a PDF page, and the passage a highlight or a note anchors to.

Press and drag on a page selects its text, from the point pressed to the point under the mouse,
on that page (``QPdfDocument.getSelection``); the selection shows in light blue until a click
elsewhere, Escape, a search result shown, a highlight made or another document. ``Passage`` is
what a highlight saves: the page (from 0), the text as found in the page, and its rectangles in
PDF points from the page's top-left. ``passage_of_result`` makes one of a search result;
``chosen_quote`` gives the text selected in the Markdown reader, as a note's quote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtWidgets import QTextEdit

from desktop.ui.pdf_pages import PageColumn, PageWidget
from protocol.documents import MAX_QUOTE, MAX_RECTS

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Passage:
    page: int  # from 0
    quote: str
    rects: tuple[Rect, ...]  # PDF points: x, y, width, height from the page's top-left


def clean_quote(text: str) -> str:
    """One line of text (line and paragraph breaks become spaces), cut to what a quote holds."""
    return " ".join(text.split())[:MAX_QUOTE]


def as_rects(boxes: Iterable[QRectF]) -> tuple[Rect, ...]:
    found = [
        (round(box.x(), 2), round(box.y(), 2), round(box.width(), 2), round(box.height(), 2))
        for box in boxes
        if box.width() > 0 and box.height() > 0
    ]
    return tuple(found[:MAX_RECTS])


def chosen_quote(edit: QTextEdit) -> str:
    """The text selected in ``edit`` (a Markdown document in the reader), as a quote; ""."""
    return clean_quote(edit.textCursor().selectedText())


def passage_of_result(document: QPdfDocument, model: QPdfSearchModel, row: int) -> Passage | None:
    """The search result ``row``: its rectangles, and the words as they are in the page (with
    their accents and capitals), else as they were searched."""
    if not 0 <= row < model.count():
        return None
    link = model.resultAtIndex(row)
    boxes = list(link.rectangles())
    rects = as_rects(boxes)
    if not rects:
        return None
    first, last = boxes[0], boxes[-1]
    selection = document.getSelection(
        link.page(),
        QPointF(first.left() + 0.5, first.center().y()),
        QPointF(last.right() - 0.5, last.center().y()),
    )
    found = clean_quote(selection.text()) if selection.isValid() else ""
    return Passage(link.page(), found or clean_quote(model.searchString()), rects)


class PageSelection(QObject):
    """Watches the mouse on the pages of ``column``; ``passage`` is the text selected (None:
    nothing). ``changed`` whenever it changes."""

    changed = Signal()

    def __init__(self, document: QPdfDocument, column: PageColumn) -> None:
        super().__init__(column)
        self._document = document
        self._column = column
        self._dragging: PageWidget | None = None
        self._start = QPointF()
        self._shown: PageWidget | None = None
        self.passage: Passage | None = None

    def attach(self) -> None:
        """A document was set in the column: watch its pages."""
        self._shown = self._dragging = None
        self.passage = None
        for page in self._column.pages:
            page.installEventFilter(self)
            page.setCursor(Qt.CursorShape.IBeamCursor)
        self.changed.emit()

    def clear(self) -> None:
        if self._shown is not None:
            self._shown.selected = []
            self._shown.update()
        self._shown = None
        if self.passage is not None:
            self.passage = None
            self.changed.emit()

    def anchor(self, page: int | None) -> tuple[int | None, str]:
        """Where a new note goes: the selected text and its page, else ``page`` alone."""
        if self.passage is None:
            return page, ""
        return self.passage.page, self.passage.quote

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(watched, PageWidget) or not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        left = Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress and event.button() == left:
            self.clear()
            self._dragging = watched
            self._start = self._points(watched, event.position())
            self._column.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        if kind == QEvent.Type.MouseMove and watched is self._dragging:
            self._select(watched, self._points(watched, event.position()))
            return True
        if kind == QEvent.Type.MouseButtonRelease and watched is self._dragging:
            self._select(watched, self._points(watched, event.position()))
            self._dragging = None
            return True
        return False

    def _points(self, page: PageWidget, position: QPointF) -> QPointF:
        """A position on the page widget (pixels) in PDF points, kept inside the page."""
        scale = max(self._column.scale, 0.01)
        size = self._document.pagePointSize(page.index)
        x = min(max(position.x() / scale, 0.0), size.width())
        y = min(max(position.y() / scale, 0.0), size.height())
        return QPointF(x, y)

    def _select(self, page: PageWidget, end: QPointF) -> None:
        found = self._document.getSelection(page.index, self._start, end)
        quote = clean_quote(found.text()) if found.isValid() else ""
        boxes = [polygon.boundingRect() for polygon in found.bounds()] if quote else []
        rects = as_rects(boxes)
        passage = Passage(page.index, quote, rects) if quote and rects else None
        if passage == self.passage:
            return
        page.selected = [QRectF(*rect) for rect in rects] if passage else []
        page.update()
        self._shown = page
        self.passage = passage
        self.changed.emit()
