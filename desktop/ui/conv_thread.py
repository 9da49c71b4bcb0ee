"""The thread panel: a message and its replies, with a composer to answer in the thread.
Escape (or "Close the thread") closes it and gives the focus back to the channel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.cache.network_records import Message
from desktop.ui.composer import Choices, Composer
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.message_models import MessageListModel
from desktop.ui.message_view import MessageList
from desktop.ui.votes_widgets import heading, plain_button


class PaneScroll(QScrollArea):
    """A pane that scrolls up and down only: never narrower than its content needs (its
    buttons wrap, so that is its longest word), the page scrolls when it is taller than the
    room (large text), and nothing is ever hidden sideways."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setObjectName(f"{widget.objectName() or 'pane'}Scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the pane's controls
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth(), super().minimumSizeHint().height())


class ThreadPanel(QWidget):
    """``reply_requested(root_id, body)``; ``closed()`` when the member closes it."""

    reply_requested = Signal(str, str)
    closed = Signal()

    def __init__(self, mentions: Choices, links: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadPanel")
        self.root_id: str | None = None
        self._load: Callable[[str], list[Message]] | None = None
        self.heading = heading(self.tr("Thread"), 2)
        self.close_button = plain_button(
            self.tr("&Close the thread"),
            self.tr("Close the thread"),
            self.tr("Close the thread (Escape)"),
        )
        self.model = MessageListModel(None, self)
        self.list = MessageList(self.tr("Messages of the thread"), self)
        self.list.setModel(self.model)
        self.composer = Composer(self.tr("Reply in the thread"), mentions, links, self)
        self.composer.send_button.setText(self.tr("&Reply"))
        self.composer.send_button.setAccessibleName(self.tr("Send the reply"))
        self.composer.send_button.setToolTip(self.tr("Reply (Ctrl+Enter)"))
        self.composer.editor.setPlaceholderText(self.tr("Write a reply… (Ctrl+Enter sends)"))
        self.composer.send_requested.connect(self._on_composer_send_requested)
        self.close_button.clicked.connect(lambda: self.close_thread())
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda: self.close_thread())
        top = FlowLayout(spacing=8)  # large text: the button goes under the heading
        top.add_widget(self.heading, stretch=1)
        top.add_widget(self.close_button)
        content = QWidget()
        content.setObjectName("threadContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.composer, 1)
        # Beside the channels and the messages at large text, a panel taller than the room
        # scrolls rather than squeeze its buttons or widen the window past the screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(PaneScroll(content))
        QWidget.setTabOrder(self.list, self.composer.editor)
        QWidget.setTabOrder(self.composer.send_button, self.close_button)

    def open_thread(self, root_id: str, load: Callable[[str], list[Message]]) -> None:
        self.root_id = root_id
        self._load = load
        self.model.set_loader(lambda: load(root_id))
        self.list.relayout()
        self.setVisible(True)
        self.list.select_last()

    def refresh(self) -> None:
        if self.root_id is None or self._load is None:
            return
        current = self.list.current_message()
        self.model.refresh()
        self.list.relayout()
        if current is not None:
            self.list.select_message(current.id)

    def close_thread(self, notify: bool = True) -> None:
        self.root_id = None
        self.model.set_loader(None)
        self.composer.clear()
        self.setVisible(False)
        if notify:
            self.closed.emit()

    def _on_composer_send_requested(self, body: str) -> None:
        if self.root_id is not None:
            self.reply_requested.emit(self.root_id, body)
