"""The server address rule (docs/SECURITY.md): https only, except this computer and the test
servers the member allowed; every client the app builds checks it before connecting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.sync.api import ApiClient, build_http_client
from desktop.sync.errors import ServerUnreachable
from desktop.sync.server_address import (
    CaFileUnusable,
    InsecureServerAddress,
    ServerTrust,
    check_server_address,
    current_trust,
    needs_permission,
    origin,
    set_trust,
    ssl_context,
)


@pytest.fixture(autouse=True)
def system_trust_afterwards() -> Iterator[None]:
    yield
    set_trust(ServerTrust())


@pytest.mark.parametrize(
    "address",
    [
        "https://quorum.example.org",
        "https://quorum.example.org:8443/",
        "http://localhost:8000",
        "http://127.0.0.1:8000",
        "http://[::1]:8000",
        "HTTP://LocalHost",
    ],
)
def test_https_and_this_computer_are_allowed_without_asking(address: str) -> None:
    assert check_server_address(address) == address
    assert not needs_permission(address)


@pytest.mark.parametrize(
    "address",
    [
        "http://quorum.example.org",
        "http://192.168.1.20:8000",
        "http://127.0.0.2:8000",  # the rule names this computer's addresses exactly
        "ftp://quorum.example.org",
        "quorum.example.org",
        "http://[::1",
    ],
)
def test_any_other_address_is_refused_with_the_address_in_the_error(address: str) -> None:
    with pytest.raises(InsecureServerAddress) as refused:
        check_server_address(address)

    assert refused.value.code == "insecure_server_address"
    assert refused.value.address == address
    assert not refused.value.temporary


def test_an_allowed_test_server_is_that_address_only_whatever_its_spelling() -> None:
    allowed = ["HTTP://Test.Example.org:8000/"]

    assert check_server_address("http://test.example.org:8000/v1", allowed)
    for other in ("http://test.example.org:8001", "http://other.example.org:8000"):
        with pytest.raises(InsecureServerAddress):
            check_server_address(other, allowed)
    assert origin("HTTP://X.ORG:80/path") == origin("http://x.org") == "http://x.org"


def test_a_client_to_a_refused_address_fails_before_connecting_not_as_offline() -> None:
    seen: list[httpx.Request] = []

    def network(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = build_http_client("http://quorum.example.org", httpx.MockTransport(network))
    with client, pytest.raises(InsecureServerAddress) as refused:
        ApiClient(client).health()

    assert seen == []
    assert refused.value.address == "http://quorum.example.org"
    assert not isinstance(refused.value, ServerUnreachable)


def test_allowing_a_test_server_takes_effect_for_clients_already_built() -> None:
    client = build_http_client(
        "http://quorum.test", httpx.MockTransport(lambda _r: httpx.Response(503))
    )
    with client:
        with pytest.raises(InsecureServerAddress):
            ApiClient(client).health()
        set_trust(ServerTrust.of(insecure_servers=["http://quorum.test"]))
        with pytest.raises(ServerUnreachable):  # now it goes out (and the stub is down)
            ApiClient(client).health()

    assert current_trust().insecure_servers == frozenset({"http://quorum.test"})


def test_a_ca_file_that_is_not_a_certificate_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "ca.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n", encoding="utf-8")

    for path in (str(junk), str(tmp_path / "missing.pem")):
        with pytest.raises(CaFileUnusable) as refused:
            ssl_context(path)
        assert refused.value.path == path
