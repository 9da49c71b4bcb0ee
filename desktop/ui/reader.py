"""The document reader: large readable text in a comfortable column, nothing fetched
(``desktop.ui.document_pane`` shows it, or the PDF viewer, in the main window).

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
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from desktop.cache.records import Document
from desktop.core.render import is_allowed_link, render_markdown
from desktop.ui.formatting import fill, format_date
from desktop.ui.links import is_quorum_link

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
