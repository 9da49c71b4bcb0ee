"""Deadlines are judged inside each push's own write transaction: no cached deadline, so a
motion closed, extended or reopened by any writer (the app, the command line, another
process) is seen by the very next ballot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import anyio.to_thread
from sqlalchemy import update

from server.api import create_app
from server.db import tables as t
from server.db.engine import writing
from server.services import motion_views, motions
from server.settings import Settings, default_worker_threads
from tests.serverkit import ServerKit, TestClient


def test_a_motion_closed_then_reopened_then_extended_is_seen_by_the_next_ballot(
    kit: ServerKit,
) -> None:
    board = kit.seed_board(3)
    motion = kit.motion("Budget", board.committee.id)
    with kit.client() as http:
        first, second, third = (kit.outbox(m, http) for m in board.members)
        assert first.vote(motion, ["for"]).status == "applied"
        with writing(kit.engine) as conn:  # the deadline passes, written behind the app's back
            conn.execute(update(t.motions).values(closes_at=datetime.now(UTC)))
        assert second.vote(motion, ["for"]).code == "motion_closed"
        assert motion_views.get(kit.engine, None, motion.id).status == "closed"
        later = datetime.now(UTC) + timedelta(hours=1)
        motions.reopen(kit.engine, None, motion.id, later)
        assert second.vote(motion, ["against"]).status == "applied"
        motions.extend(kit.engine, None, motion.id, later + timedelta(days=1))
        assert third.vote(motion, ["abstain"]).status == "applied"


def test_the_server_runs_blocking_work_on_the_configured_number_of_threads(
    kit: ServerKit,
) -> None:
    settings = Settings(database_url=kit.settings.database_url, worker_threads=3)
    app = create_app(settings, engine=kit.engine)
    with TestClient(app) as client:
        limiter = anyio.to_thread.current_default_thread_limiter
        assert client.portal.call(lambda: limiter().total_tokens) == 3


def test_the_number_of_worker_threads_comes_from_the_environment_when_set() -> None:
    assert default_worker_threads({"QUORUM_WORKER_THREADS": "5"}) == 5
    assert default_worker_threads({"QUORUM_WORKER_THREADS": "many"}) == 8
    assert default_worker_threads({}) == 8
