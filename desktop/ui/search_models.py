"""The rows of the search view: what was found, in words ("▤ Document", its title, where and
when), with the snippet's matched words in bold; and the delegate that draws them.

The snippet is plain text from the cache: it is escaped first, then the highlight spans are
wrapped in ``<b>``, so nothing the member or a colleague wrote can act as markup.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtCore import QCoreApplication as _Q
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.core.search_api import DOCUMENT, IDEA, MESSAGE, MOTION, SearchHit
from desktop.ui.formatting import fill, format_date
from desktop.ui.models import IdRole, SubtitleRole

Index = QModelIndex | QPersistentModelIndex

#: The row's kind in words with its symbol ("▤ Document").
KindRole = Qt.ItemDataRole.UserRole + 20
#: The snippet as HTML: escaped text, the matched words in <b>.
SnippetRole = Qt.ItemDataRole.UserRole + 21
#: The SearchHit itself.
HitRole = Qt.ItemDataRole.UserRole + 22
#: The title as HTML: escaped, the matched words on a pale yellow ground.
TitleRole = Qt.ItemDataRole.UserRole + 23

#: A symbol for each kind, always beside the word (never the only signal).
SYMBOLS = {DOCUMENT: "▤", MOTION: "☑", MESSAGE: "✉", IDEA: "✦"}
PAD_X = 14
PAD_Y = 12
#: The longest line of a result, in average characters (long lines are hard to read).
MAX_LINE_CHARS = 110
#: A calm dark blue with a contrast above 7:1 on white, as the list badges.
KIND_COLOUR = "#0b4f9c"
MUTED_COLOUR = "#404040"
#: The ground of the matched words of a title (the title is bold already).
MARK_STYLE = "background-color:#fff0a0; color:#111111"


def kind_word(kind: str) -> str:
    words = {
        DOCUMENT: _Q.translate("SearchView", "Document"),
        MOTION: _Q.translate("SearchView", "Vote"),
        MESSAGE: _Q.translate("SearchView", "Message"),
        IDEA: _Q.translate("SearchView", "Idea"),
    }
    return words.get(kind, kind)


def kind_text(kind: str) -> str:
    """ "▤ Document", "☑ Vote", "✉ Message", "✦ Idea"."""
    symbol = SYMBOLS.get(kind)
    return f"{symbol} {kind_word(kind)}" if symbol else kind_word(kind)


def highlighted(
    snippet: str, spans: tuple[tuple[int, int], ...], tag: str = "b", style: str = ""
) -> str:
    """``snippet`` escaped for HTML with each (start, end) span in ``<tag>`` (bold); spans out
    of range or overlapping an earlier one are clipped, never raise."""
    opening = f'<{tag} style="{style}">' if style else f"<{tag}>"
    parts: list[str] = []
    done = 0
    for start, end in sorted(spans):
        start, end = max(start, done), min(end, len(snippet))
        if end <= start:
            continue
        parts.append(html.escape(snippet[done:start]))
        parts.append(f"{opening}{html.escape(snippet[start:end])}</{tag}>")
        done = end
    parts.append(html.escape(snippet[done:]))
    return "".join(parts)


def where_and_when(hit: SearchHit) -> str:
    """ "Commission finances · 1 March 2025"."""
    date = format_date(hit.when)
    return (
        fill(_Q.translate("SearchView", "%1 · %2"), hit.scope_name, date)
        if hit.scope_name
        else date
    )


def hit_sentence(hit: SearchHit) -> str:
    """Everything a screen reader says for one result, in one sentence."""
    return fill(
        _Q.translate("SearchView", "%1: %2, %3. %4"),
        kind_word(hit.kind),
        hit.title,
        where_and_when(hit),
        hit.snippet,
    )


class SearchResultModel(QAbstractListModel):
    """The hits of the last search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Same results in the same order: a dataChanged (the chosen row stays chosen)."""
        if [h.target for h in hits] == [h.target for h in self._hits]:
            self._hits = list(hits)
            if hits:
                self.dataChanged.emit(self.index(0), self.index(len(hits) - 1))
            return
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == KindRole:
            return kind_text(hit.kind)
        if role == SubtitleRole:
            return where_and_when(hit)
        if role == SnippetRole:
            return highlighted(hit.snippet, hit.highlights)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return hit_sentence(hit)
        if role == IdRole:
            return hit.target
        if role == HitRole:
            return hit
        if role == TitleRole:
            return highlighted(hit.title, hit.title_highlights, "span", MARK_STYLE)
        return None


def row_html(index: Index, selected: bool) -> str:
    """One result: the kind (blue, bold) then where and when, the title, the snippet."""
    kind = html.escape(str(index.data(KindRole) or ""))
    where = html.escape(str(index.data(SubtitleRole) or ""))
    title = str(index.data(TitleRole) or "")
    if selected:  # the selection's colours, without the yellow ground
        title = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
    snippet = str(index.data(SnippetRole) or "")
    kind_style = "font-weight:bold" if selected else f"font-weight:bold; color:{KIND_COLOUR}"
    where_style = "" if selected else f"color:{MUTED_COLOUR}"
    return (
        f'<p style="margin:0"><span style="{kind_style}">{kind}</span>'
        f'&nbsp;&nbsp;<span style="{where_style}">{where}</span></p>'
        f'<p style="margin-top:4px; margin-bottom:0; font-size:large; font-weight:bold">'
        f"{title}</p>"
        f'<p style="margin-top:4px; margin-bottom:0">{snippet}</p>'
    )


class SearchResultDelegate(QStyledItemDelegate):
    """Draws a result as a small rich-text block that wraps to the list's width."""

    def _document(
        self, option: QStyleOptionViewItem, index: Index, selected: bool, width: int
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(row_html(index, selected))
        longest = option.fontMetrics.averageCharWidth() * MAX_LINE_CHARS
        document.setTextWidth(max(120, min(longest, width - 2 * PAD_X)))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        widget = option.widget
        width = option.rect.width()
        if isinstance(widget, QAbstractItemView):
            width = widget.viewport().width()
        document = self._document(option, index, False, width)
        return QSize(width, int(document.size().height()) + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect
        document = self._document(option, index, selected, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(option.palette)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.palette = palette
        painter.save()
        if not selected:  # a hairline between results
            painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(
                rect.left() + PAD_X, rect.bottom(), rect.right() - PAD_X, rect.bottom()
            )
        painter.translate(rect.left() + PAD_X, rect.top() + PAD_Y)
        painter.setClipRect(QRectF(0, 0, rect.width() - PAD_X, rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
