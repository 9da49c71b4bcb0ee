"""Voting in the app, as a member does it: against the real server, the real cache and the
real VotesService, with real widgets offscreen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from desktop.ui.vote_dialog import ConfirmVote, VoteDialog
from protocol.motions import BallotKind, BallotMode
from server.services import motions
from tests.desktop.test_ui_main_window import accessible_name, unnamed_focusable
from tests.desktop.uikit import Modals
from tests.desktop.voteapp import VotingWorld, badge, later, modals, row, subtitle, world

__all__ = ["modals", "world"]


def test_member_votes_for_with_enter_confirms_then_sees_waiting_then_counted(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    motion = world.motion("Approbation des comptes 2024")
    window = world.window(world.board.members[0])
    view = window.votes_view
    assert window.views.currentWidget() is view
    assert badge(view.open_view, motion.id) == "● To vote"
    assert "To vote: you have not voted yet." in subtitle(view.open_view, motion.id)
    assert "(closes in 2 days)" in subtitle(view.open_view, motion.id) or "(closes in 1 day)" in (
        subtitle(view.open_view, motion.id)
    )
    seen: dict[str, str] = {}

    def confirm(box: ConfirmVote) -> None:
        seen["sentence"] = box.text()
        box.confirm_button.click()

    def after(dialog: VoteDialog) -> None:
        seen["waiting"] = dialog.outcome.headline.text()
        seen["waiting detail"] = dialog.outcome.detail_label.text()
        window.sync_now()  # back online: the ballot leaves, the server counts it
        seen["counted"] = dialog.outcome.headline.text()
        dialog.outcome.close_button.click()

    modals.expect(VoteDialog, later(lambda: active_dialog().option_buttons["for"].click()))
    modals.expect(ConfirmVote, confirm).expect(VoteDialog, after)
    view.select_motion(motion.id)
    qtbot.keyClick(view.open_view, Qt.Key.Key_Return)

    assert seen["sentence"] == (
        "You are about to vote FOR the resolution “Approbation des comptes 2024”."
    )
    assert seen["waiting"] == "Your vote is waiting to be sent"
    assert "It must reach the server before" in seen["waiting detail"]
    assert seen["counted"] == "✓ Your vote has been counted"
    assert badge(view.open_view, motion.id) == "✓ Voted"
    assert view.detail.vote_button.text() == "Change my vote…"


def active_dialog() -> VoteDialog:
    widget = QApplication.activeModalWidget()
    assert isinstance(widget, VoteDialog)
    return widget


def test_member_changes_their_vote_and_the_dialog_says_the_current_choice(
    world: VotingWorld, modals: Modals
) -> None:
    motion = world.motion("Cotisations 2025")
    window = world.window(world.board.members[0])
    view = window.votes_view
    view.select_motion(motion.id)
    dialog = view.make_vote_dialog("")
    modals.expect(ConfirmVote, lambda box: box.confirm_button.click())
    dialog.option_buttons["against"].click()
    window.sync_now()
    dialog.refresh()
    assert dialog.outcome.headline.text() == "✓ Your vote has been counted"
    dialog.accept()

    view.refresh()
    again = view.make_vote_dialog("")
    assert again.current_note.isVisibleTo(again)
    assert again.current_note.text().startswith("Current vote: Against.")
    sentences: list[str] = []
    modals.expect(
        ConfirmVote, lambda box: (sentences.append(box.text()), box.confirm_button.click())
    )
    again.option_buttons["abstain"].click()
    assert sentences == ["You are about to ABSTAIN on the resolution “Cotisations 2025”."]
    window.sync_now()
    again.refresh()
    assert again.outcome.headline.text() == "✓ Your vote has been counted"
    assert again.outcome.choice_label.text() == "Your vote: Abstain"
    tally = motions.close(world.kit.engine, None, motion.id).participants
    assert tally == 1  # changed, counted once


def test_the_voting_buttons_say_what_they_do_and_every_control_has_a_name(
    world: VotingWorld,
) -> None:
    motion = world.motion("Nomination du commissaire aux comptes")
    window = world.window(world.board.members[0])
    view = window.votes_view
    view.select_motion(motion.id)
    assert unnamed_focusable(window) == []
    dialog = view.make_vote_dialog("")
    dialog.show()
    names = {accessible_name(b) for b in dialog.option_buttons.values()}
    title = "“Nomination du commissaire aux comptes”"
    assert names == {
        f"Vote for the resolution {title}",
        f"Vote against the resolution {title}",
        f"Abstain on the resolution {title}",
    }
    assert [b.text() for b in dialog.option_buttons.values()] == [
        "Vote for",
        "Vote against",
        "Abstain",
    ]
    for button in dialog.option_buttons.values():
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface.text(QAccessible.Text.Description)
        assert button.height() >= 56
    assert unnamed_focusable(dialog) == []
    dialog.reject()


def test_a_choice_says_how_many_may_be_chosen_and_stops_at_the_maximum(
    world: VotingWorld, modals: Modals
) -> None:
    motion = world.motion(
        "Élection du bureau",
        kind=BallotKind.ELECTION,
        mode=BallotMode.SECRET,
        options=["Anne", "Bruno", "Chloé", "David"],
        max_choices=2,
        seats=2,
    )
    window = world.window(world.board.members[0])
    view = window.votes_view
    view.select_motion(motion.id)
    dialog = view.make_vote_dialog("")
    assert dialog.how_many_label.text() == "Choose up to 2 people."
    buttons = list(dialog.option_buttons.values())
    assert not dialog.submit_button.isEnabled()
    buttons[0].click()
    buttons[2].click()
    assert not buttons[1].isEnabled() and not buttons[3].isEnabled()
    seen: list[str] = []
    modals.expect(ConfirmVote, lambda box: (seen.append(box.text()), box.confirm_button.click()))
    dialog.submit_button.click()
    assert seen == ["You are about to vote for: Anne, Chloé (vote “Élection du bureau”)."]
    assert not dialog.outcome.receipt_edit.isVisibleTo(dialog)  # not before the server said so
    window.sync_now()
    dialog.refresh()
    assert dialog.outcome.headline.text() == "✓ Your vote has been counted"
    receipt = dialog.outcome.receipt_edit.text()
    assert len(receipt) == 14 and receipt.count("-") == 2
    assert dialog.outcome.receipt_edit.isVisibleTo(dialog)
    assert "check that your ballot is in the published list" in dialog.outcome.receipt_help.text()
    _ = row
