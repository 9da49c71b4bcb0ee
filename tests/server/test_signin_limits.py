"""Brute force: failed sign-ins are limited per account and per client address, with a growing
delay, the same answers for an unknown email, and the secretariat's unlock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from server import cli
from server.api import create_app
from server.db.engine import make_engine
from server.services.signin_limits import SignInLimits
from tests.server.helpers import assert_error
from tests.serverkit import ServerKit, SmallOrg, TestClient

ATTEMPTS = SignInLimits().max_failures


@dataclass
class Clock:
    """A clock the test moves forward."""

    at: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def clock(kit: ServerKit) -> Clock:
    moving = Clock()
    kit.app.state.signin_limits = SignInLimits(clock=moving.now)
    return moving


def attempt(client: TestClient, email: str, password: str = "pas-le-bon") -> Any:
    return client.post("/v1/auth/sign-in", json={"email": email, "password": password})


def fail(client: TestClient, email: str, times: int) -> list[Any]:
    return [attempt(client, email) for _ in range(times)]


def assert_too_many(response: Any, seconds: int) -> None:
    assert_error(response, 429, "too_many_attempts")
    assert response.headers["Retry-After"] == str(seconds)


def test_five_failures_lock_the_account_with_429_and_retry_after_even_for_the_right_password(
    client: TestClient, org: SmallOrg
) -> None:
    answers = fail(client, org.alice.email, ATTEMPTS)
    for answer in answers[:-1]:
        assert_error(answer, 401, "invalid_credentials")
    assert_too_many(answers[-1], 60)
    assert "60 seconds" in answers[-1].json()["message"]
    assert_too_many(attempt(client, org.alice.email, org.alice.password), 60)
    ok = attempt(client, org.bob.email, org.bob.password)  # another account is not held up
    assert ok.status_code == 200, ok.text


def test_an_unknown_email_gets_exactly_the_same_answers_as_a_real_account(
    client: TestClient, org: SmallOrg
) -> None:
    def answers(email: str) -> list[tuple[int, str, str | None]]:
        return [
            (r.status_code, r.text, r.headers.get("Retry-After"))
            for r in fail(client, email, ATTEMPTS + 2)
        ]

    assert answers(org.alice.email) == answers("personne@exemple.fr")


def test_the_delay_grows_with_each_lock_and_the_lock_ends_on_time(
    client: TestClient, org: SmallOrg, clock: Clock
) -> None:
    waits = []
    for _lock in range(5):
        last = fail(client, org.bob.email, ATTEMPTS)[-1]
        assert_error(last, 429, "too_many_attempts")
        waits.append(int(last.headers["Retry-After"]))
        clock.advance(seconds=waits[-1] - 1)
        assert_error(attempt(client, org.bob.email, org.bob.password), 429, "too_many_attempts")
        clock.advance(seconds=1)
    assert waits == [60, 300, 900, 3600, 3600]
    assert attempt(client, org.bob.email, org.bob.password).status_code == 200


def test_failures_outside_the_window_do_not_add_up(
    client: TestClient, org: SmallOrg, clock: Clock
) -> None:
    fail(client, org.alice.email, ATTEMPTS - 1)
    clock.advance(minutes=16)
    for answer in fail(client, org.alice.email, ATTEMPTS - 1):
        assert_error(answer, 401, "invalid_credentials")


def test_a_success_resets_the_account_count(client: TestClient, org: SmallOrg) -> None:
    fail(client, org.alice.email, ATTEMPTS - 1)
    assert attempt(client, org.alice.email, org.alice.password).status_code == 200
    for answer in fail(client, org.alice.email, ATTEMPTS - 1):
        assert_error(answer, 401, "invalid_credentials")


def test_one_address_trying_many_accounts_is_locked_for_all_of_them_but_not_other_addresses(
    kit: ServerKit, org: SmallOrg
) -> None:
    per_address = SignInLimits().max_failures_per_address
    with kit.client(client=("203.0.113.7", 40000)) as attacker:
        answers = [attempt(attacker, f"cible{n}@exemple.fr") for n in range(per_address)]
        for answer in answers[:-1]:
            assert_error(answer, 401, "invalid_credentials")
        assert_too_many(answers[-1], 60)
        assert_too_many(attempt(attacker, org.alice.email, org.alice.password), 60)
    with kit.client(client=("198.51.100.20", 40000)) as neighbour:
        assert attempt(neighbour, org.alice.email, org.alice.password).status_code == 200


def test_the_secretariat_unlocks_an_account_and_a_member_may_not(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    fail(client, org.alice.email, ATTEMPTS)
    body = {"email": org.alice.email.upper()}
    refused = client.post("/v1/security/unlock", json=body, headers=kit.headers(org.bob))
    assert_error(refused, 403, "forbidden")
    assert_error(attempt(client, org.alice.email, org.alice.password), 429, "too_many_attempts")
    done = client.post("/v1/security/unlock", json=body, headers=kit.headers(org.sara))
    assert done.status_code == 200, done.text
    assert done.json() == {"email": org.alice.email, "was_limited": True}
    assert attempt(client, org.alice.email, org.alice.password).status_code == 200
    unknown = {"email": "personne@exemple.fr"}
    missing = client.post("/v1/security/unlock", json=unknown, headers=kit.headers(org.sara))
    assert_error(missing, 404, "not_found")
    assert_error(client.post("/v1/security/unlock", json=body), 401, "unauthenticated")


def test_the_command_line_unlocks_an_account(
    client: TestClient, kit: ServerKit, org: SmallOrg, capsys: pytest.CaptureFixture[str]
) -> None:
    fail(client, org.alice.email, ATTEMPTS)
    database = ["--database", kit.settings.database_url]
    assert cli.main(["unlock", org.alice.email, *database]) == 0
    assert "unlocked" in capsys.readouterr().out
    assert attempt(client, org.alice.email, org.alice.password).status_code == 200
    assert cli.main(["unlock", "personne@exemple.fr", *database]) == 1
    assert "No member" in capsys.readouterr().err


@pytest.fixture
def restarted(kit: ServerKit) -> Iterator[TestClient]:
    """A second server process on the same database file: its own engine and app."""
    engine = make_engine(kit.settings.database_url)
    try:
        with TestClient(create_app(kit.settings, engine=engine)) as client:
            yield client
    finally:
        engine.dispose()


def test_a_lock_holds_across_a_restart_on_the_same_database(
    client: TestClient, org: SmallOrg, restarted: TestClient
) -> None:
    fail(client, org.alice.email, ATTEMPTS)
    answer = attempt(restarted, org.alice.email, org.alice.password)
    assert_error(answer, 429, "too_many_attempts")
    assert 0 < int(answer.headers["Retry-After"]) <= 60
