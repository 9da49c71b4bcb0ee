"""The second step of signing in: the code of the member's authenticator app (or one of their
recovery codes), shown in the sign-in dialog once the server answered ``otp_required``."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.two_factor import clean_code, is_sign_in_code
from desktop.sync.errors import OtpNeeded
from desktop.ui.widgets import roomy, wrapped_label


class OtpStep(QWidget):
    """Hidden until the server asks for a code; then a "Validation code" field under the
    password, with a plain explanation, and the focus in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otpStep")
        self.explanation = wrapped_label(
            self.tr(
                "Your account is protected by two-step verification. Open the authenticator "
                "app on your phone and type the 6-digit code it shows for Quorum. Without "
                "your phone, type one of your recovery codes."
            )
        )
        self.code_edit = roomy(QLineEdit(), 12)
        self.code_edit.setAccessibleName(self.tr("Validation code"))
        self.code_edit.setPlaceholderText(self.tr("for example 123456"))
        self.code_edit.setMaxLength(32)
        label = QLabel(self.tr("&Validation code:"))
        label.setBuddy(self.code_edit)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(label, self.code_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        self.hide()

    @property
    def asked(self) -> bool:
        """The server asked for a code in this dialog."""
        return not self.isHidden()

    def code(self) -> str | None:
        """The code to send with the sign-in; None when none was asked for or typed."""
        if not self.asked:
            return None
        return clean_code(self.code_edit.text()) or None

    def problem(self) -> str | None:
        """What is wrong with the code typed, in words, before anything is sent."""
        if not self.asked:
            return None
        if not self.code_edit.text().strip():
            return self.tr("Type the code your authenticator app shows.")
        if not is_sign_in_code(self.code_edit.text()):
            return self.tr(
                "A code has 6 digits, such as 123456; a recovery code looks like ab23-cd45."
            )
        return None

    def ask(self, error: OtpNeeded) -> str:
        """Show the field (emptied) and say, in words, what the server answered."""
        self.show()
        self.code_edit.clear()
        if error.code == "otp_invalid":
            return self.tr(
                "This code is not right, or it has already been used. Wait for the next "
                "code in your authenticator app and type it. A recovery code works only once."
            )
        return self.tr("Your password is right. One more step: type your validation code.")
