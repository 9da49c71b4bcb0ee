"""Devices as the member and the secretariat manage them (docs/SECURITY.md): listing them,
revoking one (with a remote wipe by default), approving a new one, deactivating a member (every
live device of theirs revoked with a wipe) and the device's acknowledgement of its wipe.

Every change goes to the audit log: ``device.revoked`` {device_id, member_id, wipe, reason},
``device.approved``, ``device.wiped``, ``member.deactivated`` / ``member.reactivated``. A call
that changes nothing (revoking a device already revoked) is not logged twice.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from protocol.security import DeviceInfo, MemberActiveResponse
from server.db import tables as t
from server.services import audit, directory, organisation
from server.services.errors import Conflict, DeviceRevoked, NotFound, Unauthenticated
from server.services.records import Device
from server.services.tx import DB, read, write

#: Tokens longer than this are refused unread (as ``auth.authenticate`` does).
MAX_TOKEN_LENGTH = 512

_d = t.devices.c
_WITH_MEMBER = select(t.devices, t.members.c.name.label("member_name")).join(
    t.members, t.members.c.id == _d.member_id
)


def _info(row: Any, current_device_id: str | None = None) -> DeviceInfo:
    device = Device.from_row(row)
    return DeviceInfo(
        id=device.id,
        member_id=device.member_id,
        member_name=row.member_name,
        name=device.name,
        state=device.state,
        created_at=device.created_at,
        last_seen_at=device.last_seen_at,
        approved_at=device.approved_at,
        revoked_at=device.revoked_at,
        wipe_requested_at=device.wipe_requested_at,
        wiped_at=device.wiped_at,
        current=current_device_id is not None and device.id == current_device_id,
    )


def _row(conn: Connection, device_id: str, only_member_id: str | None = None) -> Any:
    """The device with its member's name; ``NotFound`` when there is none (or it belongs to
    another member than ``only_member_id``: the same answer)."""
    query = _WITH_MEMBER.where(_d.id == device_id)
    if only_member_id is not None:
        query = query.where(_d.member_id == only_member_id)
    row = conn.execute(query).first()
    if row is None:
        raise NotFound("No such device.")
    return row


def list_devices(
    db: DB, member_id: str | None, current_device_id: str | None = None
) -> list[DeviceInfo]:
    """A member's devices (``member_id`` None: every member's), newest first, revoked and
    wiped ones too; ``current`` marks ``current_device_id``."""
    query = _WITH_MEMBER.order_by(_d.created_at.desc(), _d.id.desc())
    if member_id is not None:
        query = query.where(_d.member_id == member_id)
    with read(db) as conn:
        return [_info(row, current_device_id) for row in conn.execute(query)]


def device_record(db: DB, device_id: str) -> Device:
    """One device as a record (``NotFound``)."""
    with read(db) as conn:
        return Device.from_row(_row(conn, device_id))


def device_records(db: DB, member_id: str) -> list[Device]:
    """A member's devices as records, oldest first (``auth.list_devices``)."""
    query = select(t.devices).where(_d.member_id == member_id).order_by(_d.created_at, _d.id)
    with read(db) as conn:
        return [Device.from_row(row) for row in conn.execute(query)]


def revoke(
    db: DB,
    device_id: str,
    *,
    wipe: bool = True,
    actor_id: str | None = None,
    only_member_id: str | None = None,
    reason: str = "revoked",
) -> DeviceInfo:
    """Revoke a device; with ``wipe``, it deletes its offline data when it next reaches the
    server. ``only_member_id``: the member revoking one of their own (another's is
    ``NotFound``). A device already revoked without a wipe may still be asked to wipe."""
    with write(db) as conn:
        _revoke(conn, _row(conn, device_id, only_member_id), wipe, actor_id, reason)
        return _info(_row(conn, device_id))


def _revoke(conn: Connection, row: Any, wipe: bool, actor_id: str | None, reason: str) -> bool:
    """Revoke ``row``'s device inside ``conn``'s transaction; whether anything changed."""
    now = t.utcnow()
    values: dict[str, Any] = {}
    if row.revoked_at is None:
        values["revoked_at"] = now
    if wipe and row.wipe_requested_at is None and row.wiped_at is None:
        values["wipe_requested_at"] = now
    if not values:
        return False
    conn.execute(update(t.devices).where(_d.id == row.id).values(**values))
    detail = {
        "device_id": row.id,
        "member_id": row.member_id,
        "wipe": "wipe_requested_at" in values,
        "reason": reason,
    }
    audit.append(conn, "device.revoked", actor_id=actor_id, detail=detail)
    return True


def approve(db: DB, device_id: str, actor_id: str | None = None) -> DeviceInfo:
    """Let a device waiting for approval in. A revoked device is a ``Conflict``; one already
    approved is answered as it is."""
    with write(db) as conn:
        row = _row(conn, device_id)
        if row.revoked_at is not None:
            raise Conflict("This device is revoked: it cannot be approved.")
        if row.approved_at is None:
            conn.execute(update(t.devices).where(_d.id == device_id).values(approved_at=t.utcnow()))
            detail = {"device_id": row.id, "member_id": row.member_id}
            audit.append(conn, "device.approved", actor_id=actor_id, detail=detail)
        return _info(_row(conn, device_id))


def set_member_active(
    db: DB, member_id: str, active: bool, actor_id: str | None = None
) -> MemberActiveResponse:
    """Deactivate a member (every live device of theirs revoked with a wipe) or let them sign
    in again. Nobody deactivates themselves (``Conflict``)."""
    if not active and actor_id is not None and actor_id == member_id:
        raise Conflict("You cannot deactivate your own account.")
    with write(db) as conn:
        directory.member(conn, member_id)  # NotFound
        organisation.set_active(conn, member_id, active)
        revoked = 0
        if not active:
            live = conn.execute(
                _WITH_MEMBER.where(_d.member_id == member_id, _d.revoked_at.is_(None))
            ).all()
            for row in live:
                revoked += _revoke(conn, row, True, actor_id, "member_deactivated")
        event = "member.reactivated" if active else "member.deactivated"
        detail = {"member_id": member_id, "devices_revoked": revoked}
        audit.append(conn, event, actor_id=actor_id, detail=detail)
    return MemberActiveResponse(member_id=member_id, active=active, devices_revoked=revoked)


def wipe_done(engine: Engine, token: str | None) -> DeviceInfo:
    """The device whose token this is has deleted its offline data: ``wiped_at`` is set and
    logged once (a repeated acknowledgement changes nothing). The only call a device with a
    wipe pending may make; one revoked without a wipe is ``DeviceRevoked``, one with no wipe
    requested a ``Conflict``."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise Unauthenticated()
    token_hash = hashlib.sha256(token.encode("utf-8")).hexdigest()
    with write(engine) as conn:
        row = conn.execute(_WITH_MEMBER.where(_d.token_hash == token_hash)).first()
        if row is None:
            raise Unauthenticated()
        if row.wipe_requested_at is None:
            if row.revoked_at is not None:
                raise DeviceRevoked()
            raise Conflict("No deletion of this device's data was asked for.")
        if row.wiped_at is None:
            conn.execute(update(t.devices).where(_d.id == row.id).values(wiped_at=t.utcnow()))
            detail = {"device_id": row.id, "member_id": row.member_id}
            audit.append(conn, "device.wiped", actor_id=row.member_id, detail=detail)
        return _info(_row(conn, row.id))
