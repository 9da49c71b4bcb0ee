"""Tables of board documents in depth (migration 0004): stored files, document versions,
meetings and their agenda, action items, private annotations and comments on drafts. The new
columns of ``documents``, ``organisation`` and ``read_receipts`` are in ``server.db.tables``.
Registered on ``server.db.tables.metadata``; import them from ``server.db.tables``."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from server.db.columns import ID, UTCDateTime, metadata

#: Uploaded files, by the sha256 of their bytes. ``data`` is last so a query of the other
#: columns never reads the bytes. ``text`` is what was extracted for search.
files = Table(
    "files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("pages", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False, default=""),
    Column("uploaded_by", String(ID), ForeignKey("members.id"), nullable=True),
    Column("uploaded_at", UTCDateTime, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

#: Every version of a document, the current one included (it is also in ``documents``).
document_versions = Table(
    "document_versions",
    metadata,
    Column("document_id", String(ID), ForeignKey("documents.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("title", String(300), nullable=False),
    Column("format", String(10), nullable=False),
    Column("body", Text, nullable=False, default=""),
    Column("file_sha256", String(64), ForeignKey("files.sha256"), nullable=True),
    Column("file_name", String(200), nullable=False, default=""),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=True),
    Column("change_note", Text, nullable=False, default=""),
    Column("published_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("document_id", "version"),
    Index(None, "file_sha256"),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("committee_id", String(ID), ForeignKey("committees.id"), nullable=True),
    Column("title", String(300), nullable=False),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=True),
    Column("place", String(300), nullable=False, default=""),
    Column("video_url", String(500), nullable=False, default=""),
    Column("status", String(20), nullable=False),
    Column("minutes_document_id", String(ID), ForeignKey("documents.id"), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "committee_id"),
)

#: A meeting's agenda, in ``position`` order; document and motion ids as JSON lists.
agenda_items = Table(
    "agenda_items",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("meeting_id", String(ID), ForeignKey("meetings.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", String(300), nullable=False),
    Column("presenter", String(200), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("document_ids", Text, nullable=False, default="[]"),
    Column("motion_ids", Text, nullable=False, default="[]"),
    Index(None, "meeting_id"),
)

actions = Table(
    "actions",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("committee_id", String(ID), ForeignKey("committees.id"), nullable=True),
    Column("meeting_id", String(ID), ForeignKey("meetings.id"), nullable=True),
    Column("title", String(300), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("due_on", Date, nullable=True),
    Column("status", String(20), nullable=False),
    Column("created_by", String(ID), ForeignKey("members.id"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "committee_id"),
)

action_assignees = Table(
    "action_assignees",
    metadata,
    Column("action_id", String(ID), ForeignKey("actions.id"), nullable=False),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("position", Integer, nullable=False),
    PrimaryKeyConstraint("action_id", "member_id"),
    Index(None, "member_id"),
)

action_comments = Table(
    "action_comments",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("action_id", String(ID), ForeignKey("actions.id"), nullable=False),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(20), nullable=True),
    Column("posted_at", UTCDateTime, nullable=False),
    Index(None, "action_id"),
)

#: Private: read only for their owner's own change-log rows. (Not named ``annotations``: that
#: name is taken by ``from __future__ import annotations``.)
member_annotations = Table(
    "annotations",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("member_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("document_id", String(ID), ForeignKey("documents.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("page", Integer, nullable=True),
    Column("quote", Text, nullable=False, default=""),
    Column("rects", Text, nullable=False, default="[]"),
    Column("body", Text, nullable=False, default=""),
    Column("color", String(20), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "member_id"),
)

document_comments = Table(
    "document_comments",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("document_id", String(ID), ForeignKey("documents.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("page", Integer, nullable=True),
    Column("quote", Text, nullable=False, default=""),
    Column("parent_id", String(ID), nullable=True),
    Column("author_id", String(ID), ForeignKey("members.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("posted_at", UTCDateTime, nullable=False),
    Index(None, "document_id"),
)
