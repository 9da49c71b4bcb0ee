"""Security and device trust on the wire: the organisation's security policy, devices (list,
revoke with a remote wipe, approve), the acknowledgement of a wipe, and two-factor sign-in
with TOTP codes. The contract is docs/SECURITY.md. Depends on ``protocol.base`` alone."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from protocol.base import Id, Payload, Request

#: The longest a device may go without syncing, when the organisation sets it, in days.
MAX_OFFLINE_DAYS = 365
#: The organisation's longest inactivity before the app locks, in minutes.
MIN_LOCK_MINUTES, MAX_LOCK_MINUTES, DEFAULT_LOCK_MINUTES = 1, 240, 15
#: How many recovery codes a member receives at a time.
RECOVERY_CODE_COUNT = 10

#: A TOTP code (6 digits) or a recovery code (``xxxx-xxxx``), as typed: spaces are allowed.
OtpCode = Annotated[str, StringConstraints(min_length=1, max_length=32, strip_whitespace=True)]


class SecurityPolicy(Payload):
    """What the organisation requires of every device; part of ``OrganisationData`` (synced
    to every app) and set by the secretariat (``PUT /v1/security/policy``)."""

    #: A device that has not synced for this many days wipes its cache at start and asks the
    #: member to sign in again. None: no limit.
    max_offline_days: int | None = Field(default=None, ge=1, le=MAX_OFFLINE_DAYS)
    #: Each new device waits for the secretariat's approval before it receives anything.
    device_approval: bool = False
    #: The app locks after this many minutes without input at most (a member may choose less).
    lock_minutes: int = Field(
        default=DEFAULT_LOCK_MINUTES, ge=MIN_LOCK_MINUTES, le=MAX_LOCK_MINUTES
    )
    #: Every member must sign in with a TOTP code; one who has none must enrol first.
    totp_required: bool = False


class PolicyUpdate(Request):
    """``PUT /v1/security/policy``: the whole policy, as it is to be (the secretariat)."""

    max_offline_days: int | None = Field(default=None, ge=1, le=MAX_OFFLINE_DAYS)
    device_approval: bool = False
    lock_minutes: int = Field(
        default=DEFAULT_LOCK_MINUTES, ge=MIN_LOCK_MINUTES, le=MAX_LOCK_MINUTES
    )
    totp_required: bool = False


# --- devices ------------------------------------------------------------------------------


class DeviceState(StrEnum):
    """Where a device stands, as the member and the secretariat see it."""

    ACTIVE = "active"
    #: Signed in, waiting for the secretariat's approval: it receives nothing yet.
    PENDING_APPROVAL = "pending_approval"
    #: Revoked (or its member deactivated): it wipes itself when it next reaches the server.
    WIPE_PENDING = "wipe_pending"
    #: It wiped itself and said so.
    WIPED = "wiped"
    #: Signed out (by the member), or revoked without a wipe.
    REVOKED = "revoked"


class DeviceInfo(Payload):
    id: Id
    member_id: Id
    member_name: str
    name: str
    state: DeviceState
    created_at: datetime
    #: The last time the device reached the server (to the minute): its last sync.
    last_seen_at: datetime | None = None
    approved_at: datetime | None = None
    revoked_at: datetime | None = None
    wipe_requested_at: datetime | None = None
    wiped_at: datetime | None = None
    #: The device asking (the member's own list only; False in the secretariat's).
    current: bool = False


class DeviceList(Payload):
    """``GET /v1/me/devices`` (one's own) and ``GET /v1/security/devices`` (everyone's):
    newest first."""

    devices: list[DeviceInfo]


class RevokeDeviceRequest(Request):
    """``POST .../devices/{id}/revoke``. ``wipe``: the device deletes its cache when it next
    reaches the server (the default; False only signs it out)."""

    wipe: bool = True


class MemberActiveRequest(Request):
    """``POST /v1/security/members/{id}/active``: deactivating a member revokes every device
    of theirs with a wipe; reactivating lets them sign in again (on new devices)."""

    active: bool


class MemberActiveResponse(Payload):
    member_id: Id
    active: bool
    #: Devices this call revoked (with a wipe pending).
    devices_revoked: int


# --- two-factor sign-in (TOTP, RFC 6238) ---------------------------------------------------


class TotpStatus(Payload):
    """``GET /v1/me/totp``."""

    enabled: bool
    #: The organisation requires it.
    required: bool
    recovery_codes_left: int = 0


class TotpEnrolment(Payload):
    """``POST /v1/me/totp/enrol``: a new secret, not in force until confirmed with a code.
    ``uri`` is the ``otpauth://totp/...`` link the app shows as a QR code."""

    secret: str
    uri: str
    issuer: str
    account: str


class TotpCodeRequest(Request):
    """A code from the authenticator app (confirm, new recovery codes, disable)."""

    code: OtpCode


class RecoveryCodes(Payload):
    """Shown once: each code signs in once instead of a TOTP code."""

    codes: list[str]
