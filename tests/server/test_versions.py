"""The version policy on the server: every answer carries the protocol version and the oldest
app version accepted (and where to get the app); an older app is refused 426 ``app_too_old``
everywhere but health and the API's documentation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from protocol.version import (
    APP_VERSION_HEADER,
    MIN_APP_VERSION_HEADER,
    PROTOCOL_HEADER,
    UPDATE_URL_HEADER,
    older_than,
    parse_version,
)
from server.api import create_app
from server.settings import Settings, default_min_app_version, default_update_url
from tests.serverkit import ServerKit, SmallOrg, TestClient

UPDATE = "https://intranet.mutuelle.example/quorum"


def strict(kit: ServerKit, minimum: str = "2.0.0") -> TestClient:
    settings = replace(kit.settings, min_app_version=minimum, update_url=UPDATE)
    return TestClient(create_app(settings, engine=kit.engine))


def test_every_answer_says_the_protocol_and_the_oldest_app_accepted(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    answers = [
        client.get("/v1/health"),
        client.get("/v1/me", headers=kit.headers(org.alice)),
        client.get("/v1/me"),  # 401
        client.get("/v1/nothing-here"),  # 404
        client.post("/v1/auth/sign-in", content=b"x" * 2_000_000),  # 413 from the body guard
        client.get("/v1/me", headers={PROTOCOL_HEADER: "99"}),  # unsupported protocol
    ]
    assert [a.status_code for a in answers] == [200, 200, 401, 404, 413, 400]
    for answer in answers:
        assert answer.headers[PROTOCOL_HEADER] == "1"
        assert answer.headers[MIN_APP_VERSION_HEADER] == "0.1.0"
        assert UPDATE_URL_HEADER not in answer.headers  # the organisation set none


def test_an_app_older_than_the_server_accepts_is_refused_426_but_may_ask_health(
    kit: ServerKit, org: SmallOrg
) -> None:
    with strict(kit) as client:
        old = {APP_VERSION_HEADER: "1.9.3", **kit.headers(org.alice)}
        refused = client.get("/v1/me", headers=old)
        assert refused.status_code == 426
        assert refused.json()["code"] == "app_too_old"
        assert "2.0.0" in refused.json()["message"]
        assert refused.headers[UPDATE_URL_HEADER] == UPDATE
        assert client.get("/v1/health", headers=old).status_code == 200
        fresh = {APP_VERSION_HEADER: "2.0.0", **kit.headers(org.alice)}
        assert client.get("/v1/me", headers=fresh).status_code == 200
        # a client that does not say its version is not refused (the answer tells it)
        assert client.get("/v1/me", headers=kit.headers(org.alice)).status_code == 200


@pytest.mark.parametrize(
    ("version", "minimum", "older"),
    [
        ("0.1.0", "0.1.0", False),
        ("0.1.0", "0.2.0", True),
        ("0.10.0", "0.9.9", False),
        ("1.2", "1.2.1", True),
        ("1.2.0rc1", "1.2.0", False),
        ("garbage", "1.0.0", False),
        ("1.0.0", "", False),
    ],
)
def test_versions_compare_by_number_not_by_text(version: str, minimum: str, older: bool) -> None:
    assert older_than(version, minimum) is older


def test_the_policy_comes_from_the_environment() -> None:
    env = {"QUORUM_MIN_APP_VERSION": "0.3.0", "QUORUM_UPDATE_URL": UPDATE}
    assert default_min_app_version(env) == "0.3.0"
    assert default_update_url(env) == UPDATE
    assert default_min_app_version({}) == Settings().min_app_version == "0.1.0"
    assert parse_version("0.3") == (0, 3, 0)
