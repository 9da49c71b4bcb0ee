"""The idea box through the app: real server, real caches, real widgets offscreen, driven by
keyboard where a member would use it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.idea_dialog import NewIdeaDialog, StatusDialog
from desktop.ui.ideas_view import IdeasView
from tests.desktop.test_ui_ideas_world import (
    MemberApp,
    NetWorld,
    badge,
    focusable,
    focused,
    ids,
    modals,
    net,
    present,
    press,
    row,
    spoken,
    subtitle,
)
from tests.desktop.uikit import Modals

__all__ = ["modals", "net"]


def _submit_by_kit(net: NetWorld, key: str, title: str, committee: bool = True) -> str:
    idea_id = uuid.uuid4().hex
    result = net.outbox(key).send(
        "idea.submit",
        {
            "idea_id": idea_id,
            "committee_id": net.conseil.id if committee else None,
            "kind": "idea",
            "title": title,
            "body": f"Proposition : **{title}**.",
        },
    )
    assert result.status == "applied", result
    return idea_id


def _choose(qtbot: Any, view: IdeasView, idea_id: str) -> None:
    """Arrow keys in the list until the idea is the current one (as a member would)."""
    view.list.setFocus()
    if not view.list.currentIndex().isValid():
        qtbot.keyClick(view.list, Qt.Key.Key_Home)
    target = row(view.list, idea_id).row()
    while view.list.currentIndex().row() < target:
        qtbot.keyClick(view.list, Qt.Key.Key_Down)
    while view.list.currentIndex().row() > target:
        qtbot.keyClick(view.list, Qt.Key.Key_Up)
    assert view.detail.idea is not None and view.detail.idea.id == idea_id


def _type_new_idea(qtbot: Any, title: str, body: str, scope: str) -> Any:
    def answer(dialog: NewIdeaDialog) -> None:
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findText(scope))
        qtbot.keyClick(dialog.request_radio, Qt.Key.Key_Space)
        dialog.title_edit.setText(title)
        dialog.body_edit.setPlainText(body)
        press(qtbot, dialog.body_edit, Qt.Key.Key_Return, ctrl=True)

    return answer


def test_an_idea_submitted_by_keyboard_shows_its_supports_after_another_member_supports_it(
    net: NetWorld, qtbot: Any, modals: Modals
) -> None:
    alice = net.app("alice")
    view = alice.ideas_view
    present(qtbot, view)
    view.list.setFocus()
    modals.expect(
        NewIdeaDialog,
        _type_new_idea(qtbot, "Permanence le samedi", "Une permanence *téléphonique*.", "Conseil"),
    )
    press(qtbot, view.list, Qt.Key.Key_N, ctrl=True)
    assert modals.seen == ["NewIdeaDialog"]
    assert alice.local_changes == ["ideas"]
    (idea_id,) = ids(view.list)
    assert "Waiting to be sent" in subtitle(view.list, idea_id)
    assert view.detail.idea is not None and view.detail.idea.id == idea_id
    assert badge(view.list, idea_id) == "○ New"

    alice.sync()
    assert "Waiting" not in subtitle(view.list, idea_id)
    assert net.outbox("bob").send("idea.support", {"idea_id": idea_id}).status == "applied"
    alice.sync()

    assert "1 support · Your request" in subtitle(view.list, idea_id)
    assert subtitle(view.list, idea_id).startswith("Request · Conseil\nAlice Martin · ")
    assert view.detail.support_label.text() == "1 support"
    assert not view.detail.support_button.isEnabled()
    assert view.detail.support_reason.text() == "You cannot support your own idea."
    assert view.detail.support_button.accessibleDescription() == view.detail.support_reason.text()
    assert "Permanence le samedi. New." in spoken(view.list, idea_id)


def test_a_member_supports_an_idea_once_and_is_told_why_the_button_is_then_disabled(
    net: NetWorld, qtbot: Any
) -> None:
    idea_id = _submit_by_kit(net, "bob", "Visioconférence pour tous")
    alice = net.app("alice")
    view = alice.ideas_view
    present(qtbot, view)
    _choose(qtbot, view, idea_id)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)  # Enter: to the idea's first action
    button = view.detail.support_button
    assert button.hasFocus() and button.isEnabled()
    assert view.detail.support_label.text() == "0 supports"

    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert view.detail.support_label.text() == "1 support"  # at once, before any sync
    assert not button.isEnabled()
    reason = "You support it: you can support an idea only once."
    assert view.detail.support_reason.text() == reason
    assert button.toolTip() == reason

    alice.sync()
    assert alice.sent() == [("idea.support", "sent", None)]
    found = alice.ideas.idea(idea_id)
    assert found is not None and found.support_count == 1 and found.supported_by_me
    assert found.state == "sent"
    assert "1 support · You support it" in subtitle(view.list, idea_id)
    assert not view.detail.support_button.isEnabled()


def test_ideas_are_filtered_by_status_and_sorted_by_support_or_date(
    net: NetWorld, qtbot: Any
) -> None:
    old = _submit_by_kit(net, "bob", "Ancienne idee tres soutenue")
    middle = _submit_by_kit(net, "bob", "Idee du milieu", committee=False)
    new = _submit_by_kit(net, "bob", "Toute nouvelle idee")
    for key in ("alice", "chloe", "anna"):
        assert net.outbox(key).send("idea.support", {"idea_id": old}).status == "applied"
    assert net.outbox("chloe").send("idea.support", {"idea_id": middle}).status == "applied"
    accepted = {"idea_id": middle, "status": "accepted", "answer": "Retenue."}
    assert net.outbox("sam").send("idea.status", accepted).status == "applied"
    alice = net.app("alice")
    view = alice.ideas_view
    present(qtbot, view)

    assert view.sort_combo.currentData() == "support"
    assert ids(view.list) == [old, middle, new]
    view.sort_combo.setFocus()
    qtbot.keyClick(view.sort_combo, Qt.Key.Key_Down)  # "Most recent first"
    assert ids(view.list) == [new, middle, old]

    view.status_combo.setFocus()
    while view.status_combo.currentData() != "accepted":
        qtbot.keyClick(view.status_combo, Qt.Key.Key_Down)
    assert ids(view.list) == [middle]
    assert badge(view.list, middle) == "✓ Accepted"
    while view.status_combo.currentData() != "declined":
        qtbot.keyClick(view.status_combo, Qt.Key.Key_Down)
    assert ids(view.list) == []
    assert view.empty_label.isVisible() and not view.list.isVisible()

    qtbot.keyClick(view.status_combo, Qt.Key.Key_Home)  # "All statuses"
    view.scope_combo.setCurrentIndex(view.scope_combo.findText("Mutuelle des Volcans"))
    assert ids(view.list) == [middle]
    view.scope_combo.setCurrentIndex(view.scope_combo.findText("Conseil"))
    assert ids(view.list) == [new, old]


def test_a_moderator_sets_the_status_with_a_public_answer_and_the_author_reads_it(
    net: NetWorld, qtbot: Any, modals: Modals
) -> None:
    idea_id = _submit_by_kit(net, "alice", "Guide en gros caracteres", committee=False)
    alice = net.app("alice")
    assert not _can_change_status(alice, qtbot, idea_id)  # the author is no moderator
    sam = net.app("sam")
    view = sam.ideas_view
    present(qtbot, view)
    _choose(qtbot, view, idea_id)
    assert view.detail.status_button.isVisible()

    def answer(dialog: StatusDialog) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("accepted"))
        dialog.answer_edit.setPlainText("Le guide sera imprimé pour juin.")
        press(qtbot, dialog.answer_edit, Qt.Key.Key_Return, ctrl=True)

    modals.expect(StatusDialog, answer)
    view.detail.status_button.setFocus()
    qtbot.keyClick(view.detail.status_button, Qt.Key.Key_Return)
    assert modals.seen == ["StatusDialog"]
    sam.sync()

    alice.sync()
    alice.ideas_view.show_idea(idea_id)
    detail = alice.ideas_view.detail
    assert detail.status_label.text().startswith("Status: ✓ Accepted (")
    assert detail.status_label.text().endswith(", by Sam Secrétaire)")
    assert detail.answer_note.text() == "Answer: Le guide sera imprimé pour juin."
    assert detail.answer_note.accessibleName() == detail.answer_note.text()
    assert badge(alice.ideas_view.list, idea_id) == "✓ Accepted"


def test_the_committee_chair_may_change_the_status_of_the_committee_s_ideas_only(
    net: NetWorld, qtbot: Any
) -> None:
    in_committee = _submit_by_kit(net, "bob", "Idee du conseil")
    organisation = _submit_by_kit(net, "bob", "Idee pour tous", committee=False)
    chloe = net.app("chloe")
    assert _can_change_status(chloe, qtbot, in_committee)
    assert not _can_change_status(chloe, qtbot, organisation)


def test_a_comment_is_added_by_keyboard_and_shows_waiting_then_sent(
    net: NetWorld, qtbot: Any
) -> None:
    idea_id = _submit_by_kit(net, "bob", "Covoiturage")
    alice = net.app("alice")
    view = alice.ideas_view
    present(qtbot, view)
    view.show_idea(idea_id)
    field = view.detail.comment_edit
    field.setFocus()
    qtbot.keyClicks(field, "Je suis pour.")
    press(qtbot, field, Qt.Key.Key_Return, ctrl=True)
    assert field.toPlainText() == ""
    text = view.detail.text.toPlainText()
    assert "Comments (1)" in text and "Je suis pour." in text and "Waiting to be sent" in text
    alice.sync()
    text = view.detail.text.toPlainText()
    assert "Je suis pour." in text and "Waiting" not in text
    assert "1 comment" in subtitle(view.list, idea_id)


def test_an_idea_the_server_refuses_says_why_and_the_member_may_give_up_on_it(
    net: NetWorld, qtbot: Any
) -> None:
    alice = net.app("alice")
    view = alice.ideas_view
    present(qtbot, view)
    idea = alice.ideas.submit(net.conseil.id, "idea", "Trop tard", "Envoyée après mon départ.")
    view.refresh()
    view.show_idea(idea.id)
    net.kit.remove_from_committee(net.people["alice"], net.conseil.id)
    alice.sync()

    detail = view.detail
    assert detail.idea is not None and detail.idea.state == "failed"
    assert detail.state_note.isVisible()
    assert detail.state_note.text().startswith("This idea was not sent: ")
    assert "Not sent: " in subtitle(view.list, idea.id)
    assert not detail.support_button.isEnabled()
    assert detail.retry_button.isVisible() and detail.discard_button.isVisible()
    press(qtbot, detail.discard_button, Qt.Key.Key_Return)
    assert ids(view.list) == []
    assert alice.ideas.idea(idea.id) is None


def test_every_control_of_the_idea_box_has_an_accessible_name(net: NetWorld, qtbot: Any) -> None:
    _submit_by_kit(net, "bob", "Une idee")
    view = net.app("chloe").ideas_view
    present(qtbot, view)
    view.focus_first()
    assert view.detail.status_button.isVisible()  # the chair may answer
    found = focusable(view)
    assert len(found) >= 9
    assert [type(w).__name__ for w in found if not w.accessibleName()] == []


def test_tab_goes_from_the_filters_to_the_list_then_to_the_chosen_idea_s_actions(
    net: NetWorld, qtbot: Any
) -> None:
    idea_id = _submit_by_kit(net, "bob", "Une idee")
    view = net.app("chloe").ideas_view
    present(qtbot, view)
    view.show_idea(idea_id)
    view.status_combo.setFocus()
    names = []
    for _ in range(9):
        names.append(focused().accessibleName())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert names == [
        "Show ideas with the status",
        "Show ideas of",
        "Order of the ideas",
        "Ideas",
        "New idea",
        "Support this idea",
        "Change the status and give a public answer",
        "Text of the idea and its comments",
        "Your comment",
    ]


def _can_change_status(app: MemberApp, qtbot: Any, idea_id: str) -> bool:
    present(qtbot, app.ideas_view)
    app.ideas_view.show_idea(idea_id)
    return app.ideas_view.detail.status_button.isVisible()
