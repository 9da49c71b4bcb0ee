"""Invitations (docs/INSTALLED.md): the secretariat invites, lists and cancels; anyone holding a
code may see whose invitation it is and accept it, which signs them in. A wrong code counts
against the client's address like a failed sign-in (429 ``too_many_attempts`` past the limit).
The link's server address is ``$QUORUM_PUBLIC_URL`` when set (a server behind a reverse proxy),
else the address the request came to."""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from protocol.errors import ErrorBody
from protocol.invitations import (
    InvitationAccept,
    InvitationCodeRequest,
    InvitationCreate,
    InvitationCreated,
    InvitationData,
    InvitationList,
    InvitationPreview,
)
from protocol.models import SignInResponse
from server.api.deps import EngineDep, PasswordsDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES, error_response
from server.api.routes.account import signed_in_response, signin_limits
from server.services import auth, invitations
from server.services.errors import Forbidden
from server.services.signin_limits import TooManyAttempts

PUBLIC_URL_ENV = "QUORUM_PUBLIC_URL"
_LIMITED: dict[int | str, dict[str, Any]] = {
    429: {"model": ErrorBody, "description": "Too many wrong codes from this address"}
}

router = APIRouter(prefix="/v1/invitations", responses=ERROR_RESPONSES, tags=["invitations"])


def public_url(http: Request) -> str:
    return os.environ.get(PUBLIC_URL_ENV, "").strip() or str(http.base_url).rstrip("/")


def _secretariat(principal: PrincipalDep) -> None:
    if not principal.member.is_secretariat:
        raise Forbidden("Only the secretariat may invite members.")


@router.post("", response_model=InvitationCreated, status_code=201)
def create(
    request: InvitationCreate,
    http: Request,
    principal: PrincipalDep,
    engine: EngineDep,
    passwords: PasswordsDep,
) -> InvitationCreated:
    _secretariat(principal)
    return invitations.create(
        engine, request, public_url(http), actor_id=principal.member.id, passwords=passwords
    )


@router.get("", response_model=InvitationList)
def list_invitations(principal: PrincipalDep, engine: EngineDep) -> InvitationList:
    _secretariat(principal)
    return InvitationList(invitations=invitations.list_all(engine))


@router.post("/{invitation_id}/cancel", response_model=InvitationData)
def cancel(invitation_id: str, principal: PrincipalDep, engine: EngineDep) -> InvitationData:
    _secretariat(principal)
    return invitations.cancel(engine, invitation_id, actor_id=principal.member.id)


@router.post("/preview", response_model=InvitationPreview, responses=_LIMITED)
def preview(
    request: InvitationCodeRequest, http: Request, engine: EngineDep
) -> InvitationPreview | JSONResponse:
    address = http.client.host if http.client else None
    try:
        return invitations.preview(engine, request.code, address, signin_limits(http))
    except TooManyAttempts as exc:
        headers = {"Retry-After": str(exc.retry_after)}
        return error_response(exc.http_status, exc.wire_code, exc.message, headers)


@router.post("/accept", response_model=SignInResponse, responses=_LIMITED)
def accept(
    request: InvitationAccept, http: Request, engine: EngineDep, passwords: PasswordsDep
) -> SignInResponse | JSONResponse:
    """Choose the password and sign in on this device."""
    address = http.client.host if http.client else None
    limits = signin_limits(http)
    try:
        email = invitations.accept(
            engine, request.code, request.password, address, passwords=passwords, limits=limits
        )
        signed_in = auth.sign_in(
            engine,
            email,
            request.password,
            request.device_name,
            passwords=passwords,
            address=address,
            limits=limits,
        )
    except TooManyAttempts as exc:
        headers = {"Retry-After": str(exc.retry_after)}
        return error_response(exc.http_status, exc.wire_code, exc.message, headers)
    return signed_in_response(engine, signed_in)
