"""Search within a PDF (Ctrl+F): the words, "Previous" and "Next", how many results, and the
result shown highlighted on its page. Built on ``QPdfSearchModel``, which searches in the
background and counts results as it finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.ui.a11y import enable_clear_button
from desktop.ui.formatting import fill
from desktop.ui.pdf_spelling import Spellings
from desktop.ui.pdf_widgets import tool_button

#: Wait this long after the last key before searching (milliseconds).
SEARCH_DELAY_MS = 250


class _SearchField(QLineEdit):
    """Enter: next result; Shift+Enter: previous; Escape: close the search."""

    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """``result_chosen(page, rect)`` when a result is to be shown; ``highlights_changed`` when
    the set of results changes (the pages then ask ``hits()``)."""

    result_chosen = Signal(int, QRectF)
    highlights_changed = Signal()
    closed = Signal()

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QPdfSearchModel(self)
        self.model.setDocument(document)
        self.spellings = Spellings(document)
        self._asked = ""  # what the member typed (the model may search its accented spelling)
        self.current = -1
        self.field = _SearchField()
        self.field.setPlaceholderText(self.tr("Words to find in this document"))
        self.field.setAccessibleName(self.tr("Find in the document"))
        self.field.setAccessibleDescription(
            self.tr("Enter: next result. Shift+Enter: previous result. Escape: close.")
        )
        self.field.setMinimumHeight(self.field.fontMetrics().height() + 16)
        enable_clear_button(self.field, self.tr("Clear the search"))
        self.previous_button = tool_button(self.tr("Previous"), self.tr("Previous result"))
        self.next_button = tool_button(self.tr("Next"), self.tr("Next result"))
        self.count_label = QLabel()
        self.count_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.count_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.close_button = tool_button(self.tr("Close"), self.tr("Close the search"))
        #: "Highlight this passage" on the result shown; the viewer connects and shows it.
        self.highlight_button = tool_button(
            self.tr("Highlight"), self.tr("Highlight this passage"), self.tr("Ctrl+Shift+H")
        )
        self.highlight_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.count_label):
            layout.addWidget(widget)
        layout.addWidget(self.highlight_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textEdited.connect(lambda _text: self._timer.start())
        self.field.next_requested.connect(self.next_result)
        self.field.previous_requested.connect(self.previous_result)
        self.field.close_requested.connect(self.close_search)
        self.next_button.clicked.connect(self.next_result)
        self.previous_button.clicked.connect(self.previous_result)
        self.close_button.clicked.connect(self.close_search)
        self.model.countChanged.connect(self._on_count_changed)
        self._show_count()

    def reset(self) -> None:
        """Another document (or none) in the viewer's ``QPdfDocument``: start afresh."""
        self.spellings.reset()
        self.field.clear()
        self.search_now()

    def search(self, words: str) -> None:
        self.field.setText(words)
        self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        self.current = -1
        self._asked = self.field.text().strip()
        self.model.setSearchString(self.spellings.spelling_in(self._asked))
        self._show_count()
        self.highlights_changed.emit()

    @property
    def count(self) -> int:
        return int(self.model.count()) if self.model.searchString() else 0

    def hits(self) -> dict[int, list[QRectF]]:
        """Every result's rectangles, by page (PDF points)."""
        found: dict[int, list[QRectF]] = {}
        for row in range(self.count):
            link = self.model.resultAtIndex(row)
            found.setdefault(link.page(), []).extend(link.rectangles())
        return found

    def current_hit(self) -> tuple[int, QRectF] | None:
        if not 0 <= self.current < self.count:
            return None
        link = self.model.resultAtIndex(self.current)
        rects = link.rectangles()
        return (link.page(), rects[0] if rects else QRectF())

    def next_result(self) -> None:
        self._step(1)

    def previous_result(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self._timer.isActive() or self._asked != self.field.text().strip():
            self.search_now()
        if not self.count:
            self._show_count()
            return
        if self.current < 0:
            self.current = 0 if direction > 0 else self.count - 1
        else:
            self.current = (self.current + direction) % self.count
        self._show_count()
        hit = self.current_hit()
        if hit is not None:
            self.highlights_changed.emit()
            self.result_chosen.emit(hit[0], hit[1])

    def _on_count_changed(self) -> None:
        self._show_count()
        self.highlights_changed.emit()
        if self.current < 0 and self.count:
            self.next_result()  # show the first result as soon as there is one

    def _show_count(self) -> None:
        if not self.model.searchString():
            text = ""
        elif not self.count:
            text = self.tr("No result")
        elif self.current < 0:
            text = fill(self.tr("%1 results"), str(self.count))
            if self.count == 1:
                text = self.tr("1 result")
        else:
            text = fill(self.tr("Result %1 of %2"), str(self.current + 1), str(self.count))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text or self.tr("No search yet"))
        self.previous_button.setEnabled(self.count > 1)
        self.next_button.setEnabled(self.count > 1)
        self.highlight_button.setEnabled(0 <= self.current < self.count)

    def open_search(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_search(self) -> None:
        self.field.clear()
        self.search_now()
        self.hide()
        self.closed.emit()
