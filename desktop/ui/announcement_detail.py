"""The right-hand side of the Announcements view: one announcement, the big "I have read it"
button while it waits for my confirmation (then when I confirmed), its text, and for its
author who has confirmed and who has not, with the reminder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from desktop.cache.network_records import FAILED, SENT, AckStatus, Announcement
from desktop.core.render import render_markdown
from desktop.ui.announcement_models import (
    ack_line,
    acknowledged_text,
    announcement_info,
    waiting_for_me,
)
from desktop.ui.formatting import fill, format_moment
from desktop.ui.idea_detail import enter_clicks
from desktop.ui.idea_models import state_text
from desktop.ui.reader import DocumentReader
from desktop.ui.votes_widgets import (
    big_button,
    enlarge,
    framed_note,
    heading,
    paragraph,
    plain_button,
    set_note,
)


class AnnouncementText(DocumentReader):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Text of the announcement"))

    def show_announcement(self, announcement: Announcement) -> None:
        self.document_id = announcement.id
        self.setHtml(render_markdown(announcement.body) or "<p></p>")
        self.setAccessibleDescription(announcement.title)
        self.verticalScrollBar().setValue(0)


def names_list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    enlarge(widget, 1)
    widget.setSpacing(4)
    widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 4)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return widget


class AcknowledgementsPanel(QWidget):
    """For the author: who has confirmed, who has not, and the reminder."""

    remind_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Read confirmations"), 3))
        self.done_heading = heading("", 1)
        self.waiting_heading = heading("", 1)
        self.done_list = names_list(self.tr("Members who have confirmed"))
        self.waiting_list = names_list(self.tr("Members who have not confirmed yet"))
        lists = QHBoxLayout()
        for title, names in (
            (self.done_heading, self.done_list),
            (self.waiting_heading, self.waiting_list),
        ):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(names, 1)
            lists.addLayout(column, 1)
        layout.addLayout(lists, 1)
        self.reminded_label = paragraph("")
        layout.addWidget(self.reminded_label)
        self.remind_button = plain_button(
            self.tr("Remind those who have not confirmed…"),
            self.tr("Remind those who have not confirmed"),
        )
        self.remind_button.clicked.connect(self.remind_requested.emit)
        enter_clicks(self.remind_button)
        layout.addWidget(self.remind_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_statuses(self, announcement: Announcement, statuses: list[AckStatus]) -> None:
        done = [s for s in statuses if s.acknowledged_at is not None]
        waiting = [s for s in statuses if s.acknowledged_at is None]
        self.pending = len(waiting)
        for names, rows in ((self.done_list, done), (self.waiting_list, waiting)):
            names.clear()
            names.addItems([ack_line(s) for s in rows])
        self.done_heading.setText(self.tr("Confirmed: %n", "", len(done)))
        self.waiting_heading.setText(self.tr("Not confirmed yet: %n", "", len(waiting)))
        for title, names in (
            (self.done_heading, self.done_list),
            (self.waiting_heading, self.waiting_list),
        ):
            title.setAccessibleName(title.text())
            names.setAccessibleDescription(title.text())
        reminded = announcement.reminded_at
        self.reminded_label.setText(
            fill(self.tr("Last reminder sent %1."), format_moment(reminded)) if reminded else ""
        )
        self.reminded_label.setVisible(reminded is not None)
        reason = ""
        if not waiting:
            reason = self.tr("Everyone has confirmed: there is nobody to remind.")
        elif announcement.state != SENT:
            reason = self.tr("The announcement has not been sent yet.")
        self.remind_button.setEnabled(not reason)
        self.remind_button.setToolTip(reason or self.tr("Asks you to confirm first."))
        self.remind_button.setAccessibleDescription(reason or self.tr("Asks you to confirm first."))


class AnnouncementDetail(QWidget):
    acknowledge_requested = Signal()
    retry_requested = Signal(int)
    discard_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.announcement: Announcement | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        self.title_label = heading("", 5)
        self.info_label = paragraph("")
        self.state_note = framed_note("", "warn")
        self.retry_button = plain_button(self.tr("Send again"))
        self.discard_button = plain_button(self.tr("Give up on it"))
        self.retry_button.clicked.connect(lambda: self._emit_seq(self.retry_requested))
        self.discard_button.clicked.connect(lambda: self._emit_seq(self.discard_requested))
        self.ack_button = big_button(
            self.tr("I have read it"),
            self.tr("I have read it: confirm that I have read this announcement"),
            self.tr("One click confirms that you have read it."),
        )
        self.ack_button.clicked.connect(self.acknowledge_requested.emit)
        self.ack_note = framed_note("", "ok")
        enter_clicks(self.retry_button, self.discard_button, self.ack_button)
        for widget in (self.title_label, self.info_label, self.state_note):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.ack_button)
        layout.addWidget(self.ack_note)
        self.text = AnnouncementText()
        layout.addWidget(self.text, 3)
        self.acks = AcknowledgementsPanel()
        layout.addWidget(self.acks, 2)
        self.show_announcement(None, None, False)

    def _emit_seq(self, signal: SignalInstance) -> None:
        if self.announcement is not None and self.announcement.outbox_seq is not None:
            signal.emit(self.announcement.outbox_seq)

    def show_announcement(
        self,
        announcement: Announcement | None,
        statuses: list[AckStatus] | None,
        can_retry: bool,
    ) -> None:
        self.announcement = announcement
        self.info_label.setVisible(announcement is not None)
        if announcement is None:
            self.title_label.setText(self.tr("Choose an announcement in the list."))
            for note in (self.state_note, self.ack_note):
                set_note(note, "")
            for widget in (self.retry_button, self.discard_button, self.ack_button, self.acks):
                widget.setVisible(False)
            self.text.show_placeholder(self.tr("The text of the announcement is shown here."))
            return
        self.title_label.setText(announcement.title)
        self.title_label.setAccessibleName(announcement.title)
        info = announcement_info(announcement)
        self.info_label.setText(info)
        self.info_label.setAccessibleName(info)
        state = state_text(
            announcement.state, announcement.failure_code, announcement.failure_message
        )
        set_note(self.state_note, state)
        failed = announcement.state == FAILED and announcement.outbox_seq is not None
        self.retry_button.setVisible(failed and can_retry)
        self.discard_button.setVisible(failed and can_retry)
        self.ack_button.setVisible(waiting_for_me(announcement) and announcement.state == SENT)
        ack = acknowledged_text(announcement) if announcement.ack_required else ""
        set_note(self.ack_note, ack)
        self.text.show_announcement(announcement)
        self.acks.setVisible(statuses is not None)
        if statuses is not None:
            self.acks.show_statuses(announcement, statuses)
