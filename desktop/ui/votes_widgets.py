"""Small building blocks shared by the voting screens: big buttons, headings, framed notes,
and the read-only browser that shows a motion's text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.core.render import render_markdown
from desktop.ui.reader import DocumentReader
from desktop.ui.wrap_button import WrapButton
from protocol.motions import MotionData

#: The smallest a voting button may be, in pixels: easy to hit with an unsteady hand.
BIG_BUTTON_HEIGHT = 56

_BUTTON_STYLE = (
    "QPushButton { padding: 10px 22px; border: 2px solid #1f3b63; border-radius: 6px;"
    " background: #f4f7fb; color: #10243f; }"
    "QPushButton:hover { background: #e3ebf6; }"
    "QPushButton:focus { border: 3px solid #0b4f9c; background: #dce8f7; }"
    "QPushButton:default { background: #0b4f9c; color: white; }"
    "QPushButton:disabled { color: #5c5c5c; border-color: #9a9a9a; background: #efefef; }"
)


def enlarge(widget: QWidget, points: float = 2, bold: bool = False) -> QWidget:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() + points)
    font.setBold(bold)
    widget.setFont(font)
    return widget


def big_button(text: str, name: str, description: str = "") -> QPushButton:
    """A large, clearly framed button whose label says what it does."""
    button = WrapButton(text)  # large text: its words go onto a second line, never cut
    enlarge(button, 2, bold=True)
    button.setMinimumHeight(BIG_BUTTON_HEIGHT)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setStyleSheet(_BUTTON_STYLE)
    button.setAutoDefault(False)
    name_accessibly(button, name, description)
    return button


def plain_button(
    text: str, name: str = "", description: str = "", *, wrap: bool = False
) -> QPushButton:
    """``wrap``: its words go onto a second line when it is narrower than its text (alone on
    its line: it grows in height)."""
    button = WrapButton(text) if wrap else QPushButton(text)
    button.setMinimumHeight(40)
    button.setAutoDefault(False)
    name_accessibly(button, name or text.replace("&", ""), description)
    return button


def big_choice(button: QAbstractButton) -> QAbstractButton:
    """A check box or radio button large enough to see and hit: big text, big box."""
    enlarge(button, 2)
    button.setMinimumHeight(44)
    button.setStyleSheet(
        "QCheckBox::indicator, QRadioButton::indicator { width: 26px; height: 26px; }"
        " QCheckBox, QRadioButton { spacing: 12px; padding: 4px; }"
        " QCheckBox:focus, QRadioButton:focus { border: 2px solid #0b4f9c; border-radius: 4px; }"
    )
    return button


def name_accessibly(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        if isinstance(widget, QAbstractButton):
            widget.setToolTip(description)


def heading(text: str, points: float = 5) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    enlarge(label, points, bold=True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "", points: float = 1) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    enlarge(label, points)
    return label


def framed_note(text: str = "", tone: str = "info") -> QLabel:
    """A framed paragraph for what must not be missed (voting for someone else, a refusal);
    the frame is thick AND the words say it, so colour is never the only signal."""
    label = paragraph(text, 2)
    label.setObjectName("framedNote")
    set_tone(label, tone)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reaches it by Tab
    label.setAccessibleName(text)
    return label


_TONES = {
    "info": ("#0b4f9c", "#eef4fb"),
    "warn": ("#8a4b00", "#fff6e5"),
    "ok": ("#1e6b2e", "#eef8f0"),
}


def set_tone(label: QLabel, tone: str) -> None:
    border, background = _TONES[tone]
    label.setStyleSheet(
        f"QLabel#framedNote {{ border: 3px solid {border}; background: {background};"
        " color: #111111; padding: 10px 14px; border-radius: 6px; font-weight: bold; }"
    )


def set_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


class MotionText(DocumentReader):
    """A motion's text, by the reader's rules: Markdown cleaned, nothing fetched, links asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Text of the motion"))

    def show_motion(self, motion: MotionData, extra_html: str = "", title: bool = True) -> None:
        self.document_id = motion.id
        body = render_markdown(motion.body) if motion.body.strip() else ""
        if not body:
            empty = self.tr("This motion has no further text.")
            body = f'<p class="meta">{html.escape(empty)}</p>'
        heading_html = f"<h2>{html.escape(motion.title)}</h2>" if title else ""
        self.setHtml(f"{heading_html}{body}{extra_html}")
        self.setAccessibleDescription(motion.title)
        self.verticalScrollBar().setValue(0)
