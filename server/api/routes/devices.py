"""Devices (docs/SECURITY.md): a member's own (``/v1/me/devices*``; a device waiting for
approval may list them but not revoke one), everyone's for the secretariat
(``/v1/security/devices*``), deactivating a member, and a device's acknowledgement of its
remote wipe (``/v1/devices/wipe-done``)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from protocol.base import Id
from protocol.errors import ErrorBody
from protocol.security import (
    DeviceInfo,
    DeviceList,
    MemberActiveRequest,
    MemberActiveResponse,
    RevokeDeviceRequest,
)
from server.api.deps import (
    ApprovedLimitedPrincipalDep,
    EngineDep,
    LimitedPrincipalDep,
    Principal,
    PrincipalDep,
    TokenDep,
)
from server.api.errors import ERROR_RESPONSES
from server.services import devices
from server.services.errors import Forbidden

router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES, tags=["devices"])


def _conflict(description: str) -> dict[int | str, dict[str, object]]:
    return {409: {"model": ErrorBody, "description": description}}


def _secretariat(principal: Principal) -> str:
    if not principal.member.is_secretariat:
        raise Forbidden("Only the secretariat may manage the members' devices.")
    return principal.member.id


# --- one's own ------------------------------------------------------------------------------


@router.get("/me/devices", response_model=DeviceList)
def my_devices(principal: LimitedPrincipalDep, engine: EngineDep) -> DeviceList:
    """The member's devices, newest first; ``current`` marks the one asking."""
    found = devices.list_devices(engine, principal.member.id, principal.device.id)
    return DeviceList(devices=found)


@router.post("/me/devices/{device_id}/revoke", response_model=DeviceInfo)
def revoke_my_device(
    device_id: Id,
    principal: ApprovedLimitedPrincipalDep,
    engine: EngineDep,
    request: RevokeDeviceRequest | None = None,
) -> DeviceInfo:
    """Revoke one of one's own devices (by default it deletes its data when it next reaches
    the server); another member's device is ``not_found``; from a device waiting for
    approval, 403 ``device_not_approved``."""
    member_id = principal.member.id
    wipe = True if request is None else request.wipe
    return devices.revoke(
        engine, device_id, wipe=wipe, actor_id=member_id, only_member_id=member_id
    )


# --- the secretariat --------------------------------------------------------------------------


@router.get("/security/devices", response_model=DeviceList)
def all_devices(principal: PrincipalDep, engine: EngineDep) -> DeviceList:
    """Every member's devices, newest first (the secretariat)."""
    _secretariat(principal)
    return DeviceList(devices=devices.list_devices(engine, None))


@router.post("/security/devices/{device_id}/revoke", response_model=DeviceInfo)
def revoke_device(
    device_id: Id,
    principal: PrincipalDep,
    engine: EngineDep,
    request: RevokeDeviceRequest | None = None,
) -> DeviceInfo:
    actor_id = _secretariat(principal)
    wipe = True if request is None else request.wipe
    return devices.revoke(engine, device_id, wipe=wipe, actor_id=actor_id)


@router.post(
    "/security/devices/{device_id}/approve",
    response_model=DeviceInfo,
    responses=_conflict("The device is revoked"),
)
def approve_device(device_id: Id, principal: PrincipalDep, engine: EngineDep) -> DeviceInfo:
    """Let a new device in (409 ``conflict`` for a revoked one)."""
    actor_id = _secretariat(principal)
    return devices.approve(engine, device_id, actor_id=actor_id)


@router.post(
    "/security/members/{member_id}/active",
    response_model=MemberActiveResponse,
    responses=_conflict("Deactivating oneself"),
)
def set_member_active(
    member_id: Id, request: MemberActiveRequest, principal: PrincipalDep, engine: EngineDep
) -> MemberActiveResponse:
    """Deactivate a member (every device of theirs wipes itself) or reactivate them."""
    actor_id = _secretariat(principal)
    return devices.set_member_active(engine, member_id, request.active, actor_id=actor_id)


# --- the device's acknowledgement -------------------------------------------------------------


@router.post(
    "/devices/wipe-done",
    status_code=204,
    response_class=Response,
    responses=_conflict("No wipe was asked of this device"),
)
def wipe_done(token: TokenDep, engine: EngineDep) -> Response:
    """The device deleted its offline data; with the token of a device whose wipe is
    pending (the only call such a token may make)."""
    devices.wipe_done(engine, token)
    return Response(status_code=204)
