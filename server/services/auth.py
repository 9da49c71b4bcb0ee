"""Signing in, device tokens, signing out and revoking devices; unlocking an account.

A token is random (``secrets.token_urlsafe(32)``), shown once, and stored only as its sha256:
a stolen database does not hold usable tokens. Each sign-in registers a device, which the
member or the secretariat can revoke. Failed sign-ins are limited (``signin_limits``); sign-ins,
their failures and locks, unlocks, device registrations and revocations go to the audit log.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any, NoReturn

from sqlalchemy import Engine, bindparam, insert, literal, select, update

from protocol.models import Role
from protocol.rules import normalise_email
from server.db import tables as t
from server.db.engine import reading, writing
from server.services import audit, devices, totp
from server.services.errors import (
    AccountDisabled,
    DeviceNotApproved,
    DeviceRevoked,
    InvalidCredentials,
    NotFound,
    OtpInvalid,
    ServiceError,
    TotpEnrolmentRequired,
    Unauthenticated,
    WipeRequired,
)
from server.services.passwords import Passwords, passwords_for
from server.services.records import Device, Member, SignedIn
from server.services.signin_limits import (
    ACCOUNT,
    DEFAULT_LIMITS,
    SignInLimits,
    Subject,
    TooManyAttempts,
)
from server.services.tx import DB, read, write

#: ``last_seen_at`` is written at most this often, so reading does not turn into writing.
LAST_SEEN_GRANULARITY = timedelta(minutes=1)
MAX_TOKEN_LENGTH = 512

_m = t.members.c
#: A token's device and its member, in one query built once.
_BY_TOKEN = (
    select(
        t.devices,
        _m.email.label("member_email"),
        _m.name.label("member_name"),
        _m.title.label("member_title"),
        _m.roles.label("member_roles"),
        _m.active.label("member_active"),
        t.organisation.c.totp_required.label("org_totp_required"),
        t.member_totp.c.confirmed_at.label("totp_confirmed_at"),
    )
    .join(t.members, _m.id == t.devices.c.member_id)
    .join(t.organisation, literal(True))
    .outerjoin(t.member_totp, t.member_totp.c.member_id == _m.id)
    .where(t.devices.c.token_hash == bindparam("b_token_hash"))
)
_SEEN = (
    update(t.devices)
    .where(t.devices.c.id == bindparam("b_device"))
    .values(last_seen_at=bindparam("b_at"))
)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def sign_in(
    engine: Engine,
    email: str,
    password: str,
    device_name: str,
    *,
    passwords: Passwords | None = None,
    address: str | None = None,
    limits: SignInLimits | None = None,
    otp: str | None = None,
) -> SignedIn:
    """Check the password (and the TOTP or recovery code ``otp`` of a member who has
    two-factor sign-in) and register a new device; the token is returned once.

    Failures are limited per account and per client ``address`` (``signin_limits``): a locked
    one is refused with ``TooManyAttempts`` before its password is checked. A missing code is
    ``OtpRequired`` (not a failure); a wrong one ``OtpInvalid``, counted as a failure. Every
    outcome goes to the audit log (never the password)."""
    passwords = passwords or passwords_for()
    limits = limits or DEFAULT_LIMITS
    email = normalise_email(email)
    now = limits.now()
    subjects = limits.subjects(email, address)
    with reading(engine) as conn:
        limits.check(conn, subjects, now)
        row = conn.execute(select(t.members).where(t.members.c.email == email)).first()
    if row is None:
        passwords.check_unknown(password)  # the same time as a wrong password
        _failed(engine, limits, subjects, now, None, email, address)
    elif not passwords.check(row.password_hash, password):
        _failed(engine, limits, subjects, now, row.id, email, address)
    member = Member.from_row(row)
    if not member.active:
        with writing(engine) as conn:
            detail = {"email": email, "address": address, "reason": "account_disabled"}
            audit.append(conn, "signin.refused", actor_id=member.id, detail=detail)
        raise AccountDisabled()
    try:
        totp.check_sign_in(engine, member.id, otp)
    except OtpInvalid:
        _failed(engine, limits, subjects, now, member.id, email, address, OtpInvalid)
    device_name = device_name.strip()[:200] or "Quorum"
    token = secrets.token_urlsafe(32)
    now = t.utcnow()
    with reading(engine) as conn:
        approval = bool(conn.execute(select(t.organisation.c.device_approval)).scalar())
    approved_at = None if approval else now
    device = Device(
        id=uuid.uuid4().hex,
        member_id=member.id,
        name=device_name,
        created_at=now,
        last_seen_at=now,
        revoked_at=None,
        last_mutation_seq=0,
        approved_at=approved_at,
    )
    with writing(engine) as conn:
        conn.execute(
            insert(t.devices).values(
                id=device.id,
                member_id=member.id,
                name=device.name,
                token_hash=token_hash(token),
                created_at=now,
                last_seen_at=now,
                revoked_at=None,
                last_mutation_seq=0,
                approved_at=approved_at,
            )
        )
        limits.reset(conn, email)
        audit.append(conn, "signin.succeeded", actor_id=member.id, detail={"address": address})
        audit.append(
            conn,
            "device.registered",
            actor_id=member.id,
            detail={
                "device_id": device.id,
                "device_name": device.name,
                "approval_pending": approved_at is None,
            },
        )
    return SignedIn(token=token, device=device, member=member)


def _failed(
    engine: Engine,
    limits: SignInLimits,
    subjects: list[Subject],
    now: datetime,
    member_id: str | None,
    email: str,
    address: str | None,
    error: type[ServiceError] = InvalidCredentials,
) -> NoReturn:
    """Count the failure, log it (and any lock it starts), and raise what the member is told:
    the same whether the account exists or not (``error``: a wrong two-factor code)."""
    with writing(engine) as conn:
        locked = limits.record_failure(conn, subjects, now)
        detail = {"email": email, "address": address, "reason": error.code.value}
        audit.append(conn, "signin.failed", actor_id=member_id, detail=detail)
        for subject, seconds in locked:
            audit.append(
                conn,
                "signin.locked",
                actor_id=member_id if subject.kind == ACCOUNT else None,
                detail={"kind": subject.kind, "subject": subject.value, "seconds": seconds},
            )
    if locked:
        raise TooManyAttempts(max(seconds for _subject, seconds in locked))
    raise error()


def unlock(db: DB, email: str, *, actor_id: str | None = None) -> bool:
    """The secretariat unlocks a member's account (``actor_id`` None: the command line);
    whether it held failures or a lock. ``NotFound`` for an email no member has."""
    email = normalise_email(email)
    with write(db) as conn:
        if conn.execute(select(t.members.c.id).where(t.members.c.email == email)).first() is None:
            raise NotFound("No member has this email address.")
        cleared = DEFAULT_LIMITS.reset(conn, email)
        audit.append(
            conn, "signin.unlocked", actor_id=actor_id, detail={"email": email, "had": cleared}
        )
    return cleared


def authenticate(
    engine: Engine, token: str | None, *, limited: bool = False
) -> tuple[Member, Device]:
    """The member and device a bearer token belongs to.

    A device revoked with a wipe is answered ``WipeRequired`` (docs/SECURITY.md). Unless
    ``limited`` (the routes a device may use before it is fully let in: ``/v1/me*`` and
    sign-out), a device waiting for approval is refused ``DeviceNotApproved``, and a member
    who must enrol in two-factor sign-in ``TotpEnrolmentRequired``."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise Unauthenticated()
    with reading(engine) as conn:
        row = conn.execute(_BY_TOKEN, {"b_token_hash": token_hash(token)}).first()
    if row is None:
        raise Unauthenticated()
    device = Device.from_row(row)
    if device.wipe_pending:
        raise WipeRequired()
    if device.revoked_at is not None:
        raise DeviceRevoked()
    member = _member_of(row)
    if not member.active:
        raise AccountDisabled()
    if not limited:
        if device.approved_at is None:
            raise DeviceNotApproved()
        if row.org_totp_required and row.totp_confirmed_at is None:
            raise TotpEnrolmentRequired()
    now = t.utcnow()
    if device.last_seen_at is None or now - device.last_seen_at >= LAST_SEEN_GRANULARITY:
        with writing(engine) as conn:
            conn.execute(_SEEN, {"b_device": device.id, "b_at": now})
    return member, device


