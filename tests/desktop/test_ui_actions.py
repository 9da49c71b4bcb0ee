"""My actions (Ctrl+8) over the real thing (``tests.desktop.docapp``): my actions across
committees with their status and lateness in words, changing a status offline (it waits in the
outbox, then the sync sends it), commenting, and for a chair the late actions and a new action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from desktop.ui.action_dialog import NewActionDialog
from desktop.ui.actions_view import ActionsView
from desktop.ui.main_window import MainWindow
from desktop.ui.models import BadgeRole, IdRole, SubtitleRole
from tests.desktop.docapp import DocWorld, doc_world
from tests.desktop.netapp import modals, type_text
from tests.desktop.uikit import Modals

__all__ = ["doc_world", "modals"]


def actions_view(window: MainWindow) -> ActionsView:
    return window.board.actions_view


def row_of(view: QListView, action_id: str) -> int:
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data(IdRole) == action_id:
            return r
    raise AssertionError(f"no action {action_id} in {view.accessibleName()}")


def text_of(view: QListView, action_id: str, role: int) -> str:
    return str(view.model().index(row_of(view, action_id), 0).data(role))


def test_my_actions_across_committees_say_status_due_date_and_lateness_in_words(
    doc_world: DocWorld,
) -> None:
    window = doc_world.window(doc_world.org.alice, "actions")
    view = actions_view(window)
    content = doc_world.content
    assert window.views.currentWidget() is view
    listed = [view.mine_model.index(r, 0).data(IdRole) for r in range(view.mine_model.rowCount())]
    assert listed == [content.action_late, content.action_due]  # by due date
    late = text_of(view.mine_list, content.action_late, SubtitleRole)
    assert "Commission finances" in late and "Late by 5 days" in late
    assert "Late" not in text_of(view.mine_list, content.action_due, SubtitleRole)
    assert text_of(view.mine_list, content.action_late, BadgeRole) == "○ To do"
    spoken = text_of(view.mine_list, content.action_late, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Relancer l'actuaire. To do.") and "Late by 5 days" in spoken
    assert not view.tabs.isTabVisible(1)  # not a chair: no "Late" tab
    assert not view.new_button.isVisible()
    assert view.detail.late_note.isVisible() and "Late by 5 days" in view.detail.late_note.text()


def test_status_changed_offline_waits_in_the_outbox_then_the_sync_sends_it(
    doc_world: DocWorld, qtbot: Any
) -> None:
    alice = doc_world.org.alice
    window = doc_world.window(alice, "actions")
    view = actions_view(window)
    action_id = doc_world.content.action_due
    view.show_action(action_id)
    doc_world.cable(alice).unplugged = True
    detail = view.detail
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("in_progress"))
    detail.comment_edit.setFocus()
    type_text(qtbot, detail.comment_edit, "Tableau commencé, fini la semaine prochaine.")

    qtbot.mouseClick(detail.status_button, Qt.MouseButton.LeftButton)

    assert detail.status_label.text().startswith("Status: ◐ In progress")
    assert detail.state_note.text() == "Your change: Waiting to be sent"
    assert "Waiting to be sent" in text_of(view.mine_list, action_id, SubtitleRole)
    assert "Tableau commencé" in detail.text.toPlainText()
    doc_world.sync(window)  # offline: nothing leaves
    assert detail.state_note.text() == "Your change: Waiting to be sent"

    doc_world.cable(alice).unplugged = False
    doc_world.sync(window)

    assert not detail.state_note.isVisible()
    assert detail.status_label.text().startswith("Status: ◐ In progress")
    sara = doc_world.window(doc_world.org.sara, "actions")  # the secretariat's own app
    seen = doc_world.services_of(sara).actions.action(action_id)
    assert seen is not None and seen.status == "in_progress" and seen.state == "sent"
    assert seen.comments[-1].body == "Tableau commencé, fini la semaine prochaine."
    assert seen.comments[-1].author_name == "Alice Martin"


def test_a_comment_alone_is_added_to_the_action(doc_world: DocWorld, qtbot: Any) -> None:
    window = doc_world.window(doc_world.org.alice, "actions")
    view = actions_view(window)
    view.show_action(doc_world.content.action_late)
    view.detail.comment_edit.setFocus()
    type_text(qtbot, view.detail.comment_edit, "J'ai relancé l'actuaire par courriel.")
    qtbot.keyClick(view.detail.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.detail.comment_edit.toPlainText() == ""
    assert "J'ai relancé l'actuaire par courriel." in view.detail.text.toPlainText()
    doc_world.sync(window)
    assert "J'ai relancé l'actuaire par courriel." in view.detail.text.toPlainText()
    assert "Comments (1)" in view.detail.text.toPlainText()
    assert view.detail.status_label.text().startswith("Status: ○ To do")


def test_chair_sees_the_late_actions_and_records_a_new_one(
    doc_world: DocWorld, qtbot: Any, modals: Modals
) -> None:
    window = doc_world.window(doc_world.claire, "actions")
    view = actions_view(window)
    content = doc_world.content
    assert view.tabs.isTabVisible(1)
    assert view.tabs.tabText(1) == "&Late (1)"
    view.tabs.setCurrentIndex(1)
    assert [
        view.late_model.index(r, 0).data(IdRole) for r in range(view.late_model.rowCount())
    ] == [content.action_late]
    assert "In charge: Alice Martin" in text_of(view.late_list, content.action_late, SubtitleRole)
    assert view.detail.action is not None and view.detail.action.id == content.action_late
    window.grab().save("/tmp/actions.png")

    def fill_in(dialog: NewActionDialog) -> None:
        type_text(qtbot, dialog.title_edit, "Rédiger la note sur les placements")
        dialog.committee_combo.setCurrentIndex(
            dialog.committee_combo.findData(doc_world.committee_a)
        )
        names = [dialog.people_list.item(r).text() for r in range(dialog.people_list.count())]
        assert names == ["Claire Petit (you)", "Alice Martin", "Sara Lefèvre"]  # not Bob
        dialog.tick(doc_world.org.alice.id)
        dialog.grab().save("/tmp/action_dialog.png")
        dialog.create_button.click()

    modals.expect(NewActionDialog, fill_in)
    qtbot.keyClick(view.new_button, Qt.Key.Key_Return)
    assert view.detail.action is not None
    assert view.detail.action.title == "Rédiger la note sur les placements"
    assert view.detail.state_note.text() == "Your change: Waiting to be sent"
    doc_world.sync(window)

    alice = doc_world.window(doc_world.org.alice, "actions")
    mine = actions_view(alice).mine_model
    titles = [mine.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(mine.rowCount())]
    assert "Rédiger la note sur les placements" in titles


def test_a_new_action_needs_a_title_and_someone_in_charge_said_in_words(
    doc_world: DocWorld, qtbot: Any
) -> None:
    window = doc_world.window(doc_world.claire, "actions")
    view = actions_view(window)
    dialog = NewActionDialog(
        doc_world.services_of(window).actions, view.creatable_scopes(), window.board.people
    )
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    assert dialog.error_note.text() == "Write a title before recording the action."
    assert dialog.title_edit.hasFocus() or not dialog.isVisible()
    type_text(qtbot, dialog.title_edit, "Mettre à jour la cartographie des risques")
    dialog.create_button.click()
    assert dialog.error_note.text() == "Tick at least one person in charge."
    assert dialog.created is None
    dialog.due_check.setChecked(False)
    dialog.tick(doc_world.org.sara.id)
    dialog.create_button.click()
    assert dialog.created is not None and dialog.created.due_on is None
    assert dialog.created.assignee_ids == (doc_world.org.sara.id,)
