"""How the whole app looks: its text size and the high-contrast theme (docs/INSTALLED.md,
"Preferences and settings"; docs/ACCESSIBILITY.md).

``apply_appearance(app, text_scale, high_contrast)`` may be called at any time: every open
window follows at once. The app's font is ``BASE_POINT_SIZE`` × the scale; a widget that set a
size of its own (a heading a few points larger) keeps its proportion. High contrast is a palette
(black on white, dark blue links and selection) and a thick dark focus frame drawn by the style,
never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

#: The smallest text the app shows, in points: many members read without glasses on a train.
BASE_POINT_SIZE = 12
#: ``QFont.resolveMask()``'s bit for a size set on purpose (Qt's ``QFont::SizeResolved``).
_SIZE_RESOLVED = 0x0002

BLACK = QColor("#000000")
WHITE = QColor("#ffffff")
#: Links, the selection and the focus frame: dark blue on white, contrast above 12:1.
DARK_BLUE = QColor("#002b80")
#: Disabled text: still 7:1 on white.
DISABLED_GREY = QColor("#595959")
#: The focus frame's width in pixels at 100 %; it grows with the text.
FOCUS_FRAME_WIDTH = 3


def point_size(text_scale: int) -> float:
    """The app's font size for ``text_scale`` percent."""
    return BASE_POINT_SIZE * text_scale / 100


def apply_appearance(app: QApplication, text_scale: int = 100, high_contrast: bool = False) -> None:
    """Give the whole app ``text_scale`` percent of the base text size and the high-contrast
    theme or the ordinary one; every open window follows before this returns."""
    _apply_text_scale(app, text_scale)
    _apply_contrast(app, high_contrast)


def is_high_contrast(app: QApplication) -> bool:
    return isinstance(app.style(), HighContrastStyle)


# --- text size ---------------------------------------------------------------------------


def _apply_text_scale(app: QApplication, text_scale: int) -> None:
    old = QFont(app.font()).pointSizeF()
    new = point_size(text_scale)
    if old > 0 and abs(old - new) > 0.01:
        ratio = new / old
        # Widgets that set a size of their own (headings, the reader) keep their proportion.
        for widget in app.allWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                continue
            font = QFont(widget.font())
            if font.resolveMask() & _SIZE_RESOLVED and font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * ratio)
                widget.setFont(font)
    font = QFont(app.font())
    font.setPointSizeF(new)
    app.setFont(font)
    # Qt posts the change to every widget: deliver it now, so every window has followed.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    for widget in app.topLevelWidgets():
        layout = widget.layout()
        if widget.isVisible() and layout is not None:
            layout.activate()


# --- contrast ----------------------------------------------------------------------------


class HighContrastStyle(QProxyStyle):
    """The app's own style, with a thick dark blue frame around whatever has the focus."""

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _focus_frame(painter, option.rect, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        if focused and element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            _focus_frame(painter, option.rect, widget)


def focus_frame_width(widget: QWidget | None) -> int:
    """Thicker with larger text: 3 pixels at 12 points."""
    points = widget.font().pointSizeF() if widget is not None else BASE_POINT_SIZE
    return max(FOCUS_FRAME_WIDTH, round(FOCUS_FRAME_WIDTH * points / BASE_POINT_SIZE))


def _focus_frame(painter: QPainter, rect: QRect, widget: QWidget | None) -> None:
    width = focus_frame_width(widget)
    painter.save()
    pen = QPen(DARK_BLUE, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width // 2
    painter.drawRect(rect.adjusted(half, half, -half - (width % 2), -half - (width % 2)))
    painter.restore()


def high_contrast_palette() -> QPalette:
    """Black on white; dark blue links and selection; disabled text still readable."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: WHITE,
        roles.WindowText: BLACK,
        roles.Base: WHITE,
        roles.AlternateBase: QColor("#f2f2f2"),
        roles.Text: BLACK,
        roles.Button: WHITE,
        roles.ButtonText: BLACK,
        roles.BrightText: WHITE,
        roles.Highlight: DARK_BLUE,
        roles.HighlightedText: WHITE,
        roles.Link: DARK_BLUE,
        roles.LinkVisited: DARK_BLUE,
        roles.ToolTipBase: WHITE,
        roles.ToolTipText: BLACK,
        roles.PlaceholderText: QColor("#4d4d4d"),
        roles.Light: WHITE,
        roles.Midlight: QColor("#d9d9d9"),
        roles.Mid: QColor("#595959"),
        roles.Dark: BLACK,
        roles.Shadow: BLACK,
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, DISABLED_GREY)
    return palette


_ordinary: dict[str, object] = {}


def _apply_contrast(app: QApplication, high_contrast: bool) -> None:
    if high_contrast == is_high_contrast(app):
        return
    if high_contrast:
        _ordinary["style"] = app.style().name()
        _ordinary["palette"] = QPalette(app.palette())
        style = HighContrastStyle(QStyleFactory.create(str(_ordinary["style"])))
        app.setStyle(style)
        app.setPalette(high_contrast_palette())
    else:
        app.setStyle(str(_ordinary.get("style", "fusion")))
        palette = _ordinary.get("palette")
        app.setPalette(palette if isinstance(palette, QPalette) else app.style().standardPalette())
