"""The Conversations view: channels on the left, the chosen channel's messages and the
composer in the middle, a thread on the right when one is open.

Reads happen on the UI thread (the cache allows it); every write (a message, an edit, the read
point, a mute) goes to the runner, then ``on_local_change`` asks the sync to send what was
queued. A channel shown is a channel read (``mark_read``), also when a sync brings new messages
to the channel on screen. The message actions (reply, edit, delete, pin, copy link, history)
live in ``desktop.ui.conv_actions``: by context menu and by keyboard; the header, and the
composer closed in a committee the member has left, in ``desktop.ui.conv_header``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from desktop.cache.network_records import FAILED, Channel, Message
from desktop.core.library import Library
from desktop.core.network_api import ConversationsApi
from desktop.ui.channel_list import ChannelPane
from desktop.ui.composer import Composer
from desktop.ui.conv_actions import MessageActions, show_conversation_error
from desktop.ui.conv_header import update_header
from desktop.ui.conv_pickers import Choice, mention_choice
from desktop.ui.conv_thread import PaneScroll, ThreadPanel
from desktop.ui.conv_words import reason_text
from desktop.ui.conversation_dialog import NewConversationDialog
from desktop.ui.events import AppEvents
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.formatting import fill
from desktop.ui.message_models import MessageListModel
from desktop.ui.message_view import MessageList
from desktop.ui.runner import Runner
from desktop.ui.votes_widgets import framed_note, heading, paragraph, plain_button, set_note


class ConversationsView(QWidget):
    """Everything about conversations, in one view of the main window."""

    def __init__(
        self,
        conversations: ConversationsApi,
        library: Library,
        runner: Runner,
        events: AppEvents,
        *,
        on_local_change: Callable[[], None] | None = None,
        link_choices: Callable[[], list[Choice]] | None = None,
        open_link: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conversations = conversations
        self.library = library
        self.runner = runner
        self._on_local_change = on_local_change or (lambda: None)
        self._link_choices = link_choices or list
        self.open_link = open_link or (lambda _url: None)
        self.channel_id: str | None = None
        self.setObjectName("conversationsView")
        self.channels = ChannelPane(conversations.channels, self)
        self.title_label = heading("", 4)
        self.info_label = paragraph("")
        self.mute_button = plain_button(self.tr("M&ute this channel"), wrap=True)
        self.pinned_button = plain_button(self.tr("&Pinned messages…"), wrap=True)
        self.model = MessageListModel(None, self)
        self.list = MessageList(self.tr("Messages"), self)
        self.list.setModel(self.model)
        self.empty_label = paragraph(self.tr("No message here yet. Write the first one below."))
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.failure_note = framed_note("", "warn")
        self.retry_button = plain_button(self.tr("&Retry"), self.tr("Send the message again"))
        self.discard_button = plain_button(
            self.tr("&Discard"), self.tr("Give up on the message that failed")
        )
        self.left_note = framed_note("", "info")  # a committee left: no more writing there
        self.composer = Composer(
            self.tr("Write a message in this channel"), self.mention_choices, self.link_choices
        )
        self.thread_panel = ThreadPanel(self.mention_choices, self.link_choices, self)
        self.message_actions = MessageActions(self)
        self._build()
        self._connect(events)
        self.refresh()
        self.channels.list.setCurrentIndex(self.channels.model.index(0))

    def _build(self) -> None:
        # The channel's name on its own line (the whole width: it wraps only when it must),
        # then what it is, with the channel's buttons beside it.
        header = QVBoxLayout()
        header.addWidget(self.title_label)
        below = FlowLayout(spacing=8)  # large text: the buttons go under the words
        below.add_widget(self.info_label, stretch=1)
        below.add_widget(self.pinned_button)
        below.add_widget(self.mute_button)
        header.addLayout(below)
        failure = QHBoxLayout()
        failure.addWidget(self.failure_note, 1)
        failure.addWidget(self.retry_button)
        failure.addWidget(self.discard_button)
        self.failure_bar = QWidget()
        self.failure_bar.setLayout(failure)
        failure.setContentsMargins(0, 0, 0, 0)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addLayout(header)
        column.addWidget(self.empty_label)
        column.addWidget(self.list, 3)
        column.addWidget(self.failure_bar)
        column.addWidget(self.left_note)
        column.addWidget(self.composer, 1)
        self.thread_panel.setVisible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.channels)
        self.splitter.addWidget(PaneScroll(middle))  # large text: scrolls, the window fits
        self.splitter.addWidget(self.thread_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([300, 640, 420])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        order = [
            self.channels.list,
            self.channels.new_button,
            self.pinned_button,
            self.mute_button,
            self.list,
            self.empty_label,
            self.retry_button,
            self.discard_button,
            self.left_note,
            self.composer.editor,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self, events: AppEvents) -> None:
        events.documents_changed.connect(self._on_events_documents_changed)
        self.channels.list.selectionModel().currentChanged.connect(self._on_channel_current_changed)
        self.channels.list.activated.connect(lambda _index: self.focus_messages())
        self.channels.new_button.clicked.connect(self.new_conversation)
        self.mute_button.clicked.connect(self.toggle_mute)
        self.pinned_button.clicked.connect(self.message_actions.show_pinned)
        self.retry_button.clicked.connect(lambda: self._outbox_action(retry=True))
        self.discard_button.clicked.connect(lambda: self._outbox_action(retry=False))
        self.composer.send_requested.connect(self._on_composer_send_requested)
        self.thread_panel.reply_requested.connect(self._on_thread_reply_requested)
        self.thread_panel.closed.connect(self.focus_messages)
        for view in (self.list, self.thread_panel.list):
            view.link_clicked.connect(self.open_link)
        self.list.activated.connect(self._on_list_activated)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """The cache changed: channels, messages, the thread and the header follow."""
        self.channels.refresh()
        self._refresh_messages()
        self.thread_panel.refresh()
        self._update_header()

    def _refresh_messages(self) -> None:
        current = self.list.current_message()
        rows = self.model.rowCount()
        # Reading at the end of the conversation: follow what arrives, as any chat does;
        # reading further up: stay there.
        following = rows == 0 or self.list.currentIndex().row() == rows - 1
        self.model.refresh()
        self.list.relayout()
        if following and self.model.rowCount() > rows and rows > 0:
            self.list.select_last()
        elif current is not None:
            self.list.select_message(current.id)
        has_rows = self.model.rowCount() > 0
        self.list.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows and self.channel_id is not None)
        self._update_failure()

    def channel(self) -> Channel | None:
        return self.conversations.channel(self.channel_id) if self.channel_id else None

    def show_channel(self, channel_id: str) -> None:
        """Show a channel's messages (choosing it in the list) and mark it read."""
        if self.channels.current_id() != channel_id and self.channels.select(channel_id):
            return  # the list's current change comes back here
        if channel_id != self.channel_id:
            self.channel_id = channel_id
            conversations = self.conversations
            self.model.set_loader(lambda: conversations.messages(channel_id))
            if self.thread_panel.isVisible():
                self.thread_panel.close_thread(notify=False)
            self.composer.clear()
        self._refresh_messages()
        self._select_first_unread()
        self._update_header()
        if self.isVisible():  # shown to the member: read (else when the view is shown)
            self.mark_read()

    def _select_first_unread(self) -> None:
        for message in self.model.messages():
            if message.unread:
                self.list.select_message(message.id)
                return
        self.list.select_last()

    def _update_header(self) -> None:
        update_header(self)

    def _failed(self) -> Message | None:
        messages = self.model.messages()
        if self.thread_panel.isVisible():
            messages += self.thread_panel.model.messages()
        return next((m for m in messages if m.state == FAILED), None)

    def _update_failure(self) -> None:
        failed = self._failed()
        self.failure_bar.setVisible(failed is not None)
        if failed is not None:
            reason = reason_text(failed.failure_code, failed.failure_message)
            set_note(self.failure_note, fill(self.tr("A message could not be sent: %1."), reason))

    def focus_first(self) -> None:
        if not self.channels.list.currentIndex().isValid():
            self.channels.list.setCurrentIndex(self.channels.model.index(0))
        self.channels.list.setFocus()

    def focus_messages(self) -> None:
        if self.model.rowCount():
            if not self.list.currentIndex().isValid():
                self.list.select_last()
            self.list.setFocus()
        else:
            self.composer.focus_editor()

    def select_message(self, message_id: str) -> bool:
        """Show the message (its channel, its thread when it is a reply) and choose it."""
        message = self.conversations.message(message_id)
        if message is None:
            return False
        self.show_channel(message.channel_id)
        if message.thread_root_id:
            self.list.select_message(message.thread_root_id)
            self.open_thread(message.thread_root_id)
            self.thread_panel.list.select_message(message.id)
            self.thread_panel.list.setFocus()
            return True
        self.list.select_message(message.id)
        self.list.setFocus()
        return True

    def open_thread(self, root_id: str) -> None:
        self.thread_panel.open_thread(root_id, self.conversations.thread)
        self._update_failure()
        self.thread_panel.composer.focus_editor()

    def _on_channel_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        channel = self.channels.model.channel(current.row()) if current.isValid() else None
        if channel is not None:
            self.show_channel(channel.id)

    def _on_list_activated(self, _index: QModelIndex) -> None:
        message = self.list.current_message()
        if message is not None and not message.deleted and message.state != FAILED:
            self.open_thread(message.id)

    def _on_events_documents_changed(self) -> None:
        self.refresh()
        channel = self.channel()
        if channel is not None and channel.unread and self.isVisible():
            self.mark_read()

    # --- choices for the composer ------------------------------------------------------------

    def mention_choices(self) -> list[Choice]:
        people = [
            mention_choice("member", p.id, p.name, p.title or self.tr("Member"))
            for p in self.conversations.people()
        ]
        committees = [
            mention_choice("committee", c.id, c.name, self.tr("Whole committee"))
            for c in self.library.committees()
        ]
        return people + committees

    def link_choices(self) -> list[Choice]:
        return self._link_choices()

    # --- writing -----------------------------------------------------------------------------

    def write(self, fn: Callable[[], Any], then: Callable[[Any], object] | None = None) -> None:
        """Queue a change in the worker; then refresh and let the sync send it."""

        def done(result: Any) -> None:
            self._on_local_change()
            self.refresh()
            if then is not None:
                then(result)

        self.runner.run(fn, on_done=done, on_error=lambda e: show_conversation_error(self, e))

    def mark_read(self) -> None:
        channel = self.channel()
        if channel is None or not channel.unread:
            return
        conversations, channel_id = self.conversations, channel.id

        def done(_none: object) -> None:
            self._on_local_change()
            self.channels.refresh()

        self.runner.run(
            lambda: conversations.mark_read(channel_id),
            on_done=done,
            on_error=lambda e: show_conversation_error(self, e),
        )

    def _on_composer_send_requested(self, body: str) -> None:
        if self.channel_id is None:
            return
        conversations, channel_id = self.conversations, self.channel_id
        self.composer.clear()
        self.write(
            lambda: conversations.post(channel_id, body),
            then=lambda message: self.list.select_message(message.id),
        )
        self.composer.focus_editor()

    def _on_thread_reply_requested(self, root_id: str, body: str) -> None:
        if self.channel_id is None:
            return
        conversations, channel_id = self.conversations, self.channel_id
        self.thread_panel.composer.clear()
        self.write(
            lambda: conversations.post(channel_id, body, thread_root_id=root_id),
            then=lambda message: self.thread_panel.list.select_message(message.id),
        )
        self.thread_panel.composer.focus_editor()

    def toggle_mute(self) -> None:
        channel = self.channel()
        if channel is None or not self.mute_button.isEnabled():
            return
        conversations, channel_id, muted = self.conversations, channel.id, not channel.muted
        self.write(lambda: conversations.set_muted(channel_id, muted))

    def new_conversation(self) -> None:
        dialog = NewConversationDialog(self.conversations.people(), self)
        try:
            if not dialog.exec() or not dialog.member_ids:
                return
            member_ids, title = dialog.member_ids, dialog.title
        finally:
            dialog.deleteLater()
        conversations = self.conversations

        def opened(channel: Channel) -> None:
            self.show_channel(channel.id)
            self.composer.focus_editor()

        self.write(lambda: conversations.start_conversation(member_ids, title), then=opened)

    def _outbox_action(self, retry: bool) -> None:
        failed = self._failed()
        if failed is None or failed.outbox_seq is None:
            return
        conversations, seq = self.conversations, failed.outbox_seq
        if retry:
            self.write(lambda: conversations.retry(seq))
        else:
            self.write(lambda: conversations.discard(seq))
        self.focus_messages()
