"""Motions: the secretariat's lifecycle routes, the live result and a motion's history.

Ballots and proxies do not come here: they travel through the outbox (``/v1/sync/push``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from protocol.errors import ErrorBody
from protocol.motions import (
    AuditEventData,
    LiveResult,
    MotionData,
    MotionDraft,
    MotionSchedule,
    MotionUpdate,
)
from server.api.deps import EngineDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES
from server.services import motion_views, motions, results

router = APIRouter(prefix="/v1/motions", responses=ERROR_RESPONSES, tags=["motions"])
IdPath = Annotated[str, Path(min_length=1, max_length=64)]
#: A change the motion's state does not allow (``motion_locked``, ``motion_not_open``...).
_CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorBody, "description": "Not allowed in the motion's state"}
}


@router.get("", response_model=list[MotionData])
def list_motions(principal: PrincipalDep, engine: EngineDep) -> list[MotionData]:
    results.close_due_motions(engine)
    return motion_views.list_motions(engine, principal.member)


@router.post("", response_model=MotionData, status_code=201)
def create(draft: MotionDraft, principal: PrincipalDep, engine: EngineDep) -> MotionData:
    return motions.create(engine, principal.member, draft)


@router.get("/{motion_id}", response_model=MotionData)
def get(motion_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> MotionData:
    results.close_due_motions(engine)
    return motion_views.get(engine, principal.member, motion_id)


@router.patch("/{motion_id}", response_model=MotionData, responses=_CONFLICT)
def update(
    motion_id: IdPath, change: MotionUpdate, principal: PrincipalDep, engine: EngineDep
) -> MotionData:
    results.close_due_motions(engine)
    return motions.update_motion(engine, principal.member, motion_id, change)


@router.post("/{motion_id}/open", response_model=MotionData, responses=_CONFLICT)
def open_motion(
    motion_id: IdPath, schedule: MotionSchedule, principal: PrincipalDep, engine: EngineDep
) -> MotionData:
    return motions.open_motion(engine, principal.member, motion_id, schedule.closes_at)


@router.post("/{motion_id}/extend", response_model=MotionData, responses=_CONFLICT)
def extend(
    motion_id: IdPath, schedule: MotionSchedule, principal: PrincipalDep, engine: EngineDep
) -> MotionData:
    results.close_due_motions(engine)
    return motions.extend(engine, principal.member, motion_id, schedule.closes_at)


@router.post("/{motion_id}/reopen", response_model=MotionData, responses=_CONFLICT)
def reopen(
    motion_id: IdPath, schedule: MotionSchedule, principal: PrincipalDep, engine: EngineDep
) -> MotionData:
    results.close_due_motions(engine)
    return motions.reopen(engine, principal.member, motion_id, schedule.closes_at)


@router.post("/{motion_id}/close", response_model=MotionData, responses=_CONFLICT)
def close(motion_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> MotionData:
    results.close_due_motions(engine)
    return motions.close(engine, principal.member, motion_id)


@router.post("/{motion_id}/publish", response_model=MotionData, responses=_CONFLICT)
def publish(motion_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> MotionData:
    results.close_due_motions(engine)
    return motions.publish(engine, principal.member, motion_id)


@router.post("/{motion_id}/cancel", response_model=MotionData, responses=_CONFLICT)
def cancel(motion_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> MotionData:
    results.close_due_motions(engine)
    return motions.cancel(engine, principal.member, motion_id)


@router.get("/{motion_id}/result", response_model=LiveResult)
def result(motion_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> LiveResult:
    results.close_due_motions(engine)
    return results.live_result(engine, principal.member, motion_id)


@router.get("/{motion_id}/audit", response_model=list[AuditEventData])
def audit(motion_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> list[AuditEventData]:
    return motion_views.history(engine, principal.member, motion_id)
