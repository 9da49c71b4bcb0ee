"""The one error path: a translated message for the member, details to the log file.

Every error raised by the layers below carries a stable ``code`` (``protocol.errors.ErrorCode``
from the server, ``desktop.cache.errors``, ``desktop.sync.errors``). The member sees what
happened and what to do next, in their words, chosen from that code; never a traceback. The log
file in the profile gets the error's type, code and stack, and never its message or any
content.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("quorum.errors")

_CONTEXT = "ErrorMessages"

_GENERIC = (
    QT_TRANSLATE_NOOP("ErrorMessages", "Something went wrong."),
    QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Please try again. If it happens again, contact your secretariat.",
    ),
)
_SERVER_FAILED = (
    QT_TRANSLATE_NOOP("ErrorMessages", "The server ran into a problem."),
    QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Try again in a few minutes. Your documents stay readable on this computer.",
    ),
)
_NO_KEYCHAIN = (
    QT_TRANSLATE_NOOP("ErrorMessages", "This computer has no secure keychain."),
    QT_TRANSLATE_NOOP(
        "ErrorMessages", "Choose a passphrase to protect the copy of your documents."
    ),
)

_GET_IT = QT_TRANSLATE_NOOP("ErrorMessages", "Get it here: %1")

#: Stable error code -> (what happened, what to do next), both translated when shown.
MESSAGES: dict[str, tuple[object, object]] = {
    "invalid_credentials": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The email address or the password is not right."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check them and try again. If you have forgotten your password, ask your secretariat.",
        ),
    ),
    "unauthenticated": (
        QT_TRANSLATE_NOOP("ErrorMessages", "You have been signed out."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Sign in again to sync. Your documents stay readable on this computer.",
        ),
    ),
    "device_revoked": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This computer may no longer connect to Quorum."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The secretariat has withdrawn its access. Contact them if you think "
            "this is a mistake.",
        ),
    ),
    "account_disabled": (
        QT_TRANSLATE_NOOP("ErrorMessages", "Your account is disabled."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Contact your secretariat to have it enabled."),
    ),
    "forbidden": (
        QT_TRANSLATE_NOOP("ErrorMessages", "You are not allowed to do this."),
        QT_TRANSLATE_NOOP("ErrorMessages", "If you think you should be, contact your secretariat."),
    ),
    "not_found": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This item no longer exists on the server."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "It may have been removed. Sync to bring your copy up to date."
        ),
    ),
    "document_not_found": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This document is no longer available."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "It may have been removed. Sync to bring your list up to date."
        ),
    ),
    "validation_error": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The server did not accept what was sent."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Check what you typed and try again."),
    ),
    "conflict": (
        QT_TRANSLATE_NOOP("ErrorMessages", "Someone changed this in the meantime."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Sync, then try again."),
    ),
    "payload_too_large": (
        QT_TRANSLATE_NOOP("ErrorMessages", "What you are sending is too large."),
        QT_TRANSLATE_NOOP("ErrorMessages", "Make it shorter and try again."),
    ),
    "unsupported_protocol": (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "This version of Quorum cannot talk to your organisation's server."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Install the latest version of Quorum, or ask your secretariat."
        ),
    ),
    "server_unreachable": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The server cannot be reached."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check your internet connection and the server address. You can keep reading "
            "your documents offline: Quorum syncs as soon as the connection is back.",
        ),
    ),
    "too_many_attempts": (
        QT_TRANSLATE_NOOP("ErrorMessages", "Too many unsuccessful attempts to sign in."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "For your security, signing in is paused for a while. Wait a few minutes, then "
            "try again. If you have forgotten your password, ask your secretariat.",
        ),
    ),
    "server_error": _SERVER_FAILED,
    "internal": _SERVER_FAILED,
    "method_not_allowed": _SERVER_FAILED,
    "cache_locked": (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The copy of your documents on this computer cannot be opened."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Its key is missing or the passphrase is wrong. You can reset this copy and "
            "download everything again: the server keeps it all.",
        ),
    ),
    "cache_too_new": (
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The copy of your documents was made by a newer version of Quorum.",
        ),
        QT_TRANSLATE_NOOP("ErrorMessages", "Install the latest version of Quorum to open it."),
    ),
    "insecure_keychain": _NO_KEYCHAIN,
    "passphrase_required": _NO_KEYCHAIN,
    # --- security and invitations (docs/SECURITY.md, docs/INSTALLED.md) ---
    "app_too_old": (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "This version of Quorum is too old for your organisation's server."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Install the new version to sync again. Meanwhile you can keep reading your "
            "documents on this computer.",
        ),
    ),
    "wipe_required": (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "The secretariat asked for this computer's data to be deleted."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Quorum deletes it now. Sign in again if you may still use this computer.",
        ),
    ),
    "device_not_approved": (
        QT_TRANSLATE_NOOP("ErrorMessages", "Your secretariat has not approved this computer yet."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Quorum checks again by itself. You can ask your secretariat to approve it.",
        ),
    ),
    "totp_enrolment_required": (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Your organisation asks for a second step when you sign in."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Set up the two-step verification: Quorum shows you how.",
        ),
    ),
    "otp_required": (
        QT_TRANSLATE_NOOP("ErrorMessages", "Enter the code shown by your authenticator app."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "It changes every 30 seconds. You can also use one of your recovery codes.",
        ),
    ),
    "otp_invalid": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This code is not right or has already been used."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Enter the code your authenticator app shows now, or one of your recovery codes.",
        ),
    ),
    "insecure_server_address": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This server address is not secure."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Use the address starting with https:// that your secretariat gave you.",
        ),
    ),
    "untrusted_certificate": (
        QT_TRANSLATE_NOOP(
            "ErrorMessages", "Quorum cannot confirm that this server is your organisation's."
        ),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the server address. If your organisation has its own certificate "
            "authority, choose its file in the sign-in window (Advanced).",
        ),
    ),
    "ca_file_unusable": (
        QT_TRANSLATE_NOOP("ErrorMessages", "The certificate authority file cannot be used."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Choose again the file your secretariat gave you, or clear the choice.",
        ),
    ),
    "invitation_invalid": (
        QT_TRANSLATE_NOOP("ErrorMessages", "No invitation has this code."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the code and the server address, or ask your secretariat for a new invitation.",
        ),
    ),
    "invitation_expired": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This invitation has expired."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Ask your secretariat for a new one.",
        ),
    ),
    "invitation_used": (
        QT_TRANSLATE_NOOP("ErrorMessages", "This invitation has already been used."),
        QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Sign in with the password you chose. If you have forgotten it, ask your "
            "secretariat for a new invitation.",
        ),
    ),
}


def error_code(error: BaseException) -> str:
    """The stable code of ``error``; ``"unknown"`` when it has none."""
    code = getattr(error, "code", None)
    return code if isinstance(code, str) and code else "unknown"


def error_text(error: BaseException) -> tuple[str, str]:
    """(what happened, what to do next), translated, for ``error``."""
    summary, advice = MESSAGES.get(error_code(error), _GENERIC)
    translate = QCoreApplication.translate
    said = translate(_CONTEXT, str(advice))
    update_url = getattr(error, "update_url", "")  # where the organisation offers the new app
    if isinstance(update_url, str) and update_url:
        said += " " + translate(_CONTEXT, str(_GET_IT)).replace("%1", update_url)
    return translate(_CONTEXT, str(summary)), said


def log_error(error: BaseException) -> None:
    """Write the error's type, code and stack to the log; never its message (content)."""
    stack = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
    status = getattr(error, "status", None)
    log.error(
        "%s.%s code=%s status=%s\n%s",
        type(error).__module__,
        type(error).__qualname__,
        error_code(error),
        status,
        stack.rstrip(),
    )


def build_error_box(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """The dialog :func:`show_error` shows (separate so tests can read it)."""
    summary, advice = error_text(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorMessages", "Quorum"))
    box.setText(summary)
    box.setInformativeText(advice)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setAccessibleName(
        QCoreApplication.translate("ErrorMessages", "Close this message")
    )
    box.setAccessibleName(summary)
    box.setAccessibleDescription(advice)
    return box


_open_boxes: list[QMessageBox] = []


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Log ``error`` and tell the member, in ONE dialog (never a pile of them)."""
    log_error(error)
    if _open_boxes:  # a message is already on screen; the log has this one
        return
    box = build_error_box(parent, error)
    _open_boxes.append(box)
    try:
        box.exec()
    finally:
        _open_boxes.remove(box)
        box.deleteLater()


def install_excepthook(
    show: Callable[[QWidget | None, BaseException], None] = show_error,
) -> None:
    """Route uncaught exceptions to :func:`show_error` on the active window."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        show(QApplication.activeWindow(), error)

    sys.excepthook = hook
