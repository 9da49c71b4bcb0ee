"""Item models of the Conversations view: the channels, and the messages of a channel, a
thread or the pinned list.

Rows carry the record itself (``RecordRole``) for the message delegate, the usual roles of the
list delegate (title, subtitle, text badge) and an ``AccessibleTextRole`` that says everything in
one sentence. A message's Markdown is rendered once (``HtmlRole``), cleaned by
``desktop.core.render``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextDocumentFragment

from desktop.cache.network_records import Channel, Message
from desktop.core.render import render_markdown
from desktop.ui.conv_words import (
    badge_text,
    channel_sentence,
    channel_subtitle,
    channel_title,
    message_sentence,
)
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole, UnreadRole, _bold, _RowsModel

Index = Any

#: The record behind a row (a ``Channel`` or a ``Message``).
RecordRole = Qt.ItemDataRole.UserRole + 10
#: A message body as safe HTML.
HtmlRole = Qt.ItemDataRole.UserRole + 11


def body_html(body: str) -> str:
    return render_markdown(body) if body.strip() else ""


def plain_text(html: str) -> str:
    return QTextDocumentFragment.fromHtml(html).toPlainText().strip()


class ChannelListModel(_RowsModel):
    """The organisation's channel, the committees', then direct conversations."""

    def __init__(self, load: Callable[[], list[Channel]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self.refresh()

    def refresh(self) -> None:
        self._replace(self._load())

    def channel(self, row: int) -> Channel | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        channel: Channel | None = self._at(index)
        if channel is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return channel_title(channel)
        if role == IdRole:
            return channel.id
        if role == RecordRole:
            return channel
        if role == SubtitleRole:
            return channel_subtitle(channel)
        if role == BadgeRole:
            return badge_text(channel)
        if role == UnreadRole:
            return channel.unread > 0
        if role == Qt.ItemDataRole.FontRole and channel.unread:
            return _bold()
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return channel_sentence(channel)
        return None


class MessageListModel(_RowsModel):
    """Messages from ``load`` (a channel's top-level ones, a thread, or the pinned ones)."""

    def __init__(
        self, load: Callable[[], list[Message]] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._html: dict[tuple[str, str], str] = {}
        self.refresh()

    def set_loader(self, load: Callable[[], list[Message]] | None) -> None:
        if load is not self._load:
            self._load = load
            self._replace([])
        self.refresh()

    def refresh(self) -> None:
        self._replace(self._load() if self._load is not None else [])

    def message(self, row: int) -> Message | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def messages(self) -> list[Message]:
        return list(self._rows)

    def html(self, message: Message) -> str:
        key = (message.id, message.body)
        if key not in self._html:
            self._html[key] = body_html(message.body)
        return self._html[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        message: Message | None = self._at(index)
        if message is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_text(self.html(message))
        if role == IdRole:
            return message.id
        if role == RecordRole:
            return message
        if role == HtmlRole:
            return self.html(message)
        if role == UnreadRole:
            return message.unread
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return message_sentence(message, plain_text(self.html(message)))
        return None
