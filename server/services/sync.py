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

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select

from protocol.cursor import MAX_CURSOR_LENGTH as MAX_CURSOR_LENGTH
from protocol.cursor import decode_cursor as decode_cursor
from protocol.cursor import encode_cursor as encode_cursor
from protocol.models import Change, Op, SyncPage
from server.db import tables as t
from server.db.prepared import Prepared
from server.services.records import Member
from server.services.tx import DB, read

_c = t.changes.c
_LOG_ID = Prepared(select(t.meta.c.value).where(t.meta.c.key == "log_id"))
_MAX_SEQ = Prepared(select(func.coalesce(func.max(_c.seq), 0)))
# Who sees a row (see the module's docstring), with the member's committees as a subquery so
# the statement is the same for everyone and is compiled once.
_MINE = _c.committee_id.in_(
    select(t.memberships.c.committee_id).where(t.memberships.c.member_id == bindparam("b_member"))
)
_VISIBLE = or_(
    and_(_c.member_id.is_(None), or_(_c.committee_id.is_(None), _MINE)),
    and_(_c.member_id == bindparam("b_member"), or_(_c.committee_id.is_(None), _MINE)),
)
_PAGE = Prepared(
    select(_c.seq, _c.kind, _c.entity_id, _c.op, _c.data)
    .where(_c.seq > bindparam("b_after"), _VISIBLE)
    .order_by(_c.seq)
    .limit(bindparam("b_limit"))
)


def log_id(conn: Connection) -> str:
    return str(_LOG_ID.scalar(conn, {}))


def max_seq(conn: Connection) -> int:
    return int(_MAX_SEQ.scalar(conn, {}))


@dataclass(frozen=True)
class _Rows:
    """One page as stored: ``(seq, kind, entity id, op, data as JSON text or None)``."""

    rows: list[tuple[Any, ...]]
    next_cursor: str
    has_more: bool
    reset: bool
    #: The newest seq in the log when the page was read (the pull's progress, for the app).
    head_seq: int


def _page_rows(db: DB, member: Member, cursor: str | None, limit: int) -> _Rows:
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
        rows = _PAGE.rows(conn, {"b_after": after, "b_member": member.id, "b_limit": limit + 1})
    has_more = len(rows) > limit
    rows = rows[:limit]
    # Past the page's last row; or, with nothing more this member may see up to ``end``, past
    # the invisible rows too.
    last = rows[-1][0] if has_more else max(end, after)
    return _Rows(rows, encode_cursor(current_log, last), has_more, reset, end)


def pull(db: DB, member: Member, cursor: str | None, limit: int) -> SyncPage:
    """One page of the changes ``member`` may see after ``cursor``."""
    page = _page_rows(db, member, cursor, limit)
    changes = [
        Change(
            seq=seq,
            kind=kind,
            id=entity_id,
            op=Op(op),
            data=None if data is None else json.loads(data),
        )
        for seq, kind, entity_id, op, data in page.rows
    ]
    return SyncPage(
        changes=changes,
        next_cursor=page.next_cursor,
        has_more=page.has_more,
        reset=page.reset,
        server_time=t.utcnow(),
        head_seq=page.head_seq,
    )


def change_json(seq: int, kind: str, entity_id: str, op: str, data: str | None) -> str:
    """One ``Change`` as JSON, from a change-log row and its stored data JSON."""
    return (
        f'{{"seq":{seq},"kind":{json.dumps(kind)},"id":{json.dumps(entity_id)},'
        f'"op":{json.dumps(op)},"data":{"null" if data is None else data}}}'
    )


def pull_json(db: DB, member: Member, cursor: str | None, limit: int) -> bytes:
    """The same page as ``pull``, as the JSON the route answers, built from the stored JSON of
    each row without decoding it again (every pull of every app runs this: a poke to a
    committee of two hundred is two hundred pulls)."""
    page = _page_rows(db, member, cursor, limit)
    parts = [change_json(*row) for row in page.rows]
    head = {
        "next_cursor": page.next_cursor,
        "has_more": page.has_more,
        "reset": page.reset,
        "server_time": t.utcnow().isoformat().replace("+00:00", "Z"),
        "head_seq": page.head_seq,
    }
    return ('{"changes":[' + ",".join(parts) + "]," + json.dumps(head)[1:]).encode()
