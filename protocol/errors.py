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
    #: Too many failed sign-ins for this account or from this address: wait ``Retry-After``
    #: seconds (the answer is the same whether the account exists or not).
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    #: 401: this device was revoked with a wipe: delete the cache, then ``POST
    #: /v1/devices/wipe-done`` with the same token (docs/SECURITY.md).
    WIPE_REQUIRED = "wipe_required"
    #: 403: the secretariat has not approved this device yet.
    DEVICE_NOT_APPROVED = "device_not_approved"
    #: 401: the password is right; the member's TOTP code (or a recovery code) is needed.
    OTP_REQUIRED = "otp_required"
    #: 401: the TOTP or recovery code is wrong or already used (counts as a failed sign-in).
    OTP_INVALID = "otp_invalid"
    #: 403: the organisation requires two-factor sign-in; enrol first (``/v1/me/totp``).
    TOTP_ENROLMENT_REQUIRED = "totp_enrolment_required"
    #: 404: no invitation has this code (counts as a failed attempt for the address).
    INVITATION_INVALID = "invitation_invalid"
    #: 410: the invitation's time has passed: ask the secretariat for a new one.
    INVITATION_EXPIRED = "invitation_expired"
    #: 409: the invitation was used already (or cancelled).
    INVITATION_USED = "invitation_used"
    #: 426: this app is older than the oldest the server accepts: update it (docs/INSTALLED.md).
    APP_TOO_OLD = "app_too_old"


class ErrorBody(BaseModel):
    """The body of every error response."""

    code: str
    message: str


class VoteErrorCode(StrEnum):
    """Why a ballot, a proxy or a motion action is refused. Shown to the member in words."""

    MOTION_NOT_OPEN = "motion_not_open"  # draft, cancelled, or not yet open
    MOTION_CLOSED = "motion_closed"  # arrived after the close, whatever the client's clock
    MOTION_CHANGED = "motion_changed"  # the ballot was for an earlier version of the text
    NOT_ENTITLED = "not_entitled"
    ALREADY_VOTED = "already_voted"  # a second ballot where changing one's vote is off
    INVALID_CHOICE = "invalid_choice"
    RECEIPT_UNKNOWN = "receipt_unknown"  # changing a secret ballot needs its receipt
    PROXIES_NOT_ALLOWED = "proxies_not_allowed"
    PROXY_CAP_REACHED = "proxy_cap_reached"
    PROXY_STANDS = "proxy_stands"  # the principal votes while their proxy stands
    PROXY_ALREADY_USED = "proxy_already_used"  # the holder votes twice for one principal
    NO_PROXY = "no_proxy"  # voting for someone who gave no proxy
    PROXY_USED = "proxy_used"  # revoking a proxy the holder has already used
    PROXY_INVALID = "proxy_invalid"  # to oneself, overlapping, a date range that ends first
    MOTION_LOCKED = "motion_locked"  # once open only the deadline and the voters change


class NetworkErrorCode(StrEnum):
    """Why a message, idea or announcement action is refused. Shown to the member in words.

    A channel, conversation, idea or announcement the member may not see is refused as
    ``not_found`` (ErrorCode.NOT_FOUND), the same answer as one that does not exist."""

    NOT_AUTHOR = "not_author"  # editing or deleting someone else's message
    MESSAGE_DELETED = "message_deleted"  # editing or pinning a deleted message
    THREAD_INVALID = "thread_invalid"  # a reply to a reply, to a deleted message or elsewhere
    ALREADY_SUPPORTED = "already_supported"
    OWN_IDEA = "own_idea"  # supporting one's own idea
    NOT_MODERATOR = "not_moderator"  # setting an idea's status: the secretariat or the chair
    NOT_ANNOUNCER = "not_announcer"
    NO_ACK_REQUESTED = "no_ack_requested"  # reminding about an announcement that asks none
    ID_TAKEN = "id_taken"  # an app-made id already names something else


class DocumentErrorCode(StrEnum):
    """Why a publication, an action item, an annotation or a comment is refused.

    A document, meeting or action the member may not see is ``not_found``, as elsewhere."""

    FILE_INVALID = "file_invalid"  # damaged, not a PDF, password-protected, or empty
    FILE_TOO_LARGE = "file_too_large"  # over protocol.documents.MAX_FILE_BYTES
    FILE_UNKNOWN = "file_unknown"  # publishing a sha256 never uploaded
    RANGE_NOT_SATISFIABLE = "range_not_satisfiable"
    COMMENTS_CLOSED = "comments_closed"  # not open for comments, or the period has ended
    COMMENT_INVALID = "comment_invalid"  # a reply to a reply, or to another document's comment
    VERSION_UNKNOWN = "version_unknown"  # an annotation or comment on a version that never was
    NOT_ASSIGNEE = "not_assignee"  # updating an action: its assignees, the chair, the secretariat
    NOT_MODERATOR = "not_moderator"  # creating an action: the secretariat or the chair
    ASSIGNEE_INVALID = "assignee_invalid"  # an assignee who is not a member of the committee
    MEETING_INVALID = "meeting_invalid"  # an agenda naming a document or motion elsewhere
    ID_TAKEN = "id_taken"  # an app-made id already names something else
