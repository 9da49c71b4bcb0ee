"""The notice shown once Quorum's data on this computer was deleted (docs/SECURITY.md): the
secretariat asked for it (remote wipe) or the computer went too long without reaching the
server (the offline limit). It says why in plain words and offers to sign in again."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.formatting import fill
from desktop.ui.widgets import scaled_size


class WipeReason(Enum):
    REMOTE = "remote"
    OFFLINE_LIMIT = "offline_limit"


class WipeNotice(QDialog):
    """Accepted: the member wants to sign in again; rejected: they quit."""

    def __init__(
        self,
        reason: WipeReason,
        *,
        max_offline_days: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Quorum's data was deleted")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.reason = reason
        if reason is WipeReason.REMOTE:
            text = self.tr(
                "Your secretariat asked for Quorum's data on this computer to be deleted "
                "(a lost computer, say). It is being deleted…"
            )
        else:
            text = fill(
                self.tr(
                    "This computer had not connected to the server for more than %1 days, "
                    "the longest your organisation allows. Quorum's data on this computer "
                    "was deleted, to protect it."
                ),
                str(max_offline_days or 0),
            )
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        self.next_step = QLabel(
            self.tr("To use Quorum again, sign in: your documents will be downloaded again.")
        )
        self.next_step.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("&Sign in again"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in again"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.accept)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.next_step)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.quit_button)
        self.resize(scaled_size(self, 520, 260))
        self.set_working(reason is WipeReason.REMOTE)

    def set_working(self, working: bool) -> None:
        """While the data is being deleted the buttons wait."""
        self.sign_in_button.setEnabled(not working)
        self.quit_button.setEnabled(not working)

    def wiped(self, complete: bool, acknowledged: bool | None) -> None:
        """The remote wipe is over: say how it went."""
        if not complete:
            text = self.tr(
                "Your secretariat asked for Quorum's data on this computer to be deleted. "
                "Some files could not be deleted: close other programs and restart Quorum."
            )
        elif acknowledged:
            text = self.tr(
                "Your secretariat asked for Quorum's data on this computer to be deleted "
                "(a lost computer, say). It is deleted, and your secretariat was told."
            )
        else:
            text = self.tr(
                "Your secretariat asked for Quorum's data on this computer to be deleted "
                "(a lost computer, say). It is deleted. The server could not be told: your "
                "secretariat will see the deletion as still waiting."
            )
        self.message.setText(text)
        self.set_working(False)
        self.sign_in_button.setFocus()
