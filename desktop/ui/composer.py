"""Writing a message: plain text with a "Write" and a "Preview" tab, mentions and links.

The member writes Markdown as plain text; "Preview" shows it rendered and cleaned exactly as
it will be read. Ctrl+Enter sends. Typing "@" at the start of a word (or the "Mention…" button)
lists people and committees and inserts ``[@Name](quorum://member/ID)``; "Link…" inserts a link
to a document or a vote. The composer only says what the member wrote (``send_requested``):
the view sends it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.render import render_markdown
from desktop.ui.conv_pickers import Choice, PickerDialog
from desktop.ui.flow_layout import FlowLayout

#: Gives the choices of a picker when it opens (people and committees, or documents and votes).
Choices = Callable[[], list[Choice]]

_SEND_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(40)
    button.setAutoDefault(False)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


class Composer(QWidget):
    """``send_requested(body)`` when the member sends a non-empty text."""

    send_requested = Signal(str)

    def __init__(
        self,
        name: str,
        mentions: Choices,
        links: Choices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mentions = mentions
        self._links = links
        self.picker: PickerDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Write or preview"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(name)
        self.editor.setAccessibleDescription(
            self.tr("Ctrl+Enter sends. Type @ to mention someone.")
        )
        self.editor.setPlaceholderText(self.tr("Write a message… (Ctrl+Enter sends)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 3 + 24)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        self.tabs.addTab(self.editor, self.tr("&Write"))
        self.tabs.addTab(self.preview, self.tr("Pre&view"))
        self.tabs.setTabToolTip(0, self.tr("Write the message (Alt+W)"))
        self.tabs.setTabToolTip(1, self.tr("See the message as it will be read (Alt+V)"))
        self.mention_button = _button(
            self.tr("@ &Mention…"),
            self.tr("Mention someone or a committee"),
            self.tr("Mention someone or a committee (Alt+M, or type @)"),
        )
        self.link_button = _button(
            self.tr("&Link…"),
            self.tr("Link to a document or a vote"),
            self.tr("Link to a document or a vote (Alt+L)"),
        )
        self.send_button = _button(
            self.tr("&Send"), self.tr("Send the message"), self.tr("Send (Ctrl+Enter)")
        )
        self.send_button.setEnabled(False)
        row = FlowLayout(spacing=8)  # large text: the buttons that do not fit go below
        row.add_widget(self.mention_button)
        row.add_widget(self.link_button)
        row.add_widget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.mention_button.clicked.connect(lambda: self.insert_mention(typed_at=False))
        self.link_button.clicked.connect(self.insert_link)
        self.send_button.clicked.connect(self.send)
        QWidget.setTabOrder(self.editor, self.mention_button)
        QWidget.setTabOrder(self.mention_button, self.link_button)
        QWidget.setTabOrder(self.link_button, self.send_button)

    # --- text ------------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def clear(self) -> None:
        self.editor.clear()
        self.tabs.setCurrentWidget(self.editor)

    def focus_editor(self) -> None:
        self.tabs.setCurrentWidget(self.editor)
        self.editor.setFocus()

    def send(self) -> None:
        if self.text().strip():
            self.send_requested.emit(self.text())

    def _on_editor_text_changed(self) -> None:
        self.send_button.setEnabled(bool(self.text().strip()))

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            rendered = render_markdown(self.text()) if self.text().strip() else ""
            empty = self.tr("Nothing to preview yet.")
            self.preview.setHtml(rendered or f"<p><i>{empty}</i></p>")

    # --- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() in _SEND_KEYS and ctrl:
                self.send()
                return True
            if event.text() == "@" and self._starts_word():
                # Let the "@" be typed, then offer the people; cancelling keeps the "@".
                QTimer.singleShot(0, lambda: self.insert_mention(typed_at=True))
        return super().eventFilter(watched, event)

    def _starts_word(self) -> bool:
        cursor = self.editor.textCursor()
        before = self.editor.toPlainText()[: cursor.position()]
        return not before or before[-1].isspace() or before[-1] in "([«"

    # --- pickers ---------------------------------------------------------------------------

    def insert_mention(self, typed_at: bool = False) -> None:
        picker = PickerDialog(
            self.tr("Mention someone"),
            self.tr("Person or committee to mention:"),
            self._mentions(),
            self,
        )
        chosen = self._run(picker)
        if chosen is None:
            return
        if typed_at:
            cursor = self.editor.textCursor()
            text = self.editor.toPlainText()
            if cursor.position() > 0 and text[cursor.position() - 1] == "@":
                cursor.deletePreviousChar()
                self.editor.setTextCursor(cursor)
        self.editor.insertPlainText(chosen.markdown + " ")

    def insert_link(self) -> None:
        picker = PickerDialog(
            self.tr("Link to a document or a vote"),
            self.tr("Document or vote to link to:"),
            self._links(),
            self,
        )
        chosen = self._run(picker)
        if chosen is not None:
            self.editor.insertPlainText(chosen.markdown)

    def _run(self, picker: PickerDialog) -> Choice | None:
        self.picker = picker
        try:
            picker.exec()
            return picker.chosen
        finally:
            self.picker = None
            picker.deleteLater()
            self.focus_editor()
