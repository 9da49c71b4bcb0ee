"""The audit log: every governance event, append-only, each entry chained to the one before.

An entry's ``hash`` is the sha256 hex of ``prev_hash`` followed by the canonical JSON (sorted
keys, no spaces, UTF-8) of the entry itself: seq, at, actor_id, on_behalf_of, event,
motion_id and detail. The first entry's ``prev_hash`` is 64 zeros. ``verify`` walks the chain
and names the first entry whose content, hash or link does not hold: editing, deleting or
inserting a row is found at (or right after) the place it was done.

A secret ballot's entry says who voted, never what: ``detail`` never holds choices, so
``motion_event`` rows (a motion's history in the change log) never carry them either.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, select, update

from protocol.models import Kind
from protocol.motions import AuditEventData
from server.db import tables as t
from server.db.prepared import Prepared
from server.services import changelog, motion_store
from server.services.tx import DB, read

GENESIS = "0" * 64

_a = t.audit_log.c
_LAST_HASH = Prepared(select(_a.hash).order_by(_a.seq.desc()).limit(1))
_COLUMNS = ("at", "actor_id", "on_behalf_of", "event", "motion_id", "detail", "prev_hash", "hash")
_INSERT = Prepared(t.audit_log.insert(), _COLUMNS)
_SET_HASH = Prepared(
    update(t.audit_log).where(_a.seq == bindparam("b_seq")).values(hash=bindparam("b_hash"))
)


def canonical(entry: dict[str, Any]) -> str:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(entry)).encode("utf-8")).hexdigest()


def _entry(
    seq: int,
    at: datetime,
    actor_id: str | None,
    on_behalf_of: str | None,
    event: str,
    motion_id: str | None,
    detail: dict[str, Any],
) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": at.isoformat(),
        "actor_id": actor_id,
        "on_behalf_of": on_behalf_of,
        "event": event,
        "motion_id": motion_id,
        "detail": detail,
    }


def _of_row(entry: Row[Any]) -> dict[str, Any]:
    return _entry(
        entry.seq,
        entry.at,
        entry.actor_id,
        entry.on_behalf_of,
        entry.event,
        entry.motion_id,
        json.loads(entry.detail),
    )


def append(
    conn: Connection,
    event: str,
    *,
    motion_id: str | None = None,
    actor_id: str | None = None,
    on_behalf_of: str | None = None,
    detail: dict[str, Any] | None = None,
    motion: Row[Any] | None = None,
) -> AuditEventData | None:
    """Append one entry (inside the caller's write transaction). When the motion is visible
    to members (not a draft), its history row goes to the motion's audience too. A caller
    that holds the motion's row, read in this transaction, may pass it to save reading it."""
    detail = detail or {}
    prev = _LAST_HASH.scalar(conn, {}) or GENESIS
    at = t.utcnow()
    # The seq is the database's (never reused); the hash, which covers it, is written next.
    values = {
        "at": at,
        "actor_id": actor_id,
        "on_behalf_of": on_behalf_of,
        "event": event,
        "motion_id": motion_id,
        "detail": canonical(detail),
        "prev_hash": prev,
        "hash": "",
    }
    seq = _INSERT.insert(conn, values)
    entry = _entry(seq, at, actor_id, on_behalf_of, event, motion_id, detail)
    _SET_HASH.execute(conn, {"b_seq": seq, "b_hash": entry_hash(prev, entry)})
    if motion_id is None:
        return None
    data = AuditEventData(
        id=str(seq),
        motion_id=motion_id,
        seq=seq,
        at=at,
        event=event,
        actor_id=actor_id,
        on_behalf_of=on_behalf_of,
        detail=detail,
    )
    if motion is None or motion.id != motion_id:
        motion = motion_store.row(conn, motion_id)
    if motion_store.status(motion).value != "draft":
        changelog.upsert(conn, Kind.MOTION_EVENT, data, motion_store.audience(motion))
    return data


def events(conn: Connection, motion_id: str) -> list[AuditEventData]:
    """A motion's history, oldest first."""
    a = t.audit_log.c
    rows = conn.execute(select(t.audit_log).where(a.motion_id == motion_id).order_by(a.seq))
    return [
        AuditEventData(
            id=str(r.seq),
            motion_id=motion_id,
            seq=r.seq,
            at=r.at,
            event=r.event,
            actor_id=r.actor_id,
            on_behalf_of=r.on_behalf_of,
            detail=json.loads(r.detail),
        )
        for r in rows
    ]


def verify(db: DB, motion_id: str | None = None) -> int | None:
    """The seq of the first broken entry (of ``motion_id``'s entries when given), or None
    when the chain holds."""
    with read(db) as conn:
        prev = GENESIS
        for entry in conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)):
            try:
                content = _of_row(entry)
                sound = entry.prev_hash == prev and entry.hash == entry_hash(prev, content)
            except (ValueError, TypeError):
                sound = False
            if not sound and (motion_id is None or entry.motion_id == motion_id):
                return int(entry.seq)
            prev = entry.hash
    return None
