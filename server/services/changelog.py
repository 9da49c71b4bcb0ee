"""Writing the change log. Call these inside the transaction that makes the change itself, so
the log and the data can never disagree.

The audience decides who sees a row when they pull (membership is judged at pull time):

- neither committee nor member: the whole organisation;
- a committee: the members of that committee;
- a member: that member only;
- both: that member, only while they belong to that committee (the history replayed when
  they join, so it stops reaching a new device of theirs once they have left).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from protocol.base import Payload
from protocol.models import Kind, Op
from server.db.prepared import Prepared
from server.db.tables import changes, utcnow

_COLUMNS = ("kind", "entity_id", "op", "data", "committee_id", "member_id", "created_at")
_INSERT = Prepared(changes.insert(), _COLUMNS)  # compiled once: it runs in every write


@dataclass(frozen=True)
class Audience:
    committee_id: str | None = None
    member_id: str | None = None

    @classmethod
    def organisation(cls) -> Audience:
        return cls()

    @classmethod
    def committee(cls, committee_id: str | None) -> Audience:
        """A committee's members; ``None`` (an organisation-wide item) means everyone."""
        return cls(committee_id=committee_id)

    @classmethod
    def member(cls, member_id: str) -> Audience:
        return cls(member_id=member_id)

    @classmethod
    def member_in_committee(cls, member_id: str, committee_id: str) -> Audience:
        return cls(committee_id=committee_id, member_id=member_id)


def record(
    conn: Connection, kind: Kind, entity_id: str, op: Op, data: Payload | None, audience: Audience
) -> int:
    """Append one row and return its seq."""
    if (op is Op.DELETE) != (data is None):
        raise ValueError("an upsert carries data, a delete does not")
    values = {
        "kind": kind.value,
        "entity_id": entity_id,
        "op": op.value,
        "data": None if data is None else data.model_dump_json(),
        "committee_id": audience.committee_id,
        "member_id": audience.member_id,
        "created_at": utcnow(),
    }
    return _INSERT.insert(conn, values)


def upsert(conn: Connection, kind: Kind, data: Payload, audience: Audience) -> int:
    entity_id = getattr(data, "id", None)
    if not isinstance(entity_id, str):
        raise ValueError("an entity payload needs an id")
    return record(conn, kind, entity_id, Op.UPSERT, data, audience)


def delete(conn: Connection, kind: Kind, entity_id: str, audience: Audience) -> int:
    return record(conn, kind, entity_id, Op.DELETE, None, audience)
