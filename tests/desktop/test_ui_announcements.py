"""Announcements through the app: an announcer posts one asking for a read confirmation, a
member confirms in one click, the author sees who has and who has not and reminds them. Real
server, real caches, real widgets offscreen, by keyboard where a member would use it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from desktop.ui.announcement_dialog import ConfirmRemind, NewAnnouncementDialog
from tests.desktop.test_ui_ideas_world import (
    NetWorld,
    badge,
    focusable,
    ids,
    modals,
    net,
    present,
    press,
    spoken,
    subtitle,
)
from tests.desktop.uikit import Modals

__all__ = ["modals", "net"]


def _post_by_kit(net: NetWorld, key: str, title: str, ack: bool = True) -> str:
    announcement_id = uuid.uuid4().hex
    data = {
        "announcement_id": announcement_id,
        "committee_id": net.conseil.id,
        "title": title,
        "body": f"Merci de lire : **{title}**.",
        "ack_required": ack,
    }
    assert net.outbox(key).send("announcement.post", data).status == "applied"
    return announcement_id


def test_an_announcer_posts_an_announcement_asking_for_a_read_confirmation(
    net: NetWorld, qtbot: Any, modals: Modals
) -> None:
    anna = net.app("anna")
    view = anna.announcements_view
    present(qtbot, view)
    assert view.new_button.isVisible()

    def answer(dialog: NewAnnouncementDialog) -> None:
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findText("Conseil"))
        dialog.title_edit.setText("Nouvelle procédure de sécurité")
        dialog.body_edit.setPlainText("Lisez la **procédure** avant le 30 juin.")
        check = dialog.ack_check
        assert isinstance(check, QCheckBox)
        qtbot.keyClick(check, Qt.Key.Key_Space)
        assert check.isChecked()
        press(qtbot, dialog.body_edit, Qt.Key.Key_Return, ctrl=True)

    modals.expect(NewAnnouncementDialog, answer)
    press(qtbot, view.new_button, Qt.Key.Key_Return)
    assert modals.seen == ["NewAnnouncementDialog"]
    assert anna.local_changes == ["announcements"]
    (posted,) = ids(view.list)
    assert "Waiting to be sent" in subtitle(view.list, posted)
    anna.sync()
    assert "Waiting" not in subtitle(view.list, posted)
    assert "You asked for an acknowledgement" in subtitle(view.list, posted)
    assert view.detail.acks.isVisible()

    alice = net.app("alice")
    alice_view = alice.announcements_view
    present(qtbot, alice_view)
    assert ids(alice_view.list) == [posted]
    assert badge(alice_view.list, posted) == "● To acknowledge"
    assert spoken(alice_view.list, posted).startswith(
        "Nouvelle procédure de sécurité. To acknowledge. Conseil."
    )
    assert alice_view.waiting_label.text() == "1 announcement waiting for your confirmation"
    assert not alice_view.new_button.isVisible()  # a plain member does not announce


def test_a_member_acknowledges_an_announcement_in_one_keystroke(net: NetWorld, qtbot: Any) -> None:
    posted = _post_by_kit(net, "anna", "Fermeture estivale")
    alice = net.app("alice")
    view = alice.announcements_view
    present(qtbot, view)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Home)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)  # Enter: to the big button
    button = view.detail.ack_button
    assert button.hasFocus() and button.text() == "I have read it"
    assert "Fermeture estivale" in view.detail.text.toPlainText()

    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert not button.isVisible()
    assert view.detail.ack_note.text().startswith("Read and acknowledged at ")
    assert view.detail.ack_note.hasFocus()  # the screen reader says what happened
    assert badge(view.list, posted) == "✓ Acknowledged"
    assert not view.waiting_label.isVisible()
    alice.sync()
    found = alice.announcements.announcement(posted)
    assert found is not None and found.acknowledged_at is not None
    assert alice.sent() == [("announcement.ack", "sent", None)]
    assert badge(view.list, posted) == "✓ Acknowledged"


def test_the_author_sees_who_has_and_has_not_confirmed_and_reminds_those_who_have_not(
    net: NetWorld, qtbot: Any, modals: Modals
) -> None:
    posted = _post_by_kit(net, "anna", "Rappel : assemblée générale")
    assert net.outbox("bob").send("announcement.ack", {"announcement_id": posted}).status == (
        "applied"
    )
    anna = net.app("anna")
    view = anna.announcements_view
    present(qtbot, view)
    view.show_announcement(posted)
    acks = view.detail.acks
    assert acks.isVisible()
    assert acks.done_heading.text() == "Confirmed: 1"
    assert acks.done_list.item(0).text().startswith("Bob Durand — ")
    waiting = [acks.waiting_list.item(r).text() for r in range(acks.waiting_list.count())]
    assert sorted(waiting) == ["Alice Martin", "Chloé Présidente"]
    assert acks.waiting_heading.text() == "Not confirmed yet: 2"
    assert acks.waiting_list.accessibleDescription() == "Not confirmed yet: 2"
    assert not view.detail.ack_button.isVisible()  # the author does not confirm their own
    assert not acks.reminded_label.isVisible()

    def confirm(box: ConfirmRemind) -> None:
        assert (
            box.text()
            == "Remind the 2 members who have not confirmed “Rappel : assemblée générale”?"
        )
        box.remind_button.click()

    modals.expect(ConfirmRemind, confirm)
    press(qtbot, acks.remind_button, Qt.Key.Key_Return)
    assert modals.seen == ["ConfirmRemind"]
    assert anna.local_changes == ["announcements"]
    assert anna.sent() == [("announcement.remind", "pending", None)]
    anna.sync()
    assert anna.sent() == [("announcement.remind", "sent", {"pending": 2})]
    assert acks.reminded_label.isVisible()
    assert acks.reminded_label.text().startswith("Last reminder sent at ")

    net.outbox("alice").send("announcement.ack", {"announcement_id": posted})
    net.outbox("chloe").send("announcement.ack", {"announcement_id": posted})
    anna.sync()
    assert acks.done_heading.text() == "Confirmed: 3"
    assert acks.waiting_list.count() == 0
    assert not acks.remind_button.isEnabled()
    assert acks.remind_button.toolTip() == "Everyone has confirmed: there is nobody to remind."


def test_a_reminder_can_be_called_off_at_its_confirmation(
    net: NetWorld, qtbot: Any, modals: Modals
) -> None:
    posted = _post_by_kit(net, "anna", "Enquête qualité")
    anna = net.app("anna")
    view = anna.announcements_view
    present(qtbot, view)
    view.show_announcement(posted)
    modals.expect(ConfirmRemind, lambda box: box.back_button.click())
    press(qtbot, view.detail.acks.remind_button, Qt.Key.Key_Return)
    assert modals.seen == ["ConfirmRemind"]
    assert anna.local_changes == []
    assert anna.sent() == []


def test_an_announcement_without_confirmation_offers_no_button_and_no_lists(
    net: NetWorld, qtbot: Any
) -> None:
    posted = _post_by_kit(net, "anna", "Bienvenue aux nouveaux élus", ack=False)
    alice = net.app("alice")
    view = alice.announcements_view
    present(qtbot, view)
    view.show_announcement(posted)
    assert badge(view.list, posted) == "None"
    assert not view.detail.ack_button.isVisible()
    assert not view.detail.ack_note.isVisible()
    assert not view.detail.acks.isVisible()
    assert not view.waiting_label.isVisible()


def test_every_control_of_the_announcements_has_an_accessible_name(
    net: NetWorld, qtbot: Any
) -> None:
    posted = _post_by_kit(net, "anna", "Une annonce")
    view = net.app("anna").announcements_view
    present(qtbot, view)
    view.show_announcement(posted)
    found = focusable(view)
    assert len(found) >= 5
    assert [type(w).__name__ for w in found if not w.accessibleName()] == []
