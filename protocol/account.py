"""Signing in and the server's health, on the wire (re-exported by ``protocol.models``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import StringConstraints

from protocol.base import Email, Id, Payload, Request
from protocol.models import OrganisationData, Role


class SignInRequest(Request):
    email: Email
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=200)] = "Quorum"


class MemberProfile(Payload):
    """The signed-in member, as they see themselves."""

    id: Id
    name: str
    email: str
    roles: list[Role]


class SignInResponse(Payload):
    token: str
    device_id: Id
    member: MemberProfile
    organisation: OrganisationData
    server_time: datetime


class MeResponse(Payload):
    device_id: Id
    member: MemberProfile
    organisation: OrganisationData
    server_time: datetime


class Health(Payload):
    status: Literal["ok"] = "ok"
    protocol_version: int
    server_time: datetime
