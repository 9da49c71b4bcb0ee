"""Group commit: write jobs queued together share a transaction, each in its own savepoint."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import (
    Column,
    Connection,
    Engine,
    ForeignKey,
    MetaData,
    String,
    Table,
    insert,
    select,
)

from server.db import group_commit
from server.db.engine import make_engine, reading, writing

scratch = MetaData()
rows = Table("rows", scratch, Column("id", String(32), primary_key=True))
#: Its foreign key is checked at COMMIT: a way to make the COMMIT itself fail.
late_checked = Table(
    "late_checked",
    scratch,
    Column("id", String(32), primary_key=True),
    Column("row_id", String(32), ForeignKey("rows.id", deferrable=True, initially="DEFERRED")),
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'group.db'}")
    scratch.create_all(engine)
    yield engine
    engine.dispose()


def stored(engine: Engine) -> set[str]:
    with reading(engine) as conn:
        return set(conn.execute(select(rows.c.id)).scalars())


def add(row_id: str, fail: bool = False) -> group_commit.Job[str]:
    def job(conn: Connection) -> str:
        conn.execute(insert(rows).values(id=row_id))
        if fail:
            raise ValueError(f"{row_id} fails after writing")
        return row_id

    return job


def run_together(engine: Engine, jobs: list[group_commit.Job[str]]) -> list[object]:
    """Queue every job while the writer lock is held, so that they form one batch."""
    answers: list[object] = [None] * len(jobs)

    def caller(i: int) -> None:
        try:
            answers[i] = group_commit.run(engine, jobs[i])
        except Exception as exc:
            answers[i] = exc

    threads = [threading.Thread(target=caller, args=(i,)) for i in range(len(jobs))]
    with writing(engine):  # holds the writer back until all the jobs are queued
        for thread in threads:
            thread.start()
        while group_commit.waiting(engine) < len(jobs) - 1:  # the first one is taken
            threading.Event().wait(0.005)
    for thread in threads:
        thread.join(timeout=10)
    return answers


def test_a_failing_job_rolls_back_alone_and_the_others_of_its_batch_commit(
    engine: Engine,
) -> None:
    answers = run_together(engine, [add("a"), add("b", fail=True), add("c")])
    assert answers[0] == "a" and answers[2] == "c"
    assert isinstance(answers[1], ValueError)
    assert stored(engine) == {"a", "c"}  # b's row, written before it failed, is gone


def test_a_job_that_raises_instead_leaves_none_of_its_writes_and_answers_with_the_other(
    engine: Engine,
) -> None:
    def replaced(conn: Connection) -> str:
        conn.execute(insert(rows).values(id="half-done"))
        raise group_commit.Instead(add("instead"))

    answers = run_together(engine, [add("before"), replaced, add("after")])
    assert answers == ["before", "instead", "after"]
    assert stored(engine) == {"before", "instead", "after"}


def test_a_failed_commit_fails_every_job_of_the_batch_and_stores_none(engine: Engine) -> None:
    def dangling(conn: Connection) -> str:
        conn.execute(insert(late_checked).values(id="x", row_id="nowhere"))
        return "succeeds until the COMMIT"

    answers = run_together(engine, [add("d"), dangling, add("e")])
    assert all(isinstance(answer, Exception) for answer in answers), answers
    assert stored(engine) == set()


def test_a_job_is_answered_only_once_its_write_is_committed(engine: Engine) -> None:
    assert group_commit.run(engine, add("e")) == "e"
    assert stored(engine) == {"e"}  # another connection sees it at once


def test_the_writer_thread_ends_when_idle_and_comes_back_for_the_next_job(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(group_commit, "IDLE_SECONDS", 0.01)
    assert group_commit.run(engine, add("f")) == "f"
    for _ in range(200):
        if not any(t.name == "quorum-writer" for t in threading.enumerate()):
            break
        threading.Event().wait(0.01)
    assert group_commit.run(engine, add("g")) == "g"
    assert stored(engine) == {"f", "g"}
