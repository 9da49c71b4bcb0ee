"""The Votes view: open votes with their deadline counting down and my status in words, the
proxies I hold and gave, and closed votes with their results; the chosen vote on the right.

Enter on an open vote opens the vote dialog; on a closed one, its results. Reads happen on the
UI thread (the cache allows it); casting, proxies and the secretariat's actions go to the
runner, then ``on_local_change`` asks the sync to send what was queued.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QListView, QSplitter, QVBoxLayout, QWidget

from desktop.ui.delegate import RowDelegate
from desktop.ui.events import AppEvents
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.motion_editor import MotionEditor
from desktop.ui.proxy_dialog import ConfirmRevoke, GrantProxyDialog
from desktop.ui.results_view import ResultsDialog
from desktop.ui.runner import Runner
from desktop.ui.vote_dialog import VoteDialog
from desktop.ui.votes_detail import MotionDetail
from desktop.ui.votes_errors import show_vote_error
from desktop.ui.votes_manage import ManagePanel
from desktop.ui.votes_models import MotionListModel, ProxyListModel
from desktop.ui.votes_widgets import heading, paragraph, plain_button
from desktop.ui.votes_words import now_utc
from desktop.ui.widgets import scrolling
from protocol.motions import MotionData, MotionResult

if TYPE_CHECKING:
    from desktop.core.votes import VotesService

#: How often the countdowns are refreshed (milliseconds).
TICK_MS = 30_000


def _list(name: str, model: MotionListModel | ProxyListModel) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setItemDelegate(RowDelegate(view))
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return view


class VotesView(QWidget):
    """Everything about votes, in one view of the main window."""

    def __init__(
        self,
        votes: VotesService,
        runner: Runner,
        events: AppEvents,
        on_local_change: Callable[[], None] | None = None,
        request_sync: Callable[[], None] | None = None,
        committees: Callable[[], list[tuple[str | None, str]]] | None = None,
        document_title: Callable[[str], str | None] | None = None,
        clock: Callable[[], datetime] = now_utc,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._votes = votes
        self._runner = runner
        self._on_local_change = on_local_change or (lambda: None)
        self._request_sync = request_sync or self._on_local_change
        self._committees = committees or (lambda: [(None, self.tr("Whole organisation"))])
        self._document_title = document_title
        self.dialog: VoteDialog | None = None
        self.setObjectName("votesView")
        self.open_model = MotionListModel(votes, "open", clock=clock, parent=self)
        self.closed_model = MotionListModel(votes, "closed", clock=clock, parent=self)
        self.draft_model = MotionListModel(votes, "draft", clock=clock, parent=self)
        self.proxy_model = ProxyListModel(votes, clock=clock, parent=self)
        self.open_view = _list(self.tr("Open votes"), self.open_model)
        self.closed_view = _list(self.tr("Closed votes"), self.closed_model)
        self.draft_view = _list(self.tr("Drafts (secretariat)"), self.draft_model)
        self.draft_heading = heading(self.tr("Drafts (secretariat)"), 2)
        self.proxy_view = _list(self.tr("Proxies"), self.proxy_model)
        self.open_empty = paragraph(self.tr("No vote is open at the moment."))
        self.open_empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.open_empty.setAccessibleName(self.open_empty.text())
        self.give_button = plain_button(self.tr("Give my &proxy…"))
        self.revoke_button = plain_button(self.tr("&Withdraw my proxy"))
        self.new_button = plain_button(self.tr("&New vote…"), self.tr("Create a new vote"))
        self.detail = MotionDetail(votes, clock)
        self.manage = ManagePanel(votes, runner, self._on_motion_managed)
        self._build()
        self._connect(events)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        self.refresh()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(heading(self.tr("Open votes"), 2))
        column.addWidget(self.open_empty)
        column.addWidget(self.open_view, 3)
        column.addWidget(heading(self.tr("Proxies"), 2))
        column.addWidget(self.proxy_view, 1)
        row = FlowLayout(spacing=8)  # large text: the second button goes below
        row.add_widget(self.give_button)
        row.add_widget(self.revoke_button)
        column.addLayout(row)
        column.addWidget(heading(self.tr("Closed votes"), 2))
        column.addWidget(self.closed_view, 2)
        column.addWidget(self.draft_heading)
        column.addWidget(self.draft_view, 1)
        column.addWidget(self.new_button)
        right = QWidget()
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 8)
        detail.addWidget(self.detail, 1)
        detail.addWidget(self.manage)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scrolling(left))
        splitter.addWidget(scrolling(right))  # large text scrolls, never squeezed
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([480, 760])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect(self, events: AppEvents) -> None:
        events.documents_changed.connect(self.refresh)
        for view in self._motion_lists():
            view.selectionModel().currentChanged.connect(
                lambda current, _prev, v=view: self._on_motion_current_changed(v, current)
            )
            view.activated.connect(lambda index, v=view: self._on_motion_activated(v, index))
        self.proxy_view.selectionModel().currentChanged.connect(self._update_proxy_buttons)
        self.detail.vote_requested.connect(self.open_vote_dialog)
        self.detail.results_requested.connect(self.show_results)
        self.detail.proxy_requested.connect(lambda: self.give_proxy(for_motion=True))
        self.give_button.clicked.connect(lambda: self.give_proxy(for_motion=False))
        self.revoke_button.clicked.connect(self.revoke_proxy)
        self.new_button.clicked.connect(self.new_motion)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """The cache changed: lists, the chosen motion and an open vote dialog follow."""
        current = self.detail.view.motion.id if self.detail.view else None
        for model in (self.open_model, self.closed_model, self.draft_model, self.proxy_model):
            model.refresh()
        self.open_empty.setVisible(self.open_model.rowCount() == 0)
        self.open_view.setVisible(self.open_model.rowCount() > 0)
        drafts = self.draft_model.rowCount() > 0
        self.draft_heading.setVisible(drafts)
        self.draft_view.setVisible(drafts)
        self.new_button.setVisible(any(self._votes.can_manage(c) for c, _ in self._committees()))
        self._update_proxy_buttons()
        self.show_motion(current)
        if self.dialog is not None:
            self.dialog.refresh()

    def show_motion(self, motion_id: str | None) -> None:
        view = self._votes.motion(motion_id) if motion_id else None
        self.detail.show_view(view)
        self.manage.show_motion(view.motion if view else None)

    def _motion_lists(self) -> tuple[QListView, ...]:
        return (self.open_view, self.closed_view, self.draft_view)

    def _model_of(self, view: QListView) -> MotionListModel:
        model = view.model()
        assert isinstance(model, MotionListModel)
        return model

    def select_motion(self, motion_id: str) -> None:
        for view in self._motion_lists():
            model = self._model_of(view)
            row = model.row_of(motion_id)
            if row >= 0:
                view.setCurrentIndex(model.index(row))
                view.setFocus()
                return

    def focus_first(self) -> None:
        """The first open vote gets the focus (chosen), else the first list with rows."""
        for view in (self.open_view, self.closed_view, self.proxy_view):
            if view.isVisible() and view.model().rowCount() > 0:
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(view.model().index(0, 0))
                view.setFocus()
                return
        self.open_empty.setFocus()

    def _on_motion_current_changed(self, view: QListView, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self._motion_lists():
            if other is not view:
                other.selectionModel().clearSelection()
                other.setCurrentIndex(QModelIndex())
        found = self._model_of(view).motion_view(current.row())
        self.show_motion(found.motion.id if found else None)

    def _on_motion_activated(self, view: QListView, index: QModelIndex) -> None:
        self._on_motion_current_changed(view, index)
        if view is self.open_view and self.detail.vote_button.isVisible():
            self.open_vote_dialog("")
        elif view is self.closed_view:
            self.show_results()

    def _on_timer_timeout(self) -> None:
        self.open_model.tick()
        self.detail.update_countdown()

    # --- acting -------------------------------------------------------------------------

    def make_vote_dialog(self, principal_id: str) -> VoteDialog:
        """The vote dialog for the chosen motion (``principal_id``: vote on their behalf); it
        follows the syncs while it is open."""
        view = self.detail.view
        if view is None:
            raise LookupError("no motion chosen")
        self.dialog = VoteDialog(
            self._votes,
            self._runner,
            view,
            principal_id or None,
            on_cast=self._on_changed,
            document_title=self._document_title,
            parent=self,
        )
        return self.dialog

    def open_vote_dialog(self, principal_id: str) -> None:
        if self.detail.view is None:
            return
        dialog = self.make_vote_dialog(principal_id)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
            self.dialog = None
        self.refresh()

    def show_results(self) -> None:
        view = self.detail.view
        if view is None:
            return
        if view.result is not None or not view.is_open:
            self._show_result_dialog(view.motion, view.result)
            return
        # Results so far are not synced: ask the server (online only), then show them.
        votes, motion = self._votes, view.motion
        self._runner.run(
            lambda: votes.live_result(motion.id),
            on_done=lambda live: self._show_result_dialog(
                motion, live.result if live.visible else None
            ),
            on_error=lambda error: show_vote_error(self, error),
        )

    def _show_result_dialog(self, motion: MotionData, result: MotionResult | None) -> None:
        labels = {o.id: self._votes.option_label(motion, o.id) for o in motion.options}
        dialog = ResultsDialog(self)
        dialog.view.show_result(motion, result, labels, self._votes.check_receipt(motion.id))
        dialog.exec()
        dialog.deleteLater()

    def give_proxy(self, for_motion: bool) -> None:
        motion = self.detail.view if for_motion else None
        dialog = GrantProxyDialog(self._votes, self._runner, motion, self._on_changed, self)
        dialog.exec()
        dialog.deleteLater()

    def _selected_proxy_row(self) -> int:
        index = self.proxy_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_proxy_buttons(self, *_args: object) -> None:
        row = self.proxy_model.proxy_row(self._selected_proxy_row())
        withdrawable = row is not None and row.mine and row.view.status in ("waiting", "standing")
        self.revoke_button.setEnabled(withdrawable)

    def revoke_proxy(self) -> None:
        row = self.proxy_model.proxy_row(self._selected_proxy_row())
        if row is None or not row.mine or not ConfirmRevoke(row.view, self).confirmed():
            return
        votes, proxy_id = self._votes, row.view.proxy.id
        self._runner.run(
            lambda: votes.revoke_proxy(proxy_id),
            on_done=lambda _none: self._on_changed(),
            on_error=lambda error: show_vote_error(self, error),
        )

    def new_motion(self) -> None:
        committees = [(c, n) for c, n in self._committees() if self._votes.can_manage(c)]
        editor = MotionEditor(self._votes, self._runner, committees, self._on_motion_managed, self)
        editor.exec()
        editor.deleteLater()

    def _on_changed(self) -> None:
        self._on_local_change()
        self.refresh()

    def _on_motion_managed(self, motion: MotionData) -> None:
        # The server changed the motion: a sync now brings its history and everyone's view.
        self.refresh()
        self._request_sync()
        self.select_motion(motion.id)
