"""Invitations: the secretariat invites an email address; the member accepts in the app with
the one-time code, chooses their password and is signed in (docs/INSTALLED.md).

An unknown address becomes a member at once (with a random password nobody knows, so nothing
can sign in as them before they accept); a known one receives a way to choose a new password.
A new invitation for a member cancels their pending ones. Codes are stored as their sha256;
a wrong code counts as a failed attempt for the client's address (``signin_limits``).
Creating, cancelling and accepting are audited.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from protocol.invitations import (
    CODE_ALPHABET,
    CODE_LENGTH,
    InvitationCreate,
    InvitationCreated,
    InvitationData,
    InvitationPreview,
    InvitationState,
    format_code,
    invitation_link,
    normalise_code,
)
from protocol.rules import normalise_email
from server.db import tables as t
from server.db.engine import reading, writing
from server.services import audit, directory, organisation
from server.services.errors import (
    InvitationExpired,
    InvitationInvalid,
    InvitationUsed,
    NotFound,
    ValidationFailed,
)
from server.services.passwords import Passwords, passwords_for
from server.services.signin_limits import ADDRESS, DEFAULT_LIMITS, SignInLimits, Subject
from server.services.tx import DB, read, write


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode("ascii")).hexdigest()


def create(
    db: DB,
    request: InvitationCreate,
    server_url: str,
    *,
    actor_id: str | None = None,
    passwords: Passwords | None = None,
) -> InvitationCreated:
    """Invite ``request.email`` (a new member needs a name); the code is returned once."""
    email = normalise_email(request.email)
    with read(db) as conn:
        row = conn.execute(select(t.members).where(t.members.c.email == email)).first()
        for committee_id in request.committee_ids:
            directory.committee(conn, committee_id)  # NotFound for an unknown one
    if row is None:
        if not request.name:
            raise ValidationFailed("Give the new member's name.")
        member = organisation.add_member(
            db,
            email,
            request.name,
            secrets.token_urlsafe(32),  # nobody knows it: the member chooses theirs
            title=request.title,
            passwords=passwords,
            actor_id=actor_id,
        )
        member_id, member_name = member.id, member.name
    else:
        member_id, member_name = row.id, row.name
    for committee_id in request.committee_ids:
        organisation.add_to_committee(db, member_id, committee_id)
    code = new_code()
    now = t.utcnow()
    values = {
        "id": uuid.uuid4().hex,
        "member_id": member_id,
        "email": email,
        "code_hash": code_hash(code),
        "new_member": row is None,
        "created_by": actor_id,
        "created_at": now,
        "expires_at": now + timedelta(days=request.valid_days),
    }
    with write(db) as conn:
        cancelled = _cancel_pending(conn, member_id, now)
        conn.execute(insert(t.invitations).values(**values))
        audit.append(
            conn,
            "invitation.created",
            actor_id=actor_id,
            detail={
                "invitation_id": values["id"],
                "member_id": member_id,
                "email": email,
                "new_member": row is None,
                "valid_days": request.valid_days,
                "cancelled": cancelled,
            },
        )
    data = _data({**values, "used_at": None, "cancelled_at": None}, member_name, now)
    return InvitationCreated(
        **data.model_dump(), code=format_code(code), link=invitation_link(server_url, code)
    )


def _cancel_pending(conn: Connection, member_id: str, now: datetime) -> int:
    pending = (
        update(t.invitations)
        .where(t.invitations.c.member_id == member_id)
        .where(t.invitations.c.used_at.is_(None))
        .where(t.invitations.c.cancelled_at.is_(None))
        .where(t.invitations.c.expires_at > now)
        .values(cancelled_at=now)
    )
    return int(conn.execute(pending).rowcount or 0)


def list_all(db: DB) -> list[InvitationData]:
    """Every invitation, newest first, with its state now."""
    now = t.utcnow()
    with read(db) as conn:
        rows = conn.execute(
            select(t.invitations, t.members.c.name.label("member_name"))
            .join(t.members, t.members.c.id == t.invitations.c.member_id)
            .order_by(t.invitations.c.created_at.desc(), t.invitations.c.id)
        ).all()
    return [_data(row._mapping, row.member_name, now) for row in rows]


def cancel(db: DB, invitation_id: str, *, actor_id: str | None = None) -> InvitationData:
    """Cancel a pending invitation (one used or expired stays as it is)."""
    now = t.utcnow()
    with write(db) as conn:
        row = _row_by_id(conn, invitation_id)
        if _state(row._mapping, now) is InvitationState.PENDING:
            conn.execute(
                update(t.invitations)
                .where(t.invitations.c.id == invitation_id)
                .values(cancelled_at=now)
            )
            audit.append(
                conn,
                "invitation.cancelled",
                actor_id=actor_id,
                detail={"invitation_id": invitation_id, "member_id": row.member_id},
            )
        row = _row_by_id(conn, invitation_id)
        return _data(row._mapping, row.member_name, now)


def preview(
    engine: Engine, code: str, address: str | None, limits: SignInLimits | None = None
) -> InvitationPreview:
    """Whose invitation ``code`` is, without using it."""
    row = _pending(engine, code, address, limits or DEFAULT_LIMITS)
    org = directory.current_organisation(engine)
    return InvitationPreview(
        email=row.email,
        member_name=row.member_name,
        organisation_name=org.name,
        expires_at=row.expires_at,
        existing_member=not row.new_member,
    )


def accept(
    engine: Engine,
    code: str,
    password: str,
    address: str | None,
    *,
    passwords: Passwords | None = None,
    limits: SignInLimits | None = None,
) -> str:
    """Use the invitation: the member's password becomes ``password``; their email is
    returned, for the caller to sign them in with it. Once only. An account locked by failed
    sign-ins is refused first (``TooManyAttempts``), leaving the invitation usable; a member
    with two-step sign-in then signs in with the new password and a code (the route answers
    ``otp_required`` after the password is set)."""
    limits = limits or DEFAULT_LIMITS
    row = _pending(engine, code, address, limits)
    with reading(engine) as conn:  # a locked account keeps its invitation for later
        limits.check(conn, limits.subjects(row.email, address), limits.now())
    password_hash = (passwords or passwords_for()).hash(password)
    now = t.utcnow()
    with writing(engine) as conn:
        used = conn.execute(
            update(t.invitations)
            .where(t.invitations.c.id == row.id)
            .where(t.invitations.c.used_at.is_(None))
            .where(t.invitations.c.cancelled_at.is_(None))
            .values(used_at=now)
        )
        if used.rowcount != 1:  # accepted twice at once: the first one won
            raise InvitationUsed()
        conn.execute(
            update(t.members)
            .where(t.members.c.id == row.member_id)
            .values(password_hash=password_hash)
        )
        audit.append(
            conn,
            "invitation.accepted",
            actor_id=row.member_id,
            detail={"invitation_id": row.id, "address": address},
        )
    return str(row.email)


def _pending(engine: Engine, code: str, address: str | None, limits: SignInLimits) -> Any:
    """The pending invitation of ``code``; a wrong code counts against the address."""
    now = limits.now()
    subjects = [Subject(ADDRESS, address)] if address else []
    with reading(engine) as conn:
        limits.check(conn, subjects, now)
        row = conn.execute(_SELECT.where(t.invitations.c.code_hash == code_hash(code))).first()
    if row is None:
        if subjects:
            with writing(engine) as conn:
                limits.record_failure(conn, subjects, now)
        raise InvitationInvalid()
    state = _state(row._mapping, t.utcnow())
    if state is InvitationState.EXPIRED:
        raise InvitationExpired()
    if state is not InvitationState.PENDING:
        raise InvitationUsed()
    if not row.member_active:
        raise InvitationInvalid()
    return row


_SELECT = select(
    t.invitations,
    t.members.c.name.label("member_name"),
    t.members.c.active.label("member_active"),
).join(t.members, t.members.c.id == t.invitations.c.member_id)


def _row_by_id(conn: Connection, invitation_id: str) -> Any:
    row = conn.execute(_SELECT.where(t.invitations.c.id == invitation_id)).first()
    if row is None:
        raise NotFound("No such invitation.")
    return row


def _state(row: Any, now: datetime) -> InvitationState:
    if row["cancelled_at"] is not None:
        return InvitationState.CANCELLED
    if row["used_at"] is not None:
        return InvitationState.USED
    if row["expires_at"] <= now:
        return InvitationState.EXPIRED
    return InvitationState.PENDING


def _data(row: Any, member_name: str, now: datetime) -> InvitationData:
    return InvitationData(
        id=row["id"],
        email=row["email"],
        member_id=row["member_id"],
        member_name=member_name,
        state=_state(row, now),
        created_at=row["created_at"],
        expires_at=row["expires_at"],
        used_at=row["used_at"],
    )
