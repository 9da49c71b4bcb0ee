"""Two-factor sign-in with TOTP codes (RFC 6238, pyotp): enrolment, confirmation, recovery
codes, disabling, the secretariat's reset, and the check at sign-in (docs/SECURITY.md).

Codes have 6 digits and 30-second steps; one step of drift either way is accepted. A code is
accepted only for a step greater than ``member_totp.last_step``, so it never works twice.
Recovery codes (``xxxx-xxxx``) are stored as their sha256 and each works once. A wrong code
on the member's own routes counts as a failed sign-in for the account (``signin_limits``), so
a stolen token cannot be used to guess codes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from typing import NoReturn

import pyotp
from sqlalchemy import Connection, delete, func, insert, select, update

from protocol.rules import normalise_email
from protocol.security import RECOVERY_CODE_COUNT, RecoveryCodes, TotpEnrolment, TotpStatus
from server.db import tables as t
from server.services import audit
from server.services.errors import Conflict, Forbidden, NotFound, OtpInvalid, OtpRequired
from server.services.records import Member
from server.services.signin_limits import DEFAULT_LIMITS, SignInLimits, TooManyAttempts
from server.services.tx import DB, read, write

DIGITS = 6
STEP_SECONDS = 30
#: Steps accepted either side of the current one (a phone's clock a little off).
DRIFT_STEPS = 1
#: Recovery codes use letters and digits that cannot be mistaken for one another.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
ISSUER = "Quorum"

_mt = t.member_totp.c
_rc = t.totp_recovery_codes.c


# --- codes ------------------------------------------------------------------------------------


def _clean(code: str) -> str:
    return "".join(code.split()).lower()


def is_totp_code(code: str) -> bool:
    cleaned = _clean(code)
    return len(cleaned) == DIGITS and cleaned.isascii() and cleaned.isdigit()


def recovery_hash(code: str) -> str:
    """The sha256 of a recovery code, typed with or without its dash, in any case."""
    cleaned = _clean(code).replace("-", "")
    return hashlib.sha256(f"{cleaned[:4]}-{cleaned[4:]}".encode()).hexdigest()


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def matching_step(secret: str, code: str, at: datetime | None = None) -> int | None:
    """The time step ``code`` belongs to (within the drift), or None."""
    if not is_totp_code(code):
        return None
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
    now = totp.timecode(at or t.utcnow())
    cleaned = _clean(code)
    for step in range(now - DRIFT_STEPS, now + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), cleaned):
            return step
    return None


def _use_code(
    conn: Connection, member_id: str, secret: str, code: str, at: datetime | None, *, recovery: bool
) -> bool:
    """Accept ``code`` once (inside the caller's write transaction): a TOTP code of a step not
    yet used, or (``recovery``) an unused recovery code, which is then spent and audited."""
    step = matching_step(secret, code, at)
    if step is not None:
        moved = conn.execute(
            update(t.member_totp)
            .where(_mt.member_id == member_id, _mt.last_step < step)
            .values(last_step=step)
        )
        return bool(moved.rowcount)
    if not recovery or is_totp_code(code):
        return False
    spent = conn.execute(
        update(t.totp_recovery_codes)
        .where(
            _rc.member_id == member_id, _rc.code_hash == recovery_hash(code), _rc.used_at.is_(None)
        )
        .values(used_at=t.utcnow())
    )
    if not spent.rowcount:
        return False
    audit.append(conn, "totp.recovery_code_used", actor_id=member_id, detail={})
    return True


def _new_codes(conn: Connection, member_id: str) -> RecoveryCodes:
    """Replace the member's recovery codes with new ones (the old ones stop working)."""
    conn.execute(delete(t.totp_recovery_codes).where(_rc.member_id == member_id))
    codes = [new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    now = t.utcnow()
    conn.execute(
        insert(t.totp_recovery_codes),
        [{"member_id": member_id, "code_hash": recovery_hash(c), "created_at": now} for c in codes],
    )
    return RecoveryCodes(codes=codes)


# --- the member's own routes ------------------------------------------------------------------


def _required(conn: Connection) -> bool:
    return bool(conn.execute(select(t.organisation.c.totp_required)).scalar())


def status(db: DB, member_id: str) -> TotpStatus:
    with read(db) as conn:
        row = conn.execute(select(t.member_totp).where(_mt.member_id == member_id)).first()
        left = conn.execute(
            select(func.count())
            .select_from(t.totp_recovery_codes)
            .where(_rc.member_id == member_id, _rc.used_at.is_(None))
        ).scalar_one()
        enabled = row is not None and row.confirmed_at is not None
        return TotpStatus(
            enabled=enabled, required=_required(conn), recovery_codes_left=left if enabled else 0
        )


def enrol(db: DB, member: Member) -> TotpEnrolment:
    """A new secret, not in force until confirmed; replaces a pending one. ``Conflict`` when
    two-factor sign-in is already enabled (disable it first)."""
    secret = pyotp.random_base32()
    with write(db) as conn:
        row = conn.execute(select(t.member_totp).where(_mt.member_id == member.id)).first()
        if row is not None and row.confirmed_at is not None:
            raise Conflict("Two-factor sign-in is already enabled; disable it first.")
        conn.execute(delete(t.member_totp).where(_mt.member_id == member.id))
        conn.execute(
            insert(t.member_totp).values(
                member_id=member.id, secret=secret, created_at=t.utcnow(), last_step=0
            )
        )
        org = conn.execute(select(t.organisation.c.name, t.organisation.c.short_name)).first()
    issuer = ISSUER if org is None else (org.short_name or org.name or ISSUER)
    uri = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=member.email, issuer_name=issuer
    )
    return TotpEnrolment(secret=secret, uri=uri, issuer=issuer, account=member.email)


def confirm(
    db: DB,
    member: Member,
    code: str,
    *,
    at: datetime | None = None,
    limits: SignInLimits | None = None,
) -> RecoveryCodes:
    """Put the pending secret in force with a first code; the recovery codes, shown once."""
    limits = limits or DEFAULT_LIMITS
    with write(db) as conn:
        limits.check(conn, limits.subjects(member.email, None), limits.now())
        row = conn.execute(select(t.member_totp).where(_mt.member_id == member.id)).first()
        if row is None:
            raise Conflict("Start the enrolment first.")
        if row.confirmed_at is not None:
            raise Conflict("Two-factor sign-in is already enabled.")
        ok = _use_code(conn, member.id, row.secret, code, at, recovery=False)
        if ok:
            conn.execute(
                update(t.member_totp)
                .where(_mt.member_id == member.id)
                .values(confirmed_at=t.utcnow())
            )
            codes = _new_codes(conn, member.id)
            audit.append(conn, "totp.enabled", actor_id=member.id, detail={})
            return codes
    _wrong_code(db, member, limits)


def new_recovery_codes(
    db: DB,
    member: Member,
    code: str,
    *,
    at: datetime | None = None,
    limits: SignInLimits | None = None,
) -> RecoveryCodes:
    """New recovery codes for a code (TOTP or recovery); the old ones stop working."""
    limits = limits or DEFAULT_LIMITS
    with write(db) as conn:
        secret = _enabled_secret(conn, member, limits)
        if _use_code(conn, member.id, secret, code, at, recovery=True):
            codes = _new_codes(conn, member.id)
            audit.append(conn, "totp.recovery_codes_renewed", actor_id=member.id, detail={})
            return codes
    _wrong_code(db, member, limits)


def disable(
    db: DB,
    member: Member,
    code: str,
    *,
    at: datetime | None = None,
    limits: SignInLimits | None = None,
) -> None:
    """Turn two-factor sign-in off with a code (TOTP or recovery); ``Forbidden`` while the
    organisation requires it."""
    limits = limits or DEFAULT_LIMITS
    with write(db) as conn:
        if _required(conn):
            raise Forbidden("Your organisation requires two-factor sign-in.")
        secret = _enabled_secret(conn, member, limits)
        if _use_code(conn, member.id, secret, code, at, recovery=True):
            _forget(conn, member.id)
            audit.append(conn, "totp.disabled", actor_id=member.id, detail={})
            return
    _wrong_code(db, member, limits)


def _secret(conn: Connection, member_id: str) -> str | None:
    """The member's secret in force, or None (not enrolled, or not confirmed yet)."""
    return conn.execute(
        select(_mt.secret).where(_mt.member_id == member_id, _mt.confirmed_at.is_not(None))
    ).scalar()


def _enabled_secret(conn: Connection, member: Member, limits: SignInLimits) -> str:
    limits.check(conn, limits.subjects(member.email, None), limits.now())
    secret = _secret(conn, member.id)
    if secret is None:
        raise Conflict("Two-factor sign-in is not enabled.")
    return secret


def _wrong_code(db: DB, member: Member, limits: SignInLimits) -> NoReturn:
    """Count a wrong code as a failed sign-in of the account, log it, and refuse."""
    with write(db) as conn:
        locked = limits.record_failure(conn, limits.subjects(member.email, None), limits.now())
        audit.append(conn, "totp.code_refused", actor_id=member.id, detail={})
        for subject, seconds in locked:
            detail = {"kind": subject.kind, "subject": subject.value, "seconds": seconds}
            audit.append(conn, "signin.locked", actor_id=member.id, detail=detail)
    if locked:
        raise TooManyAttempts(max(seconds for _subject, seconds in locked))
    raise OtpInvalid()


def _forget(conn: Connection, member_id: str) -> None:
    conn.execute(delete(t.member_totp).where(_mt.member_id == member_id))
    conn.execute(delete(t.totp_recovery_codes).where(_rc.member_id == member_id))


# --- the secretariat and sign-in --------------------------------------------------------------


def reset(db: DB, member_id: str, *, actor_id: str | None = None) -> bool:
    """The secretariat turns a member's two-factor sign-in off (a lost phone; ``actor_id``
    None: the command line); whether it was enabled. ``NotFound`` for no such member."""
    with write(db) as conn:
        if conn.execute(select(t.members.c.id).where(t.members.c.id == member_id)).first() is None:
            raise NotFound("No such member.")
        enabled = _secret(conn, member_id) is not None
        _forget(conn, member_id)
        detail = {"member_id": member_id, "was_enabled": enabled}
        audit.append(conn, "totp.reset", actor_id=actor_id, detail=detail)
    return enabled


def reset_email(db: DB, email: str) -> bool:
    """``reset`` by email address (the command line)."""
    with read(db) as conn:
        member_id = conn.execute(
            select(t.members.c.id).where(t.members.c.email == normalise_email(email))
        ).scalar()
    if member_id is None:
        raise NotFound("No member has this email address.")
    return reset(db, member_id)


def check_sign_in(db: DB, member_id: str, otp: str | None, at: datetime | None = None) -> None:
    """At sign-in, after the right password: nothing for a member without two-factor sign-in;
    otherwise ``OtpRequired`` without a code, ``OtpInvalid`` for a wrong or used one."""
    with write(db) as conn:
        secret = _secret(conn, member_id)
        if secret is None:
            return
        if not otp or not otp.strip():
            raise OtpRequired()
        if _use_code(conn, member_id, secret, otp, at, recovery=True):
            return
    raise OtpInvalid()
