"""Board meetings and action items in the main window: the Meetings view (Ctrl+7) and My
actions (Ctrl+8), their entries in the View menu and the toolbar, and where their rows lead (a
document to the reader, a vote to Votes, an action to My actions).

Kept apart from ``main_window.py`` so that each stays small, as ``conv_wiring`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.action_dialog import People, Scopes
from desktop.ui.actions_view import ActionsView
from desktop.ui.formatting import fill
from desktop.ui.meeting_models import BoardUseCases
from desktop.ui.meetings_view import MeetingsView

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def build_board(store: object) -> BoardUseCases:
    """The use cases over a cache alone (no server: a download then fails in words); the
    composition root gives the real ones (``desktop.app.board_use_cases``)."""
    from desktop.cache.files import FileStore
    from desktop.core.actions import Actions
    from desktop.core.board_files import BoardFiles
    from desktop.core.document_extras import DocumentExtras
    from desktop.core.meetings import Meetings

    return BoardUseCases(
        meetings=Meetings(store),  # type: ignore[arg-type]
        actions=Actions(store),  # type: ignore[arg-type]
        files=BoardFiles(FileStore(store), None),  # type: ignore[arg-type]
        extras=DocumentExtras(store),  # type: ignore[arg-type]
    )


class MeetingsWiring(QObject):
    """Builds the two views into ``window.views`` and their actions."""

    def __init__(self, window: MainWindow, board: BoardUseCases) -> None:
        super().__init__(window)
        self.window = window
        self.board = board
        self.meetings_view = MeetingsView(
            board,
            window.runner,
            window.events,
            self.title_of,
            open_link=lambda url: window.network.open_link(url),
            open_action=self.show_action,
        )
        self.actions_view = ActionsView(board.actions, window.events, self.scopes, self.people)
        self.actions_view.local_change.connect(window.sync.local_change)
        # A board pack downloaded: the reader (a PDF now offline) and the lists follow.
        self.meetings_view.detail.pack.finished.connect(window.events.documents_changed.emit)
        for view in self.views():
            window.views.addWidget(view)
        self.meetings_action = self._action(
            self.tr("M&eetings"), "Ctrl+7", self.tr("Meetings, agendas and board packs (Ctrl+7)")
        )
        self.my_actions_action = self._action(
            self.tr("M&y actions"), "Ctrl+8", self.tr("The actions in your charge (Ctrl+8)")
        )
        self.meetings_action.triggered.connect(lambda: self.show_view(self.meetings_view))
        self.my_actions_action.triggered.connect(lambda: self.show_view(self.actions_view))

    def views(self) -> list[QWidget]:
        return [self.meetings_view, self.actions_view]

    def actions(self) -> list[QAction]:
        return [self.meetings_action, self.my_actions_action]

    def _action(self, text: str, keys: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(tip)
        action.setCheckable(True)
        self.window.addAction(action)
        return action

    def show_view(self, view: MeetingsView | ActionsView) -> None:
        view.refresh()
        self.window.views.setCurrentWidget(view)
        for action, shown in zip(self.actions(), self.views(), strict=True):
            if shown is view:
                action.setChecked(True)
        view.focus_first()

    def show_meeting(self, meeting_id: str) -> None:
        self.show_view(self.meetings_view)
        self.meetings_view.show_meeting(meeting_id)

    def show_action(self, action_id: str) -> None:
        self.show_view(self.actions_view)
        self.actions_view.show_action(action_id)

    # --- what the views need of the rest of the app ----------------------------------------

    def title_of(self, kind: str, target_id: str) -> str | None:
        session = self.window.session
        if kind == "document":
            doc = session.library.document(target_id)
            return doc.title if doc is not None else None
        if kind == "motion":
            found = session.votes.motion(target_id)
            return found.motion.title if found is not None else None
        return None

    def scopes(self) -> Scopes:
        library = self.window.session.library
        organisation = library.organisation_name() or self.tr("Whole organisation")
        return [(None, organisation), *((c.id, c.name) for c in library.committees())]

    def people(self, committee_id: str | None) -> People:
        """Who may be put in charge: the committee's members (anyone for the organisation),
        me first, then by name."""
        account = self.window.session.account()
        me = account.member_id if account is not None else ""
        members: set[str] | None = None
        roles = getattr(self.window.session._store, "committee_roles", None)
        if committee_id is not None and callable(roles):
            members = set(roles(committee_id))
        found: People = []
        if account is not None and (members is None or me in members):
            found.append((me, fill(self.tr("%1 (you)"), account.name)))
        others = self.window.network.network.conversations.people()
        found.extend(
            (person.id, person.name) for person in others if members is None or person.id in members
        )
        return found
