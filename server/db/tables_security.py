"""Tables of security and device trust (migration 0005): failed sign-ins counted per account
and per client address, so the limits hold across restarts. Registered on
``server.db.tables.metadata``; import them from ``server.db.tables``."""

from __future__ import annotations

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, Table

from server.db.columns import UTCDateTime, metadata

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
