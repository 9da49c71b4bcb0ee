"""Direct conversations and ``quorum://`` links in the app: a member starts a conversation by
keyboard, and a link in a message or in a document opens its target inside Quorum."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from desktop.ui.conv_pickers import PickerDialog
from desktop.ui.conversation_dialog import NewConversationDialog
from desktop.ui.conversations_view import ConversationsView
from desktop.ui.message_view import MessageList
from tests.desktop.netapp import (
    NetworkWorld,
    badge,
    bodies,
    conversations,
    modals,
    records,
    row,
    type_text,
    world,
)
from tests.desktop.uikit import Modals

__all__ = ["modals", "world"]

CTRL = Qt.KeyboardModifier.ControlModifier


def link_point(message_list: MessageList, message_id: str) -> QPoint:
    """Where a link is drawn in the row of ``message_id`` (what the member sees and clicks)."""
    rect = message_list.visualRect(row(message_list, message_id))
    for y in range(rect.top(), rect.bottom(), 3):
        for x in range(rect.left(), rect.right(), 4):
            if message_list.link_at(QPoint(x, y)):
                return QPoint(x, y)
    raise AssertionError("no link drawn in the message")


def test_a_member_starts_a_direct_conversation_and_the_other_reads_it(
    world: NetworkWorld, modals: Modals, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)

    def choose_bob(dialog: NewConversationDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        type_text(qtbot, dialog.search, "Bob")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
        assert dialog.list.hasFocus()
        dialog.list.setCurrentRow(
            next(r for r in range(dialog.list.count()) if not dialog.list.item(r).isHidden())
        )
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        assert dialog.chosen_label.text() == "With: Bob Durand"
        dialog.start_button.click()

    modals.expect(NewConversationDialog, choose_bob)
    view.channels.list.setFocus()
    qtbot.keyClick(view.channels.list, Qt.Key.Key_N, CTRL)
    channel = view.channel()
    assert channel is not None and channel.kind == "direct"
    assert channel.title == "Bob Durand"
    assert window.focusWidget() is view.composer.editor
    type_text(qtbot, view.composer.editor, "Bonjour Bob, un café jeudi ?")
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, CTRL)
    window.sync_now()
    assert records(view.list)[0].state == "sent"

    bob = conversations(world.window(world.org.bob))
    assert badge(bob.channels.list, channel.id) == "1 unread"
    bob.show_channel(channel.id)
    assert bodies(bob.list) == ["Bonjour Bob, un café jeudi ?"]
    assert [c.title for c in bob.conversations.channels() if c.id == channel.id] == ["Alice Martin"]


def test_a_document_link_in_a_message_opens_the_document_in_the_documents_view(
    world: NetworkWorld, qtbot: Any
) -> None:
    budget = world.org.documents["a1"]
    message = world.post(
        world.org.sara,
        world.channel_a,
        f"Merci de lire [le budget](quorum://document/{budget.id}) avant jeudi.",
    )
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    point = link_point(view.list, message)
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.views.currentWidget() is window.splitter
    assert window.documents_action.isChecked()
    assert window.reader.document_id == budget.id
    assert window.document_view.currentIndex().data(Qt.ItemDataRole.DisplayRole) == budget.title


def test_by_keyboard_the_message_menu_opens_its_links_and_a_member_link_opens_a_conversation(
    world: NetworkWorld, qtbot: Any
) -> None:
    bob = world.org.bob
    message = world.post(
        world.org.sara,
        "org",
        f"Voyez avec [@Bob Durand](quorum://member/{bob.id}) pour les trajets.",
    )
    window = world.window(world.org.alice)
    view: ConversationsView = conversations(window)
    view.show_channel("org")
    assert view.list.select_message(message)
    menu = view.message_actions.build_menu(view.list)
    [link] = [a for a in menu.actions() if a.text().startswith("Open the link")]
    assert link.text() == "Open the link “@Bob Durand”"
    link.trigger()
    channel = view.channel()
    assert channel is not None and channel.kind == "direct" and channel.member_ids
    assert bob.id in channel.member_ids
    assert window.focusWidget() is view.composer.editor
    again = view.conversations.start_conversation([bob.id])
    assert again.id == channel.id  # the same conversation, not a second one


def test_a_quorum_link_in_a_document_opens_the_motion_in_the_votes_view(
    world: NetworkWorld,
) -> None:
    motion = world.kit.motion("Budget 2025", world.org.committee_a.id)
    window = world.window(world.org.alice, view="documents")
    window.reader.anchorClicked.emit(QUrl(f"quorum://motion/{motion.id}"))
    assert window.views.currentWidget() is window.votes_view
    assert window.votes_view.detail.view is not None
    assert window.votes_view.detail.view.motion.id == motion.id


def test_the_link_picker_inserts_a_document_link_that_the_preview_shows(
    world: NetworkWorld, modals: Modals, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    budget = world.org.documents["a1"]
    modals.expect(PickerDialog, lambda d: d.choose(budget.title))
    view.composer.link_button.click()
    assert view.composer.text() == f"[{budget.title}](quorum://document/{budget.id})"
    view.composer.tabs.setCurrentIndex(1)
    assert view.composer.preview.toPlainText() == budget.title
    assert f'href="quorum://document/{budget.id}"' in view.composer.preview.toHtml()


def test_typing_at_lists_people_and_inserts_a_mention(
    world: NetworkWorld, modals: Modals, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    sara = world.org.sara

    def pick(dialog: PickerDialog) -> None:
        type_text(qtbot, dialog.search, "Sara")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    modals.expect(PickerDialog, pick)
    view.composer.focus_editor()
    type_text(qtbot, view.composer.editor, "Merci @")
    qtbot.waitUntil(lambda: modals.pending == [], timeout=5000)
    qtbot.waitUntil(lambda: "quorum://member" in view.composer.text(), timeout=5000)
    assert view.composer.text() == f"Merci [@Sara Lefèvre](quorum://member/{sara.id}) "


def test_a_copied_message_link_leads_back_to_the_message_in_its_thread(
    world: NetworkWorld, qtbot: Any
) -> None:
    root = world.post(world.org.sara, world.channel_a, "Le rapport est prêt.")
    reply = world.post(world.org.sara, world.channel_a, "Page 4 corrigée.", thread_root_id=root)
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    view.open_thread(root)
    assert view.thread_panel.list.select_message(reply)
    view.thread_panel.list.setFocus()
    qtbot.keyClick(view.thread_panel.list, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    link = QGuiApplication.clipboard().text()
    assert link == f"quorum://message/{reply}"

    window.show_documents()
    view.thread_panel.close_thread()
    window.network.open_link(link)
    assert window.views.currentWidget() is view
    assert view.thread_panel.isVisible()
    message = view.thread_panel.list.current_message()
    assert message is not None and message.id == reply
