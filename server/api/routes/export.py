"""``GET /v1/me/export``: everything the server holds about the signed-in member, as JSON."""

from __future__ import annotations

from fastapi import APIRouter

from protocol.account import MemberExport
from server.api.deps import EngineDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES
from server.services import export

router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES)


@router.get("/me/export", response_model=MemberExport, tags=["account"])
def export_me(principal: PrincipalDep, engine: EngineDep) -> MemberExport:
    """The member's profile, memberships, devices, what they wrote and did (see
    ``protocol.account.MemberExport``)."""
    return export.export_member(engine, principal.member)
