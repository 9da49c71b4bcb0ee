"""Pull: the pages of the change log one member may see.

The cursor is opaque to clients: urlsafe base64 of ``"<log_id>:<seq>"``. A cursor that cannot
be decoded, that comes from another log (the database was recreated) or that points beyond the
log's end answers a ``reset`` page from the start: the client discards what it holds and
refills.

A member sees a row when it is for the whole organisation, for a committee they belong to NOW,
or for them alone (and then, when it names a committee too, only while they belong to it; see
``changelog.Audience``). Joining and leaving write the rows that make that rule complete (see
``organisation``).

Ordering: rows are delivered by seq, and ``next_cursor`` moves past invisible rows too. With
SQLite's single writer a seq is visible only once every smaller seq is committed, so a cursor
never skips a row. On PostgreSQL two concurrent transactions can commit out of seq order; the
pull will then need a horizon (deliver only seqs below the oldest transaction still in
flight, e.g. via ``pg_snapshot_xmin``) before PostgreSQL is supported.
"""

from __future__ import annotations

import base64
import binascii
import json

from sqlalchemy import Connection, and_, func, or_, select

from protocol.models import Change, Op, SyncPage
from server.db import tables as t
from server.services import directory
from server.services.records import Member
from server.services.tx import DB, read

MAX_CURSOR_LENGTH = 256


def encode_cursor(log_id: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{log_id}:{seq}".encode()).decode("ascii")


def decode_cursor(cursor: str) -> tuple[str, int] | None:
    """``(log_id, seq)``, or None when the cursor is not one of ours."""
    if len(cursor) > MAX_CURSOR_LENGTH:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        return None
    log_id, sep, seq_text = text.rpartition(":")
    if not sep or not log_id or not seq_text.isascii() or not seq_text.isdigit():
        return None
    return log_id, int(seq_text)


def log_id(conn: Connection) -> str:
    return str(conn.execute(select(t.meta.c.value).where(t.meta.c.key == "log_id")).scalar_one())


def max_seq(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(t.changes.c.seq), 0))).scalar_one())


def pull(db: DB, member: Member, cursor: str | None, limit: int) -> SyncPage:
    """One page of the changes ``member`` may see after ``cursor``."""
    limit = max(1, limit)
    with read(db) as conn:  # one snapshot: the page, the committees and max seq agree
        current_log, end = log_id(conn), max_seq(conn)
        after, reset = 0, False
        if cursor:
            decoded = decode_cursor(cursor)
            if decoded is None or decoded[0] != current_log or decoded[1] > end:
                reset = True
            else:
                after = decoded[1]
        committee_ids = sorted(directory.committee_ids_of(conn, member.id))
        c = t.changes.c
        mine = c.committee_id.in_(committee_ids)
        visible = or_(
            and_(c.member_id.is_(None), or_(c.committee_id.is_(None), mine)),
            and_(c.member_id == member.id, or_(c.committee_id.is_(None), mine)),
        )
        rows = conn.execute(
            select(t.changes).where(c.seq > after, visible).order_by(c.seq).limit(limit + 1)
        ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    if has_more:
        last = rows[-1].seq
    else:
        # Nothing more this member may see up to ``end``: skip the invisible rows too.
        last = max(end, after)
    changes = [
        Change(
            seq=row.seq,
            kind=row.kind,
            id=row.entity_id,
            op=Op(row.op),
            data=None if row.data is None else json.loads(row.data),
        )
        for row in rows
    ]
    return SyncPage(
        changes=changes,
        next_cursor=encode_cursor(current_log, last),
        has_more=has_more,
        reset=reset,
        server_time=t.utcnow(),
    )
