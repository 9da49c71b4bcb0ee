"""Signing in from the app: the sign-in dialog, or an invitation (a ``quorum://invite`` link
or a code typed), then two-step set-up when the organisation requires it. What worked is saved
in the profile's settings (server, email, the member's trust choices)."""

from __future__ import annotations

import os
import platform

from PySide6.QtWidgets import QDialog

from desktop.cache.records import Account
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import apply_server_trust
from desktop.ui.invitation_dialog import InvitationCalls, InvitationDialog
from desktop.ui.runner import Runner
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.two_factor_dialog import TwoFactorDialog
from desktop.ui.two_factor_wiring import account_label

#: The demo pre-fills the password from here; nothing else reads it.
PASSWORD_ENV = "QUORUM_PASSWORD"


def device_name() -> str:
    """How this computer appears in the secretariat's list of devices."""
    host = platform.node() or "?"
    return f"Quorum ({host})"


def invitation_calls(session: Session) -> InvitationCalls:
    """Preview and accept an invitation through ``session`` (which switches servers)."""
    return InvitationCalls(
        preview=session.preview_invitation,
        accept=lambda url, code, password: session.accept_invitation(
            url, code, password, device_name()
        ),
    )


def sign_in_interactively(
    profile: Profile,
    session: Session,
    runner: Runner,
    email: str | None,
    invitation: tuple[str, str] | None = None,
) -> Account | None:
    """The sign-in dialog, pre-filled; the account on success, None when cancelled.
    ``invitation``: the (server address, code) of a ``quorum://invite`` link the app was
    opened with: the invitation dialog comes first."""
    settings = profile.load_settings()
    account = session.account()
    if invitation is not None:
        server_url, code = invitation
        first = InvitationDialog(invitation_calls(session), runner, server_url, code)
        accepted = first.exec() == QDialog.DialogCode.Accepted
        if accepted and first.account is not None:
            settings.server_url = session.server_url
            settings.email = first.account.email
            profile.save_settings(settings)
            _two_step_first(session, runner)
            return first.account
        needs_code = first.needs_code if accepted else None
    else:
        needs_code = None
    dialog = SignInDialog(
        lambda url, mail, password, otp=None: session.sign_in(
            url, mail, password, device_name(), otp
        ),
        runner,
        server_url=session.server_url,
        email=email or settings.email or (account.email if account else ""),
        password=os.environ.get(PASSWORD_ENV, ""),
        insecure_servers=settings.insecure_servers,
        ca_file=settings.ca_file,
        invitation=invitation_calls(session),
    )
    if needs_code is not None:  # the invitation set the password; now the two-step code
        dialog.continue_with_code(*needs_code)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
        apply_server_trust(settings)  # the dialog's trust choices stay only if they worked
        return None
    settings.server_url = session.server_url
    settings.email = dialog.account.email
    dialog.trust_panel.save_into(settings)
    profile.save_settings(settings)
    _two_step_first(session, runner)
    return dialog.account


def _two_step_first(session: Session, runner: Runner) -> None:
    """The organisation requires two-step sign-in and the member has none: set it up before
    anything else (docs/SECURITY.md)."""
    if session.totp_enrolment_required:
        TwoFactorDialog(session.two_factor, runner, account_label(session), required=True).exec()
