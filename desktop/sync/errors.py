"""Errors of the sync client, split by what the caller should do about them.

SyncError
 ├── ServerUnreachable    no answer: connect error, timeout, network cut, 502/503/504
 │                        (temporary: stay offline, retry after a back-off)
 ├── ServerError          any other 5xx, or an answer that is not what the protocol says
 │                        (temporary: retry after a back-off)
 ├── ApiError             a 4xx carrying the server's stable ``code`` (permanent: retrying the
 │    │                   same request gives the same answer)
 │    ├── AuthRequired    401 ``unauthenticated`` / ``device_revoked``: the token is no longer
 │    │                   valid; the member must sign in again
 │    └── TooManyAttempts 429 ``too_many_attempts``: too many failed sign-ins; wait
 │                        ``retry_after`` seconds (None when the server did not say)
 └── ProtocolMismatch     the server speaks another protocol version (the app or the server
                          must be updated)

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
