"""The Meetings view (Ctrl+7): upcoming meetings first (soonest first), then past ones (latest
first), on the left; the chosen meeting on the right (``MeetingDetail``) with its agenda, its
documents and votes, its minutes, its actions and "Download the board pack".

Everything here reads the cache on the UI thread; only the board pack's download runs on the
worker. A sync that changes the cache refreshes the lists and the meeting shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.ui.events import AppEvents
from desktop.ui.idea_detail import list_view
from desktop.ui.meeting_detail import MeetingDetail, TitleOf
from desktop.ui.meeting_models import BoardUseCases, MeetingListModel
from desktop.ui.runner import Runner
from desktop.ui.votes_widgets import heading, paragraph
from desktop.ui.widgets import scrolling


class MeetingsView(QWidget):
    """``open_link(url)`` opens a ``quorum://`` link or (after asking) a web link;
    ``open_action(action_id)`` shows an action in My actions."""

    def __init__(
        self,
        board: BoardUseCases,
        runner: Runner,
        events: AppEvents,
        title_of: TitleOf,
        open_link: Callable[[str], None],
        open_action: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = board.meetings
        self._open_link = open_link
        self._open_action = open_action
        self.setObjectName("meetingsView")
        self.upcoming_model = MeetingListModel(board.meetings, True, self)
        self.past_model = MeetingListModel(board.meetings, False, self)
        self.upcoming_list = list_view(self.tr("Upcoming meetings"))
        self.upcoming_list.setModel(self.upcoming_model)
        self.past_list = list_view(self.tr("Past meetings"))
        self.past_list.setModel(self.past_model)
        self.upcoming_empty = paragraph(self.tr("No meeting planned yet."))
        self.past_empty = paragraph(self.tr("No past meeting."))
        for label in (self.upcoming_empty, self.past_empty):
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.setAccessibleName(label.text())
        self.detail = MeetingDetail(board, runner, title_of)
        self.detail.link_requested.connect(self._on_link_requested)
        self.detail.pack.finished.connect(self.refresh)
        self._build()
        for view in (self.upcoming_list, self.past_list):
            view.selectionModel().currentChanged.connect(self._on_current_changed)
            view.activated.connect(self._on_activated)
            view.clicked.connect(lambda index: self._on_current_changed(index, index))
        events.documents_changed.connect(self.refresh)
        events.sync_finished.connect(lambda _status: self.refresh())
        self.refresh()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(heading(self.tr("Meetings"), 4))
        column.addWidget(heading(self.tr("Upcoming"), 2))
        column.addWidget(self.upcoming_empty)
        column.addWidget(self.upcoming_list, 1)
        column.addWidget(heading(self.tr("Past"), 2))
        column.addWidget(self.past_empty)
        column.addWidget(self.past_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(self.detail))  # large text scrolls, never squeezed
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([470, 770])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        order: list[QWidget] = [
            self.upcoming_empty,
            self.upcoming_list,
            self.past_empty,
            self.past_list,
            self.detail.video_button,
            self.detail.pack.status_label,
            self.detail.pack.download_button,
            self.detail.pack.stop_button,
            self.detail.agenda,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """The cache changed: both lists and the meeting shown follow."""
        if self.detail.pack.running:
            return  # the download's own end refreshes
        shown = self.detail.meeting.id if self.detail.meeting else None
        self.upcoming_model.refresh()
        self.past_model.refresh()
        for model, view, empty in (
            (self.upcoming_model, self.upcoming_list, self.upcoming_empty),
            (self.past_model, self.past_list, self.past_empty),
        ):
            has_rows = model.rowCount() > 0
            view.setVisible(has_rows)
            empty.setVisible(not has_rows)
        meeting = self._meetings.meeting(shown) if shown else None
        if meeting is None and shown is None:
            first = self.upcoming_model.meeting(0) or self.past_model.meeting(0)
            meeting = first
        self.detail.refresh(meeting)
        if meeting is not None:
            self._select(meeting.id)

    def _select(self, meeting_id: str) -> None:
        for model, view in (
            (self.upcoming_model, self.upcoming_list),
            (self.past_model, self.past_list),
        ):
            row = model.row_of(meeting_id)
            if row >= 0 and view.currentIndex().row() != row:
                view.blockSignals(True)
                view.selectionModel().blockSignals(True)
                view.setCurrentIndex(model.index(row))
                view.selectionModel().blockSignals(False)
                view.blockSignals(False)
            elif row < 0:
                view.selectionModel().blockSignals(True)
                view.clearSelection()
                view.setCurrentIndex(QModelIndex())
                view.selectionModel().blockSignals(False)

    def show_meeting(self, meeting_id: str) -> None:
        """Choose this meeting and show it."""
        meeting = self._meetings.meeting(meeting_id)
        if meeting is None:
            return
        self.detail.show_meeting(meeting)
        self._select(meeting_id)

    def focus_first(self) -> None:
        for view in (self.upcoming_list, self.past_list):
            if view.model().rowCount() > 0:
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(view.model().index(0, 0))
                view.setFocus()
                return
        self.upcoming_empty.setFocus()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        model = current.model()
        meeting = model.meeting(current.row()) if isinstance(model, MeetingListModel) else None
        if meeting is not None and (
            self.detail.meeting is None or self.detail.meeting.id != meeting.id
        ):
            self.detail.show_meeting(meeting)
            self._select(meeting.id)

    def _on_activated(self, index: QModelIndex) -> None:
        """Enter on a meeting: its agenda gets the focus."""
        self._on_current_changed(index, index)
        self.detail.agenda.setFocus()

    def _on_link_requested(self, url: str) -> None:
        if url.startswith("action:"):
            self._open_action(url.removeprefix("action:"))
            return
        self._open_link(url)
