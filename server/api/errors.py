"""Every error the API answers is JSON ``{"code", "message"}`` with a stable code.

- domain errors (``server.services.errors``) carry their own code and status;
- request validation and malformed JSON: 422 ``validation_error``;
- unknown route 404 ``not_found``, wrong method 405 ``method_not_allowed``;
- a body over ``MAX_BODY_BYTES``: 413 ``payload_too_large`` (``POST /v1/files`` alone takes up
  to ``MAX_FILE_BYTES``: 413 ``file_too_large`` above);
- an unsupported ``X-Quorum-Protocol``: 400 ``unsupported_protocol``;
- anything unexpected: 500 ``internal``, logged with its type and stack but no content.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from protocol.documents import MAX_FILE_BYTES
from protocol.errors import DocumentErrorCode, ErrorBody, ErrorCode
from protocol.version import PROTOCOL_HEADER, PROTOCOL_VERSION
from server.services.errors import ServiceError

log = logging.getLogger("server.api")

#: Largest request body accepted.
MAX_BODY_BYTES = 1024 * 1024
#: The one route that takes larger bodies: a PDF upload.
UPLOAD_PATH = "/v1/files"
FILE_TOO_LARGE_MESSAGE = f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB."
SUPPORTED_PROTOCOLS = frozenset({PROTOCOL_VERSION})
#: Paths that answer whatever protocol the client speaks (so it can learn ours).
PROTOCOL_EXEMPT = frozenset({"/v1/health", "/openapi.json", "/docs", "/redoc"})

#: Status of a framework error -> its code.
STATUS_CODES = {
    400: ErrorCode.VALIDATION_ERROR,
    401: ErrorCode.UNAUTHENTICATED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    409: ErrorCode.CONFLICT,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    422: ErrorCode.VALIDATION_ERROR,
}
STATUS_MESSAGES = {
    404: "No such resource.",
    405: "That method is not allowed here.",
    413: "The request is too large.",
}

#: The error responses every route may give, for the OpenAPI document.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": "Error"} for status in (401, 403, 404, 422)
}
# The guard refuses a body over the limit on every route.
ERROR_RESPONSES[413] = {"model": ErrorBody, "description": "The request is too large"}


def error_response(
    status: int, code: ErrorCode | str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(code=str(code), message=message)
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _error_bytes(code: ErrorCode | DocumentErrorCode, message: str) -> bytes:
    return json.dumps({"code": code.value, "message": message}).encode()


async def _on_service_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.http_status == 401 else None
    return error_response(exc.http_status, exc.wire_code, exc.message, headers)


async def _on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if not errors:
        return error_response(422, ErrorCode.VALIDATION_ERROR, "Invalid request.")
    first = errors[0]
    if first.get("type") == "json_invalid":
        message = "The request body is not valid JSON."
    else:
        where = ".".join(str(part) for part in first.get("loc", ()))
        message = f"{where}: {first.get('msg', 'invalid')}"
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more)"
    return error_response(422, ErrorCode.VALIDATION_ERROR, message)


async def _on_http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if status == 400:  # the framework could not read the body (not UTF-8): like bad JSON
        return error_response(
            422, ErrorCode.VALIDATION_ERROR, "The request body is not valid JSON."
        )
    code = STATUS_CODES.get(status, ErrorCode.INTERNAL if status >= 500 else None)
    code = code or ErrorCode.VALIDATION_ERROR
    message = STATUS_MESSAGES.get(status) or (exc.detail if isinstance(exc.detail, str) else "")
    return error_response(status, code, message or "The request failed.", exc.headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ServiceError, _on_service_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_middleware(GuardMiddleware)


class _BodyTooLarge(Exception):
    pass


@dataclass
class _Exchange:
    """What the guard knows of one request/response so far."""

    started: bool = False  # the response has begun: too late to send another
    received: int = 0
    too_large: bool = False


@dataclass(frozen=True)
class _Limit:
    """How large a request's body may be, and what to answer above."""

    max_bytes: int
    code: ErrorCode | DocumentErrorCode = ErrorCode.PAYLOAD_TOO_LARGE
    message: str = STATUS_MESSAGES[413]


class GuardMiddleware:
    """Turns unexpected exceptions into a 500 JSON answer (the log holds no content),
    refuses bodies over the limit and clients speaking another protocol."""

    def __init__(self, app: ASGIApp, max_body_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v for k, v in scope.get("headers", [])}
        limit = self._limit(scope)
        refusal = self._refuse(scope["path"], headers, limit)
        if refusal is not None:
            await _send_error(send, *refusal)
            return
        state = _Exchange()

        async def guarded_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state.received += len(message.get("body", b""))
                if state.received > limit.max_bytes:
                    state.too_large = True
                    raise _BodyTooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            if state.too_large:
                return  # the app's answer to a cut body is replaced by our 413
            if message["type"] == "http.response.start":
                state.started = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, guarded_send)
        except Exception as exc:
            if not state.too_large:
                log.error(
                    "unexpected %s on %s %s\n%s",
                    type(exc).__name__,
                    scope.get("method"),
                    scope.get("path"),
                    "".join(traceback.format_tb(exc.__traceback__)),
                )
                if not state.started:
                    await _send_error(send, 500, ErrorCode.INTERNAL, "The server failed.")
                    return
                raise
        if state.too_large:
            await _send_error(send, 413, limit.code, limit.message)

    def _limit(self, scope: Scope) -> _Limit:
        if scope.get("method") == "POST" and scope["path"].rstrip("/") == UPLOAD_PATH:
            return _Limit(MAX_FILE_BYTES, DocumentErrorCode.FILE_TOO_LARGE, FILE_TOO_LARGE_MESSAGE)
        return _Limit(self.max_body_bytes)

    def _refuse(
        self, path: str, headers: dict[str, bytes], limit: _Limit
    ) -> tuple[int, ErrorCode | DocumentErrorCode, str] | None:
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return 400, ErrorCode.VALIDATION_ERROR, "Invalid Content-Length."
            size = _small_number(length.decode("latin-1"))
            if size is None or size > limit.max_bytes:
                return 413, limit.code, limit.message
        version = headers.get(PROTOCOL_HEADER.lower())
        if version is not None and path not in PROTOCOL_EXEMPT:
            if _small_number(version.decode("latin-1").strip()) not in SUPPORTED_PROTOCOLS:
                return (
                    400,
                    ErrorCode.UNSUPPORTED_PROTOCOL,
                    f"This server speaks protocol {PROTOCOL_VERSION}; update the app.",
                )
        return None


def _small_number(text: str) -> int | None:
    """The value of a header made of ASCII digits; None when it is not, or when it has so many
    digits that no value we accept is that large (``int()`` raises beyond 4,300 digits)."""
    if not text.isascii() or not text.isdigit():
        return None
    digits = text.lstrip("0") or "0"
    return int(digits) if len(digits) <= 18 else None


async def _send_error(
    send: Send, status: int, code: ErrorCode | DocumentErrorCode, message: str
) -> None:
    body = _error_bytes(code, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
