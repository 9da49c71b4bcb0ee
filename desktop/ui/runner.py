"""Background work with callbacks on the UI thread.

``runner.run(fn, on_done=..., on_error=...)``: ``fn`` runs in a worker and never touches a
widget; ``on_done(result)`` or ``on_error(exception)`` runs later on the UI thread. The pool
has ONE thread, so cache writes and sync all happen in order on one long-lived thread.

Tests use :class:`ImmediateRunner`, which runs ``fn`` at once on the calling thread (as
Picard's tests replace its thread pool), so a click and its outcome happen in one step.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    """What widgets need from a task runner."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None: ...

    def is_busy(self) -> bool: ...


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, the queued slot runs the callbacks."""

    finished = Signal(int)

    def __init__(self, deliver: Callable[[int], None]) -> None:
        super().__init__()
        self._deliver = deliver
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        self._deliver(task_id)


class _Task(QRunnable):
    """Runs ``fn`` in the worker and hands its outcome to the UI thread.

    The worker keeps no reference to anything ``fn`` touched once it has emitted: the outcome
    goes into ``outcomes`` first, so the last reference to a result, an exception (whose
    traceback holds frames) or ``fn`` itself (which may hold a dialog) is always dropped on the
    UI thread. A QObject destroyed in the worker thread crashes Qt.
    """

    def __init__(
        self,
        task_id: int,
        fn: Callable[[], Any],
        outcomes: dict[int, tuple[bool, Any]],
        lock: threading.Lock,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn: Callable[[], Any] | None = fn
        self._outcomes = outcomes
        self._lock = lock
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, self._fn = self._fn, None
        if fn is None:
            return
        try:
            outcome: tuple[bool, Any] = (True, fn())
        except BaseException as error:  # every failure goes back to the UI thread
            outcome = (False, error)
        del fn
        with self._lock:
            self._outcomes[self._task_id] = outcome
        del outcome
        self._relay.finished.emit(self._task_id)


def _report(error: BaseException) -> None:
    # No on_error given: the application-wide hook (show_error) decides what the member sees.
    sys.excepthook(type(error), error, error.__traceback__)


class TaskRunner:
    """One worker thread for cache and sync work; results delivered on the UI thread."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one thread alive: it owns the writes
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[], Any], Done | None, Failed | None]] = {}
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._lock = threading.Lock()
        self._relay = _Relay(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        task_id = next(self._ids)
        # ``fn`` stays referenced here until delivery so that its last reference (and whatever
        # it holds, a dialog say) is dropped on the UI thread: a QObject must never be
        # destroyed in the worker.
        self._pending[task_id] = (fn, on_done, on_error)
        self._pool.start(_Task(task_id, fn, self._outcomes, self._lock, self._relay))

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Wait for the worker to finish queued work (callbacks still need the event loop)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop callbacks not yet delivered and wait for the running task to finish."""
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._pending.clear()
        with self._lock:
            self._outcomes.clear()

    def _deliver(self, task_id: int) -> None:
        with self._lock:
            ok, value = self._outcomes.pop(task_id, (False, None))
        entry = self._pending.pop(task_id, None)
        if entry is None:  # dropped by shutdown()
            return
        _fn, on_done, on_error = entry
        if ok:
            if on_done is not None:
                on_done(value)
        elif isinstance(value, BaseException):
            if on_error is not None:
                on_error(value)
            else:
                _report(value)


class ImmediateRunner:
    """Runs work at once on the calling thread: for tests, where order must be exact."""

    def __init__(self) -> None:
        self.calls = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        self.calls += 1
        try:
            result = fn()
        except Exception as error:
            if on_error is None:
                raise
            on_error(error)
            return
        if on_done is not None:
            on_done(result)

    def is_busy(self) -> bool:
        return False

    def wait(self, timeout_ms: int = -1) -> bool:
        return True

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        return None
