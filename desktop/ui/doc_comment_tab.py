"""The "Comments" tab of the document side panel: comments on the current version of a document
open for comments, each thread's replies under its first comment; whether comments are open
("Comments open until 15 December") or closed (then no composer); a composer for a comment,
optionally on the page being read, or a reply to the chosen thread (Ctrl+Enter sends). What is
not sent yet says so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop.cache.document_records import DocComment
from desktop.core.documents_api import DocumentExtrasApi, DocumentsError
from desktop.ui.doc_models import Row, RowsModel, current_row
from desktop.ui.doc_notes import note_editor
from desktop.ui.doc_words import anchor_text, comments_state, refusal_text, state_text, written
from desktop.ui.formatting import fill
from desktop.ui.idea_detail import enter_clicks, list_view, shortcut
from desktop.ui.votes_widgets import big_choice, framed_note, paragraph, plain_button, set_note

REPLY_SIGN = "↳ "


def thread_of(comments: list[DocComment], version: int) -> list[DocComment]:
    """The comments on ``version``: each top-level one followed by its replies."""
    tops = [c for c in comments if c.parent_id is None and c.version == version]
    ids = {c.id for c in tops}
    ordered: list[DocComment] = []
    for top in tops:
        ordered.append(top)
        ordered.extend(c for c in comments if c.parent_id == top.id and top.id in ids)
    return ordered


class CommentsTab(QWidget):
    changed = Signal()  # a comment was written (the sync may send it soon)

    def __init__(self, extras: DocumentExtrasApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extras = extras
        self.document_id: str | None = None
        self.version = 0
        self.current_page: int | None = None
        self.open = False
        self.reply_to: DocComment | None = None
        self.state_label = framed_note("", "info")
        self.model = RowsModel(self)
        self.list = list_view(self.tr("Comments on this version"))
        self.list.setModel(self.model)
        self.empty_label = paragraph(self.tr("No comment yet."))
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.reply_button = plain_button(self.tr("&Reply…"), self.tr("Reply to the chosen comment"))
        self.reply_label = paragraph("", 1)
        self.unreply_button = plain_button(
            self.tr("Comment instead"), self.tr("Write a new comment instead of a reply")
        )
        self.editor = note_editor(
            self.tr("Your comment"), self.tr("Write a comment (Ctrl+Enter to send)")
        )
        self.page_box = QCheckBox()
        big_choice(self.page_box)
        self.send_button = plain_button(
            self.tr("&Send"), self.tr("Send the comment"), self.tr("Ctrl+Enter")
        )
        self.error_note = framed_note("", "warn")
        self._build()
        self._connect()
        set_note(self.error_note, "")
        self.show_document(None, 0)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.state_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        self.composer = QWidget()
        box = QVBoxLayout(self.composer)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.reply_button)
        top.addWidget(self.reply_label, 1)
        top.addWidget(self.unreply_button)
        top.addStretch(1)
        box.addLayout(top)
        box.addWidget(self.editor)
        row = QHBoxLayout()
        row.addWidget(self.page_box, 1)
        row.addWidget(self.send_button)
        box.addLayout(row)
        layout.addWidget(self.composer)
        layout.addWidget(self.error_note)
        enter_clicks(self.reply_button, self.unreply_button, self.send_button)

    def _connect(self) -> None:
        self.reply_button.clicked.connect(self.reply_to_current)
        self.unreply_button.clicked.connect(lambda: self._set_reply(None))
        self.send_button.clicked.connect(self.send)
        self.list.activated.connect(lambda _index: self.reply_to_current())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_reply_button())
        shortcut(self.editor, "Ctrl+Return", self.send)
        shortcut(self.editor, "Ctrl+Enter", self.send)

    # --- showing ------------------------------------------------------------------------

    def show_document(self, document_id: str | None, version: int) -> None:
        if document_id != self.document_id:
            self.editor.clear()
            self.reply_to = None
        self.document_id, self.version = document_id, version
        self.refresh()

    def set_current_page(self, page: int | None) -> None:
        self.current_page = page
        self._show_page_box()

    def refresh(self) -> None:
        detail = self._extras.detail(self.document_id) if self.document_id else None
        everything = self._extras.comments(self.document_id) if self.document_id else []
        comments = thread_of(everything, self.version)
        names = {c.id: c.author_name for c in everything}
        self.model.set_rows([self._row(c, names) for c in comments])
        self.open = detail is not None and detail.comments_open
        set_note(self.state_label, comments_state(detail, bool(everything)) if detail else "")
        self.empty_label.setVisible(not comments and self.open)
        self.list.setVisible(bool(comments))
        self.composer.setVisible(self.open)
        if self.reply_to is not None and self.model.row_of(self.reply_to.id) < 0:
            self.reply_to = None
        if comments and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self._set_reply(self.reply_to, focus=False)
        self._show_page_box()
        self._show_reply_button()

    def _row(self, comment: DocComment, names: dict[str, str]) -> Row:
        title = written(comment.author_name, comment.posted_at)
        lines = []
        anchor = anchor_text(comment.page, comment.quote)
        if comment.page is not None or comment.quote.strip():
            lines.append(fill(self.tr("About: %1"), anchor))
        lines.append(comment.body)
        state = state_text(comment.state, comment.failure_code, comment.failure_message)
        if state:
            lines.append(state)
        spoken = [title, *lines]
        if comment.parent_id is not None:
            answered = names.get(comment.parent_id, "")
            title = REPLY_SIGN + fill(self.tr("Reply: %1"), title)
            spoken.insert(0, fill(self.tr("Reply to %1"), answered))
        text = ". ".join(part.replace("\n", " ").rstrip(".") for part in spoken if part) + "."
        return Row(
            comment.id,
            title,
            "\n".join(lines),
            badge=self.tr("Waiting") if comment.state == "waiting" else "",
            spoken=text,
            record=comment,
        )

    def _show_page_box(self) -> None:
        page = self.current_page
        self.page_box.setVisible(page is not None and self.reply_to is None)
        if page is not None:
            self.page_box.setText(fill(self.tr("About page %1"), str(page + 1)))
            self.page_box.setAccessibleName(self.page_box.text().replace("&", ""))

    def _show_reply_button(self) -> None:
        chosen = current_row(self.list) is not None
        shown = self.open and self.reply_to is None and self.model.rowCount() > 0
        self.reply_button.setVisible(shown)
        self.reply_button.setEnabled(chosen)

    # --- writing ------------------------------------------------------------------------

    def reply_to_current(self) -> None:
        row = current_row(self.list)
        if row is None or not self.open or not isinstance(row.record, DocComment):
            return
        comment: DocComment = row.record
        if comment.parent_id is not None:  # a reply answers the thread's first comment
            top = self.model.row(self.model.row_of(comment.parent_id))
            comment = top.record if top is not None else comment
        self._set_reply(comment)

    def _set_reply(self, comment: DocComment | None, focus: bool = True) -> None:
        self.reply_to = comment
        text = fill(self.tr("Reply to %1"), comment.author_name) if comment else ""
        self.reply_label.setText(text)
        self.reply_label.setAccessibleName(text)
        self.reply_label.setVisible(comment is not None)
        self.unreply_button.setVisible(comment is not None)
        self.editor.setAccessibleName(text or self.tr("Your comment"))
        self._show_page_box()
        self._show_reply_button()
        if focus:
            self.editor.setFocus()

    def send(self) -> None:
        body = self.editor.toPlainText().strip()
        if self.document_id is None or not self.open:
            return
        if not body:
            set_note(self.error_note, self.tr("Write your comment first."))
            self.editor.setFocus()
            return
        on_page = not self.page_box.isHidden() and self.page_box.isChecked()
        try:
            sent = self._extras.comment(
                self.document_id,
                body,
                page=self.current_page if on_page else None,
                parent_id=self.reply_to.id if self.reply_to else None,
            )
        except DocumentsError as error:
            set_note(self.error_note, fill(self.tr("Not sent: %1"), refusal_text(error.code)))
            return
        set_note(self.error_note, "")
        self.editor.clear()
        self.page_box.setChecked(False)
        self.reply_to = None
        self.refresh()
        self.changed.emit()
        found = self.model.row_of(sent.id)
        if found >= 0:
            self.list.setCurrentIndex(self.model.index(found))
        self.list.setFocus()
