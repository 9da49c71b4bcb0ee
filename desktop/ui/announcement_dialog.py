"""Posting an announcement (members with an announcer role), and confirming a reminder to
those who have not acknowledged one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.network_records import Announcement
from desktop.core.network_api import AnnouncementsApi, NetworkError
from desktop.ui.formatting import fill
from desktop.ui.idea_dialog import Scopes, combo, form_label, send_shortcut, text_field
from desktop.ui.idea_models import refusal_text
from desktop.ui.votes_widgets import (
    big_button,
    big_choice,
    enlarge,
    framed_note,
    heading,
    plain_button,
    set_note,
)
from desktop.ui.votes_words import plural
from protocol.network import MAX_TITLE


class NewAnnouncementDialog(QDialog):
    """Announce something to the organisation or one of my committees, optionally asking
    everyone to acknowledge it."""

    def __init__(
        self, announcements: AnnouncementsApi, scopes: Scopes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._announcements = announcements
        self.created: Announcement | None = None
        self.setObjectName("newAnnouncementDialog")
        self.setWindowTitle(self.tr("New announcement"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("New announcement")))
        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.scope_combo = combo(self.tr("Who it is for"))
        for committee_id, name in scopes:
            self.scope_combo.addItem(name, committee_id)
        form.addRow(form_label(self.tr("&For:"), self.scope_combo), self.scope_combo)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setMinimumHeight(40)
        enlarge(self.title_edit, 1)
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(form_label(self.tr("&Title:"), self.title_edit), self.title_edit)
        self.body_edit = text_field(self.tr("Text of the announcement (Markdown)"), 8)
        form.addRow(form_label(self.tr("Te&xt:"), self.body_edit), self.body_edit)
        layout.addLayout(form, 1)
        self.ack_check = big_choice(QCheckBox(self.tr("Ask for a read &confirmation")))
        self.ack_check.setAccessibleName(self.tr("Ask for a read confirmation"))
        self.ack_check.setAccessibleDescription(
            self.tr("Everyone it is for is asked to confirm they have read it; you see who has.")
        )
        layout.addWidget(self.ack_check)
        self.error_note = framed_note("", "warn")
        self.error_note.setVisible(False)
        layout.addWidget(self.error_note)
        self.post_button = big_button(
            self.tr("Post"),
            self.tr("Post the announcement"),
            self.tr("Sent at the next sync (Ctrl+Enter)"),
        )
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.post)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel without posting"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.post_button, 2)
        layout.addLayout(row)
        send_shortcut(self, self.post)
        self.title_edit.setFocus()

    def post(self) -> None:
        title = self.title_edit.text().strip()
        body = self.body_edit.toPlainText().strip()
        if not title or not body:
            set_note(self.error_note, self.tr("Write a title and a text before posting."))
            (self.title_edit if not title else self.body_edit).setFocus()
            return
        try:
            self.created = self._announcements.post(
                self.scope_combo.currentData(), title, body, self.ack_check.isChecked()
            )
        except NetworkError as error:
            set_note(
                self.error_note,
                fill(self.tr("Not posted: %1"), refusal_text(error.code, str(error))),
            )
            return
        self.accept()


class ConfirmRemind(QMessageBox):
    """Says whom the reminder goes to before it is sent."""

    def __init__(self, title: str, pending: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Remind"))
        sentence = fill(
            plural(
                self.tr("Remind the %n member(s) who have not confirmed “%1”?", "", pending),
                pending,
            ),
            title,
        )
        self.setText(sentence)
        self.setInformativeText(self.tr("They are notified again."))
        self.remind_button = self.addButton(
            self.tr("Yes, remind them"), QMessageBox.ButtonRole.AcceptRole
        )
        self.back_button = self.addButton(self.tr("No, go back"), QMessageBox.ButtonRole.RejectRole)
        self.remind_button.setAccessibleName(self.tr("Yes, remind them"))
        self.back_button.setAccessibleName(self.tr("No, go back without reminding"))
        for button in (self.remind_button, self.back_button):
            button.setMinimumHeight(44)
            enlarge(button, 1, bold=True)
        self.setDefaultButton(self.remind_button)
        self.setEscapeButton(self.back_button)
        self.setAccessibleName(sentence)

    def confirmed(self) -> bool:
        self.exec()
        return self.clickedButton() is self.remind_button
