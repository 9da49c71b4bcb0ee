"""Tables of the committee network (migration 0003): conversations, messages and their
history, each member's channel state and preferences, the idea box, announcements. Registered
on ``server.db.tables.metadata``; import them from ``server.db.tables``."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from server.db.columns import ID, Seq, UTCDateTime, metadata

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
