"""Conversations in the app, as a member uses them: against the real server, the real cache and
the real network use cases (``desktop.core.conversations``), with real widgets offscreen, by
keyboard where that is the member's way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.cache.network_records import Message
from desktop.ui.conv_dialogs import ConfirmDelete, EditDialog, HistoryDialog, PinnedDialog
from desktop.ui.conversations_view import ConversationsView
from desktop.ui.main_window import MainWindow
from desktop.ui.message_models import RecordRole
from tests.desktop.netapp import (
    NetworkWorld,
    badge,
    bodies,
    conversations,
    modals,
    records,
    row,
    sentence,
    subtitle,
    type_text,
    world,
)
from tests.desktop.test_ui_main_window import unnamed_focusable
from tests.desktop.uikit import Modals

__all__ = ["modals", "world"]


def current(view: ConversationsView) -> Message:
    message = view.list.current_message()
    assert message is not None
    return message


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def write(qtbot: Any, view: ConversationsView, text: str) -> None:
    """Type ``text`` in the channel's composer and send it with Ctrl+Enter."""
    view.composer.focus_editor()
    type_text(qtbot, view.composer.editor, text)
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, CTRL)


def choose(world: NetworkWorld, view: ConversationsView, message_id: str) -> None:
    """Choose a message in the channel's list and give it the focus (as the arrow keys do),
    its window active (as when the member comes back to it after a dialog)."""
    assert view.list.select_message(message_id)
    window = view.window()
    assert isinstance(window, MainWindow)
    world.activate(window)
    view.list.setFocus()


def test_reading_a_channel_drops_its_unread_badge_here_and_on_the_server(
    world: NetworkWorld, qtbot: Any
) -> None:
    world.post(world.org.sara, world.channel_a, "Ordre du jour de jeudi : le budget.")
    world.post(world.org.sara, world.channel_a, "Merci de relire l'annexe avant.")
    window = world.window(world.org.alice)
    view = conversations(window)
    assert view.channel_id == "org"  # the organisation's channel comes first
    assert badge(view.channels.list, world.channel_a) == "2 unread"
    assert "2 unread messages" in sentence(view.channels.list, world.channel_a)

    view.channels.list.setFocus()
    qtbot.keyClick(view.channels.list, Qt.Key.Key_Down)
    assert view.channel_id == world.channel_a
    assert bodies(view.list) == [
        "Ordre du jour de jeudi : le budget.",
        "Merci de relire l'annexe avant.",
    ]
    assert view.list.current_message() is not None
    assert current(view).unread  # the first unread one is chosen
    assert badge(view.channels.list, world.channel_a) is None
    assert "nothing unread" in sentence(view.channels.list, world.channel_a)

    window.sync_now()  # the read point reaches the server: another device of alice has it
    second = world.window(world.org.alice)
    assert badge(conversations(second).channels.list, world.channel_a) is None


