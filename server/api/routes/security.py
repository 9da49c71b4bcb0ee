"""The secretariat's security actions: unlocking an account locked by failed sign-ins, and
setting the organisation's security policy (docs/SECURITY.md)."""

from __future__ import annotations

from fastapi import APIRouter

from protocol.account import UnlockRequest, UnlockResponse
from protocol.rules import normalise_email
from protocol.security import PolicyUpdate, SecurityPolicy
from server.api.deps import EngineDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES
from server.services import auth, policy
from server.services.errors import Forbidden

router = APIRouter(prefix="/v1/security", responses=ERROR_RESPONSES, tags=["security"])


@router.post("/unlock", response_model=UnlockResponse)
def unlock(request: UnlockRequest, principal: PrincipalDep, engine: EngineDep) -> UnlockResponse:
    """Forget an account's failed sign-ins and lift its lock (the secretariat only)."""
    if not principal.member.is_secretariat:
        raise Forbidden("Only the secretariat may unlock an account.")
    cleared = auth.unlock(engine, request.email, actor_id=principal.member.id)
    return UnlockResponse(email=normalise_email(request.email), was_limited=cleared)


@router.put("/policy", response_model=SecurityPolicy)
def set_policy(request: PolicyUpdate, principal: PrincipalDep, engine: EngineDep) -> SecurityPolicy:
    """Replace the organisation's security policy as a whole (the secretariat only); every
    app receives it with the organisation."""
    if not principal.member.is_secretariat:
        raise Forbidden("Only the secretariat may set the security policy.")
    return policy.set_policy(engine, request, actor_id=principal.member.id)
