"""The committee network by keyboard alone (issue 8): post in a channel and reply in a thread,
support an idea, acknowledge an announcement; in the real main window over the real thing
(``tests.desktop.netapp``: a live server, a synced encrypted cache). Every key goes to the
focused widget (``tests.desktop.keyflow``)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.announcements_view import AnnouncementsView
from desktop.ui.ideas_view import IdeasView
from desktop.ui.main_window import MainWindow
from tests.desktop.keyflow import CTRL, SHIFT, Keys
from tests.desktop.netapp import NetworkWorld, bodies, conversations, records, sentence, world

__all__ = ["world"]


def on_view(world: NetworkWorld, qtbot: Any, shortcut: Qt.Key) -> tuple[MainWindow, Keys]:
    """Alice's app, on Documents; then Ctrl+<shortcut>."""
    window = world.window(world.org.alice, "documents")
    keys = Keys(qtbot)
    keys.activate(window)
    keys.press(shortcut, CTRL)
    return window, keys


def test_a_member_posts_in_a_channel_then_replies_in_a_thread_by_keys(
    world: NetworkWorld, qtbot: Any
) -> None:
    root = world.post(world.org.sara, world.channel_a, "Qui peut relire le rapport ?")
    window, keys = on_view(world, qtbot, Qt.Key.Key_3)
    view = conversations(window)
    assert keys.focused() is view.channels.list
    keys.arrow_to(view.channels.list, world.channel_a)
    keys.press(Qt.Key.Key_Return)  # Enter: to the channel's messages, the last one chosen
    assert keys.focused() is view.list

    keys.tab_to(view.composer.editor)
    keys.type("Je serai en retard de dix minutes.")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert view.composer.text() == ""
    assert bodies(view.list) == [
        "Qui peut relire le rapport ?",
        "Je serai en retard de dix minutes.",
    ]

    keys.tab_to(view.list, backwards=True)
    keys.press(Qt.Key.Key_Home)  # Sara's question
    keys.press(Qt.Key.Key_R, CTRL | SHIFT)  # "Reply in a thread"
    assert keys.focused() is view.thread_panel.composer.editor
    keys.type("Moi, ce week-end.")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert bodies(view.thread_panel.list) == ["Qui peut relire le rapport ?", "Moi, ce week-end."]
    keys.press(Qt.Key.Key_Escape)  # the thread closes, back to the messages
    assert not view.thread_panel.isVisible()
    assert keys.focused() is view.list

    keys.press(Qt.Key.Key_R, CTRL)  # sync now
    assert [m.state for m in records(view.list)] == ["sent", "sent"]
    assert "1 reply" in sentence(view.list, root)


def test_a_member_supports_an_idea_by_keys(world: NetworkWorld, qtbot: Any) -> None:
    idea_id = uuid.uuid4().hex
    world.send(
        world.org.bob,
        "idea.submit",
        {
            "idea_id": idea_id,
            "committee_id": None,
            "kind": "idea",
            "title": "Visioconférence pour tous",
            "body": "Proposition : **visioconférence**.",
        },
    )
    window, keys = on_view(world, qtbot, Qt.Key.Key_4)
    view = window.views.currentWidget()
    assert isinstance(view, IdeasView)
    assert keys.focused() is view.list
    keys.arrow_to(view.list, idea_id)
    keys.press(Qt.Key.Key_Return)  # Enter: to the idea's first action
    button = view.detail.support_button
    assert keys.focused() is button
    keys.press(Qt.Key.Key_Space)
    assert view.detail.support_label.text() == "1 support"
    assert not button.isEnabled()
    assert keys.focused() is view.detail.support_reason  # the screen reader says why

    keys.press(Qt.Key.Key_R, CTRL)
    found = window.network.network.idea_box.idea(idea_id)
    assert found is not None and found.supported_by_me and found.state == "sent"


def test_a_member_acknowledges_an_announcement_by_keys(world: NetworkWorld, qtbot: Any) -> None:
    announcement_id = uuid.uuid4().hex
    world.send(
        world.org.sara,
        "announcement.post",
        {
            "announcement_id": announcement_id,
            "title": "Assemblée générale",
            "body": "Le 12 juin.",
            "ack_required": True,
        },
    )
    window, keys = on_view(world, qtbot, Qt.Key.Key_5)
    view = window.views.currentWidget()
    assert isinstance(view, AnnouncementsView)
    assert keys.focused() is view.list
    keys.arrow_to(view.list, announcement_id)
    keys.press(Qt.Key.Key_Return)  # Enter: to the big button
    assert keys.focused() is view.detail.ack_button
    assert "Le 12 juin." in view.detail.text.toPlainText()
    keys.press(Qt.Key.Key_Space)
    assert keys.focused() is view.detail.ack_note  # the screen reader says what happened
    keys.press(Qt.Key.Key_R, CTRL)
    found = window.network.network.announcements.announcement(announcement_id)
    assert found is not None and found.acknowledged_at is not None
