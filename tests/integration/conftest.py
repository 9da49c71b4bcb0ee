"""The desktop sync engine against the real server app and a real encrypted cache.

``kit`` is a real server database and app (tests/serverkit.py); ``make_desktop`` builds one
member's desktop: a SQLCipher cache in its own profile folder and a sync engine that reaches the
server either straight through a ``TestClient`` or, for faults, through a ``Network`` that can
go down or lose answers (a ``MockTransport`` in front of the same real app).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.cache import CacheKey, CacheStore
from desktop.cache.records import Account as CacheAccount
from desktop.sync.api import ApiClient
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine
from protocol.models import MAX_PUSH_BATCH
from tests.serverkit import Account, ServerKit, SmallOrg, TestClient, make_server

SERVER_URL = "http://testserver"
#: Small pages, so that every sync crosses several pages.
PAGE_LIMIT = 4


class Network:
    """A switchable network in front of the real in-process server.

    ``up = False``: every request fails to connect. ``lose_answers_to``: requests to those paths
    reach the server, are applied, and then the connection is cut before the answer arrives.
    ``fail[path] = [None, 500]``: the next requests to ``path`` pass (None) or get that status
    from a failing server without reaching the app. ``answers`` keeps (path, status, JSON body)
    of every answer the app received; ``sent`` the JSON body of every request that left.
    """

    def __init__(self, server: TestClient) -> None:
        self.server = server
        self.up = True
        self.lose_answers_to: set[str] = set()
        self.fail: dict[str, list[int | None]] = {}
        self.answers: list[tuple[str, int, Any]] = []
        self.sent: list[tuple[str, Any]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if not self.up:
            raise httpx.ConnectError("network is unreachable", request=request)
        path = request.url.path
        self.sent.append((path, json.loads(request.content) if request.content else None))
        planned = self.fail.get(path)
        status = planned.pop(0) if planned else None
        if status is not None:
            failure = {"code": "internal", "message": "The server could not do that."}
            self.answers.append((path, status, failure))
            return httpx.Response(status, json=failure)
        forwarded = self.server.send(request)
        if path in self.lose_answers_to:
            raise httpx.ReadError("connection reset by peer", request=request)
        body = forwarded.json() if forwarded.content else None
        self.answers.append((path, forwarded.status_code, body))
        return httpx.Response(
            forwarded.status_code,
            headers={"content-type": forwarded.headers.get("content-type", "application/json")},
            content=forwarded.content,
        )

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=SERVER_URL, transport=httpx.MockTransport(self.handle))

    def answers_to(self, path: str) -> list[Any]:
        return [body for p, _status, body in self.answers if p == path]


@dataclass
class Desktop:
    """One member's desktop: profile folder, cache key, cache and sync engine."""

    profile_dir: Path
    key: CacheKey
    http: httpx.Client
    push_batch: int = MAX_PUSH_BATCH
    store: CacheStore = field(init=False)
    engine: SyncEngine = field(init=False)

    def __post_init__(self) -> None:
        self.store = CacheStore.open(self.profile_dir, self.key)
        self.engine = self._new_engine()

    def _new_engine(self) -> SyncEngine:
        return SyncEngine(
            ApiClient(self.http),
            self.store,
            SERVER_URL,
            backoff=Backoff(rand=lambda: 0.0),
            page_limit=PAGE_LIMIT,
            push_batch=self.push_batch,
        )

    def engine_api(self) -> ApiClient:
        """A client of the same server, for calls the engine would not make."""
        return ApiClient(self.http)

    def sign_in(self, account: Account) -> CacheAccount:
        return self.engine.sign_in(account.email, account.password, "integration tests")

    def restart(self) -> None:
        """Quit the app and start it again: the cache is closed and reopened."""
        self.store.close()
        self.__post_init__()

    def close(self) -> None:
        self.store.close()


MakeDesktop = Callable[..., Desktop]


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server_kit:
        yield server_kit


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def server(kit: ServerKit) -> Iterator[TestClient]:
    with kit.client() as client:
        yield client


@pytest.fixture
def network(server: TestClient) -> Network:
    return Network(server)


@pytest.fixture
def make_desktop(tmp_path: Path, server: TestClient, network: Network) -> Iterator[MakeDesktop]:
    """``make_desktop(name, via_network=False, push_batch=MAX_PUSH_BATCH)``: a new desktop
    with its own profile folder; with ``via_network`` it talks to the server through
    ``network`` (for faults)."""
    made: list[Desktop] = []

    def make(
        name: str = "desktop", *, via_network: bool = False, push_batch: int = MAX_PUSH_BATCH
    ) -> Desktop:
        profile_dir = tmp_path / "profiles" / name
        profile_dir.mkdir(parents=True)
        http = network.client() if via_network else server
        desktop = Desktop(profile_dir, CacheKey.generate(), http, push_batch)
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        desktop.close()
        if desktop.http is not server:
            desktop.http.close()


def snapshot(store: CacheStore) -> dict[str, Any]:
    """Everything a member can read in their cache, for comparing two caches."""
    committees = store.committees()
    places: list[str | None] = [None, *(c.id for c in committees)]
    documents = {
        str(place): [store.document(d.id) for d in store.documents(place)] for place in places
    }
    return {
        "organisation": store.organisation_name(),
        "committees": committees,
        "documents": documents,
        "counts": store.counts(),
    }


def readers(kit: ServerKit, secretary: Account, document_id: str) -> dict[str, Any]:
    """Who has read a document, as the secretariat sees it on the server."""
    with kit.client() as client:
        response = client.get(
            f"/v1/documents/{document_id}/receipts", headers=kit.headers(secretary)
        )
    response.raise_for_status()
    return {
        entry["member_id"]: entry["read_at"]
        for entry in response.json()["readers"]
        if entry["read_at"] is not None
    }


def server_rows(kit: ServerKit, sql: str, **params: Any) -> list[Any]:
    """Rows of the server database (to count what was stored, e.g. receipts)."""
    from sqlalchemy import text

    with kit.engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


def dumps(value: Any) -> str:
    return json.dumps(value, default=str, sort_keys=True)
