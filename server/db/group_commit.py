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

The writer thread starts with the first job and ends after ``IDLE_SECONDS`` without one. A
job must not wait for a write itself (``writing`` or ``run``): the writer is already in one.
"""

from __future__ import annotations

import queue
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
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
        answers: list[tuple[Future[Any], Any, BaseException | None]] = []
        try:
            if engine is None:
                raise RuntimeError("the database engine is gone")
            with writing(engine) as conn:
                while len(answers) < len(batch) or self._more(batch):
                    job, future = batch[len(answers)]
                    try:
                        with conn.begin_nested():
                            result = job(conn)
                    except Exception as exc:  # this job's own failure: the others go on
                        answers.append((future, None, exc))
                    else:
                        answers.append((future, result, None))
        except BaseException as exc:  # the transaction failed: nothing of the batch is stored
            for _job, future in batch:
                future.set_exception(exc)
            return
        for future, result, error in answers:
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)


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
