"""Small widget helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QWidget

from desktop.ui.appearance import BASE_POINT_SIZE

#: Width of a dialog's text column, in average characters: short enough to read easily.
TEXT_COLUMN_CHARS = 62


def wrapped_label(text: str, chars: int = TEXT_COLUMN_CHARS) -> QLabel:
    """A word-wrapped paragraph of a fixed width whose full height is always reserved (a
    top-level dialog does not otherwise ask a wrapped label how tall it needs to be)."""
    label = QLabel(text)
    label.setWordWrap(True)
    width = label.fontMetrics().averageCharWidth() * chars
    label.setFixedWidth(width)
    label.setMinimumHeight(label.heightForWidth(width))
    return label


def scaled_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` x ``height`` pixels as designed at the base text size, grown with the
    widget's text (200 %: twice as large), within the screen the widget is on."""
    ratio = max(1.0, widget.font().pointSizeF() / BASE_POINT_SIZE)
    size = QSize(round(width * ratio), round(height * ratio))
    screen = widget.screen()
    return size.boundedTo(screen.availableGeometry().size()) if screen is not None else size


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: with large text, a pane taller than the window
    scrolls instead of squeezing its paragraphs (its width follows the area's)."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or 'pane'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the pane's controls, shown
    area.setWidget(widget)
    return area


def roomy(edit: QLineEdit, chars: int = 40) -> QLineEdit:
    """A text field tall enough to hit and read, wide enough for an address."""
    metrics = edit.fontMetrics()
    edit.setMinimumHeight(metrics.height() + 16)
    edit.setMinimumWidth(metrics.averageCharWidth() * chars)
    edit.setCursorPosition(0)  # a long address shows from its start
    return edit


def announce(widget: QWidget, text: str) -> None:
    """Say ``text`` to a screen reader, politely, without moving the focus."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
