"""Proxies (pouvoirs): ``proxy.grant`` and ``proxy.revoke`` through the outbox.

A member (the principal) hands their vote to another member (the holder) for one motion, or
for every motion closing between ``starts_at`` and ``ends_at``. Rules, each refusal with its
``VoteErrorCode``:

- to oneself, to someone who is not an active member (or not entitled to the motion), a
  range that ends before it starts, a range or motion already covered by another standing
  proxy of the principal: ``proxy_invalid``;
- proxies off for the motion, or an election when the organisation does not allow proxies
  in elections: ``proxies_not_allowed``;
- the holder already holds ``proxy_cap`` standing proxies that apply to the motion (or that
  overlap the range): ``proxy_cap_reached``;
- revoking a proxy its holder has used on a motion still open: ``proxy_used``.

Grants and revocations are audited with both names; the proxy row goes to the principal and
the holder only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, insert, select, update

from protocol.base import Request
from protocol.errors import VoteErrorCode
from protocol.models import Kind
from protocol.motions import (
    BallotKind,
    MotionStatus,
    ProxyData,
    ProxyGrantData,
    ProxyRevokeData,
)
from server.db import tables as t
from server.services import audit, changelog, directory, motion_store, results
from server.services.changelog import Audience
from server.services.errors import NotFound, VoteRefused
from server.services.records import Member
from server.services.tx import DB, read

INVALID = VoteErrorCode.PROXY_INVALID

_p = t.proxies.c
_NOT_REVOKED = select(t.proxies).where(_p.revoked_at.is_(None)).order_by(_p.granted_at, _p.id)
_NOT_REVOKED_OF_PRINCIPAL = _NOT_REVOKED.where(_p.principal_id == bindparam("b_member"))
_NOT_REVOKED_OF_HOLDER = _NOT_REVOKED.where(_p.holder_id == bindparam("b_member"))


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=t.utcnow().tzinfo)


def data(conn: Connection, proxy: Row[Any]) -> ProxyData:
    uses = conn.execute(
        select(t.proxy_uses.c.motion_id)
        .where(t.proxy_uses.c.proxy_id == proxy.id)
        .order_by(t.proxy_uses.c.motion_id)
    ).scalars()
    return ProxyData(
        id=proxy.id,
        principal_id=proxy.principal_id,
        holder_id=proxy.holder_id,
        motion_id=proxy.motion_id,
        starts_at=proxy.starts_at,
        ends_at=proxy.ends_at,
        granted_at=proxy.granted_at,
        revoked_at=proxy.revoked_at,
        used_on=list(uses),
    )


def tell(conn: Connection, proxy_id: str) -> ProxyData:
    """Send the proxy's row to its principal and its holder."""
    proxy = conn.execute(select(t.proxies).where(t.proxies.c.id == proxy_id)).one()
    payload = data(conn, proxy)
    for member_id in {proxy.principal_id, proxy.holder_id}:
        changelog.upsert(conn, Kind.PROXY, payload, Audience.member(member_id))
    return payload


def applies(proxy: Row[Any], motion: Row[Any]) -> bool:
    if proxy.motion_id is not None:
        return bool(proxy.motion_id == motion.id)
    closes = motion.closes_at
    return closes is not None and proxy.starts_at <= closes <= proxy.ends_at


def allowed(conn: Connection, motion: Row[Any]) -> bool:
    """Whether this motion may be voted by proxy."""
    if not motion_store.rules(motion).proxies_allowed:
        return False
    if motion.kind == BallotKind.ELECTION:
        return motion_store.voting_defaults(conn).election_proxies
    return True


def standing(
    conn: Connection,
    motion: Row[Any],
    *,
    principal_id: str | None = None,
    holder_id: str | None = None,
) -> list[Row[Any]]:
    """The proxies not revoked that apply to ``motion`` of a principal, held by a holder (or
    both), oldest first. None stand when the motion does not allow proxies."""
    if not allowed(conn, motion):
        return []
    if principal_id is not None:
        rows = conn.execute(_NOT_REVOKED_OF_PRINCIPAL, {"b_member": principal_id})
    elif holder_id is not None:
        rows = conn.execute(_NOT_REVOKED_OF_HOLDER, {"b_member": holder_id})
    else:
        raise ValueError("standing proxies of a principal or of a holder")
    return [
        proxy for proxy in rows if applies(proxy, motion) and holder_id in (None, proxy.holder_id)
    ]


def _overlapping(
    conn: Connection,
    starts: datetime,
    ends: datetime,
    *,
    principal_id: str | None = None,
    holder_id: str | None = None,
) -> list[Row[Any]]:
    """Standing proxies whose reach meets the range: range proxies that overlap it and motion
    proxies whose motion closes within it."""
    p = t.proxies.c
    query = select(t.proxies).where(p.revoked_at.is_(None))
    if principal_id is not None:
        query = query.where(p.principal_id == principal_id)
    if holder_id is not None:
        query = query.where(p.holder_id == holder_id)
    found = []
    for proxy in conn.execute(query):
        if proxy.motion_id is None:
            if proxy.starts_at <= ends and starts <= proxy.ends_at:
                found.append(proxy)
            continue
        motion = motion_store.row(conn, proxy.motion_id)
        if motion.closes_at is not None and starts <= motion.closes_at <= ends:
            found.append(proxy)
    return found


