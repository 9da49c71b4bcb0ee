"""Device trust: the organisation's security policy, device approval and remote wipe, and
two-factor sign-in (TOTP secrets and recovery codes). Devices that exist already count as
approved.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ID = 64


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("max_offline_days", sa.Integer, nullable=True))
        batch.add_column(
            sa.Column("device_approval", sa.Boolean, nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("lock_minutes", sa.Integer, nullable=False, server_default="15"))
        batch.add_column(
            sa.Column("totp_required", sa.Boolean, nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("devices") as batch:
        batch.add_column(_time("approved_at", nullable=True))
        batch.add_column(_time("wipe_requested_at", nullable=True))
        batch.add_column(_time("wiped_at", nullable=True))
    op.execute("UPDATE devices SET approved_at = created_at")
    op.create_table(
        "member_totp",
        sa.Column("member_id", sa.String(ID), nullable=False),
        sa.Column("secret", sa.String(64), nullable=False),
        _time("created_at"),
        _time("confirmed_at", nullable=True),
        sa.Column("last_step", sa.Integer, nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("member_id", name="pk_member_totp"),
    )
    op.create_table(
        "totp_recovery_codes",
        sa.Column("member_id", sa.String(ID), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        _time("created_at"),
        _time("used_at", nullable=True),
        sa.PrimaryKeyConstraint("member_id", "code_hash", name="pk_totp_recovery_codes"),
    )


def downgrade() -> None:
    op.drop_table("totp_recovery_codes")
    op.drop_table("member_totp")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("wiped_at")
        batch.drop_column("wipe_requested_at")
        batch.drop_column("approved_at")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("totp_required")
        batch.drop_column("lock_minutes")
        batch.drop_column("device_approval")
        batch.drop_column("max_offline_days")
