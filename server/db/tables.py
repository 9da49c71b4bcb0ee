"""The schema, as SQLAlchemy Core tables. Migrations (``migrations/versions``) create it; this
module is what queries are written against. Keep it portable: SQLite now, PostgreSQL next.

Times are stored as UTC and come back timezone-aware (``UTCDateTime``). JSON columns are text
written with ``json.dumps`` so both databases store the same thing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

ID = 64  # length of every identifier column
#: 64-bit sequence numbers; SQLite needs plain INTEGER for an autoincrementing primary key.
Seq = BigInteger().with_variant(Integer, "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime, stored without zone on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

#: Key/value facts about this database; ``log_id`` identifies its change log.
meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

organisation = Table(
    "organisation",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("short_name", String(100), nullable=False, default=""),
    Column("created_at", UTCDateTime, nullable=False),
)

members = Table(
    "members",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("title", String(200), nullable=False, default=""),
    Column("password_hash", Text, nullable=False),
    Column("roles", Text, nullable=False, default="[]"),  # JSON list of Role
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
)

committees = Table(
    "committees",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("category", String(20), nullable=False, default="committee"),
    Column("created_at", UTCDateTime, nullable=False),
)

memberships = Table(
    "memberships",
    metadata,
    Column("committee_id", String(ID), ForeignKey("committees.id"), nullable=False),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("role", String(20), nullable=False, default="member"),
    PrimaryKeyConstraint("committee_id", "member_id"),
    Index(None, "member_id"),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("committee_id", String(ID), ForeignKey("committees.id"), nullable=True),
    Column("title", String(300), nullable=False),
    Column("body", Text, nullable=False),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=True),
    Column("published_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "committee_id"),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex of the token
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_seen_at", UTCDateTime, nullable=True),
    Column("revoked_at", UTCDateTime, nullable=True),
    Column("last_mutation_seq", Seq, nullable=False, default=0),
    Index(None, "member_id"),
)

#: The append-only change log. Audience: both NULL = the whole organisation; committee_id =
#: the members of that committee (at the time they pull); member_id = that member only.
changes = Table(
    "changes",
    metadata,
    Column("seq", Seq, primary_key=True, autoincrement=True),
    Column("kind", String(40), nullable=False),
    Column("entity_id", String(ID * 2 + 1), nullable=False),
    Column("op", String(10), nullable=False),
    Column("data", Text, nullable=True),
    Column("committee_id", String(ID), nullable=True),
    Column("member_id", String(ID), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "committee_id", "seq"),
    Index(None, "member_id", "seq"),
    sqlite_autoincrement=True,  # a seq is never reused
)

#: The stored outcome of every mutation a device pushed: what makes a push exactly once.
device_mutations = Table(
    "device_mutations",
    metadata,
    Column("device_id", String(ID), ForeignKey("devices.id"), nullable=False),
    Column("client_id", String(64), nullable=False),
    Column("seq", Seq, nullable=False),
    Column("kind", String(64), nullable=False),
    Column("status", String(20), nullable=False),
    Column("code", String(40), nullable=True),
    Column("message", Text, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    #: JSON of ``MutationResult.result`` (never a ballot's choices), added by 0002.
    Column("result", Text, nullable=True),
    PrimaryKeyConstraint("device_id", "client_id"),
)

read_receipts = Table(
    "read_receipts",
    metadata,
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("document_id", String(ID), ForeignKey("documents.id"), nullable=False),
    Column("first_read_at", UTCDateTime, nullable=False),
    Column("last_read_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("member_id", "document_id"),
    Index(None, "document_id"),
)


# --- voting (migration 0002) -----------------------------------------------------------------

#: A motion. JSON columns: ``options`` (list of {id, label}), ``rules`` (MotionRules),
#: ``voters`` (listed member ids, NULL: the committee or the organisation), ``recused``,
#: ``result`` (MotionResult, from the close) and ``ballots`` (the published list).
motions = Table(
    "motions",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("committee_id", String(ID), ForeignKey("committees.id"), nullable=True),
    Column("title", String(300), nullable=False),
    Column("body", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("mode", String(20), nullable=False),
    Column("options", Text, nullable=False),
    Column("min_choices", Integer, nullable=False),
    Column("max_choices", Integer, nullable=False),
    Column("seats", Integer, nullable=False),
    Column("rules", Text, nullable=False),
    Column("voters", Text, nullable=True),
    Column("recused", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("opens_at", UTCDateTime, nullable=True),
    Column("closes_at", UTCDateTime, nullable=True),
    Column("chair_id", String(ID), nullable=True),
    Column("created_by", String(ID), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("participants", Integer, nullable=False),
    Column("result", Text, nullable=True),
    Column("ballots", Text, nullable=True),
    Index(None, "status", "closes_at"),
)

motion_documents = Table(
    "motion_documents",
    metadata,
    Column("motion_id", String(ID), ForeignKey("motions.id"), nullable=False),
    Column("document_id", String(ID), ForeignKey("documents.id"), nullable=False),
    Column("position", Integer, nullable=False),
    PrimaryKeyConstraint("motion_id", "document_id"),
)

#: Who has voted (never what): one row per principal and motion.
participations = Table(
    "participations",
    metadata,
    Column("motion_id", String(ID), ForeignKey("motions.id"), nullable=False),
    Column("principal_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("cast_by", String(ID), ForeignKey("members.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("cast_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("motion_id", "principal_id"),
)

#: Named ballots, history kept: the current one has neither ``superseded_at`` nor ``void``.
open_ballots = Table(
    "open_ballots",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("motion_id", String(ID), ForeignKey("motions.id"), nullable=False),
    Column("principal_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("cast_by", String(ID), ForeignKey("members.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("choices", Text, nullable=False),
    Column("cast_at", UTCDateTime, nullable=False),
    Column("superseded_at", UTCDateTime, nullable=True),
    Column("void", Boolean, nullable=False),
    Index(None, "motion_id", "principal_id"),
)

#: Secret ballots: what was chosen, with no member, no time and a random key. WITHOUT ROWID on
#: SQLite, so rows are stored in key order, not in the order they arrived.
secret_ballots = Table(
    "secret_ballots",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("motion_id", String(ID), ForeignKey("motions.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("receipt_hash", String(64), nullable=False),
    Column("choices", Text, nullable=False),
    UniqueConstraint("motion_id", "receipt_hash"),
    sqlite_with_rowid=False,
)

proxies = Table(
    "proxies",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("principal_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("holder_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("motion_id", String(ID), ForeignKey("motions.id"), nullable=True),
    Column("starts_at", UTCDateTime, nullable=True),
    Column("ends_at", UTCDateTime, nullable=True),
    Column("granted_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
    Index(None, "principal_id"),
    Index(None, "holder_id"),
)

proxy_uses = Table(
    "proxy_uses",
    metadata,
    Column("proxy_id", String(ID), ForeignKey("proxies.id"), nullable=False),
    Column("motion_id", String(ID), ForeignKey("motions.id"), nullable=False),
    PrimaryKeyConstraint("proxy_id", "motion_id"),
)

#: The append-only, hash-chained governance log (see ``server.services.audit``).
audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Seq, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor_id", String(ID), nullable=True),
    Column("on_behalf_of", String(ID), nullable=True),
    Column("event", String(40), nullable=False),
    Column("motion_id", String(ID), nullable=True),
    Column("detail", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index(None, "motion_id", "seq"),
    sqlite_autoincrement=True,
)


# --- the committee network (migration 0003) --------------------------------------------------

CHANNEL = 80  # length of a channel id ("org", "committee:<id>", "direct:<id>")

#: A direct conversation; its members (in the order the starter gave) in ``conversation_members``.
conversations = Table(
    "conversations",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("title", String(200), nullable=False),
    Column("started_by", String(ID), ForeignKey("members.id"), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
)

conversation_members = Table(
    "conversation_members",
    metadata,
    Column("conversation_id", String(ID), ForeignKey("conversations.id"), nullable=False),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("position", Integer, nullable=False),
    PrimaryKeyConstraint("conversation_id", "member_id"),
    Index(None, "member_id"),
)

#: A message of a channel. ``number`` is the server's order within the channel; ``mentions`` is
#: JSON {"members": [...], "committees": [...]}. A deleted one keeps its row (a tombstone).
messages = Table(
    "messages",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("channel_id", String(CHANNEL), nullable=False),
    Column("number", Seq, nullable=False),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("thread_root_id", String(ID), nullable=True),
    Column("posted_at", UTCDateTime, nullable=False),
    Column("edited_at", UTCDateTime, nullable=True),
    Column("deleted_at", UTCDateTime, nullable=True),
    Column("pinned_at", UTCDateTime, nullable=True),
    Column("pinned_by", String(ID), ForeignKey("members.id"), nullable=True),
    Column("mentions", Text, nullable=False),
    UniqueConstraint("channel_id", "number"),
)

#: The earlier texts of an edited message, oldest first (``position`` from 1).
message_revisions = Table(
    "message_revisions",
    metadata,
    Column("message_id", String(ID), ForeignKey("messages.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("written_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("message_id", "position"),
)

#: A member's own read point and mute, per channel.
channel_states = Table(
    "channel_states",
    metadata,
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("channel_id", String(CHANNEL), nullable=False),
    Column("last_read_number", Seq, nullable=False),
    Column("muted", Boolean, nullable=False),
    PrimaryKeyConstraint("member_id", "channel_id"),
)

preferences = Table(
    "preferences",
    metadata,
    Column("member_id", String(ID), ForeignKey("members.id"), primary_key=True),
    Column("notify", String(20), nullable=False),
    Column("digest_hour", Integer, nullable=False),
)

#: An idea or a request to a committee (``committee_id``) or the organisation (NULL).
ideas = Table(
    "ideas",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("committee_id", String(ID), ForeignKey("committees.id"), nullable=True),
    Column("kind", String(20), nullable=False),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("submitted_at", UTCDateTime, nullable=False),
    Column("status", String(20), nullable=False),
    Column("answer", Text, nullable=False),
    Column("answered_by", String(ID), ForeignKey("members.id"), nullable=True),
    Column("status_changed_at", UTCDateTime, nullable=True),
    Index(None, "committee_id"),
)

#: Who supports an idea (once each), ``position`` in order of support.
idea_supports = Table(
    "idea_supports",
    metadata,
    Column("idea_id", String(ID), ForeignKey("ideas.id"), nullable=False),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("supported_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("idea_id", "member_id"),
)

idea_comments = Table(
    "idea_comments",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("idea_id", String(ID), ForeignKey("ideas.id"), nullable=False),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("posted_at", UTCDateTime, nullable=False),
    Index(None, "idea_id"),
)

#: An announcement to a committee (``committee_id``) or the organisation (NULL).
announcements = Table(
    "announcements",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("committee_id", String(ID), ForeignKey("committees.id"), nullable=True),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("posted_at", UTCDateTime, nullable=False),
    Column("ack_required", Boolean, nullable=False),
    Column("reminded_at", UTCDateTime, nullable=True),
    Index(None, "committee_id"),
    Index(None, "author_id"),
)

acknowledgements = Table(
    "acknowledgements",
    metadata,
    Column("announcement_id", String(ID), ForeignKey("announcements.id"), nullable=False),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("acknowledged_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("announcement_id", "member_id"),
    Index(None, "member_id"),
)
