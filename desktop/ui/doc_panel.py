"""The side panel beside a document in the reader: "Notes" (my private notes and highlights),
"Comments" (on a draft open for comments) and "Versions" (with what changed since I read it).

``DocumentSidePanel(extras)``; the reader calls ``show_document(id, version)`` when it opens a
document, ``set_current_page(page)`` as the member turns pages (from 0; None for Markdown) and
``add_note(page, quote)`` to open the note editor on a page or a chosen passage. The panel emits
``page_requested(page)`` (go to that page, from 0) and ``quote_requested(text)`` (find that
passage) when the member opens a note, and ``local_change()`` after writing a note or a
comment (the main window then asks the sync to send soon). ``refresh()`` after a sync.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.doc_receipts import DocReceipts
from desktop.core.documents_api import DocumentExtrasApi
from desktop.ui.doc_comment_tab import CommentsTab
from desktop.ui.doc_notes import NotesTab
from desktop.ui.doc_readers_dialog import ReadersDialog
from desktop.ui.doc_versions import VersionsTab
from desktop.ui.formatting import fill
from desktop.ui.idea_detail import enter_clicks, shortcut
from desktop.ui.runner import Runner
from desktop.ui.section_tabs import SectionTabs
from desktop.ui.votes_widgets import enlarge, plain_button
from desktop.ui.widgets import scrolling

NOTES, COMMENTS, VERSIONS = 0, 1, 2


class DocumentSidePanel(QWidget):
    page_requested = Signal(int)
    quote_requested = Signal(str)
    local_change = Signal()

    def __init__(self, extras: DocumentExtrasApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extras = extras
        self.setObjectName("documentSidePanel")
        self.setAccessibleName(self.tr("Notes, comments and versions of the document"))
        self.document_id: str | None = None
        self.version = 0
        self.notes = NotesTab(extras)
        self.comments = CommentsTab(extras)
        self.versions = VersionsTab(extras)
        self.tabs = SectionTabs()  # tabs, or a list of the parts when their titles do not fit
        enlarge(self.tabs.tabBar(), 1)
        enlarge(self.tabs.chooser, 1)
        self.tabs.setAccessibleName(self.tr("Notes, comments and versions"))
        # Large text in a narrow panel: a tab taller or wider than its room scrolls instead of
        # squeezing its buttons (their words wrap) and paragraphs, or of widening the window
        # (beside both lists and a PDF at 200 %, the panel has little room).
        self.tabs.addTab(scrolling(self.notes), self.tr("&Notes"))
        self.tabs.addTab(scrolling(self.comments), self.tr("&Comments"))
        self.tabs.addTab(scrolling(self.versions), self.tr("&Versions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._readers: tuple[DocReceipts, Runner] | None = None
        self.readers_button = plain_button(
            self.tr("&Who has read it…"), self.tr("Who has read this document (secretariat)")
        )
        self.readers_button.setVisible(False)
        self.readers_button.clicked.connect(self.show_readers)
        enter_clicks(self.readers_button)
        cast(QVBoxLayout, self.versions.layout()).addWidget(self.readers_button)
        self.notes.page_requested.connect(self.page_requested.emit)
        self.notes.quote_requested.connect(self.quote_requested.emit)
        self.notes.changed.connect(self._on_written)
        self.comments.changed.connect(self._on_written)
        shortcut(self, "Alt+1", lambda: self.tabs.setCurrentIndex(NOTES))
        shortcut(self, "Alt+2", lambda: self.tabs.setCurrentIndex(COMMENTS))
        shortcut(self, "Alt+3", lambda: self.tabs.setCurrentIndex(VERSIONS))
        self._name_tabs()

    def show_document(self, document_id: str, version: int) -> None:
        """Show the notes, comments and versions of this document (``version``: the one the
        reader shows, normally the current one). A document updated since the member read it
        opens on "Versions" so they see what changed."""
        opened = document_id != self.document_id
        self.document_id, self.version = document_id, version
        self.notes.show_document(document_id, version)
        self.comments.show_document(document_id, version)
        self.versions.show_document(document_id)
        self._name_tabs()
        if opened and self._extras.changes_since_read(document_id) is not None:
            self.tabs.setCurrentIndex(VERSIONS)
        elif opened:
            self.tabs.setCurrentIndex(NOTES)

    def enable_readers(self, receipts: DocReceipts, runner: Runner) -> None:
        """Offer "Who has read it…" (asked of the server) when the member is of the
        secretariat."""
        self._readers = (receipts, runner)
        self.readers_button.setVisible(receipts.can_see())

    def show_readers(self) -> None:
        if self._readers is None or self.document_id is None:
            return
        receipts, runner = self._readers
        detail = self._extras.detail(self.document_id)
        title = detail.title if detail is not None else ""
        dialog = ReadersDialog(receipts, runner, self.document_id, title, self.version, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def set_current_page(self, page: int | None) -> None:
        self.notes.set_current_page(page)
        self.comments.set_current_page(page)

    def add_note(self, page: int | None = None, quote: str = "") -> None:
        """Open the note editor on the document, a page (from 0) or a passage."""
        self.tabs.setCurrentIndex(NOTES)
        self.notes.add_note(page, quote)

    def refresh(self) -> None:
        """The cache changed (a sync): every tab reads again, keeping what is being written."""
        if self.document_id is None:
            return
        detail = self._extras.detail(self.document_id)
        version = detail.version if detail is not None else self.version
        self.version = version
        self.notes.show_document(self.document_id, version)
        self.comments.show_document(self.document_id, version)
        self.versions.refresh()
        self._name_tabs()

    def _on_written(self) -> None:
        self._name_tabs()
        self.local_change.emit()

    def _name_tabs(self) -> None:
        """Tab titles carry their count ("Notes (2)"); a changed document says so."""
        notes = self.notes.model.rowCount()
        comments = self.comments.model.rowCount()
        self.tabs.setTabText(
            NOTES, fill(self.tr("&Notes (%1)"), str(notes)) if notes else self.tr("&Notes")
        )
        self.tabs.setTabText(
            COMMENTS,
            fill(self.tr("&Comments (%1)"), str(comments)) if comments else self.tr("&Comments"),
        )
        changed = bool(self.versions.changed_note.text())
        self.tabs.setTabText(
            VERSIONS, self.tr("&Versions ● changed") if changed else self.tr("&Versions")
        )
        self.tabs.setTabToolTip(NOTES, self.tr("My private notes (Alt+1)"))
        self.tabs.setTabToolTip(COMMENTS, self.tr("Comments on this version (Alt+2)"))
        self.tabs.setTabToolTip(VERSIONS, self.tr("Versions and what changed (Alt+3)"))
