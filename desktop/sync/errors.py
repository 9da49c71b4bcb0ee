"""Errors of the sync client, split by what the caller should do about them.

SyncError
 ├── ServerUnreachable    no answer: connect error, timeout, network cut, 502/503/504
 │                        (temporary: stay offline, retry after a back-off)
 ├── ServerError          any other 5xx, or an answer that is not what the protocol says
 │                        (temporary: retry after a back-off)
 ├── ApiError             a 4xx carrying the server's stable ``code`` (permanent: retrying the
 │    │                   same request gives the same answer)
 │    ├── AuthRequired    401 ``unauthenticated`` / ``device_revoked``: the token is no longer
 │    │    │              valid; the member must sign in again
 │    │    └── WipeRequired 401 ``wipe_required``: the device was revoked with a wipe: delete
 │    │                   the cache, then acknowledge (docs/SECURITY.md)
 │    ├── NotLetIn        403 ``device_not_approved`` / ``totp_enrolment_required``: signed in,
 │    │                   but the device waits for approval or the member must enrol in TOTP
 │    ├── OtpNeeded       401 ``otp_required`` / ``otp_invalid``: the sign-in needs a (right)
 │    │                   code of the authenticator app
 │    └── TooManyAttempts 429 ``too_many_attempts``: too many failed sign-ins; wait
 │                        ``retry_after`` seconds (None when the server did not say)
 ├── ProtocolMismatch     the server speaks another protocol version (the app or the server
 │                        must be updated)
 └── AppTooOld            the server needs a newer app (``app_too_old``): no syncing until the
                          member updates; the cache stays readable

``temporary`` tells the engine whether the same request may succeed later.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base of every sync error. ``code`` is stable, for translated messages."""

    code: str = "sync_error"
    temporary: bool = False

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.code)
        self.message = message or self.code


class ServerUnreachable(SyncError):
    """The server did not answer (or a gateway in front of it said it could not)."""

    code = "server_unreachable"
    temporary = True


class ServerError(SyncError):
    """The server failed (5xx) or answered something the protocol does not allow."""

    code = "server_error"
    temporary = True

    def __init__(self, message: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ApiError(SyncError):
    """A permanent refusal (4xx) carrying the server's stable error code."""

    def __init__(self, code: str, message: str, status: int) -> None:
        super().__init__(message)
        self.code = code
        self.status = status

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status={self.status})"


class AuthRequired(ApiError):
    """The token is no longer valid (signed out elsewhere, expired or the device revoked)."""


class WipeRequired(AuthRequired):
    """The secretariat revoked this device with a wipe: delete the cache, then acknowledge
    with the same token (docs/SECURITY.md)."""


class NotLetIn(ApiError):
    """Signed in, but not let in yet: ``device_not_approved`` (the secretariat must approve
    this device) or ``totp_enrolment_required`` (the member must set up two-factor sign-in)."""


class OtpNeeded(ApiError):
    """The sign-in needs the code of the member's authenticator app (``otp_required``), or the
    code given is wrong or used (``otp_invalid``)."""


class TooManyAttempts(ApiError):
    """Too many failed sign-ins for this account or from this address: the server refuses
    more for ``retry_after`` seconds (its ``Retry-After`` header; None when absent)."""

    def __init__(self, message: str, status: int = 429, retry_after: int | None = None) -> None:
        super().__init__("too_many_attempts", message, status)
        self.retry_after = retry_after


def retry_after_seconds(header: str | None) -> int | None:
    """The seconds of a ``Retry-After`` header given in seconds; None when absent, a date or
    unreadable (the member is then told to wait a few minutes)."""
    text = (header or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > 9:
        return None
    return int(text)


class ProtocolMismatch(SyncError):
    """Client and server speak different protocol versions."""

    code = "unsupported_protocol"

    def __init__(self, message: str = "", server_version: int | None = None) -> None:
        super().__init__(message)
        self.server_version = server_version


class AppTooOld(SyncError):
    """This app is older than the oldest the server accepts (docs/INSTALLED.md): it stops
    syncing until updated. ``minimum``: the version needed; ``update_url``: where to get it
    ("" when the organisation did not say)."""

    code = "app_too_old"

    def __init__(self, minimum: str, update_url: str = "") -> None:
        super().__init__(f"The server needs Quorum {minimum} or later.")
        self.minimum = minimum
        self.update_url = update_url
