"""The committee network: direct conversations, messages (and their earlier texts), each
member's channel state and notification preferences, the idea box, announcements and their
acknowledgements.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = 64
CHANNEL = 80
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(ID), nullable=nullable)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "conversations",
        _id("id"),
        sa.Column("title", sa.String(200), nullable=False),
        _id("started_by"),
        _time("started_at"),
        sa.PrimaryKeyConstraint("id", name="pk_conversations"),
        _fk("conversations", "started_by", "members"),
    )
    op.create_table(
        "conversation_members",
        _id("conversation_id"),
        _id("member_id"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("conversation_id", "member_id", name="pk_conversation_members"),
        _fk("conversation_members", "conversation_id", "conversations"),
        _fk("conversation_members", "member_id", "members"),
    )
    op.create_index("ix_conversation_members_member_id", "conversation_members", ["member_id"])
    op.create_table(
        "messages",
        _id("id"),
        sa.Column("channel_id", sa.String(CHANNEL), nullable=False),
        sa.Column("number", SEQ, nullable=False),
        _id("author_id"),
        sa.Column("body", sa.Text, nullable=False),
        _id("thread_root_id", nullable=True),
        _time("posted_at"),
        _time("edited_at", nullable=True),
        _time("deleted_at", nullable=True),
        _time("pinned_at", nullable=True),
        _id("pinned_by", nullable=True),
        sa.Column("mentions", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.UniqueConstraint("channel_id", "number", name="uq_messages_channel_id_number"),
        _fk("messages", "author_id", "members"),
        _fk("messages", "pinned_by", "members"),
    )
    op.create_table(
        "message_revisions",
        _id("message_id"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        _time("written_at"),
        sa.PrimaryKeyConstraint("message_id", "position", name="pk_message_revisions"),
        _fk("message_revisions", "message_id", "messages"),
    )
    op.create_table(
        "channel_states",
        _id("member_id"),
        sa.Column("channel_id", sa.String(CHANNEL), nullable=False),
        sa.Column("last_read_number", SEQ, nullable=False),
        sa.Column("muted", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("member_id", "channel_id", name="pk_channel_states"),
        _fk("channel_states", "member_id", "members"),
    )
    op.create_table(
        "preferences",
        _id("member_id"),
        sa.Column("notify", sa.String(20), nullable=False),
        sa.Column("digest_hour", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("member_id", name="pk_preferences"),
        _fk("preferences", "member_id", "members"),
    )
    op.create_table(
        "ideas",
        _id("id"),
        _id("committee_id", nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        _id("author_id"),
        _time("submitted_at"),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        _id("answered_by", nullable=True),
        _time("status_changed_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_ideas"),
        _fk("ideas", "committee_id", "committees"),
        _fk("ideas", "author_id", "members"),
        _fk("ideas", "answered_by", "members"),
    )
    op.create_index("ix_ideas_committee_id", "ideas", ["committee_id"])
    op.create_table(
        "idea_supports",
        _id("idea_id"),
        _id("member_id"),
        sa.Column("position", sa.Integer, nullable=False),
        _time("supported_at"),
        sa.PrimaryKeyConstraint("idea_id", "member_id", name="pk_idea_supports"),
        _fk("idea_supports", "idea_id", "ideas"),
        _fk("idea_supports", "member_id", "members"),
    )
    op.create_table(
        "idea_comments",
        _id("id"),
        _id("idea_id"),
        _id("author_id"),
        sa.Column("body", sa.Text, nullable=False),
        _time("posted_at"),
        sa.PrimaryKeyConstraint("id", name="pk_idea_comments"),
        _fk("idea_comments", "idea_id", "ideas"),
        _fk("idea_comments", "author_id", "members"),
    )
    op.create_index("ix_idea_comments_idea_id", "idea_comments", ["idea_id"])
    op.create_table(
        "announcements",
        _id("id"),
        _id("committee_id", nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        _id("author_id"),
        _time("posted_at"),
        sa.Column("ack_required", sa.Boolean, nullable=False),
        _time("reminded_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_announcements"),
        _fk("announcements", "committee_id", "committees"),
        _fk("announcements", "author_id", "members"),
    )
    op.create_index("ix_announcements_committee_id", "announcements", ["committee_id"])
    op.create_index("ix_announcements_author_id", "announcements", ["author_id"])
    op.create_table(
        "acknowledgements",
        _id("announcement_id"),
        _id("member_id"),
        _time("acknowledged_at"),
        sa.PrimaryKeyConstraint("announcement_id", "member_id", name="pk_acknowledgements"),
        _fk("acknowledgements", "announcement_id", "announcements"),
        _fk("acknowledgements", "member_id", "members"),
    )
    op.create_index("ix_acknowledgements_member_id", "acknowledgements", ["member_id"])


def downgrade() -> None:
    for table in (
        "acknowledgements",
        "announcements",
        "idea_comments",
        "idea_supports",
        "ideas",
        "preferences",
        "channel_states",
        "message_revisions",
        "messages",
        "conversation_members",
        "conversations",
    ):
        op.drop_table(table)
