"""Signing in: server address, email and password, with a clear message when it fails."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.records import Account
from desktop.sync.errors import OtpNeeded, TooManyAttempts
from desktop.ui.errors import error_code, error_text, log_error
from desktop.ui.formatting import fill
from desktop.ui.otp_step import OtpStep
from desktop.ui.runner import Runner
from desktop.ui.server_trust_panel import ServerTrustPanel
from desktop.ui.widgets import roomy, wrapped_label

if TYPE_CHECKING:
    from desktop.ui.invitation_dialog import InvitationCalls

#: sign_in(server_url, email, password[, otp]) -> Account; runs in the worker. ``otp`` (the
#: two-factor code) is passed only once the server asked for it.
SignIn = Callable[..., Account]

_SERVER_CODES = {"server_unreachable", "server_error", "internal", "unsupported_protocol"}


def normalise_server_url(text: str) -> str:
    """What the member typed, as a URL: "quorum.example.org" -> "https://quorum.example.org"."""
    url = text.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


class SignInDialog(QDialog):
    """Asks for the server address, email and password, and signs in in the background."""

    def __init__(
        self,
        sign_in: SignIn,
        runner: Runner,
        server_url: str = "",
        email: str = "",
        password: str = "",
        parent: QWidget | None = None,
        *,
        insecure_servers: Sequence[str] = (),
        ca_file: str = "",
        invitation: InvitationCalls | None = None,
    ) -> None:
        """``insecure_servers`` and ``ca_file``: the member's earlier choices (the settings).
        ``invitation``: offer "I have received an invitation" (docs/INSTALLED.md)."""
        super().__init__(parent)
        self._sign_in = sign_in
        self._invitation = invitation
        self._runner = runner
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Sign in to Quorum"))
        self.setMinimumWidth(560)

        intro = wrapped_label(
            self.tr(
                "Sign in with the email address and password your secretariat gave you. "
                "You only need to do this once on this computer."
            )
        )

        self.server_edit = QLineEdit(server_url)
        self.server_edit.setPlaceholderText(self.tr("for example quorum.my-mutual.fr"))
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.email_edit = QLineEdit(email)
        self.email_edit.setAccessibleName(self.tr("Email address"))
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.password_edit = QLineEdit(password)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))

        for edit in (self.server_edit, self.email_edit, self.password_edit):
            roomy(edit)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        for text, edit in (
            (self.tr("&Server address:"), self.server_edit),
            (self.tr("&Email address:"), self.email_edit),
            (self.tr("&Password:"), self.password_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(
            "QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #e3a6a1;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.error_label.hide()

        self.busy_label = QLabel(self.tr("Signing in…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Signing in, please wait"))
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel signing in"))
        self.buttons.accepted.connect(self._on_sign_in_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        # The dialog grows with a message rather than squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        # The test-server checkbox and the "Advanced" part (the organisation's certificate).
        self.trust_panel = ServerTrustPanel(insecure_servers, ca_file, self)
        self.trust_panel.update_for(normalise_server_url(server_url))
        self.server_edit.textChanged.connect(
            lambda text: self.trust_panel.update_for(normalise_server_url(text))
        )
        layout.addWidget(self.trust_panel)
        if invitation is not None:
            self.invitation_button = QPushButton(self.tr("I have received an &invitation…"))
            self.invitation_button.setAccessibleName(self.tr("I have received an invitation"))
            self.invitation_button.setAutoDefault(False)
            self.invitation_button.clicked.connect(self.open_invitation)
            layout.addWidget(self.invitation_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.otp_step = OtpStep(self)  # the two-factor code, once the server asks for it
        layout.addWidget(self.otp_step)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        first_empty = next(
            (e for e in (self.server_edit, self.email_edit, self.password_edit) if not e.text()),
            self.sign_in_button,
        )
        first_empty.setFocus()
        refused = self.trust_panel.problem() if server_url else None
        if refused is not None:  # a saved address the rule now refuses: say so at once
            self.show_error(*refused)

    def show_error(self, text: str, focus: QWidget | None = None) -> None:
        """An inline message (not another window), read out with the field it is about."""
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
        self.adjustSize()
        for edit in (self.server_edit, self.email_edit, self.password_edit):
            edit.setAccessibleDescription("")
        if isinstance(focus, QLineEdit):
            focus.setAccessibleDescription(text)
            focus.selectAll()
        if focus is not None:
            focus.setFocus()

    def open_invitation(self) -> None:
        """The invitation dialog, on the address typed here; signed in when it succeeds."""
        from desktop.ui.invitation_dialog import InvitationDialog

        if self._invitation is None:
            return
        server = normalise_server_url(self.server_edit.text())
        dialog = InvitationDialog(self._invitation, self._runner, server, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.server_edit.setText(dialog.server_url)
        if dialog.account is not None:
            self.account = dialog.account
            self.accept()
        elif dialog.needs_code is not None:
            self.continue_with_code(*dialog.needs_code)

    def continue_with_code(self, email: str, password: str) -> None:
        """The password is chosen (an invitation) and two-step sign-in is on: ask the code."""
        self.email_edit.setText(email)
        self.password_edit.setText(password)
        self.show_error(
            self.otp_step.ask(OtpNeeded("otp_required", "", 401)), self.otp_step.code_edit
        )

    def wait_in_words(self, seconds: int | None) -> str:
        """How long to wait, rounded up to the minute: "one minute", "5 minutes", "one hour"."""
        if seconds is None or seconds <= 0:
            return self.tr("a few minutes")
        minutes = -(-seconds // 60)
        if minutes == 1:
            return self.tr("one minute")
        if minutes < 60:
            return fill(self.tr("%1 minutes"), str(minutes))
        hours = -(-minutes // 60)
        return self.tr("one hour") if hours == 1 else fill(self.tr("%1 hours"), str(hours))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.server_edit, self.email_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        self.otp_step.code_edit.setEnabled(not busy)
        self.trust_panel.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.error_label.hide()
        else:  # the focus went to "Cancel" meanwhile: Enter must sign in, never cancel
            self.sign_in_button.setDefault(True)
        self.adjustSize()

    def _on_sign_in_clicked(self) -> None:
        server = normalise_server_url(self.server_edit.text())
        email = self.email_edit.text().strip()
        password = self.password_edit.text()
        if not server:
            self.show_error(
                self.tr("Type the address of your organisation's server."), self.server_edit
            )
            return
        self.trust_panel.update_for(server)
        trust_problem = self.trust_panel.problem()  # not https, or an unusable CA file
        if trust_problem is not None:
            self.show_error(*trust_problem)
            return
        if "@" not in email:
            self.show_error(
                self.tr("Type your email address, for example marie@example.fr."), self.email_edit
            )
            return
        if not password:
            self.show_error(self.tr("Type your password."), self.password_edit)
            return
        otp_problem = self.otp_step.problem()
        if otp_problem is not None:
            self.show_error(otp_problem, self.otp_step.code_edit)
            return
        otp = self.otp_step.code()
        self.server_edit.setText(server)
        self.trust_panel.apply()
        self._set_busy(True)
        sign_in = self._sign_in  # the worker's function must not hold the dialog
        self._runner.run(
            lambda: sign_in(server, email, password, *([otp] if otp else [])),
            on_done=self._on_signed_in,
            on_error=self._on_sign_in_failed,
        )

    def _on_signed_in(self, account: Account) -> None:
        self._set_busy(False)
        self.account = account
        self.accept()

    def _on_sign_in_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        log_error(error)
        if isinstance(error, OtpNeeded):  # the password is right: now the code
            self.show_error(self.otp_step.ask(error), self.otp_step.code_edit)
            return
        refused = self.trust_panel.failure(error)  # an address or a certificate refused
        if refused is not None:
            self.show_error(*refused)
            return
        summary, advice = error_text(error)
        code = error_code(error)
        if isinstance(error, TooManyAttempts):
            summary = self.tr("Too many unsuccessful attempts to sign in.")
            advice = fill(
                self.tr(
                    "For your security, signing in is paused: try again in %1. If you have "
                    "forgotten your password, ask your secretariat."
                ),
                self.wait_in_words(error.retry_after),
            )
        if code == "server_unreachable":
            summary = fill(self.tr("The server at %1 does not answer."), self.server_edit.text())
            advice = self.tr(
                "Check the server address and your internet connection, then try again."
            )
        if code in ("invalid_credentials", "too_many_attempts"):
            focus: QWidget = self.password_edit
        elif code in _SERVER_CODES:
            focus = self.server_edit
        else:
            focus = self.email_edit
        self.show_error(f"{summary}\n{advice}", focus)
