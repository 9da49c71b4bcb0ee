"""Motions, proxies, participations and motion events in the cache, and my ballots.

Applying the server's changes of the voting kinds (called by ``desktop.cache.changes`` inside
the store's write transaction) and the queries ``desktop.cache.voting_store`` runs. Each synced
row keeps the server's payload whole as JSON, with the columns the app filters on copied out.

``my_ballots`` is this device's own record of the ballots it cast: the receipt codes of secret
ballots live only there. It is not synced: a reset page keeps it (the server cannot give the
codes back), another member's sign-in deletes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from desktop.cache.codec import deleter, from_text, payload, to_text, upsert
from desktop.cache.database import Connection
from desktop.cache.records import MyBallot
from protocol.models import Change, Kind
from protocol.motions import AuditEventData, MotionData, ParticipationData, ProxyData

#: The synced tables of this module (wiped with the others on a reset page).
SYNCED_TABLES = ("motions", "proxies", "participations", "motion_events")


# --- applying changes --------------------------------------------------------------------------


def put_motion(conn: Connection, data: MotionData) -> None:
    """Insert or replace a motion (from a change, or the answer to a secretariat call)."""
    upsert(
        conn,
        "motions",
        {
            "id": data.id,
            "committee_id": data.committee_id,
            "status": str(data.status),
            "closes_at": None if data.closes_at is None else to_text(data.closes_at),
            "version": data.version,
            "data": data.model_dump_json(),
        },
    )


def _upsert_motion(conn: Connection, change: Change) -> None:
    put_motion(conn, payload(change, MotionData))


def _upsert_proxy(conn: Connection, change: Change) -> None:
    data = payload(change, ProxyData)
    row = {
        "id": data.id,
        "principal_id": data.principal_id,
        "holder_id": data.holder_id,
        "motion_id": data.motion_id,
        "revoked_at": None if data.revoked_at is None else to_text(data.revoked_at),
        "data": data.model_dump_json(),
    }
    upsert(conn, "proxies", row)


def _upsert_participation(conn: Connection, change: Change) -> None:
    data = payload(change, ParticipationData)
    row = {
        "id": data.id,
        "motion_id": data.motion_id,
        "principal_id": data.principal_id,
        "version": data.version,
        "data": data.model_dump_json(),
    }
    upsert(conn, "participations", row)


def _upsert_event(conn: Connection, change: Change) -> None:
    data = payload(change, AuditEventData)
    row = {"id": data.id, "motion_id": data.motion_id, "seq": data.seq}
    upsert(conn, "motion_events", {**row, "data": data.model_dump_json()})


def _delete_motion(conn: Connection, motion_id: str) -> None:
    conn.execute("DELETE FROM motion_events WHERE motion_id = ?", (motion_id,))
    conn.execute("DELETE FROM participations WHERE motion_id = ?", (motion_id,))
    conn.execute("DELETE FROM motions WHERE id = ?", (motion_id,))


UPSERTERS: dict[Kind, Callable[[Connection, Change], None]] = {
    Kind.MOTION: _upsert_motion,
    Kind.PROXY: _upsert_proxy,
    Kind.PARTICIPATION: _upsert_participation,
    Kind.MOTION_EVENT: _upsert_event,
}

DELETERS: dict[Kind, Callable[[Connection, str], None]] = {
    Kind.MOTION: _delete_motion,
    Kind.PROXY: deleter("proxies"),
    Kind.PARTICIPATION: deleter("participations"),
    Kind.MOTION_EVENT: deleter("motion_events"),
}


# --- reading -----------------------------------------------------------------------------------


def motions(conn: Connection, statuses: Sequence[str] | None = None) -> list[MotionData]:
    """Motions (with one of ``statuses``), soonest deadline first, motions without one last."""
    sql = "SELECT data FROM motions"
    params: tuple[str, ...] = ()
    if statuses is not None:
        sql += f" WHERE status IN ({', '.join('?' for _ in statuses)})"
        params = tuple(statuses)
    sql += " ORDER BY closes_at IS NULL, closes_at, id"
    return [MotionData.model_validate_json(row[0]) for row in conn.execute(sql, params)]


def motion(conn: Connection, motion_id: str) -> MotionData | None:
    row = conn.execute("SELECT data FROM motions WHERE id = ?", (motion_id,)).fetchone()
    return None if row is None else MotionData.model_validate_json(row[0])


def participation(conn: Connection, motion_id: str, principal_id: str) -> ParticipationData | None:
    row = conn.execute(
        "SELECT data FROM participations WHERE motion_id = ? AND principal_id = ? "
        "ORDER BY version DESC LIMIT 1",
        (motion_id, principal_id),
    ).fetchone()
    return None if row is None else ParticipationData.model_validate_json(row[0])


def proxies(conn: Connection, member_id: str) -> list[ProxyData]:
    """Proxies ``member_id`` gave or holds, oldest first."""
    rows = conn.execute(
        "SELECT data FROM proxies WHERE principal_id = ? OR holder_id = ? ORDER BY id",
        (member_id, member_id),
    ).fetchall()
    found = [ProxyData.model_validate_json(row[0]) for row in rows]
    found.sort(key=lambda p: (p.granted_at, p.id))
    return found


def motion_events(conn: Connection, motion_id: str) -> list[AuditEventData]:
    rows = conn.execute(
        "SELECT data FROM motion_events WHERE motion_id = ? ORDER BY seq, id", (motion_id,)
    ).fetchall()
    return [AuditEventData.model_validate_json(row[0]) for row in rows]


# --- my ballots --------------------------------------------------------------------------------

_BALLOT_COLUMNS = (
    "b.id, b.motion_id, b.principal_id, b.receipt, b.choices, b.version, b.outbox_seq, "
    "b.created_at, o.state, o.code, o.message, o.result"
)


def add_ballot(
    conn: Connection,
    motion_id: str,
    principal_id: str,
    receipt: str | None,
    choices: Sequence[str],
    version: int,
    outbox_seq: int,
) -> None:
    conn.execute(
        "INSERT INTO my_ballots (motion_id, principal_id, receipt, choices, version, "
        "outbox_seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            motion_id,
            principal_id,
            receipt,
            json.dumps(list(choices)),
            version,
            outbox_seq,
            to_text(datetime.now(UTC)),
        ),
    )


def ballots(conn: Connection, motion_id: str, principal_id: str) -> list[MyBallot]:
    """The ballots this device cast on a motion for one principal, newest first."""
    rows = conn.execute(
        f"SELECT {_BALLOT_COLUMNS} FROM my_ballots b LEFT JOIN outbox o ON o.seq = b.outbox_seq "
        "WHERE b.motion_id = ? AND b.principal_id = ? ORDER BY b.id DESC",
        (motion_id, principal_id),
    ).fetchall()
    return [_ballot(row) for row in rows]


def move_ballot(conn: Connection, old_seq: int, new_seq: int) -> None:
    """A rejected ballot queued again under a new outbox sequence number."""
    conn.execute("UPDATE my_ballots SET outbox_seq = ? WHERE outbox_seq = ?", (new_seq, old_seq))


def drop_ballot(conn: Connection, seq: int) -> None:
    """A refused ballot given up: it is forgotten, so the one before it (or none) stands."""
    conn.execute("DELETE FROM my_ballots WHERE outbox_seq = ?", (seq,))


def clear_ballots(conn: Connection) -> None:
    """Another member signs in: nothing of the previous one's ballots stays."""
    conn.execute("DELETE FROM my_ballots")


def _ballot(row: tuple[Any, ...]) -> MyBallot:
    id_, motion_id, principal_id, receipt, choices, version, seq, created_at = row[:8]
    state, code, message, result = row[8:]
    return MyBallot(
        id=int(id_),
        motion_id=motion_id,
        principal_id=principal_id,
        receipt=receipt,
        choices=tuple(json.loads(choices)),
        version=int(version),
        outbox_seq=None if seq is None else int(seq),
        created_at=from_text(created_at),
        state=state or "sent",  # an outbox row pruned after it was sent
        code=code,
        message=message,
        result=None if result is None else json.loads(result),
    )
