"""The settings window over a real encrypted cache, driven by keyboard: text size applies to the
whole app at once, high contrast, the language kept for the next start, the lock delay never
longer than the organisation allows, notifications and the space for documents saved in the
cache, closing to the tray only where there is a tray. Real widgets offscreen."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QMenu, QWidget

from desktop.profile import Profile
from desktop.services import Services
from desktop.ui.appearance import BASE_POINT_SIZE, DARK_BLUE, apply_appearance, is_high_contrast
from desktop.ui.i18n import install_translations
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.storage_dialog import GIB
from protocol.models import MutationKind
from tests.desktop.clipping import checked_widgets, clipped_text, describe, window_problems
from tests.desktop.settingskit import (
    choose,
    contrast,
    frame_thickness,
    open_settings,
    ordinary_look,
    pixels_of,
    press,
    profile,
    services,
    type_value,
    window,
    wiring_of,
)
from tests.desktop.uikit import Modals

__all__ = ["ordinary_look", "profile", "services", "window"]


def test_a_larger_text_size_applies_to_the_whole_app_at_once_and_back(
    qtbot: Any, qapp: QApplication, window: MainWindow, profile: Profile, ordinary_look: None
) -> None:
    heading = window.votes_view.findChild(QLabel)  # a heading sized above the text around it
    assert heading is not None
    heading_before = heading.font().pointSizeF()
    dialog = open_settings(qtbot, window)
    qtbot.waitUntil(lambda: qapp.focusWidget() is dialog.appearance.scale_combo)  # ready

    press(dialog.appearance.scale_combo, Qt.Key.Key_End)  # the largest: 200 %

    assert qapp.font().pointSizeF() == 2 * BASE_POINT_SIZE
    # Every open window follows before the next key press: the lists, the dialog itself.
    assert window.committee_view.font().pointSizeF() == 2 * BASE_POINT_SIZE
    assert window.document_view.font().pointSizeF() == 2 * BASE_POINT_SIZE
    assert dialog.appearance.scale_combo.font().pointSizeF() == 2 * BASE_POINT_SIZE
    assert dialog.lock.note.font().pointSizeF() == 2 * BASE_POINT_SIZE
    assert heading.font().pointSizeF() == 2 * heading_before  # larger still, in proportion
    assert Preferences(profile.path).text_scale == 200
    assert dialog.status_label.text() == "Saved."

    press(dialog.appearance.scale_combo, Qt.Key.Key_Home)  # back to normal
    assert window.committee_view.font().pointSizeF() == BASE_POINT_SIZE
    assert heading.font().pointSizeF() == heading_before
    assert Preferences(profile.path).text_scale == 100


def test_high_contrast_is_black_on_white_with_a_thick_dark_focus_frame(
    qtbot: Any, qapp: QApplication, window: MainWindow, profile: Profile, ordinary_look: None
) -> None:
    dialog = open_settings(qtbot, window)
    check = dialog.appearance.contrast_check
    check.setFocus()
    qtbot.waitUntil(lambda: check.hasFocus())
    assert pixels_of(check, DARK_BLUE) == 0  # the ordinary look has no such frame

    press(check, Qt.Key.Key_Space)

    assert is_high_contrast(qapp) and Preferences(profile.path).high_contrast
    palette = qapp.palette()
    role = QPalette.ColorRole
    assert palette.color(role.WindowText).name() == "#000000"
    assert palette.color(role.Window).name() == "#ffffff"
    assert contrast(palette.color(role.Text), palette.color(role.Base)) == 21
    for fore, back in (
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Base),
        (role.PlaceholderText, role.Base),
    ):
        assert contrast(palette.color(fore), palette.color(back)) >= 7, fore
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text)
    assert contrast(disabled, palette.color(role.Base)) >= 7
    # The focus frame: dark blue, at least 3 pixels thick.
    assert frame_thickness(check, DARK_BLUE) >= 3

    press(check, Qt.Key.Key_Space)
    assert not is_high_contrast(qapp) and not Preferences(profile.path).high_contrast
    assert pixels_of(check, DARK_BLUE) == 0


def test_the_language_is_kept_for_the_next_start_and_the_window_says_so(
    qtbot: Any, window: MainWindow, profile: Profile, ordinary_look: None
) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.language.combo.currentData() == ""  # the computer's language until chosen
    assert "next time you start Quorum" in dialog.language.note.text()

    choose(dialog.language.combo, "fr")

    assert profile.load_settings().language == "fr"
    assert "next time you start Quorum" in dialog.status_label.text()
    assert window.menuBar().actions()[0].text() == "&File"  # not now: at the next start


def test_the_lock_delay_offered_is_never_longer_than_the_organisation_allows(
    qtbot: Any, window: MainWindow, profile: Profile, ordinary_look: None
) -> None:
    assert window.lock_wiring.watcher.timeout_ms == 10 * 60_000
    dialog = open_settings(qtbot, window)
    combo = dialog.lock.combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[0] == "10 minutes (the longest allowed)"
    assert offered[1:] == ["one minute", "2 minutes", "5 minutes"]  # 15, 30… are longer
    assert "at most 10 minutes" in dialog.lock.note.text()

    choose(combo, 5)

    assert profile.load_settings().lock_minutes == 5
    assert window.lock_wiring.watcher.timeout_ms == 5 * 60_000  # the timer follows at once


def test_notifications_and_the_space_for_documents_are_saved_in_the_cache(
    qtbot: Any, window: MainWindow, services: Services, ordinary_look: None
) -> None:
    dialog = open_settings(qtbot, window)
    section = dialog.notifications
    assert section.immediate_radio.isChecked() and not section.hour_spin.isEnabled()

    section.digest_radio.setFocus()
    press(section.digest_radio, Qt.Key.Key_Space)
    assert section.hour_spin.isEnabled()
    type_value(section.hour_spin, "18")
    type_value(dialog.storage.spin, "3")

    stored = services.store.preferences()
    assert (stored.notify, stored.digest_hour) == ("digest", 18)
    queued = [entry.kind for entry in services.store.outbox()]
    assert MutationKind.SET_PREFERENCES.value in queued  # sent with the next sync
    assert services.board_files.usage()[1] == 3 * GIB
    # The Notifications view shows the same choice.
    view = window.network.notifications_view
    assert view.digest_radio.isChecked() and view.hour_spin.value() == 18
    assert dialog.status_label.text() == "Saved."

    again = open_settings(qtbot, window)
    assert again.notifications.digest_radio.isChecked()
    assert again.notifications.hour_spin.value() == 18
    assert again.storage.spin.value() == 3.0
    assert "of 3 GB used" in again.storage.usage_note.text()


def test_without_a_notification_area_closing_to_the_tray_is_off_and_says_why(
    qtbot: Any, qapp: QApplication, window: MainWindow, profile: Profile, ordinary_look: None
) -> None:
    context = wiring_of(window).settings_context()

    without = SettingsDialog(replace(context, tray_available=False), window)
    assert not without.closing.tray_check.isEnabled()
    assert "no notification area" in without.closing.note.text()

    with_tray = SettingsDialog(replace(context, tray_available=True), window)
    with_tray.show()
    check = with_tray.closing.tray_check
    assert check.isEnabled() and not check.isChecked()
    check.setFocus()
    press(check, Qt.Key.Key_Space)
    assert Preferences(profile.path).close_to_tray


def test_settings_open_with_ctrl_comma_above_quit_and_close_with_escape(
    qtbot: Any, qapp: QApplication, window: MainWindow, profile: Profile, ordinary_look: None
) -> None:
    wiring = wiring_of(window)
    assert wiring.settings_action is not None
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    items = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert items[-2:] == ["Se&ttings…", "&Quit"]
    seen: list[bool] = []

    def look_then_escape(dialog: SettingsDialog) -> None:
        combo = dialog.appearance.scale_combo
        qtbot.waitUntil(dialog.isActiveWindow)
        seen.append(qapp.focusWidget() is combo)
        QTest.keyClick(dialog.appearance.scale_combo, Qt.Key.Key_Escape)

    modals = Modals().expect(SettingsDialog, look_then_escape)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    finally:
        modals.stop()
    assert modals.seen == ["SettingsDialog"] and modals.unexpected == []
    assert seen == [True]  # the first choice had the focus


def test_at_200_percent_the_settings_window_cuts_no_text_and_names_every_control(
    qtbot: Any, qapp: QApplication, window: MainWindow, ordinary_look: None
) -> None:
    checked = 0
    for language in ("en", "fr"):
        install_translations(qapp, language)
        apply_appearance(qapp, 200, False)
        for name, dialog in (
            ("settings", wiring_of(window).settings_dialog()),
            ("shortcuts", wiring_of(window).shortcuts_dialog()),
        ):
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.grab()  # laid out and painted as a member would see it
            problems = clipped_text(dialog, name) + window_problems(dialog, name)
            assert problems == [], (language, problems)
            unnamed = [
                describe(w)
                for w in dialog.findChildren(QWidget)
                if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                and w.isVisibleTo(dialog)
                and not w.accessibleName()
                and not isinstance(w.parent(), QAbstractSpinBox)  # the spin box has the name
            ]
            assert unnamed == [], (language, name, unnamed)
            checked += len(checked_widgets(dialog))
            dialog.close()
        apply_appearance(qapp, 100, False)
    assert checked > 40


def test_tab_goes_through_the_settings_in_the_order_they_are_shown(
    qtbot: Any, qapp: QApplication, window: MainWindow, ordinary_look: None
) -> None:
    dialog = open_settings(qtbot, window)
    qtbot.waitUntil(lambda: qapp.focusWidget() is dialog.appearance.scale_combo)
    order = []
    for _ in range(20):
        focused = qapp.focusWidget()
        if focused is dialog.close_button:
            break
        order.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    expected = [
        dialog.appearance.scale_combo,
        dialog.appearance.contrast_check,
        dialog.language.combo,
        dialog.language.note,
        dialog.lock.note,
        dialog.lock.combo,
        dialog.notifications.immediate_radio,  # the chosen one; arrows move between them
        dialog.storage.usage_note,
        dialog.storage.spin,
    ]
    assert [w for w in order if w in expected] == expected
    assert qapp.focusWidget() is dialog.close_button
