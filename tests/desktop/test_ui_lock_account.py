"""The app lock and who unlocks it: "Sign in online" by another member shows nothing of the
member who locked; what waits for unlock (the two-step set-up, desktop notifications) does not
show over the lock screen. Real server on loopback, real encrypted cache, real widgets offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QSystemTrayIcon

from desktop.app import start_app
from desktop.profile import Profile
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.two_factor_dialog import TwoFactorDialog
from tests.desktop.lockkit import visible_texts
from tests.desktop.netapp import NetworkWorld, world
from tests.desktop.test_ui_lock_online import env, modals, sign_in_as, type_and_enter, wait_online
from tests.desktop.test_ui_two_factor import require_totp
from tests.desktop.uikit import Modals
from tests.serverkit import Account, SmallOrg, make_server

__all__ = ["env", "modals", "world"]


def alices_content(org: SmallOrg) -> list[str]:
    """What only Alice may see: her committee, its documents' titles and sentences."""
    keys = ("a1", "a2")
    return [
        org.committee_a.name,
        *(org.documents[key].title for key in keys),
        *(org.sentences[key] for key in keys),
    ]


def sign_in_as_other(member: Account) -> Any:
    def answer(dialog: SignInDialog) -> None:
        dialog.email_edit.setText(member.email)
        QTest.keyClicks(dialog.password_edit, member.password)
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    return answer


def test_another_member_signing_in_online_sees_nothing_of_the_member_who_locked(
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
            qtbot.waitUntil(lambda: window.committee_model.row_of(org.committee_a.id) >= 0)
            a1 = org.documents["a1"]
            window.select_document(org.committee_a.id, a1.id)
            window.open_document(a1.id)
            other = QDialog(window)  # one of Alice's windows, hidden while locked
            other.setWindowTitle(org.documents["a2"].title)
            other.setModal(False)
            other.show()
            qtbot.addWidget(other)
            before = visible_texts()
            secret = alices_content(org)
            shown = [c for c in secret if any(c in text for text in before)]
            assert shown == secret[:4]  # the check sees them (a2 is a window title only)

            lock.lock()
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is lock.lock_screen.password_edit)
            for _ in range(5):
                type_and_enter("pas le bon")
            modals.expect(SignInDialog, sign_in_as_other(org.bob))
            QTest.keyClick(lock.lock_screen.sign_in_button, Qt.Key.Key_Space)

            assert modals.seen == ["SignInDialog", "SignInDialog"]
            assert not lock.locked
            assert ctx.session.account() is not None
            assert ctx.session.account().email == org.bob.email  # type: ignore[union-attr]
            texts = visible_texts()
            assert [c for c in secret if any(c in text for text in texts)] == []
            assert not other.isVisible()
            views = [window.network.conversations_action, window.network.ideas_action]
            views += [window.network.announcements_action, window.network.notifications_action]
            views += [window.board.meetings_action, window.board.my_actions_action]
            views += [window.votes_action, window.documents_action]
            for view in views:  # every view, before Bob's sync brings his own content
                view.trigger()
                texts = visible_texts()
                assert [c for c in secret if any(c in text for text in texts)] == [], view.text()
            wait_online(qtbot, ctx)  # then Bob's own content, from his sync
            qtbot.waitUntil(
                lambda: any(org.committee_b.name in text for text in visible_texts()),
                timeout=15_000,
            )
            assert [c for c in secret if any(c in text for text in visible_texts())] == []
        finally:
            ctx.close()
    kit.close()


def test_the_two_step_set_up_waits_for_unlock_and_opens_then(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice, view="documents")
    lock = window.lock_wiring
    lock.lock()
    require_totp(world.kit)
    window.sync_now()  # refused: the member must set up two-step sign-in first
    assert window.session.status().reason_code == "totp_enrolment_required"
    assert window.two_factor.dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, TwoFactorDialog)]
    assert lock.locked

    world.activate(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lock.lock_screen.password_edit)
    type_and_enter(world.org.alice.password)
    assert not lock.locked
    dialog = window.two_factor.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_notifications_arriving_while_locked_wait_for_unlock(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice, view="documents")
    lock, tray = window.lock_wiring, window.network.tray
    # Offscreen there is no system tray: an icon as a desktop with one would have.
    tray.icon = QSystemTrayIcon(
        QIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)), tray
    )
    tray.icon.show()
    lock.lock()
    assert not tray.icon.isVisible()
    alice = world.org.alice
    world.post(
        world.org.sara, world.channel_a, f"[@{alice.name}](quorum://member/{alice.id}) bonjour"
    )
    window.sync_now()
    assert window.network.notifications_action.text() == "&Notifications (1)"
    assert tray.shown == []  # no bubble while locked, and not taken either

    world.activate(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lock.lock_screen.password_edit)
    type_and_enter(alice.password)
    assert not lock.locked and tray.icon.isVisible()
    assert [item.text for item in tray.shown] != []  # shown at unlock
