"""What the server refused, in the app: the "Refused items" dialog, opened from the status bar
and the View menu, against the real server, the real cache and real widgets offscreen, by
keyboard; and the composer of a committee the member has left."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.core import sending as s
from desktop.core.sending import RefusedItem
from desktop.services import Services
from desktop.ui.main_window import MainWindow
from desktop.ui.refused_dialog import ConfirmGiveUp, RefusedDialog
from desktop.ui.refused_words import reason_words, what_text
from protocol.errors import DocumentErrorCode, ErrorCode, NetworkErrorCode, VoteErrorCode
from tests.desktop.netapp import NetworkWorld, conversations, later, modals, new_id, world
from tests.desktop.test_ui_conversations import write
from tests.desktop.test_ui_main_window import unnamed_focusable
from tests.desktop.uikit import Modals

__all__ = ["modals", "world"]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def services(world: NetworkWorld, window: MainWindow) -> Services:
    return next(built for shown, built in world.opened if shown is window)


def forge(world: NetworkWorld, window: MainWindow, kind: str, data: dict[str, Any]) -> None:
    """Queue a mutation as the app would, straight into the member's outbox."""
    services(world, window).store.enqueue(kind, data)


def tab_to(qtbot: Any, target: QWidget) -> None:
    """Press Tab from where the focus is until ``target`` has it (its window made active
    again first, as the window manager does once a message box closes)."""
    window = target.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    for _ in range(15):
        focused = QApplication.focusWidget()
        if focused is target:
            return
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target


def in_dialog(window: MainWindow, qtbot: Any, steps: Callable[[RefusedDialog], None]) -> Any:
    """A Modals answer: once the dialog runs and is active, ``steps`` by keyboard, then close
    it with Escape."""

    def run() -> None:
        dialog = window.refused_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():
                focused = QApplication.focusWidget() or dialog
                qtbot.keyClick(focused, Qt.Key.Key_Escape)

    return later(run)


def refused_edit(world: NetworkWorld) -> tuple[MainWindow, str]:
    """Alice's app sends an edit of Sara's message (forged in the outbox): refused."""
    message_id = world.post(world.org.sara, world.channel_a, "Ordre du jour : le budget.")
    window = world.window(world.org.alice)
    forge(world, window, "message.edit", {"message_id": message_id, "body": "Mon texte à moi."})
    window.sync_now()
    return window, message_id


def test_a_refused_edit_shows_from_the_status_bar_by_keyboard_with_why_in_words_and_the_text(
    world: NetworkWorld, qtbot: Any, modals: Modals
) -> None:
    window, message_id = refused_edit(world)
    button = window.status_bar.refused_button
    assert button.isVisible() and button.text() == "Refused by the server: 1 — See"
    assert button.accessibleName() == button.text()
    assert not window.status_bar.outbox_label.isVisible()
    seen: dict[str, Any] = {}

    def look(dialog: RefusedDialog) -> None:
        assert QApplication.focusWidget() is dialog.list
        seen["rows"] = dialog.list.count()
        seen["what"] = dialog.what_label.text()
        seen["why"] = dialog.why_note.text()
        seen["text"] = dialog.text_view.toPlainText()
        seen["read_only"] = dialog.text_view.isReadOnly()
        seen["unnamed"] = unnamed_focusable(dialog)
        current = dialog.current()
        seen["target"] = None if current is None else current.target
        QGuiApplication.clipboard().clear()
        tab_to(qtbot, dialog.copy_button)
        qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["feedback"] = dialog.feedback.text()

    modals.expect(RefusedDialog, in_dialog(window, qtbot, look))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)

    assert modals.seen == ["RefusedDialog"]
    assert seen["rows"] == 1
    assert seen["what"] == "Edit of a message"
    assert seen["why"] == "Why: only its author may change it."
    assert seen["text"] == "Mon texte à moi." and seen["read_only"]
    assert seen["clipboard"] == "Mon texte à moi."
    assert seen["feedback"] == "Your text has been copied."
    assert seen["target"] == f"quorum://message/{message_id}"
    assert seen["unnamed"] == []
    assert button.isVisible()  # looking changes nothing: it is still there


def test_show_what_it_was_about_closes_the_dialog_on_the_message_in_its_channel(
    world: NetworkWorld, qtbot: Any, modals: Modals
) -> None:
    window, message_id = refused_edit(world)
    window.documents_action.trigger()

    def show(dialog: RefusedDialog) -> None:
        tab_to(qtbot, dialog.open_button)
        qtbot.keyClick(dialog.open_button, Qt.Key.Key_Space)

    modals.expect(RefusedDialog, in_dialog(window, qtbot, show))
    window.show_refused()
    view = conversations(window)
    assert window.views.currentWidget() is view
    assert view.channel_id == world.channel_a
    current = view.list.current_message()
    assert current is not None and current.id == message_id


