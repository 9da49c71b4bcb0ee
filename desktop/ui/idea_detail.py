"""The right-hand side of the idea box: one idea, what it is, its status and public answer,
the "Support" button (or, in words, why it is not offered), "Change the status…" for the
secretariat or the committee's chair, its text and comments, and the field to add one.

A refused idea or comment says why; "Send again" and "Give up on it" show when the view was
given the outbox actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.cache.network_records import FAILED, Idea, IdeaComment
from desktop.core.render import render_markdown
from desktop.ui.delegate import RowDelegate
from desktop.ui.formatting import fill, format_moment
from desktop.ui.idea_dialog import form_label, text_field
from desktop.ui.idea_models import (
    idea_info,
    my_part,
    refusal_text,
    state_text,
    status_text,
    support_text,
)
from desktop.ui.reader import DocumentReader
from desktop.ui.votes_widgets import (
    big_button,
    framed_note,
    heading,
    paragraph,
    plain_button,
    set_note,
)


def list_view(name: str) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setItemDelegate(RowDelegate(view))
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return view


def shortcut(widget: QWidget, keys: str, slot: object) -> None:
    """A shortcut active while the focus is anywhere inside ``widget``."""
    found = QShortcut(QKeySequence(keys), widget)
    found.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    found.activated.connect(slot)


def enter_clicks(*buttons: QPushButton) -> None:
    """Enter (as well as Space) presses these buttons when they have the focus."""
    for button in buttons:
        button.setAutoDefault(True)


class IdeaText(DocumentReader):
    """The idea's text and its comments, by the reader's rules (cleaned, nothing fetched)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Text of the idea and its comments"))

    def show_idea(self, idea: Idea, comments: list[IdeaComment]) -> None:
        self.document_id = idea.id
        parts = [render_markdown(idea.body)]
        title = self.tr("Comments (%1)") if comments else self.tr("No comment yet")
        parts.append(f"<h3>{html.escape(fill(title, str(len(comments))))}</h3>")
        for comment in comments:
            meta = fill(self.tr("%1, %2"), comment.author_name, format_moment(comment.posted_at))
            state = state_text(comment.state, comment.failure_code, comment.failure_message)
            if state:
                meta = fill(self.tr("%1 — %2"), meta, state)
            parts.append(f'<p class="meta"><b>{html.escape(meta)}</b></p>')
            parts.append(render_markdown(comment.body))
        self.setHtml("".join(parts))
        self.setAccessibleDescription(idea.title)


