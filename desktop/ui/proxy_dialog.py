"""Giving my proxy (pouvoir) to another member, for one vote or for every vote in a period,
and withdrawing it. The proxy goes through the outbox like a ballot: it is sent at the next
sync, and the server checks the rules (cap per holder, proxies allowed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.runner import Runner
from desktop.ui.votes_errors import show_vote_error
from desktop.ui.votes_widgets import big_button, enlarge, heading, paragraph, plain_button
from desktop.ui.widgets import scaled_size

if TYPE_CHECKING:
    from desktop.core.votes import VotesService
    from desktop.core.votes_views import MotionView, ProxyView


def _date_edit(day: QDate, name: str) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumHeight(40)
    enlarge(edit, 1)
    edit.setAccessibleName(name)
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class GrantProxyDialog(QDialog):
    """Choose who votes for me, and for what."""

    def __init__(
        self,
        votes: VotesService,
        runner: Runner,
        motion: MotionView | None = None,
        on_granted: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._votes = votes
        self._runner = runner
        self._motion = motion
        self._on_granted = on_granted
        self.setObjectName("grantProxyDialog")
        self.setWindowTitle(self.tr("Give my proxy"))
        self.setAccessibleName(self.windowTitle())
        self.resize(scaled_size(self, 640, 480))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Give my proxy")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "The person you choose votes in your place. While your proxy stands you "
                    "cannot vote yourself; you can withdraw it as long as it has not been used."
                )
            )
        )
        form = QFormLayout()
        self.holder_combo = QComboBox()
        self.holder_combo.setMinimumHeight(40)
        enlarge(self.holder_combo, 1)
        motion_id = motion.motion.id if motion else None
        for member_id, name in votes.possible_holders(motion_id):
            self.holder_combo.addItem(name, member_id)
        self.holder_combo.setAccessibleName(self.tr("Who votes for you"))
        form.addRow(self.tr("&Who votes for you:"), self.holder_combo)
        layout.addLayout(form)

        self.scope = QButtonGroup(self)
        self.one_vote = QRadioButton(
            fill(self.tr("Only for the vote “%1”"), motion.motion.title) if motion else ""
        )
        self.period = QRadioButton(self.tr("For every vote closing between these dates:"))
        for radio in (self.one_vote, self.period):
            enlarge(radio, 1)
            radio.setMinimumHeight(36)
            self.scope.addButton(radio)
            layout.addWidget(radio)
        self.one_vote.setVisible(motion is not None)
        (self.one_vote if motion else self.period).setChecked(True)
        today = QDate.currentDate()
        self.from_edit = _date_edit(today, self.tr("First day of the proxy"))
        self.to_edit = _date_edit(today.addMonths(1), self.tr("Last day of the proxy"))
        dates = QHBoxLayout()
        dates.addWidget(paragraph(self.tr("From")))
        dates.addWidget(self.from_edit)
        dates.addWidget(paragraph(self.tr("to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        layout.addLayout(dates)
        self.period.toggled.connect(self._on_scope_toggled)
        self._on_scope_toggled()
        layout.addStretch(1)

        self.grant_button = big_button("", "")
        self.grant_button.setDefault(True)
        self.grant_button.clicked.connect(self.grant)
        self.cancel_button = plain_button(self.tr("Cancel"), self.tr("Cancel: give no proxy"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.grant_button, 2)
        layout.addLayout(row)
        self.holder_combo.currentIndexChanged.connect(self._on_holder_changed)
        self._on_holder_changed()
        self.holder_combo.setFocus()

    def _on_scope_toggled(self) -> None:
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(self.period.isChecked())

    def _on_holder_changed(self) -> None:
        name = self.holder_combo.currentText()
        text = fill(self.tr("Give my proxy to %1"), name)
        self.grant_button.setText(text)
        self.grant_button.setAccessibleName(text)
        self.grant_button.setEnabled(bool(name))

    def grant(self) -> None:
        holder = self.holder_combo.currentData()
        if holder is None:
            return
        votes = self._votes
        if self.one_vote.isChecked() and self._motion is not None:
            motion_id = self._motion.motion.id
            job = lambda: votes.grant_proxy(holder, motion_id=motion_id)  # noqa: E731
        else:
            start = datetime.combine(_day(self.from_edit), time.min).astimezone(UTC)
            end = datetime.combine(_day(self.to_edit), time.max).astimezone(UTC)
            job = lambda: votes.grant_proxy(holder, starts_at=start, ends_at=end)  # noqa: E731
        self._runner.run(job, on_done=self._on_done, on_error=lambda e: show_vote_error(self, e))

    def _on_done(self, _view: object) -> None:
        if self._on_granted is not None:
            self._on_granted()
        self.accept()


class ConfirmRevoke(QMessageBox):
    """Asks before withdrawing a proxy, naming its holder."""

    def __init__(self, view: ProxyView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Withdraw my proxy"))
        text = fill(self.tr("Withdraw the proxy you gave to %1?"), view.holder_name)
        self.setText(text)
        self.setInformativeText(self.tr("You will then vote yourself again."))
        self.yes_button = self.addButton(
            self.tr("Yes, withdraw it"), QMessageBox.ButtonRole.AcceptRole
        )
        self.no_button = self.addButton(self.tr("No, keep it"), QMessageBox.ButtonRole.RejectRole)
        self.yes_button.setAccessibleName(
            fill(self.tr("Yes, withdraw my proxy to %1"), view.holder_name)
        )
        self.no_button.setAccessibleName(self.tr("No, keep my proxy"))
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)
        self.setAccessibleName(text)

    def confirmed(self) -> bool:
        self.exec()
        return self.clickedButton() is self.yes_button
