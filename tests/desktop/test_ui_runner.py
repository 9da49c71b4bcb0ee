"""The task runner: work on one worker thread, callbacks on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.runner import ImmediateRunner, TaskRunner


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


def test_work_runs_in_order_on_one_worker_thread_and_callbacks_on_the_ui_thread(
    runner: TaskRunner, qtbot: Any
) -> None:
    worker_threads: list[int] = []
    delivered: list[tuple[int, int]] = []
    for n in range(5):
        runner.run(
            lambda n=n: worker_threads.append(threading.get_ident()) or n,
            on_done=lambda value: delivered.append((value, threading.get_ident())),
        )
    qtbot.waitUntil(lambda: len(delivered) == 5)
    assert [value for value, _ in delivered] == [0, 1, 2, 3, 4]
    assert len(set(worker_threads)) == 1
    assert worker_threads[0] != threading.get_ident()
    assert {thread for _, thread in delivered} == {threading.get_ident()}
    assert not runner.is_busy()


def test_a_failure_reaches_on_error_on_the_ui_thread(runner: TaskRunner, qtbot: Any) -> None:
    errors: list[tuple[BaseException, int]] = []

    def fail() -> None:
        raise LookupError("gone")

    runner.run(
        fail,
        on_done=lambda _: errors.append((AssertionError(), 0)),
        on_error=lambda e: errors.append((e, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(errors))
    error, thread = errors[0]
    assert isinstance(error, LookupError) and thread == threading.get_ident()


class Tracked:
    """Records the thread it dies on (as a dialog captured by work would)."""

    def __init__(self, deaths: list[int]) -> None:
        self._deaths = deaths

    def __del__(self) -> None:
        self._deaths.append(threading.get_ident())


@pytest.mark.parametrize("fails", [False, True])
def test_what_the_work_holds_is_released_on_the_ui_thread(
    runner: TaskRunner, qtbot: Any, fails: bool
) -> None:
    deaths: list[int] = []
    delivered: list[object] = []
    for _ in range(30):
        held = Tracked(deaths)

        def work(held: Tracked = held) -> Tracked:
            if fails:
                raise RuntimeError(repr(held))
            return held

        runner.run(work, on_done=delivered.append, on_error=delivered.append)
        del held, work
    qtbot.waitUntil(lambda: len(delivered) == 30)
    delivered.clear()
    qtbot.waitUntil(lambda: len(deaths) == 30)
    assert set(deaths) == {threading.get_ident()}


def test_the_immediate_runner_runs_at_once_for_tests() -> None:
    runner = ImmediateRunner()
    seen: list[object] = []
    runner.run(lambda: 42, on_done=seen.append)
    runner.run(lambda: 1 / 0, on_error=seen.append)
    assert seen[0] == 42 and isinstance(seen[1], ZeroDivisionError)
    with pytest.raises(ZeroDivisionError):
        runner.run(lambda: 1 / 0)
