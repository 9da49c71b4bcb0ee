"""The right-hand side of the Votes view: one motion, its deadline, my status in words, the
buttons to vote (for me and for each principal whose proxy I hold), its text and its history."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.formatting import fill, format_moment
from desktop.ui.votes_widgets import MotionText, big_button, heading, paragraph, plain_button
from desktop.ui.votes_words import (
    NOT_COUNTED,
    TO_VOTE,
    VOTED,
    ballot_status_text,
    closed_at_text,
    countdown,
    deadline_text,
    kind_text,
    now_utc,
)
from protocol.motions import ResultsVisibility
from protocol.voting import effective_rules


def live_results_visible(view: MotionView) -> bool:
    """Whether the motion's rules let this member see its results before the close."""
    motion = view.motion
    rules = effective_rules(motion.kind, motion.mode, motion.rules)
    if rules.results_visibility is ResultsVisibility.LIVE:
        return True
    return rules.results_visibility is ResultsVisibility.AFTER_VOTE and view.mine.status == VOTED


if TYPE_CHECKING:
    from desktop.core.votes import VotesService
    from desktop.core.votes_views import BallotView, MotionView
    from protocol.motions import AuditEventData


class MotionDetail(QWidget):
    """``vote_requested(principal_id or "")``, ``results_requested()``, ``proxy_requested()``."""

    vote_requested = Signal(str)
    results_requested = Signal()
    proxy_requested = Signal()

    def __init__(
        self,
        votes: VotesService,
        clock: Callable[[], datetime] = now_utc,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._votes = votes
        self._clock = clock
        self.view: MotionView | None = None
        self.holder_buttons: dict[str, QPushButton] = {}
        self._holder_widgets: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.setSpacing(8)
        self.title_label = heading("", 5)
        self.info_label = paragraph("")
        self.deadline_label = paragraph("", 2)
        self.status_label = paragraph("", 2)
        status_font = self.status_label.font()
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        for label in (self.title_label, self.info_label, self.deadline_label, self.status_label):
            layout.addWidget(label)
        self.vote_button = big_button("", "")
        self.vote_button.clicked.connect(lambda: self.vote_requested.emit(""))
        self.results_button = plain_button(self.tr("See the &results"))
        self.results_button.clicked.connect(self.results_requested.emit)
        self.proxy_button = plain_button(self.tr("&Give my proxy for this vote…"))
        self.proxy_button.clicked.connect(self.proxy_requested.emit)
        self.action_box = QVBoxLayout()
        self.action_box.addWidget(self.vote_button)
        self.holder_box = QVBoxLayout()
        self.action_box.addLayout(self.holder_box)
        row = FlowLayout(spacing=8)  # large text: the second button goes below
        row.add_widget(self.results_button)
        row.add_widget(self.proxy_button)
        self.action_box.addLayout(row)
        layout.addLayout(self.action_box)
        self.text = MotionText()
        layout.addWidget(self.text, 1)
        self.show_view(None)

    def show_view(self, view: MotionView | None) -> None:
        self.view = view
        if view is None:
            self.title_label.setText(self.tr("Choose a vote in the list."))
            for widget in (self.info_label, self.deadline_label, self.status_label):
                widget.setText("")
            for button in (self.vote_button, self.results_button, self.proxy_button):
                button.setVisible(False)
            self._set_holders(())
            self.text.show_placeholder(self.tr("The text of the motion is shown here."))
            return
        motion = view.motion
        self.title_label.setText(motion.title)
        self.title_label.setAccessibleName(motion.title)
        info = kind_text(motion.kind, motion.mode)
        self.info_label.setText(
            fill(self.tr("%1 · %2"), view.committee_name, info) if view.committee_name else info
        )
        self.update_countdown()
        mine = view.mine
        self.status_label.setText(self._status(mine))
        self.status_label.setAccessibleName(self.status_label.text())
        can_vote = view.is_open and mine.can_vote
        self.vote_button.setVisible(can_vote)
        if can_vote:
            changing = mine.choices is not None and mine.status != NOT_COUNTED
            text = self.tr("Change my vote…") if changing else self.tr("Vote…")
            self.vote_button.setText(text)
            self.vote_button.setAccessibleName(
                fill(self.tr("%1 on “%2”"), text.rstrip("…"), motion.title)
            )
        self._set_holders(view.as_holder if view.is_open else ())
        live = view.is_open and view.result is None and live_results_visible(view)
        self.results_button.setVisible(not view.is_open or view.result is not None or live)
        self.results_button.setText(
            self.tr("See the &results so far") if live else self.tr("See the &results")
        )
        self.proxy_button.setVisible(
            view.is_open and mine.status == TO_VOTE and motion.rules.proxies_allowed
        )
        self.text.show_motion(motion, self._history_html(motion.id))

    def _status(self, ballot: BallotView) -> str:
        return ballot_status_text(ballot, self.view.deadline if self.view else None)

    def update_countdown(self) -> None:
        view = self.view
        if view is None or view.deadline is None:
            self.deadline_label.setText("")
            return
        now = self._clock()
        if view.is_open:
            text = fill(
                self.tr("%1 — %2"), deadline_text(view.deadline, now), countdown(view.deadline, now)
            )
        else:
            text = closed_at_text(view.deadline)
        self.deadline_label.setText(text)
        self.deadline_label.setAccessibleName(text)

    def _set_holders(self, ballots: tuple[BallotView, ...]) -> None:
        for widget in self._holder_widgets:
            widget.hide()  # at once: deleteLater waits for the event loop
            self.holder_box.removeWidget(widget)
            widget.deleteLater()
        self._holder_widgets = []
        self.holder_buttons = {}
        for ballot in ballots:
            if not ballot.can_vote:
                label = paragraph(
                    fill(self.tr("For %1: %2"), ballot.principal_name, self._status(ballot))
                )
                self.holder_box.addWidget(label)
                self._holder_widgets.append(label)
                continue
            text = fill(self.tr("Vote on behalf of %1…"), ballot.principal_name)
            button = big_button(
                text,
                text.rstrip("…"),
                fill(
                    self.tr("%1 gave you their proxy. %2"),
                    ballot.principal_name,
                    self._status(ballot),
                ),
            )
            button.clicked.connect(
                lambda _=False, p=ballot.principal_id: self.vote_requested.emit(p)
            )
            self.holder_box.addWidget(button)
            self._holder_widgets.append(button)
            self.holder_buttons[ballot.principal_id] = button

    def _history_html(self, motion_id: str) -> str:
        events = self._votes.history(motion_id)
        if not events:
            return ""
        items = "".join(f"<li>{html.escape(self.event_text(e))}</li>" for e in events)
        title = self.tr("History of this vote")
        return f"<h3>{html.escape(title)}</h3><ul>{items}</ul>"

    def event_text(self, event: AuditEventData) -> str:
        words = {
            "created": self.tr("Vote created"),
            "opened": self.tr("Vote opened"),
            "extended": self.tr("Deadline extended"),
            "closed": self.tr("Vote closed"),
            "reopened": self.tr("Vote reopened"),
            "published": self.tr("Results published"),
            "cancelled": self.tr("Vote cancelled"),
            "text_changed": self.tr("Text changed: earlier ballots no longer count"),
            "voters_changed": self.tr("List of voters changed"),
            "proxy_granted": self.tr("Proxy given"),
            "proxy_revoked": self.tr("Proxy withdrawn"),
            "ballot_cast": self.tr("A ballot was cast"),
            "ballot_changed": self.tr("A ballot was changed"),
        }
        what = words.get(event.event, event.event)
        return fill(self.tr("%1 — %2"), format_moment(event.at), what)
