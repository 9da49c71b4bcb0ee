"""The settings window closed (Escape) while the worker is still saving a choice: the choice
is saved and the app follows it; the closed window is left alone, and no error is shown.

A real worker thread (``TaskRunner``) and the real cache; the only fault is a slow save,
held back on an ``Event`` until the window is closed and deleted, as ``show_settings`` does
after ``exec()``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from desktop.core.documents_api import BoardFilesApi
from desktop.core.network_api import NotificationsApi
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import TaskRunner
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.storage_dialog import GIB
from tests.desktop.settingskit import (
    ordinary_look,
    press,
    profile,
    services,
    type_value,
    window,
    wiring_of,
)

__all__ = ["ordinary_look", "profile", "services", "window"]


class SlowFiles:
    """The real file store, whose ``set_budget`` waits for ``gate`` (a slow disk)."""

    def __init__(self, real: BoardFilesApi, gate: threading.Event) -> None:
        self._real = real
        self._gate = gate

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def set_budget(self, budget_bytes: int) -> None:
        assert self._gate.wait(10)
        self._real.set_budget(budget_bytes)


class FailingNotifications:
    """The real notifications, whose save waits for ``gate`` and then fails (a full disk)."""

    def __init__(self, real: NotificationsApi, gate: threading.Event) -> None:
        self._real = real
        self._gate = gate

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def set_preferences(self, notify: str, digest_hour: int) -> None:
        assert self._gate.wait(10)
        raise OSError(28, "No space left on device")


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    worker = TaskRunner()
    yield worker
    worker.shutdown()


def shown(qtbot: Any, dialog: SettingsDialog) -> SettingsDialog:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go where a member's would
    return dialog


def close_and_delete(dialog: SettingsDialog) -> None:
    """Escape, then what ``show_settings`` does once ``exec()`` returns."""
    QTest.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)


def test_space_for_documents_saved_after_the_window_closed_still_starts_the_downloads(
    qtbot: Any, window: MainWindow, runner: TaskRunner, ordinary_look: None
) -> None:
    gate = threading.Event()
    followed: list[str] = []
    context = wiring_of(window).settings_context()
    real_files = context.files
    dialog = SettingsDialog(
        replace(
            context,
            runner=runner,
            files=SlowFiles(real_files, gate),
            on_budget_changed=lambda: followed.append("downloads asked"),
        ),
        window,
    )
    shown(qtbot, dialog)
    type_value(dialog.storage.spin, "3")
    assert runner.is_busy()  # the worker is saving it
    close_and_delete(dialog)

    gate.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    assert followed == ["downloads asked"]  # the background downloads follow the new space
    assert real_files.usage()[1] == 3 * GIB


def test_a_failed_save_after_the_window_closed_is_only_logged(
    qtbot: Any,
    window: MainWindow,
    runner: TaskRunner,
    ordinary_look: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    gate = threading.Event()
    context = wiring_of(window).settings_context()
    dialog = SettingsDialog(
        replace(
            context, runner=runner, notifications=FailingNotifications(context.notifications, gate)
        ),
        window,
    )
    shown(qtbot, dialog)
    radio = dialog.notifications.off_radio
    radio.setFocus()
    press(radio, Qt.Key.Key_Space)
    assert runner.is_busy()
    close_and_delete(dialog)

    with caplog.at_level(logging.ERROR, logger="desktop.ui.errors"):
        gate.set()
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    assert [r.getMessage().split(" ")[0] for r in caplog.records] == ["builtins.OSError"]
