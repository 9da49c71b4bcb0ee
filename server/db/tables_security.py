"""Tables of security and device trust: failed sign-ins counted per account and per client
address, so the limits hold across restarts (migration 0005); members' TOTP secrets and
recovery codes (0006; the policy and device columns of 0006 are in ``tables``). Registered on
``server.db.tables.metadata``; import them from ``server.db.tables``."""

from __future__ import annotations

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, Table

from server.db.columns import ID, UTCDateTime, metadata

#: One row per account (``kind`` "account", ``subject`` the normalised email, known or not) or
#: per client address (``kind`` "address"). ``failures`` counts the failures since
#: ``window_start``; ``lockouts`` how many times the subject was locked (the delay grows with
#: it); ``locked_until`` ends the current lock. A success deletes the account's row.
signin_failures = Table(
    "signin_failures",
    metadata,
    Column("kind", String(10), nullable=False),
    Column("subject", String(254), nullable=False),
    Column("failures", Integer, nullable=False, default=0),
    Column("window_start", UTCDateTime, nullable=False),
    Column("last_failure_at", UTCDateTime, nullable=False),
    Column("lockouts", Integer, nullable=False, default=0),
    Column("locked_until", UTCDateTime, nullable=True),
    PrimaryKeyConstraint("kind", "subject"),
)

#: A member's TOTP secret (base32). ``confirmed_at`` NULL: enrolment started, not in force.
#: ``last_step``: the time step of the last code accepted, so a code is never used twice.
member_totp = Table(
    "member_totp",
    metadata,
    Column("member_id", String(ID), primary_key=True),
    Column("secret", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("confirmed_at", UTCDateTime, nullable=True),
    Column("last_step", Integer, nullable=False, default=0),
)

#: One-time recovery codes, stored as their sha256 (a code is random, so no slow hash needed).
totp_recovery_codes = Table(
    "totp_recovery_codes",
    metadata,
    Column("member_id", String(ID), nullable=False),
    Column("code_hash", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime, nullable=True),
    PrimaryKeyConstraint("member_id", "code_hash"),
)
