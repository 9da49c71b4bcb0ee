"""Every error is JSON ``{"code", "message"}``; bad input is a 4xx, never a 5xx."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server.helpers import assert_error
from tests.serverkit import ServerKit, SmallOrg, TestClient

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def test_malformed_json_is_a_422_validation_error(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    for path in ("/v1/auth/sign-in", "/v1/sync/push"):
        response = client.post(
            path,
            content=b'{"email": "alice@',
            headers={"Content-Type": "application/json", **kit.headers(org.alice)},
        )
        assert_error(response, 422, "validation_error")


@pytest.mark.parametrize(
    "body",
    [
        {"email": 12, "password": "x"},
        {"email": "a@b.fr"},
        {"email": "a@b.fr", "password": ""},
        {"email": "a@b.fr", "password": "x", "unexpected": True},
        ["a@b.fr", "x"],
        "a@b.fr",
    ],
)
def test_a_sign_in_with_wrong_types_or_fields_is_a_422(client: TestClient, body: Any) -> None:
    assert_error(client.post("/v1/auth/sign-in", json=body), 422, "validation_error")


@pytest.mark.parametrize(
    "mutations",
    [
        "nope",
        [{"client_id": "short", "seq": 1, "kind": "document.read", "data": {}}],
        [{"client_id": "abcdefgh", "seq": "one", "kind": "document.read", "data": {}}],
        [{"client_id": "abcdefgh", "seq": 0, "kind": "document.read", "data": {}}],
        [{"client_id": "abcdefgh", "seq": 1, "kind": "document.read", "data": []}],
        [
            {"client_id": f"client-{i:04}", "seq": i + 1, "kind": "x", "data": {}}
            for i in range(201)
        ],
    ],
)
def test_a_push_with_a_malformed_batch_is_a_422(
    client: TestClient, kit: ServerKit, org: SmallOrg, mutations: Any
) -> None:
    response = client.post(
        "/v1/sync/push", json={"mutations": mutations}, headers=kit.headers(org.alice)
    )
    assert_error(response, 422, "validation_error")


@pytest.mark.parametrize("limit", ["0", "-1", "1001", "99999999999999999999999", "abc", "1.5"])
def test_a_page_limit_out_of_range_or_not_a_number_is_a_422(
    client: TestClient, kit: ServerKit, org: SmallOrg, limit: str
) -> None:
    response = client.get(f"/v1/sync?limit={limit}", headers=kit.headers(org.alice))
    assert_error(response, 422, "validation_error")


def test_an_unknown_route_is_not_found_and_a_wrong_method_is_405(client: TestClient) -> None:
    assert_error(client.get("/v1/nothing-here"), 404, "not_found")
    assert_error(client.get("/"), 404, "not_found")
    response = client.delete("/v1/health")
    assert_error(response, 405, "method_not_allowed")
    assert "GET" in response.headers["allow"]
    assert_error(client.put("/v1/auth/sign-in", json={}), 405, "method_not_allowed")


def test_a_body_over_the_limit_is_refused_as_too_large(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    huge = b'{"mutations": [' + b" " * (2 * 1024 * 1024) + b"]}"
    response = client.post(
        "/v1/sync/push",
        content=huge,
        headers={"Content-Type": "application/json", **kit.headers(org.alice)},
    )
    assert_error(response, 413, "payload_too_large")


def test_a_streamed_body_over_the_limit_is_refused_too(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    def chunks() -> Any:
        yield b'{"mutations": ['
        for _ in range(40):
            yield b" " * 65536
        yield b"]}"

    response = client.post(
        "/v1/sync/push",
        content=chunks(),
        headers={"Content-Type": "application/json", **kit.headers(org.alice)},
    )
    assert_error(response, 413, "payload_too_large")


def test_an_unsupported_protocol_version_is_refused_but_health_still_answers(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    headers = kit.headers(org.alice)
    assert client.get("/v1/me", headers={**headers, "X-Quorum-Protocol": "1"}).is_success
    response = client.get("/v1/me", headers={**headers, "X-Quorum-Protocol": "99"})
    assert_error(response, 400, "unsupported_protocol")
    health = client.get("/v1/health", headers={"X-Quorum-Protocol": "99"})
    assert health.json()["protocol_version"] == 1


def test_an_unexpected_failure_is_a_500_internal_whose_log_holds_no_content(
    kit: ServerKit, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(detail: str) -> None:
        raise RuntimeError(detail)  # content reaching an exception message

    kit.app.add_api_route("/v1/explode", explode)
    with caplog.at_level(logging.ERROR, logger="server.api"), kit.client() as client:
        response = client.get("/v1/explode", params={"detail": "Le budget confidentiel"})
    assert_error(response, 500, "internal")
    assert "budget" not in response.text
    assert "RuntimeError" in caplog.text
    assert "budget confidentiel" not in caplog.text


def test_the_openapi_document_describes_the_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/v1/sync" in spec["paths"]
    assert "/v1/documents/{document_id}/receipts" in spec["paths"]
    assert "ErrorBody" in spec["components"]["schemas"]


@FUZZ
@given(cursor=st.text(max_size=300))
def test_any_cursor_gets_a_page_or_a_4xx_never_a_5xx(
    client: TestClient, kit: ServerKit, org: SmallOrg, cursor: str
) -> None:
    headers = _alice_headers(kit, org)
    response = client.get("/v1/sync", params={"cursor": cursor}, headers=headers)
    assert response.status_code < 500
    if response.status_code == 200 and cursor:  # an empty cursor means "from the start"
        assert response.json()["reset"] or response.json()["changes"] == []


@FUZZ
@given(body=json_values)
def test_any_json_pushed_gets_a_2xx_or_4xx_never_a_5xx(
    client: TestClient, kit: ServerKit, org: SmallOrg, body: Any
) -> None:
    headers = _alice_headers(kit, org)
    for payload in (body, {"mutations": body}, {"mutations": [body]}):
        response = client.post("/v1/sync/push", json=payload, headers=headers)
        assert response.status_code < 500, response.text
        assert "code" in response.json() or "results" in response.json()


@FUZZ
@given(
    data=st.dictionaries(
        st.sampled_from(["document_id", "read_at", "other"]), json_values, max_size=3
    ),
    kind=st.sampled_from(["document.read", "vote.cast", ""]),
    seq=st.integers(min_value=1, max_value=2**70),
)
def test_any_mutation_data_is_applied_or_rejected_never_a_5xx(
    client: TestClient, kit: ServerKit, org: SmallOrg, data: Any, kind: str, seq: int
) -> None:
    headers = _alice_headers(kit, org)
    mutation = {"client_id": f"fuzz-{seq:022}", "seq": seq, "kind": kind, "data": data}
    response = client.post("/v1/sync/push", json={"mutations": [mutation]}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] in ("applied", "rejected")


_tokens: dict[int, dict[str, str]] = {}


def _alice_headers(kit: ServerKit, org: SmallOrg) -> dict[str, str]:
    """One device per kit, so the fuzzing does not sign in for every example."""
    key = id(kit)
    if key not in _tokens:
        _tokens.clear()
        _tokens[key] = kit.headers(org.alice)
    return _tokens[key]


@pytest.mark.parametrize(
    "header",
    [
        ("X-Quorum-Protocol", "1" * 5000),
        ("Content-Length", "9" * 5000),
    ],
)
def test_a_header_with_thousands_of_digits_is_a_4xx_not_a_500(
    client: TestClient, kit: ServerKit, org: SmallOrg, header: tuple[str, str]
) -> None:
    name, value = header
    response = client.get("/v1/me", headers={**kit.headers(org.alice), name: value})
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["code"] in ("unsupported_protocol", "payload_too_large")
