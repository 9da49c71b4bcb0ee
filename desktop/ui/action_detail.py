"""The right-hand side of My actions: one action, its committee, who is in charge, when it is
due (and, in words, that it is late), its status, its description and comments; then changing
its status with an optional comment, or only commenting. What is waiting to be sent, or was
refused, says so."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.cache.document_records import Action
from desktop.core.render import render_markdown
from desktop.ui.action_models import (
    STATUSES,
    due_words,
    late_words,
    state_text,
    status_text,
)
from desktop.ui.formatting import fill, format_date, format_moment
from desktop.ui.idea_detail import enter_clicks, shortcut
from desktop.ui.idea_dialog import combo, form_label, text_field
from desktop.ui.reader import DocumentReader
from desktop.ui.votes_widgets import framed_note, heading, paragraph, plain_button, set_note


class ActionText(DocumentReader):
    """The action's description and its comments, by the reader's rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Description of the action and its comments"))

    def show_action(self, action: Action) -> None:
        self.document_id = action.id
        parts = []
        if action.description.strip():
            parts.append(render_markdown(action.description))
        else:
            parts.append(f'<p class="meta">{html.escape(self.tr("No description."))}</p>')
        count = len(action.comments)
        title = self.tr("Comments (%1)") if count else self.tr("No comment yet")
        parts.append(f"<h3>{html.escape(fill(title, str(count)))}</h3>")
        for comment in action.comments:
            meta = fill(self.tr("%1, %2"), comment.author_name, format_moment(comment.posted_at))
            if comment.status:
                meta = fill(self.tr("%1 — status set to %2"), meta, status_text(comment.status))
            state = state_text(comment.state)
            if state:
                meta = fill(self.tr("%1 — %2"), meta, state)
            parts.append(f'<p class="meta"><b>{html.escape(meta)}</b></p>')
            if comment.body.strip():
                parts.append(render_markdown(comment.body))
        self.setHtml("".join(parts))
        self.setAccessibleDescription(action.title)


class ActionDetail(QWidget):
    """One action; ``status_requested(status, comment)`` and ``comment_requested(body)``."""

    status_requested = Signal(str, str)
    comment_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action: Action | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        self.title_label = heading("", 5)
        self.info_label = paragraph("")
        self.people_label = paragraph("")
        self.status_label = paragraph("", 2)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.late_note = framed_note("", "warn")
        self.state_note = framed_note("", "info")
        for widget in (
            self.title_label,
            self.info_label,
            self.people_label,
            self.status_label,
            self.late_note,
            self.state_note,
        ):
            layout.addWidget(widget)
        self.text = ActionText()
        layout.addWidget(self.text, 1)
        self.status_combo = combo(self.tr("New status"))
        for status in STATUSES:
            self.status_combo.addItem(status_text(status), status)
        self.comment_edit = text_field(self.tr("Your comment (optional with a new status)"), 2)
        self.comment_edit.setMaximumHeight(self.comment_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.comment_edit.setPlaceholderText(
            self.tr("A comment, optional when you change the status (Ctrl+Enter to send)")
        )
        self.status_button = plain_button(
            self.tr("Change the status"),
            self.tr("Change the status of the action"),
            self.tr("With the comment, if you wrote one; sent at the next sync"),
        )
        self.comment_button = plain_button(
            self.tr("Comment"), self.tr("Send the comment"), self.tr("Ctrl+Enter")
        )
        self.status_button.clicked.connect(self._on_status_clicked)
        self.comment_button.clicked.connect(self._on_comment_clicked)
        shortcut(self.comment_edit, "Ctrl+Return", self._on_comment_clicked)
        shortcut(self.comment_edit, "Ctrl+Enter", self._on_comment_clicked)
        status_row = QHBoxLayout()
        status_row.addWidget(form_label(self.tr("New &status:"), self.status_combo))
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(self.status_button)
        layout.addLayout(status_row)
        comment_row = QHBoxLayout()
        comment_row.addWidget(form_label(self.tr("Co&mment:"), self.comment_edit))
        comment_row.addWidget(self.comment_edit, 1)
        comment_row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(comment_row)
        self.error_note = framed_note("", "warn")
        layout.addWidget(self.error_note)
        enter_clicks(self.status_button, self.comment_button)
        QWidget.setTabOrder(self.status_combo, self.status_button)
        QWidget.setTabOrder(self.status_button, self.comment_edit)
        QWidget.setTabOrder(self.comment_edit, self.comment_button)
        self.show_action(None)

    def show_action(self, action: Action | None) -> None:
        changed = action is None or self.action is None or self.action.id != action.id
        self.action = action
        editing = (
            self.status_combo,
            self.status_button,
            self.comment_edit,
            self.comment_button,
            self.info_label,
            self.people_label,
            self.status_label,
            self.text,
        )
        for widget in editing:
            widget.setVisible(action is not None)
        if changed:
            set_note(self.error_note, "")
        if action is None:
            self.title_label.setText(self.tr("Choose an action in the list."))
            self.title_label.setAccessibleName(self.title_label.text())
            set_note(self.late_note, "")
            set_note(self.state_note, "")
            return
        self._say(self.title_label, action.title)
        info = fill(
            self.tr("%1 · decided on %2 · by %3"),
            action.committee_name,
            format_date(action.created_at),
            action.created_by_name or self.tr("the secretariat"),
        )
        self._say(self.info_label, info)
        people = ", ".join(action.assignee_names) or self.tr("nobody yet")
        self._say(self.people_label, fill(self.tr("In charge: %1"), people))
        status = fill(
            self.tr("Status: %1 · %2"), status_text(action.status), due_words(action.due_on)
        )
        self._say(self.status_label, status)
        late = late_words(action)
        set_note(self.late_note, fill(self.tr("⚠ %1"), late) if late else "")
        state = state_text(action.state, action.failure_code, action.failure_message)
        set_note(self.state_note, fill(self.tr("Your change: %1"), state) if state else "")
        if changed:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(action.status)))
        self.text.show_action(action)

    @staticmethod
    def _say(label: QWidget, text: str) -> None:
        label.setText(text)  # type: ignore[attr-defined]
        label.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        set_note(self.error_note, text)

    def _on_status_clicked(self) -> None:
        status = self.status_combo.currentData()
        if self.action is not None and isinstance(status, str):
            self.status_requested.emit(status, self.comment_edit.toPlainText().strip())

    def _on_comment_clicked(self) -> None:
        body = self.comment_edit.toPlainText().strip()
        if body:
            self.comment_requested.emit(body)
        else:
            self.comment_edit.setFocus()

    def focus_action(self) -> None:
        self.status_combo.setFocus()
