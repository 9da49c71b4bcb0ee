"""What became of a ballot, said plainly: waiting to be sent (and until when), counted (with
the receipt code of a secret ballot and what it is for), or not counted and why."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.formatting import fill
from desktop.ui.votes_widgets import big_button, enlarge, heading, paragraph, set_note
from desktop.ui.votes_words import (
    NOT_COUNTED,
    VOTED,
    WAITING,
    choices_text,
    must_reach_text,
    reason_words,
)
from protocol.motions import BallotMode, MotionData

if TYPE_CHECKING:
    from desktop.core.votes_views import BallotView


class OutcomePage(QWidget):
    """The last page of the vote dialog."""

    def __init__(
        self, motion: MotionData, deadline: datetime | None, behalf_name: str | None = None
    ) -> None:
        super().__init__()
        self._motion = motion
        self._deadline = deadline
        self._behalf_name = behalf_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.headline = heading("", 6)
        self.choice_label = paragraph("", 2)
        self.detail_label = paragraph("", 2)
        self.receipt_intro = paragraph(self.tr("Your receipt code:"), 2)
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setReadOnly(True)
        enlarge(self.receipt_edit, 6, bold=True)
        self.receipt_edit.setMinimumHeight(56)
        self.receipt_edit.setAccessibleName(self.tr("Your receipt code"))
        self.receipt_help = paragraph(
            self.tr(
                "Write it down or keep it somewhere safe. After the vote closes, Quorum uses it "
                "to check that your ballot is in the published list, unchanged. The code does "
                "not tell anyone how you voted."
            ),
            1,
        )
        self.close_button = big_button(self.tr("Close"), self.tr("Close this window"))
        self.close_button.setDefault(True)
        for widget in (self.headline, self.choice_label, self.detail_label, self.receipt_intro):
            layout.addWidget(widget)
        layout.addWidget(self.receipt_edit)
        layout.addWidget(self.receipt_help)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._show_receipt(None)

    def _show_receipt(self, receipt: str | None) -> None:
        secret = self._motion.mode is BallotMode.SECRET
        for widget in (self.receipt_intro, self.receipt_edit, self.receipt_help):
            widget.setVisible(bool(receipt) and secret)
        self.receipt_edit.setText(receipt or "")
        self.receipt_edit.setAccessibleDescription(receipt or "")

    def show_ballot(self, ballot: BallotView, labels: dict[str, str]) -> None:
        chosen = choices_text(self._motion.kind, list(ballot.choices or ()), labels)
        behalf = ""
        if self._behalf_name:
            behalf = fill(self.tr(" (on behalf of %1)"), self._behalf_name)
        set_note(self.choice_label, fill(self.tr("Your vote%1: %2"), behalf, chosen))
        if ballot.status == WAITING:
            set_note(self.headline, self.tr("Your vote is waiting to be sent"))
            detail = fill(
                self.tr("Quorum sends it as soon as the server can be reached. %1"),
                must_reach_text(self._deadline),
            )
            self._show_receipt(None)
        elif ballot.status == VOTED:
            set_note(self.headline, self.tr("✓ Your vote has been counted"))
            detail = self.tr("The server has received and recorded it.")
            if ballot.can_change:
                detail = fill(self.tr("%1 You can still change it until the vote closes."), detail)
            self._show_receipt(ballot.receipt)
        elif ballot.status == NOT_COUNTED:
            set_note(self.headline, self.tr("✗ Your vote was not counted"))
            detail = fill(
                self.tr("Reason: %1"), reason_words(ballot.reason_code, ballot.reason_message)
            )
            self._show_receipt(None)
        else:
            set_note(self.headline, self.tr("Your vote"))
            detail = ""
        set_note(self.detail_label, detail)
        self.setAccessibleName(self.headline.text())
        self.setAccessibleDescription(f"{self.choice_label.text()} {detail}")
