"""The secretariat's buttons on a motion: open, close now, extend, reopen, publish, cancel.

Each one needs the server (``VotesService`` raises ``ServerUnreachable`` offline, which is told
in words); on success the next sync brings the motion's new state to everyone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.motion_editor import closes_at_edit, default_deadline, to_datetime
from desktop.ui.runner import Runner
from desktop.ui.votes_errors import show_vote_error
from desktop.ui.votes_widgets import big_button, heading, paragraph, plain_button
from protocol.motions import MotionData, MotionStatus

if TYPE_CHECKING:
    from desktop.core.votes import VotesService


class ScheduleDialog(QDialog):
    """Asks until when a vote stays open (to open, extend or reopen it)."""

    def __init__(self, title: str, action: str, current: datetime | None, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(title, 3))
        layout.addWidget(paragraph(self.tr("Voting stays open until:")))
        start = current if current and current > datetime.now().astimezone() else None
        self.closes_edit = closes_at_edit(start or default_deadline(), self.tr("Closes on"))
        layout.addWidget(self.closes_edit)
        self.ok_button = big_button(action, action)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        cancel = plain_button(self.tr("Cancel"), self.tr("Cancel: change nothing"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        layout.addLayout(row)

    def closes_at(self) -> datetime:
        return to_datetime(self.closes_edit.dateTime())


class ManagePanel(QWidget):
    """The buttons for the current motion's state; hidden for members who may not manage it."""

    def __init__(
        self,
        votes: VotesService,
        runner: Runner,
        on_changed: Callable[[MotionData], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._votes = votes
        self._runner = runner
        self._on_changed = on_changed
        self.motion: MotionData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.caption = QLabel(self.tr("Secretariat:"))
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        self.open_button = plain_button(self.tr("&Open the vote…"))
        self.close_button = plain_button(self.tr("Close &now"))
        self.extend_button = plain_button(self.tr("E&xtend…"))
        self.reopen_button = plain_button(self.tr("&Reopen…"))
        self.publish_button = plain_button(self.tr("&Publish the results"))
        self.cancel_button = plain_button(self.tr("Cancel the vote"))
        self.buttons = [
            self.open_button,
            self.close_button,
            self.extend_button,
            self.reopen_button,
            self.publish_button,
            self.cancel_button,
        ]
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.open_button.clicked.connect(lambda: self._schedule("open"))
        self.extend_button.clicked.connect(lambda: self._schedule("extend"))
        self.reopen_button.clicked.connect(lambda: self._schedule("reopen"))
        self.close_button.clicked.connect(self._on_close_clicked)
        self.publish_button.clicked.connect(lambda: self._run(lambda v, m: v.publish_motion(m.id)))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.show_motion(None)

    def show_motion(self, motion: MotionData | None) -> None:
        self.motion = motion
        allowed = motion is not None and self._votes.can_manage(motion.committee_id)
        self.setVisible(allowed)
        status = motion.status if motion else None
        visible = {
            self.open_button: status is MotionStatus.DRAFT,
            self.close_button: status is MotionStatus.OPEN,
            self.extend_button: status is MotionStatus.OPEN,
            self.reopen_button: status is MotionStatus.CLOSED,
            self.publish_button: status is MotionStatus.CLOSED,
            self.cancel_button: status in (MotionStatus.DRAFT, MotionStatus.OPEN),
        }
        for button, shown in visible.items():
            button.setVisible(shown)

    def _run(self, action: Callable[[Any, MotionData], MotionData]) -> None:
        motion, votes = self.motion, self._votes
        if motion is None:
            return
        self._runner.run(
            lambda: action(votes, motion),
            on_done=self._on_changed,
            on_error=lambda error: show_vote_error(self, error),
        )

    def _schedule(self, kind: str) -> None:
        if self.motion is None:
            return
        titles = {
            "open": (self.tr("Open the vote"), self.tr("Open the vote")),
            "extend": (self.tr("Extend the vote"), self.tr("Extend the vote")),
            "reopen": (self.tr("Reopen the vote"), self.tr("Reopen the vote")),
        }
        title, action = titles[kind]
        dialog = ScheduleDialog(title, action, self.motion.closes_at, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        closes_at = dialog.closes_at()
        methods = {"open": "open_motion", "extend": "extend_motion", "reopen": "reopen_motion"}
        self._run(lambda v, m: getattr(v, methods[kind])(m.id, closes_at))

    def confirm(self, text: str, yes: str) -> bool:
        """Asks before an action that cannot be taken back; "No" is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Please confirm"), text, parent=self)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(self.tr("No, go back"), QMessageBox.ButtonRole.RejectRole)
        yes_button.setAccessibleName(yes)
        no_button.setAccessibleName(self.tr("No, go back"))
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def _on_close_clicked(self) -> None:
        if self.motion and self.confirm(
            fill(self.tr("Close the vote “%1” now, before its deadline?"), self.motion.title),
            self.tr("Yes, close it now"),
        ):
            self._run(lambda v, m: v.close_motion(m.id))

    def _on_cancel_clicked(self) -> None:
        if self.motion and self.confirm(
            fill(self.tr("Cancel the vote “%1”? Its ballots will not count."), self.motion.title),
            self.tr("Yes, cancel the vote"),
        ):
            self._run(lambda v, m: v.cancel_motion(m.id))
