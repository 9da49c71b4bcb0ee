"""The outbox: mutations written to the cache before their first send.

Each row carries a client id (uuid4 hex, generated here) and the device's own sequence number:
the table's AUTOINCREMENT key, so a number is never reused, even after rows are pruned or the
outbox is cleared for another member. Called by the store under its lock; the functions that
write expect to run inside the store's write transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from desktop.cache.codec import from_text, to_text
from desktop.cache.database import Connection
from desktop.cache.records import OutboxEntry
from protocol.models import Mutation, MutationKind, MutationResult, MutationStatus

PENDING = "pending"
SENT = "sent"
REJECTED = "rejected"

_COLUMNS = "seq, client_id, kind, data, state, code, message, created_at, result"


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return to_text(value)
    raise TypeError(f"an outbox payload cannot hold a {type(value).__name__}")


def add(conn: Connection, kind: str, data: Mapping[str, Any]) -> OutboxEntry:
    """Queue a mutation; datetimes in ``data`` are stored as UTC ISO 8601 text."""
    text = json.dumps(dict(data), default=_json_default, sort_keys=True)
    cursor = conn.execute(
        "INSERT INTO outbox (client_id, kind, data, state, created_at) VALUES (?, ?, ?, ?, ?)",
        (uuid.uuid4().hex, kind, text, PENDING, to_text(datetime.now(UTC))),
    )
    entry = get(conn, int(cursor.lastrowid))
    assert entry is not None
    return entry


def get(conn: Connection, seq: int) -> OutboxEntry | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else _entry(row)


def entries(conn: Connection) -> list[OutboxEntry]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY seq DESC").fetchall()
    return [_entry(row) for row in rows]


def pending(conn: Connection, limit: int) -> list[Mutation]:
    rows = conn.execute(
        "SELECT seq, client_id, kind, data FROM outbox WHERE state = ? ORDER BY seq LIMIT ?",
        (PENDING, max(0, limit)),
    ).fetchall()
    return [
        Mutation(seq=seq, client_id=client_id, kind=kind, data=json.loads(data))
        for seq, client_id, kind, data in rows
    ]


def record(conn: Connection, results: Iterable[MutationResult]) -> None:
    """Applied -> sent, with what the server made of it (``result``); rejected -> kept, with
    the server's code and message. Results for unknown client ids (pruned, or another member's)
    are ignored."""
    for result in results:
        if result.status is MutationStatus.APPLIED:
            made = None if result.result is None else json.dumps(result.result, sort_keys=True)
            conn.execute(
                "UPDATE outbox SET state = ?, code = NULL, message = NULL, result = ? "
                "WHERE client_id = ?",
                (SENT, made, result.client_id),
            )
        else:
            conn.execute(
                "UPDATE outbox SET state = ?, code = ?, message = ? WHERE client_id = ?",
                (REJECTED, result.code or "rejected", result.message, result.client_id),
            )


def retry(conn: Connection, seq: int) -> OutboxEntry | None:
    """Queue a rejected mutation again, as a new mutation: the server keeps the result of a
    client id forever (a repeat gets the stored rejection), so the retry gets a new client id
    and a new sequence number. Returns the new entry; None if ``seq`` is not a rejected one."""
    row = conn.execute(
        "SELECT kind, data FROM outbox WHERE seq = ? AND state = ?", (seq, REJECTED)
    ).fetchone()
    if row is None:
        return None
    kind, data = row
    conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
    return add(conn, kind, json.loads(data))


def prune(conn: Connection, sent_before: datetime) -> int:
    """Delete sent entries queued before ``sent_before``; returns how many."""
    cursor = conn.execute(
        "DELETE FROM outbox WHERE state = ? AND created_at < ?", (SENT, to_text(sent_before))
    )
    return int(cursor.rowcount)


def clear(conn: Connection) -> None:
    """Delete every entry (another member signs in); the sequence still never goes back."""
    conn.execute("DELETE FROM outbox")


def of_kinds(
    conn: Connection, kinds: Iterable[str], states: Iterable[str] = (PENDING, REJECTED)
) -> list[OutboxEntry]:
    """Entries of these kinds in these states, in sequence order (the order written)."""
    kinds, states = tuple(kinds), tuple(states)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE kind IN ({', '.join('?' for _ in kinds)}) "
        f"AND state IN ({', '.join('?' for _ in states)}) ORDER BY seq",
        (*kinds, *states),
    ).fetchall()
    return [_entry(row) for row in rows]


def discard(conn: Connection, seq: int) -> bool:
    """Drop a rejected entry (the member gives up on it); False if ``seq`` is not one."""
    cursor = conn.execute("DELETE FROM outbox WHERE seq = ? AND state = ?", (seq, REJECTED))
    return int(cursor.rowcount) > 0


def pending_read_receipts(conn: Connection) -> list[tuple[str, str]]:
    """(document_id, read_at) of read receipts not yet sent, to keep them shown as read."""
    rows = conn.execute(
        "SELECT data FROM outbox WHERE state = ? AND kind = ? ORDER BY seq",
        (PENDING, str(MutationKind.MARK_READ)),
    ).fetchall()
    found: list[tuple[str, str]] = []
    for (data,) in rows:
        payload = json.loads(data)
        document_id, read_at = payload.get("document_id"), payload.get("read_at")
        if isinstance(document_id, str) and isinstance(read_at, str):
            found.append((document_id, read_at))
    return found


def _entry(row: tuple[Any, ...]) -> OutboxEntry:
    seq, client_id, kind, data, state, code, message, created_at, result = row
    return OutboxEntry(
        seq=int(seq),
        client_id=client_id,
        kind=kind,
        data=json.loads(data),
        state=state,
        code=code,
        message=message,
        created_at=from_text(created_at),
        result=None if result is None else json.loads(result),
    )
