"""``ballot.cast``: a member's ballot, or one cast for a principal by the holder of their proxy.

The checks, in order, each refusal with its ``VoteErrorCode`` (a refusal never blocks the
outbox: the push stores it and goes on):

1. the motion is open (``motion_not_open``; after the close ``motion_closed``, judged by the
   SERVER clock against ``closes_at``, so an offline ballot that arrives late is refused
   whatever the app's clock said), and the ballot is for its current text (``motion_changed``);
2. the principal is entitled and not recused (``not_entitled``);
3. by proxy: proxies are allowed (``proxies_not_allowed``), a proxy from the principal to
   this member stands (``no_proxy``), and no ballot counts for the principal yet
   (``proxy_already_used``); in person: no proxy of the member stands (``proxy_stands``);
4. a second ballot needs ``allow_change`` (``already_voted``); the choices are valid
   (``invalid_choice``); changing a secret ballot needs its earlier receipt
   (``receipt_unknown``).

Storage keeps who apart from what. ``participations`` says who took part (and who cast it);
an open ballot is kept with its history (an earlier one is marked superseded); a secret ballot
is stored with a random key, its receipt hash and its choices only: no member, no time. The
audit entry and the ``motion_event`` row say who voted, never what.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, select, update

from protocol.base import Request
from protocol.errors import VoteErrorCode
from protocol.models import Kind
from protocol.motions import BallotCastData, BallotKind, BallotMode, MotionStatus, ParticipationData
from protocol.voting import InvalidChoice, receipt_hash, validate_choices
from server.db import tables as t
from server.db.prepared import Prepared
from server.services import audit, changelog, motion_store, proxies
from server.services.changelog import Audience
from server.services.errors import ValidationFailed, VoteRefused
from server.services.records import Member

Code = VoteErrorCode

# The statements of a ballot, built once: building one costs more than running it.
_pc = t.participations.c
_this_participation = (_pc.motion_id == bindparam("b_motion")) & (
    _pc.principal_id == bindparam("b_principal")
)
_PARTICIPATION = Prepared(select(_pc.principal_id).where(_this_participation))
_ADD_PARTICIPATION = Prepared(t.participations.insert(), [c.name for c in t.participations.c])
_CHANGE_PARTICIPATION = Prepared(
    update(t.participations)
    .where(_this_participation)
    .values(
        cast_by=bindparam("b_cast_by"), version=bindparam("b_version"), cast_at=bindparam("b_at")
    )
)
_ADD_PROXY_USE = t.proxy_uses.insert()
_ob = t.open_ballots.c
_ADD_OPEN = Prepared(t.open_ballots.insert(), [c.name for c in t.open_ballots.c])
_ADD_SECRET = Prepared(t.secret_ballots.insert(), [c.name for c in t.secret_ballots.c])
_RECEIPT_TAKEN = Prepared(
    select(t.secret_ballots.c.id).where(
        t.secret_ballots.c.motion_id == bindparam("b_motion"),
        t.secret_ballots.c.receipt_hash == bindparam("b_receipt"),
    )
)
_SUPERSEDE_OPEN = Prepared(
    update(t.open_ballots)
    .where(
        _ob.motion_id == bindparam("b_motion"),
        _ob.principal_id == bindparam("b_principal"),
        _ob.superseded_at.is_(None),
        _ob.void.is_(False),
    )
    .values(superseded_at=bindparam("b_at"))
)


def check_open(motion: Row[Any], version: int | None = None) -> None:
    """Refuse a ballot (or a proxy use) on a motion that is not open now."""
    current = motion_store.status(motion)
    if current in (MotionStatus.CLOSED, MotionStatus.PUBLISHED):
        raise VoteRefused(Code.MOTION_CLOSED, f"Voting closed at {_when(motion.closes_at)}.")
    if current is not MotionStatus.OPEN:
        raise VoteRefused(Code.MOTION_NOT_OPEN, "This motion is not open for voting.")
    if motion.closes_at is not None and t.utcnow() >= motion.closes_at:
        raise VoteRefused(
            Code.MOTION_CLOSED,
            f"Voting closed at {_when(motion.closes_at)}; the ballot arrived after it.",
        )
    if version is not None and version != motion.version:
        raise VoteRefused(
            Code.MOTION_CHANGED,
            f"The text changed (version {motion.version}); this ballot was for version "
            f"{version} and does not count.",
        )


def _when(moment: Any) -> str:
    return "an unknown time" if moment is None else f"{moment:%Y-%m-%d %H:%M} UTC"


def cast(conn: Connection, member: Member, request: Request) -> dict[str, Any]:
    assert isinstance(request, BallotCastData)
    motion = motion_store.visible_row(conn, member, request.motion_id)
    check_open(motion, request.version)
    principal = request.on_behalf_of or member.id
    by_proxy = principal != member.id
    if not motion_store.is_entitled(conn, motion, principal):
        whose = "That member is" if by_proxy else "You are"
        raise VoteRefused(Code.NOT_ENTITLED, f"{whose} not entitled to vote on this motion.")
    key = {"b_motion": motion.id, "b_principal": principal}
    participation = _PARTICIPATION.first(conn, key)
    rules = motion_store.rules(motion)
    proxy = None
    if by_proxy:
        if not proxies.allowed(conn, motion):
            raise VoteRefused(Code.PROXIES_NOT_ALLOWED, "This motion cannot be voted by proxy.")
        held = proxies.standing(conn, motion, principal_id=principal, holder_id=member.id)
        if not held:
            raise VoteRefused(Code.NO_PROXY, "That member has given you no proxy for this vote.")
        proxy = held[0]
        if participation is not None:
            raise VoteRefused(
                Code.PROXY_ALREADY_USED, "A ballot already counts for that member on this motion."
            )
    elif proxies.standing(conn, motion, principal_id=member.id):
        raise VoteRefused(
            Code.PROXY_STANDS, "Your proxy stands for this motion: its holder votes for you."
        )
    if participation is not None and not rules.allow_change:
        raise VoteRefused(Code.ALREADY_VOTED, "You have already voted; this vote cannot change.")
    kind = BallotKind(motion.kind)
    try:
        validate_choices(
            kind,
            [o.id for o in motion_store.options(motion)],
            motion.min_choices,
            motion.max_choices,
            request.choices,
        )
    except InvalidChoice as exc:
        raise VoteRefused(Code.INVALID_CHOICE, str(exc)) from None
    now = t.utcnow()
    changed = participation is not None
    if motion.mode == BallotMode.SECRET:
        _store_secret(conn, motion, request, changed)
    else:
        _store_open(conn, motion, principal, member.id, request.choices, changed)
    if participation is None:
        values = {"motion_id": motion.id, "principal_id": principal, "cast_by": member.id}
        _ADD_PARTICIPATION.execute(conn, {**values, "version": motion.version, "cast_at": now})
    else:
        again = {"b_cast_by": member.id, "b_version": motion.version, "b_at": now}
        _CHANGE_PARTICIPATION.execute(conn, {**key, **again})
    if proxy is not None:
        conn.execute(_ADD_PROXY_USE, {"proxy_id": proxy.id, "motion_id": motion.id})
        proxies.tell(conn, proxy.id)
    audit.append(
        conn,
        "ballot_changed" if changed else "ballot_cast",
        motion_id=motion.id,
        actor_id=member.id,
        on_behalf_of=principal if by_proxy else None,
        detail={"version": motion.version},
        motion=motion,
    )
    row = ParticipationData(
        id=f"{motion.id}:{principal}",
        motion_id=motion.id,
        principal_id=principal,
        cast_by=member.id,
        version=motion.version,
        cast_at=now,
        choices=None if motion.mode == BallotMode.SECRET else list(request.choices),
    )
    for member_id in {principal, member.id}:
        changelog.upsert(conn, Kind.PARTICIPATION, row, Audience.member(member_id))
    return {"version": motion.version, "changed": changed}


def _store_open(
    conn: Connection,
    motion: Row[Any],
    principal: str,
    cast_by: str,
    choices: list[str],
    changed: bool,
) -> None:
    now = t.utcnow()
    if changed:
        _SUPERSEDE_OPEN.execute(
            conn, {"b_motion": motion.id, "b_principal": principal, "b_at": now}
        )
    ballot = {
        "id": secrets.token_hex(16),
        "motion_id": motion.id,
        "principal_id": principal,
        "cast_by": cast_by,
        "version": motion.version,
        "choices": json.dumps(choices),
        "cast_at": now,
        "superseded_at": None,
        "void": False,
    }
    _ADD_OPEN.execute(conn, ballot)


def _store_secret(
    conn: Connection, motion: Row[Any], request: BallotCastData, changed: bool
) -> None:
    if request.receipt_hash is None:
        raise ValidationFailed("A secret ballot carries the hash of its receipt.")
    s = t.secret_ballots.c
    if changed:
        previous = (
            None
            if request.previous_receipt is None
            else receipt_hash(motion.id, request.previous_receipt)
        )
        found = conn.execute(
            select(s.id).where(
                s.motion_id == motion.id,
                s.version == motion.version,
                s.receipt_hash == (previous or ""),
            )
        ).scalar_one_or_none()
        if found is None:
            raise VoteRefused(
                Code.RECEIPT_UNKNOWN,
                "Changing a secret ballot needs the receipt of the earlier one.",
            )
        conn.execute(delete(t.secret_ballots).where(s.id == found))
    receipt = {"b_motion": motion.id, "b_receipt": request.receipt_hash}
    taken = _RECEIPT_TAKEN.first(conn, receipt)
    if taken is not None:
        raise ValidationFailed("That receipt is already used; make a new one.")
    ballot = {
        "id": secrets.token_hex(16),
        "motion_id": motion.id,
        "version": motion.version,
        "receipt_hash": request.receipt_hash,
        "choices": json.dumps(sorted(request.choices)),
    }
    _ADD_SECRET.execute(conn, ballot)
