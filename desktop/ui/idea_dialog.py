"""The idea box's two dialogs: submitting a new idea or request, and (for the secretariat or
a committee's chair) changing an idea's status with a public answer.

Both write to the outbox only (the idea box sends at the next sync), so they close at once; a
refusal the app can see before sending (an empty text) is said in the dialog, in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.network_records import Idea
from desktop.core.network_api import IdeaBoxApi, NetworkError
from desktop.ui.formatting import fill
from desktop.ui.idea_models import STATUSES, refusal_text, status_text
from desktop.ui.votes_widgets import (
    big_button,
    big_choice,
    enlarge,
    framed_note,
    heading,
    paragraph,
    plain_button,
    set_note,
)
from desktop.ui.widgets import scaled_size
from protocol.network import MAX_TITLE

Scopes = list[tuple[str | None, str]]


def text_field(name: str, lines: int = 6) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    enlarge(edit, 1)
    edit.setTabChangesFocus(True)  # Tab leaves the field; the keyboard never gets stuck
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    edit.setAccessibleName(name)
    return edit


def combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setMinimumHeight(40)
    enlarge(box, 1)
    box.setAccessibleName(name)
    return box


def form_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    enlarge(label, 1)
    label.setBuddy(buddy)  # Alt + the underlined letter reaches the field
    return label


def send_shortcut(dialog: QDialog, action: object) -> None:
    """Ctrl+Enter sends from anywhere in the dialog (Enter writes a new line in the text)."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(action)


class NewIdeaDialog(QDialog):
    """Submit an idea or a request to one of my committees or the whole organisation."""

    def __init__(self, ideas: IdeaBoxApi, scopes: Scopes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ideas = ideas
        self.created: Idea | None = None
        self.setObjectName("newIdeaDialog")
        self.setWindowTitle(self.tr("New idea"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("New idea or request")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "The members of the committee you choose (or of the whole organisation) can "
                    "read it, support it and comment on it. The secretariat or the committee's "
                    "chair answers it."
                )
            )
        )
        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.scope_combo = combo(self.tr("Where to submit it"))
        for committee_id, name in scopes:
            self.scope_combo.addItem(name, committee_id)
        form.addRow(form_label(self.tr("&Submit to:"), self.scope_combo), self.scope_combo)
        self.idea_radio = big_choice(QRadioButton(self.tr("An &idea")))
        self.request_radio = big_choice(QRadioButton(self.tr("A &request")))
        self.idea_radio.setAccessibleName(self.tr("An idea: a suggestion to improve things"))
        self.request_radio.setAccessibleName(self.tr("A request: something you ask for"))
        self.idea_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for radio in (self.idea_radio, self.request_radio):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        form.addRow(paragraph(self.tr("It is:")), kinds)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setMinimumHeight(40)
        enlarge(self.title_edit, 1)
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(form_label(self.tr("&Title:"), self.title_edit), self.title_edit)
        self.body_edit = text_field(self.tr("Text of the idea (Markdown)"))
        self.body_edit.setPlaceholderText(self.tr("Explain your idea or your request."))
        form.addRow(form_label(self.tr("Te&xt:"), self.body_edit), self.body_edit)
        layout.addLayout(form, 1)
        self.error_note = framed_note("", "warn")
        self.error_note.setVisible(False)
        layout.addWidget(self.error_note)
        self.submit_button = big_button(
            self.tr("Submit"),
            self.tr("Submit the idea"),
            self.tr("Sent at the next sync (Ctrl+Enter)"),
        )
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel without submitting"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.submit_button, 2)
        layout.addLayout(row)
        send_shortcut(self, self.submit)
        self.title_edit.setFocus()

    @property
    def kind(self) -> str:
        return "request" if self.request_radio.isChecked() else "idea"

    def submit(self) -> None:
        title = self.title_edit.text().strip()
        body = self.body_edit.toPlainText().strip()
        if not title or not body:
            missing = self.title_edit if not title else self.body_edit
            set_note(self.error_note, self.tr("Write a title and a text before submitting."))
            missing.setFocus()
            return
        committee_id = self.scope_combo.currentData()
        try:
            self.created = self._ideas.submit(committee_id, self.kind, title, body)
        except NetworkError as error:
            set_note(
                self.error_note,
                fill(self.tr("Not submitted: %1"), refusal_text(error.code, str(error))),
            )
            return
        self.accept()


class StatusDialog(QDialog):
    """Set an idea's status and the public answer its author and supporters will read."""

    def __init__(self, ideas: IdeaBoxApi, idea: Idea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ideas = ideas
        self.idea = idea
        self.setObjectName("ideaStatusDialog")
        self.setWindowTitle(fill(self.tr("Change the status — %1"), idea.title))
        self.setAccessibleName(self.windowTitle())
        self.resize(scaled_size(self, 680, 520))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(idea.title))
        layout.addWidget(
            paragraph(
                self.tr(
                    "The answer is public: every member who can see the idea reads it. Its "
                    "author and its supporters are told."
                )
            )
        )
        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.status_combo = combo(self.tr("New status"))
        for status in STATUSES:
            self.status_combo.addItem(status_text(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(idea.status)))
        form.addRow(form_label(self.tr("New &status:"), self.status_combo), self.status_combo)
        self.answer_edit = text_field(self.tr("Public answer"))
        self.answer_edit.setPlainText(idea.answer)
        self.answer_edit.setPlaceholderText(self.tr("Say what will happen, and why."))
        form.addRow(form_label(self.tr("Public &answer:"), self.answer_edit), self.answer_edit)
        layout.addLayout(form, 1)
        self.error_note = framed_note("", "warn")
        self.error_note.setVisible(False)
        layout.addWidget(self.error_note)
        self.save_button = big_button(
            self.tr("Change the status"),
            fill(self.tr("Change the status of “%1”"), idea.title),
            self.tr("Sent at the next sync (Ctrl+Enter)"),
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel without changing"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.save_button, 2)
        layout.addLayout(row)
        send_shortcut(self, self.save)
        self.status_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def status(self) -> str:
        return str(self.status_combo.currentData())

    def save(self) -> None:
        try:
            self._ideas.set_status(
                self.idea.id, self.status, self.answer_edit.toPlainText().strip()
            )
        except NetworkError as error:
            set_note(
                self.error_note,
                fill(self.tr("Not changed: %1"), refusal_text(error.code, str(error))),
            )
            return
        self.accept()
