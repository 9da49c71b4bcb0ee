"""Board documents in depth: stored files, document versions, meetings and their agenda, action
items, private annotations, comments on drafts; the new columns of documents, organisation and
read receipts. Every existing document becomes its own version 1.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = 64


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(ID), nullable=nullable)


def _fk(table: str, column: str, target: str, key: str = "id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.{key}"], name=f"fk_{table}_{column}_{target}"
    )


def _text(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("organisation", sa.Column("retention_months", sa.Integer, nullable=True))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(
            sa.Column("format", sa.String(10), nullable=False, server_default="markdown")
        )
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
        batch.add_column(sa.Column("file_sha256", sa.String(64), nullable=True))
        batch.add_column(sa.Column("file_name", sa.String(200), nullable=False, server_default=""))
        batch.add_column(_id("meeting_id", nullable=True))
        batch.add_column(_id("agenda_item_id", nullable=True))
        batch.add_column(
            sa.Column("allow_copy", sa.Boolean, nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("comments_open", sa.Boolean, nullable=False, server_default=sa.false())
        )
        batch.add_column(_time("comments_close_at", nullable=True))
    op.add_column("read_receipts", sa.Column("last_version", sa.Integer, nullable=True))

    op.create_table(
        "files",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        _id("uploaded_by", nullable=True),
        _time("uploaded_at"),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_files"),
        _fk("files", "uploaded_by", "members"),
    )
    op.create_table(
        "document_versions",
        _id("document_id"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=True),
        sa.Column("file_name", sa.String(200), nullable=False),
        _id("author_id", nullable=True),
        sa.Column("change_note", sa.Text, nullable=False),
        _time("published_at"),
        sa.PrimaryKeyConstraint("document_id", "version", name="pk_document_versions"),
        _fk("document_versions", "document_id", "documents"),
        _fk("document_versions", "file_sha256", "files", "sha256"),
        _fk("document_versions", "author_id", "members"),
    )
    op.create_index("ix_document_versions_file_sha256", "document_versions", ["file_sha256"])
    op.execute(
        "INSERT INTO document_versions (document_id, version, title, format, body, file_sha256,"
        " file_name, author_id, change_note, published_at)"
        " SELECT id, 1, title, 'markdown', body, NULL, '', author_id, '', updated_at FROM documents"
    )
    op.create_table(
        "meetings",
        _id("id"),
        _id("committee_id", nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        _time("starts_at"),
        _time("ends_at", nullable=True),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("video_url", sa.String(500), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        _id("minutes_document_id", nullable=True),
        _time("created_at"),
        _time("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_meetings"),
        _fk("meetings", "committee_id", "committees"),
        _fk("meetings", "minutes_document_id", "documents"),
    )
    op.create_index("ix_meetings_committee_id", "meetings", ["committee_id"])
    op.create_table(
        "agenda_items",
        _id("id"),
        _id("meeting_id"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("presenter", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("document_ids", sa.Text, nullable=False),
        sa.Column("motion_ids", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_items"),
        _fk("agenda_items", "meeting_id", "meetings"),
    )
    op.create_index("ix_agenda_items_meeting_id", "agenda_items", ["meeting_id"])
    op.create_table(
        "actions",
        _id("id"),
        _id("committee_id", nullable=True),
        _id("meeting_id", nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("due_on", sa.Date, nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        _id("created_by"),
        _time("created_at"),
        _time("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_actions"),
        _fk("actions", "committee_id", "committees"),
        _fk("actions", "meeting_id", "meetings"),
        _fk("actions", "created_by", "members"),
    )
    op.create_index("ix_actions_committee_id", "actions", ["committee_id"])
    op.create_table(
        "action_assignees",
        _id("action_id"),
        _id("member_id"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("action_id", "member_id", name="pk_action_assignees"),
        _fk("action_assignees", "action_id", "actions"),
        _fk("action_assignees", "member_id", "members"),
    )
    op.create_index("ix_action_assignees_member_id", "action_assignees", ["member_id"])
    op.create_table(
        "action_comments",
        _id("id"),
        _id("action_id"),
        _id("author_id"),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=True),
        _time("posted_at"),
        sa.PrimaryKeyConstraint("id", name="pk_action_comments"),
        _fk("action_comments", "action_id", "actions"),
        _fk("action_comments", "author_id", "members"),
    )
    op.create_index("ix_action_comments_action_id", "action_comments", ["action_id"])
    op.create_table(
        "annotations",
        _id("id"),
        _id("member_id"),
        _id("document_id"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("rects", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("color", sa.String(20), nullable=False),
        _time("created_at"),
        _time("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_annotations"),
        _fk("annotations", "member_id", "members"),
        _fk("annotations", "document_id", "documents"),
    )
    op.create_index("ix_annotations_member_id", "annotations", ["member_id"])
    op.create_table(
        "document_comments",
        _id("id"),
        _id("document_id"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("quote", sa.Text, nullable=False),
        _id("parent_id", nullable=True),
        _id("author_id"),
        sa.Column("body", sa.Text, nullable=False),
        _time("posted_at"),
        sa.PrimaryKeyConstraint("id", name="pk_document_comments"),
        _fk("document_comments", "document_id", "documents"),
        _fk("document_comments", "author_id", "members"),
    )
    op.create_index("ix_document_comments_document_id", "document_comments", ["document_id"])


def downgrade() -> None:
    for table in (
        "document_comments",
        "annotations",
        "action_comments",
        "action_assignees",
        "actions",
        "agenda_items",
        "meetings",
        "document_versions",
        "files",
    ):
        op.drop_table(table)
    with op.batch_alter_table("read_receipts") as batch:
        batch.drop_column("last_version")
    with op.batch_alter_table("documents") as batch:
        for column in (
            "comments_close_at",
            "comments_open",
            "allow_copy",
            "agenda_item_id",
            "meeting_id",
            "file_name",
            "file_sha256",
            "version",
            "format",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("retention_months")
