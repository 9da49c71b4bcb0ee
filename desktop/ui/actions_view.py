"""The My actions view (Ctrl+8): the actions I am in charge of across my committees (open
ones by due date first), and for a committee's chair or the secretariat a "Late" tab and
"New action…"; the chosen action on the right (``ActionDetail``).

Writes go to the outbox at once (the change shows as "Waiting to be sent"); the view emits
``local_change`` so the main window sends soon, and the server's answer comes with the next
sync.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QListView, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.core.documents_api import ActionsApi, DocumentsError
from desktop.ui.action_detail import ActionDetail
from desktop.ui.action_dialog import NewActionDialog, People, Scopes
from desktop.ui.action_models import ActionListModel, refusal_text
from desktop.ui.events import AppEvents
from desktop.ui.formatting import fill
from desktop.ui.idea_detail import enter_clicks, list_view, shortcut
from desktop.ui.votes_widgets import heading, paragraph, plain_button


class ActionsView(QWidget):
    """``scopes()`` lists (committee id, name) where the member may be given actions (the
    organisation first); ``people(committee_id)`` the members who may be put in charge."""

    local_change = Signal()

    def __init__(
        self,
        actions: ActionsApi,
        events: AppEvents,
        scopes: Callable[[], Scopes],
        people: Callable[[str | None], People],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._scopes = scopes
        self._people = people
        self.setObjectName("actionsView")
        self.dialog: NewActionDialog | None = None
        self.mine_model = ActionListModel(self)
        self.late_model = ActionListModel(self)
        self.mine_list = list_view(self.tr("My actions"))
        self.mine_list.setModel(self.mine_model)
        self.late_list = list_view(self.tr("Late actions of my committees"))
        self.late_list.setModel(self.late_model)
        self.mine_empty = paragraph(self.tr("No action is in your charge."))
        self.mine_empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mine_empty.setAccessibleName(self.mine_empty.text())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Which actions"))
        mine_page = QWidget()
        mine_layout = QVBoxLayout(mine_page)
        mine_layout.setContentsMargins(0, 4, 0, 0)
        mine_layout.addWidget(self.mine_empty)
        mine_layout.addWidget(self.mine_list, 1)
        self.tabs.addTab(mine_page, self.tr("M&ine"))
        self.tabs.addTab(self.late_list, self.tr("&Late"))
        self.new_button = plain_button(
            self.tr("New action…"),
            self.tr("New action"),
            self.tr("Record an action and who is in charge of it (Ctrl+N)"),
        )
        enter_clicks(self.new_button)
        self.detail = ActionDetail()
        self._build()
        self.tabs.currentChanged.connect(lambda _index: self._on_tab_changed())
        for view in (self.mine_list, self.late_list):
            view.selectionModel().currentChanged.connect(self._on_current_changed)
            view.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_action)
        shortcut(self, "Ctrl+N", self.new_action)
        self.detail.status_requested.connect(self.set_status)
        self.detail.comment_requested.connect(self.comment)
        events.documents_changed.connect(self.refresh)
        events.sync_finished.connect(lambda _status: self.refresh())
        self.refresh()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(heading(self.tr("My actions"), 4))
        column.addWidget(self.tabs, 1)
        column.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([480, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- reading --------------------------------------------------------------------------

    @property
    def current_list(self) -> QListView:
        return self.late_list if self.tabs.currentIndex() == 1 else self.mine_list

    def creatable_scopes(self) -> Scopes:
        return [(c, name) for c, name in self._scopes() if self._actions.can_create(c)]

    def refresh(self) -> None:
        """The cache changed: the lists, the tabs and the action shown follow."""
        shown = self.detail.action.id if self.detail.action else None
        self.mine_model.set_actions(self._actions.mine())
        can_manage = bool(self.creatable_scopes())
        late = self._actions.late() if can_manage else []
        self.late_model.set_actions(late)
        self.tabs.setTabVisible(1, can_manage)
        self.tabs.setTabText(1, fill(self.tr("&Late (%1)"), str(len(late))))
        self.new_button.setVisible(can_manage)
        empty = self.mine_model.rowCount() == 0
        self.mine_empty.setVisible(empty)
        self.mine_list.setVisible(not empty)
        action = self._actions.action(shown) if shown else None
        if action is None:
            model = self.late_model if self.current_list is self.late_list else self.mine_model
            action = model.action(0)
        self._show(action.id if action else None)

    def _show(self, action_id: str | None) -> None:
        action = self._actions.action(action_id) if action_id else None
        self.detail.show_action(action)
        if action is None:
            return
        view = self.current_list
        model = view.model()
        row = model.row_of(action.id) if isinstance(model, ActionListModel) else -1
        if row >= 0 and view.currentIndex().row() != row:
            view.setCurrentIndex(model.index(row, 0))

    def show_action(self, action_id: str) -> None:
        """Choose this action (in Mine when it is mine, else in Late) and show it."""
        if self.mine_model.row_of(action_id) < 0 and self.late_model.row_of(action_id) >= 0:
            self.tabs.setCurrentIndex(1)
        else:
            self.tabs.setCurrentIndex(0)
        self._show(action_id)
        self.current_list.setFocus()

    def focus_first(self) -> None:
        view = self.current_list
        if view.model().rowCount() == 0:
            self.mine_empty.setFocus()
            return
        if not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))
        view.setFocus()

    def _on_tab_changed(self) -> None:
        view = self.current_list
        model = view.model()
        index = view.currentIndex()
        if not index.isValid() and model.rowCount():
            index = model.index(0, 0)
            view.setCurrentIndex(index)
        action = model.action(index.row()) if isinstance(model, ActionListModel) else None
        self.detail.show_action(action if index.isValid() else None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = current.model()
        if not current.isValid() or not isinstance(model, ActionListModel):
            return
        action = model.action(current.row())
        if action is not None and (
            self.detail.action is None or self.detail.action.id != action.id
        ):
            self.detail.show_action(action)

    def _on_activated(self, index: QModelIndex) -> None:
        self._on_current_changed(index, index)
        self.detail.focus_action()

    # --- acting ---------------------------------------------------------------------------

    def _act(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except DocumentsError as error:
            self.detail.show_error(
                fill(self.tr("Not done: %1"), refusal_text(error.code, str(error)))
            )
            return False
        self.detail.show_error("")
        self.local_change.emit()
        self.refresh()
        return True

    def set_status(self, status: str, comment: str) -> None:
        action = self.detail.action
        if action is not None and self._act(
            lambda: self._actions.set_status(action.id, status, comment)
        ):
            self.detail.comment_edit.clear()
            self.detail.status_button.setFocus()

    def comment(self, body: str) -> None:
        action = self.detail.action
        if action is not None and self._act(lambda: self._actions.comment(action.id, body)):
            self.detail.comment_edit.clear()
            self.detail.comment_edit.setFocus()

    def new_action(self) -> None:
        scopes = self.creatable_scopes()
        if not scopes:
            return
        self.dialog = NewActionDialog(self._actions, scopes, self._people, self)
        try:
            accepted = self.dialog.exec() == NewActionDialog.DialogCode.Accepted
            created = self.dialog.created
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        if not accepted or created is None:
            return
        self.local_change.emit()
        self.refresh()
        self.show_action(created.id)
