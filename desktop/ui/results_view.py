"""The results of a motion in words: the outcome, participation against the quorum, the
majority required against the one obtained, the tally per option, and for a secret ballot the
check of my receipt against the published list. Symbols AND words, never colour alone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.votes_widgets import (
    big_button,
    enlarge,
    framed_note,
    heading,
    paragraph,
    set_note,
    set_tone,
)
from desktop.ui.votes_words import (
    choices_text,
    majority_rule_text,
    option_label,
    outcome_text,
    plural,
)
from desktop.ui.widgets import scaled_size
from protocol.motions import (
    FOR,
    BallotKind,
    BallotMode,
    MotionData,
    MotionResult,
    MotionStatus,
    Outcome,
)

if TYPE_CHECKING:
    from desktop.core.votes_views import ReceiptCheck

Index = QModelIndex | QPersistentModelIndex


class TallyModel(QAbstractTableModel):
    """One row per option: its name, its votes, its share of the ballots, and whether it won."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, str, str]] = []

    def set_result(self, motion: MotionData, result: MotionResult, labels: dict[str, str]) -> None:
        self.beginResetModel()
        total = max(1, result.participants)
        self._rows = []
        for tally in result.tally:
            won = tally.option_id in result.winners
            mark = ""
            if won:
                mark = (
                    self.tr("✓ Elected")
                    if motion.kind is BallotKind.ELECTION
                    else self.tr("✓ Wins")
                )
                if motion.kind is BallotKind.RESOLUTION:
                    mark = self.tr("✓ Adopted")
            share = fill(self.tr("%1 %"), f"{round(100 * tally.votes / total)}")
            label = option_label(motion.kind, tally.option_id, labels)
            self._rows.append((label, tally.votes, share, mark))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Option"),
                self.tr("Votes"),
                self.tr("Share of ballots"),
                self.tr("Result"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        label, votes, share, mark = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [label, str(votes), share, mark][index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = fill(plural(self.tr("%1: %n vote(s), %2", "", votes), votes), label, share)
            return f"{text}, {mark}" if mark else text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ResultsView(QWidget):
    """Shows one motion's result (or says it is not yet visible)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title_label = heading("", 4)
        self.outcome_label = heading("", 6)
        self.participation_label = paragraph("", 2)
        self.majority_label = paragraph("", 2)
        self.model = TallyModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Votes per option"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        enlarge(self.table, 2)
        enlarge(self.table.horizontalHeader(), 1, bold=True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 18)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView::item { padding: 4px 10px; }")
        self.receipt_note = framed_note("", "ok")
        self.outcome_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read first by Tab
        for widget in (self.title_label, self.outcome_label, self.participation_label):
            layout.addWidget(widget)
        layout.addWidget(self.majority_label)
        layout.addWidget(self.table)
        layout.addWidget(self.receipt_note)
        layout.addStretch(1)

    def show_result(
        self,
        motion: MotionData,
        result: MotionResult | None,
        labels: dict[str, str],
        receipt: ReceiptCheck | None = None,
    ) -> None:
        set_note(self.title_label, motion.title)
        if result is None:
            set_note(self.outcome_label, self.tr("The results are not published yet."))
            set_note(
                self.participation_label,
                self.tr("They will be shown here once the vote has closed and been counted."),
            )
            set_note(self.majority_label, "")
            self.table.setVisible(False)
            set_note(self.receipt_note, "")
            return
        self.table.setVisible(True)
        outcome = self._outcome(motion, result, labels)
        if motion.status is MotionStatus.OPEN:  # results so far: nothing is decided yet
            outcome = fill(self.tr("So far — the vote is still open: %1"), outcome)
        set_note(self.outcome_label, outcome)
        set_note(self.participation_label, self._participation(result))
        set_note(self.majority_label, self._majority(motion, result))
        self.model.set_result(motion, result, labels)
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setMaximumHeight(rows + self.table.horizontalHeader().height() + 6)
        self._show_receipt(motion, receipt, labels)

    def _outcome(self, motion: MotionData, result: MotionResult, labels: dict[str, str]) -> str:
        text = outcome_text(result.outcome)
        if result.outcome in (Outcome.ELECTED, Outcome.TIE) and result.winners:
            names = choices_text(motion.kind, result.winners, labels)
            if motion.kind is BallotKind.ELECTION:
                return fill(self.tr("%1 — elected: %2"), text, names)
            return fill(self.tr("%1 — chosen: %2"), text, names)
        if result.casting_vote_used:
            return fill(self.tr("%1 (the chair's casting vote decided the tie)"), text)
        return text

    def _participation(self, result: MotionResult) -> str:
        voters = fill(
            self.tr("%1 voters out of %2"), str(result.participants), str(result.entitled)
        )
        if result.quorum_required is None:
            return fill(self.tr("%1; no quorum required."), voters)
        reached = self.tr("reached") if result.quorum_reached else self.tr("NOT reached")
        return fill(self.tr("%1; quorum: %2 — %3."), voters, str(result.quorum_required), reached)

    def _majority(self, motion: MotionData, result: MotionResult) -> str:
        rule = majority_rule_text(motion.rules)
        if result.majority_required is None:
            return rule
        if motion.kind is BallotKind.RESOLUTION:
            obtained = next((t.votes for t in result.tally if t.option_id == FOR), 0)
            return fill(
                self.tr("%1 Required: %2 votes for; obtained: %3."),
                rule,
                str(result.majority_required),
                str(obtained),
            )
        return fill(
            self.tr("%1 Required: %2 votes for an option."), rule, str(result.majority_required)
        )

    def _show_receipt(
        self, motion: MotionData, check: ReceiptCheck | None, labels: dict[str, str]
    ) -> None:
        if motion.mode is not BallotMode.SECRET or check is None:
            set_note(self.receipt_note, "")
            return
        if check.found and check.choices_match:
            text = fill(
                self.tr("✓ Your ballot (receipt %1) is in the published list, unchanged."),
                check.receipt,
            )
            set_tone(self.receipt_note, "ok")
        elif check.found:
            published = choices_text(motion.kind, list(check.published_choices or ()), labels)
            text = fill(
                self.tr(
                    "✗ Your ballot (receipt %1) is in the published list, but it shows a "
                    "different choice: %2. Tell your secretariat."
                ),
                check.receipt,
                published,
            )
            set_tone(self.receipt_note, "warn")
        else:
            text = fill(
                self.tr(
                    "✗ Your ballot (receipt %1) is NOT in the published list. Tell your "
                    "secretariat."
                ),
                check.receipt,
            )
            set_tone(self.receipt_note, "warn")
        set_note(self.receipt_note, text)


class ResultsDialog(QDialog):
    """The results in a window of their own; Escape or Enter closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsDialog")
        self.setWindowTitle(self.tr("Results"))
        self.resize(scaled_size(self, 820, 560))
        self.view = ResultsView()
        self.close_button = big_button(self.tr("Close"), self.tr("Close the results"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
