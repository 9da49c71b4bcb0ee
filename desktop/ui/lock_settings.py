""" "Lock delay…": the member chooses how long without input before the app locks, up to the
longest their organisation allows (kept in the profile settings, ``lock_minutes``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.formatting import fill
from desktop.ui.widgets import wrapped_label

#: The delays offered, in minutes (those under the organisation's longest).
CHOICES = (1, 2, 5, 10, 15, 30, 60, 120)


class LockSettingsDialog(QDialog):
    """``chosen_minutes``: 0 for the organisation's longest, else the member's choice."""

    def __init__(self, policy_minutes: int, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock delay"))
        intro = wrapped_label(
            fill(
                self.tr(
                    "Quorum locks itself when you leave this computer: choose after how long "
                    "without using the keyboard or the mouse. Your organisation allows at most "
                    "%1."
                ),
                self.minutes_words(policy_minutes),
            )
        )
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Lock Quorum after"))
        self.choice.addItem(
            fill(self.tr("%1 (the longest allowed)"), self.minutes_words(policy_minutes)), 0
        )
        for minutes in CHOICES:
            if minutes < policy_minutes:
                self.choice.addItem(self.minutes_words(minutes), minutes)
        index = self.choice.findData(current if 0 < current < policy_minutes else 0)
        self.choice.setCurrentIndex(max(0, index))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save the lock delay"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel, keep the delay as it was"))
        form = QFormLayout()
        form.addRow(self.tr("Lock Quorum after"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.choice.setFocus()

    @property
    def chosen_minutes(self) -> int:
        return int(self.choice.currentData())

    def minutes_words(self, minutes: int) -> str:
        if minutes == 1:
            return self.tr("one minute")
        if minutes % 60 == 0:
            hours = minutes // 60
            return self.tr("one hour") if hours == 1 else fill(self.tr("%1 hours"), str(hours))
        return fill(self.tr("%1 minutes"), str(minutes))
