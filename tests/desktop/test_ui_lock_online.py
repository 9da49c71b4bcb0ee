"""The app lock with a real server: five wrong passwords, then "Sign in online" by keyboard
brings the sign-in dialog; signing in there unlocks and syncs again. Real server on loopback,
real encrypted cache, real worker thread, real widgets offscreen."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import AppContext, start_app
from desktop.profile import Profile
from desktop.sync.status import SyncState
from desktop.ui.i18n import install_translations
from desktop.ui.sign_in_dialog import SignInDialog
from tests.desktop.uikit import Modals
from tests.serverkit import SmallOrg, make_server

SYNC_TIMEOUT_MS = 15_000


class PatientModals(Modals):
    """Modals that leaves a dialog it answered alone while it finishes: the sign-in runs in
    the worker and may first wait for a sync in flight (Modals closes a dialog nobody expects
    after half a second)."""

    def __init__(self) -> None:
        super().__init__()
        self.answered: list[QWidget] = []

    def expect(self, kind: type[QWidget], answer: Callable[[Any], object]) -> Modals:
        def recorded(widget: QWidget) -> object:
            self.answered.append(widget)
            return answer(widget)

        return super().expect(kind, recorded)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and any(widget is done for done in self.answered):
            return
        super()._poll()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", "phrase secrète de test")
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    install_translations(qapp, "en")


@pytest.fixture
def modals() -> Iterator[Modals]:
    driver = PatientModals()
    yield driver
    driver.stop()
    assert driver.unexpected == []


def sign_in_as(org: SmallOrg) -> Any:
    def answer(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    return answer


def wait_online(qtbot: Any, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.ONLINE, timeout=SYNC_TIMEOUT_MS)


def type_and_enter(text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClicks(focused, text)
    QTest.keyClick(focused, Qt.Key.Key_Return)


def test_five_wrong_passwords_then_signing_in_online_unlocks_and_syncs_again(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    with kit.live() as server:
        modals.expect(SignInDialog, sign_in_as(org))
        ctx = start_app(
            Profile(tmp_path / "profile"), server.url, org.alice.email, install_hook=False
        )
        assert ctx is not None
        window, lock = ctx.window, ctx.window.lock_wiring
        try:
            wait_online(qtbot, ctx)
            window.activateWindow()
            QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            assert lock.locked and not window.menuBar().isVisible()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is lock.lock_screen.password_edit)
            for _ in range(5):
                type_and_enter("pas le bon")
            screen = lock.lock_screen
            assert screen.sign_in_button.isVisible() and not screen.password_edit.isVisible()
            assert ctx.services.store.token() is None  # forgotten: only the server lets in now

            modals.expect(SignInDialog, sign_in_as(org))
            focused = QApplication.focusWidget()
            assert focused is screen.sign_in_button
            QTest.keyClick(focused, Qt.Key.Key_Space)
            assert modals.seen == ["SignInDialog", "SignInDialog"]
            assert not lock.locked
            assert ctx.services.store.token() is not None
            wait_online(qtbot, ctx)
            # The new sign-in stored the password again: the next lock unlocks offline.
            lock.lock()
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.password_edit)
            type_and_enter(org.alice.password)
            assert not lock.locked
        finally:
            ctx.close()
    kit.close()
