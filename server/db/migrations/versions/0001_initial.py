"""Initial schema: organisation, members, committees, documents, devices, change log, outbox
results and read receipts.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = 64
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    # A new log id each time a database is created: a client holding a cursor from another
    # database (recreated, restored elsewhere) is told to start again.
    op.bulk_insert(meta, [{"key": "log_id", "value": secrets.token_hex(8)}])
    op.create_table(
        "organisation",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("short_name", sa.String(100), nullable=False),
        _time("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_organisation"),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        _time("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_members"),
        sa.UniqueConstraint("email", name="uq_members_email"),
    )
    op.create_table(
        "committees",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        _time("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_committees"),
        sa.UniqueConstraint("name", name="uq_committees_name"),
    )
    op.create_table(
        "memberships",
        sa.Column("committee_id", sa.String(ID), nullable=False),
        sa.Column("member_id", sa.String(ID), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("committee_id", "member_id", name="pk_memberships"),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committees.id"], name="fk_memberships_committee_id_committees"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_memberships_member_id_members"
        ),
    )
    op.create_index("ix_memberships_member_id", "memberships", ["member_id"])
    op.create_table(
        "documents",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("committee_id", sa.String(ID), nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("author_id", sa.String(ID), nullable=True),
        _time("published_at"),
        _time("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committees.id"], name="fk_documents_committee_id_committees"
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["members.id"], name="fk_documents_author_id_members"
        ),
    )
    op.create_index("ix_documents_committee_id", "documents", ["committee_id"])
    op.create_table(
        "devices",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("member_id", sa.String(ID), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        _time("created_at"),
        _time("last_seen_at", nullable=True),
        _time("revoked_at", nullable=True),
        sa.Column("last_mutation_seq", SEQ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("token_hash", name="uq_devices_token_hash"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name="fk_devices_member_id_members"),
    )
    op.create_index("ix_devices_member_id", "devices", ["member_id"])
    op.create_table(
        "changes",
        sa.Column("seq", SEQ, nullable=False, autoincrement=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(ID * 2 + 1), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("data", sa.Text, nullable=True),
        sa.Column("committee_id", sa.String(ID), nullable=True),
        sa.Column("member_id", sa.String(ID), nullable=True),
        _time("created_at"),
        sa.PrimaryKeyConstraint("seq", name="pk_changes"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_changes_committee_id_seq", "changes", ["committee_id", "seq"])
    op.create_index("ix_changes_member_id_seq", "changes", ["member_id", "seq"])
    op.create_table(
        "device_mutations",
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("code", sa.String(40), nullable=True),
        sa.Column("message", sa.Text, nullable=True),
        _time("created_at"),
        sa.PrimaryKeyConstraint("device_id", "client_id", name="pk_device_mutations"),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name="fk_device_mutations_device_id_devices"
        ),
    )
    op.create_table(
        "read_receipts",
        sa.Column("member_id", sa.String(ID), nullable=False),
        sa.Column("document_id", sa.String(ID), nullable=False),
        _time("first_read_at"),
        _time("last_read_at"),
        sa.PrimaryKeyConstraint("member_id", "document_id", name="pk_read_receipts"),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_read_receipts_member_id_members"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_read_receipts_document_id_documents"
        ),
    )
    op.create_index("ix_read_receipts_document_id", "read_receipts", ["document_id"])


def downgrade() -> None:
    for table in (
        "read_receipts",
        "device_mutations",
        "changes",
        "devices",
        "documents",
        "memberships",
        "committees",
        "members",
        "organisation",
        "meta",
    ):
        op.drop_table(table)
