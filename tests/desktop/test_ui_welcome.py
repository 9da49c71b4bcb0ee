"""The welcome assistant (docs/INSTALLED.md, "First run") through ``start_app``, as a new
member meets it: language and text size, the passphrase where there is no keychain, the
invitation, the first sync with its progress, then the tour; all by keyboard.

Real server on loopback, real encrypted cache, real worker thread, real widgets offscreen.
"""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop import first_run
from desktop.app import start_app
from desktop.cache import DB_FILENAME
from desktop.profile import Profile
from desktop.sync.progress import SyncProgress
from desktop.ui.i18n import install_translations
from desktop.ui.invitation_dialog import InvitationDialog
from desktop.ui.passphrase_dialog import PassphraseDialog
from desktop.ui.preferences import Preferences
from desktop.ui.tour_dialog import TourDialog, add_tour_action
from desktop.ui.welcome_dialog import WelcomeDialog
from desktop.ui.welcome_pages import AccountChoiceDialog, FirstSyncDialog
from protocol.invitations import InvitationCreate, InvitationCreated
from server.services import invitations
from tests.desktop.uikit import MemoryKeyring, Modals
from tests.desktop.welcomekit import SlowSync, finish_tour
from tests.integration.keyrings import NoKeyring
from tests.serverkit import LiveServer, ServerKit, make_server

PASSPHRASE = "phrase secrete de test"
PASSWORD = "le train de 7h12 pour Lyon"
ENTER = Qt.Key.Key_Return


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.delenv("QUORUM_CACHE_PASSPHRASE", raising=False)
    monkeypatch.setenv("QUORUM_LANG", "en")
    monkeypatch.delenv("QUORUM_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    font = qapp.font()
    yield
    install_translations(qapp, "en")
    qapp.setFont(font)


def invite(kit: ServerKit, server: LiveServer) -> InvitationCreated:
    request = InvitationCreate(email="nadia.benali@example.org", name="Nadia Benali")
    return invitations.create(kit.engine, request, server.url)


def welcome_at_150(dialog: WelcomeDialog) -> None:
    assert dialog.focusWidget() is dialog.language_combo
    assert dialog.language == "en"
    QTest.keyClick(dialog.language_combo, Qt.Key.Key_Tab)
    before = QApplication.font().pointSizeF()
    QTest.keyClick(dialog.size_combo, Qt.Key.Key_Down)
    QTest.keyClick(dialog.size_combo, Qt.Key.Key_Down)
    assert dialog.text_scale == 150
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.5)  # at once
    QTest.keyClick(dialog.size_combo, ENTER)


def choose_passphrase(dialog: PassphraseDialog) -> None:
    assert dialog.creating
    QTest.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.confirm_edit, PASSPHRASE)
    QTest.keyClick(dialog.confirm_edit, ENTER)


def press_enter(dialog: Any) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, ENTER)


def accept_invitation(qtbot: Any, server: LiveServer, code: str) -> Any:
    def answer(dialog: InvitationDialog) -> None:
        assert dialog.focusWidget() is dialog.server_edit
        QTest.keyClicks(dialog.server_edit, server.url)
        QTest.keyClick(dialog.server_edit, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.code_edit, code)
        QTest.keyClick(dialog.code_edit, ENTER)
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.password_edit, timeout=10_000)
        QTest.keyClicks(dialog.password_edit, PASSWORD)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.again_edit, PASSWORD)
        QTest.keyClick(dialog.again_edit, ENTER)

    return answer