def test_retry_from_the_view_menu_sends_it_again_soon_and_the_edit_then_goes_through(
    world: NetworkWorld, qtbot: Any, modals: Modals
) -> None:
    # Alice's edit leaves before the post it edits (written on her other computer) arrives.
    window = world.window(world.org.alice)
    message_id = new_id()
    forge(world, window, "message.edit", {"message_id": message_id, "body": "Version corrigée"})
    window.sync_now()
    world.send(
        world.org.alice,
        "message.post",
        {"message_id": message_id, "channel_id": world.channel_a, "body": "Premier jet"},
    )
    seen: dict[str, Any] = {}

    def retry(dialog: RefusedDialog) -> None:
        seen["why"] = dialog.why_note.text()
        tab_to(qtbot, dialog.retry_button)
        qtbot.keyClick(dialog.retry_button, Qt.Key.Key_Space)
        # Right after Retry (the sync it asks for comes 150 ms later): waiting, and soon.
        seen["outbox"] = window.status_bar.outbox_label.text()
        soon = window.sync.next_sync_in_ms
        seen["soon"] = soon is not None and soon < 1000  # not at the next periodic sync
        seen["empty"] = dialog.empty_label.isVisible() and not dialog.list.isVisible()
        seen["empty_text"] = dialog.empty_label.text()
        seen["feedback"] = dialog.feedback.text()
        seen["focus"] = QApplication.focusWidget() is dialog.empty_label

    assert window.refused_action.shortcut().toString() == "Ctrl+Shift+O"
    view_menu = window.menuBar().actions()[1].menu()
    assert isinstance(view_menu, QMenu) and window.refused_action in view_menu.actions()
    modals.expect(RefusedDialog, in_dialog(window, qtbot, retry))
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_O, CTRL_SHIFT)

    assert seen == {
        "why": "Why: it no longer exists, or you no longer have access to it.",
        "empty": True,
        "empty_text": "Nothing has been refused.",
        "feedback": "“Edit of a message” will be sent again.",
        "focus": True,
        "outbox": "Waiting to be sent: 1",
        "soon": True,
    }
    assert not window.status_bar.refused_button.isVisible()
    window.sync_now()
    message = conversations(window).conversations.message(message_id)
    assert message is not None
    assert (message.body, message.state) == ("Version corrigée", "sent")
    assert message.edited_at is not None
    assert window.status_bar.outbox_label.text() == "Everything has been sent"


def test_giving_up_asks_first_says_the_text_is_lost_and_then_forgets_it(
    world: NetworkWorld, qtbot: Any, modals: Modals
) -> None:
    window, _ = refused_edit(world)
    seen: dict[str, Any] = {}

    def answer(button: str) -> Any:
        def go(box: ConfirmGiveUp) -> None:
            seen.setdefault("asked", []).append((box.text(), box.informativeText()))
            later(getattr(box, button).click)(box)

        return go

    def give_up(dialog: RefusedDialog) -> None:
        tab_to(qtbot, dialog.discard_button)
        qtbot.keyClick(dialog.discard_button, Qt.Key.Key_Space)  # "Keep it"
        seen["kept"] = dialog.list.count()
        tab_to(qtbot, dialog.discard_button)
        qtbot.keyClick(dialog.discard_button, Qt.Key.Key_Space)  # "Give it up"
        seen["left"] = dialog.list.count()
        seen["empty"] = dialog.empty_label.isVisible()
        seen["feedback"] = dialog.feedback.text()

    modals.expect(RefusedDialog, in_dialog(window, qtbot, give_up))
    modals.expect(ConfirmGiveUp, answer("keep_button"))
    modals.expect(ConfirmGiveUp, answer("give_up_button"))
    window.refused_action.trigger()

    asked = (
        "Give up “Edit of a message”?",
        "It will never be sent, and your text will be lost: copy it first if you want to keep it.",
    )
    assert seen["asked"] == [asked, asked]
    assert (seen["kept"], seen["left"], seen["empty"]) == (1, 0, True)
    assert seen["feedback"] == "“Edit of a message” has been given up."
    store = services(world, window).store
    assert [e for e in store.outbox() if e.state == "rejected"] == []
    assert not window.status_bar.refused_button.isVisible()
    assert window.status_bar.outbox_label.text() == "Everything has been sent"


