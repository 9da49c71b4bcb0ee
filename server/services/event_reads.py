"""What the live event hub reads of the database, in its own thread: the new change rows of a
commit (with their contents when a poke may carry its page), the memberships, the devices that
may no longer listen. The hub itself is ``server.services.events``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, or_, select

from protocol.models import Kind
from protocol.network import POKE_PAGE_MAX_CHANGES
from server.db import tables as t
from server.db.engine import reading
from server.services.event_pages import contents_of


@dataclass
class Newest:
    """The newest seq of a batch of change rows, for each audience."""

    organisation: int = 0
    committees: dict[str, int] = field(default_factory=dict)
    members: dict[str, int] = field(default_factory=dict)
    members_in: dict[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: Iterable[Any]) -> Newest:
        newest = cls()
        for row in rows:  # by seq: a later row overwrites
            if row.member_id is None and row.committee_id is None:
                newest.organisation = row.seq
            elif row.member_id is None:
                newest.committees[row.committee_id] = row.seq
            elif row.committee_id is None:
                newest.members[row.member_id] = row.seq
            else:
                newest.members_in[(row.member_id, row.committee_id)] = row.seq
        return newest

    def for_member(self, member_id: str, committee_ids: frozenset[str]) -> int:
        seq = max(self.organisation, self.members.get(member_id, 0))
        for committee_id in committee_ids:
            seq = max(
                seq,
                self.committees.get(committee_id, 0),
                self.members_in.get((member_id, committee_id), 0),
            )
        return seq


@dataclass
class Batch:
    """What one read found: the new rows, the newest seq of its snapshot, the memberships
    (when membership rows passed) and the devices that may no longer listen."""

    rows: Sequence[Any]
    end: int
    memberships: dict[str, frozenset[str]] | None
    refused_devices: set[str]
    #: ``(seq, kind, entity id, op, data JSON)`` of each row when the batch is small enough
    #: for pokes to carry their page; None otherwise.
    contents: Sequence[Any] | None = None
    start: int = 0  # the seq the batch follows on from
    log_id: str = ""


def _visible(member_id: str, committee_ids: Iterable[str]) -> Any:
    """The change rows a member may see (the rule of ``server.services.sync.pull``)."""
    c = t.changes.c
    mine = c.committee_id.in_(sorted(committee_ids))
    return or_(
        and_(c.member_id.is_(None), or_(c.committee_id.is_(None), mine)),
        and_(c.member_id == member_id, or_(c.committee_id.is_(None), mine)),
    )


def _max_seq(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(t.changes.c.seq), 0))).scalar_one())


def _committee_ids(conn: Connection, member_id: str) -> frozenset[str]:
    rows = conn.execute(
        select(t.memberships.c.committee_id).where(t.memberships.c.member_id == member_id)
    )
    return frozenset(row.committee_id for row in rows)


def _all_memberships(conn: Connection) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in conn.execute(select(t.memberships.c.member_id, t.memberships.c.committee_id)):
        found.setdefault(row.member_id, set()).add(row.committee_id)
    return {member_id: frozenset(ids) for member_id, ids in found.items()}


def _refused_devices(conn: Connection, device_ids: Sequence[str]) -> set[str]:
    """Those of ``device_ids`` that are revoked, or whose member is disabled or gone."""
    refused: set[str] = set()
    d, m = t.devices.c, t.members.c
    for start in range(0, len(device_ids), 500):
        chunk = device_ids[start : start + 500]
        allowed = conn.execute(
            select(d.id)
            .join(t.members, m.id == d.member_id)
            .where(d.id.in_(chunk), d.revoked_at.is_(None), m.active.is_(True))
        )
        refused |= set(chunk) - {row.id for row in allowed}
    return refused


# --- reads (in the hub's thread) -------------------------------------------------------------


def read_end(engine: Engine) -> int:
    with reading(engine) as conn:
        return _max_seq(conn)


def load_member(engine: Engine, member_id: str) -> tuple[frozenset[str], int, int]:
    """The member's committees, the log's end and the newest seq they may see, in one
    snapshot."""
    with reading(engine) as conn:
        committee_ids = _committee_ids(conn, member_id)
        end = _max_seq(conn)
        newest = conn.execute(
            select(t.changes.c.seq)
            .where(_visible(member_id, committee_ids))
            .order_by(t.changes.c.seq.desc())
            .limit(1)
        ).scalar()
    return committee_ids, end, int(newest or 0)


def read_batch(engine: Engine, after: int, device_ids: Sequence[str]) -> Batch:
    c = t.changes.c
    with reading(engine) as conn:
        rows = conn.execute(
            select(c.seq, c.kind, c.committee_id, c.member_id).where(c.seq > after).order_by(c.seq)
        ).all()
        end = rows[-1].seq if rows else after
        memberships = None
        if any(row.kind == Kind.MEMBERSHIP.value for row in rows):
            memberships = _all_memberships(conn)
        refused = _refused_devices(conn, device_ids)
        contents, log = None, ""
        if 0 < len(rows) <= POKE_PAGE_MAX_CHANGES:
            contents = contents_of(conn, after, end)
            log = str(conn.execute(select(t.meta.c.value).where(t.meta.c.key == "log_id")).scalar())
    return Batch(
        rows=rows,
        end=end,
        memberships=memberships,
        refused_devices=refused,
        contents=contents,
        start=after,
        log_id=log,
    )
