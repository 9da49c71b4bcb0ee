"""The lock screen: what the main window shows, alone, while the app is locked.

The organisation and the member's name, a password field and "Unlock"; a wrong password says
how many tries are left, in words; after five (or with no password kept on this computer) only
"Sign in online" is offered. Nothing of the content is shown here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.app_lock import AppLock, UnlockOutcome
from desktop.ui.formatting import fill
from desktop.ui.widgets import announce, roomy, wrapped_label


class LockScreen(QWidget):
    """Emits ``unlocked`` when the password was right and ``sign_in_requested`` when the
    member asks to sign in online (the window runs the sign-in dialog)."""

    unlocked = Signal()
    sign_in_requested = Signal()

    def __init__(self, app_lock: AppLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = app_lock
        self.setObjectName("lockScreen")

        self.heading = QLabel(self.tr("Quorum is locked"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.organisation_label = QLabel()
        self.member_label = QLabel()
        self.explanation = wrapped_label(
            self.tr("To see your documents again, type your Quorum password.")
        )
        self.password_edit = roomy(QLineEdit(), 30)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message = wrapped_label(" ")  # a line reserved for what went wrong
        self.message.setObjectName("lockMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.sign_in_button = QPushButton(self.tr("Sign in online"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in online"))
        self.sign_in_button.clicked.connect(self.sign_in_requested)

        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit)
        password_row.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.heading, self.organisation_label, self.member_label):
            column.addWidget(widget)
        column.addSpacing(16)
        column.addWidget(self.explanation)
        column.addLayout(password_row)
        column.addWidget(self.message)
        column.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)

    def prepare(self, organisation: str, member: str) -> None:
        """Show the screen afresh (called at each lock): who is locked out, and how to unlock."""
        self.organisation_label.setText(organisation)
        self.organisation_label.setAccessibleName(organisation)
        self.member_label.setText(member)
        self.member_label.setAccessibleName(member)
        self.password_edit.clear()
        self.message.clear()
        self._show_mode(self._lock.online_sign_in_needed())

    def focus_first(self) -> None:
        if not self.password_edit.isHidden():  # (the window may not be on screen yet)
            self.password_edit.setFocus()
        else:
            self.sign_in_button.setFocus()

    def try_unlock(self) -> None:
        if self._lock.online_sign_in_needed():
            self._show_mode(True)
            return
        outcome = self._lock.unlock(self.password_edit.text())
        self.password_edit.clear()
        if outcome.unlocked:
            self.message.clear()
            self.unlocked.emit()
            return
        self._say(self._words(outcome))
        self._show_mode(outcome.online_sign_in_needed)
        self.focus_first()

    def _show_mode(self, online_only: bool) -> None:
        """Offline unlocking with the password, or only an online sign-in."""
        for widget in (self.password_edit, self.unlock_button):
            widget.setVisible(not online_only)
        self.sign_in_button.setVisible(online_only)
        if online_only:
            self.explanation.setText(
                self.tr(
                    "To unlock Quorum, sign in again with your password: this computer needs "
                    "to reach your organisation's server."
                )
            )
            if not self.message.text():
                self._say(self.tr("Quorum cannot check your password on this computer alone."))
        else:
            self.explanation.setText(
                self.tr("To see your documents again, type your Quorum password.")
            )

    def _words(self, outcome: UnlockOutcome) -> str:
        if outcome.online_sign_in_needed:
            return self.tr(
                "Wrong password five times. For your safety, you must now sign in again with "
                "the server."
            )
        if outcome.tries_left == 1:
            return self.tr("Wrong password. You have one try left.")
        return fill(self.tr("Wrong password. You have %1 tries left."), str(outcome.tries_left))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setMinimumHeight(max(0, self.message.heightForWidth(self.message.width())))
        announce(self.message, text)
