"""Two-step verification through the whole app, by keyboard: a real server on loopback, the
real encrypted cache, the real worker thread, real widgets offscreen.

The organisation requires it: the member signs in, sets it up before anything else (the
dialog opens first), the app syncs; next time the sign-in asks for the code. And when the
organisation requires it while the app runs, the next sync opens the dialog."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from sqlalchemy import update

from desktop.app import AppContext, start_app
from desktop.profile import Profile
from desktop.sync.status import SyncState
from desktop.ui.i18n import install_translations
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.two_factor_dialog import TwoFactorDialog
from server.db import tables as t
from tests.desktop.conftest import modals
from tests.desktop.uikit import Modals
from tests.serverkit import ServerKit, SmallOrg, make_server

__all__ = ["modals"]  # the fixture, from tests/desktop/conftest.py

WAIT_MS = 15_000


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.setenv("QUORUM_CACHE_PASSPHRASE", "phrase secrète de test")
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    install_translations(qapp, "en")


def require_totp(kit: ServerKit) -> None:
    with kit.engine.begin() as conn:
        conn.execute(update(t.organisation).values(totp_required=True))


def code(secret: str, steps_ahead: int = 0) -> str:
    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


def wait_for(condition: Any) -> None:
    """Let the event loop run (the worker's answers arrive through it) until ``condition``."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QTest.qWait(20)


def type_then_sign_in(dialog: SignInDialog, field: QLineEdit, text: str) -> None:
    QTest.keyClicks(field, text)
    assert dialog.sign_in_button.isDefault()  # what Enter presses
    QTest.keyClick(field, Qt.Key.Key_Return)


class Member:
    """What the member does in each dialog, and what they noted down (the secret)."""

    def __init__(self, org: SmallOrg) -> None:
        self.org = org
        self.secret = ""
        self.codes: list[str] = []

    def signs_in(self, dialog: SignInDialog) -> None:
        type_then_sign_in(dialog, dialog.password_edit, self.org.alice.password)
        wait_for(lambda: not dialog.isVisible() or dialog.otp_step.isVisible())

    def sets_up_two_step_verification(self, dialog: TwoFactorDialog) -> None:
        page = dialog.enrol_page
        wait_for(lambda: dialog.pages.currentWidget() is page and page.secret_edit.text())
        assert not page.qr_label.pixmap().isNull()
        self.secret = page.secret_edit.text().replace(" ", "")
        assert dialog.focusWidget() is page.code_edit
        QTest.keyClicks(page.code_edit, code(self.secret))
        QTest.keyClick(page.code_edit, Qt.Key.Key_Return)
        wait_for(lambda: dialog.pages.currentWidget() is dialog.codes_page)
        self.codes = dialog.codes
        QTest.keyClick(dialog.close_button, Qt.Key.Key_Space)
        wait_for(lambda: not dialog.isVisible())

    def signs_in_with_the_code(self, dialog: SignInDialog) -> None:
        self.signs_in(dialog)
        assert dialog.otp_step.isVisible()
        assert dialog.focusWidget() is dialog.otp_step.code_edit
        # The first code turned it on; a code never works twice: the next one.
        type_then_sign_in(dialog, dialog.otp_step.code_edit, code(self.secret, steps_ahead=1))
        wait_for(lambda: not dialog.isVisible())


def wait_online(ctx: AppContext) -> None:
    wait_for(lambda: ctx.session.status().state is SyncState.ONLINE)


def test_required_two_step_verification_is_set_up_first_then_asked_at_the_next_sign_in(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    require_totp(kit)
    member = Member(org)
    profile = Profile(tmp_path / "profile")
    with kit.live() as server:
        modals.expect(SignInDialog, member.signs_in)
        modals.expect(TwoFactorDialog, member.sets_up_two_step_verification)
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None and modals.seen == ["SignInDialog", "TwoFactorDialog"]
        try:
            wait_online(ctx)  # let in: not answered totp_enrolment_required
            assert ctx.session.library.committees()
            assert len(member.codes) == 10
            ctx.session.engine.sign_out()
        finally:
            ctx.close()

        modals.expect(SignInDialog, member.signs_in_with_the_code)
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None and modals.seen[2:] == ["SignInDialog"]
        try:
            assert not ctx.session.needs_sign_in()
            wait_online(ctx)
        finally:
            ctx.close()
    kit.close()


def test_when_the_organisation_requires_it_while_the_app_runs_the_next_sync_opens_the_dialog(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    member = Member(org)
    with kit.live() as server:
        modals.expect(SignInDialog, member.signs_in)
        ctx = start_app(tmp_path / "profile", server.url, org.alice.email, install_hook=False)
        assert ctx is not None
        try:
            wait_online(ctx)
            wait_for(lambda: not ctx.window.sync.syncing)
            require_totp(kit)
            modals.expect(TwoFactorDialog, member.sets_up_two_step_verification)
            ctx.window.sync.sync_now(manual=False)  # the next automatic sync
            wait_for(lambda: modals.seen == ["SignInDialog", "TwoFactorDialog"])
            # Set up: the wiring syncs again at once, and the app is let in.
            wait_for(lambda: ctx.window.two_factor.dialog is None)
            wait_online(ctx)
        finally:
            ctx.close()
    kit.close()


def test_the_file_menu_opens_two_step_verification(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    member = Member(org)
    seen: list[str] = []

    def reads_the_status(dialog: TwoFactorDialog) -> None:
        state = dialog.status_page.state_label
        wait_for(lambda: "off" in state.text())
        seen.append(state.text())
        assert dialog.focusWidget() is dialog.status_page.turn_on_button
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with kit.live() as server:
        modals.expect(SignInDialog, member.signs_in)
        ctx = start_app(tmp_path / "profile", server.url, org.alice.email, install_hook=False)
        assert ctx is not None
        try:
            action = ctx.window.two_factor.action
            file_menu = ctx.window.menuBar().actions()[0].menu()
            assert isinstance(file_menu, QMenu) and action in file_menu.actions()
            modals.expect(TwoFactorDialog, reads_the_status)
            action.trigger()
            wait_for(lambda: seen != [])
            assert seen[0].startswith("Two-step verification is off")
        finally:
            ctx.close()
    kit.close()
