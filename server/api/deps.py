"""Dependencies shared by the routes: the engine, the password hasher and the signed-in
member (bearer token)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from server.services import auth
from server.services.passwords import Passwords
from server.services.records import Device, Member

_bearer = HTTPBearer(auto_error=False, description="The token answered by sign-in.")


def get_engine(request: Request) -> Engine:
    engine = request.app.state.engine
    assert isinstance(engine, Engine)
    return engine


def get_passwords(request: Request) -> Passwords:
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


EngineDep = Annotated[Engine, Depends(get_engine)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]
PrincipalDep = Annotated[Principal, Depends(get_principal)]
