"""The secretariat creates a motion: title, text, kind, mode, options, deadline, and the rules,
which start as the organisation's usual ones and can be changed. Creating needs the server:
offline, the secretariat is told plainly and nothing is lost from the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.runner import Runner
from desktop.ui.votes_errors import show_vote_error
from desktop.ui.votes_widgets import big_button, framed_note, heading, plain_button, set_note
from protocol.motions import (
    BallotKind,
    BallotMode,
    Fraction,
    MajorityRule,
    MotionData,
    MotionDraft,
    MotionRules,
)

if TYPE_CHECKING:
    from desktop.core.votes import VotesService

#: The quorums offered, as (numerator, denominator); None: no quorum.
QUORUMS: list[tuple[int, int] | None] = [None, (1, 4), (1, 3), (1, 2), (2, 3)]


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumHeight(36)
    combo.setAccessibleName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def closes_at_edit(moment: datetime, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(moment.astimezone()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setMinimumHeight(36)
    edit.setAccessibleName(name)
    return edit


def default_deadline(days: int = 7) -> datetime:
    """A week from now at 18:00 local time: a deadline members read at a glance."""
    moment = QDateTime.currentDateTime().addDays(days)
    moment.setTime(QTime(18, 0))
    return to_datetime(moment)


def to_datetime(moment: QDateTime) -> datetime:
    """A QDateTime (local time) as an aware datetime."""
    value = moment.toPython()
    assert isinstance(value, datetime)
    return value.astimezone()


class MotionEditor(QDialog):
    """Creates a motion as a draft, or creates it and opens it at once."""

    def __init__(
        self,
        votes: VotesService,
        runner: Runner,
        committees: list[tuple[str | None, str]],
        on_created: Callable[[MotionData], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._votes = votes
        self._runner = runner
        self._on_created = on_created
        self.created: MotionData | None = None
        self.setObjectName("motionEditor")
        self.setWindowTitle(self.tr("New vote"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 820)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("New vote")))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.committee_combo = _combo(self.tr("Who votes"), [(n, c) for c, n in committees])
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title of the vote"))
        self.title_edit.setMinimumHeight(36)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Text of the motion"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(120)
        self.kind_combo = _combo(
            self.tr("Kind of vote"),
            [
                (self.tr("Resolution (for, against, abstain)"), BallotKind.RESOLUTION),
                (self.tr("Choice between options"), BallotKind.CHOICE),
                (self.tr("Election of people"), BallotKind.ELECTION),
            ],
        )
        self.mode_combo = _combo(
            self.tr("Open or secret ballot"),
            [
                (self.tr("Open ballot (named)"), BallotMode.OPEN),
                (self.tr("Secret ballot"), BallotMode.SECRET),
            ],
        )
        self.options_edit = QPlainTextEdit()
        self.options_edit.setAccessibleName(self.tr("Options or candidates, one per line"))
        self.options_edit.setTabChangesFocus(True)
        self.options_edit.setMaximumHeight(110)
        self.max_spin = QSpinBox()
        self.max_spin.setRange(1, 100)
        self.max_spin.setAccessibleName(self.tr("How many each member may choose"))
        self.closes_edit = closes_at_edit(default_deadline(), self.tr("Closes on"))
        form.addRow(self.tr("Who &votes:"), self.committee_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Te&xt:"), self.body_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Ballot:"), self.mode_combo)
        form.addRow(self.tr("&Options (one per line):"), self.options_edit)
        form.addRow(self.tr("&How many may be chosen:"), self.max_spin)
        form.addRow(self.tr("&Closes on:"), self.closes_edit)
        self._form = form
        layout.addLayout(form)
        self._build_rules(layout)
        self.problem_note = framed_note("", "warn")
        self.problem_note.setVisible(False)
        layout.addWidget(self.problem_note)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel: create nothing"))
        self.cancel_button.clicked.connect(self.reject)
        self.draft_button = plain_button(self.tr("Create as a draft"))
        self.draft_button.clicked.connect(lambda: self.submit(open_now=False))
        self.open_button = big_button(
            self.tr("Create and open the vote"), self.tr("Create the vote and open it now")
        )
        self.open_button.clicked.connect(lambda: self.submit(open_now=True))
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.draft_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        self.title_edit.setFocus()

    def _build_rules(self, layout: QVBoxLayout) -> None:
        self.usual_rules = QCheckBox(self.tr("Use the organisation's usual rules"))
        self.usual_rules.setChecked(True)
        self.usual_rules.setMinimumHeight(32)
        layout.addWidget(self.usual_rules)
        self.rules_box = QWidget()
        rules = QFormLayout(self.rules_box)
        self.quorum_combo = _combo(
            self.tr("Quorum"),
            [(self.tr("No quorum"), None)]
            + [
                (fill(self.tr("%1 of the voters take part"), f"{q[0]}/{q[1]}"), q)
                for q in QUORUMS
                if q is not None
            ],
        )
        self.majority_combo = _combo(
            self.tr("Majority"),
            [
                (self.tr("Simple (more for than against)"), MajorityRule.SIMPLE),
                (
                    self.tr("Absolute (more than half of those entitled to vote)"),
                    MajorityRule.ABSOLUTE,
                ),
                (self.tr("Two thirds of the votes cast"), MajorityRule.QUALIFIED_CAST),
                (self.tr("Relative (most votes wins)"), MajorityRule.RELATIVE),
            ],
        )
        self.change_check = QCheckBox(self.tr("Members may change their vote until the close"))
        self.change_check.setChecked(True)
        self.proxies_check = QCheckBox(self.tr("Proxies allowed"))
        self.proxies_check.setChecked(True)
        rules.addRow(self.tr("&Quorum:"), self.quorum_combo)
        rules.addRow(self.tr("&Majority:"), self.majority_combo)
        rules.addRow(self.change_check)
        rules.addRow(self.proxies_check)
        layout.addWidget(self.rules_box)
        self.usual_rules.toggled.connect(lambda on: self.rules_box.setVisible(not on))
        self.rules_box.setVisible(False)

    def _on_kind_changed(self) -> None:
        resolution = self.kind() is BallotKind.RESOLUTION
        for field in (self.options_edit, self.max_spin):
            field.setVisible(not resolution)
            label = self._form.labelForField(field)
            if label is not None:
                label.setVisible(not resolution)

    def kind(self) -> BallotKind:
        # A combo box hands enum members back as plain strings.
        return BallotKind(self.kind_combo.currentData())

    def draft(self) -> MotionDraft | None:
        """The motion as typed, or None (and the problem said) when something is missing."""
        title = self.title_edit.text().strip()
        kind = self.kind()
        options = [line.strip() for line in self.options_edit.toPlainText().splitlines()]
        options = [o for o in options if o]
        problem = ""
        if not title:
            problem = self.tr("Give the vote a title.")
        elif kind is not BallotKind.RESOLUTION and len(options) < 2:
            problem = self.tr("List at least two options or candidates, one per line.")
        set_note(self.problem_note, problem)
        if problem:
            return None
        high = 1 if kind is BallotKind.RESOLUTION else min(self.max_spin.value(), len(options))
        rules = None
        if not self.usual_rules.isChecked():
            quorum = self.quorum_combo.currentData()
            rules = MotionRules(
                quorum=Fraction(numerator=quorum[0], denominator=quorum[1]) if quorum else None,
                majority=MajorityRule(self.majority_combo.currentData()),
                allow_change=self.change_check.isChecked(),
                proxies_allowed=self.proxies_check.isChecked(),
            )
        return MotionDraft(
            committee_id=self.committee_combo.currentData(),
            title=title,
            body=self.body_edit.toPlainText(),
            kind=kind,
            mode=BallotMode(self.mode_combo.currentData()),
            options=[] if kind is BallotKind.RESOLUTION else options,
            min_choices=1,
            max_choices=high,
            seats=high,
            rules=rules,
            closes_at=self.closes_at(),
        )

    def closes_at(self) -> datetime:
        return to_datetime(self.closes_edit.dateTime())

    def submit(self, open_now: bool) -> None:
        draft = self.draft()
        if draft is None:
            return
        votes = self._votes
        closes_at = draft.closes_at or default_deadline()

        def work() -> MotionData:
            created = votes.create_motion(draft)
            return votes.open_motion(created.id, closes_at) if open_now else created

        self._runner.run(work, on_done=self._on_done, on_error=lambda e: show_vote_error(self, e))

    def _on_done(self, motion: MotionData) -> None:
        self.created = motion
        if self._on_created is not None:
            self._on_created(motion)
        self.accept()
