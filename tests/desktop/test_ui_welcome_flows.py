"""The welcome assistant's other turns (docs/INSTALLED.md, "First run"): refused invitation
codes said in words and back to the choice, quitting at the first step, a member who already
has an account and stops waiting for the first sync, and the tour again from the Help menu.

Real server on loopback, real encrypted cache, real worker thread, real widgets offscreen;
every dialog answered by keyboard.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from desktop.app import start_app
from desktop.cache import DB_FILENAME
from desktop.profile import Profile
from desktop.sync.status import SyncState
from desktop.ui.i18n import install_translations
from desktop.ui.invitation_dialog import InvitationDialog
from desktop.ui.preferences import Preferences
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.tour_dialog import TourDialog, help_menu
from desktop.ui.welcome_dialog import WelcomeDialog
from desktop.ui.welcome_pages import AccountChoiceDialog, FirstSyncDialog
from protocol.invitations import InvitationCreate
from server.db import tables as t
from server.services import invitations
from tests.desktop.uikit import MemoryKeyring, Modals
from tests.desktop.welcomekit import NoSync, SlowSync, finish_tour
from tests.serverkit import make_server

PASSWORD = "le train de 7h12 pour Lyon"
ENTER = Qt.Key.Key_Return
ESCAPE = Qt.Key.Key_Escape


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    font = qapp.font()
    yield
    install_translations(qapp, "en")
    qapp.setFont(font)


def key(dialog: Any, which: Qt.Key) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, which)


def test_refused_codes_are_said_in_words_and_cancelling_goes_back_to_the_choice(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    with kit.live() as server:
        used = invitations.create(
            kit.engine, InvitationCreate(email="used@example.org", name="Used"), server.url
        )
        invitations.accept(kit.engine, used.code, PASSWORD, None)
        expired = invitations.create(
            kit.engine, InvitationCreate(email="late@example.org", name="Late"), server.url
        )
        with kit.engine.begin() as conn:
            past = t.utcnow() - timedelta(minutes=1)
            conn.execute(
                update(t.invitations)
                .where(t.invitations.c.id == expired.id)
                .values(expires_at=past)
            )
        said: list[str] = []

        def try_codes(dialog: InvitationDialog) -> None:
            QTest.keyClicks(dialog.server_edit, server.url)
            QTest.keyClick(dialog.server_edit, Qt.Key.Key_Tab)
            for code in ("AAAA-BBBB-CCCC", used.code, expired.code):
                dialog.code_edit.selectAll()
                QTest.keyClicks(dialog.code_edit, code)
                before = len(said)
                QTest.keyClick(dialog.code_edit, ENTER)
                qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
                said.append(dialog.error_label.text())
                assert len(said) == before + 1 and dialog.preview is None
            key(dialog, ESCAPE)

        modals.expect(WelcomeDialog, lambda d: key(d, ENTER))
        modals.expect(AccountChoiceDialog, lambda d: key(d, ENTER))
        modals.expect(InvitationDialog, try_codes)
        modals.expect(SignInDialog, lambda d: key(d, ESCAPE))  # it offers the invitation too
        modals.expect(AccountChoiceDialog, lambda d: key(d, ESCAPE))  # back here; then quit
        ctx = start_app(profile, keyring_backend=MemoryKeyring(), install_hook=False)

    assert ctx is None and modals.pending == []
    assert "No invitation has this code." in said[0]
    assert "already been used" in said[1]
    assert "expired" in said[2]
    assert not Preferences(profile.path).welcome_done  # the next start welcomes them again
    kit.close()


def test_quitting_at_the_first_step_leaves_nothing_behind_and_french_applies_at_once(
    tmp_path: Path, env: None, modals: Modals
) -> None:
    profile = Profile(tmp_path / "profile")
    heard: list[str] = []

    def choose_french_then_quit(dialog: WelcomeDialog) -> None:
        assert dialog.language_combo.accessibleName() == "Language"
        QTest.keyClick(dialog.language_combo, Qt.Key.Key_Up)  # Français, first in the list
        assert dialog.language == "fr"
        heard.append(QCoreApplication.translate("MainWindow", "&Sync now"))
        key(dialog, ESCAPE)

    modals.expect(WelcomeDialog, choose_french_then_quit)
    assert start_app(profile, keyring_backend=MemoryKeyring(), install_hook=False) is None
    assert heard == ["&Synchroniser maintenant"]  # the whole app speaks French at once
    assert not (profile.path / DB_FILENAME).exists()  # no cache made for nothing
    assert profile.load_settings().language == ""


def test_a_member_with_an_account_stops_waiting_for_the_first_sync_and_the_app_is_usable(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    stopped: list[FirstSyncDialog] = []

    def choose_account(dialog: AccountChoiceDialog) -> None:
        assert dialog.focusWidget() is dialog.invitation_button
        QTest.keyClick(dialog.invitation_button, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.account_button
        QTest.keyClick(dialog.account_button, ENTER)

    def sign_in(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.server_edit, server.url)
        QTest.keyClicks(dialog.email_edit, org.alice.email)
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.keyClick(dialog.password_edit, ENTER)

    def continue_later(dialog: FirstSyncDialog) -> None:
        stopped.append(dialog)
        assert dialog.outcome is None  # still waiting for the slow network
        key(dialog, ENTER)  # "Continue later" is the default button

    with kit.live() as server:
        modals.expect(WelcomeDialog, lambda d: key(d, ENTER))
        modals.expect(AccountChoiceDialog, choose_account)
        modals.expect(SignInDialog, sign_in)
        modals.expect(FirstSyncDialog, continue_later)
        modals.expect(TourDialog, lambda d: key(d, ESCAPE))
        ctx = start_app(
            profile, keyring_backend=MemoryKeyring(), transport=SlowSync(2.0), install_hook=False
        )
        assert ctx is not None
        try:
            qtbot.waitUntil(lambda: modals.pending == [], timeout=15_000)
            assert stopped[0].outcome == "stopped"
            assert ctx.window.isVisible()
            preferences = Preferences(profile.path)
            assert preferences.welcome_done and preferences.tour_done
            # The app goes on by itself: the documents arrive, the sync ends online.
            qtbot.waitUntil(lambda: ctx.services.store.counts()["document"] == 4, timeout=20_000)
            qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.ONLINE, timeout=20_000)

            # Help > Guided tour shows it again, and Enter goes through it.
            menu = help_menu(ctx.window)
            action = ctx.window.findChild(QAction, "tour_action")
            assert menu is not None and action in menu.actions()
            assert action.text() == "Guided &tour"
            modals.expect(TourDialog, finish_tour)
            action.trigger()
            assert modals.pending == []
        finally:
            ctx.close()
    kit.close()


def test_a_first_sync_that_cannot_get_through_says_so_and_the_app_opens_offline(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    told: list[str] = []

    def sign_in(dialog: SignInDialog) -> None:
        QTest.keyClicks(dialog.server_edit, server.url)
        QTest.keyClicks(dialog.email_edit, org.alice.email)
        QTest.keyClicks(dialog.password_edit, org.alice.password)
        QTest.keyClick(dialog.password_edit, ENTER)

    def read_then_continue(dialog: FirstSyncDialog) -> None:
        qtbot.waitUntil(lambda: dialog.outcome == "failed", timeout=10_000)
        told.append(dialog.counts.text())
        assert dialog.later_button.text() == "&Continue"
        key(dialog, ENTER)

    with kit.live() as server:
        modals.expect(WelcomeDialog, lambda d: key(d, ENTER))
        modals.expect(AccountChoiceDialog, lambda d: QTest.keyClick(d.account_button, ENTER))
        modals.expect(SignInDialog, sign_in)
        modals.expect(FirstSyncDialog, read_then_continue)
        modals.expect(TourDialog, lambda d: key(d, ESCAPE))
        ctx = start_app(
            profile, keyring_backend=MemoryKeyring(), transport=NoSync(), install_hook=False
        )
        assert ctx is not None
        try:
            qtbot.waitUntil(lambda: modals.pending == [], timeout=15_000)
            assert told[0].startswith("Not everything could arrive yet.")
            assert told[0].endswith("Quorum will try again by itself.")
            assert ctx.window.isVisible()
            assert Preferences(profile.path).welcome_done
            qtbot.waitUntil(lambda: ctx.session.status().state is SyncState.OFFLINE, timeout=10_000)
        finally:
            ctx.close()
    kit.close()
