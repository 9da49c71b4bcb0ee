"""Meetings and their agenda, set by the secretariat (online; members read them from sync)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from protocol.documents import MeetingData, MeetingRequest
from server.api.deps import EngineDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES
from server.services import meetings

router = APIRouter(prefix="/v1/meetings", responses=ERROR_RESPONSES, tags=["meetings"])
IdPath = Annotated[str, Path(min_length=1, max_length=64)]


@router.post("", response_model=MeetingData, status_code=201)
def create(request: MeetingRequest, principal: PrincipalDep, engine: EngineDep) -> MeetingData:
    return meetings.create(engine, principal.member, request)


@router.put("/{meeting_id}", response_model=MeetingData)
def replace(
    meeting_id: IdPath, request: MeetingRequest, principal: PrincipalDep, engine: EngineDep
) -> MeetingData:
    return meetings.replace(engine, principal.member, meeting_id, request)
