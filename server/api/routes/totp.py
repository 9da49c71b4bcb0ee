"""Two-factor sign-in (docs/SECURITY.md): the member's own ``/v1/me/totp*`` routes (also for
a member who must still enrol, but on an approved device: a device waiting for approval may
only read the status) and the secretariat's reset.

A wrong code is 401 ``otp_invalid`` and counts as a failed sign-in of the account; past the
limits the answer is 429 ``too_many_attempts`` with ``Retry-After``, as at sign-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from protocol.errors import ErrorBody
from protocol.security import RecoveryCodes, TotpCodeRequest, TotpEnrolment, TotpStatus
from server.api.deps import (
    ApprovedLimitedPrincipalDep,
    EngineDep,
    LimitedPrincipalDep,
    PrincipalDep,
)
from server.api.errors import ERROR_RESPONSES, error_response
from server.api.routes.account import signin_limits
from server.services import totp
from server.services.errors import Forbidden
from server.services.signin_limits import TooManyAttempts

router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES, tags=["security"])

_CODE_RESPONSES: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorBody, "description": "Not enrolled, or already enabled"},
    429: {"model": ErrorBody, "description": "Too many wrong codes"},
}

T = TypeVar("T")


def _limited(call: Callable[[], T]) -> T | JSONResponse:
    """The answer of ``call``; 429 with ``Retry-After`` past the limits on wrong codes."""
    try:
        return call()
    except TooManyAttempts as exc:
        headers = {"Retry-After": str(exc.retry_after)}
        return error_response(exc.http_status, exc.wire_code, exc.message, headers)


@router.get("/me/totp", response_model=TotpStatus)
def status(principal: LimitedPrincipalDep, engine: EngineDep) -> TotpStatus:
    return totp.status(engine, principal.member.id)


@router.post(
    "/me/totp/enrol",
    response_model=TotpEnrolment,
    responses={409: {"model": ErrorBody, "description": "Already enabled: disable it first"}},
)
def enrol(principal: ApprovedLimitedPrincipalDep, engine: EngineDep) -> TotpEnrolment:
    """A new secret to show as a QR code; not in force until confirmed with a code."""
    return totp.enrol(engine, principal.member)


@router.post("/me/totp/confirm", response_model=RecoveryCodes, responses=_CODE_RESPONSES)
def confirm(
    request: TotpCodeRequest,
    http: Request,
    principal: ApprovedLimitedPrincipalDep,
    engine: EngineDep,
) -> RecoveryCodes | JSONResponse:
    """The first code puts the secret in force; answers the recovery codes, shown once."""
    limits = signin_limits(http)
    return _limited(lambda: totp.confirm(engine, principal.member, request.code, limits=limits))


@router.post("/me/totp/recovery-codes", response_model=RecoveryCodes, responses=_CODE_RESPONSES)
def recovery_codes(
    request: TotpCodeRequest,
    http: Request,
    principal: ApprovedLimitedPrincipalDep,
    engine: EngineDep,
) -> RecoveryCodes | JSONResponse:
    """New recovery codes; the old ones stop working."""
    limits = signin_limits(http)
    member = principal.member
    return _limited(lambda: totp.new_recovery_codes(engine, member, request.code, limits=limits))


@router.post(
    "/me/totp/disable",
    status_code=204,
    response_class=Response,
    responses=_CODE_RESPONSES,
)
def disable(
    request: TotpCodeRequest,
    http: Request,
    principal: ApprovedLimitedPrincipalDep,
    engine: EngineDep,
) -> Response:
    """403 ``forbidden`` while the organisation requires two-factor sign-in."""
    limits = signin_limits(http)
    refused = _limited(lambda: totp.disable(engine, principal.member, request.code, limits=limits))
    return refused if isinstance(refused, JSONResponse) else Response(status_code=204)


@router.post("/security/members/{member_id}/totp-reset", status_code=204, response_class=Response)
def reset(member_id: str, principal: PrincipalDep, engine: EngineDep) -> Response:
    """The secretariat turns a member's two-factor sign-in off (a lost phone)."""
    if not principal.member.is_secretariat:
        raise Forbidden("Only the secretariat may reset two-factor sign-in.")
    totp.reset(engine, member_id, actor_id=principal.member.id)
    return Response(status_code=204)