def test_an_invited_member_goes_from_welcome_to_the_tour_and_a_second_start_skips_it(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    keychain = NoKeyring()  # no keychain here: the passphrase step comes in
    syncs: list[FirstSyncDialog] = []
    progress: list[SyncProgress] = []

    def watch_sync(dialog: FirstSyncDialog) -> None:
        syncs.append(dialog)
        dialog.progressed.connect(progress.append)

    with kit.live() as server:
        made = invite(kit, server)
        modals.expect(WelcomeDialog, welcome_at_150)
        modals.expect(PassphraseDialog, choose_passphrase)
        modals.expect(AccountChoiceDialog, press_enter)  # the invitation is the default
        modals.expect(InvitationDialog, accept_invitation(qtbot, server, made.code))
        modals.expect(FirstSyncDialog, watch_sync)
        modals.expect(TourDialog, finish_tour)
        ctx = start_app(
            profile, keyring_backend=keychain, transport=SlowSync(0.4), install_hook=False
        )
        assert ctx is not None
        try:
            qtbot.waitUntil(lambda: modals.pending == [], timeout=15_000)
            assert modals.seen == [
                "WelcomeDialog",
                "PassphraseDialog",
                "AccountChoiceDialog",
                "InvitationDialog",
                "FirstSyncDialog",
                "TourDialog",
            ]
            sync = syncs[0]
            assert sync.outcome == "done"
            assert progress and progress[-1].fraction == 1.0
            assert sync.bar.value() == 100
            assert "Everything has arrived:" in sync.counts.text()
            assert "document" in sync.counts.text()
            assert ctx.window.isVisible()
            assert ctx.session.account() is not None
            assert ctx.session.account().name == "Nadia Benali"  # type: ignore[union-attr]
            preferences = Preferences(profile.path)
            assert preferences.welcome_done and preferences.tour_done
            assert preferences.text_scale == 150
            assert profile.load_settings().language == "en"
            assert profile.load_settings().email == "nadia.benali@example.org"
        finally:
            ctx.close()

        # A second start: only the passphrase (still no keychain), then the main window.
        modals.expect(PassphraseDialog, unlock)
        again = start_app(profile, keyring_backend=keychain, install_hook=False)
        assert again is not None
        try:
            assert modals.seen[-1] == "PassphraseDialog" and modals.pending == []
            assert again.window.isVisible()
            assert again.window.findChild(TourDialog) is None
        finally:
            again.close()
    kit.close()


def unlock(dialog: PassphraseDialog) -> None:
    assert not dialog.creating
    QTest.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase_edit, ENTER)


def test_opened_from_an_invitation_link_the_assistant_skips_the_choice(
    qtbot: Any, tmp_path: Path, env: None, modals: Modals
) -> None:
    kit = make_server(tmp_path)
    kit.seed_small_org()
    profile = Profile(tmp_path / "profile")

    def choose_password(dialog: InvitationDialog) -> None:
        assert dialog.code_edit.text() == made.code  # from the link
        QTest.keyClick(dialog.focusWidget(), ENTER)
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.password_edit, timeout=10_000)
        QTest.keyClicks(dialog.password_edit, PASSWORD)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.again_edit, PASSWORD)
        QTest.keyClick(dialog.again_edit, ENTER)

    with kit.live() as server:
        made = invite(kit, server)
        modals.expect(WelcomeDialog, press_enter)
        modals.expect(InvitationDialog, choose_password)
        modals.expect(FirstSyncDialog, lambda dialog: None)  # watched; it ends by itself
        modals.expect(TourDialog, finish_tour)
        ctx = start_app(
            profile,
            keyring_backend=MemoryKeyring(),
            transport=SlowSync(0.4),
            install_hook=False,
            invitation=(server.url, made.code),
        )
        assert ctx is not None
        try:
            qtbot.waitUntil(lambda: modals.pending == [], timeout=15_000)
            assert "AccountChoiceDialog" not in modals.seen
            assert ctx.session.account() is not None
            assert Preferences(profile.path).welcome_done
        finally:
            ctx.close()
    kit.close()


def test_the_assistant_is_for_a_computer_where_nobody_signed_in_or_nothing_is_kept(
    tmp_path: Path, qapp: QApplication
) -> None:
    profile = Profile(tmp_path / "profile")
    assert first_run.needed(profile)  # a new computer
    assert not first_run.needed(profile, "https://quorum.example.org")  # a prepared start

    settings = profile.load_settings()
    settings.email = "alice@example.org"
    profile.save_settings(settings)
    assert first_run.needed(profile)  # signed in once, but nothing is kept: after a wipe
    (profile.path / DB_FILENAME).write_bytes(b"")
    assert not first_run.needed(profile)  # a member who uses this computer already

    settings.email = ""
    profile.save_settings(settings)
    assert first_run.needed(profile)  # quit before signing in: welcomed again
    Preferences(profile.path).welcome_done = True
    assert not first_run.needed(profile)


def test_help_guided_tour_does_not_keep_its_window_alive_nor_pile_up_tours(
    qtbot: Any, qapp: QApplication, modals: Modals
) -> None:
    """The action shows a tour over the window, closed and deleted when it ends, and holds no
    reference to the window: one held from a signal of the window's own child kept the window
    alive from inside itself, and it was destroyed twice when the app ended (a crash)."""
    window = QMainWindow()
    window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    action = add_tour_action(window)
    assert action is not None
    window.show()
    for _ in range(2):
        modals.expect(TourDialog, finish_tour)
        action.trigger()
        assert modals.pending == []
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert window.findChildren(TourDialog) == []  # deleted once closed: none piles up
    window.close()
    alive = weakref.ref(window)
    del window, action
    gc.collect()
    assert alive() is None  # nothing but this test held it: it is gone
