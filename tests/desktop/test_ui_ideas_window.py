"""The idea box and announcements inside the main window (the shared network world): their
shortcuts, links that open them, and what the member queues being sent by the window's sync."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.announcements_view import AnnouncementsView
from desktop.ui.ideas_view import IdeasView
from tests.desktop.netapp import NetworkWorld, badge, modals, world

__all__ = ["modals", "world"]


def test_ctrl_4_shows_the_idea_box_and_a_link_to_an_idea_opens_it(
    world: NetworkWorld, qtbot: Any
) -> None:
    idea_id = uuid.uuid4().hex
    world.send(
        world.org.sara,
        "idea.submit",
        {"idea_id": idea_id, "kind": "request", "title": "Salle accessible", "body": "Merci."},
    )
    window = world.window(world.org.alice, "documents")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.views.currentWidget()
    assert isinstance(view, IdeasView)
    assert badge(view.list, idea_id) == "○ New"
    assert view.list.hasFocus()

    window.show_documents()
    assert window.network.links.open(f"quorum://idea/{idea_id}")
    assert window.views.currentWidget() is view
    assert view.detail.idea is not None and view.detail.idea.id == idea_id

    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    qtbot.keyClick(view.detail.support_button, Qt.Key.Key_Return)
    assert window.status_bar.outbox_label.text() == "Waiting to be sent: 1"
    window.sync_now()
    assert window.status_bar.outbox_label.text() != "Waiting to be sent: 1"
    found = view.detail.idea
    assert found is not None and found.support_count == 1 and found.state == "sent"


def test_ctrl_5_shows_the_announcements_and_the_one_waiting_for_me(
    world: NetworkWorld, qtbot: Any
) -> None:
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
    window = world.window(world.org.alice, "documents")
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.views.currentWidget()
    assert isinstance(view, AnnouncementsView)
    assert badge(view.list, announcement_id) == "● To acknowledge"
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert view.detail.ack_button.hasFocus()
    qtbot.keyClick(view.detail.ack_button, Qt.Key.Key_Return)
    window.sync_now()
    assert badge(view.list, announcement_id) == "✓ Acknowledged"
    assert view.detail.ack_note.text().startswith("Read and acknowledged ")
