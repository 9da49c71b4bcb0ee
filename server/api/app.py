"""The FastAPI application: ``create_app(settings)``; the lifespan owns the engine and the live
event hub (``app.state.events``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES
from starlette.types import ASGIApp, Receive, Scope, Send

from protocol.documents import PDF_MEDIA_TYPE
from protocol.network import KEEPALIVE_SECONDS
from protocol.version import PROTOCOL_VERSION
from server.api.errors import install_error_handlers
from server.api.routes import (
    account,
    devices,
    documents,
    events,
    export,
    files,
    invitations,
    meetings,
    motions,
    security,
    sync,
    totp,
)
from server.api.versions import VersionMiddleware
from server.db.engine import make_engine
from server.db.migrate import migrate
from server.services.events import SWEEP_SECONDS, EventHub
from server.services.passwords import passwords_for
from server.settings import Settings

#: Answers smaller than this are sent as they are: compressing them costs more than it saves.
GZIP_MINIMUM_BYTES = 1024
#: Paths whose answers are never compressed (``GET /v1/files/{sha256}`` and its ranges).
UNCOMPRESSED_PREFIX = "/v1/files/"


class GZipExceptFiles:
    """``GZipMiddleware`` for every answer but the files'."""

    def __init__(self, app: ASGIApp, minimum_size: int = GZIP_MINIMUM_BYTES) -> None:
        self.app = app
        self.gzip = GZipMiddleware(
            app,
            minimum_size=minimum_size,
            exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, PDF_MEDIA_TYPE),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(UNCOMPRESSED_PREFIX):
            await self.app(scope, receive, send)
        else:
            await self.gzip(scope, receive, send)


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    events_keepalive: float = KEEPALIVE_SECONDS,
    events_sweep: float = SWEEP_SECONDS,
) -> FastAPI:
    """The server application. With ``engine`` given (tests share theirs), the app uses it and
    leaves it open; otherwise the lifespan makes one from the settings and disposes of it.
    ``events_keepalive``: seconds between keep-alive comments on an idle event stream;
    ``events_sweep``: seconds between the hub's checks that do not wait for a commit (writes
    of another process, revoked devices). Tests shorten them; ``app.state`` holds both."""
    settings = settings or Settings()
    owns_engine = engine is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.engine is None:
            app.state.engine = make_engine(settings.database_url)
        migrate(app.state.engine)
        # Sync routes run in these threads; the lifespan runs in the server's event loop.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        # One hub per running server: tests may serve the same app twice at once (a live
        # server and a TestClient), each in its own event loop.
        hub = EventHub(app.state.engine, sweep_seconds=app.state.events_sweep)
        await hub.start()
        loop = asyncio.get_running_loop()
        app.state.event_hubs[loop] = hub
        app.state.events = app.state.events or hub
        try:
            yield
        finally:
            app.state.event_hubs.pop(loop, None)
            if app.state.events is hub:
                app.state.events = next(iter(app.state.event_hubs.values()), None)
            await hub.stop()
            if owns_engine:
                app.state.engine.dispose()
                app.state.engine = None

    app = FastAPI(
        title="Quorum server",
        version=str(PROTOCOL_VERSION),
        summary="Sync server for the elected members of governance bodies.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.passwords = passwords_for(settings.password_profile)
    hubs: dict[asyncio.AbstractEventLoop, EventHub] = {}
    app.state.event_hubs = hubs  # the live event hub of each running server, by event loop
    app.state.events = None  # the first of them (for tests and tools)

    # Called by ``server.embedded.LiveServer.stop`` from its thread: uvicorn waits for every
    # response to end before the lifespan's shutdown, and event streams never end by themselves.
    def close_streams() -> None:
        for hub in list(hubs.values()):
            hub.close_streams()

    app.state.close_streams = close_streams
    app.state.events_keepalive = events_keepalive
    app.state.events_sweep = events_sweep
    # Pages of Markdown shrink about fourfold: it matters on a train's connection. Files are
    # never gzipped: a PDF barely shrinks, and ranges must count the file's own bytes.
    app.add_middleware(GZipExceptFiles, minimum_size=GZIP_MINIMUM_BYTES)
    install_error_handlers(app)
    # Outermost: every answer, the guard's refusals included, says the versions.
    app.add_middleware(
        VersionMiddleware,
        min_app_version=settings.min_app_version,
        update_url=settings.update_url,
    )
    for module in (account, sync, documents, motions, events, meetings, files, security, export):
        app.include_router(module.router)
    app.include_router(devices.router)
    app.include_router(totp.router)
    app.include_router(invitations.router)
    return app