def test_in_a_committee_the_member_has_left_the_composer_is_closed_and_says_why(
    world: NetworkWorld, qtbot: Any
) -> None:
    window = world.window(world.org.alice)
    view = conversations(window)
    view.show_channel(world.channel_a)
    assert view.composer.isEnabled() and not view.left_note.isVisible()
    world.kit.remove_from_committee(world.org.alice, world.org.committee_a.id)
    write(qtbot, view, "Ma remarque sur le budget.")
    window.sync_now()  # refused: she is no longer in the committee

    view.show_channel(world.channel_a)  # still listed, for her refused message
    assert view.channel_id == world.channel_a and view.model.rowCount() == 1
    assert not view.composer.isEnabled()
    assert not view.thread_panel.composer.isEnabled()
    assert not view.mute_button.isEnabled()
    note = "You are no longer a member of this committee: you can no longer write in it."
    assert view.left_note.isVisible() and view.left_note.text() == note
    assert view.left_note.accessibleName() == note
    assert view.retry_button.isEnabled() and view.discard_button.isEnabled()
    [item] = window.network.network.sending.refused()
    assert item.what == s.MESSAGE_POST
    assert reason_words(item.kind, item.code) == "you no longer have access to this channel"

    view.show_channel("org")
    assert view.composer.isEnabled() and not view.left_note.isVisible()


def test_nothing_refused_says_so_and_the_close_button_is_reached_by_tab(
    world: NetworkWorld, qtbot: Any, modals: Modals
) -> None:
    window = world.window(world.org.alice)
    assert not window.status_bar.refused_button.isVisible()
    seen: dict[str, Any] = {}

    def look(dialog: RefusedDialog) -> None:
        seen["focus"] = QApplication.focusWidget() is dialog.empty_label
        seen["name"] = dialog.empty_label.accessibleName()
        seen["detail"] = dialog.detail.isVisible()
        tab_to(qtbot, dialog.close_button)

    modals.expect(RefusedDialog, in_dialog(window, qtbot, look))
    window.show_refused()
    assert seen == {"focus": True, "name": "Nothing has been refused.", "detail": False}


@pytest.mark.parametrize("kind", ["message.edit", "idea.support", "ballot.cast", "document.read"])
def test_every_refusal_code_is_said_in_words_never_as_the_server_s_english(kind: str) -> None:
    codes = [*ErrorCode, *VoteErrorCode, *NetworkErrorCode]
    for code in codes:
        said = reason_words(kind, code, "SERVER ENGLISH")
        assert said and said != "SERVER ENGLISH" and said != "the server refused it", code
    assert reason_words(kind, "brand_new_code", "The server's words.") == "The server's words"
    assert reason_words(kind, "brand_new_code") == "the server refused it"


def test_each_kind_of_refused_item_has_its_own_words() -> None:
    said = {what: what_text(what) for what in s.WHATS}
    assert len(set(said.values())) == len(s.WHATS)
    assert said[s.ANNOUNCEMENT_ACK] == "Acknowledgement of an announcement"
    assert what_text("no.such.key") == said[s.UNKNOWN]


def test_a_refused_item_s_own_words_are_its_title_then_its_text() -> None:
    from datetime import UTC, datetime

    item = RefusedItem(
        seq=1,
        kind="idea.submit",
        what=s.IDEA_SUBMIT,
        written_at=datetime(2025, 3, 14, tzinfo=UTC),
        code="not_found",
        message=None,
        text="Une salle au calme.",
        title="Salle de réunion",
    )
    assert item.own_words() == "Salle de réunion\n\nUne salle au calme."


#: What the outbox's board-document mutations may be refused for (docs/DOCUMENTS.md).
DOCUMENT_REFUSALS = [
    DocumentErrorCode.COMMENTS_CLOSED,
    DocumentErrorCode.COMMENT_INVALID,
    DocumentErrorCode.VERSION_UNKNOWN,
    DocumentErrorCode.NOT_ASSIGNEE,
    DocumentErrorCode.NOT_MODERATOR,
    DocumentErrorCode.ASSIGNEE_INVALID,
    DocumentErrorCode.ID_TAKEN,
]


@pytest.mark.parametrize(
    "kind",
    [
        "document.comment",
        "annotation.save",
        "annotation.delete",
        "action.create",
        "action.update",
        "action.comment",
    ],
)
def test_a_refused_note_comment_or_action_is_said_in_words_never_as_the_server_s_english(
    kind: str,
) -> None:
    for code in [*DOCUMENT_REFUSALS, *ErrorCode]:
        said = reason_words(kind, code, "SERVER ENGLISH")
        assert said and said != "SERVER ENGLISH" and said != "the server refused it", code


def test_a_refused_action_or_comment_says_its_own_reason() -> None:
    assert "create an action" in reason_words("action.create", "not_moderator", "x")
    assert "assignees" in reason_words("action.update", "not_assignee", "x")
    assert "closed" in reason_words("document.comment", "comments_closed", "x")
    assert "version" in reason_words("annotation.save", "version_unknown", "x")
