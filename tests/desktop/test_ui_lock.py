"""The app lock on screen, by keyboard: Ctrl+L, a wrong then the right password, inactivity,
and nothing of the content in any visible widget while locked. Real SQLCipher cache, real
widgets offscreen (the sign-in online after five wrong tries: tests/desktop/test_ui_lock_online)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.app import build_main_window, make_session
from desktop.cache.unlock import hash_password
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.events import AppEvents
from desktop.ui.i18n import install_translations
from desktop.ui.lock_settings import LockSettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import ImmediateRunner
from tests.desktop.conftest import account, page, realistic_page, upsert
from tests.desktop.lockkit import CONTENT, visible_texts
from tests.desktop.test_ui_main_window import unnamed_focusable
from tests.desktop.uikit import Modals, dead_url

PASSPHRASE = "phrase secrète de test"
PASSWORD = "Cerisier-du-Japon-1987"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    address = dead_url()
    opened = build_services(Profile(tmp_path / "profile"), address, passphrase=PASSPHRASE)
    opened.store.save_sign_in(account(server_url=address), "token-1")
    opened.store.apply_page(realistic_page())
    opened.store.save_unlock_hash(hash_password(PASSWORD))
    yield opened
    opened.close()


def open_window(qtbot: Any, services: Services, profile: Profile | None = None) -> MainWindow:
    built = build_main_window(make_session(services), ImmediateRunner(), AppEvents(), profile)
    qtbot.addWidget(built)
    built.show()
    built.start()
    return built


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, services: Services) -> MainWindow:
    install_translations(qapp, "en")
    return open_window(qtbot, services)


def press(
    widget: QWidget | None, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


def type_and_enter(text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClicks(focused, text)
    QTest.keyClick(focused, Qt.Key.Key_Return)


def open_a_document(window: MainWindow) -> None:
    window.select_document("c-board", "d-pack")
    window.open_document("d-pack")


def test_ctrl_l_locks_and_nothing_of_the_content_stays_on_screen(
    window: MainWindow, qtbot: Any
) -> None:
    open_a_document(window)
    before = visible_texts()
    assert any("Board pack, March" in text for text in before)  # the check can see content
    assert any("See the annex." in text for text in before)

    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.lock_wiring.locked
    texts = visible_texts()
    leaked = [c for c in CONTENT if any(c in text for text in texts)]
    assert leaked == []
    assert window.lock_wiring.lock_screen.isVisible()
    assert not window.menuBar().isVisible() and not window.status_bar.isVisible()
    assert not window.sync_action.isEnabled() and not window.votes_action.isEnabled()
    assert "Mutuelle des Tilleuls" in texts and "Jeanne Martin" in texts
    assert QApplication.focusWidget() is window.lock_wiring.lock_screen.password_edit
    assert "Board pack" not in window.windowTitle()


def test_a_wrong_password_says_the_tries_left_and_the_right_one_unlocks(
    window: MainWindow,
) -> None:
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = window.lock_wiring.lock_screen

    type_and_enter("cerisier")
    assert window.lock_wiring.locked
    assert screen.message.text() == "Wrong password. You have 4 tries left."
    assert screen.password_edit.text() == ""
    type_and_enter("encore faux")
    assert screen.message.text() == "Wrong password. You have 3 tries left."

    type_and_enter(PASSWORD)
    assert not window.lock_wiring.locked
    assert window.menuBar().isVisible() and window.status_bar.isVisible()
    assert window.votes_action.isEnabled()
    assert any("Audit" in text for text in visible_texts())
    assert QApplication.focusWidget() is window.committee_view


def test_the_fourth_wrong_password_says_one_try_left_and_the_fifth_asks_to_sign_in_online(
    window: MainWindow,
) -> None:
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = window.lock_wiring.lock_screen
    for _ in range(4):
        type_and_enter("faux")
    assert screen.message.text() == "Wrong password. You have one try left."
    type_and_enter("faux")
    assert "sign in again with the server" in screen.message.text()
    assert not screen.password_edit.isVisible() and screen.sign_in_button.isVisible()
    assert QApplication.focusWidget() is screen.sign_in_button
    assert window.session.token() is None


def test_inactivity_locks_and_any_input_postpones_it(window: MainWindow, qtbot: Any) -> None:
    watcher = window.lock_wiring.watcher
    assert watcher.running and watcher.timeout_ms == 15 * 60_000  # the organisation's default
    watcher.set_timeout_ms(1500)
    for step in range(25):  # 2.5 s of a member moving the mouse and typing
        QTest.mouseMove(window.committee_view.viewport(), QPoint(10 + step, 10))
        if step % 5 == 0:
            press(window.committee_view, Qt.Key.Key_Down)
        qtbot.wait(100)
    assert not window.lock_wiring.locked
    qtbot.waitUntil(lambda: window.lock_wiring.locked, timeout=6000)
    assert not watcher.running  # locked: nothing to count until unlocked
    type_and_enter(PASSWORD)
    assert not window.lock_wiring.locked and watcher.running


def test_inactivity_while_the_window_is_hidden_keeps_counting_and_locks_once_shown(
    window: MainWindow, qtbot: Any
) -> None:
    watcher = window.lock_wiring.watcher
    watcher.set_timeout_ms(300)
    window.hide()
    qtbot.wait(800)  # the delay ran out while hidden: nothing to lock, the count goes on
    assert not window.lock_wiring.locked and watcher.running
    window.show()
    qtbot.waitUntil(lambda: window.lock_wiring.locked, timeout=3000)


def test_the_organisations_policy_and_the_members_choice_set_the_delay(
    qtbot: Any, qapp: QApplication, services: Services, tmp_path: Path
) -> None:
    install_translations(qapp, "en")
    profile = Profile(tmp_path / "profile")
    window = open_window(qtbot, services, profile)
    services.store.apply_page(
        page(
            upsert(
                "organisation",
                {"id": "org", "name": "Mutuelle des Tilleuls", "security": {"lock_minutes": 10}},
            ),
            cursor="c2",
        )
    )
    window.events.sync_finished.emit(window.session.status())
    assert window.lock_wiring.watcher.timeout_ms == 10 * 60_000

    modals = Modals()
    shown: list[str] = []

    def choose_five_minutes(dialog: LockSettingsDialog) -> None:
        shown.append(dialog.choice.currentText())
        shown.extend(dialog.choice.itemText(i) for i in range(dialog.choice.count()))
        index = dialog.choice.findData(5)
        while dialog.choice.currentIndex() < index:
            press(dialog.choice, Qt.Key.Key_Down)
        press(dialog.choice, Qt.Key.Key_Return)

    modals.expect(LockSettingsDialog, choose_five_minutes)
    try:
        window.lock_wiring.settings_action.trigger()
    finally:
        modals.stop()
    assert modals.unexpected == []
    assert shown[0] == "10 minutes (the longest allowed)"
    assert "15 minutes" not in shown  # never longer than the organisation allows
    assert profile.load_settings().lock_minutes == 5
    assert window.lock_wiring.watcher.timeout_ms == 5 * 60_000


def test_other_windows_are_hidden_while_locked_and_come_back(
    window: MainWindow, qtbot: Any
) -> None:
    other = QDialog(window)
    other.setWindowTitle("Minutes of February")
    other.setModal(False)
    other.show()
    qtbot.addWidget(other)
    assert other.isVisible()
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not other.isVisible()
    type_and_enter(PASSWORD)
    assert other.isVisible()


def test_the_app_opens_locked_when_it_was_locked_when_it_stopped(
    qtbot: Any, qapp: QApplication, services: Services
) -> None:
    install_translations(qapp, "en")
    first = open_window(qtbot, services)
    first.lock_wiring.lock()
    first.close()
    again = open_window(qtbot, services)
    assert again.lock_wiring.locked
    again.activateWindow()  # what the desktop does with a new window
    password_edit = again.lock_wiring.lock_screen.password_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is password_edit)
    assert not [c for c in CONTENT if any(c in text for text in visible_texts())]
    type_and_enter(PASSWORD)
    assert not again.lock_wiring.locked


def test_every_control_of_the_lock_screen_has_an_accessible_name(window: MainWindow) -> None:
    window.lock_wiring.lock()
    assert unnamed_focusable(window) == []
    screen = window.lock_wiring.lock_screen
    for _ in range(5):
        screen.password_edit.setText("faux")
        screen.try_unlock()
    assert unnamed_focusable(window) == []


def test_a_dialog_waiting_for_an_answer_is_cancelled_when_the_app_locks(
    window: MainWindow, qtbot: Any
) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle("Budget 2025")
    QTimer.singleShot(50, window.lock_wiring.lock)
    QTimer.singleShot(5000, dialog.reject)  # only if locking did not close it: the test fails
    started = time.monotonic()
    result = dialog.exec()
    assert time.monotonic() - started < 4
    assert result == QDialog.DialogCode.Rejected
    assert window.lock_wiring.locked and not dialog.isVisible()
    window.activateWindow()  # what the desktop does when a dialog closes
    password_edit = window.lock_wiring.lock_screen.password_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is password_edit)
    type_and_enter(PASSWORD)
    assert not dialog.isVisible()  # cancelled, not shown again
