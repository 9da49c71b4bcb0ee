"""Pull and push."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from protocol.models import DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, PushRequest, PushResponse, SyncPage
from server.api.deps import EngineDep, TokenDep
from server.api.errors import ERROR_RESPONSES
from server.services import auth, push, results, sync

router = APIRouter(prefix="/v1/sync", responses=ERROR_RESPONSES, tags=["sync"])


@router.get("", response_model=SyncPage)
async def pull(
    token: TokenDep,
    engine: EngineDep,
    cursor: Annotated[str | None, Query(max_length=sync.MAX_CURSOR_LENGTH)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_LIMIT)] = DEFAULT_PAGE_LIMIT,
) -> Response:
    # Every app pulls after every poke: one trip to a worker thread for the whole request, and
    # the page's JSON built from the stored JSON (``sync.pull_json``), not re-validated.
    body = await run_in_threadpool(_pull, engine, token, cursor, limit)
    return Response(content=body, media_type="application/json")


def _pull(engine: Engine, token: str | None, cursor: str | None, limit: int) -> bytes:
    member, _device = auth.authenticate(engine, token)
    results.close_due_motions(engine)  # motions past their deadline close before the page
    return sync.pull_json(engine, member, cursor, limit)


@router.post("/push", response_model=PushResponse)
def push_mutations(request: PushRequest, token: TokenDep, engine: EngineDep) -> PushResponse:
    # The hot path of a vote: authenticated here, in the route's worker thread (see TokenDep).
    member, device = auth.authenticate(engine, token)
    return push.push(engine, member, device, request.mutations)