class IdeaDetail(QWidget):
    """One idea: what it is, its status and answer, support, moderation, text and comments."""

    support_requested = Signal()
    status_requested = Signal()
    comment_requested = Signal(str)
    retry_requested = Signal(int)
    discard_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idea: Idea | None = None
        self.failed_seq: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        self.title_label = heading("", 5)
        self.info_label = paragraph("")
        self.status_label = paragraph("", 2)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.answer_note = framed_note("", "info")
        self.state_note = framed_note("", "warn")
        self.retry_button = plain_button(self.tr("Send again"))
        self.discard_button = plain_button(self.tr("Give up on it"))
        self.retry_button.clicked.connect(lambda: self._emit_failed(self.retry_requested))
        self.discard_button.clicked.connect(lambda: self._emit_failed(self.discard_requested))
        for widget in (self.title_label, self.info_label, self.status_label, self.answer_note):
            layout.addWidget(widget)
        layout.addWidget(self.state_note)
        failed_row = QHBoxLayout()
        failed_row.addWidget(self.retry_button)
        failed_row.addWidget(self.discard_button)
        failed_row.addStretch(1)
        layout.addLayout(failed_row)
        self.support_button = big_button(self.tr("Support"), self.tr("Support this idea"))
        self.support_button.clicked.connect(self.support_requested.emit)
        self.support_label = paragraph("", 2)
        self.support_reason = paragraph("")
        support_row = QHBoxLayout()
        support_row.addWidget(self.support_button, 1)
        column = QVBoxLayout()
        column.addWidget(self.support_label)
        column.addWidget(self.support_reason)
        support_row.addLayout(column, 2)
        layout.addLayout(support_row)
        self.status_button = plain_button(
            self.tr("Change the status…"),
            self.tr("Change the status and give a public answer"),
        )
        self.status_button.clicked.connect(self.status_requested.emit)
        layout.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.text = IdeaText()
        layout.addWidget(self.text, 1)
        self.comment_edit = text_field(self.tr("Your comment"), 2)
        self.comment_edit.setMaximumHeight(self.comment_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.comment_edit.setPlaceholderText(self.tr("Write a comment (Ctrl+Enter to send)"))
        self.comment_button = plain_button(
            self.tr("Comment"), self.tr("Send the comment"), self.tr("Ctrl+Enter")
        )
        self.comment_button.clicked.connect(self._on_comment_clicked)
        shortcut(self.comment_edit, "Ctrl+Return", self._on_comment_clicked)
        shortcut(self.comment_edit, "Ctrl+Enter", self._on_comment_clicked)
        comment_row = QHBoxLayout()
        comment_row.addWidget(form_label(self.tr("Co&mment:"), self.comment_edit))
        comment_row.addWidget(self.comment_edit, 1)
        comment_row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(comment_row)
        enter_clicks(
            self.retry_button,
            self.discard_button,
            self.support_button,
            self.status_button,
            self.comment_button,
        )
        self.show_idea(None, [], False)

    def _emit_failed(self, signal: SignalInstance) -> None:
        if self.failed_seq is not None:
            signal.emit(self.failed_seq)

    def _on_comment_clicked(self) -> None:
        body = self.comment_edit.toPlainText().strip()
        if body:
            self.comment_requested.emit(body)
        else:
            self.comment_edit.setFocus()

    def show_idea(
        self,
        idea: Idea | None,
        comments: list[IdeaComment],
        can_moderate: bool,
        can_retry: bool = False,
    ) -> None:
        self.idea = idea
        widgets = (
            self.info_label,
            self.status_label,
            self.support_button,
            self.support_label,
            self.support_reason,
            self.comment_edit,
            self.comment_button,
        )
        for widget in widgets:
            widget.setVisible(idea is not None)
        if idea is None:
            self.title_label.setText(self.tr("Choose an idea in the list."))
            for note in (self.answer_note, self.state_note):
                set_note(note, "")
            for button in (self.retry_button, self.discard_button, self.status_button):
                button.setVisible(False)
            self.text.show_placeholder(self.tr("The text of the idea is shown here."))
            return
        self.title_label.setText(idea.title)
        self.title_label.setAccessibleName(idea.title)
        self.info_label.setText(idea_info(idea))
        self.info_label.setAccessibleName(self.info_label.text())
        self.status_label.setText(self._status_sentence(idea))
        self.status_label.setAccessibleName(self.status_label.text())
        answer = fill(self.tr("Answer: %1"), idea.answer) if idea.answer else ""
        set_note(self.answer_note, answer)
        self._show_failure(idea, comments, can_retry)
        self._show_support(idea)
        self.status_button.setVisible(can_moderate and idea.state != FAILED)
        self.text.show_idea(idea, comments)

    def _status_sentence(self, idea: Idea) -> str:
        sentence = fill(self.tr("Status: %1"), status_text(idea.status))
        if idea.status_changed_at is not None:
            when = format_moment(idea.status_changed_at)
            if idea.answered_by_name:
                return fill(self.tr("%1 (%2, by %3)"), sentence, when, idea.answered_by_name)
            return fill(self.tr("%1 (%2)"), sentence, when)
        return sentence

    def _show_failure(self, idea: Idea, comments: list[IdeaComment], can_retry: bool) -> None:
        failed: Idea | IdeaComment | None = idea if idea.state == FAILED else None
        failed = failed or next((c for c in comments if c.state == FAILED), None)
        self.failed_seq = failed.outbox_seq if failed is not None else None
        text = ""
        if failed is not None:
            why = refusal_text(failed.failure_code, failed.failure_message)
            if failed is idea:
                text = fill(self.tr("This idea was not sent: %1"), why)
            else:
                text = fill(self.tr("Your comment was not sent: %1"), why)
        elif idea.state != "sent":
            text = fill(self.tr("This idea: %1"), state_text(idea.state))
        set_note(self.state_note, text)
        retry = can_retry and self.failed_seq is not None
        self.retry_button.setVisible(retry)
        self.discard_button.setVisible(retry)

    def _show_support(self, idea: Idea) -> None:
        self.support_label.setText(support_text(idea.support_count))
        self.support_label.setAccessibleName(self.support_label.text())
        reason = ""
        if idea.mine:
            reason = self.tr("You cannot support your own idea.")
        elif idea.supported_by_me:
            reason = fill(self.tr("%1: you can support an idea only once."), my_part(idea))
        elif idea.state == FAILED:
            reason = self.tr("This idea was not sent.")
        self.support_button.setEnabled(not reason)
        self.support_reason.setText(reason)
        self.support_reason.setVisible(bool(reason))
        self.support_button.setToolTip(reason or self.tr("Support this idea (once)"))
        self.support_button.setAccessibleDescription(reason or self.tr("You can support it once."))

    def focus_action(self) -> None:
        """The first thing to do with the idea gets the focus."""
        if self.support_button.isVisible() and self.support_button.isEnabled():
            self.support_button.setFocus()
        else:
            self.text.setFocus()
