"""Health, sign-in, sign-out and who am I."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Response

from protocol.models import Health, MeResponse, SignInRequest, SignInResponse
from protocol.version import PROTOCOL_VERSION
from server.api.deps import EngineDep, PasswordsDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES
from server.services import auth, directory

router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES)


@router.get("/health", response_model=Health, tags=["server"])
def health() -> Health:
    return Health(protocol_version=PROTOCOL_VERSION, server_time=datetime.now(UTC))


@router.post("/auth/sign-in", response_model=SignInResponse, tags=["account"])
def sign_in(request: SignInRequest, engine: EngineDep, passwords: PasswordsDep) -> SignInResponse:
    signed_in = auth.sign_in(
        engine, request.email, request.password, request.device_name, passwords=passwords
    )
    organisation = directory.current_organisation(engine)
    return SignInResponse(
        token=signed_in.token,
        device_id=signed_in.device.id,
        member=signed_in.member.profile(),
        organisation=organisation,
        server_time=datetime.now(UTC),
    )


@router.post("/auth/sign-out", status_code=204, response_class=Response, tags=["account"])
def sign_out(principal: PrincipalDep, engine: EngineDep) -> Response:
    auth.sign_out(engine, principal.device.id)
    return Response(status_code=204)


@router.get("/me", response_model=MeResponse, tags=["account"])
def me(principal: PrincipalDep, engine: EngineDep) -> MeResponse:
    organisation = directory.current_organisation(engine)
    return MeResponse(
        device_id=principal.device.id,
        member=principal.member.profile(),
        organisation=organisation,
        server_time=datetime.now(UTC),
    )
