"""The committee network in the main window: its views (Conversations Ctrl+3, Idea box
Ctrl+4, Announcements Ctrl+5, Notifications Ctrl+6, Search Ctrl+Shift+F), the tray, and where a
``quorum://`` link leads (a document in Documents, a motion in Votes, a member to a direct
conversation, ...).

Kept apart from ``main_window.py`` so that each stays small; the window owns the menus and the
toolbar, this object owns what the network adds to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.render import is_allowed_link
from desktop.ui.announcements_view import AnnouncementsView
from desktop.ui.conv_network import Network
from desktop.ui.conv_pickers import Choice, link_choice
from desktop.ui.conversations_view import ConversationsView
from desktop.ui.errors import show_error
from desktop.ui.formatting import fill
from desktop.ui.ideas_view import IdeasView
from desktop.ui.links import LinkRouter, is_quorum_link
from desktop.ui.notifications_view import NotificationsView
from desktop.ui.reader import DocumentReader, LinkConfirmation
from desktop.ui.search_view import SearchView
from desktop.ui.tray import Tray

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

#: Where the daily summary of notifications leads (``desktop.cache.notify``).
NOTIFICATIONS_LINK = "quorum://notifications"


class NetworkWiring(QObject):
    """Builds the network's views into ``window.views`` and routes links between views."""

    def __init__(self, window: MainWindow, network: Network) -> None:
        super().__init__(window)
        self.window = window
        self.network = network
        library = window.session.library
        self.links = LinkRouter()
        self.conversations_view = ConversationsView(
            network.conversations,
            library,
            window.runner,
            window.events,
            on_local_change=self._local_change,
            link_choices=self.link_choices,
            open_link=self.open_link,
        )
        self.ideas_view = IdeasView(
            network.idea_box, library, window.events, None, outbox=network.conversations
        )
        self.announcements_view = AnnouncementsView(
            network.announcements, library, window.events, None, outbox=network.conversations
        )
        self.notifications_view = NotificationsView(
            network.notifications,
            window.runner,
            window.events,
            open_link=self.open_link,
            on_local_change=self._local_change,
        )
        self.search_view = SearchView(network.search, library, window.events, self.open_link)
        for view in self.views():
            window.views.addWidget(view)
            local_change = getattr(view, "local_change", None)
            if local_change is not None and hasattr(local_change, "connect"):
                local_change.connect(self._local_change)
        self._register_links()
        self.conversations_action = self._action(
            self.tr("&Conversations"), "Ctrl+3", self.tr("Talk in your committees (Ctrl+3)")
        )
        self.ideas_action = self._action(
            self.tr("&Idea box"), "Ctrl+4", self.tr("Ideas and requests (Ctrl+4)")
        )
        self.announcements_action = self._action(
            self.tr("&Announcements"), "Ctrl+5", self.tr("Announcements to read (Ctrl+5)")
        )
        self.notifications_action = self._action(
            self.tr("&Notifications"), "Ctrl+6", self.tr("What concerns you (Ctrl+6)")
        )
        self.search_action = self._action(
            self.tr("&Search"),
            "Ctrl+Shift+F",
            self.tr("Search the documents, votes, messages and ideas (Ctrl+Shift+F)"),
        )
        self.conversations_action.triggered.connect(self.show_conversations)
        self.ideas_action.triggered.connect(lambda: self.show_view(self.ideas_view))
        self.announcements_action.triggered.connect(lambda: self.show_view(self.announcements_view))
        self.notifications_action.triggered.connect(self.show_notifications)
        self.search_action.triggered.connect(self.show_search)
        self.tray = Tray(network.notifications, window.runner, window, self.show_notifications)
        self.notifications_view.count_changed.connect(self._on_notifications_count_changed)
        window.events.sync_finished.connect(self._on_sync_finished)
        self._on_notifications_count_changed(self.notifications_view.unread)

    def _on_sync_finished(self, _status: object) -> None:
        self.tray.after_sync()

    def views(self) -> list[QWidget]:
        return [
            self.conversations_view,
            self.ideas_view,
            self.announcements_view,
            self.notifications_view,
            self.search_view,
        ]

    def actions(self) -> list[QAction]:
        return [
            self.conversations_action,
            self.ideas_action,
            self.announcements_action,
            self.notifications_action,
            self.search_action,
        ]

    def _action(self, text: str, keys: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(tip)
        action.setCheckable(True)
        self.window.addAction(action)
        return action

    def _local_change(self) -> None:
        self.window.sync.local_change()

    # --- showing a view ------------------------------------------------------------------------

    def show_view(self, view: QWidget) -> None:
        refresh = getattr(view, "refresh", None)
        if callable(refresh):
            refresh()
        self.window.views.setCurrentWidget(view)
        for action, shown in zip(self.actions(), self.views(), strict=True):
            if shown is view:
                action.setChecked(True)
        focus_first = getattr(view, "focus_first", None)
        if callable(focus_first):
            focus_first()

    def show_conversations(self) -> None:
        self.show_view(self.conversations_view)
        self.conversations_view.mark_read()

    def show_notifications(self) -> None:
        self.show_view(self.notifications_view)

    def show_search(self) -> None:
        """The search view, its field focused (Ctrl+Shift+F)."""
        self.show_view(self.search_view)

    def _on_notifications_count_changed(self, unread: int) -> None:
        text = (
            fill(self.tr("&Notifications (%1)"), str(unread))
            if unread
            else self.tr("&Notifications")
        )
        self.notifications_action.setText(text)
        self.notifications_action.setIconText(text.replace("&", ""))
        self.tray.update_count(unread)

    # --- links -----------------------------------------------------------------------------

    def _register_links(self) -> None:
        window = self.window
        self.links.register("document", self.open_document)
        self.links.register("motion", self.open_motion)
        self.links.register("member", self.open_member)
        self.links.register("committee", self.open_committee)
        self.links.register("message", self.open_message)
        self.links.register("idea", lambda i: self._open_in(self.ideas_view, "show_idea", i))
        self.links.register(
            "announcement",
            lambda i: self._open_in(self.announcements_view, "show_announcement", i),
        )
        # Every reader of the window (documents, motions, ideas...) opens quorum:// links here.
        for reader in window.findChildren(DocumentReader):
            if reader.open_internal is None:
                reader.open_internal = self.links.open

    def open_link(self, url: str) -> None:
        """A link clicked in a message or a notification: inside Quorum, or (after the member
        saw where it leads and agreed) a web or mail link."""
        if url.strip() == NOTIFICATIONS_LINK:  # the daily summary
            self.show_notifications()
            return
        if is_quorum_link(url):
            if not self.links.open(url):
                self._not_opened(url)
            return
        if not is_allowed_link(url):
            self._not_opened(url)
            return
        box = LinkConfirmation(QUrl(url), self.window)
        try:
            box.exec()
            if box.clickedButton() is box.open_button:
                QDesktopServices.openUrl(QUrl(url))
        finally:
            box.deleteLater()

    def _not_opened(self, url: str) -> None:
        QMessageBox.information(
            self.window,
            self.tr("Link not opened"),
            fill(self.tr("Quorum cannot open this link: %1"), url),
        )

    def open_document(self, document_id: str) -> None:
        window = self.window
        doc = window.session.library.document(document_id)
        window.show_documents()
        if doc is None:
            window.open_document(document_id)  # says it is no longer available
            return
        window.select_document(doc.committee_id, document_id)
        window.open_document(document_id)

    def open_motion(self, motion_id: str) -> None:
        self.window.show_votes()
        self.window.votes_view.select_motion(motion_id)

    def open_committee(self, committee_id: str) -> None:
        self.show_view(self.conversations_view)
        self.conversations_view.show_channel(f"committee:{committee_id}")

    def open_message(self, message_id: str) -> None:
        self.show_view(self.conversations_view)
        self.conversations_view.select_message(message_id)

    def open_member(self, member_id: str) -> None:
        """The direct conversation with this member (started when there is none yet)."""
        account = self.window.session.account()
        if account is not None and account.member_id == member_id:
            return
        conversations = self.network.conversations
        self.show_view(self.conversations_view)

        def opened(channel: object) -> None:
            channel_id = getattr(channel, "id", None)
            if isinstance(channel_id, str):
                self.conversations_view.show_channel(channel_id)
                self.conversations_view.composer.focus_editor()

        self.conversations_view.write(
            lambda: conversations.start_conversation([member_id]), then=opened
        )

    def _open_in(self, view: QWidget, method: str, target_id: str) -> None:
        self.show_view(view)
        show: Callable[[str], object] | None = getattr(view, method, None)
        if callable(show):
            show(target_id)

    def link_choices(self) -> list[Choice]:
        """Documents (newest first, every committee) and votes, for the composer's Link…"""
        library = self.window.session.library
        choices: list[Choice] = []
        for committee_id, name in [(None, self.tr("Whole organisation"))] + [
            (c.id, c.name) for c in library.committees()
        ]:
            for doc in library.documents(committee_id):
                detail = fill(self.tr("Document · %1"), name)
                choices.append(link_choice("document", doc.id, doc.title, detail))
        votes = self.window.session.votes
        for view in votes.open_motions() + votes.closed_motions():
            motion = view.motion
            choices.append(link_choice("motion", motion.id, motion.title, self.tr("Vote")))
        return choices

    def error(self, error: BaseException) -> None:
        show_error(self.window, error)
