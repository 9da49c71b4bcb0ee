"""The FastAPI application: ``create_app(settings)``; the lifespan owns the engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine

from protocol.version import PROTOCOL_VERSION
from server.api.errors import install_error_handlers
from server.api.routes import account, documents, motions, sync
from server.db.engine import make_engine
from server.db.migrate import migrate
from server.services.passwords import passwords_for
from server.settings import Settings

#: Answers smaller than this are sent as they are: compressing them costs more than it saves.
GZIP_MINIMUM_BYTES = 1024


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The server application. With ``engine`` given (tests share theirs), the app uses it and
    leaves it open; otherwise the lifespan makes one from the settings and disposes of it."""
    settings = settings or Settings()
    owns_engine = engine is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.engine is None:
            app.state.engine = make_engine(settings.database_url)
        migrate(app.state.engine)
        # Sync routes run in these threads; the lifespan runs in the server's event loop.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        try:
            yield
        finally:
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
    # Pages of Markdown shrink about fourfold: it matters on a train's connection.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES)
    install_error_handlers(app)
    for module in (account, sync, documents, motions):
        app.include_router(module.router)
    return app
