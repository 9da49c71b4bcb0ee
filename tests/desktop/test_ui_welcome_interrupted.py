"""A first run cut short (docs/INSTALLED.md, "First run"): the app was stopped after the member
signed in but before the first sync ended, so the e-mail and the cache are kept and the
assistant does not run again; the next start shows the tour once, over the main window.

Real server on loopback, real encrypted cache, real worker thread, real widgets offscreen.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop import first_run
from desktop.app import start_app
from desktop.profile import Profile
from desktop.ui.preferences import Preferences
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.tour_dialog import TourDialog
from tests.desktop.uikit import MemoryKeyring, Modals
from tests.desktop.welcomekit import finish_tour
from tests.serverkit import make_server


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_a_first_run_stopped_after_signing_in_shows_the_tour_once_at_the_next_start(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    keychain = MemoryKeyring()

    def sign_in(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    with kit.live() as server:
        # Signed in, then stopped before the first sync ended: what that leaves on disk.
        modals.expect(SignInDialog, sign_in)
        ctx = start_app(
            profile, server.url, org.alice.email, keyring_backend=keychain, install_hook=False
        )
        assert ctx is not None
        ctx.close()
        preferences = Preferences(profile.path)
        assert not preferences.welcome_done and not preferences.tour_done
        assert profile.load_settings().email == org.alice.email
        assert not first_run.needed(profile)  # the assistant does not start again
        assert first_run.interrupted(profile)
        assert not first_run.interrupted(profile, server.url)  # a prepared start: no tour

        modals.expect(TourDialog, finish_tour)
        again = start_app(profile, keyring_backend=keychain, install_hook=False)
        assert again is not None
        try:
            qtbot.waitUntil(lambda: modals.pending == [], timeout=10_000)
            assert again.window.isVisible()
            assert modals.seen[-1] == "TourDialog"
            preferences = Preferences(profile.path)
            assert preferences.welcome_done and preferences.tour_done
        finally:
            again.close()

        third = start_app(profile, keyring_backend=keychain, install_hook=False)  # once only
        assert third is not None
        try:
            assert not first_run.interrupted(profile)
            assert third.window.findChild(TourDialog) is None
        finally:
            third.close()
    kit.close()
