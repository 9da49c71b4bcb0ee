"""Changing the settings by keyboard alone (issue 8), from the real main window over the real
thing (``tests.desktop.netapp``: a live server, a synced encrypted cache, the member's profile):
Ctrl+, opens the settings, the arrows and Space change each choice, Tab goes from one to the
next, Escape closes; every choice is kept. Help > Keyboard shortcuts is reached from the menu
bar with Alt+H. Every key goes to the focused widget (``tests.desktop.keyflow``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from desktop.app import build_main_window, make_session
from desktop.profile import Profile
from desktop.services import build_services
from desktop.ui.appearance import BASE_POINT_SIZE, apply_appearance, is_high_contrast
from desktop.ui.conv_network import build_network
from desktop.ui.events import AppEvents
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.runner import ImmediateRunner
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.desktop.keyflow import CTRL, Keys
from tests.desktop.netapp import PASSPHRASE, NetworkWorld, world
from tests.desktop.uikit import Modals

__all__ = ["world"]


@pytest.fixture
def ordinary_look(qapp: QApplication) -> Iterator[None]:
    """The text size and contrast the settings change are the whole app's: put back after."""
    apply_appearance(qapp, 100, False)
    yield
    apply_appearance(qapp, 100, False)


def app_with_profile(world: NetworkWorld, keys: Keys) -> tuple[MainWindow, Profile]:
    """Alice's app as ``desktop.app`` builds it with her profile (so with File > Settings),
    signed in and synced, active."""
    profile = Profile(world.tmp_path / "profile-alice")
    services = build_services(profile, world.url, passphrase=PASSPHRASE)
    session = make_session(services)
    session.sign_in(world.url, world.org.alice.email, world.org.alice.password, "tests")
    window = build_main_window(
        session, ImmediateRunner(), AppEvents(), profile, network=build_network(services.store)
    )
    world.opened.append((window, services))
    world.qtbot.addWidget(window)
    window.show()
    window.start()
    keys.activate(window)
    return window, profile


def test_a_member_changes_text_size_contrast_language_lock_and_notifications_by_keys(
    world: NetworkWorld, qtbot: Any, qapp: QApplication, ordinary_look: None
) -> None:
    keys = Keys(qtbot)
    window, profile = app_with_profile(world, keys)
    seen: dict[str, object] = {}

    def change(dialog: SettingsDialog) -> None:
        assert keys.focused() is dialog.appearance.scale_combo
        keys.press(Qt.Key.Key_End)  # 200 %, at once
        seen["font"] = qapp.font().pointSizeF()
        keys.press(Qt.Key.Key_Tab)
        assert keys.focused() is dialog.appearance.contrast_check
        keys.press(Qt.Key.Key_Space)
        seen["contrast"] = is_high_contrast(qapp)
        keys.tab_to(dialog.language.combo)
        while dialog.language.language != "fr":
            keys.press(Qt.Key.Key_Down)
        keys.tab_to(dialog.lock.combo)
        keys.press(Qt.Key.Key_Down)  # the first delay shorter than the longest allowed
        seen["lock"] = dialog.lock.minutes
        keys.tab_to(dialog.notifications.immediate_radio)  # the choice made: "each one"
        keys.press(Qt.Key.Key_Down)  # the arrows go from one choice to the next
        assert keys.focused() is dialog.notifications.digest_radio
        seen["notify"] = dialog.notifications.mode
        seen["said"] = dialog.status_label.text()
        keys.press(Qt.Key.Key_Escape)

    modals = Modals().expect(SettingsDialog, change)
    try:
        keys.press(Qt.Key.Key_Comma, CTRL)
    finally:
        modals.stop()
    assert modals.seen == ["SettingsDialog"] and modals.unexpected == []
    assert seen["font"] == 2 * BASE_POINT_SIZE
    assert seen["contrast"] is True
    assert seen["said"] == "Saved."
    preferences = Preferences(profile.path)
    assert (preferences.text_scale, preferences.high_contrast) == (200, True)
    settings = profile.load_settings()
    assert settings.language == "fr"
    assert settings.lock_minutes == seen["lock"] and settings.lock_minutes > 0
    assert seen["notify"] == "digest"
    assert window.network.network.notifications.preferences().notify == "digest"
    assert keys.focused() is window.committee_view  # back where the member was


def test_help_keyboard_shortcuts_opens_from_the_menu_bar_with_alt_h(
    world: NetworkWorld, qtbot: Any
) -> None:
    keys = Keys(qtbot)
    app_with_profile(world, keys)
    seen: list[str] = []

    def read(dialog: ShortcutsDialog) -> None:
        seen.append(dialog.windowTitle())
        keys.press(Qt.Key.Key_Escape)

    modals = Modals().expect(ShortcutsDialog, read)
    try:
        keys.press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "Alt+H opened no menu"
        for _ in range(len(menu.actions()) + 1):
            chosen = menu.activeAction()
            if chosen is not None and "shortcuts" in chosen.text():
                break
            keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Return)
    finally:
        modals.stop()
    assert seen and modals.unexpected == []
