"""The pages of the "Two-step verification" dialog (``desktop.ui.two_factor_dialog``): where
things stand, setting it up (QR code, key to type, first code), a code to confirm an action,
and the recovery codes shown once. Widgets only: the dialog does the work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import roomy, wrapped_label


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


def _code_field(label_text: str, accessible: str) -> tuple[QLabel, QLineEdit]:
    edit = roomy(QLineEdit(), 12)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText("123456")
    edit.setMaxLength(16)
    label = QLabel(label_text)
    label.setBuddy(edit)
    return label, edit


class StatusPage(QWidget):
    """On or off, how many recovery codes are left, and what the member may do."""

    def __init__(self) -> None:
        super().__init__()
        self.state_label = wrapped_label(" ")
        self.state_label.setObjectName("twoFactorState")
        self.state_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read out with Tab
        self.turn_on_button = _button(
            self.tr("&Turn on two-step verification…"), self.tr("Turn on two-step verification")
        )
        self.new_codes_button = _button(
            self.tr("&New recovery codes…"), self.tr("Get new recovery codes")
        )
        self.turn_off_button = _button(
            self.tr("T&urn off…"), self.tr("Turn off two-step verification")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        for button in (self.turn_on_button, self.new_codes_button, self.turn_off_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class EnrolPage(QWidget):
    """Scan the QR code (or type the key), then type the first code the app shows."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = wrapped_label(
            self.tr(
                "1. Install an authenticator app on your phone, for example Google "
                "Authenticator, Microsoft Authenticator or FreeOTP.\n"
                "2. In that app, add an account and scan this picture with your phone.\n"
                "3. Type below the 6-digit code the app then shows for Quorum."
            )
        )
        self.qr_label = QLabel()
        self.qr_label.setObjectName("twoFactorQr")
        self.qr_label.setAccessibleName(self.tr("Picture to scan with your authenticator app"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret_edit = QLineEdit()
        self.secret_edit.setReadOnly(True)
        self.secret_edit.setAccessibleName(self.tr("Key to type by hand in the app"))
        self.secret_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        roomy(self.secret_edit, 36)
        secret_label = QLabel(self.tr("Cannot scan? Type this &key in the app:"))
        secret_label.setBuddy(self.secret_edit)
        code_label, self.code_edit = _code_field(
            self.tr("&First code:"), self.tr("First code shown by the app")
        )
        self.confirm_button = _button(
            self.tr("Turn &on"), self.tr("Check the code and turn on two-step verification")
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(secret_label)
        form.addRow(self.secret_edit)
        form.addRow(code_label, self.code_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.qr_label)
        layout.addLayout(form)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_enrolment(self, png: bytes, secret: str) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.qr_label.setPixmap(pixmap)
        self.secret_edit.setText(secret)
        self.secret_edit.setCursorPosition(0)
        self.code_edit.clear()


class CodePage(QWidget):
    """A current code from the app, to get new recovery codes or to turn it off."""

    def __init__(self) -> None:
        super().__init__()
        self.explanation = wrapped_label(" ")
        code_label, self.code_edit = _code_field(
            self.tr("&Code:"), self.tr("Code shown by your authenticator app")
        )
        self.action_button = _button(self.tr("Confirm"), self.tr("Confirm with the code"))
        self.back_button = _button(self.tr("&Back"), self.tr("Back, without changing anything"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(code_label, self.code_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.action_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def prepare(self, explanation: str, action: str, accessible: str) -> None:
        self.explanation.setText(explanation)
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(self.explanation.width()))
        self.action_button.setText(action)
        self.action_button.setAccessibleName(accessible)
        self.code_edit.clear()


class CodesPage(QWidget):
    """The recovery codes, once: to copy or to save as a text file."""

    def __init__(self) -> None:
        super().__init__()
        self.warning = wrapped_label(
            self.tr(
                "Keep these recovery codes somewhere safe, away from this computer (printed, "
                "or in a password manager). If you lose your phone, each code lets you sign "
                "in once instead of a code from the app. They are shown only now."
            )
        )
        self.codes_edit = QPlainTextEdit()
        self.codes_edit.setObjectName("recoveryCodes")
        self.codes_edit.setReadOnly(True)
        self.codes_edit.setAccessibleName(self.tr("Your recovery codes"))
        self.codes_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.codes_edit.setTabChangesFocus(True)
        self.copy_button = _button(self.tr("&Copy"), self.tr("Copy the recovery codes"))
        self.save_button = _button(
            self.tr("&Save…"), self.tr("Save the recovery codes in a text file")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.codes_edit)
        layout.addLayout(buttons)

    def show_codes(self, codes: list[str]) -> None:
        self.codes_edit.setPlainText("\n".join(codes))
