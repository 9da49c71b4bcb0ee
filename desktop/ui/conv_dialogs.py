"""The small dialogs of the Conversations view: editing a message, its earlier versions, the
pinned messages of a channel, and the confirmation before deleting."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.network_records import Message
from desktop.ui.composer import Choices, Composer
from desktop.ui.formatting import fill, format_moment
from desktop.ui.message_models import MessageListModel, body_html
from desktop.ui.message_view import MessageList
from desktop.ui.votes_widgets import heading


class EditDialog(QDialog):
    """The member's own message, to change; ``body`` once accepted."""

    def __init__(
        self, message: Message, mentions: Choices, links: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit my message"))
        self.setAccessibleName(self.tr("Edit my message"))
        self.body = message.body
        self.composer = Composer(self.tr("Text of the message"), mentions, links, self)
        self.composer.set_text(message.body)
        self.composer.send_button.setText(self.tr("&Save"))
        self.composer.send_button.setAccessibleName(self.tr("Save the changed message"))
        self.composer.send_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.composer.send_requested.connect(self._on_composer_send_requested)
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel the change")
        )
        cancel.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.composer, 1)
        layout.addWidget(cancel)
        self.resize(640, 380)
        self.composer.focus_editor()

    def _on_composer_send_requested(self, body: str) -> None:
        self.body = body
        self.accept()


class HistoryDialog(QDialog):
    """The earlier versions of a message, newest first, then what it says now."""

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Earlier versions of the message")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(title)
        now = self.tr("Now")
        parts = [f"<h3>{html.escape(now)}</h3>", body_html(message.body)]
        for revision in reversed(message.history):
            when = fill(self.tr("Written %1"), format_moment(revision.written_at))
            parts.append(f"<h3>{html.escape(when)}</h3>{body_html(revision.body)}")
        if not message.history:
            none = self.tr("No earlier version.")
            parts.append(f"<p><i>{html.escape(none)}</i></p>")
        self.text.setHtml("".join(parts))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the earlier versions")
        )
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.resize(620, 460)


class PinnedDialog(QDialog):
    """The pinned messages of a channel; Enter goes to the chosen one (``chosen_id``)."""

    def __init__(self, title: str, messages: list[Message], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = fill(self.tr("Pinned messages — %1"), title)
        self.setWindowTitle(name)
        self.setAccessibleName(name)
        self.chosen_id: str | None = None
        self.model = MessageListModel(lambda: messages, self)
        self.list = MessageList(self.tr("Pinned messages"), self)
        self.list.setModel(self.model)
        self.list.activated.connect(self._on_list_activated)
        buttons = QDialogButtonBox()
        self.go_button = buttons.addButton(
            self.tr("&Go to the message"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_button.setAccessibleName(self.tr("Go to the chosen message"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the pinned messages"))
        buttons.accepted.connect(lambda: self._on_list_activated(self.list.currentIndex()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not messages:
            layout.addWidget(heading(self.tr("No message is pinned in this channel."), 1))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.go_button.setEnabled(bool(messages))
        if messages:
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(640, 480)

    def _on_list_activated(self, index: object) -> None:
        message = self.list.current_message()
        if message is not None:
            self.chosen_id = message.id
            self.accept()


class ConfirmDelete(QMessageBox):
    """Asks before deleting; says that everyone will see "Message deleted" instead."""

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Delete the message"))
        self.setText(self.tr("Delete this message?"))
        self.setInformativeText(
            self.tr(
                "Everyone in the channel will see “Message deleted” in its place. "
                "This cannot be undone."
            )
        )
        self.delete_button = self.addButton(
            self.tr("Delete the message"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        self.delete_button.setAccessibleName(self.tr("Delete the message"))
        self.keep_button.setAccessibleName(self.tr("Keep the message"))
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def confirmed(self) -> bool:
        self.exec()
        return self.clickedButton() is self.delete_button
