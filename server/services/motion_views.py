"""Reading motions: one, the list a member may see, and a motion's history (audit entries)."""

from __future__ import annotations

from sqlalchemy import select

from protocol.motions import AuditEventData, MotionData
from server.db import tables as t
from server.services import audit, motion_store
from server.services.errors import Forbidden
from server.services.records import Member
from server.services.tx import DB, read


def get(db: DB, member: Member | None, motion_id: str) -> MotionData:
    with read(db) as conn:
        if member is None:
            return motion_store.data(conn, motion_store.row(conn, motion_id))
        return motion_store.data(conn, motion_store.visible_row(conn, member, motion_id))


def list_motions(db: DB, member: Member | None) -> list[MotionData]:
    """The motions this member may see (every motion for the command line), newest first."""
    with read(db) as conn:
        m = t.motions.c
        rows = conn.execute(select(t.motions).order_by(m.created_at.desc(), m.id))
        return [
            motion_store.data(conn, r)
            for r in rows
            if member is None or motion_store.can_see(conn, member, r)
        ]


def history(db: DB, member: Member | None, motion_id: str) -> list[AuditEventData]:
    """A motion's audit entries, for those entitled to it and for its managers."""
    with read(db) as conn:
        motion = motion_store.row(conn, motion_id)
        if member is not None:
            motion = motion_store.visible_row(conn, member, motion_id)
            if not (
                motion_store.is_entitled(conn, motion, member.id)
                or motion_store.can_manage(conn, member, motion.committee_id)
            ):
                raise Forbidden("Only the voters and the secretariat see a motion's history.")
        return audit.events(conn, motion.id)
