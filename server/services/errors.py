"""Domain errors: what a service refuses, with a stable code and the HTTP status the API
answers with. The API turns every one into ``{"code": ..., "message": ...}``.

    ServiceError
    ├── InvalidCredentials   401 invalid_credentials
    ├── Unauthenticated      401 unauthenticated
    ├── DeviceRevoked        401 device_revoked
    ├── WipeRequired         401 wipe_required
    ├── OtpRequired          401 otp_required
    ├── OtpInvalid           401 otp_invalid
    ├── InvitationInvalid    404 invitation_invalid
    ├── InvitationExpired    410 invitation_expired
    ├── InvitationUsed       409 invitation_used
    ├── AccountDisabled      403 account_disabled
    ├── DeviceNotApproved    403 device_not_approved
    ├── TotpEnrolmentRequired 403 totp_enrolment_required
    ├── Forbidden            403 forbidden
    ├── NotFound             404 not_found   (also for what exists but must not be revealed)
    ├── Conflict             409 conflict
    ├── ValidationFailed     422 validation_error
    ├── NotConfigured        503 internal    (the server holds no organisation yet)
    ├── VoteRefused          409 (403 not_entitled) with a ``VoteErrorCode``
    ├── NetworkRefused       409 (403 for who may not) with a ``NetworkErrorCode``
    └── DocumentRefused      409 (422, 413, 416, 403) with a ``DocumentErrorCode``

Messages are English, short, and never carry content (no document text, no password).
"""

from __future__ import annotations

from typing import ClassVar

from protocol.errors import DocumentErrorCode, ErrorCode, NetworkErrorCode, VoteErrorCode


class ServiceError(Exception):
    code: ClassVar[ErrorCode] = ErrorCode.INTERNAL
    status: ClassVar[int] = 500
    default_message: ClassVar[str] = "The server could not do that."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    @property
    def wire_code(self) -> str:
        """The code the client receives."""
        return self.code.value

    @property
    def http_status(self) -> int:
        return self.status


class InvalidCredentials(ServiceError):
    code = ErrorCode.INVALID_CREDENTIALS
    status = 401
    default_message = "Wrong email address or password."


class Unauthenticated(ServiceError):
    code = ErrorCode.UNAUTHENTICATED
    status = 401
    default_message = "Sign in first."


class DeviceRevoked(ServiceError):
    code = ErrorCode.DEVICE_REVOKED
    status = 401
    default_message = "This device has been signed out; sign in again."


class WipeRequired(ServiceError):
    """The device was revoked with a wipe: it must delete its cache and say so."""

    code = ErrorCode.WIPE_REQUIRED
    status = 401
    default_message = "This device must delete its offline data; the secretariat asked so."


class DeviceNotApproved(ServiceError):
    code = ErrorCode.DEVICE_NOT_APPROVED
    status = 403
    default_message = "The secretariat has not approved this device yet."


class OtpRequired(ServiceError):
    code = ErrorCode.OTP_REQUIRED
    status = 401
    default_message = "Enter the code of your authenticator app."


class OtpInvalid(ServiceError):
    code = ErrorCode.OTP_INVALID
    status = 401
    default_message = "This code is wrong or has already been used."


class TotpEnrolmentRequired(ServiceError):
    code = ErrorCode.TOTP_ENROLMENT_REQUIRED
    status = 403
    default_message = "Your organisation requires two-factor sign-in: set it up first."


class InvitationInvalid(ServiceError):
    code = ErrorCode.INVITATION_INVALID
    status = 404
    default_message = "No invitation has this code; check it or ask the secretariat."


class InvitationExpired(ServiceError):
    code = ErrorCode.INVITATION_EXPIRED
    status = 410
    default_message = "This invitation has expired; ask the secretariat for a new one."


class InvitationUsed(ServiceError):
    code = ErrorCode.INVITATION_USED
    status = 409
    default_message = "This invitation has been used already; sign in with your password."


class AccountDisabled(ServiceError):
    code = ErrorCode.ACCOUNT_DISABLED
    status = 403
    default_message = "This account is disabled."


class Forbidden(ServiceError):
    code = ErrorCode.FORBIDDEN
    status = 403
    default_message = "You are not allowed to do that."


class NotFound(ServiceError):
    code = ErrorCode.NOT_FOUND
    status = 404
    default_message = "Not found."


class Conflict(ServiceError):
    code = ErrorCode.CONFLICT
    status = 409
    default_message = "That conflicts with what the server holds."


class ValidationFailed(ServiceError):
    code = ErrorCode.VALIDATION_ERROR
    status = 422
    default_message = "Invalid input."


class NotConfigured(ServiceError):
    code = ErrorCode.INTERNAL
    status = 503
    default_message = "This server holds no organisation yet."


class VoteRefused(ServiceError):
    """A ballot, proxy or motion action the voting rules refuse, with its ``VoteErrorCode``."""

    code = ErrorCode.CONFLICT
    status = 409

    def __init__(self, vote_code: VoteErrorCode, message: str) -> None:
        super().__init__(message)
        self.vote_code = vote_code

    @property
    def wire_code(self) -> str:
        return self.vote_code.value

    @property
    def http_status(self) -> int:
        return 403 if self.vote_code is VoteErrorCode.NOT_ENTITLED else 409


#: Network refusals about who the member is (answered 403); the others are conflicts (409).
_NOT_ALLOWED = frozenset(
    {NetworkErrorCode.NOT_AUTHOR, NetworkErrorCode.NOT_MODERATOR, NetworkErrorCode.NOT_ANNOUNCER}
)


class NetworkRefused(ServiceError):
    """A message, idea or announcement action the network rules refuse, with its
    ``NetworkErrorCode``. (What the member may not see is ``NotFound`` instead.)"""

    code = ErrorCode.CONFLICT
    status = 409

    def __init__(self, network_code: NetworkErrorCode, message: str) -> None:
        super().__init__(message)
        self.network_code = network_code

    @property
    def wire_code(self) -> str:
        return self.network_code.value

    @property
    def http_status(self) -> int:
        return 403 if self.network_code in _NOT_ALLOWED else 409


#: Document refusals answered with a status other than 409.
_DOCUMENT_STATUS = {
    DocumentErrorCode.FILE_INVALID: 422,
    DocumentErrorCode.FILE_UNKNOWN: 422,
    DocumentErrorCode.MEETING_INVALID: 422,
    DocumentErrorCode.FILE_TOO_LARGE: 413,
    DocumentErrorCode.RANGE_NOT_SATISFIABLE: 416,
    DocumentErrorCode.NOT_ASSIGNEE: 403,
    DocumentErrorCode.NOT_MODERATOR: 403,
}


class DocumentRefused(ServiceError):
    """A publication, file, meeting, action, annotation or comment the document rules refuse,
    with its ``DocumentErrorCode`` (422 for what the secretariat sent wrong, 413 too large,
    416 a range, 403 who may not, 409 the rest). What the member may not see is ``NotFound``."""

    code = ErrorCode.CONFLICT
    status = 409

    def __init__(self, document_code: DocumentErrorCode, message: str) -> None:
        super().__init__(message)
        self.document_code = document_code

    @property
    def wire_code(self) -> str:
        return self.document_code.value

    @property
    def http_status(self) -> int:
        return _DOCUMENT_STATUS.get(self.document_code, 409)
