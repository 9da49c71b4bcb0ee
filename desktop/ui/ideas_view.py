"""The idea box view (Ctrl+4): ideas and requests with their status in words, filtered by
status and scope, sorted by support or date; the chosen idea on the right with its text, the
public answer, its comments, the "Support" button (or why it is not offered) and, for the
secretariat or the committee's chair, "Change the status…".

Reads and writes happen on the UI thread: the idea box only reads the cache and queues in the
outbox. After each write the view emits ``local_change`` (the main window asks the sync to
send soon) and refreshes; the server's answer comes with the next sync.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from desktop.core.library import Library
from desktop.core.network_api import IdeaBoxApi, NetworkError
from desktop.ui.events import AppEvents
from desktop.ui.formatting import fill
from desktop.ui.idea_detail import IdeaDetail, enter_clicks, list_view, shortcut
from desktop.ui.idea_dialog import NewIdeaDialog, StatusDialog, combo, form_label
from desktop.ui.idea_models import STATUSES, IdeaListModel, OutboxActions, refusal_text, status_text
from desktop.ui.votes_widgets import heading, paragraph, plain_button, set_note
from desktop.ui.widgets import scrolling

#: Scope filter data: every scope, and the organisation's own ideas.
EVERYWHERE, ORGANISATION = "*", ""


class IdeasView(QWidget):
    """``IdeasView(idea_box, library, events, parent)``; ``outbox`` (optional) offers "Send
    again" and "Give up on it" for a refused idea or comment."""

    local_change = Signal()

    def __init__(
        self,
        idea_box: IdeaBoxApi,
        library: Library,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        outbox: OutboxActions | None = None,
    ) -> None:
        super().__init__(parent)
        self._ideas = idea_box
        self._library = library
        self._outbox = outbox
        self.setObjectName("ideasView")
        self.dialog: NewIdeaDialog | StatusDialog | None = None
        self.model = IdeaListModel(idea_box, self)
        self.list = list_view(self.tr("Ideas"))
        self.list.setModel(self.model)
        self.empty_label = paragraph(self.tr("No idea matches these choices yet."))
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.status_combo = combo(self.tr("Show ideas with the status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_text(status), status)
        self.scope_combo = combo(self.tr("Show ideas of"))
        self.sort_combo = combo(self.tr("Order of the ideas"))
        self.sort_combo.addItem(self.tr("Most supported first"), "support")
        self.sort_combo.addItem(self.tr("Most recent first"), "recent")
        self.new_button = plain_button(
            self.tr("New idea…"),
            self.tr("New idea"),
            self.tr("Submit an idea or a request (Ctrl+N)"),
        )
        enter_clicks(self.new_button)
        self.detail = IdeaDetail()
        self._build()
        self._connect(events)
        self.refresh()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(heading(self.tr("Idea box"), 4))
        filters = QVBoxLayout()
        for text, box in (
            (self.tr("S&tatus:"), self.status_combo),
            (self.tr("&Where:"), self.scope_combo),
            (self.tr("&Order:"), self.sort_combo),
        ):
            row = QHBoxLayout()
            label = form_label(text, box)
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 9)
            row.addWidget(label)
            row.addWidget(box, 1)
            filters.addLayout(row)
        column.addLayout(filters)
        column.addWidget(self.empty_label)
        column.addWidget(self.list, 1)
        column.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(self.detail))  # large text scrolls, never squeezed
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([480, 760])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        order = [
            self.status_combo,
            self.scope_combo,
            self.sort_combo,
            self.empty_label,
            self.list,
            self.new_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self, events: AppEvents) -> None:
        events.documents_changed.connect(self.refresh)
        for box in (self.status_combo, self.scope_combo, self.sort_combo):
            box.currentIndexChanged.connect(self._on_filter_changed)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.list.activated.connect(self._on_list_activated)
        self.new_button.clicked.connect(self.new_idea)
        shortcut(self, "Ctrl+N", self.new_idea)
        self.detail.support_requested.connect(self.support)
        self.detail.status_requested.connect(self.change_status)
        self.detail.comment_requested.connect(self.comment)
        self.detail.retry_requested.connect(self._retry)
        self.detail.discard_requested.connect(self._discard)

    # --- reading ------------------------------------------------------------------------

    def scopes(self) -> list[tuple[str | None, str]]:
        """The organisation, then my committees: where I may submit an idea."""
        organisation = self._library.organisation_name() or self.tr("Whole organisation")
        return [(None, organisation), *((c.id, c.name) for c in self._library.committees())]

    def _fill_scopes(self) -> None:
        chosen = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Everywhere"), EVERYWHERE)
        for committee_id, name in self.scopes():
            self.scope_combo.addItem(name, committee_id or ORGANISATION)
        index = self.scope_combo.findData(chosen) if chosen is not None else 0
        self.scope_combo.setCurrentIndex(max(0, index))
        self.scope_combo.blockSignals(False)

    def refresh(self) -> None:
        """The cache changed: the scopes, the list and the chosen idea follow."""
        current = self.detail.idea.id if self.detail.idea else None
        self._fill_scopes()
        self._apply_filter()
        self._show(current)

    def _apply_filter(self) -> None:
        scope = self.scope_combo.currentData()
        self.model.set_filter(
            self.status_combo.currentData(),
            scope == EVERYWHERE,
            None if scope in (EVERYWHERE, ORGANISATION) else scope,
            str(self.sort_combo.currentData()),
        )
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)

    def _show(self, idea_id: str | None) -> None:
        idea = self._ideas.idea(idea_id) if idea_id else None
        if idea is None:
            self.detail.show_idea(None, [], False)
            return
        self.detail.show_idea(
            idea,
            self._ideas.comments(idea.id),
            self._ideas.can_moderate(idea),
            self._outbox is not None,
        )
        row = self.model.row_of(idea.id)
        if row >= 0 and self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.model.index(row))

    def show_idea(self, idea_id: str) -> None:
        """Choose this idea (showing every idea if the filters hide it) and show it."""
        if self.model.row_of(idea_id) < 0:
            self.status_combo.setCurrentIndex(0)
            self.scope_combo.setCurrentIndex(0)
        self._show(idea_id)
        self.list.setFocus()

    def focus_first(self) -> None:
        if self.model.rowCount() == 0:
            self.empty_label.setFocus()
            return
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def _on_filter_changed(self) -> None:
        current = self.detail.idea.id if self.detail.idea else None
        self._apply_filter()
        self._show(current if current and self.model.row_of(current) >= 0 else None)

    def _on_model_reset(self) -> None:
        if self.detail.idea is not None:
            row = self.model.row_of(self.detail.idea.id)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        idea = self.model.idea(current.row()) if current.isValid() else None
        if idea is not None and (self.detail.idea is None or self.detail.idea.id != idea.id):
            self._show(idea.id)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self._on_list_current_changed(index, index)
        self.detail.focus_action()

    # --- acting -------------------------------------------------------------------------

    def _changed(self) -> None:
        self.local_change.emit()
        self.refresh()

    def _act(self, action: object, *args: object) -> bool:
        try:
            action(*args)  # type: ignore[operator]
        except NetworkError as error:
            set_note(
                self.detail.state_note,
                fill(self.tr("Not done: %1"), refusal_text(error.code, str(error))),
            )
            return False
        self._changed()
        return True

    def support(self) -> None:
        idea = self.detail.idea
        if idea is not None and self._act(self._ideas.support, idea.id):
            self.detail.support_reason.setFocus()

    def comment(self, body: str) -> None:
        idea = self.detail.idea
        if idea is not None and self._act(self._ideas.comment, idea.id, body):
            self.detail.comment_edit.clear()
            self.detail.comment_edit.setFocus()

    def change_status(self) -> None:
        idea = self.detail.idea
        if idea is None:
            return
        self.dialog = StatusDialog(self._ideas, idea, self)
        self._run_dialog(self.dialog, idea.id)

    def new_idea(self) -> None:
        self.dialog = NewIdeaDialog(self._ideas, self.scopes(), self)
        self._run_dialog(self.dialog, None)

    def _run_dialog(self, dialog: NewIdeaDialog | StatusDialog, idea_id: str | None) -> None:
        try:
            accepted = dialog.exec() == NewIdeaDialog.DialogCode.Accepted
            created = (
                dialog.created.id if isinstance(dialog, NewIdeaDialog) and dialog.created else None
            )
        finally:
            dialog.deleteLater()
            self.dialog = None
        if not accepted:
            return
        self._changed()
        self.show_idea(created or idea_id or "")

    def _retry(self, outbox_seq: int) -> None:
        if self._outbox is not None:
            self._act(self._outbox.retry, outbox_seq)

    def _discard(self, outbox_seq: int) -> None:
        if self._outbox is not None:
            self._act(self._outbox.discard, outbox_seq)
