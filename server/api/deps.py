"""Dependencies shared by the routes: the engine, the password hasher and the signed-in
member (bearer token)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from server.services import auth
from server.services.errors import DeviceNotApproved
from server.services.passwords import Passwords
from server.services.records import Device, Member

_bearer = HTTPBearer(auto_error=False, description="The token answered by sign-in.")


async def get_engine(request: Request) -> Engine:
    """Async on purpose: a plain function would cost a trip to a worker thread."""
    engine = request.app.state.engine
    assert isinstance(engine, Engine)
    return engine


async def get_passwords(request: Request) -> Passwords:
    passwords = request.app.state.passwords
    assert isinstance(passwords, Passwords)
    return passwords


@dataclass(frozen=True)
class Principal:
    """Who is asking: the member and the device their token belongs to."""

    member: Member
    device: Device


def get_principal(
    engine: Annotated[Engine, Depends(get_engine)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    member, device = auth.authenticate(engine, credentials.credentials if credentials else None)
    return Principal(member=member, device=device)


def get_limited_principal(
    engine: Annotated[Engine, Depends(get_engine)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """Also a device waiting for approval, or a member who must still enrol in two-factor
    sign-in: only for ``/v1/me*`` and sign-out (docs/SECURITY.md)."""
    token = credentials.credentials if credentials else None
    member, device = auth.authenticate(engine, token, limited=True)
    return Principal(member=member, device=device)


async def get_approved_limited_principal(
    principal: Annotated[Principal, Depends(get_limited_principal)],
) -> Principal:
    """A member who must still enrol in two-factor sign-in, but on an approved device: for
    the routes of ``/v1/me/devices*`` and ``/v1/me/totp*`` that change something. A device
    waiting for approval only reads and signs out (docs/SECURITY.md). Async: it reads no
    database, so it needs no worker thread."""
    if principal.device.approved_at is None:
        raise DeviceNotApproved()
    return principal


async def get_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str | None:
    """The bearer token, unchecked: for a route that authenticates in its own worker thread
    (``auth.authenticate``), saving the trip to a second one that ``PrincipalDep`` costs."""
    return credentials.credentials if credentials else None


EngineDep = Annotated[Engine, Depends(get_engine)]
TokenDep = Annotated[str | None, Depends(get_token)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]
PrincipalDep = Annotated[Principal, Depends(get_principal)]
LimitedPrincipalDep = Annotated[Principal, Depends(get_limited_principal)]
ApprovedLimitedPrincipalDep = Annotated[Principal, Depends(get_approved_limited_principal)]
