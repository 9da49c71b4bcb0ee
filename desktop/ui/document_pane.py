"""The document pane of the main window: a Markdown document in the reader
(``desktop.ui.reader``), a PDF in the PDF viewer (``desktop.ui.pdf_viewer``), "Keep offline",
and the side panel of notes, comments and versions beside them (shown on demand with F9, or
by itself when it has news: a new version since the member's reading, a draft open for
comments)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.cache.document_records import DocumentDetail
from desktop.cache.records import Document
from desktop.core.documents_api import BoardFilesApi, DocumentExtrasApi
from desktop.ui.offline_widgets import KeepOffline
from desktop.ui.pdf_document import PdfDocumentView
from desktop.ui.pdf_highlights import PdfHighlights
from desktop.ui.pdf_selection import chosen_quote
from desktop.ui.pdf_watermark import watermark_text
from desktop.ui.pdf_widgets import header_row, note_label, panel_toggle
from desktop.ui.reader import DocumentReader
from desktop.ui.runner import Runner

#: The notes / comments / versions panel is never narrower than this when it appears (pixels).
PANEL_MIN_WIDTH = 300


class DocumentPane(QWidget):
    """The reader's side of the main window: a Markdown document in ``reader`` as before, a PDF
    in ``pdf`` (the viewer, or "Not yet available offline" with "Download"), "Updated since
    you read it" above, and the side panel of notes, comments and versions beside it.

    ``show_document(doc, committee_name)`` as ``DocumentReader``; ``zoomIn``/``zoomOut`` zoom
    whichever is shown. "Add a note to this page" (Ctrl+Shift+N) opens the panel's note editor
    on the page being read, or on the passage selected (PDF or Markdown); ``highlights`` makes
    and paints a PDF's highlights (``desktop.ui.pdf_highlights``). Without ``files``/``extras``
    (a cache without board documents) every document shows as Markdown and there is no panel.
    """

    #: A note or comment was written (the main window asks the sync to send soon).
    local_change = Signal()

    def __init__(
        self,
        runner: Runner,
        files: BoardFilesApi | None = None,
        extras: DocumentExtrasApi | None = None,
        member_name: str = "",
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        # Imported here: the panel's modules build on the reader (DocumentReader).
        from desktop.ui.doc_panel import DocumentSidePanel

        self.setObjectName("documentPane")
        self._extras = extras
        self._today = today
        self.member_name = member_name
        self.detail: DocumentDetail | None = None
        self.reader = DocumentReader()
        self.pdf = PdfDocumentView(runner, files) if files is not None else None
        self.panel = DocumentSidePanel(extras) if extras is not None else None
        self.highlights: PdfHighlights | None = None
        if self.pdf is not None and extras is not None:
            self.highlights = PdfHighlights(self.pdf.viewer, extras)
        self.banner = note_label(
            self.tr("Updated since you read it: see what changed in Versions."), "warn"
        )
        self.banner.hide()
        self.keep_offline = KeepOffline(runner, files)  # a PDF: "Keep offline", in words
        self.stack = QStackedWidget()
        self.stack.addWidget(self.reader)
        if self.pdf is not None:
            self.stack.addWidget(self.pdf)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.banner)
        self.panel_button = panel_toggle(self.tr("Notes and comments"), self.tr("F9"))
        self.panel_button.toggled.connect(self._on_panel_toggled)
        column_layout.addWidget(header_row(self.keep_offline, self.panel_button))
        column_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.add_note_action = QAction(self.tr("Add a &note to this page"), self)
        self.add_note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_note_action.triggered.connect(self.add_note)
        self.addAction(self.add_note_action)
        if self.panel is not None:
            self.splitter.addWidget(self.panel)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
            self.panel.page_requested.connect(self.go_to_page)
            self.panel.quote_requested.connect(self.find_quote)
            self.panel.local_change.connect(self.local_change.emit)
            if self.highlights is not None:
                self.highlights.link_panel(self.panel)
            self.panel.hide()
        self._panel_wanted = False  # the member's choice, kept from one document to the next
        self.panel_button.setVisible(self.panel is not None)
        self.panel_button.setEnabled(False)
        self.add_note_action.setEnabled(False)
        if self.pdf is not None:
            self.pdf.viewer.page_changed.connect(self._on_page_changed)

    def _show_panel(self, visible: bool) -> None:
        if self.panel is None:
            return
        self.panel.setVisible(visible)
        self.panel_button.blockSignals(True)
        self.panel_button.setChecked(visible)
        self.panel_button.blockSignals(False)
        if visible:
            self._give_panel_room()

    def _on_panel_toggled(self, checked: bool) -> None:
        self._panel_wanted = checked
        self._show_panel(checked)

    def _give_panel_room(self) -> None:
        """A panel shown after the splitter was laid out gets no width: give it a third."""
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] == 0:
            total = max(sum(sizes), self.splitter.width())
            panel = max(PANEL_MIN_WIDTH, total // 3)
            self.splitter.setSizes([max(total - panel, 1), panel])

    @property
    def document_id(self) -> str | None:
        return self.detail.id if self.detail is not None else self.reader.document_id

    @property
    def showing_pdf(self) -> bool:
        return self.pdf is not None and self.stack.currentWidget() is self.pdf

    @property
    def current_page(self) -> int | None:
        """The page being read (from 0) in a PDF; None for Markdown."""
        return self.pdf.viewer.current_page if self.pdf is not None and self.showing_pdf else None

    def show_placeholder(self, text: str | None = None) -> None:
        self.detail = None
        if self.pdf is not None:
            self.pdf.clear()
        self.reader.show_placeholder(text)
        self.stack.setCurrentWidget(self.reader)
        self.banner.hide()
        self.keep_offline.show_detail(None)
        self.add_note_action.setEnabled(False)
        self.panel_button.setEnabled(False)
        if self.panel is not None:
            self.panel.hide()

    def show_document(self, doc: Document, committee_name: str) -> None:
        self.detail = self._extras.detail(doc.id) if self._extras is not None else None
        detail = self.detail
        self.banner.setVisible(detail is not None and detail.updated_since_read)
        self.keep_offline.show_detail(detail)
        if detail is not None and detail.format == "pdf" and self.pdf is not None:
            self.reader.document_id = doc.id
            self.stack.setCurrentWidget(self.pdf)
            self.pdf.show_file(detail, watermark_text(self.member_name, self._today()))
            if self.highlights is not None:
                self.highlights.show_document(doc.id, detail.version)
        else:
            if self.pdf is not None:
                self.pdf.clear()
            self.stack.setCurrentWidget(self.reader)
            self.reader.show_document(doc, committee_name)
        if self.panel is not None:
            self.panel.show_document(doc.id, detail.version if detail is not None else 1)
            self.panel.set_current_page(self.current_page)
            # Shown when the member wants it, or when there is news in it: a new version
            # since their reading, or a draft open for their comments.
            news = detail is not None and (detail.updated_since_read or detail.comments_open)
            self._show_panel(self._panel_wanted or news)
        self.panel_button.setEnabled(self.panel is not None)
        self.add_note_action.setEnabled(self.panel is not None)

    def refresh(self) -> None:
        """After a sync or a download: the panel reads again, the banner follows, and a PDF
        revised or now ready offline shows at once."""
        shown = self.document_id
        if self._extras is not None and shown is not None and self._extras.detail(shown) is None:
            # Withdrawn, or its committee left: nothing of it stays on screen.
            self.show_placeholder(
                self.tr(
                    "This document is no longer available to you: it was withdrawn, or you are"
                    " no longer a member of its committee."
                )
            )
            return
        if self.panel is not None:
            self.panel.refresh()
        if self.detail is not None and self._extras is not None:
            detail = self._extras.detail(self.detail.id)
            self.banner.setVisible(detail is not None and detail.updated_since_read)
            self.keep_offline.show_detail(detail)
            if detail is not None and self.pdf is not None and self.showing_pdf:
                self.detail = detail
                self.pdf.refresh(detail)
                if self.highlights is not None:
                    self.highlights.show_document(detail.id, detail.version)

    def add_note(self) -> None:
        if self.panel is not None and self.document_id is not None:
            if self.pdf is not None and self.showing_pdf:
                page, quote = self.pdf.viewer.selection.anchor(self.current_page)
            else:
                page, quote = None, chosen_quote(self.reader)
            self._show_panel(True)
            self.panel.add_note(page=page, quote=quote)

    def go_to_page(self, page: int) -> None:
        if self.pdf is not None and self.showing_pdf:
            self.pdf.viewer.go_to_page(page)

    def find_quote(self, quote: str) -> None:
        if self.showing_pdf and self.pdf is not None:
            self.pdf.viewer.search(quote)
        elif quote:
            self.reader.find(quote) or self.reader.find(quote, QTextDocument.FindFlag.FindBackward)

    def zoomIn(self, steps: int = 1) -> None:  # noqa: N802 - as QTextBrowser, for the window
        if self.showing_pdf and self.pdf is not None:
            self.pdf.viewer.zoom_in()
        else:
            self.reader.zoomIn(steps)

    def zoomOut(self, steps: int = 1) -> None:  # noqa: N802 - as QTextBrowser, for the window
        if self.showing_pdf and self.pdf is not None:
            self.pdf.viewer.zoom_out()
        else:
            self.reader.zoomOut(steps)

    def _on_page_changed(self, page: int) -> None:
        if self.panel is not None and self.showing_pdf:
            self.panel.set_current_page(page)
