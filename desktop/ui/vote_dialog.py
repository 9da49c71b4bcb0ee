"""The vote dialog: read the motion, choose with big buttons that say what they do, confirm in
words, then see what became of the ballot (waiting to be sent, counted with its receipt, or not
counted and why). The same dialog changes a vote, and votes on behalf of a principal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.runner import Runner
from desktop.ui.vote_outcome import OutcomePage
from desktop.ui.votes_errors import show_vote_error
from desktop.ui.votes_widgets import (
    MotionText,
    big_button,
    big_choice,
    enlarge,
    framed_note,
    heading,
    paragraph,
    plain_button,
)
from desktop.ui.votes_words import (
    choices_text,
    countdown,
    deadline_text,
    how_many_text,
    kind_text,
)
from desktop.ui.widgets import scaled_size, scrolling
from protocol.motions import ABSTAIN, AGAINST, FOR, BallotKind

if TYPE_CHECKING:
    from desktop.core.votes import VotesService
    from desktop.core.votes_views import BallotView, MotionView


class ConfirmVote(QMessageBox):
    """Restates the choice in words before anything is sent."""

    def __init__(self, sentence: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Confirm your vote"))
        self.setText(sentence)
        self.setInformativeText(self.tr("Confirm?"))
        self.confirm_button = self.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
        self.back_button = self.addButton(self.tr("No, go back"), QMessageBox.ButtonRole.RejectRole)
        self.confirm_button.setAccessibleName(confirm)
        self.back_button.setAccessibleName(self.tr("No, go back without voting"))
        for button in (self.confirm_button, self.back_button):
            button.setMinimumHeight(44)
            enlarge(button, 1, bold=True)
        self.setDefaultButton(self.confirm_button)
        self.setEscapeButton(self.back_button)
        self.setAccessibleName(sentence)

    def confirmed(self) -> bool:
        self.exec()
        return self.clickedButton() is self.confirm_button


class VoteDialog(QDialog):
    """Votes on one motion, for me or (``principal_id``) for someone whose proxy I hold."""

    def __init__(
        self,
        votes: VotesService,
        runner: Runner,
        view: MotionView,
        principal_id: str | None = None,
        on_cast: Callable[[], None] | None = None,
        document_title: Callable[[str], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._votes = votes
        self._runner = runner
        self._view = view
        self._principal_id = principal_id
        self._on_cast = on_cast
        self._document_title = document_title or (lambda _id: None)
        self.motion = view.motion
        self.ballot = self._find_ballot(view)
        self.option_buttons: dict[str, QAbstractButton] = {}
        self.setObjectName("voteDialog")
        self.setWindowTitle(fill(self.tr("Vote — %1"), self.motion.title))
        self.setAccessibleName(self.windowTitle())
        self.resize(scaled_size(self, 860, 780))
        self.pages = QStackedWidget()
        behalf = self.ballot.principal_name if principal_id else None
        self.outcome = OutcomePage(self.motion, view.deadline, behalf)
        self.outcome.close_button.clicked.connect(self.accept)
        self.pages.addWidget(scrolling(self._build_choose_page()))  # large text scrolls
        self.pages.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.pages)

    def _find_ballot(self, view: MotionView) -> BallotView:
        if self._principal_id is None:
            return view.mine
        for held in view.as_holder:
            if held.principal_id == self._principal_id:
                return held
        raise LookupError(self._principal_id)

    @property
    def on_behalf(self) -> bool:
        return self._principal_id is not None

    def label(self, option_id: str) -> str:
        return choices_text(self.motion.kind, [option_id], self._labels())

    def _labels(self) -> dict[str, str]:
        return {o.id: self._votes.option_label(self.motion, o.id) for o in self.motion.options}

    # --- the choosing page --------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title_label = heading(self.motion.title)
        layout.addWidget(self.title_label)
        self.behalf_note = framed_note(
            fill(self.tr("You are voting on behalf of %1"), self.ballot.principal_name)
            if self.on_behalf
            else ""
        )
        self.behalf_note.setVisible(self.on_behalf)
        layout.addWidget(self.behalf_note)
        info = kind_text(self.motion.kind, self.motion.mode)
        if self._view.deadline is not None:
            info = fill(
                self.tr("%1 · %2 (%3)"),
                info,
                deadline_text(self._view.deadline),
                countdown(self._view.deadline),
            )
        self.info_label = paragraph(info)
        layout.addWidget(self.info_label)
        self.current_note = framed_note(self._current_text())
        self.current_note.setVisible(bool(self._current_text()))
        layout.addWidget(self.current_note)
        self.text = MotionText()
        self.text.show_motion(self.motion, title=False)
        if self.motion.body.strip():
            self.text.setMinimumHeight(160)
        else:  # a title alone: no empty box pushing the buttons away
            self.text.setFixedHeight(self.text.fontMetrics().height() * 3 + 48)
        layout.addWidget(self.text, 1 if self.motion.body.strip() else 0)
        titles = [self._document_title(d) or d for d in self.motion.document_ids]
        self.documents_label = paragraph(
            fill(self.tr("Attached documents (in the Documents view): %1"), "; ".join(titles))
            if titles
            else ""
        )
        self.documents_label.setVisible(bool(titles))
        layout.addWidget(self.documents_label)
        if self.motion.kind is BallotKind.RESOLUTION:
            layout.addLayout(self._resolution_buttons())
        else:
            layout.addWidget(self._option_choices())
        self.cancel_button = plain_button(self.tr("Close without voting"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        if not self.motion.body.strip():
            layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _current_text(self) -> str:
        status = self.ballot.status
        if status == "not_counted" or (self.ballot.choices is None and status != "voted"):
            return ""  # a refused ballot is no current vote
        if self.ballot.choices is None:  # counted, but this device does not know what it was
            return self.tr(
                "You have already voted. Voting again replaces your vote: "
                "only the last vote counts."
            )
        current = choices_text(self.motion.kind, list(self.ballot.choices or ()), self._labels())
        return fill(
            self.tr("Current vote: %1. Voting again replaces it: only the last vote counts."),
            current,
        )

    def _resolution_buttons(self) -> QVBoxLayout:
        title = self.motion.title
        prompt = paragraph(self.tr("Your vote:"), 2)
        specs = [
            (FOR, self.tr("Vote for"), self.tr("Vote for the resolution “%1”")),
            (AGAINST, self.tr("Vote against"), self.tr("Vote against the resolution “%1”")),
            (ABSTAIN, self.tr("Abstain"), self.tr("Abstain on the resolution “%1”")),
        ]
        column = QVBoxLayout()
        column.addWidget(prompt)
        row = QHBoxLayout()
        row.setSpacing(14)
        for option_id, text, name in specs:
            button = big_button(
                text,
                fill(name, title),
                self.tr("Asks you to confirm before anything is sent."),
            )
            button.clicked.connect(lambda _=False, o=option_id: self.choose([o]))
            self.option_buttons[option_id] = button
            row.addWidget(button)
        column.addLayout(row)
        return column

    def _option_choices(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        low, high = self.motion.min_choices, self.motion.max_choices
        self.how_many_label = paragraph(how_many_text(self.motion.kind, low, high), 2)
        column.addWidget(self.how_many_label)
        group = QButtonGroup(box)
        group.setExclusive(high <= 1)
        labels = self._labels()
        for option in self.motion.options:
            text = labels[option.id]
            check: QAbstractButton = QRadioButton(text) if high <= 1 else QCheckBox(text)
            big_choice(check)
            check.setAccessibleName(fill(self.tr("Choose %1"), text))
            check.setAccessibleDescription(self.how_many_label.text())
            group.addButton(check)
            check.toggled.connect(self._on_option_toggled)
            self.option_buttons[option.id] = check
            column.addWidget(check)
        self.submit_button = big_button(
            self.tr("Vote for my choice"),
            fill(self.tr("Vote for my choice on “%1”"), self.motion.title),
            self.tr("Asks you to confirm before anything is sent."),
        )
        self.submit_button.clicked.connect(lambda: self.choose(self.chosen()))
        column.addWidget(self.submit_button)
        self._on_option_toggled()
        return box

    def chosen(self) -> list[str]:
        return [o for o, b in self.option_buttons.items() if b.isChecked()]

    def _on_option_toggled(self) -> None:
        count = len(self.chosen())
        high = self.motion.max_choices
        ok = self.motion.min_choices <= count <= high
        self.submit_button.setEnabled(ok)
        if high > 1:  # once the maximum is reached, the others wait until one is unticked
            for button in self.option_buttons.values():
                button.setEnabled(button.isChecked() or count < high)

    # --- confirming and casting ---------------------------------------------------------

    def confirmation(self, choices: list[str]) -> tuple[str, str]:
        """(the sentence that restates the choice, the confirm button's label)."""
        title = self.motion.title
        if self.motion.kind is BallotKind.RESOLUTION:
            sentences = {
                FOR: (
                    self.tr("You are about to vote FOR the resolution “%1”."),
                    self.tr("Yes, vote for"),
                ),
                AGAINST: (
                    self.tr("You are about to vote AGAINST the resolution “%1”."),
                    self.tr("Yes, vote against"),
                ),
                ABSTAIN: (
                    self.tr("You are about to ABSTAIN on the resolution “%1”."),
                    self.tr("Yes, abstain"),
                ),
            }
            template, confirm = sentences[choices[0]]
            sentence = fill(template, title)
        else:
            chosen = choices_text(self.motion.kind, choices, self._labels())
            sentence = fill(self.tr("You are about to vote for: %1 (vote “%2”)."), chosen, title)
            confirm = self.tr("Yes, confirm my vote")
        if self.on_behalf:
            sentence = fill(self.tr("On behalf of %1: %2"), self.ballot.principal_name, sentence)
        return sentence, confirm

    def choose(self, choices: list[str]) -> None:
        sentence, confirm = self.confirmation(choices)
        if not ConfirmVote(sentence, confirm, self).confirmed():
            return
        votes, motion_id, principal = self._votes, self.motion.id, self._principal_id
        self._runner.run(
            lambda: votes.cast(motion_id, choices, on_behalf_of=principal),
            on_done=self._on_cast_done,
            on_error=lambda error: show_vote_error(self, error),
        )

    def _on_cast_done(self, ballot: BallotView) -> None:
        self.ballot = ballot
        self.outcome.show_ballot(ballot, self._labels())
        self.pages.setCurrentWidget(self.outcome)
        self.outcome.close_button.setFocus()
        if self._on_cast is not None:
            self._on_cast()

    def refresh(self) -> None:
        """The cache changed (a sync): show what became of the ballot sent."""
        if self.pages.currentWidget() is not self.outcome:
            return
        view = self._votes.motion(self.motion.id)
        if view is None:
            return
        self._view = view
        try:
            self.ballot = self._find_ballot(view)
        except LookupError:
            return
        self.outcome.show_ballot(self.ballot, self._labels())

    def receipt_edit(self) -> QLineEdit:
        return self.outcome.receipt_edit
