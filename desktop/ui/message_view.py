"""A list of messages as a member reads them: who wrote, when, the text (Markdown rendered and
cleaned), and what happened to it (edited, pinned, deleted, replies, waiting, failed).

Each row is one small rich-text document (large text, generous spacing), so a link inside a
message is clicked where it is drawn; the keyboard reaches the same links through the message
actions. The selected message has a tinted background AND a thick bar on its left: the text
keeps its dark colour, easy to read.
"""

from __future__ import annotations

import html
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.cache.network_records import FAILED, WAITING, Message
from desktop.ui.conv_words import footer_text, header_text
from desktop.ui.message_models import HtmlRole, RecordRole

Index = QModelIndex | QPersistentModelIndex

#: Message text size (points), as the document reader.
MESSAGE_POINT_SIZE = 13
PAD_X = 16
PAD_Y = 10
SELECTED_BACKGROUND = QColor("#e3ebf6")
SELECTED_BAR = QColor("#0b4f9c")
MENTION_BAR = QColor("#8a4b00")
_CACHE_SIZE = 400

_STYLE = """
p, li { line-height: 140%; }
p { margin-top: 0px; margin-bottom: 6px; }
.head { margin-bottom: 4px; }
.meta { color: #404040; }
.note { color: #303030; font-style: italic; }
.fail { color: #8a1c1c; font-weight: bold; }
a { color: #0b4f9c; text-decoration: underline; }
blockquote { margin-left: 12px; color: #303030; }
table { border-collapse: collapse; }
th, td { border: 1px solid #8a8a8a; padding: 4px 8px; }
"""


def message_html(message: Message, body: str) -> str:
    """The whole row as HTML: a header line, the body (or the tombstone), a footer."""
    head = (
        f'<p class="head"><b>{html.escape(message.author_name)}</b>'
        f'&nbsp;&nbsp;<span class="meta">{html.escape(header_text(message))}</span>'
    )
    if message.unread:
        new = _Q.translate("Conversations", "● New")
        head += f"&nbsp;&nbsp;<b>{html.escape(new)}</b>"
    if message.mentions_me:
        mention = _Q.translate("Conversations", "@ mentions you")
        head += f"&nbsp;&nbsp;<b>{html.escape(mention)}</b>"
    head += "</p>"
    if message.deleted:
        text = _Q.translate("Conversations", "Message deleted")
        main = f'<p class="note">{html.escape(text)}</p>'
    else:
        main = body
    footer = footer_text(message)
    css = "fail" if message.state == FAILED else "note" if message.state == WAITING else "meta"
    foot = f'<p class="{css}">{html.escape(footer)}</p>' if footer else ""
    return head + main + foot


class MessageDelegate(QStyledItemDelegate):
    """Draws a message row from its record and its safe HTML."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()

    def _font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(MESSAGE_POINT_SIZE, font.pointSizeF()))
        return font

    def document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        message: Message | None = index.data(RecordRole)
        body = str(index.data(HtmlRole) or "")
        if message is None:
            return QTextDocument()
        text = message_html(message, body)
        key = (text, width, self._font(option).pointSizeF())
        found = self._documents.get(key)
        if found is not None:
            self._documents.move_to_end(key)
            return found
        doc = QTextDocument()
        doc.setDefaultFont(self._font(option))
        doc.setDefaultStyleSheet(_STYLE)
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        doc.setTextWidth(max(80, width - 2 * PAD_X))
        self._documents[key] = doc
        if len(self._documents) > _CACHE_SIZE:
            self._documents.popitem(last=False)
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            return max(160, widget.viewport().width())
        return max(160, option.rect.width())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        doc = self.document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        rect: QRect = option.rect
        message: Message | None = index.data(RecordRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, SELECTED_BACKGROUND if selected else option.palette.base())
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 6, rect.height()), SELECTED_BAR)
        elif message is not None and message.mentions_me:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), MENTION_BAR)
        painter.setPen(QColor("#d0d0d0"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(SELECTED_BAR)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        doc = self.document(option, index, rect.width())
        painter.translate(rect.left() + PAD_X, rect.top() + PAD_Y)
        doc.drawContents(painter)
        painter.restore()

    def anchor_at(self, option: QStyleOptionViewItem, index: Index, pos: QPoint) -> str:
        """The link under ``pos`` (view coordinates) in the row ``index``; "" when none."""
        rect: QRect = option.rect
        doc = self.document(option, index, rect.width())
        inside = QPointF(pos.x() - rect.left() - PAD_X, pos.y() - rect.top() - PAD_Y)
        return doc.documentLayout().anchorAt(inside)


class MessageList(QListView):
    """The messages of a channel or a thread. ``link_clicked(url)`` when a link is clicked."""

    link_clicked = _Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.delegate = MessageDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMouseTracking(True)
        self.setSpacing(0)

    def current_message(self) -> Message | None:
        index = self.currentIndex()
        found = index.data(RecordRole) if index.isValid() else None
        return found if isinstance(found, Message) else None

    def select_message(self, message_id: str) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(RecordRole) is not None and index.data(RecordRole).id == message_id:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        return False

    def select_last(self) -> None:
        rows = self.model().rowCount()
        if rows:
            index = self.model().index(rows - 1, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtBottom)

    def relayout(self) -> None:
        """The rows' heights changed (an edit, a state): measure them again."""
        self.scheduleDelayedItemsLayout()

    def link_at(self, pos: QPoint) -> str:
        index = self.indexAt(pos)
        if not index.isValid():
            return ""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return self.delegate.anchor_at(option, index, pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            link = self.link_at(event.position().toPoint())
            if link:
                self.link_clicked.emit(link)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        over_link = bool(self.link_at(event.position().toPoint()))
        shape = Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)
