"""The PDF viewer: a board pack read from memory, never from a file.

``PdfViewer.load(data, allow_copy=..., watermark=...)`` opens the bytes through a ``QBuffer``
(QtPdf reads them in memory; nothing is written anywhere). The pages show one under the other,
fitted to the width at first, each with a light diagonal watermark (the member's name and the
day). Keys: Page Up / Page Down (previous / next page), Home / End (first / last page), Ctrl++ /
Ctrl+- (zoom), Ctrl+0 (fit to width), Alt+G (go to a page: the page number field),
Ctrl+F (find; F3 / Shift+F3 next / previous result).
Press and drag on a page selects its text (``selection``, ``desktop.ui.pdf_selection``; Escape
forgets it); ``desktop.ui.pdf_highlights`` adds "Highlight this passage" to a viewer.
Printing (Ctrl+P) and saving a copy (Ctrl+S) exist only for a document that allows copying;
otherwise there is no action, no menu, no key that gives the bytes out. A file QtPdf cannot open
(damaged, not a PDF, protected by a password) shows a message in place of the pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.formatting import fill
from desktop.ui.pdf_pages import PageColumn
from desktop.ui.pdf_print import print_with_dialog, save_with_dialog
from desktop.ui.pdf_search import SearchBar
from desktop.ui.pdf_selection import PageSelection
from desktop.ui.pdf_thumbnails import ThumbnailStrip
from desktop.ui.pdf_widgets import note_label, tool_button


class PdfViewer(QWidget):
    """``page_changed(index)`` (from 0) as the member reads on; ``loaded()`` once a document
    shows."""

    page_changed = Signal(int)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.allow_copy = False
        self.file_name = ""
        self.print_action: QAction | None = None
        self.save_action: QAction | None = None
        self._build()
        self._build_keys()
        self._show_state()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        # Arrows, like − and + for the zoom: the row fits a laptop screen; the names say it.
        self.previous_button = tool_button("◀", self.tr("Previous page"), self.tr("Page Up"))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setAccessibleDescription(self.tr("Type a page number and press Enter."))
        self.page_box.setToolTip(self.tr("Go to a page (Alt+G)"))
        self.page_box.setMinimumHeight(40)
        self.page_box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 9)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_count_label = QLabel()
        self.next_button = tool_button("▶", self.tr("Next page"), self.tr("Page Down"))
        self.zoom_out_button = tool_button("−", self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 6)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = tool_button("+", self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"))
        self.fit_button = tool_button(
            self.tr("Fit width"), self.tr("Fit to width"), self.tr("Ctrl+0")
        )
        self.find_button = tool_button(
            self.tr("Find…"), self.tr("Find in the document"), self.tr("Ctrl+F")
        )
        self.bar = FlowLayout(spacing=16)  # large text: the groups wrap onto a second line
        pages, zoom = QHBoxLayout(), QHBoxLayout()
        for widget in (self.previous_button, self.page_box, self.page_count_label):
            pages.addWidget(widget)
        pages.addWidget(self.next_button)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            zoom.addWidget(widget)
        zoom.addWidget(self.fit_button)
        self.bar.add_layout(pages)
        self.bar.add_layout(zoom)
        self.bar.add_widget(self.find_button)
        self.status_label = QLabel()  # a short sentence on what was just done
        self.status_label.setWordWrap(True)
        self.bar.add_widget(self.status_label, stretch=1)
        self.copy_buttons = QHBoxLayout()
        self.bar.add_layout(self.copy_buttons)

        self.search_bar = SearchBar(self.document)
        self.search_bar.hide()
        self.thumbnails = ThumbnailStrip()
        self.pages = PageColumn()
        self.pages.setAccessibleName(self.tr("Pages of the document"))
        self.selection = PageSelection(self.document, self.pages)
        self.message = note_label("", "warn")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder = QWidget()
        message_layout = QVBoxLayout(holder)
        message_layout.setContentsMargins(24, 24, 24, 24)
        message_layout.addWidget(self.message)
        message_layout.addStretch(1)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.thumbnails)
        row.addWidget(self.pages, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(holder)
        self._message_page = holder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(self.bar)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.stack, 1)

        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_width)
        self.find_button.clicked.connect(self.search_bar.open_search)
        self.thumbnails.page_requested.connect(self.go_to_page)
        self.pages.page_changed.connect(self._on_page_changed)
        self.pages.zoom_changed.connect(self._show_zoom)
        self.search_bar.highlights_changed.connect(self._on_highlights_changed)
        self.search_bar.result_chosen.connect(self._on_result_chosen)
        self.search_bar.closed.connect(self.pages.setFocus)

    def _key(self, keys: list[QKeySequence], slot: object) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_keys(self) -> None:
        seq = QKeySequence
        # Each says what it does: Help > Keyboard shortcuts lists them from these texts.
        keys = (
            ([seq(Qt.Key.Key_PageUp)], self.previous_page, self.tr("Previous page")),
            ([seq(Qt.Key.Key_PageDown)], self.next_page, self.tr("Next page")),
            ([seq(Qt.Key.Key_Home)], self.first_page, self.tr("First page")),
            ([seq(Qt.Key.Key_End)], self.last_page, self.tr("Last page")),
            (
                [seq(seq.StandardKey.Find)],
                self.search_bar.open_search,
                self.tr("Find in the document"),
            ),
            ([seq(seq.StandardKey.FindNext)], self.search_bar.next_result, self.tr("Next result")),
            (
                [seq(seq.StandardKey.FindPrevious)],
                self.search_bar.previous_result,
                self.tr("Previous result"),
            ),
            ([seq("Ctrl+0")], self.fit_width, self.tr("Fit to width")),
            ([seq("Alt+G")], self.focus_page_box, self.tr("Go to a page")),
        )
        for shortcut, slot, text in keys:
            self._key(shortcut, slot).setText(text)

    def first_page(self) -> None:
        self.go_to_page(0)

    def last_page(self) -> None:
        self.go_to_page(self.page_count - 1)

    def focus_page_box(self) -> None:
        """Alt+G: the page number, chosen, so that a number and Enter go to that page."""
        self.page_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page_box.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Zoom keys are not shortcuts here: in the main window its own "Larger text" (Ctrl++)
        # takes them and asks the reader to zoom, which comes back to zoom_in.
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.key() == Qt.Key.Key_Equal
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif event.key() == Qt.Key.Key_Escape and self.selection.passage is not None:
            self.selection.clear()
        else:
            super().keyPressEvent(event)

    # --- loading -------------------------------------------------------------------------

    def load(
        self, data: bytes, *, allow_copy: bool = False, watermark: str = "", name: str = ""
    ) -> bool:
        """Show the PDF in ``data``; False (and the message in place of the pages) when it
        cannot be opened."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready and self.page_count > 0
        if not ok:
            self.clear()
            self.show_message(
                self.tr(
                    "This document cannot be shown: the file may be damaged or protected."
                    " Ask the secretariat to publish it again."
                )
            )
            return False
        self.allow_copy, self.file_name = allow_copy, name
        self.pages.set_document(self.document, watermark)
        self.thumbnails.set_document(self.document)
        self.search_bar.reset()
        self.selection.attach()
        self._build_copy_actions()
        self._show_state()
        self.loaded.emit()
        return True

    def clear(self) -> None:
        """Forget the document (its bytes too)."""
        self.pages.set_document(None)
        self.selection.attach()
        self.status_label.clear()
        self.thumbnails.set_document(None)
        self.search_bar.reset()
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self.allow_copy = False
        self._build_copy_actions()
        self._show_state()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.stack.setCurrentWidget(self._message_page)
        self._set_controls_enabled(False)

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self._message_page

    def _build_copy_actions(self) -> None:
        """Print and Save a copy, only while a document that allows copying is shown."""
        for action in (self.print_action, self.save_action):
            if action is not None:
                self.removeAction(action)
                action.deleteLater()
        while (item := self.copy_buttons.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.print_action = self.save_action = None
        if not self.allow_copy:
            return
        seq = QKeySequence
        self.print_action = self._key([seq(seq.StandardKey.Print)], self.print_document)
        self.print_action.setText(self.tr("Print…"))
        self.save_action = self._key([seq(seq.StandardKey.Save)], self.save_copy)
        self.save_action.setText(self.tr("Save a copy…"))
        for action, hint in ((self.print_action, "Ctrl+P"), (self.save_action, "Ctrl+S")):
            button = tool_button(action.text(), action.text().rstrip("…"), hint)
            button.clicked.connect(action.trigger)
            self.copy_buttons.addWidget(button)
            button.show()

    # --- reading -------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return max(0, int(self.document.pageCount()))

    @property
    def current_page(self) -> int:
        return self.pages.current_page

    def go_to_page(self, index: int) -> None:
        if self.page_count:
            self.pages.go_to_page(max(0, min(index, self.page_count - 1)))
            self._show_state()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def zoom_in(self) -> None:
        self.pages.zoom_in()

    def zoom_out(self) -> None:
        self.pages.zoom_out()

    def fit_width(self) -> None:
        self.pages.fit_width()

    def search(self, words: str) -> None:
        self.search_bar.show()
        self.search_bar.search(words)

    def _on_page_changed(self, index: int) -> None:
        self._show_state()
        self.page_changed.emit(index)

    def _on_highlights_changed(self) -> None:
        self.pages.set_highlights(self.search_bar.hits(), self.search_bar.current_hit())

    def _on_result_chosen(self, page: int, rect: QRectF) -> None:
        self.selection.clear()
        self.pages.go_to_page(page, rect if not rect.isEmpty() else None)
        self._show_state()

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (self.page_box, self.zoom_out_button, self.zoom_in_button):
            widget.setEnabled(enabled)
        self.fit_button.setEnabled(enabled)
        self.find_button.setEnabled(enabled)

    def _show_state(self) -> None:
        count, current = self.page_count, self.current_page
        if count:
            self.stack.setCurrentIndex(0)
        self._set_controls_enabled(count > 0)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, max(count, 0))
        self.page_box.setValue(current + 1 if count else 0)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(fill(self.tr("of %1"), str(count)) if count else "")
        self.page_box.setAccessibleDescription(
            fill(
                self.tr("Page %1 of %2. Type a page number and press Enter."),
                str(current + 1),
                str(count),
            )
        )
        self.previous_button.setEnabled(count > 0 and current > 0)
        self.next_button.setEnabled(count > 0 and current < count - 1)
        self.thumbnails.show_page(current)
        self._show_zoom()

    def _show_zoom(self) -> None:
        percent = round(self.pages.scale * 100 * 72 / 96) if self.page_count else 0
        self.zoom_label.setText(f"{percent} %" if percent else "")
        self.zoom_label.setAccessibleName(fill(self.tr("Zoom: %1 %"), str(percent)))

    # --- copies (only when allowed) ------------------------------------------------------

    def print_document(self) -> None:
        if self.allow_copy and self.page_count:
            print_with_dialog(self, self.document, self.pages.watermark)

    def save_copy(self) -> Path | None:
        if not self.allow_copy or self._buffer is None:
            return None
        return save_with_dialog(self, bytes(self._buffer.data().data()), self.file_name)
