"""The version policy on every answer (docs/INSTALLED.md): each response carries the protocol
version the server speaks, the oldest app version it accepts and, when the organisation set it,
where to get a newer app. A request from an app older than that is answered 426
``app_too_old`` (except health and the API's documentation), so an outdated app never syncs,
whatever it does with the headers.

A plain ASGI middleware, outermost: the body guard's own refusals carry the headers too.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from protocol.errors import ErrorCode
from protocol.version import (
    APP_VERSION_HEADER,
    MIN_APP_VERSION_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    UPDATE_URL_HEADER,
    older_than,
)

#: Paths an outdated app may still call: what lets it say why it cannot sync.
EXEMPT = frozenset({"/v1/health", "/openapi.json", "/docs", "/redoc"})


class VersionMiddleware:
    def __init__(self, app: ASGIApp, min_app_version: str, update_url: str = "") -> None:
        self.app = app
        self.min_app_version = min_app_version
        headers = [
            (PROTOCOL_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode()),
            (MIN_APP_VERSION_HEADER.lower().encode(), min_app_version.encode("latin-1")),
        ]
        if update_url:
            headers.append((UPDATE_URL_HEADER.lower().encode(), update_url.encode("latin-1")))
        self.headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_versions(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        app_version = dict(scope.get("headers") or []).get(APP_VERSION_HEADER.lower().encode())
        path = str(scope.get("path", "")).rstrip("/") or "/"
        if (
            app_version is not None
            and path not in EXEMPT
            and older_than(app_version.decode("latin-1"), self.min_app_version)
        ):
            await self._refuse(send_with_versions)
            return
        await self.app(scope, receive, send_with_versions)

    async def _refuse(self, send: Send) -> None:
        message = f"This server needs Quorum {self.min_app_version} or later; update the app."
        body = json.dumps({"code": ErrorCode.APP_TOO_OLD.value, "message": message}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 426, "headers": headers})
        await send({"type": "http.response.body", "body": body})
