"""The document reader: large readable text in a comfortable column, nothing fetched; and
``DocumentPane``, which shows a Markdown document in that reader and a PDF in the PDF viewer
(``desktop.ui.pdf_viewer``), with the side panel of notes, comments and versions beside them.

The body is Markdown rendered by ``desktop.core.render`` (already cleaned of images, scripts
and styles). On top of that the reader itself refuses to load any resource that is not an
inline ``data:`` one, so a crafted document can never make Quorum read a local file or call a
remote server. A link is opened only after the member has seen its full target and agreed;
a ``quorum://`` link (to a document, a motion, a member...) opens its target inside the app,
through ``open_internal`` (``desktop.ui.links.LinkRouter.open``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.document_records import DocumentDetail
from desktop.cache.records import Document
from desktop.core.documents_api import BoardFilesApi, DocumentExtrasApi
from desktop.core.render import is_allowed_link, render_markdown
from desktop.ui.formatting import fill, format_date
from desktop.ui.links import is_quorum_link
from desktop.ui.offline_widgets import KeepOffline
from desktop.ui.pdf_document import PdfDocumentView
from desktop.ui.pdf_highlights import PdfHighlights
from desktop.ui.pdf_selection import chosen_quote
from desktop.ui.pdf_watermark import watermark_text
from desktop.ui.pdf_widgets import note_label
from desktop.ui.runner import Runner

#: The widest the text column grows, in average characters: long lines tire the eye.
MAX_COLUMN_CHARS = 72
#: Reader text size (points); the rest of the app uses at least 11.
READER_POINT_SIZE = 13

_STYLE = """
h1 { font-size: x-large; margin-bottom: 4px; }
h2 { font-size: large; margin-top: 18px; }
h3 { font-size: medium; margin-top: 14px; }
p, li { line-height: 150%; }
p { margin-bottom: 10px; }
.meta { color: #404040; margin-bottom: 18px; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #8a8a8a; padding: 6px 10px; }
th { background: #eef2f7; }
a { color: #0b4f9c; text-decoration: underline; }
blockquote { margin-left: 12px; color: #303030; }
"""


class LinkConfirmation(QMessageBox):
    """Asks before a link leaves Quorum, showing where it really goes."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        target = url.toString()
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Open a link"))
        self.setText(self.tr("This link leads outside Quorum. Open it?"))
        self.setInformativeText(fill(self.tr("Full address: %1"), target))
        self.open_button = self.addButton(
            self.tr("Open the link"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(
            self.tr("Do not open"), QMessageBox.ButtonRole.RejectRole
        )
        self.open_button.setAccessibleName(fill(self.tr("Open the link to %1"), target))
        self.cancel_button.setAccessibleName(self.tr("Do not open the link"))
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


class DocumentReader(QTextBrowser):
    """Shows one document: title, committee, author, date, then the body."""

    def __init__(
        self,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        open_internal: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url
        #: Opens a ``quorum://`` link in the app; True when it could (set by the main window).
        self.open_internal = open_internal
        self.document_id: str | None = None
        #: Resources the reader was asked for and refused (for the record, and for tests).
        self.refused_resources: list[QUrl] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Document text"))
        font = self.font()
        font.setPointSize(max(READER_POINT_SIZE, font.pointSize()))
        self.setFont(font)
        self.document().setDefaultStyleSheet(_STYLE)
        self.document().setDocumentMargin(24)
        self.show_placeholder()

    def show_placeholder(self, text: str | None = None) -> None:
        self.document_id = None
        message = text or self.tr("Choose a document in the list to read it here.")
        self.setHtml(f'<p class="meta">{html.escape(message)}</p>')
        self.setAccessibleDescription(message)

    def show_document(self, doc: Document, committee_name: str) -> None:
        self.document_id = doc.id
        meta = fill(self.tr("%1 · published on %2"), committee_name, format_date(doc.published_at))
        if doc.author_name:
            meta = fill(self.tr("%1 · by %2"), meta, doc.author_name)
        self.setHtml(
            f"<h1>{html.escape(doc.title)}</h1>"
            f'<p class="meta">{html.escape(meta)}</p>'
            f"{render_markdown(doc.body)}"
        )
        self.setAccessibleDescription(fill(self.tr("%1. %2"), doc.title, meta))
        self.verticalScrollBar().setValue(0)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        url = name if isinstance(name, QUrl) else QUrl(name)
        if url.scheme() == "data":
            return super().loadResource(kind, url)
        # Never fetched: no remote server is told a member opened a document, no local file
        # is read on a document's say-so.
        self.refused_resources.append(url)
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        # Centre a column of at most MAX_COLUMN_CHARS average characters.
        column = self.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        spare = max(0, self.viewport().width() - column)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        margin = 24 + spare / 2
        if abs(frame.leftMargin() - margin) > 0.5:
            frame.setLeftMargin(margin)
            frame.setRightMargin(margin)
            root.setFrameFormat(frame)

    def confirm_link(self, url: QUrl) -> bool:
        """Ask the member; True when they chose to open the link."""
        box = LinkConfirmation(url, self)
        box.exec()
        return box.clickedButton() is box.open_button

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if is_quorum_link(url):
            if self.open_internal is None or not self.open_internal(url):
                QMessageBox.information(
                    self,
                    self.tr("Link not opened"),
                    self.tr("This link leads to something Quorum cannot show here."),
                )
            return
        if not is_allowed_link(url.toString()):
            QMessageBox.information(
                self,
                self.tr("Link not opened"),
                fill(
                    self.tr("Quorum only opens web and email links. This one leads to: %1"),
                    url.toString(),
                ),
            )
            return
        if self.confirm_link(url):
            self._open_url(url)


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
        # Imported here: the panel's modules build on the reader's own (DocumentReader).
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
        column_layout.addWidget(self.keep_offline)
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
        self.add_note_action.setEnabled(False)
        if self.pdf is not None:
            self.pdf.viewer.page_changed.connect(self._on_page_changed)

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
            self.panel.show()
            self._give_panel_room()
        self.add_note_action.setEnabled(self.panel is not None)

    def refresh(self) -> None:
        """After a sync or a download: the panel reads again, the banner follows, and a PDF
        revised or now ready offline shows at once."""
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
