"""How a row of the committee and document lists looks: a title that wraps (never cut off),
a second line, and a text badge on the right ("● Nouveau", "3 non lus")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.models import BadgeRole, SubtitleRole

Index = QModelIndex | QPersistentModelIndex

PAD_X = 14
PAD_Y = 10
LINE_GAP = 4
BADGE_GAP = 12
#: A calm dark blue that keeps a contrast above 7:1 on white (WCAG AAA).
BADGE_COLOUR = QColor("#0b4f9c")
WRAP = Qt.TextFlag.TextWordWrap


#: A break allowed inside a word, drawn as nothing.
_MAY_BREAK = "\u200b"


def breakable(font: QFont, text: str, width: int) -> str:
    """``text`` with every word wider than ``width`` (large text, a narrow list) allowed to
    break between any two letters, so that it wraps rather than being cut off; words that fit
    still wrap whole."""
    metrics = QFontMetrics(font)
    return " ".join(
        _MAY_BREAK.join(word) if metrics.horizontalAdvance(word) > width else word
        for word in text.split(" ")
    )


def text_height(font: QFont, text: str, width: int) -> int:
    """The height of ``text`` wrapped in ``width``, as ``draw_wrapped`` draws it."""
    box = QRect(0, 0, width, 10_000)
    return QFontMetrics(font).boundingRect(box, WRAP, breakable(font, text, width)).height()


def draw_wrapped(painter: QPainter, rect: QRect, text: str) -> None:
    painter.drawText(rect, WRAP, breakable(painter.font(), text, rect.width()))


class RowDelegate(QStyledItemDelegate):
    """Two-line rows with generous spacing; the model's roles say what to draw."""

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            return max(120, widget.viewport().width())
        return max(120, option.rect.width())

    def _fonts(self, option: QStyleOptionViewItem, index: Index) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        bold = index.data(Qt.ItemDataRole.FontRole)
        title.setBold(isinstance(bold, QFont) and bold.bold())
        subtitle = QFont(base)
        subtitle.setBold(False)
        subtitle.setPointSizeF(max(11.0, base.pointSizeF() - 1))
        badge = QFont(base)
        badge.setBold(True)
        badge.setPointSizeF(max(11.0, base.pointSizeF() - 1))
        return title, subtitle, badge

    def _layout(self, option: QStyleOptionViewItem, index: Index, width: int) -> dict[str, QRect]:
        title_font, subtitle_font, badge_font = self._fonts(option, index)
        inner = width - 2 * PAD_X
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        badge_text = index.data(BadgeRole)
        badge_w = QFontMetrics(badge_font).horizontalAdvance(badge_text) if badge_text else 0
        title_w = max(60, inner - (badge_w + BADGE_GAP if badge_text else 0))
        title = QFontMetrics(title_font).boundingRect(QRect(0, 0, title_w, 10_000), WRAP, text)
        badge_below = bool(badge_text) and title.width() > title_w
        if badge_below or not badge_text:
            # A word too long to sit beside the badge: the title takes the whole width and the
            # badge goes on its own line, so nothing is ever cut off.
            title_w = inner
            title = QRect(0, 0, inner, text_height(title_font, text, inner))
        rects = {"title": QRect(PAD_X, PAD_Y, title_w, title.height())}
        bottom = PAD_Y + title.height()
        if badge_text:
            height = QFontMetrics(badge_font).height()
            if badge_below:
                rects["badge"] = QRect(PAD_X, bottom + LINE_GAP, badge_w, height)
                bottom += LINE_GAP + height
            else:
                rects["badge"] = QRect(PAD_X + inner - badge_w, PAD_Y, badge_w, height)
        subtitle_text = index.data(SubtitleRole)
        if subtitle_text:
            sub_height = text_height(subtitle_font, subtitle_text, inner)
            rects["subtitle"] = QRect(PAD_X, bottom + LINE_GAP, inner, sub_height)
            bottom += LINE_GAP + sub_height
        rects["all"] = QRect(0, 0, width, bottom + PAD_Y)
        return rects

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        rects = self._layout(option, index, self._width(option))
        return rects["all"].size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        opt_rect: QRect = option.rect
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus frame as the platform draws them; the text is ours.
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        title_font, subtitle_font, badge_font = self._fonts(option, index)
        rects = self._layout(option, index, opt_rect.width())

        painter.save()
        painter.translate(opt_rect.topLeft())
        painter.setPen(text_colour)
        painter.setFont(title_font)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        draw_wrapped(painter, rects["title"], title)
        if "badge" in rects:
            painter.setFont(badge_font)
            painter.setPen(text_colour if selected else BADGE_COLOUR)
            painter.drawText(rects["badge"], Qt.AlignmentFlag.AlignLeft, index.data(BadgeRole))
        if "subtitle" in rects:
            painter.setFont(subtitle_font)
            muted = QColor(text_colour)
            if not selected:
                muted = QColor("#404040") if text_colour.lightness() < 128 else text_colour
            painter.setPen(muted)
            draw_wrapped(painter, rects["subtitle"], index.data(SubtitleRole))
        painter.restore()
