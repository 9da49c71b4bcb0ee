"""The "Refused items" dialog: everything the server refused, newest first, each with what it
was, when, why in words and the member's own text (selectable, and "Copy the text"), to send
again ("Retry") or give up ("Give up…", after saying what is lost).

Opened from the status bar ("Refused by the server: n — See") and the View menu (Ctrl+Shift+O).
Works by keyboard alone: the arrows choose an item, Tab reaches its text and its buttons, the
underlined letters press them, Escape closes. ``changed`` says that something was retried or
given up (the window then recounts the outbox and lets the sync send it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sending import RefusedItem, SendingApi
from desktop.ui.conv_actions import show_conversation_error
from desktop.ui.formatting import fill
from desktop.ui.refused_words import item_sentence, quoted, what_text, when_text, why_text
from desktop.ui.runner import Runner
from desktop.ui.votes_widgets import framed_note, heading, paragraph, plain_button, set_note

SeqRole = Qt.ItemDataRole.UserRole + 1


class ConfirmGiveUp(QMessageBox):
    """Asks before giving up a refused item, saying what is lost."""

    def __init__(self, item: RefusedItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Give it up"))
        self.setText(fill(self.tr("Give up %1?"), quoted(what_text(item.what))))
        if item.own_words():
            lost = self.tr(
                "It will never be sent, and your text will be lost: "
                "copy it first if you want to keep it."
            )
        else:
            lost = self.tr("It will never be sent, and Quorum will forget it.")
        self.setInformativeText(lost)
        self.give_up_button = self.addButton(
            self.tr("Give it up"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        self.give_up_button.setAccessibleName(self.tr("Give it up: it will never be sent"))
        self.keep_button.setAccessibleName(self.tr("Keep it"))
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def confirmed(self) -> bool:
        self.exec()
        return self.clickedButton() is self.give_up_button


class RefusedDialog(QDialog):
    """Kept by the window and shown again (``prepare`` first): work still running when it is
    closed comes back to a live dialog. ``open_target``: the quorum:// link to open once closed
    by "Show what it was about"."""

    changed = Signal()

    def __init__(self, sending: SendingApi, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sending = sending
        self.runner = runner
        self.items: list[RefusedItem] = []
        self.open_target: str | None = None
        self.setObjectName("refusedDialog")
        self.setWindowTitle(self.tr("Refused items"))
        self.setAccessibleName(self.tr("Refused items"))
        self.intro = paragraph(
            self.tr(
                "The server refused these. For each one, see why, then send it again or give it up."
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Refused items, newest first"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.empty_label = framed_note(self.tr("Nothing has been refused."), "ok")
        self.what_label = heading("", 3)
        self.when_label = paragraph("")
        self.why_note = framed_note("", "warn")
        self.text_heading = paragraph(self.tr("Your text:"))
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text_view.setAccessibleName(self.tr("Your text"))
        self.copy_button = plain_button(self.tr("&Copy the text"), self.tr("Copy your text"))
        self.open_button = plain_button(
            self.tr("&Show what it was about"), self.tr("Show what it was about in Quorum")
        )
        self.retry_button = plain_button(self.tr("&Retry"), self.tr("Send it again"))
        self.discard_button = plain_button(
            self.tr("&Give up…"), self.tr("Give it up: it will never be sent")
        )
        self.feedback = paragraph("")
        self.feedback.setObjectName("refusedFeedback")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the refused items"))
        self.close_button.setAutoDefault(False)
        self._build()
        self._connect()
        self.resize(760, 560)
        self.prepare()

    def prepare(self) -> None:
        """Ready to be shown (again): the items as they are now, the first one chosen."""
        self.open_target = None
        self._say("")
        self.list.setCurrentRow(-1)
        self.refresh()
        self._focus_first()

    def _focus_first(self) -> None:
        if self.items:
            self.list.setFocus()
        else:
            self.empty_label.setFocus()

    def _build(self) -> None:
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.what_label)
        detail.addWidget(self.when_label)
        detail.addWidget(self.why_note)
        detail.addWidget(self.text_heading)
        detail.addWidget(self.text_view, 1)
        row = QHBoxLayout()
        for button in (self.copy_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.retry_button, self.discard_button):
            row.addWidget(button)
        detail.addLayout(row)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        order = [
            self.list,
            self.empty_label,
            self.text_view,
            self.copy_button,
            self.open_button,
            self.retry_button,
            self.discard_button,
            self.close_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.copy_button.clicked.connect(self.copy_text)
        self.open_button.clicked.connect(self.show_target)
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.clicked.connect(self.give_up)
        self.buttons.rejected.connect(self.reject)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the refused items again, keeping the chosen one (else the one at its place)."""
        chosen, row = self.current(), max(0, self.list.currentRow())
        self.items = self.sending.refused()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            entry = QListWidgetItem(f"{what_text(item.what)}\n{when_text(item)}")
            entry.setData(SeqRole, item.seq)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, item_sentence(item))
            entry.setToolTip(item_sentence(item))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        seqs = [item.seq for item in self.items]
        if chosen is not None and chosen.seq in seqs:
            row = seqs.index(chosen.seq)
        if self.items:
            self.list.setCurrentRow(min(row, len(self.items) - 1))
        self._show_current()

    def current(self) -> RefusedItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self) -> None:
        has_items = bool(self.items)
        self.empty_label.setVisible(not has_items)
        self.list.setVisible(has_items)
        self.detail.setVisible(has_items)
        item = self.current()
        if item is None:
            return
        what = what_text(item.what)
        self.what_label.setText(what)
        self.what_label.setAccessibleName(what)
        self.when_label.setText(when_text(item))
        set_note(self.why_note, why_text(item))
        words = item.own_words()
        self.text_view.setPlainText(words)
        for widget in (self.text_heading, self.text_view, self.copy_button):
            widget.setVisible(bool(words))
        self.open_button.setVisible(item.target is not None)
        for button in (self.retry_button, self.discard_button):
            button.setAccessibleDescription(what)

    # --- acting ----------------------------------------------------------------------------

    def copy_text(self) -> None:
        item = self.current()
        if item is None or not item.own_words():
            return
        QGuiApplication.clipboard().setText(item.own_words())
        self._say(self.tr("Your text has been copied."))

    def show_target(self) -> None:
        """Close, and let the window open what it was about."""
        item = self.current()
        if item is not None and item.target is not None:
            self.open_target = item.target
            self.accept()

    def retry(self) -> None:
        item = self.current()
        if item is None:
            return
        sending, seq = self.sending, item.seq
        said = fill(self.tr("%1 will be sent again."), quoted(what_text(item.what)))
        self.runner.run(
            lambda: sending.retry(seq),
            on_done=lambda _none: self._after(said),
            on_error=self._failed,
        )

    def give_up(self) -> None:
        item = self.current()
        if item is None:
            return
        box = ConfirmGiveUp(item, self)
        try:
            if not box.confirmed():
                return
        finally:
            box.deleteLater()
        sending, seq = self.sending, item.seq
        said = fill(self.tr("%1 has been given up."), quoted(what_text(item.what)))
        self.runner.run(
            lambda: sending.discard(seq),
            on_done=lambda _none: self._after(said),
            on_error=self._failed,
        )

    def _after(self, said: str) -> None:
        self.changed.emit()
        self.refresh()
        self._say(said)
        self._focus_first()

    def _failed(self, error: BaseException) -> None:
        show_conversation_error(self, error)
        self.refresh()

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setAccessibleName(text)