def test_a_message_written_shows_waiting_then_sent_after_the_sync(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    write(qtbot, view, "Je serai en retard de **dix minutes**.")
    assert view.composer.text() == ""
    [mine] = records(view.list)
    assert mine.state == "waiting"
    assert "Waiting to be sent" in sentence(view.list, mine.id)
    assert bodies(view.list) == ["Je serai en retard de dix minutes."]
    assert current(view).id == mine.id

    window.sync_now()
    [sent] = records(view.list)
    assert (sent.id, sent.state, sent.number) == (mine.id, "sent", 1)
    assert "Waiting" not in sentence(view.list, mine.id)
    bob_does_not_see_it = world.window(world.org.bob)
    assert world.channel_a not in [
        c.id for c in conversations(bob_does_not_see_it).conversations.channels()
    ]


def test_a_reply_goes_in_the_thread_and_the_message_counts_it(
    world: NetworkWorld, qtbot: Any
) -> None:
    root = world.post(world.org.sara, world.channel_a, "Qui peut relire le rapport ?")
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    choose(world, view, root)
    qtbot.keyClick(view.list, Qt.Key.Key_R, CTRL_SHIFT)  # "Reply in a thread"
    assert view.thread_panel.isVisible()
    assert view.thread_panel.composer.editor.hasFocus()
    type_text(qtbot, view.thread_panel.composer.editor, "Moi, ce week-end.")
    qtbot.keyClick(view.thread_panel.composer.editor, Qt.Key.Key_Return, CTRL)
    assert bodies(view.thread_panel.list) == ["Qui peut relire le rapport ?", "Moi, ce week-end."]
    assert bodies(view.list) == ["Qui peut relire le rapport ?"]  # replies stay in the thread

    window.sync_now()
    assert records(view.thread_panel.list)[1].state == "sent"
    assert "1 reply" in sentence(view.list, root)
    qtbot.keyClick(view.thread_panel.composer.editor, Qt.Key.Key_Escape)
    assert not view.thread_panel.isVisible()
    assert view.list.hasFocus()


def test_editing_shows_edited_with_the_history_and_deleting_leaves_a_tombstone(
    world: NetworkWorld, modals: Modals, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    write(qtbot, view, "Réunion à 10 h.")
    window.sync_now()
    [message] = records(view.list)

    def change(dialog: EditDialog) -> None:
        dialog.composer.editor.selectAll()
        type_text(qtbot, dialog.composer.editor, "Réunion à 11 h.")
        qtbot.keyClick(dialog.composer.editor, Qt.Key.Key_Return, CTRL)

    modals.expect(EditDialog, change)
    choose(world, view, message.id)
    qtbot.keyClick(view.list, Qt.Key.Key_E, CTRL)
    window.sync_now()
    assert bodies(view.list) == ["Réunion à 11 h."]
    assert "edited" in sentence(view.list, message.id)
    seen: list[str] = []

    def read_history(dialog: HistoryDialog) -> None:
        seen.append(dialog.text.toPlainText())
        dialog.reject()

    modals.expect(HistoryDialog, read_history)
    choose(world, view, message.id)
    qtbot.keyClick(view.list, Qt.Key.Key_H, CTRL)
    assert "Réunion à 10 h." in seen[0] and "Réunion à 11 h." in seen[0]

    modals.expect(ConfirmDelete, lambda box: box.keep_button.click())
    choose(world, view, message.id)
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert bodies(view.list) == ["Réunion à 11 h."]  # kept
    modals.expect(ConfirmDelete, lambda box: box.delete_button.click())
    choose(world, view, message.id)
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    window.sync_now()
    [tombstone] = records(view.list)
    assert tombstone.deleted
    assert "Message deleted" in sentence(view.list, message.id)
    sara = conversations(world.window(world.org.sara))
    sara.show_channel(world.channel_a)
    assert "Message deleted" in sentence(sara.list, message.id)


def test_pinning_a_message_lists_it_in_the_pinned_messages(
    world: NetworkWorld, modals: Modals, qtbot: Any
) -> None:
    first = world.post(world.org.sara, world.channel_a, "Le lien vers l'ordre du jour.")
    world.post(world.org.sara, world.channel_a, "Autre chose.")
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    choose(world, view, first)
    menu = view.message_actions.build_menu(view.list)
    assert view.message_actions.pin.text() == "&Pin the message"
    assert view.message_actions.pin.isEnabled()
    assert not view.message_actions.edit.isEnabled()  # sara's message
    menu.deleteLater()
    qtbot.keyClick(view.list, Qt.Key.Key_P, CTRL_SHIFT)
    window.sync_now()
    assert "pinned by Alice Martin" in sentence(view.list, first)
    assert view.pinned_button.text() == "&Pinned messages (1)…"

    def go(dialog: PinnedDialog) -> None:
        assert bodies(dialog.list) == ["Le lien vers l'ordre du jour."]
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    modals.expect(PinnedDialog, go)
    view.list.setCurrentIndex(row(view.list, records(view.list)[1].id))
    view.pinned_button.click()
    assert current(view).id == first


def test_a_refused_message_says_why_and_is_sent_again_with_retry(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    # The secretariat removes alice from the committee while she writes (offline, say).
    world.kit.remove_from_committee(world.org.alice, world.org.committee_a.id)
    write(qtbot, view, "Ma remarque sur le budget.")
    window.sync_now()  # refused: she is no longer in the committee
    # The channel stays listed (its name gone) while her refused message is there.
    [left] = [c for c in view.conversations.channels() if c.id == world.channel_a]
    assert left.title == "" and len(view.conversations.messages(world.channel_a)) == 1

    world.kit.add_to_committee(world.org.alice, world.org.committee_a.id)
    window.sync_now()
    view.show_channel(world.channel_a)
    [failed] = records(view.list)
    assert failed.state == "failed"
    assert "Failed: you no longer have access to this channel" in sentence(view.list, failed.id)
    assert view.failure_bar.isVisible()
    assert "could not be sent" in view.failure_note.text()
    view.retry_button.setFocus()
    qtbot.keyClick(view.retry_button, Qt.Key.Key_Space)
    assert records(view.list)[0].state == "waiting"
    window.sync_now()
    [sent] = records(view.list)
    assert (sent.state, sent.body) == ("sent", "Ma remarque sur le budget.")
    assert not view.failure_bar.isVisible()


def test_muting_a_channel_is_said_in_words_and_follows_the_member(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    assert view.mute_button.text() == "M&ute this channel"
    view.composer.focus_editor()
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_M, CTRL_SHIFT)
    assert "Muted" in subtitle(view.channels.list, world.channel_a)
    assert "no notification from this channel" in view.info_label.text()
    assert view.mute_button.text() == "Un&mute this channel"
    window.sync_now()
    again = conversations(world.window(world.org.alice))
    assert "muted" in sentence(again.channels.list, world.channel_a)
    view.mute_button.click()
    assert "Muted" not in subtitle(view.channels.list, world.channel_a)


def test_every_control_of_the_conversations_view_has_a_name_and_its_shortcut_is_said(
    world: NetworkWorld, qtbot: Any
) -> None:
    world.post(world.org.sara, world.channel_a, "Bonjour.")
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    view.open_thread(records(view.list)[0].id)
    assert unnamed_focusable(view) == []
    assert "(Ctrl+Enter)" in view.composer.send_button.toolTip()
    assert "(Ctrl+N)" in view.channels.new_button.toolTip()
    assert window.network.conversations_action.shortcut().toString() == "Ctrl+3"
    assert "(Ctrl+3)" in window.network.conversations_action.toolTip()
    for action in view.message_actions.on_message:
        assert f"({action.shortcut().toString()})" in action.toolTip()
    qtbot.keyClick(view.list, Qt.Key.Key_1, CTRL)
    assert window.views.currentWidget() is window.splitter
    qtbot.keyClick(window.committee_view, Qt.Key.Key_3, CTRL)
    assert window.views.currentWidget() is view
    assert QApplication.focusWidget() is view.channels.list
    assert view.list.model().index(0, 0).data(RecordRole).author_name == "Sara Lefèvre"


def test_a_new_message_follows_a_member_reading_at_the_end_and_leaves_one_reading_above(
    world: NetworkWorld, qtbot: Any
) -> None:
    for n in range(12):
        world.post(world.org.sara, world.channel_a, f"Point {n} de l'ordre du jour.\n\nDétails.")
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    view.list.select_last()  # read to the end
    world.post(world.org.sara, world.channel_a, "Nouveau : la séance commence à 18 h.")
    window.sync_now()
    assert current(view).body == "Nouveau : la séance commence à 18 h."
    last = view.list.visualRect(view.model.index(view.model.rowCount() - 1, 0))
    assert view.list.viewport().rect().intersects(last)  # on screen, not below the fold

    first = records(view.list)[0]
    assert view.list.select_message(first.id)  # the member scrolls back to read
    world.post(world.org.sara, world.channel_a, "Et un dernier mot.")
    window.sync_now()
    assert current(view).id == first.id  # their place is kept
