"""The Announcements view (Ctrl+5): announcements newest first, those waiting for my
acknowledgement said in words; the chosen one on the right (``announcement_detail``) with a big
"I have read it" button (one click) while it waits for me, then when I confirmed. Its author
also sees who has acknowledged and who has not, and may remind the latter after a confirmation.

As in the idea box, reads and writes happen on the UI thread (cache and outbox only), and each
write emits ``local_change`` so the main window asks the sync to send soon.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from desktop.core.library import Library
from desktop.core.network_api import AnnouncementsApi, NetworkError
from desktop.ui.announcement_detail import AnnouncementDetail
from desktop.ui.announcement_dialog import ConfirmRemind, NewAnnouncementDialog
from desktop.ui.announcement_models import AnnouncementListModel
from desktop.ui.events import AppEvents
from desktop.ui.formatting import fill
from desktop.ui.idea_detail import enter_clicks, list_view, shortcut
from desktop.ui.idea_models import OutboxActions, refusal_text
from desktop.ui.votes_widgets import heading, paragraph, plain_button, set_note
from desktop.ui.votes_words import plural


class AnnouncementsView(QWidget):
    """``AnnouncementsView(announcements, library, events, parent)``; ``outbox`` (optional)
    offers "Send again" and "Give up on it" for a refused announcement."""

    local_change = Signal()

    def __init__(
        self,
        announcements: AnnouncementsApi,
        library: Library,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        outbox: OutboxActions | None = None,
    ) -> None:
        super().__init__(parent)
        self._announcements = announcements
        self._library = library
        self._outbox = outbox
        self.setObjectName("announcementsView")
        self.dialog: NewAnnouncementDialog | None = None
        self.model = AnnouncementListModel(announcements, self)
        self.list = list_view(self.tr("Announcements"))
        self.list.setModel(self.model)
        self.waiting_label = paragraph("", 2)
        self.empty_label = paragraph(self.tr("No announcement yet."))
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_label.setAccessibleName(self.empty_label.text())
        self.new_button = plain_button(
            self.tr("New announcement…"),
            self.tr("New announcement"),
            self.tr("Post an announcement (Ctrl+N)"),
        )
        enter_clicks(self.new_button)
        self.detail = AnnouncementDetail()
        self._build()
        events.documents_changed.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.list.activated.connect(self._on_list_activated)
        self.new_button.clicked.connect(self.new_announcement)
        shortcut(self, "Ctrl+N", self.new_announcement)
        self.detail.acknowledge_requested.connect(self.acknowledge)
        self.detail.acks.remind_requested.connect(self.remind)
        self.detail.retry_requested.connect(self._retry)
        self.detail.discard_requested.connect(self._discard)
        self.refresh()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(heading(self.tr("Announcements"), 4))
        column.addWidget(self.waiting_label)
        column.addWidget(self.empty_label)
        column.addWidget(self.list, 1)
        column.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([480, 760])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.empty_label, self.list)
        QWidget.setTabOrder(self.list, self.new_button)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.detail.announcement.id if self.detail.announcement else None
        self.model.refresh()
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)
        waiting = self._announcements.waiting_count()
        self.waiting_label.setText(
            plural(
                self.tr("%n announcement(s) waiting for your confirmation", "", waiting), waiting
            )
            if waiting
            else ""
        )
        self.waiting_label.setAccessibleName(self.waiting_label.text())
        self.waiting_label.setVisible(waiting > 0)
        self.new_button.setVisible(self._announcements.can_announce())
        self._show(current)

    def _show(self, announcement_id: str | None) -> None:
        found = self._announcements.announcement(announcement_id) if announcement_id else None
        statuses = None
        if found is not None and found.mine and found.ack_required:
            statuses = self._announcements.acknowledgements(found.id)
        self.detail.show_announcement(found, statuses, self._outbox is not None)
        row = self.model.row_of(found.id) if found else -1
        if row >= 0 and self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.model.index(row))

    def show_announcement(self, announcement_id: str) -> None:
        self._show(announcement_id)
        self.list.setFocus()

    def focus_first(self) -> None:
        if self.model.rowCount() == 0:
            self.empty_label.setFocus()
            return
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def _on_model_reset(self) -> None:
        if self.detail.announcement is not None:
            row = self.model.row_of(self.detail.announcement.id)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.announcement(current.row()) if current.isValid() else None
        shown = self.detail.announcement
        if found is not None and (shown is None or shown.id != found.id):
            self._show(found.id)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self._on_list_current_changed(index, index)
        if self.detail.ack_button.isVisible():
            self.detail.ack_button.setFocus()
        else:
            self.detail.text.setFocus()

    # --- acting -------------------------------------------------------------------------

    def _act(self, action: object, *args: object) -> bool:
        try:
            action(*args)  # type: ignore[operator]
        except NetworkError as error:
            set_note(
                self.detail.state_note,
                fill(self.tr("Not done: %1"), refusal_text(error.code, str(error))),
            )
            return False
        self.local_change.emit()
        self.refresh()
        return True

    def acknowledge(self) -> None:
        shown = self.detail.announcement
        if shown is not None and self._act(self._announcements.acknowledge, shown.id):
            self.detail.ack_note.setFocus()

    def remind(self) -> None:
        shown = self.detail.announcement
        pending = self.detail.acks.pending
        if shown is None or not pending:
            return
        if ConfirmRemind(shown.title, pending, self).confirmed():
            self._act(self._announcements.remind, shown.id)

    def new_announcement(self) -> None:
        if not self._announcements.can_announce():
            return
        organisation = self._library.organisation_name() or self.tr("Whole organisation")
        scopes = [(None, organisation), *((c.id, c.name) for c in self._library.committees())]
        self.dialog = NewAnnouncementDialog(self._announcements, scopes, self)
        try:
            accepted = self.dialog.exec() == NewAnnouncementDialog.DialogCode.Accepted
            created = self.dialog.created
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        if accepted:
            self.local_change.emit()
            self.refresh()
            if created is not None:
                self.show_announcement(created.id)

    def _retry(self, outbox_seq: int) -> None:
        if self._outbox is not None:
            self._act(self._outbox.retry, outbox_seq)

    def _discard(self, outbox_seq: int) -> None:
        if self._outbox is not None:
            self._act(self._outbox.discard, outbox_seq)
