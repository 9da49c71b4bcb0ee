"""One app per profile (docs/INSTALLED.md, "Starting Quorum twice"): a second start on the same
profile hands its invitation link (or nothing) to the running app over a real local socket and
is told to exit; the running app comes forward; a lock left by a crashed app does not block.

Real QLockFile, real QLocalServer and QLocalSocket, real subprocesses; widgets offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.app import run_app
from desktop.ui.single_instance import (
    LOCK_FILENAME,
    SecondStart,
    SingleInstance,
    hand_over,
    server_name,
)
from protocol.invitations import invitation_link, parse_invitation_link

REPO = Path(__file__).resolve().parents[2]
LINK = invitation_link("https://quorum.example.org", "K7QM3XPA9DHT")


def second_start(guard: SingleInstance, link: str | None) -> int:
    """``guard.hand_over`` as a second app calls it: its own event loop, in which the first
    app's socket (in this same process) answers too."""
    return guard.hand_over(parse_invitation_link(link) if link else None)


def test_a_second_start_on_the_profile_hands_over_its_link_and_is_told_to_exit(
    qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    first = SingleInstance(tmp_path / "profile")
    assert first.acquire()
    try:
        received: list[dict[str, object]] = []
        first.serve(received.append)
        second = SingleInstance(tmp_path / "profile")
        assert not second.acquire()  # the profile is held: this start must not open the cache

        assert second_start(second, LINK) == 0  # exit 0: the running app took over
        assert received == [{"link": LINK}]
        assert second_start(second, None) == 0  # started again, without a link
        assert received[-1] == {"link": None}
    finally:
        first.release()
    assert not (tmp_path / "profile" / LOCK_FILENAME).exists()
    assert SingleInstance(tmp_path / "profile").acquire()  # free again once the app ended


def test_a_second_start_while_the_app_is_still_starting_waits_for_the_window(
    qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    first = SingleInstance(tmp_path / "profile")
    assert first.acquire()
    try:
        assert second_start(SingleInstance(tmp_path / "profile"), LINK) == 0
        assert first.pending == [{"link": LINK}]
        received: list[dict[str, object]] = []
        first.serve(received.append)  # the main window shows now
        assert received == [{"link": LINK}] and first.pending == []
    finally:
        first.release()


def test_nobody_answering_is_not_taken_for_a_hand_over(tmp_path: Path, qapp: QApplication) -> None:
    started = time.monotonic()
    assert hand_over(tmp_path / "nobody", None, timeout_ms=600) is False
    assert time.monotonic() - started < 5


def test_the_running_app_comes_forward_from_the_tray_or_minimised(
    qtbot: Any, qapp: QApplication
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    second_start = SecondStart(lambda: window, lambda: "alice@example.org")
    window.show()
    window.hide()  # closed to the tray
    second_start({"link": None})
    assert window.isVisible() and not window.isMinimized()
    assert second_start.notice is None  # nothing to say without a link

    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2_000)
    second_start({"link": None})
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=2_000)
    assert window.isVisible()


def test_an_invitation_link_on_the_running_app_says_how_to_accept_it(
    qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUORUM_LANG", "en")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    second_start = SecondStart(lambda: window, lambda: "alice@example.org")

    second_start({"link": LINK})

    notice = second_start.notice
    assert notice is not None and notice.isVisible() and notice.parent() is window
    assert "signed in as alice@example.org" in notice.text()
    assert "quit Quorum (File > Quit), then open the invitation link again" in notice.text()
    notice.close()


CRASH = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop.ui.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path(sys.argv[1]))
assert guard.acquire()
os._exit(3)  # killed: neither the lock nor the socket are cleaned up
"""


def test_a_lock_left_by_a_crashed_app_does_not_block_the_next_start(
    qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    folder = tmp_path / "profile"
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH, str(folder)], cwd=REPO, timeout=60, check=False
    )
    assert crashed.returncode == 3
    assert (folder / LOCK_FILENAME).exists()  # left behind

    guard = SingleInstance(folder)
    assert guard.acquire()
    try:
        assert guard.server is not None and guard.server.isListening()
        assert guard.server.serverName() == server_name(folder)
        received: list[dict[str, object]] = []
        guard.serve(received.append)
        assert second_start(SingleInstance(folder), None) == 0
        assert received == [{"link": None}]
    finally:
        guard.release()


def quorum(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUORUM_LANG="en")
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_quorum_started_again_exits_at_once_and_headless_commands_still_run(
    qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    folder = tmp_path / "profile"
    first = SingleInstance(folder)  # the app, running on this profile
    assert first.acquire()
    try:
        received: list[dict[str, object]] = []
        first.serve(received.append)
        started = time.monotonic()
        second = quorum("--profile", str(folder), LINK)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        out, err = second.communicate()

        assert second.returncode == 0, err
        assert received == [{"link": LINK}]
        assert time.monotonic() - started < 30
        assert not (folder / "cache.db").exists()  # the second start never opened the cache

        # quorum search is headless: the app's lock does not stop it (here: nothing synced yet)
        search = quorum("search", "budget", "--profile", str(folder))
        qtbot.waitUntil(lambda: search.poll() is not None, timeout=60_000)
        _out, err = search.communicate()
        assert search.returncode == 1 and "There is no offline cache" in err
        assert len(received) == 1
    finally:
        first.release()


def test_run_app_lets_the_profile_go_when_it_ends(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.app.start_app", lambda *_a, **_k: None)  # quit at sign-in
    assert run_app(tmp_path / "profile", "http://127.0.0.1:9", exec_loop=False) == 0
    assert not (tmp_path / "profile" / LOCK_FILENAME).exists()
    held = SingleInstance(tmp_path / "profile")
    assert held.acquire()
    try:
        received: list[dict[str, object]] = []
        held.serve(received.append)
        # Started again while it runs: handed over, exit 0, and nothing of the app built.
        assert run_app(tmp_path / "profile", exec_loop=False, invitation=None) == 0
        assert received == [{"link": None}]
    finally:
        held.release()
