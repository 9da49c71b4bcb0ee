"""The "Notes" tab of the document side panel: my private notes and highlights on the document,
those of the current page first, each anchored in words ("Whole document", "Page 4",
"« passage… »"). A small plain-text editor adds or edits one (Ctrl+Enter saves, Escape
cancels); deleting asks again in the tab itself. Enter (or a click) on a note of a page asks
the reader to go there (``page_requested``, the page counted from 0), on a quoted passage to
find it (``quote_requested``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.cache.document_records import Annotation
from desktop.core.documents_api import DocumentExtrasApi, DocumentsError
from desktop.ui.doc_models import Row, RowsModel, current_row
from desktop.ui.doc_words import anchor_text, refusal_text, state_text
from desktop.ui.formatting import fill
from desktop.ui.idea_detail import enter_clicks, list_view, shortcut
from desktop.ui.votes_widgets import framed_note, paragraph, plain_button, set_note

#: How much of a note's text its row shows.
PREVIEW_CHARS = 240


def note_editor(name: str, placeholder: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setAccessibleName(name)
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    font = editor.font()
    font.setPointSizeF(font.pointSizeF() + 1)
    editor.setFont(font)
    editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 6 + 16)
    return editor


class NotesTab(QWidget):
    page_requested = Signal(int)
    quote_requested = Signal(str)
    changed = Signal()  # a note was saved or deleted (the sync may send it soon)

    def __init__(self, extras: DocumentExtrasApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extras = extras
        self.document_id: str | None = None
        self.version = 0
        self.current_page: int | None = None
        self.editing: Annotation | None = None
        self._anchor: tuple[int | None, str] = (None, "")
        # Where the member was (the page, the text) when the editor opened: Escape goes back.
        self._came_from: QWidget | None = None
        self.privacy_label = paragraph(
            self.tr("Private: visible to you alone, on your devices."), 1
        )
        self.privacy_label.setAccessibleName(self.privacy_label.text())
        self.model = RowsModel(self)
        self.list = list_view(self.tr("My notes on this document"))
        self.list.setModel(self.model)
        self.empty_label = paragraph(self.tr("You have no note on this document yet."))
        self.empty_label.setAccessibleName(self.empty_label.text())
        # One above the other in a narrow panel beside the PDF: at large text, their words wrap.
        self.new_button = plain_button(
            self.tr("&New note…"), self.tr("New note on the whole document"), wrap=True
        )
        self.page_button = plain_button(self.tr("Note on this &page…"), wrap=True)
        self.edit_button = plain_button(
            self.tr("&Edit"), self.tr("Edit the chosen note"), wrap=True
        )
        self.delete_button = plain_button(
            self.tr("&Delete"), self.tr("Delete the chosen note"), wrap=True
        )
        self.confirm_label = paragraph(self.tr("Delete this note? It cannot be undone."), 1)
        self.confirm_button = plain_button(self.tr("Yes, delete it"), wrap=True)
        self.keep_button = plain_button(self.tr("No, keep it"), wrap=True)
        self.anchor_label = paragraph("", 1)
        bold = self.anchor_label.font()
        bold.setBold(True)
        self.anchor_label.setFont(bold)
        self.privacy_label.setFont(bold)
        self.editor = note_editor(
            self.tr("Text of the note"), self.tr("Write your note (Ctrl+Enter to save)")
        )
        self.save_button = plain_button(
            self.tr("&Save"), self.tr("Save the note"), self.tr("Ctrl+Enter")
        )
        self.cancel_button = plain_button(
            self.tr("Cancel"), self.tr("Cancel the note"), self.tr("Escape")
        )
        self.error_note = framed_note("", "warn")
        self._build()
        self._connect()
        self._close_editor()
        self.confirm_row.setVisible(False)
        self.show_document(None, 0)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()  # one above the other: the panel stays narrow beside a PDF
        for button in (self.new_button, self.page_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.confirm_row = QWidget()
        confirm = QHBoxLayout(self.confirm_row)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(self.confirm_label, 1)
        confirm.addWidget(self.confirm_button)
        confirm.addWidget(self.keep_button)
        layout.addWidget(self.confirm_row)
        self.editor_box = QWidget()
        box = QVBoxLayout(self.editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.anchor_label)
        box.addWidget(self.editor)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(self.editor_box)
        layout.addWidget(self.error_note)
        enter_clicks(
            self.new_button,
            self.page_button,
            self.edit_button,
            self.delete_button,
            self.confirm_button,
            self.keep_button,
            self.save_button,
            self.cancel_button,
        )

    def _connect(self) -> None:
        self.list.activated.connect(lambda _index: self._go_to_note())
        self.list.clicked.connect(lambda _index: self._go_to_note())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_buttons())
        self.new_button.clicked.connect(lambda: self.add_note(None, ""))
        self.page_button.clicked.connect(lambda: self.add_note(self.current_page, ""))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self._ask_delete)
        self.confirm_button.clicked.connect(self._delete)
        self.keep_button.clicked.connect(self._keep)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        shortcut(self.editor, "Ctrl+Return", self.save)
        shortcut(self.editor, "Ctrl+Enter", self.save)
        shortcut(self.editor_box, "Escape", self.cancel)
        shortcut(self.list, "F2", self.edit_current)
        shortcut(self.list, "Delete", self._ask_delete)

    # --- showing ------------------------------------------------------------------------

    def show_document(self, document_id: str | None, version: int) -> None:
        if document_id != self.document_id:
            self._close_editor()
        self.document_id, self.version = document_id, version
        self.refresh()

    def set_current_page(self, page: int | None) -> None:
        self.current_page = page
        self.refresh()

    def refresh(self) -> None:
        notes = self._extras.annotations(self.document_id) if self.document_id else []
        here = self.current_page
        notes.sort(key=lambda note: 0 if here is not None and note.page == here else 1)
        self.model.set_rows([self._row(note) for note in notes])
        self.empty_label.setVisible(not notes)
        self.list.setVisible(bool(notes))
        self.new_button.setEnabled(self.document_id is not None)
        self.page_button.setVisible(here is not None)
        if here is not None:
            text = fill(self.tr("New note on page %1"), str(here + 1))
            self.page_button.setAccessibleName(text)
            self.page_button.setToolTip(text)
        if notes and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self._show_buttons()

    def _row(self, note: Annotation) -> Row:
        anchor = anchor_text(note.page, note.quote)
        title = fill(self.tr("Highlight · %1"), anchor) if note.kind == "highlight" else anchor
        body = " ".join(note.body.split())
        if len(body) > PREVIEW_CHARS:
            body = body[: PREVIEW_CHARS - 1] + "…"
        empty = self.tr("No note yet (F2 to write one)") if note.kind == "highlight" else ""
        lines = [body or empty or self.tr("(no text)")]
        if self.current_page is not None and note.page == self.current_page:
            lines.append(self.tr("On the page you are reading"))
        state = state_text(note.state)
        if state:
            lines.append(state)
        return Row(note.id, title, "\n".join(lines), record=note)

    def _show_buttons(self) -> None:
        chosen = current_row(self.list) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        if not chosen:
            self.confirm_row.setVisible(False)

    def _go_to_note(self) -> None:
        row = current_row(self.list)
        note = row.record if row is not None else None
        if not isinstance(note, Annotation):
            return
        if note.page is not None:
            self.page_requested.emit(note.page)
        elif note.quote.strip():
            self.quote_requested.emit(note.quote)

    # --- writing ------------------------------------------------------------------------

    def add_note(self, page: int | None = None, quote: str = "") -> None:
        """Open the editor for a new note anchored to the document, a page or a passage."""
        self._open_editor(None, page, quote, "")

    def edit_current(self) -> None:
        row = current_row(self.list)
        if row is not None and isinstance(row.record, Annotation):
            note = row.record
            self._open_editor(note, note.page, note.quote, note.body)

    def _open_editor(
        self, note: Annotation | None, page: int | None, quote: str, body: str
    ) -> None:
        if self.document_id is None:
            return
        self.editing, self._anchor = note, (page, quote)
        anchor = anchor_text(page, quote)
        label = self.tr("Edit your note on: %1") if note else self.tr("New note on: %1")
        self.anchor_label.setText(fill(label, anchor))
        self.anchor_label.setAccessibleName(self.anchor_label.text())
        self.editor.setAccessibleDescription(self.anchor_label.text())
        self.editor.setPlainText(body)
        self.confirm_row.setVisible(False)
        set_note(self.error_note, "")
        self.editor_box.setVisible(True)
        came_from = QApplication.focusWidget()
        inside = came_from is not None and self.isAncestorOf(came_from)
        self._came_from = None if inside else came_from
        self.editor.setFocus()

    def save(self) -> None:
        body = self.editor.toPlainText().strip()
        if self.document_id is None or self.editor_box.isHidden():
            return
        if not body:
            set_note(self.error_note, self.tr("Write something first, or press Cancel."))
            self.editor.setFocus()
            return
        note, (page, quote) = self.editing, self._anchor
        try:
            if note is None:
                saved = self._extras.save_annotation(
                    self.document_id, self.version, body, page=page, quote=quote
                )
            else:
                saved = self._extras.save_annotation(
                    note.document_id,
                    note.version,
                    body,
                    kind=note.kind,
                    page=note.page,
                    quote=note.quote,
                    rects=note.rects,
                    color=note.color,
                    annotation_id=note.id,
                )
        except DocumentsError as error:
            set_note(self.error_note, fill(self.tr("Not saved: %1"), refusal_text(error.code)))
            return
        self._close_editor()
        self.refresh()
        self.changed.emit()
        found = self.model.row_of(saved.id)
        if found >= 0:
            self.list.setCurrentIndex(self.model.index(found))
        self.list.setFocus()

    def cancel(self) -> None:
        came_from, self._came_from = self._came_from, None
        self._close_editor()
        if came_from is not None and isValid(came_from) and came_from.isVisible():
            came_from.setFocus()  # opened from the page being read: back to it
        else:
            self._focus_list()

    def _focus_list(self) -> None:
        if not self.list.isHidden():
            self.list.setFocus()
        else:
            self.new_button.setFocus()

    def _close_editor(self) -> None:
        self.editing = None
        self.editor.clear()
        self.editor_box.setVisible(False)
        set_note(self.error_note, "")

    def _ask_delete(self) -> None:
        row = current_row(self.list)
        if row is None:
            return
        self.confirm_label.setText(
            fill(self.tr("Delete your note on %1? It cannot be undone."), row.title)
        )
        self.confirm_label.setAccessibleName(self.confirm_label.text())
        self.confirm_row.setVisible(True)
        self.keep_button.setFocus()

    def _keep(self) -> None:
        self.confirm_row.setVisible(False)
        self.list.setFocus()

    def _delete(self) -> None:
        row = current_row(self.list)
        self.confirm_row.setVisible(False)
        if row is None:
            return
        try:
            self._extras.delete_annotation(row.id)
        except DocumentsError as error:
            set_note(self.error_note, fill(self.tr("Not deleted: %1"), refusal_text(error.code)))
            return
        self.refresh()
        self.changed.emit()
        self._focus_list()
