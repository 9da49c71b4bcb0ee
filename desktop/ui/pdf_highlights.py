"""The member's highlights of PDF text: private annotations (kind "highlight") saved through
``DocumentExtrasApi.save_annotation`` and painted on their pages, under the watermark.

``PdfHighlights(viewer, extras)`` gives the viewer "Highlight this passage" (Ctrl+Shift+H, the
search bar's "Highlight" button, a page's context menu): it highlights the text selected with
the mouse, else the search result shown, and says so beside the tools (and to a screen reader).
The pane calls ``show_document(id, version)`` for the PDF it shows; the highlights of that
version are painted once its pages are there (``PdfViewer.loaded``) and again on ``reload()``
(after a sync, or a note deleted in the side panel). ``link_panel(panel)``: a new highlight
shows in the panel's notes at once, and the panel's changes repaint the pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from desktop.cache.document_records import Annotation
from desktop.core.documents_api import DocumentExtrasApi, DocumentsError
from desktop.ui.doc_words import refusal_text, short_quote
from desktop.ui.formatting import fill
from desktop.ui.pdf_selection import Passage, passage_of_result
from desktop.ui.pdf_viewer import PdfViewer
from desktop.ui.widgets import announce

if TYPE_CHECKING:
    from desktop.ui.doc_panel import DocumentSidePanel

HIGHLIGHT = "highlight"
#: Two rectangles closer than this (PDF points) are the same place.
_SAME = 0.5


def _same_place(note: Annotation, passage: Passage) -> bool:
    if note.page != passage.page or len(note.rects) != len(passage.rects):
        return False
    return all(
        abs(a - b) < _SAME
        for mine, theirs in zip(note.rects, passage.rects, strict=True)
        for a, b in zip(mine, theirs, strict=True)
    )


class PdfHighlights(QObject):
    """``saved(annotation_id)`` after a highlight was written (the sync may send it soon)."""

    saved = Signal(str)

    def __init__(self, viewer: PdfViewer, extras: DocumentExtrasApi) -> None:
        super().__init__(viewer)
        self._viewer = viewer
        self._extras = extras
        self.document_id: str | None = None
        self.version = 0
        #: The shown version's highlights, as painted.
        self.highlights: list[Annotation] = []
        self.action = QAction(self.tr("Highlight this passage"), viewer)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(self.tr("Highlight this passage (Ctrl+Shift+H)"))
        self.action.triggered.connect(lambda: self.highlight_passage())
        viewer.addAction(self.action)
        viewer.pages.addAction(self.action)
        viewer.pages.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        viewer.search_bar.highlight_button.show()
        viewer.search_bar.highlight_button.clicked.connect(lambda: self.highlight_passage())
        viewer.loaded.connect(self.paint)

    def link_panel(self, panel: DocumentSidePanel) -> None:
        self.saved.connect(lambda _id: panel.refresh())
        self.saved.connect(lambda _id: panel.local_change.emit())
        panel.local_change.connect(self.reload)

    # --- showing -------------------------------------------------------------------------

    def show_document(self, document_id: str | None, version: int = 0) -> None:
        """The PDF shown is ``version`` of ``document_id`` (None: no PDF)."""
        self.document_id, self.version = document_id, version
        self.reload()

    def reload(self) -> None:
        notes = self._extras.annotations(self.document_id) if self.document_id else []
        self.highlights = [
            note
            for note in notes
            if note.kind == HIGHLIGHT and note.version == self.version and note.page is not None
        ]
        self.paint()

    def paint(self) -> None:
        marks: dict[int, list[QRectF]] = {}
        for note in self.highlights:
            if note.page is not None:
                marks.setdefault(note.page, []).extend(QRectF(*rect) for rect in note.rects)
        self._viewer.pages.set_marks(marks)

    # --- highlighting --------------------------------------------------------------------

    def passage(self) -> Passage | None:
        """What "Highlight this passage" takes: the text selected with the mouse, else the
        search result shown."""
        viewer = self._viewer
        if viewer.selection.passage is not None:
            return viewer.selection.passage
        bar = viewer.search_bar
        if not viewer.page_count or not bar.count:
            return None
        return passage_of_result(viewer.document, bar.model, bar.current)

    def highlight_passage(self) -> Annotation | None:
        passage = self.passage()
        if passage is None or self.document_id is None:
            self._say(
                self.tr(
                    "Nothing to highlight: find words (Ctrl+F) or select text with the mouse first."
                )
            )
            return None
        words = short_quote(passage.quote)
        page = str(passage.page + 1)
        already = next((note for note in self.highlights if _same_place(note, passage)), None)
        if already is not None:
            self._say(fill(self.tr("Already highlighted on page %1: « %2 »."), page, words))
            return already
        try:
            saved = self._extras.save_annotation(
                self.document_id,
                self.version,
                kind=HIGHLIGHT,
                page=passage.page,
                quote=passage.quote,
                rects=passage.rects,
            )
        except DocumentsError as error:
            self._say(fill(self.tr("Not highlighted: %1"), refusal_text(error.code)))
            return None
        self._viewer.selection.clear()
        self.reload()
        self._say(
            fill(self.tr("Highlighted on page %1: « %2 ». It is in your notes."), page, words)
        )
        self.saved.emit(saved.id)
        return saved

    def _say(self, text: str) -> None:
        label = self._viewer.status_label
        label.setText(text)
        label.setAccessibleName(text)
        announce(self._viewer, text)
