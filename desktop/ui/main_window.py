"""The main window: committees on the left, their documents in the middle, the reader on the
right, and the state of the sync in words at the bottom. "Votes" (Ctrl+2) switches to the
Votes view, "Documents" (Ctrl+1) back; the committee network adds Conversations (Ctrl+3), the
Idea box (Ctrl+4), Announcements (Ctrl+5) and Notifications (Ctrl+6), wired in
``desktop.ui.conv_wiring``; board documents add Meetings (Ctrl+7) and My actions (Ctrl+8), wired
in ``desktop.ui.meetings_wiring``. What the server refused opens from the status bar and from View >
Refused items… (Ctrl+Shift+O)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop.cache.records import Document
from desktop.core.library import DocumentNotFound
from desktop.core.session import Session
from desktop.sync.status import SyncState, SyncStatus
from desktop.ui.conv_network import Network, build_network
from desktop.ui.conv_wiring import NetworkWiring
from desktop.ui.doc_comments_dialog import doc_comments_action
from desktop.ui.errors import show_error
from desktop.ui.events import AppEvents
from desktop.ui.formatting import fill
from desktop.ui.lock_wiring import LockWiring
from desktop.ui.main_panes import document_pane, list_view, member_name, pane
from desktop.ui.meeting_models import BoardUseCases
from desktop.ui.meetings_wiring import MeetingsWiring, build_board
from desktop.ui.models import CommitteeListModel, DocumentListModel
from desktop.ui.offline_wiring import OfflineWiring
from desktop.ui.page_stack import PageStack
from desktop.ui.refused_dialog import RefusedDialog
from desktop.ui.runner import Runner
from desktop.ui.status_bar import SyncStatusBar
from desktop.ui.sync_controller import SyncController
from desktop.ui.two_factor_wiring import TwoFactorWiring
from desktop.ui.votes_view import VotesView

#: The narrowest the committee and document lists get (pixels).
LIST_MIN_WIDTH = 170


class MainWindow(QMainWindow):
    """Reads from the session's library on the UI thread; writes and syncs go to the runner."""

    def __init__(
        self,
        session: Session,
        runner: Runner,
        events: AppEvents,
        sign_in_again: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
        network: Network | None = None,
        board: BoardUseCases | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = self.session = session
        self._runner = self.runner = runner
        self._events = self.events = events
        self._sign_in_again = sign_in_again
        self.setObjectName("mainWindow")
        self.resize(1280, 800)

        self.committee_model = CommitteeListModel(session.library, events, self)
        self.document_model = DocumentListModel(session.library, events, self)
        self.sync = SyncController(session, runner, events, self)
        board = board or build_board(session._store)
        self.offline = OfflineWiring(self, board)  # documents made ready offline in the background
        board = self.offline.board
        self.document_pane = document_pane(session, runner, board)
        self._build_panes()
        self._build_votes()
        # Without a network given (tests of other views), the use cases are built over the
        # session's own cache.
        network = network or build_network(session._store)  # type: ignore[arg-type]
        self.network = NetworkWiring(self, network)
        self.board = MeetingsWiring(self, board)
        self.two_factor = TwoFactorWiring(
            self, session, runner, events, lambda: self.sync.sync_now(manual=False)
        )
        self.lock_wiring = LockWiring(self)  # Ctrl+L and the inactivity lock
        self._build_actions()
        self.status_bar = SyncStatusBar(self)
        self.setStatusBar(self.status_bar)
        self.offline.attach()
        self.refused_dialog: RefusedDialog | None = None
        self.status_bar.refused_requested.connect(self.show_refused)

        self.sync.needs_attention.connect(self._on_sync_needs_attention)
        events.sync_started.connect(self._on_events_sync_started)
        events.sync_finished.connect(self._on_events_sync_finished)
        events.status_changed.connect(self._on_events_status_changed)
        events.documents_changed.connect(self._on_events_documents_changed)
        self.update_title()
        self.committee_view.setCurrentIndex(self.committee_model.index(0))
        self.committee_view.setFocus()
        self.status_bar.show_status(session.status())
        self.lock_wiring.attach()  # locked at once if it was locked when the app stopped

    # --- building ----------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.committee_view = list_view(self.tr("Committees"))
        self.committee_view.setModel(self.committee_model)
        self.committee_view.selectionModel().currentChanged.connect(
            self._on_committee_view_current_changed
        )
        self.committee_view.activated.connect(self._on_committee_view_activated)
        self.document_view = list_view(self.tr("Documents"))
        self.document_view.setModel(self.document_model)
        self.document_view.activated.connect(self._on_document_view_activated)
        self.document_view.clicked.connect(self._on_document_view_activated)
        self.empty_label = QLabel(
            self.tr("No documents here yet.\nThey will appear after the next sync.")
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            "QLabel#emptyState { color: #404040; padding: 24px; background: palette(base);"
            " border: 1px solid palette(mid); }"
        )
        # Reachable by Tab in place of the empty list, so a screen reader says it too.
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_label.setAccessibleName(self.empty_label.text().replace("\n", " "))
        self.document_stack = QStackedWidget()
        self.document_stack.addWidget(self.document_view)
        self.document_stack.addWidget(self.empty_label)
        self.reader = self.document_pane.reader  # the Markdown reader (a PDF: the pane's viewer)
        self.document_pane.local_change.connect(self.sync.local_change)
        self._events.documents_changed.connect(self.document_pane.refresh)

        self.committee_heading = QLabel(self.tr("Committees"))
        self.document_heading = QLabel(self.tr("Documents"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(pane(self.committee_heading, self.committee_view))
        self.splitter.addWidget(pane(self.document_heading, self.document_stack))
        self.splitter.addWidget(pane(None, self.document_pane))
        # Lists stay readable when a PDF and its side panel take the room.
        self.committee_view.setMinimumWidth(LIST_MIN_WIDTH)
        self.document_stack.setMinimumWidth(LIST_MIN_WIDTH + 30)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 6)
        self.splitter.setSizes([290, 370, 620])
        QWidget.setTabOrder(self.committee_view, self.document_view)
        QWidget.setTabOrder(self.document_view, self.empty_label)
        QWidget.setTabOrder(self.empty_label, self.reader)

    def _build_votes(self) -> None:
        library = self._session.library
        self.votes_view = VotesView(
            self._session.votes,
            self._runner,
            self._events,
            on_local_change=lambda: self.sync.local_change(),
            request_sync=lambda: self.sync.sync_now(manual=False),
            committees=lambda: [
                (None, self.tr("Whole organisation")),
                *((c.id, c.name) for c in library.committees()),
            ],
            document_title=self._document_title,
        )
        self.views = PageStack()  # sized to the view shown, not the widest one
        self.views.addWidget(self.splitter)
        self.views.addWidget(self.votes_view)
        self.setCentralWidget(self.views)

    def _document_title(self, document_id: str) -> str | None:
        doc = self._session.library.document(document_id)
        return doc.title if doc is not None else None

    def select_document(self, committee_id: str | None, document_id: str) -> None:
        """Choose the committee, then the document in its list (without opening it)."""
        row = self.committee_model.row_of(committee_id)
        if row >= 0:
            self.committee_view.setCurrentIndex(self.committee_model.index(row))
        doc_row = self.document_model.row_of(document_id)
        if doc_row >= 0:
            self.document_view.setCurrentIndex(self.document_model.index(doc_row))

    def show_documents(self) -> None:
        self.views.setCurrentWidget(self.splitter)
        self.documents_action.setChecked(True)
        self.committee_view.setFocus()

    def show_votes(self) -> None:
        self.votes_view.refresh()
        self.views.setCurrentWidget(self.votes_view)
        self.votes_action.setChecked(True)
        self.votes_view.focus_first()

    def _action(
        self, text: str, shortcuts: list[QKeySequence], slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        seq = QKeySequence
        self.sync_action = self._action(
            self.tr("&Sync now"), [seq("Ctrl+R"), seq(Qt.Key.Key_F5)], self.sync_now
        )
        self.sync_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.sync_action.setToolTip(self.tr("Sync now (Ctrl+R or F5)"))
        self.sign_in_action = self._action(self.tr("Sign &in again…"), [], self._on_sign_in_again)
        self.sign_in_action.setVisible(False)
        self.quit_action = self._action(self.tr("&Quit"), [seq(seq.StandardKey.Quit)], self.close)
        self.larger_action = self._action(
            self.tr("&Larger text"),
            [seq(seq.StandardKey.ZoomIn), seq("Ctrl+=")],
            lambda: self.document_pane.zoomIn(1),
        )
        self.smaller_action = self._action(
            self.tr("S&maller text"),
            [seq(seq.StandardKey.ZoomOut)],
            lambda: self.document_pane.zoomOut(1),
        )
        self.refused_action = self._action(
            self.tr("&Refused items…"), [seq("Ctrl+Shift+O")], self.show_refused
        )
        self.refused_action.setToolTip(self.tr("What the server refused (Ctrl+Shift+O)"))

        self.documents_action = self._action(
            self.tr("&Documents"), [seq("Ctrl+1")], self.show_documents
        )
        self.documents_action.setToolTip(self.tr("Read the documents (Ctrl+1)"))
        self.votes_action = self._action(self.tr("V&otes"), [seq("Ctrl+2")], self.show_votes)
        self.votes_action.setToolTip(self.tr("Vote, see results and proxies (Ctrl+2)"))
        view_actions = [
            self.documents_action,
            self.votes_action,
            *self.network.actions(),
            *self.board.actions(),
        ]
        group = QActionGroup(self)
        for action in view_actions:
            action.setCheckable(True)
            group.addAction(action)
        self.documents_action.setChecked(True)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.sync_action, self.sign_in_action])
        file_menu.addAction(self.offline.storage_action)
        file_menu.addAction(self.two_factor.action)
        file_menu.addActions(self.lock_wiring.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(view_actions)
        view_menu.addSeparator()
        view_menu.addActions([self.larger_action, self.smaller_action])
        view_menu.addSeparator()
        view_menu.addAction(self.refused_action)
        view_menu.addAction(doc_comments_action(self, self.board.board.extras))

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions(view_actions)
        toolbar.addSeparator()
        toolbar.addActions([self.sync_action, self.sign_in_action])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # --- behaviour ---------------------------------------------------------------------

    def update_title(self) -> None:
        name = self._session.organisation_name()
        self.setWindowTitle(fill(self.tr("Quorum — %1"), name) if name else self.tr("Quorum"))

    def start(self) -> None:
        """Show what the cache holds at once, then sync in the background."""
        self.sync.sync_now(manual=False)

    def sync_now(self) -> None:
        self.sync.sync_now(manual=True)

    def _on_sync_needs_attention(self, error: BaseException) -> None:
        show_error(self, error)

    def _on_events_sync_started(self) -> None:
        self.sync_action.setEnabled(False)

    def _on_events_sync_finished(self, _status: SyncStatus) -> None:
        self.sync_action.setEnabled(True)
        self.update_title()

    def _on_events_status_changed(self, status: SyncStatus) -> None:
        self.status_bar.show_status(status)
        self.sign_in_action.setVisible(
            status.state is SyncState.SIGNED_OUT and self._sign_in_again is not None
        )

    def _on_events_documents_changed(self) -> None:
        has_rows = self.document_model.rowCount() > 0
        self.document_stack.setCurrentWidget(self.document_view if has_rows else self.empty_label)

    def _on_committee_view_current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        committee_id = self.committee_model.committee_id(current.row())
        self.document_model.set_committee(committee_id)
        name = current.data(Qt.ItemDataRole.DisplayRole)
        self.document_heading.setText(name)
        self.document_view.setAccessibleName(fill(self.tr("Documents of %1"), name))
        self._on_events_documents_changed()

    def _on_committee_view_activated(self, _index: QModelIndex) -> None:
        """Enter on a committee goes to its documents, the first one chosen, ready to open."""
        if self.document_stack.currentWidget() is not self.document_view:
            self.empty_label.setFocus()
            return
        if not self.document_view.currentIndex().isValid():
            self.document_view.setCurrentIndex(self.document_model.index(0))
        self.document_view.setFocus()

    def _committee_name(self, committee_id: str | None) -> str:
        row = self.committee_model.row_of(committee_id)
        if row < 0:
            return ""
        return str(self.committee_model.index(row).data(Qt.ItemDataRole.DisplayRole))

    def open_document(self, document_id: str) -> None:
        """Show a document at once and mark it read in the worker (the receipt is queued)."""
        doc = self._session.library.document(document_id)
        if doc is None:
            show_error(self, DocumentNotFound(document_id))
            return
        self.document_pane.member_name = member_name(self._session)
        self.document_pane.show_document(doc, self._committee_name(doc.committee_id))
        if doc.unread:
            library = self._session.library  # the worker's function must not hold the window
            self._runner.run(
                lambda: library.open_document(document_id),
                on_done=self._on_document_marked_read,
                on_error=lambda error: show_error(self, error),
            )

    def _on_document_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_document(self.document_model.document_id(index.row()))

    def _on_document_marked_read(self, doc: Document) -> None:
        self._events.documents_changed.emit()
        self._events.document_read.emit(doc.id)
        self.sync.local_change()

    def show_refused(self) -> None:
        """What the server refused, to send again or give up; what the member chose to see
        there opens once the dialog is closed."""
        if self.refused_dialog is None:
            sending = self.network.network.sending
            self.refused_dialog = RefusedDialog(sending, self._runner, self)
            self.refused_dialog.changed.connect(self._on_refused_changed)
            self._events.sync_finished.connect(self._on_sync_finished_refused)
        else:
            self.refused_dialog.prepare()
        self.refused_dialog.exec()
        target = self.refused_dialog.open_target
        if target is not None:
            self.network.open_link(target)

    def _on_sync_finished_refused(self, _status: SyncStatus) -> None:
        """A sync while the refused items are shown: they follow (a retry refused again)."""
        if self.refused_dialog is not None and self.refused_dialog.isVisible():
            self.refused_dialog.refresh()

    def _on_refused_changed(self) -> None:
        """Retried or given up: every view shows it, the count follows, the sync sends soon."""
        self._events.documents_changed.emit()
        self.sync.local_change()

    def _on_sign_in_again(self) -> None:
        if self._sign_in_again is not None and self._sign_in_again():
            self.sync.sync_now(manual=False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.sync.stop()
        self.offline.stop()  # the download thread stops between two chunks, and is joined
        self.network.tray.hide()
        super().closeEvent(event)
