"""Stable error codes, the same on both sides.

The server answers every error as JSON ``{"code": ..., "message": ...}``; the client maps the
code (never the English message) to a translated sentence for the member.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel


class ErrorCode(StrEnum):
    """Every error code the server may answer with. Never rename one: clients rely on them."""

    INVALID_CREDENTIALS = "invalid_credentials"
    UNAUTHENTICATED = "unauthenticated"
    DEVICE_REVOKED = "device_revoked"
    ACCOUNT_DISABLED = "account_disabled"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    VALIDATION_ERROR = "validation_error"
    CONFLICT = "conflict"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    INTERNAL = "internal"


class ErrorBody(BaseModel):
    """The body of every error response."""

    code: str
    message: str
