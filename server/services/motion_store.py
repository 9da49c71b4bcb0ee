"""Motions as stored: reading a row into ``MotionData``, who is entitled, who may manage a
motion, who sees it, and the organisation's voting defaults. Queries and change-log rows only;
the lifecycle lives in ``motions``, ballots in ``ballots``.

Who sees a motion's row in the change log: a draft goes only to the secretariat (and the
committee's chair); from ``open`` on it goes to its audience (the committee, or everyone for an
organisation-wide motion) and to every member of the secretariat.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Row, bindparam, select

from protocol.models import Kind
from protocol.motions import (
    BallotKind,
    BallotMode,
    MotionData,
    MotionOption,
    MotionResult,
    MotionRules,
    MotionStatus,
    PublishedBallot,
)
from server.db import tables as t
from server.db.prepared import Prepared
from server.services import changelog
from server.services.changelog import Audience
from server.services.errors import NotFound
from server.services.records import Member

VOTING_DEFAULTS_KEY = "voting_defaults"

# Statements of the ballot path, built once (building one costs more than running it).
_ROW = select(t.motions).where(t.motions.c.id == bindparam("motion_id"))
_ROLE = select(t.memberships.c.role).where(
    t.memberships.c.committee_id == bindparam("committee_id"),
    t.memberships.c.member_id == bindparam("member_id"),
)
_ACTIVE_QUERY = select(t.members.c.id).where(
    t.members.c.id == bindparam("member_id"), t.members.c.active.is_(True)
)
_ACTIVE = Prepared(_ACTIVE_QUERY)
_ACTIVE_IN_COMMITTEE = Prepared(
    _ACTIVE_QUERY.join(t.memberships, t.memberships.c.member_id == t.members.c.id).where(
        t.memberships.c.committee_id == bindparam("committee_id")
    )
)


@dataclass(frozen=True)
class VotingDefaults:
    """What the organisation configures: the rules a new motion starts from, and whether an
    election of persons may be voted by proxy."""

    rules: MotionRules
    election_proxies: bool = False


def voting_defaults(conn: Connection) -> VotingDefaults:
    value = conn.execute(
        select(t.meta.c.value).where(t.meta.c.key == VOTING_DEFAULTS_KEY)
    ).scalar_one_or_none()
    if value is None:
        return VotingDefaults(rules=MotionRules())
    raw = json.loads(value)
    return VotingDefaults(
        rules=MotionRules.model_validate(raw.get("rules", {})),
        election_proxies=bool(raw.get("election_proxies", False)),
    )


def set_voting_defaults(conn: Connection, defaults: VotingDefaults) -> None:
    value = json.dumps(
        {
            "rules": defaults.rules.model_dump(mode="json"),
            "election_proxies": defaults.election_proxies,
        }
    )
    where = t.meta.c.key == VOTING_DEFAULTS_KEY
    if conn.execute(select(t.meta.c.key).where(where)).first() is None:
        conn.execute(t.meta.insert().values(key=VOTING_DEFAULTS_KEY, value=value))
    else:
        conn.execute(t.meta.update().where(where).values(value=value))


def row(conn: Connection, motion_id: str) -> Row[Any]:
    found = conn.execute(_ROW, {"motion_id": motion_id}).first()
    if found is None:
        raise NotFound("No such motion.")
    return found


def status(motion: Row[Any]) -> MotionStatus:
    return MotionStatus(motion.status)


def rules(motion: Row[Any]) -> MotionRules:
    return MotionRules.model_validate_json(motion.rules)


def options(motion: Row[Any]) -> list[MotionOption]:
    return [MotionOption.model_validate(o) for o in json.loads(motion.options)]


def recused(motion: Row[Any]) -> list[str]:
    return list(json.loads(motion.recused))


@lru_cache(maxsize=64)
def _id_set(text: str) -> frozenset[str]:
    """The ids of a JSON list column, decoded once per distinct value (a pure function of
    the text, so it can never be stale)."""
    return frozenset(json.loads(text))


def audience_ids(conn: Connection, committee_id: str | None) -> list[str]:
    """The active members of a committee, or of the organisation."""
    m = t.members.c
    query = select(m.id).where(m.active.is_(True)).order_by(m.id)
    if committee_id is not None:
        query = query.join(t.memberships, t.memberships.c.member_id == m.id).where(
            t.memberships.c.committee_id == committee_id
        )
    return list(conn.execute(query).scalars())


def entitled_ids(conn: Connection, motion: Row[Any]) -> list[str]:
    """Who may vote: the listed voters (or the audience), active, minus the recused."""
    audience = audience_ids(conn, motion.committee_id)
    if motion.voters is not None:
        listed = set(json.loads(motion.voters))
        audience = [member_id for member_id in audience if member_id in listed]
    out = set(recused(motion))
    return [member_id for member_id in audience if member_id not in out]


def is_entitled(conn: Connection, motion: Row[Any], member_id: str) -> bool:
    """``member_id in entitled_ids(conn, motion)``, by one primary-key lookup."""
    if member_id in _id_set(motion.recused):
        return False
    if motion.voters is not None and member_id not in _id_set(motion.voters):
        return False
    if motion.committee_id is None:
        found = _ACTIVE.first(conn, {"member_id": member_id})
    else:
        params = {"member_id": member_id, "committee_id": motion.committee_id}
        found = _ACTIVE_IN_COMMITTEE.first(conn, params)
    return found is not None


def in_audience(conn: Connection, motion: Row[Any], member_id: str) -> bool:
    if motion.committee_id is None:
        return True
    return committee_role(conn, motion.committee_id, member_id) is not None


def committee_role(conn: Connection, committee_id: str | None, member_id: str) -> str | None:
    """The member's role in the committee; None when they are not in it (or no committee)."""
    if committee_id is None:
        return None
    params = {"committee_id": committee_id, "member_id": member_id}
    return conn.execute(_ROLE, params).scalar_one_or_none()