def grant(conn: Connection, member: Member, request: Request) -> dict[str, Any] | None:
    assert isinstance(request, ProxyGrantData)
    existing = conn.execute(select(t.proxies).where(t.proxies.c.id == request.proxy_id)).first()
    if existing is not None:
        if existing.principal_id == member.id and existing.holder_id == request.holder_id:
            return {"proxy_id": existing.id}  # the same grant again
        raise VoteRefused(INVALID, "That proxy id is already taken.")
    if request.holder_id == member.id:
        raise VoteRefused(INVALID, "A proxy goes to another member, not to oneself.")
    try:
        holder = directory.member(conn, request.holder_id)
    except NotFound:
        raise VoteRefused(INVALID, "The holder is not a member.") from None
    if not holder.active:
        raise VoteRefused(INVALID, "The holder is not an active member.")
    defaults = motion_store.voting_defaults(conn)
    starts, ends = _utc(request.starts_at), _utc(request.ends_at)
    if request.motion_id is not None:
        motion = motion_store.visible_row(conn, member, request.motion_id)
        if motion_store.status(motion) not in (MotionStatus.DRAFT, MotionStatus.OPEN):
            raise VoteRefused(VoteErrorCode.MOTION_CLOSED, "That motion is no longer open.")
        if not allowed(conn, motion):
            raise VoteRefused(
                VoteErrorCode.PROXIES_NOT_ALLOWED, "This motion cannot be voted by proxy."
            )
        entitled = motion_store.entitled_ids(conn, motion)
        if member.id not in entitled:
            raise VoteRefused(VoteErrorCode.NOT_ENTITLED, "You are not entitled to this vote.")
        if holder.id not in entitled:
            raise VoteRefused(INVALID, "The holder is not entitled to this vote.")
        if standing(conn, motion, principal_id=member.id):
            raise VoteRefused(INVALID, "A proxy of yours already covers this motion.")
        if results.has_any_participation(conn, motion, {member.id}):
            raise VoteRefused(INVALID, "You have already voted on this motion.")
        cap = motion_store.rules(motion).proxy_cap
        held = len(standing(conn, motion, holder_id=holder.id))
        starts = ends = None
    else:
        if ends is None:
            raise VoteRefused(INVALID, "A proxy names a motion or a date range with its end.")
        starts = starts or t.utcnow()
        if ends <= starts:
            raise VoteRefused(INVALID, "The date range ends before it starts.")
        if _overlapping(conn, starts, ends, principal_id=member.id):
            raise VoteRefused(INVALID, "A proxy of yours already covers part of that range.")
        cap = defaults.rules.proxy_cap
        held = len(_overlapping(conn, starts, ends, holder_id=holder.id))
    if held >= cap:
        raise VoteRefused(
            VoteErrorCode.PROXY_CAP_REACHED,
            f"{holder.name} already holds {held} proxies; the limit is {cap}.",
        )
    conn.execute(
        insert(t.proxies).values(
            id=request.proxy_id,
            principal_id=member.id,
            holder_id=holder.id,
            motion_id=request.motion_id,
            starts_at=starts,
            ends_at=ends,
            granted_at=t.utcnow(),
            revoked_at=None,
        )
    )
    detail: dict[str, Any] = {"proxy_id": request.proxy_id, "holder_id": holder.id}
    if starts is not None and ends is not None:
        detail.update(starts_at=starts.isoformat(), ends_at=ends.isoformat())
    audit.append(
        conn,
        "proxy_granted",
        motion_id=request.motion_id,
        actor_id=member.id,
        on_behalf_of=holder.id,
        detail=detail,
    )
    tell(conn, request.proxy_id)
    return {"proxy_id": request.proxy_id}


def revoke(conn: Connection, member: Member, request: Request) -> dict[str, Any] | None:
    assert isinstance(request, ProxyRevokeData)
    proxy = conn.execute(select(t.proxies).where(t.proxies.c.id == request.proxy_id)).first()
    if proxy is None or proxy.principal_id != member.id:
        raise VoteRefused(VoteErrorCode.NO_PROXY, "You gave no such proxy.")
    if proxy.revoked_at is not None:
        return {"proxy_id": proxy.id}
    uses = select(t.proxy_uses.c.motion_id).where(t.proxy_uses.c.proxy_id == proxy.id)
    if proxy.motion_id is None:  # a range proxy: only its uses on motions still open bind it
        uses = uses.join(t.motions, t.motions.c.id == t.proxy_uses.c.motion_id).where(
            t.motions.c.status == MotionStatus.OPEN.value
        )
    used_open = conn.execute(uses).first()
    if used_open is not None:
        raise VoteRefused(VoteErrorCode.PROXY_USED, "The holder has already voted with it.")
    conn.execute(update(t.proxies).where(t.proxies.c.id == proxy.id).values(revoked_at=t.utcnow()))
    audit.append(
        conn,
        "proxy_revoked",
        motion_id=proxy.motion_id,
        actor_id=member.id,
        on_behalf_of=proxy.holder_id,
        detail={"proxy_id": proxy.id, "holder_id": proxy.holder_id},
    )
    tell(conn, proxy.id)
    return {"proxy_id": proxy.id}


def list_proxies(db: DB, member_id: str | None = None) -> list[ProxyData]:
    """Proxies given or held by a member (every proxy when None), newest first."""
    p = t.proxies.c
    with read(db) as conn:
        query = select(t.proxies).order_by(p.granted_at.desc(), p.id)
        if member_id is not None:
            query = query.where((p.principal_id == member_id) | (p.holder_id == member_id))
        return [data(conn, proxy) for proxy in conn.execute(query)]
