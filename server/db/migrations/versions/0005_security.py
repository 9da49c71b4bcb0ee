"""Security and device trust: failed sign-ins counted per account and per client address.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "signin_failures",
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("subject", sa.String(254), nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        _time("window_start"),
        _time("last_failure_at"),
        sa.Column("lockouts", sa.Integer, nullable=False),
        _time("locked_until", nullable=True),
        sa.PrimaryKeyConstraint("kind", "subject", name="pk_signin_failures"),
    )


def downgrade() -> None:
    op.drop_table("signin_failures")
