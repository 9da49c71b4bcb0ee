"""The schema, as SQLAlchemy Core tables. Migrations (``migrations/versions``) create it; this
module is what queries are written against. Keep it portable: SQLite now, PostgreSQL next.

Times are stored as UTC and come back timezone-aware (``UTCDateTime``). JSON columns are text
written with ``json.dumps`` so both databases store the same thing.
"""

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

from server.db.columns import ID as ID
from server.db.columns import Seq as Seq
from server.db.columns import UTCDateTime as UTCDateTime
from server.db.columns import metadata as metadata
from server.db.columns import utcnow as utcnow

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
    Column("retention_months", Integer, nullable=True),  # added by 0004
    # added by 0006: the security policy (protocol.security.SecurityPolicy)
    Column("max_offline_days", Integer, nullable=True),
    Column("device_approval", Boolean, nullable=False, default=False),
    Column("lock_minutes", Integer, nullable=False, default=15),
    Column("totp_required", Boolean, nullable=False, default=False),
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
    # added by 0004: the current version's format and file, where it belongs, what members may do
    Column("format", String(10), nullable=False, default="markdown"),
    Column("version", Integer, nullable=False, default=1),
    Column("file_sha256", String(64), nullable=True),
    Column("file_name", String(200), nullable=False, default=""),
    Column("meeting_id", String(ID), nullable=True),
    Column("agenda_item_id", String(ID), nullable=True),
    Column("allow_copy", Boolean, nullable=False, default=False),
    Column("comments_open", Boolean, nullable=False, default=False),
    Column("comments_close_at", UTCDateTime, nullable=True),
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
    # added by 0006: NULL approved_at = waiting for the secretariat (device approval); a wipe
    # requested with the revocation, and acknowledged by the device (docs/SECURITY.md)
    Column("approved_at", UTCDateTime, nullable=True),
    Column("wipe_requested_at", UTCDateTime, nullable=True),
    Column("wiped_at", UTCDateTime, nullable=True),
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
    Column("last_version", Integer, nullable=True),  # added by 0004
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


# The committee network (0003), board documents (0004) and security (0005) live next door;
# importing them here registers their tables on ``metadata`` and keeps ``tables.messages`` and
# the rest where callers look.
from server.db.tables_documents import action_assignees as action_assignees  # noqa: E402
from server.db.tables_documents import action_comments as action_comments  # noqa: E402
from server.db.tables_documents import actions as actions  # noqa: E402
from server.db.tables_documents import agenda_items as agenda_items  # noqa: E402
from server.db.tables_documents import document_comments as document_comments  # noqa: E402
from server.db.tables_documents import document_versions as document_versions  # noqa: E402
from server.db.tables_documents import files as files  # noqa: E402
from server.db.tables_documents import meetings as meetings  # noqa: E402
from server.db.tables_documents import member_annotations as member_annotations  # noqa: E402
from server.db.tables_invitations import invitations as invitations  # noqa: E402
from server.db.tables_network import CHANNEL as CHANNEL  # noqa: E402
from server.db.tables_network import acknowledgements as acknowledgements  # noqa: E402
from server.db.tables_network import announcements as announcements  # noqa: E402
from server.db.tables_network import channel_states as channel_states  # noqa: E402
from server.db.tables_network import conversation_members as conversation_members  # noqa: E402
from server.db.tables_network import conversations as conversations  # noqa: E402
from server.db.tables_network import idea_comments as idea_comments  # noqa: E402
from server.db.tables_network import idea_supports as idea_supports  # noqa: E402
from server.db.tables_network import ideas as ideas  # noqa: E402
from server.db.tables_network import message_revisions as message_revisions  # noqa: E402
from server.db.tables_network import messages as messages  # noqa: E402
from server.db.tables_network import preferences as preferences  # noqa: E402
from server.db.tables_security import member_totp as member_totp  # noqa: E402
from server.db.tables_security import signin_failures as signin_failures  # noqa: E402
from server.db.tables_security import totp_recovery_codes as totp_recovery_codes  # noqa: E402
