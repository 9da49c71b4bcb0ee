"""Results: the tally of a motion (``protocol.voting``), closing motions when their deadline
passes, publishing, and the live result a member may see.

Motions close by themselves: ``close_due_motions`` runs at every push, pull and result request
(it writes only when a deadline has passed), so a late ballot is refused whatever the
client's clock says. At the close the participants and the result are computed and stored;
publishing adds the list of ballots: shuffled ``{receipt_hash, choices}`` for a secret ballot,
named ``{member_id, cast_by, choices}`` for an open one.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from sqlalchemy import Connection, Engine, Row, bindparam, func, select, update

from protocol.errors import VoteErrorCode
from protocol.motions import (
    BallotKind,
    BallotMode,
    LiveResult,
    MotionResult,
    MotionStatus,
    PublishedBallot,
    ResultsVisibility,
)
from protocol.voting import Ballot, effective_rules, tally
from server.db import tables as t
from server.db.engine import reading, writing
from server.db.prepared import Prepared
from server.services import audit, motion_store
from server.services.errors import VoteRefused
from server.services.records import Member
from server.services.tx import DB, read


def participants(conn: Connection, motion: Row[Any]) -> int:
    p = t.participations.c
    query = select(func.count()).where(p.motion_id == motion.id, p.version == motion.version)
    return int(conn.execute(query).scalar_one())


def current_open_ballots(conn: Connection, motion: Row[Any]) -> list[Row[Any]]:
    b = t.open_ballots.c
    query = (
        select(t.open_ballots)
        .where(
            b.motion_id == motion.id,
            b.version == motion.version,
            b.superseded_at.is_(None),
            b.void.is_(False),
        )
        .order_by(b.principal_id)
    )
    return list(conn.execute(query))


def ballots(conn: Connection, motion: Row[Any]) -> list[Ballot]:
    """The ballots that count now (the last of each principal, on the current text)."""
    if motion.mode == BallotMode.SECRET:
        s = t.secret_ballots.c
        rows = conn.execute(
            select(s.choices).where(s.motion_id == motion.id, s.version == motion.version)
        ).scalars()
        return [Ballot(choices=tuple(json.loads(choices))) for choices in rows]
    entitled = set(motion_store.entitled_ids(conn, motion))
    return [
        Ballot(choices=tuple(json.loads(b.choices)), voter_id=b.principal_id)
        for b in current_open_ballots(conn, motion)
        if b.principal_id in entitled
    ]


def compute(conn: Connection, motion: Row[Any]) -> MotionResult:
    counted = ballots(conn, motion)
    entitled = max(len(motion_store.entitled_ids(conn, motion)), len(counted))
    return tally(
        kind=BallotKind(motion.kind),
        mode=BallotMode(motion.mode),
        option_ids=[o.id for o in motion_store.options(motion)],
        seats=motion.seats,
        rules=motion_store.rules(motion),
        entitled=entitled,
        ballots=counted,
        chair_id=motion.chair_id,
        min_choices=motion.min_choices,
        max_choices=motion.max_choices,
    )


def close(conn: Connection, motion_id: str, actor_id: str | None) -> None:
    """Close an open motion now: store its participants and result, log it, tell everyone."""
    motion = motion_store.row(conn, motion_id)
    if motion_store.status(motion) is not MotionStatus.OPEN:
        raise VoteRefused(VoteErrorCode.MOTION_NOT_OPEN, "Only an open motion can be closed.")
    result = compute(conn, motion)
    now = t.utcnow()
    closes_at = motion.closes_at if actor_id is None else min(motion.closes_at or now, now)
    conn.execute(
        update(t.motions)
        .where(t.motions.c.id == motion_id)
        .values(
            status=MotionStatus.CLOSED.value,
            closes_at=closes_at,
            participants=participants(conn, motion),
            result=result.model_dump_json(),
            updated_at=now,
        )
    )
    detail = {"participants": result.participants, "outcome": result.outcome.value}
    if actor_id is None:
        detail["automatic"] = True
    audit.append(conn, "closed", motion_id=motion_id, actor_id=actor_id, detail=detail)
    motion_store.publish_row(conn, motion_id)


_m = t.motions.c
_DUE = Prepared(
    select(_m.id)
    .where(_m.status == MotionStatus.OPEN.value, _m.closes_at <= bindparam("b_now"))
    .order_by(_m.closes_at, _m.id)
)


def due_motion_ids(conn: Connection) -> list[str]:
    return _DUE.scalars(conn, {"b_now": t.utcnow()})


def close_due(conn: Connection) -> list[str]:
    """Inside a write transaction: close every open motion whose deadline has passed (one
    indexed query when none has)."""
    due = due_motion_ids(conn)
    for motion_id in due:
        close(conn, motion_id, None)
    return due


def close_due_motions(engine: Engine) -> list[str]:
    """Close every open motion whose deadline has passed; writes only when there is one."""
    with reading(engine) as conn:
        if not due_motion_ids(conn):
            return []
    with writing(engine) as conn:
        return close_due(conn)


def published_ballots(conn: Connection, motion: Row[Any]) -> list[PublishedBallot]:
    if motion.mode == BallotMode.SECRET:
        s = t.secret_ballots.c
        rows = conn.execute(
            select(s.receipt_hash, s.choices).where(
                s.motion_id == motion.id, s.version == motion.version
            )
        ).all()
        shuffled = [
            PublishedBallot(receipt_hash=r.receipt_hash, choices=json.loads(r.choices))
            for r in rows
        ]
        secrets.SystemRandom().shuffle(shuffled)
        return shuffled
    return [
        PublishedBallot(member_id=b.principal_id, cast_by=b.cast_by, choices=json.loads(b.choices))
        for b in current_open_ballots(conn, motion)
    ]


def publish(conn: Connection, motion_id: str, actor_id: str | None) -> None:
    motion = motion_store.row(conn, motion_id)
    if motion_store.status(motion) is not MotionStatus.CLOSED:
        raise VoteRefused(VoteErrorCode.MOTION_NOT_OPEN, "Only a closed motion can be published.")
    result = compute(conn, motion)
    listed = [b.model_dump(mode="json", exclude_none=True) for b in published_ballots(conn, motion)]
    conn.execute(
        update(t.motions)
        .where(t.motions.c.id == motion_id)
        .values(
            status=MotionStatus.PUBLISHED.value,
            participants=participants(conn, motion),
            result=result.model_dump_json(),
            ballots=json.dumps(listed),
            updated_at=t.utcnow(),
        )
    )
    detail = {"outcome": result.outcome.value, "ballots": len(listed)}
    audit.append(conn, "published", motion_id=motion_id, actor_id=actor_id, detail=detail)
    motion_store.publish_row(conn, motion_id)


def has_voted(conn: Connection, motion: Row[Any], member_id: str) -> bool:
    p = t.participations.c
    query = select(p.principal_id).where(
        p.motion_id == motion.id, p.principal_id == member_id, p.version == motion.version
    )
    return conn.execute(query).first() is not None


def has_any_participation(conn: Connection, motion: Row[Any], principals: set[str]) -> bool:
    p = t.participations.c
    query = select(p.principal_id).where(p.motion_id == motion.id, p.principal_id.in_(principals))
    return conn.execute(query).first() is not None


def live_result(db: DB, member: Member, motion_id: str) -> LiveResult:
    """The result when the rules let this member see it: ``live`` anyone entitled (and the
    secretariat), ``after_vote`` once they have voted, ``after_close`` once closed."""
    with read(db) as conn:
        motion = motion_store.visible_row(conn, member, motion_id)
        current = motion_store.status(motion)
        if current in (MotionStatus.CLOSED, MotionStatus.PUBLISHED):
            result = MotionResult.model_validate_json(motion.result) if motion.result else None
            return LiveResult(motion_id=motion_id, status=current, result=result, visible=True)
        if current is not MotionStatus.OPEN:
            return LiveResult(
                motion_id=motion_id,
                status=current,
                result=None,
                visible=False,
                reason="after_close",
            )
        rules = effective_rules(
            BallotKind(motion.kind), BallotMode(motion.mode), motion_store.rules(motion)
        )
        entitled = motion_store.is_entitled(conn, motion, member.id)
        manager = motion_store.can_manage(conn, member, motion.committee_id)
        visibility = rules.results_visibility
        if visibility is ResultsVisibility.LIVE and (entitled or manager):
            visible, reason = True, None
        elif visibility is ResultsVisibility.AFTER_VOTE and has_voted(conn, motion, member.id):
            visible, reason = True, None
        elif visibility is ResultsVisibility.AFTER_VOTE and (entitled or manager):
            visible, reason = False, "after_vote"
        else:
            visible, reason = False, "after_close"
        result = compute(conn, motion) if visible else None
        return LiveResult(
            motion_id=motion_id, status=current, result=result, visible=visible, reason=reason
        )
