"""Health, sign-in (429 ``too_many_attempts`` with ``Retry-After`` past the limits),
sign-out and who am I."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from protocol.errors import ErrorBody
from protocol.models import Health, MeResponse, SignInRequest, SignInResponse
from protocol.version import PROTOCOL_VERSION
from server.api.deps import EngineDep, LimitedPrincipalDep, PasswordsDep
from server.api.errors import ERROR_RESPONSES, error_response
from server.services import auth, directory
from server.services.records import SignedIn
from server.services.signin_limits import DEFAULT_LIMITS, SignInLimits, TooManyAttempts

router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES)


@router.get("/health", response_model=Health, tags=["server"])
def health() -> Health:
    return Health(protocol_version=PROTOCOL_VERSION, server_time=datetime.now(UTC))


def signin_limits(http: Request) -> SignInLimits:
    """The app's limits on failed sign-ins (``app.state.signin_limits``, else the defaults)."""
    limits = getattr(http.app.state, "signin_limits", None)
    return limits if isinstance(limits, SignInLimits) else DEFAULT_LIMITS


@router.post(
    "/auth/sign-in",
    response_model=SignInResponse,
    tags=["account"],
    responses={429: {"model": ErrorBody, "description": "Too many failed sign-ins"}},
)
def sign_in(
    request: SignInRequest, http: Request, engine: EngineDep, passwords: PasswordsDep
) -> SignInResponse | JSONResponse:
    try:
        signed_in = auth.sign_in(
            engine,
            request.email,
            request.password,
            request.device_name,
            passwords=passwords,
            address=http.client.host if http.client else None,
            limits=signin_limits(http),
            otp=request.otp,
        )
    except TooManyAttempts as exc:
        headers = {"Retry-After": str(exc.retry_after)}
        return error_response(exc.http_status, exc.wire_code, exc.message, headers)
    return signed_in_response(engine, signed_in)


def signed_in_response(engine: Engine, signed_in: SignedIn) -> SignInResponse:
    """What a sign-in answers (also accepting an invitation): the token, shown once."""
    return SignInResponse(
        token=signed_in.token,
        device_id=signed_in.device.id,
        member=signed_in.member.profile(),
        organisation=directory.current_organisation(engine),
        server_time=datetime.now(UTC),
        device_state=signed_in.device.state,
        totp_enrolment_required=auth.totp_enrolment_required(engine, signed_in.member.id),
    )


@router.post("/auth/sign-out", status_code=204, response_class=Response, tags=["account"])
def sign_out(principal: LimitedPrincipalDep, engine: EngineDep) -> Response:
    auth.sign_out(engine, principal.device.id)
    return Response(status_code=204)


@router.get("/me", response_model=MeResponse, tags=["account"])
def me(principal: LimitedPrincipalDep, engine: EngineDep) -> MeResponse:
    """Also for a device waiting for approval or a member who must enrol in two-factor
    sign-in: what they are waiting for is in ``device_state`` and
    ``totp_enrolment_required``."""
    organisation = directory.current_organisation(engine)
    return MeResponse(
        device_id=principal.device.id,
        member=principal.member.profile(),
        organisation=organisation,
        server_time=datetime.now(UTC),
        device_state=principal.device.state,
        totp_enrolment_required=auth.totp_enrolment_required(engine, principal.member.id),
    )
