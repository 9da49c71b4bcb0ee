"""Notifications in the app: a mention from another member arrives with the sync, the toolbar
and the screen reader say so, the panel (Ctrl+6) lists it and Enter opens the message; the
member chooses how the desktop tells them. Real server, real cache, real widgets offscreen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.cache.network_records import Message
from desktop.ui.conversations_view import ConversationsView
from desktop.ui.main_window import MainWindow
from desktop.ui.notifications_view import NotificationsView
from tests.desktop.netapp import (
    NetworkWorld,
    badge,
    bodies,
    conversations,
    modals,
    records,
    row,
    sentence,
    world,
)
from tests.desktop.test_ui_main_window import unnamed_focusable

__all__ = ["modals", "world"]


def current(view: ConversationsView) -> Message:
    message = view.list.current_message()
    assert message is not None
    return message


CTRL = Qt.KeyboardModifier.ControlModifier


def panel(window: MainWindow) -> NotificationsView:
    return window.network.notifications_view


def mention(world: NetworkWorld, text: str = "peux-tu relire le budget ?") -> str:
    alice = world.org.alice
    return world.post(
        world.org.sara,
        world.channel_a,
        f"[@{alice.name}](quorum://member/{alice.id}) {text}",
    )


def test_a_mention_from_another_member_arrives_with_the_sync_and_is_announced(
    world: NetworkWorld,
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    assert window.network.notifications_action.text() == "&Notifications"
    mention(world)
    window.sync_now()
    assert badge(view.channels.list, world.channel_a) == "@ 1 unread"
    assert "1 mention of you" in str(
        row(view.channels.list, world.channel_a).data(Qt.ItemDataRole.AccessibleTextRole)
    )
    assert window.network.notifications_action.text() == "&Notifications (1)"
    assert panel(window).announced == "1 new notification: Sara Lefèvre · Commission finances"
    assert panel(window).live_label.text() == panel(window).announced
    assert not panel(window).isVisible()  # said, without taking the member elsewhere
    view.show_channel(world.channel_a)
    assert bodies(view.list) == ["@Alice Martin peux-tu relire le budget ?"]
    assert "mentions you" in sentence(view.list, records(view.list)[0].id)


def test_the_panel_lists_the_notifications_and_enter_opens_the_message(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    first = mention(world, "premier message")
    second = mention(world, "second message")
    window.sync_now()
    window.committee_view.setFocus()
    qtbot.keyClick(window.committee_view, Qt.Key.Key_6, CTRL)
    notes = panel(window)
    assert window.views.currentWidget() is notes
    assert notes.list.hasFocus()
    model = notes.list.model()
    texts = [str(model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole)) for r in range(2)]
    assert texts[0].startswith("New: Sara Lefèvre · Commission finances. @Alice Martin second")
    assert "premier message" in texts[1]  # newest first
    assert notes.summary.text() == "2 unread notifications"

    qtbot.keyClick(notes.list, Qt.Key.Key_Return)
    view = conversations(window)
    assert window.views.currentWidget() is view
    assert view.channel_id == world.channel_a
    assert view.list.current_message() is not None
    assert current(view).id == second
    assert window.network.notifications_action.text() == "&Notifications (1)"
    assert first


def test_mark_all_as_read_empties_the_count(world: NetworkWorld, qtbot: Any) -> None:
    window = world.window(world.org.alice, view="notifications")
    mention(world)
    window.sync_now()
    notes = panel(window)
    assert notes.mark_all_button.isEnabled()
    notes.mark_all_button.setFocus()
    qtbot.keyClick(notes.mark_all_button, Qt.Key.Key_Space)
    assert notes.summary.text() == "Everything has been read."
    assert window.network.notifications_action.text() == "&Notifications"
    assert not notes.mark_all_button.isEnabled()


def test_a_muted_channel_counts_unread_messages_but_sends_no_notification(
    world: NetworkWorld,
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    view.mute_button.click()
    view.show_channel("org")
    window.sync_now()
    mention(world)
    window.sync_now()
    assert badge(view.channels.list, world.channel_a) == "@ 1 unread"
    assert window.network.notifications_action.text() == "&Notifications"


def test_the_member_chooses_a_daily_summary_and_another_device_has_the_choice(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice, view="notifications")
    notes = panel(window)
    assert notes.immediate_radio.isChecked()
    assert not notes.hour_spin.isEnabled()
    assert not notes.save_button.isEnabled()
    notes.digest_radio.click()
    assert notes.hour_spin.isEnabled()
    notes.hour_spin.setValue(8)
    assert notes.save_button.isEnabled()
    notes.save_button.click()
    assert not notes.save_button.isEnabled()
    window.sync_now()
    other = panel(world.window(world.org.alice, view="notifications"))
    assert other.digest_radio.isChecked()
    assert other.hour_spin.value() == 8


def test_without_a_system_tray_there_is_no_icon_and_no_error(world: NetworkWorld) -> None:
    window = world.window(world.org.alice)
    tray = window.network.tray
    assert QSystemTrayIcon.isSystemTrayAvailable() is False  # offscreen
    assert not tray.available
    mention(world)
    window.sync_now()  # after_sync: nothing to show it on, nothing said, nothing raised
    assert tray.shown == []
    assert window.network.notifications_action.text() == "&Notifications (1)"


def test_every_control_of_the_notifications_panel_has_a_name(world: NetworkWorld) -> None:
    window = world.window(world.org.alice, view="notifications")
    mention(world)
    window.sync_now()
    assert unnamed_focusable(panel(window)) == []
    assert window.network.notifications_action.shortcut().toString() == "Ctrl+6"
    assert "(Ctrl+6)" in window.network.notifications_action.toolTip()
