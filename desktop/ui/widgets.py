"""Small widget helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

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
