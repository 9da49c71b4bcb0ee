"""Reaching meetings and actions with the keyboard alone: Ctrl+7 and Ctrl+8, Enter on an agenda
row opens its document in the reader, its vote in Votes, its action in My actions; a video link
is shown in full before anything opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from desktop.ui.main_window import MainWindow
from desktop.ui.meeting_detail import LinkRole
from desktop.ui.reader import LinkConfirmation
from tests.desktop.docapp import DocWorld, doc_world
from tests.desktop.netapp import modals
from tests.desktop.uikit import Modals

__all__ = ["doc_world", "modals"]


def agenda_item(window: MainWindow, link: str) -> QTreeWidgetItem:
    tree = window.board.meetings_view.detail.agenda
    for found in tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
        if found.data(0, LinkRole) == link:
            return found
    raise AssertionError(f"no agenda row leads to {link}")


def press_enter_on(window: MainWindow, qtbot: Any, link: str) -> None:
    tree = window.board.meetings_view.detail.agenda
    tree.setFocus()
    tree.setCurrentItem(agenda_item(window, link))
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_ctrl_7_and_ctrl_8_switch_between_meetings_and_my_actions(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "documents")
    board = window.board
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is board.meetings_view
    assert board.meetings_action.isChecked()
    assert board.meetings_view.upcoming_list.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is board.actions_view
    assert board.actions_view.mine_list.hasFocus()
    qtbot.keyClick(board.actions_view.mine_list, Qt.Key.Key_Return)
    assert board.actions_view.detail.status_combo.hasFocus()


def test_enter_on_a_meeting_then_on_a_document_opens_it_in_the_reader(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    view = window.board.meetings_view
    qtbot.keyClick(view.upcoming_list, Qt.Key.Key_Return)
    assert view.detail.agenda.hasFocus()
    note = doc_world.content.note
    press_enter_on(window, qtbot, f"quorum://document/{note.id}")
    assert window.views.currentWidget() is window.splitter
    assert window.reader.document_id == note.id


def test_enter_on_a_vote_opens_it_in_votes_and_on_an_action_in_my_actions(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    press_enter_on(window, qtbot, f"quorum://motion/{doc_world.content.motion.id}")
    assert window.views.currentWidget() is window.votes_view
    window.board.show_meeting(doc_world.content.past.id)
    press_enter_on(window, qtbot, f"action:{doc_world.content.action_late}")
    actions = window.board.actions_view
    assert window.views.currentWidget() is actions
    assert actions.detail.action is not None
    assert actions.detail.action.id == doc_world.content.action_late


def test_the_video_link_is_shown_in_full_and_opens_only_if_the_member_agrees(
    doc_world: DocWorld, qtbot: Any, modals: Modals
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    detail = window.board.meetings_view.detail
    url = "https://visio.exemple.fr/commission-finances"
    assert detail.video_label.text() == f"Video link: {url}"
    shown: list[str] = []

    def refuse(box: LinkConfirmation) -> None:
        shown.append(box.informativeText())
        box.cancel_button.click()

    modals.expect(LinkConfirmation, refuse)
    detail.video_button.setFocus()
    qtbot.keyClick(detail.video_button, Qt.Key.Key_Return)
    assert shown == [f"Full address: {url}"]


def test_enter_on_a_pdf_of_the_agenda_opens_it_in_the_reader(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.org.alice, "meetings")
    window.board.meetings_view.detail.pack.start()  # the board pack, offline first
    pdf = doc_world.content.pdf
    press_enter_on(window, qtbot, f"quorum://document/{pdf.id}")
    assert window.views.currentWidget() is window.splitter
    assert window.document_pane.document_id == pdf.id
    assert window.document_pane.showing_pdf
    window.grab().save("/tmp/h6/pdf_from_meeting.png")
