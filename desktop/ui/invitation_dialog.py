"""Accepting an invitation (docs/INSTALLED.md): the server address and the code (from a
``quorum://invite`` link, or typed), then whose invitation it is, then the password the member
chooses, twice; accepting signs them in. Nobody ever sends a password by e-mail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.cache.records import Account
from desktop.sync.errors import OtpNeeded
from desktop.ui.errors import error_text, log_error
from desktop.ui.formatting import fill, format_date
from desktop.ui.runner import Runner
from desktop.ui.sign_in_dialog import normalise_server_url
from desktop.ui.widgets import roomy, wrapped_label
from protocol.invitations import MIN_PASSWORD_LENGTH, InvitationPreview, format_code


@dataclass(frozen=True)
class InvitationCalls:
    """What the dialog runs in the worker: ``preview(server_url, code)`` and
    ``accept(server_url, code, password)`` (which signs in)."""

    preview: Callable[[str, str], InvitationPreview]
    accept: Callable[[str, str, str], Account]


class InvitationDialog(QDialog):
    """Two steps in one window: check the code, then choose the password."""

    def __init__(
        self,
        calls: InvitationCalls,
        runner: Runner,
        server_url: str = "",
        code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._runner = runner
        self.account: Account | None = None
        self.preview: InvitationPreview | None = None
        #: (email, password) when the password was chosen but signing in needs the code of
        #: the member's authenticator app: the sign-in dialog takes over from there.
        self.needs_code: tuple[str, str] | None = None
        self._password = ""
        self.setWindowTitle(self.tr("Accept an invitation"))
        self.setMinimumWidth(560)

        intro = wrapped_label(
            self.tr(
                "Your secretariat sent you an invitation with a code. Type the server address "
                "and the code, then choose your password: nobody else will know it."
            )
        )
        self.server_edit = roomy(QLineEdit(server_url))
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.code_edit = roomy(QLineEdit(format_code(code) if code else ""))
        self.code_edit.setAccessibleName(self.tr("Invitation code"))
        self.code_edit.setPlaceholderText(self.tr("for example K7QM-3XPA-9DHT"))
        self.who_label = QLabel()
        self.who_label.setWordWrap(True)
        self.who_label.setObjectName("invitationWho")
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        self.who_label.hide()
        self.password_edit = roomy(QLineEdit())
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("New password"))
        self.password_edit.setAccessibleDescription(
            fill(self.tr("At least %1 characters."), str(MIN_PASSWORD_LENGTH))
        )
        self.again_edit = roomy(QLineEdit())
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(self.tr("New password, again"))

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        self._password_rows: list[QWidget] = []
        for text, edit in (
            (self.tr("&Server address:"), self.server_edit),
            (self.tr("Invitation &code:"), self.code_edit),
            (self.tr("&New password:"), self.password_edit),
            (self.tr("&Again:"), self.again_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            if edit in (self.password_edit, self.again_edit):
                self._password_rows += [label, edit]
        for widget in self._password_rows:
            widget.hide()

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(
            "QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #e3a6a1;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Please wait"))
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox()
        self.next_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel the invitation"))
        self.buttons.accepted.connect(self._on_next)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for widget in (intro, self.who_label):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.error_label, self.busy_bar, self.buttons):
            layout.addWidget(widget)
        self._update_next_name()
        (self.code_edit if server_url else self.server_edit).setFocus()

    # --- steps -------------------------------------------------------------------------------

    def _server(self) -> str:
        return normalise_server_url(self.server_edit.text())

    @property
    def server_url(self) -> str:
        """The server address the invitation was accepted on."""
        return self._server()

    def _on_next(self) -> None:
        if self.preview is None:
            self._check_code()
        else:
            self._accept_invitation()

    def _check_code(self) -> None:
        server, code = self._server(), self.code_edit.text().strip()
        if not server:
            self.show_error(self.tr("Type the address of your organisation's server."))
            self.server_edit.setFocus()
            return
        if not code:
            self.show_error(self.tr("Type the code of your invitation."))
            self.code_edit.setFocus()
            return
        preview = self._calls.preview
        self._run(lambda: preview(server, code), self._on_previewed)

    def _on_previewed(self, preview: InvitationPreview) -> None:
        self.preview = preview
        self.server_edit.setEnabled(False)
        self.code_edit.setEnabled(False)
        template = (
            self.tr("Invitation for %1 (%2), %3. Valid until %4. Choose a new password.")
            if preview.existing_member
            else self.tr("Invitation for %1 (%2) to join %3 on Quorum. Valid until %4.")
        )
        text = fill(
            template,
            preview.member_name,
            preview.email,
            preview.organisation_name,
            format_date(preview.expires_at),
        )
        self.who_label.setText(text)
        self.who_label.setAccessibleName(text)
        self.who_label.show()
        for widget in self._password_rows:
            widget.show()
        self._update_next_name()
        self.password_edit.setFocus()
        # Disabling the focused code field passed the focus (and, with it, the default) to a
        # button for a moment: Enter must choose the password again.
        self.next_button.setDefault(True)
        self.adjustSize()

    def _accept_invitation(self) -> None:
        password = self.password_edit.text()
        if len(password) < MIN_PASSWORD_LENGTH:
            self.show_error(
                fill(
                    self.tr("Choose a password of at least %1 characters."),
                    str(MIN_PASSWORD_LENGTH),
                )
            )
            self.password_edit.setFocus()
            return
        if self.again_edit.text() != password:
            self.show_error(self.tr("The two passwords differ: type the same one twice."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        server, code, accept = self._server(), self.code_edit.text().strip(), self._calls.accept
        self._password = password
        self._run(lambda: accept(server, code, password), self._on_accepted)

    def _on_accepted(self, account: Account) -> None:
        self.account = account
        self.accept()

    # --- plumbing ----------------------------------------------------------------------------

    def _update_next_name(self) -> None:
        text = self.tr("Continue") if self.preview is None else self.tr("Choose and sign in")
        self.next_button.setText(text)
        self.next_button.setAccessibleName(
            self.tr("Check the invitation code") if self.preview is None else text
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
        self.adjustSize()

    def _run(self, work: Callable[[], object], done: Callable[[Any], None]) -> None:
        self.error_label.hide()
        self._busy(True)

        def finished(result: object) -> None:
            self._busy(False)
            done(result)

        self._runner.run(work, on_done=finished, on_error=self._on_failed)

    def _busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if not busy:
            self.next_button.setDefault(True)

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        log_error(error)
        if isinstance(error, OtpNeeded) and self.preview is not None:
            # The password is chosen; the member has two-step sign-in: on to the code.
            self.needs_code = (self.preview.email, self._password)
            self.accept()
            return
        summary, advice = error_text(error)
        self.show_error(f"{summary}\n{advice}")
        (self.code_edit if self.preview is None else self.password_edit).setFocus()
