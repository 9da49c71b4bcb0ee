"""Settings persist across restarts: a real server on loopback, a real encrypted cache, the real
start of the app twice on one profile. What the member chose by keyboard in File > Settings…
the first time is what the app is, and what the window shows, the second time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.app import AppContext, start_app
from desktop.profile import Profile
from desktop.ui.appearance import BASE_POINT_SIZE, apply_appearance, is_high_contrast
from desktop.ui.preferences import Preferences
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.storage_dialog import GIB
from tests.desktop.settingskit import choose, ordinary_look, press, type_value, wiring_of
from tests.desktop.test_ui_lock_online import env, modals, sign_in_as, wait_online
from tests.desktop.uikit import Modals
from tests.serverkit import make_server

__all__ = ["env", "modals", "ordinary_look"]


def settings_of(qtbot: Any, ctx: AppContext) -> SettingsDialog:
    dialog = wiring_of(ctx.window).settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose_everything(qtbot: Any, dialog: SettingsDialog) -> None:
    """150 %, high contrast, French, 5 minutes, a daily summary at 18 h, 3 GB: by keyboard."""
    choose(dialog.appearance.scale_combo, 150)
    dialog.appearance.contrast_check.setFocus()
    press(dialog.appearance.contrast_check, Qt.Key.Key_Space)
    choose(dialog.language.combo, "fr")
    choose(dialog.lock.combo, 5)
    dialog.notifications.digest_radio.setFocus()
    press(dialog.notifications.digest_radio, Qt.Key.Key_Space)
    type_value(dialog.notifications.hour_spin, "18")
    type_value(dialog.storage.spin, "3")


def test_settings_chosen_by_keyboard_are_the_app_and_the_window_at_the_next_start(
    qtbot: Any,
    qapp: QApplication,
    tmp_path: Path,
    env: None,
    modals: Modals,
    ordinary_look: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    profile = Profile(tmp_path / "profile")
    with kit.live() as server:
        modals.expect(SignInDialog, sign_in_as(org))
        ctx = start_app(profile, server.url, org.alice.email, install_hook=False)
        assert ctx is not None
        try:
            wait_online(qtbot, ctx)
            dialog = settings_of(qtbot, ctx)
            choose_everything(qtbot, dialog)
            notifications = ctx.window.network.network.notifications
            qtbot.waitUntil(lambda: notifications.preferences().digest_hour == 18)
            qtbot.waitUntil(lambda: ctx.services.board_files.usage()[1] == 3 * GIB)
            ctx.window.sync.sync_now(manual=True)  # the notification choice goes to the server
            qtbot.waitUntil(lambda: not ctx.services.store.pending(10), timeout=15_000)
            QTest.keyClick(dialog.appearance.scale_combo, Qt.Key.Key_Escape)
            assert not dialog.isVisible()
        finally:
            ctx.close()
        apply_defaults_meanwhile(qapp)

        monkeypatch.delenv("QUORUM_LANG")  # the profile's language now decides
        again = start_app(profile, server.url, install_hook=False)  # signed in: no dialog
        assert again is not None
        try:
            assert qapp.font().pointSizeF() == 1.5 * BASE_POINT_SIZE
            assert is_high_contrast(qapp)
            assert again.window.menuBar().actions()[0].text() == "&Fichier"
            wait_online(qtbot, again)  # what the server holds now agrees
            dialog = settings_of(qtbot, again)
            assert dialog.appearance.text_scale == 150
            assert dialog.appearance.contrast_check.isChecked()
            assert dialog.language.language == "fr"
            assert dialog.lock.minutes == 5
            assert dialog.notifications.digest_radio.isChecked()
            assert dialog.notifications.hour_spin.value() == 18
            assert dialog.storage.spin.value() == 3.0
            assert again.window.lock_wiring.watcher.timeout_ms == 5 * 60_000
        finally:
            again.close()
    kit.close()
    prefs = Preferences(profile.path)
    assert (prefs.text_scale, prefs.high_contrast) == (150, True)


def apply_defaults_meanwhile(qapp: QApplication) -> None:
    """Between the two starts the app forgets how it looked, as a new process would."""
    apply_appearance(qapp, 100, False)
    assert not is_high_contrast(qapp)
