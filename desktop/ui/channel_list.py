"""The channels pane of the Conversations view: the organisation's channel, the committees',
then direct conversations, each with its unread count in words ("5 unread", "@ 2 unread" when
someone mentions the member) and "Muted" written out; a button starts a new conversation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from desktop.cache.network_records import Channel
from desktop.ui.delegate import RowDelegate
from desktop.ui.message_models import ChannelListModel
from desktop.ui.models import IdRole
from desktop.ui.votes_widgets import heading, plain_button


class ChannelPane(QWidget):
    """``list`` and ``model`` are public: the view follows the current channel."""

    def __init__(self, load: Callable[[], list[Channel]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChannelListModel(load, self)
        self.list = QListView()
        self.list.setObjectName("channelList")
        self.list.setAccessibleName(self.tr("Channels and conversations"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(RowDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.new_button = plain_button(
            self.tr("&New conversation…"),
            self.tr("Start a new conversation"),
            self.tr("Start a conversation with one or more people (Ctrl+N)"),
            wrap=True,  # large text: two lines rather than a wider pane
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Conversations"), 2))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)

    def refresh(self) -> None:
        """The channels again; the current one stays chosen even when the order changed."""
        current = self.current_id()
        self.model.refresh()
        if current is not None and self.current_id() != current:
            self.select(current)

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        found = index.data(IdRole) if index.isValid() else None
        return str(found) if found is not None else None

    def current(self) -> Channel | None:
        index = self.list.currentIndex()
        return self.model.channel(index.row()) if index.isValid() else None

    def select(self, channel_id: str) -> bool:
        row = self.model.row_of(channel_id)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True
