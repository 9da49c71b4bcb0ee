"""The right-hand side of the Meetings view: one meeting, when and where (a video link is shown
in full, and opening it asks first), its status, its board pack, then its agenda in order with
each item's documents ("✓ Available offline" / "↓ To download") and votes, the minutes of a
past meeting and the actions it decided. Enter on a document opens it in the reader, on a vote
in Votes, on an action in My actions."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.cache.document_records import Action, AgendaItem, Meeting
from desktop.ui.action_models import action_line
from desktop.ui.formatting import fill
from desktop.ui.links import link_to
from desktop.ui.meeting_models import (
    BoardUseCases,
    distance_words,
    offline_words,
    size_words,
    status_words,
    when_words,
)
from desktop.ui.pack_download import PackDownload
from desktop.ui.runner import Runner
from desktop.ui.votes_widgets import enlarge, heading, paragraph, plain_button

#: The link an agenda row leads to ("quorum://document/ID", "quorum://motion/ID", an action).
LinkRole = Qt.ItemDataRole.UserRole + 20
#: Markdown emphasis and heading marks, left out of the notes' one-line summary.
MARKDOWN_MARKS = re.compile(r"[*_`#>]+")
#: How much of an agenda item's notes its row shows (the whole text is its tooltip).
NOTES_CHARS = 240
#: Titles of what an agenda names: (kind, id) -> title, None when not in the cache.
TitleOf = Callable[[str, str], str | None]


def _row(
    parent: QTreeWidget | QTreeWidgetItem, text: str, mark: str = "", link: str = ""
) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text, mark])
    item.setData(0, LinkRole, link)
    spoken = f"{text}. {mark}." if mark else f"{text}."
    for column in (0, 1):
        item.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(column, spoken)
    if isinstance(parent, QTreeWidget):
        parent.addTopLevelItem(item)
    else:
        parent.addChild(item)
    return item


class MeetingDetail(QWidget):
    """One meeting; ``link_requested(url)`` when the member opens a row or the video link."""

    link_requested = Signal(str)

    def __init__(
        self, board: BoardUseCases, runner: Runner, title_of: TitleOf, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._board = board
        self._title_of = title_of
        self.meeting: Meeting | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        self.title_label = heading("", 5)
        self.when_label = paragraph("", 2)
        self.committee_label = paragraph("")
        self.status_label = paragraph("", 1)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.place_label = paragraph("")
        self.video_label = paragraph("")
        self.video_button = plain_button(
            self.tr("Join the video meeting…"),
            self.tr("Join the video meeting"),
            self.tr("Shows the full address and asks before opening it"),
        )
        self.video_button.setAutoDefault(True)
        self.video_button.clicked.connect(self._on_video_clicked)
        for label in (self.when_label, self.committee_label, self.status_label, self.place_label):
            layout.addWidget(label)
        video_row = QHBoxLayout()
        video_row.addWidget(self.video_label, 1)
        video_row.addWidget(self.video_button)
        layout.addLayout(video_row)
        layout.insertWidget(0, self.title_label)
        self.pack = PackDownload(board.meetings, board.files, runner)
        self.pack.finished.connect(self._on_pack_finished)
        layout.addWidget(self.pack)
        self.agenda_heading = heading(self.tr("Agenda"), 3)
        layout.addWidget(self.agenda_heading)
        self.agenda = QTreeWidget()
        self.agenda.setAccessibleName(self.tr("Agenda, documents, votes and actions"))
        self.agenda.setHeaderLabels([self.tr("Item"), self.tr("Offline")])
        self.agenda.setColumnCount(2)
        self.agenda.setWordWrap(True)
        self.agenda.setUniformRowHeights(False)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setStyleSheet("QTreeWidget::item { padding: 6px 4px; }")
        enlarge(self.agenda, 1)
        self.agenda.itemActivated.connect(self._on_item_activated)
        self.agenda.header().setStretchLastSection(False)
        self.agenda.header().setSectionResizeMode(0, self.agenda.header().ResizeMode.Stretch)
        self.agenda.header().setSectionResizeMode(
            1, self.agenda.header().ResizeMode.ResizeToContents
        )
        layout.addWidget(self.agenda, 1)
        self.hint_label = paragraph(self.tr("Enter opens the chosen document, vote or action."), 0)
        layout.addWidget(self.hint_label)
        self.show_meeting(None)

    # --- showing --------------------------------------------------------------------------

    def show_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        shown = meeting is not None
        for widget in (
            self.when_label,
            self.committee_label,
            self.status_label,
            self.agenda_heading,
            self.agenda,
            self.hint_label,
        ):
            widget.setVisible(shown)
        if meeting is None:
            self.title_label.setText(self.tr("Choose a meeting in the list."))
            self.title_label.setAccessibleName(self.title_label.text())
            self.place_label.setVisible(False)
            self.video_label.setVisible(False)
            self.video_button.setVisible(False)
            self.pack.show_meeting(None)
            self.agenda.clear()
            return
        self._say(self.title_label, meeting.title)
        when = fill(self.tr("%1 (%2)"), when_words(meeting), distance_words(meeting.starts_at))
        self._say(self.when_label, when)
        self._say(self.committee_label, meeting.committee_name)
        self._say(self.status_label, fill(self.tr("Status: %1"), status_words(meeting.status)))
        self._say(self.place_label, fill(self.tr("Place: %1"), meeting.place))
        self.place_label.setVisible(bool(meeting.place))
        self._say(self.video_label, fill(self.tr("Video link: %1"), meeting.video_url))
        self.video_label.setVisible(bool(meeting.video_url))
        self.video_button.setVisible(bool(meeting.video_url) and meeting.status == "scheduled")
        self.pack.show_meeting(meeting.id if meeting.status != "cancelled" else None)
        self.fill_agenda(meeting)

    @staticmethod
    def _say(label: QWidget, text: str) -> None:
        label.setText(text)  # type: ignore[attr-defined]
        label.setAccessibleName(text)

    def fill_agenda(self, meeting: Meeting) -> None:
        self.agenda.clear()
        if meeting.minutes_document_id:
            self._document_row(self.agenda, meeting.minutes_document_id, self.tr("Minutes: %1"))
        if not meeting.agenda:
            _row(self.agenda, self.tr("The agenda is not published yet."))
        for item in sorted(meeting.agenda, key=lambda i: i.position):
            self._agenda_item(item)
        actions = self._board.actions.of_meeting(meeting.id)
        if actions:
            self._actions(actions)
        self.agenda.expandAll()
        first = self.agenda.topLevelItem(0)
        if first is not None:
            self.agenda.setCurrentItem(first)

    def _agenda_item(self, item: AgendaItem) -> None:
        text = fill(self.tr("%1. %2"), str(item.position), item.title)
        if item.presenter:
            text = fill(self.tr("%1 (presented by %2)"), text, item.presenter)
        top = _row(self.agenda, text)
        notes = " ".join(MARKDOWN_MARKS.sub("", item.notes).split())
        if notes:
            short = notes if len(notes) <= NOTES_CHARS else notes[: NOTES_CHARS - 1] + "…"
            _row(top, fill(self.tr("Notes: %1"), short)).setToolTip(0, item.notes)
        for document_id in item.document_ids:
            self._document_row(top, document_id, self.tr("Document: %1"))
        for motion_id in item.motion_ids:
            title = self._title_of("motion", motion_id) or self.tr("a vote not available here")
            _row(top, fill(self.tr("Vote: %1"), title), "", link_to("motion", motion_id))
        if not item.document_ids and not item.motion_ids:
            _row(top, self.tr("No document for this item"))

    def _document_row(
        self, parent: QTreeWidget | QTreeWidgetItem, document_id: str, template: str
    ) -> None:
        title = self._title_of("document", document_id)
        if title is None:
            _row(parent, fill(template, self.tr("a document not available here")))
            return
        mark = ""
        extras = self._board.extras
        detail = extras.detail(document_id) if extras is not None else None
        if detail is not None and detail.file is not None:
            ready = detail.file_state is not None and detail.file_state.ready
            mark = offline_words(ready)
            if not ready:
                mark = fill(self.tr("%1 (%2)"), mark, size_words(detail.file.size))
            if detail.file.pages:
                title = fill(self.tr("%1 — PDF, %2 pages"), title, str(detail.file.pages))
        elif detail is not None:
            mark = offline_words(True)
        _row(parent, fill(template, title), mark, link_to("document", document_id))

    def _actions(self, actions: list[Action]) -> None:
        top = _row(self.agenda, fill(self.tr("Actions decided (%1)"), str(len(actions))))
        for action in actions:
            _row(top, action_line(action), "", f"action:{action.id}")

    # --- acting ---------------------------------------------------------------------------

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        link = item.data(0, LinkRole)
        if link:
            self.link_requested.emit(str(link))

    def _on_video_clicked(self) -> None:
        if self.meeting is not None and self.meeting.video_url:
            self.link_requested.emit(self.meeting.video_url)

    def _on_pack_finished(self) -> None:
        if self.meeting is not None and self.pack.meeting_id == self.meeting.id:
            self.fill_agenda(self.meeting)

    def refresh(self, meeting: Meeting | None) -> None:
        """The cache changed: the same meeting, shown again (the agenda keeps its row)."""
        current = self.agenda.currentItem()
        link = current.data(0, LinkRole) if current is not None else None
        self.show_meeting(meeting)
        if link:
            for found in self.agenda.findItems(
                "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
            ):
                if found.data(0, LinkRole) == link:
                    self.agenda.setCurrentItem(found)
                    break
