"""How the API client turns faults into the sync error tree (faults need a mock transport;
the happy paths run against the real server in tests/integration)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from desktop.sync.api import ApiClient
from desktop.sync.errors import (
    ApiError,
    AuthRequired,
    ProtocolMismatch,
    ServerError,
    ServerUnreachable,
    SyncError,
)
from protocol.version import PROTOCOL_HEADER, PROTOCOL_VERSION

Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler) -> ApiClient:
    return ApiClient(
        httpx.Client(base_url="http://quorum.test", transport=httpx.MockTransport(handler))
    )


def raising(exc: Exception) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


def answering(status: int, **kwargs: object) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, **kwargs)  # type: ignore[arg-type]

    return handler


@pytest.mark.parametrize(
    "fault",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.ReadError("connection reset"),
        httpx.RemoteProtocolError("peer closed"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_no_answer_is_server_unreachable_and_temporary(fault: Exception) -> None:
    with pytest.raises(ServerUnreachable) as caught:
        client(raising(fault)).health()
    assert caught.value.temporary


@pytest.mark.parametrize("status", [502, 503, 504])
def test_a_gateway_without_its_server_is_server_unreachable(status: int) -> None:
    with pytest.raises(ServerUnreachable):
        client(answering(status, text="<html>Bad gateway</html>")).pull("t", None, 10)


def test_another_5xx_is_a_temporary_server_error_with_its_status() -> None:
    handler = answering(500, json={"code": "internal", "message": "boom"})
    with pytest.raises(ServerError) as caught:
        client(handler).pull("t", None, 10)
    assert caught.value.temporary
    assert caught.value.status == 500


def test_a_4xx_is_a_permanent_api_error_carrying_the_servers_code() -> None:
    handler = answering(404, json={"code": "not_found", "message": "Not found."})
    with pytest.raises(ApiError) as caught:
        client(handler).me("t")
    assert (caught.value.code, caught.value.status, caught.value.temporary) == (
        "not_found",
        404,
        False,
    )
    assert not isinstance(caught.value, AuthRequired)


@pytest.mark.parametrize("code", ["unauthenticated", "device_revoked"])
def test_a_dead_token_is_auth_required(code: str) -> None:
    with pytest.raises(AuthRequired) as caught:
        client(answering(401, json={"code": code, "message": "no"})).pull("t", None, 10)
    assert caught.value.code == code


def test_wrong_credentials_are_an_api_error_not_auth_required() -> None:
    handler = answering(401, json={"code": "invalid_credentials", "message": "Wrong."})
    with pytest.raises(ApiError) as caught:
        client(handler).sign_in("a@example.org", "pw", "laptop")
    assert caught.value.code == "invalid_credentials"
    assert not isinstance(caught.value, AuthRequired)


def test_an_outdated_protocol_is_a_protocol_mismatch() -> None:
    handler = answering(426, json={"code": "unsupported_protocol", "message": "Update."})
    with pytest.raises(ProtocolMismatch):
        client(handler).health()


@pytest.mark.parametrize(
    "response_kwargs",
    [{"text": "<html>Not found</html>"}, {"json": {"detail": "Not Found"}}, {"content": b""}],
    ids=["html", "other-json", "empty"],
)
def test_an_unparseable_error_is_a_server_error(response_kwargs: dict[str, object]) -> None:
    with pytest.raises(ServerError):
        client(answering(404, **response_kwargs)).me("t")


def test_a_success_that_does_not_match_the_protocol_is_a_server_error() -> None:
    with pytest.raises(ServerError):
        client(answering(200, json={"changes": "nope"})).pull("t", None, 10)
    with pytest.raises(ServerError):
        client(answering(200, text="not json")).health()


def test_every_error_is_a_sync_error() -> None:
    for cls in (ServerUnreachable, ServerError, ApiError, AuthRequired, ProtocolMismatch):
        assert issubclass(cls, SyncError)


def test_every_request_says_its_protocol_version_and_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"code": "unauthenticated", "message": "no"})

    with pytest.raises(AuthRequired):
        client(handler).pull("secret-token", "c1", 50)
    (request,) = seen
    assert request.headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)
    assert request.headers["Authorization"] == "Bearer secret-token"
    assert request.url.params["cursor"] == "c1"
    assert request.url.params["limit"] == "50"


def test_nothing_secret_or_private_reaches_the_log(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            403, json={"code": "forbidden", "message": "Minutes of the secret merger talks"}
        )

    # httpx's own INFO lines carry URLs; the app keeps that logger at WARNING (services).
    caplog.set_level(logging.DEBUG, logger="desktop")
    api = client(handler)
    with pytest.raises(ApiError):
        api.sign_in("alice@example.org", "hunter2-password", "laptop")
    with pytest.raises(ApiError):
        api.pull("token-abcdef", "cursor-xyz", 10)
    assert caplog.records  # the failures are logged...
    for secret in ("hunter2-password", "token-abcdef", "cursor-xyz", "secret merger", "alice@"):
        assert secret not in caplog.text  # ...without content or credentials
