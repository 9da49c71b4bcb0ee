"""Plain records the services hand around (never the password hash outside auth)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from protocol.models import SECRETARIAT_ROLES, MemberData, MemberProfile, Role
from protocol.security import DeviceState


@dataclass(frozen=True)
class Member:
    id: str
    email: str
    name: str
    title: str
    roles: tuple[Role, ...]
    active: bool

    @classmethod
    def from_row(cls, row: Any) -> Member:
        return cls(
            id=row.id,
            email=row.email,
            name=row.name,
            title=row.title,
            roles=tuple(Role(r) for r in json.loads(row.roles)),
            active=bool(row.active),
        )

    @property
    def is_secretariat(self) -> bool:
        return any(role in SECRETARIAT_ROLES for role in self.roles)

    def data(self) -> MemberData:
        """What every member of the organisation may know: never the email address."""
        return MemberData(id=self.id, name=self.name, roles=list(self.roles), title=self.title)

    def profile(self) -> MemberProfile:
        return MemberProfile(id=self.id, name=self.name, email=self.email, roles=list(self.roles))


@dataclass(frozen=True)
class Device:
    id: str
    member_id: str
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None
    last_mutation_seq: int
    #: None: waiting for the secretariat's approval (docs/SECURITY.md).
    approved_at: datetime | None = None
    wipe_requested_at: datetime | None = None
    wiped_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> Device:
        return cls(
            id=row.id,
            member_id=row.member_id,
            name=row.name,
            created_at=row.created_at,
            last_seen_at=row.last_seen_at,
            revoked_at=row.revoked_at,
            last_mutation_seq=row.last_mutation_seq,
            approved_at=row.approved_at,
            wipe_requested_at=row.wipe_requested_at,
            wiped_at=row.wiped_at,
        )

    @property
    def wipe_pending(self) -> bool:
        return self.wipe_requested_at is not None and self.wiped_at is None

    @property
    def state(self) -> DeviceState:
        if self.wiped_at is not None:
            return DeviceState.WIPED
        if self.wipe_requested_at is not None:
            return DeviceState.WIPE_PENDING
        if self.revoked_at is not None:
            return DeviceState.REVOKED
        if self.approved_at is None:
            return DeviceState.PENDING_APPROVAL
        return DeviceState.ACTIVE


@dataclass(frozen=True)
class SignedIn:
    """The outcome of a sign-in: the token is shown once and only its hash is stored."""

    token: str
    device: Device
    member: Member
