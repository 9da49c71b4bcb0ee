"""Who is who and signing in, on the wire: roles, the organisation, sign-in, the server's health
and a member's export. Re-exported by ``protocol.models``; this module depends on
``protocol.base`` alone, so either may be imported first."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import StringConstraints

from protocol.base import Email, Id, Payload, Request
from protocol.security import DeviceState, OtpCode, SecurityPolicy

# --- roles ----------------------------------------------------------------------------------


class Role(StrEnum):
    """Organisation-wide roles of a member."""

    MEMBER = "member"
    SECRETARY = "secretary"
    CHAIR = "chair"
    ADMIN = "admin"
    ANNOUNCER = "announcer"  # posts announcements (quality, safety, risk officers)


#: Roles that may see who has read a document.
SECRETARIAT_ROLES = frozenset({Role.SECRETARY, Role.CHAIR, Role.ADMIN})
#: Roles that may post announcements (the secretariat may too).
ANNOUNCER_ROLES = SECRETARIAT_ROLES | {Role.ANNOUNCER}


class OrganisationData(Payload):
    id: Id
    name: str
    short_name: str = ""
    #: Documents of meetings older than this many months leave the apps' caches (unless the
    #: member pinned them); None: kept.
    retention_months: int | None = None
    #: Offline limit, device approval, lock delay, two-factor sign-in (docs/SECURITY.md).
    security: SecurityPolicy = SecurityPolicy()


class SignInRequest(Request):
    email: Email
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=200)] = "Quorum"
    #: The TOTP code (or a recovery code) of a member who has two-factor sign-in; without it
    #: such a member is answered 401 ``otp_required``.
    otp: OtpCode | None = None


class MemberProfile(Payload):
    """The signed-in member, as they see themselves."""

    id: Id
    name: str
    email: str
    roles: list[Role]


class SignInResponse(Payload):
    token: str
    device_id: Id
    member: MemberProfile
    organisation: OrganisationData
    server_time: datetime
    #: ``pending_approval``: the secretariat must approve this device before it receives
    #: anything: it may only read ``/v1/me``, ``/v1/me/devices``, ``/v1/me/totp`` and sign
    #: out; everything else answers 403 ``device_not_approved``.
    device_state: DeviceState = DeviceState.ACTIVE
    #: The organisation requires two-factor sign-in and the member has not enrolled: until
    #: they do (``/v1/me/totp/*``), other routes answer 403 ``totp_enrolment_required``.
    totp_enrolment_required: bool = False


class MeResponse(Payload):
    device_id: Id
    member: MemberProfile
    organisation: OrganisationData
    server_time: datetime
    device_state: DeviceState = DeviceState.ACTIVE
    totp_enrolment_required: bool = False


class Health(Payload):
    status: Literal["ok"] = "ok"
    protocol_version: int
    server_time: datetime


class MemberExport(Payload):
    """Everything the server holds about one member (``GET /v1/me/export``), as JSON.

    ``profile``: the member's own record (no password hash). ``sections``: each a list of
    records, by name (``memberships``, ``devices``, ``read_receipts``, ``messages``,
    ``message_edits``, ``conversations``, ``ideas``, ``idea_comments``, ``idea_supports``,
    ``announcements``, ``acknowledgements``, ``annotations``, ``document_comments``,
    ``actions_created``, ``actions_assigned``, ``action_comments``, ``proxies_given``,
    ``proxies_held``, ``participations``, ``named_ballots``, ``channel_states``,
    ``preferences``, ``documents_authored``, ``files_uploaded``, ``motions_created``,
    ``audit_entries``, ``signin_failures``); times are ISO 8601 UTC. Never in it: token or
    password hashes, file bytes, another member's records, and no secret ballot's choices
    (the server cannot tell whose they are: ``participations`` says only who took part)."""

    format: Literal["quorum.member-export"] = "quorum.member-export"
    version: int = 1
    exported_at: datetime
    organisation: OrganisationData
    profile: dict[str, Any]
    sections: dict[str, list[dict[str, Any]]]


class UnlockRequest(Request):
    """``POST /v1/security/unlock``: lift an account's sign-in lock (the secretariat)."""

    email: Email


class UnlockResponse(Payload):
    email: str
    #: Whether the account held failed sign-ins or a lock (False: nothing to undo).
    was_limited: bool
