"""``GET /v1/events``: the live stream that tells an app to pull now (server-sent events).

A ``hello`` event first, then a ``changes`` event whenever the hub (``server.services.events``)
finds a change this member may see, and a ``: keep-alive`` comment on an idle stream every
``app.state.events_keepalive`` seconds. Data: ``{"seq": N}``, the newest change the member may
see.

A plain ``StreamingResponse``, not sse-starlette: the stream writes three fixed shapes of
event, Starlette already watches for the client leaving (uvicorn speaks ASGI 2.3, so the
response listens for ``http.disconnect`` while it streams), and what sse-starlette adds for
shutdown patches uvicorn's signal handler, which does nothing for a server run in a thread
(``server.embedded``). The stream ends when the hub closes it (revoked device, server stopping:
``EventHub.close_streams``). It waits on the event loop and never holds a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator, Callable

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from protocol.errors import ErrorCode
from protocol.network import HELLO_EVENT, KEEPALIVE_SECONDS, POKE_EVENT
from server.api.deps import EngineDep, TokenDep
from server.api.errors import ERROR_RESPONSES, error_response
from server.services import auth
from server.services.events import EventHub, StreamClosed, Subscription

router = APIRouter(prefix="/v1/events", responses=ERROR_RESPONSES, tags=["sync"])

MEDIA_TYPE = "text/event-stream"
KEEPALIVE_COMMENT = b": keep-alive\n\n"


def sse_event(name: str, seq: int, data: str | None = None) -> bytes:
    """An event; ``data`` is the whole JSON of a poke that carries its page (one line)."""
    return f"event: {name}\ndata: {data or json.dumps({'seq': seq})}\n\n".encode()


class EventStreamResponse(StreamingResponse):
    """A streaming response that runs ``on_close`` however the stream ends."""

    media_type = MEDIA_TYPE

    def __init__(self, content: AsyncGenerator[bytes, None], on_close: Callable[[], None]) -> None:
        # no-cache: nothing between us and the app may keep it; no buffering in a proxy.
        super().__init__(content, headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        self._content = content
        self._on_close = on_close

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._on_close()
            with contextlib.suppress(Exception):
                await self._content.aclose()


async def _stream(subscription: Subscription, keepalive: float) -> AsyncGenerator[bytes, None]:
    yield sse_event(HELLO_EVENT, subscription.sent)
    while True:
        try:
            found = await subscription.next_event(keepalive)
        except StreamClosed:
            return
        yield KEEPALIVE_COMMENT if found is None else sse_event(POKE_EVENT, *found)


@router.get(
    "",
    status_code=200,
    response_class=EventStreamResponse,
    responses={200: {"content": {MEDIA_TYPE: {}}, "description": "The event stream."}},
)
async def events(request: Request, token: TokenDep, engine: EngineDep) -> Response:
    hub = getattr(request.app.state, "event_hubs", {}).get(asyncio.get_running_loop())
    if not isinstance(hub, EventHub):  # the app is not running (or is stopping)
        return _stopping()
    # In a worker thread for the moment it takes; the stream itself never holds one.
    member, device = await anyio.to_thread.run_sync(auth.authenticate, engine, token)
    try:
        subscription = await hub.subscribe(member.id, device.id)
    except StreamClosed:
        return _stopping()
    keepalive = float(getattr(request.app.state, "events_keepalive", KEEPALIVE_SECONDS))
    return EventStreamResponse(
        _stream(subscription, keepalive), on_close=lambda: hub.unsubscribe(subscription)
    )


def _stopping() -> JSONResponse:
    return error_response(503, ErrorCode.INTERNAL, "The server is stopping; try again shortly.")
