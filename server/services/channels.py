"""Channels: what a channel id names, who may use it, who sees its rows; and
``conversation.start``.

A channel is not an entity: ``org`` is the organisation's (every active member), a
``committee:<id>`` the committee's (its members), a ``direct:<id>`` a direct conversation's (its
members). A channel the member may not use answers ``NotFound``, exactly as one that does not
exist: nobody learns that a committee talks or that a conversation exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from protocol.base import Request
from protocol.errors import NetworkErrorCode
from protocol.models import Kind
from protocol.network import (
    COMMITTEE_PREFIX,
    DIRECT_PREFIX,
    MAX_CONVERSATION_MEMBERS,
    ORGANISATION_CHANNEL,
    ConversationData,
    ConversationStartData,
)
from server.db import tables as t
from server.services import changelog, directory
from server.services.changelog import Audience
from server.services.errors import NetworkRefused, NotFound, ValidationFailed
from server.services.records import Member

ORGANISATION, COMMITTEE, DIRECT = "organisation", "committee", "direct"


@dataclass(frozen=True)
class Channel:
    id: str
    kind: str  # ORGANISATION, COMMITTEE or DIRECT
    target: str | None = None  # the committee's or the conversation's id

    @property
    def committee_id(self) -> str | None:
        return self.target if self.kind == COMMITTEE else None


def parse(channel_id: str) -> Channel:
    """The channel a channel id names; ``NotFound`` when it names none."""
    if channel_id == ORGANISATION_CHANNEL:
        return Channel(channel_id, ORGANISATION)
    for prefix, kind in ((COMMITTEE_PREFIX, COMMITTEE), (DIRECT_PREFIX, DIRECT)):
        if channel_id.startswith(prefix):
            target = channel_id[len(prefix) :]
            if 0 < len(target) <= t.ID:
                return Channel(channel_id, kind, target)
    raise NotFound("No such channel.")


def conversation_member_ids(conn: Connection, conversation_id: str) -> list[str]:
    """The members of a conversation in the order the starter gave (empty: no such one)."""
    cm = t.conversation_members.c
    rows = conn.execute(
        select(cm.member_id).where(cm.conversation_id == conversation_id).order_by(cm.position)
    )
    return list(rows.scalars())


def may_use(conn: Connection, member: Member, channel: Channel) -> bool:
    if not member.active:
        return False
    if channel.kind == ORGANISATION:
        return True
    assert channel.target is not None
    if channel.kind == COMMITTEE:
        return channel.target in directory.committee_ids_of(conn, member.id)
    cm = t.conversation_members.c
    found = conn.execute(
        select(cm.member_id).where(cm.conversation_id == channel.target, cm.member_id == member.id)
    ).first()
    return found is not None


def usable(conn: Connection, member: Member, channel_id: str) -> Channel:
    """The channel, when ``member`` may read and post in it; else ``NotFound``."""
    channel = parse(channel_id)
    if not may_use(conn, member, channel):
        raise NotFound("No such channel.")
    return channel


def audiences(conn: Connection, channel: Channel) -> list[Audience]:
    """Who sees the rows of a channel's messages."""
    if channel.kind == ORGANISATION:
        return [Audience.organisation()]
    assert channel.target is not None
    if channel.kind == COMMITTEE:
        return [Audience.committee(channel.target)]
    return [Audience.member(m) for m in conversation_member_ids(conn, channel.target)]


# --- conversation.start ----------------------------------------------------------------------


def start_conversation(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, ConversationStartData)
    others = list(dict.fromkeys(m for m in request.member_ids if m != member.id))
    if not others or len(others) > MAX_CONVERSATION_MEMBERS - 1:
        raise ValidationFailed(
            f"A conversation has 1 to {MAX_CONVERSATION_MEMBERS - 1} other members."
        )
    member_ids = list(dict.fromkeys(request.member_ids))
    if member.id not in member_ids:
        member_ids.insert(0, member.id)
    title = request.title.strip()
    existing = conn.execute(
        select(t.conversations).where(t.conversations.c.id == request.conversation_id)
    ).first()
    if existing is not None:
        same = (
            existing.started_by == member.id
            and existing.title == title
            and conversation_member_ids(conn, existing.id) == member_ids
        )
        if same:  # the same request again (another device, a lost answer): already done
            return None
        raise NetworkRefused(NetworkErrorCode.ID_TAKEN, "That conversation id is taken.")
    for other in others:
        person = directory.member(conn, other)  # NotFound for an unknown id
        if not person.active:
            raise ValidationFailed("Conversations are between active members.")
    started_at = now or t.utcnow()
    conn.execute(
        insert(t.conversations).values(
            id=request.conversation_id,
            title=title,
            started_by=member.id,
            started_at=started_at,
        )
    )
    conn.execute(
        insert(t.conversation_members),
        [
            {"conversation_id": request.conversation_id, "member_id": m, "position": i}
            for i, m in enumerate(member_ids)
        ],
    )
    data = ConversationData(
        id=request.conversation_id,
        member_ids=member_ids,
        title=title,
        started_by=member.id,
        started_at=started_at,
    )
    for member_id in member_ids:
        changelog.upsert(conn, Kind.CONVERSATION, data, Audience.member(member_id))
    return None
