"""What a member can do with a message, by context menu (right click, the Menu key or
Shift+F10) and by keyboard on the message lists: reply in a thread, edit or delete their own,
pin or unpin, copy a link to it, see its earlier versions, and open the links it holds.

Every shortcut is written in the menu and in the tooltips; a disabled action says nothing.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.cache.network_records import FAILED, Message
from desktop.ui.conv_dialogs import ConfirmDelete, EditDialog, HistoryDialog, PinnedDialog
from desktop.ui.conv_words import KNOWN_REASONS, reason_text
from desktop.ui.errors import error_code, log_error, show_error
from desktop.ui.formatting import fill
from desktop.ui.links import link_to
from desktop.ui.message_view import MessageList

if TYPE_CHECKING:
    from desktop.ui.conversations_view import ConversationsView

_MARKDOWN_LINK = re.compile(r"\[([^\]]{1,200})\]\(([^)\s]{1,400})\)")


def message_links(message: Message) -> list[tuple[str, str]]:
    """(text, target) of each link in a message, in order, without repeats."""
    seen: list[tuple[str, str]] = []
    for text, target in _MARKDOWN_LINK.findall(message.body):
        if (text, target) not in seen:
            seen.append((text, target))
    return seen


def show_conversation_error(parent: QWidget | None, error: BaseException) -> None:
    """Why a conversation action was not done, in words (one dialog); the log gets the code."""
    code = error_code(error)
    if code not in KNOWN_REASONS:
        show_error(parent, error)
        return
    log_error(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_Q.translate("Conversations", "Quorum — conversations"))
    summary = fill(_Q.translate("Conversations", "This was not done: %1."), reason_text(code))
    box.setText(summary)
    box.setInformativeText(
        _Q.translate("Conversations", "Sync to see the latest messages, then try again.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setAccessibleName(
        _Q.translate("Conversations", "Close this message")
    )
    box.setAccessibleName(summary)
    try:
        box.exec()
    finally:
        box.deleteLater()


class MessageActions(QObject):
    """The actions on the chosen message of the channel's list or of the thread's."""

    def __init__(self, view: ConversationsView) -> None:
        super().__init__(view)
        self.view = view
        self.menu: QMenu | None = None
        self._list: MessageList = view.list
        seq = QKeySequence
        self.reply = self._action(self.tr("&Reply in a thread"), "Ctrl+Shift+R", self.reply_to)
        self.edit = self._action(self.tr("&Edit my message…"), "Ctrl+E", self.edit_message)
        self.delete = self._action(
            self.tr("&Delete my message…"), seq(Qt.Key.Key_Delete), self.delete_message
        )
        self.pin = self._action(self.tr("&Pin the message"), "Ctrl+Shift+P", self.toggle_pin)
        self.copy_link = self._action(self.tr("&Copy a link to it"), "Ctrl+Shift+C", self.copy)
        self.history = self._action(self.tr("See earlier &versions…"), "Ctrl+H", self.show_history)
        self.open_menu = self._action(self.tr("Actions on the message…"), "Shift+F10", self.popup)
        self.on_message = [
            self.reply,
            self.edit,
            self.delete,
            self.pin,
            self.copy_link,
            self.history,
        ]
        for message_list in (view.list, view.thread_panel.list):
            for action in [*self.on_message, self.open_menu]:
                message_list.addAction(action)
            message_list.customContextMenuRequested.connect(
                lambda pos, ml=message_list: self.popup_at(ml, pos)
            )
        self.new_conversation = self._view_action(
            self.tr("&New conversation…"), "Ctrl+N", view.new_conversation
        )
        self.mute = self._view_action(self.tr("M&ute or unmute"), "Ctrl+Shift+M", view.toggle_mute)

    def _action(self, text: str, keys: str | QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({sequence.toString()})")
        action.triggered.connect(lambda _checked=False: self._run(slot))
        return action

    def _view_action(self, text: str, keys: str, slot: object) -> QAction:
        action = self._action(text, keys, slot)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(action)
        return action

    def _run(self, slot: object) -> None:
        focused = QGuiApplication.focusObject()
        if focused is self.view.thread_panel.list:
            self._list = self.view.thread_panel.list
        elif focused is self.view.list:
            self._list = self.view.list
        assert callable(slot)
        slot()

    def current(self) -> Message | None:
        return self._list.current_message()

    # --- the menu --------------------------------------------------------------------------

    def build_menu(self, message_list: MessageList) -> QMenu:
        """The menu for the chosen message of ``message_list`` (shown by ``popup``)."""
        self._list = message_list
        message = self.current()
        menu = QMenu(message_list)
        menu.setAccessibleName(self.tr("Actions on the message"))
        if message is None:
            return menu
        sent_or_waiting = message.state != FAILED and not message.deleted
        in_thread = message_list is self.view.thread_panel.list
        self.reply.setEnabled(sent_or_waiting and (not in_thread or message.thread_root_id is None))
        self.reply.setVisible(not in_thread)
        self.edit.setEnabled(message.mine and sent_or_waiting)
        self.delete.setEnabled(message.mine and sent_or_waiting)
        self.pin.setText(
            self.tr("Un&pin the message") if message.pinned else self.tr("&Pin the message")
        )
        self.pin.setEnabled(sent_or_waiting and message.number > 0)
        self.copy_link.setEnabled(message.number > 0)
        self.history.setEnabled(bool(message.history) and not message.deleted)
        menu.addActions(self.on_message)
        links = message_links(message) if not message.deleted else []
        if links:
            menu.addSeparator()
        for text, target in links[:10]:
            link_action = QAction(fill(self.tr("Open the link “%1”"), text), menu)
            link_action.triggered.connect(partial(self.view.open_link, target))
            menu.addAction(link_action)
        if message.state == FAILED:
            menu.addSeparator()
            menu.addAction(self.tr("Retry sending"), lambda: self.view.retry_button.click())
            menu.addAction(self.tr("Discard it"), lambda: self.view.discard_button.click())
        self.menu = menu
        return menu

    def popup(self) -> None:
        rect = self._list.visualRect(self._list.currentIndex())
        self.popup_at(self._list, rect.center() if rect.isValid() else QPoint(8, 8))

    def popup_at(self, message_list: MessageList, pos: QPoint) -> None:
        menu = self.build_menu(message_list)
        try:
            menu.exec(message_list.viewport().mapToGlobal(pos))
        finally:
            self.menu = None
            menu.deleteLater()

    # --- each action -----------------------------------------------------------------------

    def reply_to(self) -> None:
        message = self.current()
        if message is None or message.deleted or message.state == FAILED:
            return
        self.view.open_thread(message.thread_root_id or message.id)

    def edit_message(self) -> None:
        message = self.current()
        if message is None or not message.mine or message.deleted or message.state == FAILED:
            return
        dialog = EditDialog(message, self.view.mention_choices, self.view.link_choices, self.view)
        try:
            if not dialog.exec() or dialog.body == message.body:
                return
            body = dialog.body
        finally:
            dialog.deleteLater()
        conversations, message_id = self.view.conversations, message.id
        self.view.write(lambda: conversations.edit(message_id, body))

    def delete_message(self) -> None:
        message = self.current()
        if message is None or not message.mine or message.deleted or message.state == FAILED:
            return
        if not ConfirmDelete(message, self.view).confirmed():
            return
        conversations, message_id = self.view.conversations, message.id
        self.view.write(lambda: conversations.delete(message_id))

    def toggle_pin(self) -> None:
        message = self.current()
        if message is None or message.deleted or message.number <= 0:
            return
        conversations, message_id, pinned = self.view.conversations, message.id, not message.pinned
        self.view.write(lambda: conversations.pin(message_id, pinned))

    def copy(self) -> None:
        message = self.current()
        if message is not None and message.number > 0:
            QGuiApplication.clipboard().setText(link_to("message", message.id))

    def show_history(self) -> None:
        message = self.current()
        if message is None or not message.history:
            return
        dialog = HistoryDialog(message, self.view)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_pinned(self) -> None:
        channel = self.view.channel()
        if channel is None:
            return
        dialog = PinnedDialog(channel.title, self.view.conversations.pinned(channel.id), self.view)
        try:
            chosen = dialog.chosen_id if dialog.exec() else None
        finally:
            dialog.deleteLater()
        if chosen is not None:
            self.view.select_message(chosen)