def totp_enrolment_required(db: DB, member_id: str) -> bool:
    """The organisation requires two-factor sign-in and this member has not enrolled."""
    with read(db) as conn:
        required = conn.execute(select(t.organisation.c.totp_required)).scalar()
        if not required:
            return False
        confirmed = conn.execute(
            select(t.member_totp.c.confirmed_at).where(t.member_totp.c.member_id == member_id)
        ).scalar()
        return confirmed is None


def _member_of(row: Any) -> Member:
    return Member(
        id=row.member_id,
        email=row.member_email,
        name=row.member_name,
        title=row.member_title,
        roles=tuple(Role(r) for r in json.loads(row.member_roles)),
        active=bool(row.member_active),
    )


def sign_out(db: DB, device_id: str) -> None:
    """Revoke the device the member signs out from: its token stops working at once."""
    revoke_device(db, device_id, reason="sign_out")


def revoke_device(
    db: DB,
    device_id: str,
    *,
    actor_id: str | None = None,
    reason: str = "revoked",
    wipe: bool = False,
) -> Device:
    """Revoke a device (``actor_id`` None: the command line), without a wipe unless asked;
    logged once, when it happens (``server.services.devices.revoke``)."""
    with write(db) as conn:
        if reason == "sign_out":
            actor_id = conn.execute(
                select(t.devices.c.member_id).where(t.devices.c.id == device_id)
            ).scalar()
        devices.revoke(conn, device_id, wipe=wipe, actor_id=actor_id, reason=reason)
        return devices.device_record(conn, device_id)


def list_devices(db: DB, member: Member | str) -> list[Device]:
    """A member's devices (given as a record or an id), oldest first, revoked ones too."""
    return devices.device_records(db, member if isinstance(member, str) else member.id)
