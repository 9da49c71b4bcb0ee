"""A motion's lifecycle: draft, open, closed, published (or cancelled).

Who may: the secretariat roles (secretary, chair, admin) or the chair of the motion's
committee; ``actor=None`` is the administration command line. Once open only the deadline,
the voters and the text change (``motion_locked`` otherwise); a new text makes a new version
and voids the ballots cast so far (open ballots stay in the history marked void, secret ones
are deleted, participations go). Every step is in the audit log, and the motion's row goes
out again to whoever may see it (see ``motion_store``).
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from protocol.errors import VoteErrorCode
from protocol.models import Kind, Role
from protocol.motions import (
    RESOLUTION_OPTIONS,
    BallotKind,
    MotionData,
    MotionDraft,
    MotionOption,
    MotionStatus,
    MotionUpdate,
)
from server.db import tables as t
from server.services import audit, changelog, directory, motion_store, proxies, results
from server.services.changelog import Audience
from server.services.errors import Forbidden, NotFound, ValidationFailed, VoteRefused
from server.services.records import Member
from server.services.tx import DB, write

RESOLUTION_LABELS = {"for": "For", "against": "Against", "abstain": "Abstain"}
Status = MotionStatus


def _guard(conn: Connection, actor: Member | None, committee_id: str | None) -> str | None:
    if actor is not None and not motion_store.can_manage(conn, actor, committee_id):
        raise Forbidden("Only the secretariat or the committee's chair may manage motions.")
    return None if actor is None else actor.id


def _future(closes_at: datetime | None) -> datetime:
    if closes_at is None:
        raise ValidationFailed("A deadline (closes_at) is needed.")
    moment = closes_at if closes_at.tzinfo else closes_at.replace(tzinfo=t.utcnow().tzinfo)
    if moment <= t.utcnow():
        raise ValidationFailed("The deadline must be in the future.")
    return moment


def _chair(conn: Connection, committee_id: str | None) -> str | None:
    if committee_id is not None:
        c = t.memberships.c
        query = select(c.member_id).where(c.committee_id == committee_id, c.role == "chair")
        return conn.execute(query.order_by(c.member_id)).scalars().first()
    rows = conn.execute(select(t.members).where(t.members.c.active.is_(True)))
    chairs = sorted(m.id for m in map(Member.from_row, rows) if Role.CHAIR in m.roles)
    return chairs[0] if chairs else None


def _voters(conn: Connection, committee_id: str | None, ids: list[str] | None) -> list[str] | None:
    if ids is None:
        return None
    audience = set(motion_store.audience_ids(conn, committee_id))
    unknown = [i for i in ids if i not in audience]
    if unknown:
        raise ValidationFailed(f"Not in the motion's committee or not active: {unknown[0]}.")
    return sorted(set(ids))


def _options(draft: MotionDraft) -> tuple[list[MotionOption], int, int]:
    if draft.kind is BallotKind.RESOLUTION:
        options = [MotionOption(id=i, label=RESOLUTION_LABELS[i]) for i in RESOLUTION_OPTIONS]
        return options, 1, 1
    labels = [label.strip() for label in draft.options]
    if len(labels) < 2 or any(not label for label in labels):
        raise ValidationFailed("A choice or an election needs at least two named options.")
    low, high = draft.min_choices, draft.max_choices
    if draft.kind is BallotKind.ELECTION:
        high = max(high, draft.seats)
    if draft.seats > len(labels) or high > len(labels) or low > high:
        raise ValidationFailed("Seats and choices must fit the options.")
    options = [MotionOption(id=f"o{n}", label=label) for n, label in enumerate(labels, 1)]
    return options, low, high


def _set_documents(conn: Connection, motion_id: str, document_ids: list[str]) -> None:
    conn.execute(delete(t.motion_documents).where(t.motion_documents.c.motion_id == motion_id))
    for position, document_id in enumerate(dict.fromkeys(document_ids)):
        directory.document(conn, document_id)
        conn.execute(
            insert(t.motion_documents).values(
                motion_id=motion_id, document_id=document_id, position=position
            )
        )


def create(db: DB, actor: Member | None, draft: MotionDraft) -> MotionData:
    with write(db) as conn:
        if draft.committee_id is not None:
            directory.committee(conn, draft.committee_id)
        actor_id = _guard(conn, actor, draft.committee_id)
        options, low, high = _options(draft)
        now = t.utcnow()
        motion_id = secrets.token_hex(12)  # short: "motion:member" ids fit in 64 characters
        defaults = motion_store.voting_defaults(conn)
        rules = draft.rules or defaults.rules
        if draft.kind is BallotKind.ELECTION and not defaults.election_proxies:
            # Members' apps read this: a proxy must not look as if it stood on this election.
            rules = rules.model_copy(update={"proxies_allowed": False})
        conn.execute(
            insert(t.motions).values(
                id=motion_id,
                committee_id=draft.committee_id,
                title=draft.title.strip() or draft.title,
                body=draft.body,
                version=1,
                kind=draft.kind.value,
                mode=draft.mode.value,
                options=json.dumps([o.model_dump() for o in options]),
                min_choices=low,
                max_choices=high,
                seats=draft.seats if draft.kind is not BallotKind.RESOLUTION else 1,
                rules=rules.model_dump_json(),
                voters=_json(_voters(conn, draft.committee_id, draft.entitled)),
                recused=json.dumps(sorted(set(draft.recused))),
                status=Status.DRAFT.value,
                opens_at=None,
                closes_at=draft.closes_at,
                chair_id=_chair(conn, draft.committee_id),
                created_by=actor_id,
                created_at=now,
                updated_at=now,
                participants=0,
            )
        )
        _set_documents(conn, motion_id, draft.document_ids)
        audit.append(
            conn, "created", motion_id=motion_id, actor_id=actor_id, detail={"title": draft.title}
        )
        return motion_store.publish_row(conn, motion_id)


def _json(value: list[str] | None) -> str | None:
    return None if value is None else json.dumps(value)


def _managed(conn: Connection, actor: Member | None, motion_id: str) -> tuple[Row[Any], str | None]:
    motion = motion_store.row(conn, motion_id)
    if actor is not None and not motion_store.can_see(conn, actor, motion):
        raise NotFound("No such motion.")
    return motion, _guard(conn, actor, motion.committee_id)


def _set(conn: Connection, motion_id: str, **values: Any) -> None:
    values["updated_at"] = t.utcnow()
    conn.execute(update(t.motions).where(t.motions.c.id == motion_id).values(values))


def _void_ballots(conn: Connection, motion: Row[Any], principals: set[str] | None = None) -> int:
    """Void the ballots of ``principals`` (everyone when None) and forget their participation."""
    p = t.participations.c
    query = select(t.participations).where(p.motion_id == motion.id)
    rows = [r for r in conn.execute(query) if principals is None or r.principal_id in principals]
    for r in rows:
        for member_id in {r.principal_id, r.cast_by}:
            changelog.delete(conn, Kind.PARTICIPATION, f"{motion.id}:{r.principal_id}",
                             Audience.member(member_id))  # fmt: skip
        conn.execute(delete(t.participations).where(p.motion_id == motion.id,
                                                    p.principal_id == r.principal_id))  # fmt: skip
        b = t.open_ballots.c
        conn.execute(
            update(t.open_ballots)
            .where(b.motion_id == motion.id, b.principal_id == r.principal_id)
            .values(void=True)
        )
    if principals is None:
        conn.execute(delete(t.secret_ballots).where(t.secret_ballots.c.motion_id == motion.id))
    u = t.proxy_uses.c
    used = conn.execute(select(t.proxy_uses).where(u.motion_id == motion.id)).all()
    for use in used:
        principal = conn.execute(
            select(t.proxies.c.principal_id).where(t.proxies.c.id == use.proxy_id)
        ).scalar_one()
        if principals is None or principal in principals:
            conn.execute(delete(t.proxy_uses).where(u.proxy_id == use.proxy_id,
                                                    u.motion_id == motion.id))  # fmt: skip
            proxies.tell(conn, use.proxy_id)
    return len(rows)


def update_motion(db: DB, actor: Member | None, motion_id: str, change: MotionUpdate) -> MotionData:
    with write(db) as conn:
        motion, actor_id = _managed(conn, actor, motion_id)
        current = motion_store.status(motion)
        if current not in (Status.DRAFT, Status.OPEN):
            raise VoteRefused(VoteErrorCode.MOTION_LOCKED, "This motion can no longer change.")
        log: list[tuple[str, dict[str, Any]]] = []
        values: dict[str, Any] = {}
        if change.title is not None or change.body is not None:
            values.update(
                {k: v for k, v in (("title", change.title), ("body", change.body)) if v is not None}
            )
            if current is Status.OPEN:
                voided = _void_ballots(conn, motion)
                values["version"] = motion.version + 1
                log.append(("text_changed", {"version": motion.version + 1, "voided": voided}))
            else:
                log.append(("text_changed", {"version": motion.version}))
        if change.closes_at is not None:
            values["closes_at"] = _future(change.closes_at)
            log.append(("extended", {"closes_at": values["closes_at"].isoformat()}))
        if change.entitled is not None or change.recused is not None:
            voters = (
                motion.voters
                if change.entitled is None
                else _json(_voters(conn, motion.committee_id, change.entitled))
            )
            recused = (
                motion.recused
                if change.recused is None
                else json.dumps(sorted(set(change.recused)))
            )
            before = set(motion_store.entitled_ids(conn, motion))
            values.update(voters=voters, recused=recused)
            _set(conn, motion_id, voters=voters, recused=recused)
            after = set(motion_store.entitled_ids(conn, motion_store.row(conn, motion_id)))
            removed = before - after
            if current is Status.OPEN and removed:
                if motion.mode == "secret" and results.has_any_participation(conn, motion, removed):
                    raise VoteRefused(
                        VoteErrorCode.MOTION_LOCKED,
                        "A voter who has cast a secret ballot cannot be removed.",
                    )
                _void_ballots(conn, motion, removed)
            log.append(("voters_changed", {"added": sorted(after - before),
                                           "removed": sorted(removed)}))  # fmt: skip
        if values:
            _set(conn, motion_id, **values)
        for event, detail in log:
            audit.append(conn, event, motion_id=motion_id, actor_id=actor_id, detail=detail)
        return motion_store.publish_row(conn, motion_id)


def _transition(
    db: DB,
    actor: Member | None,
    motion_id: str,
    allowed: tuple[MotionStatus, ...],
    refusal: VoteErrorCode,
    event: str,
    **values: Any,
) -> MotionData:
    with write(db) as conn:
        motion, actor_id = _managed(conn, actor, motion_id)
        if motion_store.status(motion) not in allowed:
            raise VoteRefused(refusal, f"A motion that is {motion.status} cannot be {event}.")
        detail: dict[str, Any] = {}
        if "closes_at" in values:
            detail = {"closes_at": values["closes_at"].isoformat()}
            if motion.closes_at is not None:
                detail["previous"] = motion.closes_at.isoformat()
        _set(conn, motion_id, **values)
        audit.append(conn, event, motion_id=motion_id, actor_id=actor_id, detail=detail)
        return motion_store.publish_row(conn, motion_id)


def open_motion(db: DB, actor: Member | None, motion_id: str, closes_at: datetime) -> MotionData:
    return _transition(db, actor, motion_id, (Status.DRAFT,), VoteErrorCode.MOTION_LOCKED,
                       "opened", status=Status.OPEN.value, opens_at=t.utcnow(),
                       closes_at=_future(closes_at))  # fmt: skip


def extend(db: DB, actor: Member | None, motion_id: str, closes_at: datetime) -> MotionData:
    return _transition(db, actor, motion_id, (Status.OPEN,), VoteErrorCode.MOTION_NOT_OPEN,
                       "extended", closes_at=_future(closes_at))  # fmt: skip


def reopen(db: DB, actor: Member | None, motion_id: str, closes_at: datetime) -> MotionData:
    return _transition(db, actor, motion_id, (Status.CLOSED,), VoteErrorCode.MOTION_LOCKED,
                       "reopened", status=Status.OPEN.value, result=None,
                       closes_at=_future(closes_at))  # fmt: skip


def cancel(db: DB, actor: Member | None, motion_id: str) -> MotionData:
    allowed = (Status.DRAFT, Status.OPEN, Status.CLOSED)
    return _transition(db, actor, motion_id, allowed, VoteErrorCode.MOTION_LOCKED, "cancelled",
                       status=Status.CANCELLED.value)  # fmt: skip


def close(db: DB, actor: Member | None, motion_id: str) -> MotionData:
    with write(db) as conn:
        _, actor_id = _managed(conn, actor, motion_id)
        results.close(conn, motion_id, actor_id)
        return motion_store.data(conn, motion_store.row(conn, motion_id))


def publish(db: DB, actor: Member | None, motion_id: str) -> MotionData:
    with write(db) as conn:
        _, actor_id = _managed(conn, actor, motion_id)
        results.publish(conn, motion_id, actor_id)
        return motion_store.data(conn, motion_store.row(conn, motion_id))
