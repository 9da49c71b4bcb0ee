"""Small building blocks of the PDF viewer: large framed buttons and a framed message, named
for a screen reader. (The voting screens have their own; these do not import the reader.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.wrap_button import WrapButton

#: The smallest a viewer button may be (pixels): easy to see and to hit.
BUTTON_HEIGHT = 40

_BUTTON_STYLE = (
    "QPushButton { padding: 6px 14px; border: 2px solid #1f3b63; border-radius: 6px;"
    " background: #f4f7fb; color: #10243f; }"
    "QPushButton:hover { background: #e3ebf6; }"
    "QPushButton:focus { border: 3px solid #0b4f9c; background: #dce8f7; }"
    "QPushButton:disabled { color: #5c5c5c; border-color: #9a9a9a; background: #efefef; }"
)

_TONES = {
    "info": ("#0b4f9c", "#eef4fb"),
    "warn": ("#8a4b00", "#fff6e5"),
}


def tool_button(text: str, name: str = "", description: str = "") -> QPushButton:
    """A clearly framed button; ``name`` is what a screen reader says (the text by default)."""
    button = QPushButton(text)
    font = QFont(button.font())
    font.setPointSizeF(font.pointSizeF() + 1)
    button.setFont(font)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setAutoDefault(True)  # Enter presses it when it has the focus
    button.setStyleSheet(_BUTTON_STYLE)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.setAccessibleName(name or text.replace("&", ""))
    if description:
        button.setAccessibleDescription(description)
    label = name or text.replace("&", "")
    button.setToolTip(f"{label} — {description}" if description and name else description or label)
    return button


def note_label(text: str = "", tone: str = "info") -> QLabel:
    """A framed paragraph for what must not be missed; the words say it, not the colour."""
    label = QLabel(text)
    label.setObjectName("pdfNote")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + 2)
    label.setFont(font)
    border, background = _TONES[tone]
    label.setStyleSheet(
        f"QLabel#pdfNote {{ border: 3px solid {border}; background: {background};"
        " color: #111111; padding: 12px 16px; border-radius: 6px; }"
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reaches it by Tab
    label.setAccessibleName(text)
    return label


def set_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def panel_toggle(text: str, shortcut: str) -> QPushButton:
    """A checkable button that shows or hides a side panel, with its key in its description."""
    button = WrapButton(f"{text} ({shortcut})")  # large text: two lines rather than cut
    button.setCheckable(True)
    button.setShortcut(QKeySequence(shortcut))
    button.setAccessibleName(text)
    button.setAccessibleDescription(shortcut)
    return button


def header_row(*widgets: QWidget) -> QWidget:
    """Widgets side by side, the first taking the room left; with large text, what does not
    fit goes on the next line."""
    row = QWidget()
    layout = FlowLayout(row, spacing=8)
    for index, widget in enumerate(widgets):
        layout.add_widget(widget, stretch=1 if index == 0 else 0)
    return row
