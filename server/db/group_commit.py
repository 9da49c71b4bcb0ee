"""Group commit: write jobs queued together share one transaction.

``run(engine, job)`` hands ``job(conn)`` to the engine's writer thread and waits for it. The
writer opens a ``writing`` transaction for the first job and, in that same transaction, runs
every job that is waiting meanwhile (up to ``MAX_BATCH``), each in its own SAVEPOINT: a job
that raises rolls back alone and gets its exception, the others go on. Every job is answered
only after the COMMIT, so an answer always describes what is stored; when the COMMIT fails,
every job of the batch gets that error and none of them is stored.

Why: under a burst, each write paid its own BEGIN IMMEDIATE, COMMIT and connection, and dozens
of threads fought over the interpreter lock while one of them held the writer lock. One
thread doing every write in batches spends its time on the writes themselves.

A job that must undo its own writes and store something else instead (push: a refused
mutation leaves nothing half-done, and its refusal is stored) raises ``Instead``: its
SAVEPOINT is rolled back and the replacement runs in a new one, so the common case pays for
one SAVEPOINT, not two.

The writer thread starts with the first job and ends after ``IDLE_SECONDS`` without one. A
job must not wait for a write itself (``writing`` or ``run``): the writer is already in one.
"""

from __future__ import annotations

import queue
import threading
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

from server.db.engine import writing

T = TypeVar("T")
#: Most jobs in one transaction: bounds how long the first of them waits for its answer.
MAX_BATCH = 64
IDLE_SECONDS = 2.0

#: A write job: runs inside the shared transaction, returns its answer.
Job = Callable[[Connection], T]
_Queued = tuple[Callable[[Connection], Any], "Future[Any]"]
_Answer = tuple["Future[Any]", Any, BaseException | None]


class Instead(Exception):
    """Raised by a job: roll back what it wrote and run ``job`` in its place, in the same
    transaction; the answer is that of ``job``."""

    def __init__(self, job: Callable[[Connection], Any]) -> None:
        super().__init__("a job replaced by another")
        self.job = job


class _Writer:
    def __init__(self, engine: Engine) -> None:
        self._engine = weakref.ref(engine)
        self._jobs: queue.SimpleQueue[_Queued] = queue.SimpleQueue()
        self._guard = threading.Lock()
        self._running = False

    def waiting(self) -> int:
        return self._jobs.qsize()

    def submit(self, job: Job[T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((job, future))
        with self._guard:
            if not self._running:
                self._running = True
                threading.Thread(target=self._loop, name="quorum-writer", daemon=True).start()
        return future

    def _loop(self) -> None:
        while True:
            try:
                first = self._jobs.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                with self._guard:
                    if self._jobs.empty():  # a job submitted now starts a new thread
                        self._running = False
                        return
                continue
            self._run(first)

    def _more(self, batch: list[_Queued]) -> bool:
        """Take the next waiting job into the batch; False when none waits (or it is full)."""
        if len(batch) >= MAX_BATCH:
            return False
        try:
            batch.append(self._jobs.get_nowait())
        except queue.Empty:
            return False
        return True

    def _run(self, first: _Queued) -> None:
        engine = self._engine()
        batch = [first]
        answers: list[_Answer] = []
        try:
            if engine is None:
                raise RuntimeError("the database engine is gone")
            with writing(engine) as conn:
                while len(answers) < len(batch) or self._more(batch):
                    job, future = batch[len(answers)]
                    answers.append(_answer(conn, job, future))
        except BaseException as exc:  # the transaction failed: nothing of the batch is stored
            for _job, future in batch:
                future.set_exception(exc)
            return
        for future, result, error in answers:
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)


def _answer(conn: Connection, job: Callable[[Connection], Any], future: Future[Any]) -> _Answer:
    """Run one job in its own SAVEPOINT (or, when it says so, the job it names instead)."""
    try:
        with _savepoint(conn):
            return (future, job(conn), None)
    except Instead as instead:
        return _answer(conn, instead.job, future)
    except Exception as exc:  # this job's own failure: the others go on
        return (future, None, exc)


@contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    """A SAVEPOINT around one job, rolled back when it raises. On SQLite said to the driver
    itself: ``begin_nested`` builds and compiles its statements anew each time (~120 µs
    against ~4, for every job)."""
    if conn.dialect.name != "sqlite":
        with conn.begin_nested():
            yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("SAVEPOINT group_commit_job")
    try:
        yield
    except BaseException:
        driver.execute("ROLLBACK TO SAVEPOINT group_commit_job")
        driver.execute("RELEASE SAVEPOINT group_commit_job")
        raise
    driver.execute("RELEASE SAVEPOINT group_commit_job")


_writers: weakref.WeakKeyDictionary[Engine, _Writer] = weakref.WeakKeyDictionary()
_writers_guard = threading.Lock()


def _writer(engine: Engine) -> _Writer:
    with _writers_guard:
        writer = _writers.get(engine)
        if writer is None:
            writer = _writers[engine] = _Writer(engine)
        return writer


def waiting(engine: Engine) -> int:
    """How many jobs wait for the writer (for tests)."""
    return _writer(engine).waiting()


def run(engine: Engine, job: Job[T]) -> T:
    """Run ``job`` in a write transaction shared with the jobs queued with it; its result (or
    its exception) once the transaction is committed."""
    return _writer(engine).submit(job).result()
