"""A member's own place in the network: ``channel.read`` (the read point, which only moves
forward and never past the channel's last message), ``channel.mute`` and ``preferences.set``.

Each row goes to that member alone, so every device of theirs shows the same unread counts; a
committee channel's only while they belong to the committee (one who left keeps nothing of it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from protocol.base import Request
from protocol.models import Kind
from protocol.network import (
    ChannelMuteData,
    ChannelReadData,
    ChannelStateData,
    PreferencesData,
    PreferencesSetData,
    committee_channel,
)
from server.db import tables as t
from server.services import changelog, channels, messages
from server.services.changelog import Audience
from server.services.records import Member

_s = t.channel_states.c


def _row(conn: Connection, member_id: str, channel_id: str) -> Row[Any] | None:
    return conn.execute(
        select(t.channel_states).where(_s.member_id == member_id, _s.channel_id == channel_id)
    ).first()


def _save(
    conn: Connection, member_id: str, channel_id: str, last_read: int, muted: bool, new: bool
) -> None:
    values = {"last_read_number": last_read, "muted": muted}
    if new:
        conn.execute(
            insert(t.channel_states).values(member_id=member_id, channel_id=channel_id, **values)
        )
    else:
        where = (_s.member_id == member_id) & (_s.channel_id == channel_id)
        conn.execute(update(t.channel_states).where(where).values(values))
    state = ChannelStateData(id=channel_id, last_read_number=last_read, muted=muted)
    changelog.upsert(conn, Kind.CHANNEL_STATE, state, _audience(member_id, channel_id))


def _audience(member_id: str, channel_id: str) -> Audience:
    channel = channels.parse(channel_id)
    if channel.committee_id is None:
        return Audience.member(member_id)
    return Audience.member_in_committee(member_id, channel.committee_id)


def read(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, ChannelReadData)
    channel = channels.usable(conn, member, request.channel_id)
    row = _row(conn, member.id, channel.id)
    before = 0 if row is None else int(row.last_read_number)
    after = max(before, min(request.number, messages.last_number(conn, channel.id)))
    if row is not None and after == before:
        return None  # an older (or the same) read point: nothing moves
    muted = False if row is None else bool(row.muted)
    _save(conn, member.id, channel.id, after, muted, row is None)
    return None


def mute(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, ChannelMuteData)
    channel = channels.usable(conn, member, request.channel_id)
    row = _row(conn, member.id, channel.id)
    if row is not None and bool(row.muted) == request.muted:
        return None
    last_read = 0 if row is None else int(row.last_read_number)
    _save(conn, member.id, channel.id, last_read, request.muted, row is None)
    return None


def set_preferences(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, PreferencesSetData)
    p = t.preferences.c
    values = {"notify": request.notify.value, "digest_hour": request.digest_hour}
    found = conn.execute(select(p.member_id).where(p.member_id == member.id)).first()
    if found is None:
        conn.execute(insert(t.preferences).values(member_id=member.id, **values))
    else:
        conn.execute(update(t.preferences).where(p.member_id == member.id).values(values))
    data = PreferencesData(notify=request.notify, digest_hour=request.digest_hour)
    changelog.upsert(conn, Kind.PREFERENCES, data, Audience.member(member.id))
    return None


def replay_committee(
    conn: Connection, member_id: str, committee_id: str, audience: Audience
) -> None:
    """Send a newcomer's own state in a committee's channel again (they had one before if they
    were in the committee before)."""
    row = _row(conn, member_id, committee_channel(committee_id))
    if row is not None:
        state = ChannelStateData(
            id=row.channel_id, last_read_number=row.last_read_number, muted=bool(row.muted)
        )
        changelog.upsert(conn, Kind.CHANNEL_STATE, state, audience)
