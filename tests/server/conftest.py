"""Fixtures for the server's tests: a fresh server database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serverkit import ServerKit, SmallOrg, TestClient, make_server


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[ServerKit]:
    with make_server(tmp_path) as server:
        yield server


@pytest.fixture
def org(kit: ServerKit) -> SmallOrg:
    return kit.seed_small_org()


@pytest.fixture
def client(kit: ServerKit) -> Iterator[TestClient]:
    with kit.client() as test_client:
        yield test_client
