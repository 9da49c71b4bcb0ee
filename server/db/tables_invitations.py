"""Invitations (migration 0007): a one-time code, stored as its sha256, that lets a member
choose their password in the app. Registered on ``server.db.tables.metadata``; import it from
``server.db.tables``."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, String, Table

from server.db.columns import ID, UTCDateTime, metadata

invitations = Table(
    "invitations",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("email", String(254), nullable=False),
    Column("code_hash", String(64), nullable=False, unique=True),
    #: The invitation made the member (else: a member choosing a new password).
    Column("new_member", Boolean, nullable=False, default=True),
    #: None: the command line.
    Column("created_by", String(ID), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime, nullable=True),
    Column("cancelled_at", UTCDateTime, nullable=True),
    Index(None, "member_id"),
)
