"""Text that does not fit: every visible text-bearing widget of a window against its size hints.

Qt never draws a label, a button or a field larger than the room its layout gave it: when a
layout is squeezed (a fixed size, a window smaller than its content, a splitter pane) the text
is cut without a word. ``clipped_text(window)`` lists every visible widget whose geometry is
smaller than what its text needs:

- a label: its minimum size hint; a word-wrapped one, ``heightForWidth(width)`` in height;
- a button, check box, radio button, group box title, combo box: its minimum size hint in
  width, a whole line of its text (and its frame) in height; a button whose words wrap, its
  ``heightForWidth``;
- a line edit: a whole line in height (its text scrolls sideways by design);
- a tab bar: its size hint (every tab shown whole, no scroll arrows);
- a tool bar: no overflow button (every action shown);
- any of them: inside its window, or inside the scroll area that scrolls it.

``window_problems(window)``: the window no larger than the screen it is shown on
(``MAX_WINDOW``), and its tool bars without an overflow button (every action shown).

Text views (lists, tables, text browsers) scroll by design and are not checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyle,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

#: The largest screen a window is judged on: a common laptop.
MAX_WINDOW = QSize(1280, 800)
#: Rounding between a hint and a geometry, in pixels.
SLACK = 1


@dataclass(frozen=True)
class Clipped:
    """One widget whose text does not fit, said so a reader finds it."""

    window: str
    widget: str
    problem: str

    def __str__(self) -> str:
        return f"{self.window}: {self.widget}: {self.problem}"


def describe(widget: QWidget) -> str:
    """The widget's class and the words that identify it on screen."""
    words = ""
    if isinstance(widget, QLabel | QAbstractButton):
        words = widget.text()
    elif isinstance(widget, QGroupBox):
        words = widget.title()
    words = words or widget.accessibleName() or widget.objectName()
    words = " ".join(words.split())
    if len(words) > 50:
        words = words[:47] + "..."
    return f"{type(widget).__name__} {words!r}"


def _short(size: QSize, need: QSize, width: bool = True, height: bool = True) -> str | None:
    problems = []
    if width and size.width() + SLACK < need.width():
        problems.append(f"width {size.width()} < {need.width()}")
    if height and size.height() + SLACK < need.height():
        problems.append(f"height {size.height()} < {need.height()}")
    return ", ".join(problems) or None


def _line_height(widget: QWidget) -> int:
    """The height one line of ``widget``'s text needs, with the style's frame around it."""
    style = widget.style()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
    return widget.fontMetrics().height() + 2 * max(frame, 1)


def _single_line(widget: QWidget) -> str | None:
    """A one-line control: as wide as its hint asks, tall enough for a line of its text."""
    need = QSize(widget.minimumSizeHint().width(), _line_height(widget))
    return _short(widget.size(), need)


def _is_pixmap_label(label: QLabel) -> bool:
    pixmap = label.pixmap()
    return not label.text() and pixmap is not None and not pixmap.isNull()


def widget_problem(widget: QWidget) -> str | None:
    """What is cut in ``widget`` (its own size against its hints), or None."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if _is_pixmap_label(widget) or not widget.text().strip():
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return _short(size, QSize(0, need), width=False)
        return _short(size, widget.minimumSizeHint())
    if isinstance(widget, QAbstractButton):
        icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
        if isinstance(widget, QToolButton) and widget.toolButtonStyle() == icon_only:
            return None  # its text is not shown (a field's clear button, say)
        if not widget.text().strip():
            return None
        if widget.hasHeightForWidth():  # its words wrap (``WrapButton``)
            wrapped = QSize(widget.minimumSizeHint().width(), widget.heightForWidth(widget.width()))
            return _short(size, wrapped)
        return _single_line(widget)
    if isinstance(widget, QGroupBox):
        return _short(size, widget.minimumSizeHint()) if widget.title() else None
    if isinstance(widget, QComboBox):
        return _single_line(widget)
    if isinstance(widget, QLineEdit):
        return _short(size, QSize(0, _line_height(widget)), width=False)
    if isinstance(widget, QTabBar):
        if widget.count() == 0:
            return None
        horizontal = widget.shape() in _HORIZONTAL_TABS
        return _short(size, widget.sizeHint(), width=horizontal, height=not horizontal)
    return None


_HORIZONTAL_TABS = (
    QTabBar.Shape.RoundedNorth,
    QTabBar.Shape.RoundedSouth,
    QTabBar.Shape.TriangularNorth,
    QTabBar.Shape.TriangularSouth,
)

_CHECKED = (QLabel, QAbstractButton, QGroupBox, QComboBox, QLineEdit, QTabBar)


def _visible_box(widget: QWidget, window: QWidget) -> QRect | None:
    """The rectangle ``widget`` may draw in, in its own coordinates: its window's, or the
    viewport of the scroll area that scrolls it (None: it scrolls, anything goes)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return None
        parent = parent.parentWidget()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return QRect(-top_left.x(), -top_left.y(), window.width(), window.height())


def _outside(widget: QWidget, window: QWidget) -> str | None:
    box = _visible_box(widget, window)
    if box is None or box.contains(widget.rect()):
        return None
    return "partly outside its window"


def checked_widgets(window: QWidget) -> list[QWidget]:
    """The visible widgets of ``window`` whose text is checked."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, _CHECKED) and widget.isVisibleTo(window) and widget.isVisible()
    ]


def clipped_text(window: QWidget, name: str) -> list[Clipped]:
    """Every visible widget of ``window`` (called ``name`` in the report) whose text is cut."""
    found: list[Clipped] = []
    for widget in checked_widgets(window):
        for problem in (widget_problem(widget), _outside(widget, window)):
            if problem is not None:
                found.append(Clipped(name, describe(widget), problem))
    return found


def window_problems(window: QWidget, name: str) -> list[Clipped]:
    """The window larger than a 1280x800 screen; a tool bar with actions out of sight."""
    found: list[Clipped] = []
    if window.width() > MAX_WINDOW.width() or window.height() > MAX_WINDOW.height():
        size = f"{window.width()}x{window.height()}"
        found.append(Clipped(name, "the window", f"{size} is larger than a 1280x800 screen"))
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QAbstractButton, "qt_toolbar_ext_button")
        if bar.isVisible() and extension is not None and extension.isVisible():
            problem = "some actions are hidden behind the overflow button"
            found.append(Clipped(name, describe(bar), problem))
    return found


def small_text(window: QWidget, name: str, points: float) -> list[Clipped]:
    """Visible text widgets of ``window`` whose text is smaller than ``points`` (the app's
    size: a widget that kept an older size when the text size changed)."""
    return [
        Clipped(name, describe(widget), f"{widget.font().pointSizeF():g} pt < {points:g} pt")
        for widget in checked_widgets(window)
        if 0 < widget.font().pointSizeF() < points * 0.9
    ]