def can_manage(conn: Connection, member: Member, committee_id: str | None) -> bool:
    """The secretariat roles, or the chair of the motion's committee."""
    return member.is_secretariat or committee_role(conn, committee_id, member.id) == "chair"


def can_see(conn: Connection, member: Member, motion: Row[Any]) -> bool:
    """Those who manage it, and its audience once it is no longer a draft (one lookup)."""
    if member.is_secretariat:
        return True
    role = committee_role(conn, motion.committee_id, member.id)
    if role == "chair":
        return True
    in_audience = motion.committee_id is None or role is not None
    return status(motion) is not MotionStatus.DRAFT and in_audience


def visible_row(conn: Connection, member: Member, motion_id: str) -> Row[Any]:
    """The motion, or not_found when this member may not see it (the same answer)."""
    motion = row(conn, motion_id)
    if not can_see(conn, member, motion):
        raise NotFound("No such motion.")
    return motion


def document_ids(conn: Connection, motion_id: str) -> list[str]:
    d = t.motion_documents.c
    query = select(d.document_id).where(d.motion_id == motion_id).order_by(d.position)
    return list(conn.execute(query).scalars())


def data(conn: Connection, motion: Row[Any]) -> MotionData:
    """The motion as members see it: the result from the close, the ballots once published."""
    current = status(motion)
    closed = current in (MotionStatus.CLOSED, MotionStatus.PUBLISHED)
    published = current is MotionStatus.PUBLISHED
    return MotionData(
        id=motion.id,
        committee_id=motion.committee_id,
        title=motion.title,
        body=motion.body,
        version=motion.version,
        kind=BallotKind(motion.kind),
        mode=BallotMode(motion.mode),
        options=options(motion),
        min_choices=motion.min_choices,
        max_choices=motion.max_choices,
        seats=motion.seats,
        rules=rules(motion),
        status=current,
        opens_at=motion.opens_at,
        closes_at=motion.closes_at,
        entitled=entitled_ids(conn, motion),
        recused=recused(motion),
        chair_id=motion.chair_id,
        document_ids=document_ids(conn, motion.id),
        created_by=motion.created_by,
        participants=motion.participants,
        result=MotionResult.model_validate_json(motion.result)
        if closed and motion.result
        else None,
        ballots=[PublishedBallot.model_validate(b) for b in json.loads(motion.ballots)]
        if published and motion.ballots
        else None,
    )


def secretariat_ids(conn: Connection) -> list[str]:
    rows = conn.execute(select(t.members).where(t.members.c.active.is_(True)))
    return sorted(m.id for m in map(Member.from_row, rows) if m.is_secretariat)


def managers_outside(conn: Connection, motion: Row[Any]) -> list[str]:
    """Those who manage the motion but would not get it through its audience."""
    ids = set(secretariat_ids(conn))
    if motion.committee_id is not None:
        where = (t.memberships.c.committee_id == motion.committee_id) & (
            t.memberships.c.role == "chair"
        )
        ids |= set(conn.execute(select(t.memberships.c.member_id).where(where)).scalars())
    if status(motion) is MotionStatus.DRAFT:
        return sorted(ids)
    return sorted(i for i in ids if not in_audience(conn, motion, i))


def audience(motion: Row[Any]) -> Audience:
    return Audience.committee(motion.committee_id)


def publish_row(conn: Connection, motion_id: str) -> MotionData:
    """Write the motion's row to the change log for everyone who may see it now."""
    motion = row(conn, motion_id)
    payload = data(conn, motion)
    if status(motion) is not MotionStatus.DRAFT:
        changelog.upsert(conn, Kind.MOTION, payload, audience(motion))
    for member_id in managers_outside(conn, motion):
        changelog.upsert(conn, Kind.MOTION, payload, Audience.member(member_id))
    return payload
