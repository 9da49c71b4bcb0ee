"""Voting: motions, participations, open and secret ballots, proxies, the audit log, and the
stored result of a mutation. (The organisation's voting defaults live in ``meta``, key
``voting_defaults``, written when first changed.)

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = 64
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(ID), nullable=nullable)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.add_column("device_mutations", sa.Column("result", sa.Text, nullable=True))
    op.create_table(
        "motions",
        _id("id"),
        _id("committee_id", nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("options", sa.Text, nullable=False),
        sa.Column("min_choices", sa.Integer, nullable=False),
        sa.Column("max_choices", sa.Integer, nullable=False),
        sa.Column("seats", sa.Integer, nullable=False),
        sa.Column("rules", sa.Text, nullable=False),
        sa.Column("voters", sa.Text, nullable=True),
        sa.Column("recused", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        _time("opens_at", nullable=True),
        _time("closes_at", nullable=True),
        _id("chair_id", nullable=True),
        _id("created_by", nullable=True),
        _time("created_at"),
        _time("updated_at"),
        sa.Column("participants", sa.Integer, nullable=False),
        sa.Column("result", sa.Text, nullable=True),
        sa.Column("ballots", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_motions"),
        _fk("motions", "committee_id", "committees"),
    )
    op.create_index("ix_motions_status_closes_at", "motions", ["status", "closes_at"])
    op.create_table(
        "motion_documents",
        _id("motion_id"),
        _id("document_id"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("motion_id", "document_id", name="pk_motion_documents"),
        _fk("motion_documents", "motion_id", "motions"),
        _fk("motion_documents", "document_id", "documents"),
    )
    op.create_table(
        "participations",
        _id("motion_id"),
        _id("principal_id"),
        _id("cast_by"),
        sa.Column("version", sa.Integer, nullable=False),
        _time("cast_at"),
        sa.PrimaryKeyConstraint("motion_id", "principal_id", name="pk_participations"),
        _fk("participations", "motion_id", "motions"),
        _fk("participations", "principal_id", "members"),
        _fk("participations", "cast_by", "members"),
    )
    op.create_table(
        "open_ballots",
        _id("id"),
        _id("motion_id"),
        _id("principal_id"),
        _id("cast_by"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("choices", sa.Text, nullable=False),
        _time("cast_at"),
        _time("superseded_at", nullable=True),
        sa.Column("void", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_open_ballots"),
        _fk("open_ballots", "motion_id", "motions"),
        _fk("open_ballots", "principal_id", "members"),
        _fk("open_ballots", "cast_by", "members"),
    )
    op.create_index(
        "ix_open_ballots_motion_id_principal_id", "open_ballots", ["motion_id", "principal_id"]
    )
    op.create_table(
        "secret_ballots",
        _id("id"),
        _id("motion_id"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("receipt_hash", sa.String(64), nullable=False),
        sa.Column("choices", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_secret_ballots"),
        sa.UniqueConstraint(
            "motion_id", "receipt_hash", name="uq_secret_ballots_motion_id_receipt_hash"
        ),
        _fk("secret_ballots", "motion_id", "motions"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "proxies",
        _id("id"),
        _id("principal_id"),
        _id("holder_id"),
        _id("motion_id", nullable=True),
        _time("starts_at", nullable=True),
        _time("ends_at", nullable=True),
        _time("granted_at"),
        _time("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_proxies"),
        _fk("proxies", "principal_id", "members"),
        _fk("proxies", "holder_id", "members"),
        _fk("proxies", "motion_id", "motions"),
    )
    op.create_index("ix_proxies_principal_id", "proxies", ["principal_id"])
    op.create_index("ix_proxies_holder_id", "proxies", ["holder_id"])
    op.create_table(
        "proxy_uses",
        _id("proxy_id"),
        _id("motion_id"),
        sa.PrimaryKeyConstraint("proxy_id", "motion_id", name="pk_proxy_uses"),
        _fk("proxy_uses", "proxy_id", "proxies"),
        _fk("proxy_uses", "motion_id", "motions"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", SEQ, nullable=False, autoincrement=True),
        _time("at"),
        _id("actor_id", nullable=True),
        _id("on_behalf_of", nullable=True),
        sa.Column("event", sa.String(40), nullable=False),
        _id("motion_id", nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_log_motion_id_seq", "audit_log", ["motion_id", "seq"])


def downgrade() -> None:
    for table in (
        "audit_log",
        "proxy_uses",
        "proxies",
        "secret_ballots",
        "open_ballots",
        "participations",
        "motion_documents",
        "motions",
    ):
        op.drop_table(table)
    op.execute("DELETE FROM meta WHERE key = 'voting_defaults'")
    with op.batch_alter_table("device_mutations") as batch:
        batch.drop_column("result")
