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

from sqlalchemy import Engine, bindparam, insert, select, update

from protocol.models import Role
from protocol.rules import normalise_email
from server.db import tables as t
from server.db.engine import reading, writing
from server.services import audit
from server.services.errors import (
    AccountDisabled,
    DeviceRevoked,
    InvalidCredentials,
    NotFound,
    Unauthenticated,
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
    )
    .join(t.members, _m.id == t.devices.c.member_id)
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
) -> SignedIn:
    """Check the password and register a new device; the token is returned once.

    Failures are limited per account and per client ``address`` (``signin_limits``): a locked
    one is refused with ``TooManyAttempts`` before its password is checked. Every outcome
    goes to the audit log (never the password)."""
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
    device_name = device_name.strip()[:200] or "Quorum"
    token = secrets.token_urlsafe(32)
    now = t.utcnow()
    device = Device(
        id=uuid.uuid4().hex,
        member_id=member.id,
        name=device_name,
        created_at=now,
        last_seen_at=now,
        revoked_at=None,
        last_mutation_seq=0,
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
            )
        )
        limits.reset(conn, email)
        audit.append(conn, "signin.succeeded", actor_id=member.id, detail={"address": address})
        audit.append(
            conn,
            "device.registered",
            actor_id=member.id,
            detail={"device_id": device.id, "device_name": device.name},
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
) -> NoReturn:
    """Count the failure, log it (and any lock it starts), and raise what the member is told:
    the same whether the account exists or not."""
    with writing(engine) as conn:
        locked = limits.record_failure(conn, subjects, now)
        detail = {"email": email, "address": address, "reason": "invalid_credentials"}
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
    raise InvalidCredentials()


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


def authenticate(engine: Engine, token: str | None) -> tuple[Member, Device]:
    """The member and device a bearer token belongs to."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise Unauthenticated()
    with reading(engine) as conn:
        row = conn.execute(_BY_TOKEN, {"b_token_hash": token_hash(token)}).first()
    if row is None:
        raise Unauthenticated()
    device = Device.from_row(row)
    if device.revoked_at is not None:
        raise DeviceRevoked()
    member = _member_of(row)
    if not member.active:
        raise AccountDisabled()
    now = t.utcnow()
    if device.last_seen_at is None or now - device.last_seen_at >= LAST_SEEN_GRANULARITY:
        with writing(engine) as conn:
            conn.execute(_SEEN, {"b_device": device.id, "b_at": now})
    return member, device


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
    db: DB, device_id: str, *, actor_id: str | None = None, reason: str = "revoked"
) -> Device:
    """Revoke a device (``actor_id`` None: the command line); logged once, when it happens."""
    with write(db) as conn:
        row = conn.execute(select(t.devices).where(t.devices.c.id == device_id)).first()
        if row is None:
            raise NotFound("No such device.")
        if row.revoked_at is None:
            conn.execute(
                update(t.devices).where(t.devices.c.id == device_id).values(revoked_at=t.utcnow())
            )
            audit.append(
                conn,
                "device.revoked",
                actor_id=actor_id if reason != "sign_out" else row.member_id,
                detail={"device_id": device_id, "member_id": row.member_id, "reason": reason},
            )
        row = conn.execute(select(t.devices).where(t.devices.c.id == device_id)).one()
        return Device.from_row(row)


def list_devices(db: DB, member: Member | str) -> list[Device]:
    """A member's devices (given as a record or an id), oldest first, revoked ones too."""
    member_id = member if isinstance(member, str) else member.id
    with read(db) as conn:
        rows = conn.execute(
            select(t.devices)
            .where(t.devices.c.member_id == member_id)
            .order_by(t.devices.c.created_at, t.devices.c.id)
        )
        return [Device.from_row(row) for row in rows]
