"""Results in the app: outcome, participation against the quorum, majority required against
the one obtained, the tally, and for a secret ballot the check of my receipt. Also a ballot
that arrives after the close, shown as not counted with its reason in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.results_view import ResultsDialog
from desktop.ui.vote_dialog import ConfirmVote
from protocol.motions import (
    BallotKind,
    BallotMode,
    Fraction,
    MajorityRule,
    MotionRules,
    ResultsVisibility,
)
from server.services import motions
from tests.desktop.uikit import Modals
from tests.desktop.voteapp import VotingWorld, badge, click, modals, subtitle, world

__all__ = ["modals", "world"]


def test_member_sees_the_outcome_quorum_majority_and_tally_in_words(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    rules = MotionRules(quorum=Fraction(numerator=1, denominator=2), majority=MajorityRule.ABSOLUTE)
    motion = world.motion("Approbation des comptes 2024", rules=rules)
    me, *others = world.board.members
    for voter, choice in zip(others, ["for", "for", "against", "abstain"], strict=True):
        world.kit.outbox(voter).vote(motion, [choice])
    window = world.window(me)
    view = window.votes_view
    view.select_motion(motion.id)
    dialog = view.make_vote_dialog("")
    modals.expect(ConfirmVote, lambda box: box.confirm_button.click())
    dialog.option_buttons["for"].click()
    window.sync_now()
    dialog.accept()
    motions.close(world.kit.engine, None, motion.id)
    motions.publish(world.kit.engine, None, motion.id)
    window.sync_now()

    assert badge(view.closed_view, motion.id) == "✓ Adopted"
    texts: dict[str, Any] = {}

    def read(results: ResultsDialog) -> None:
        shown = results.view
        texts["outcome"] = shown.outcome_label.text()
        texts["participation"] = shown.participation_label.text()
        texts["majority"] = shown.majority_label.text()
        model = shown.model
        texts["tally"] = [
            tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())
        ]
        texts["spoken"] = model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        texts["receipt"] = shown.receipt_note.isVisibleTo(results)
        qtbot.keyClick(results, Qt.Key.Key_Escape)

    modals.expect(ResultsDialog, read)
    click(qtbot, view.closed_view, motion.id)
    qtbot.keyClick(view.closed_view, Qt.Key.Key_Return)  # Enter on a closed vote: its results

    assert texts["outcome"] == "✓ Adopted"
    assert texts["participation"] == "5 voters out of 5; quorum: 3 — reached."
    assert texts["majority"] == (
        "Absolute majority: more than half of the members entitled to vote. "
        "Required: 3 votes for; obtained: 3."
    )
    assert texts["tally"] == [
        ("For", "3", "60 %", "✓ Adopted"),
        ("Against", "1", "20 %", ""),
        ("Abstain", "1", "20 %", ""),
    ]
    assert texts["spoken"] == "For: 3 votes, 60 %, ✓ Adopted"
    assert texts["receipt"] is False  # an open ballot has no receipt


def test_without_the_quorum_the_outcome_says_so_and_not_with_colour_alone(
    world: VotingWorld,
) -> None:
    rules = MotionRules(quorum=Fraction(numerator=2, denominator=3))
    motion = world.motion("Modification du règlement intérieur", rules=rules)
    world.kit.outbox(world.board.members[1]).vote(motion, ["for"])
    motions.close(world.kit.engine, None, motion.id)
    motions.publish(world.kit.engine, None, motion.id)
    window = world.window(world.board.members[0])
    view = window.votes_view
    assert badge(view.closed_view, motion.id) == "✗ No quorum"
    results = ResultsDialog(window)
    shown = view._votes.motion(motion.id)
    assert shown is not None
    results.view.show_result(shown.motion, shown.result, {})
    assert results.view.participation_label.text() == "1 voters out of 5; quorum: 4 — NOT reached."
    results.reject()


def test_my_secret_ballot_is_found_unchanged_in_the_published_list(
    world: VotingWorld, modals: Modals
) -> None:
    motion = world.motion(
        "Élection des administrateurs",
        kind=BallotKind.ELECTION,
        mode=BallotMode.SECRET,
        options=["Anne Roche", "Bruno Lemaire", "Chloé Petit"],
        max_choices=2,
        seats=2,
        rules=MotionRules(majority=MajorityRule.RELATIVE),
    )
    window = world.window(world.board.members[0])
    view = window.votes_view
    view.select_motion(motion.id)
    dialog = view.make_vote_dialog("")
    first, _second, third = dialog.option_buttons.values()
    first.click()
    third.click()
    modals.expect(ConfirmVote, lambda box: box.confirm_button.click())
    dialog.submit_button.click()
    window.sync_now()
    receipt = dialog.outcome.receipt_edit.text()
    dialog.accept()
    world.kit.outbox(world.board.members[1]).vote(motion, [motion.options[0].id])
    motions.close(world.kit.engine, None, motion.id)
    motions.publish(world.kit.engine, None, motion.id)
    window.sync_now()

    view.select_motion(motion.id)
    shown = view.detail.view
    assert shown is not None and view.detail.results_button.isVisibleTo(view)
    results = ResultsDialog(window)
    labels = {o.id: o.label for o in shown.motion.options}
    results.view.show_result(
        shown.motion, shown.result, labels, view._votes.check_receipt(motion.id)
    )
    assert results.view.outcome_label.text() == "✓ Decided — elected: Anne Roche, Chloé Petit"
    assert results.view.receipt_note.text() == (
        f"✓ Your ballot (receipt {receipt}) is in the published list, unchanged."
    )
    results.reject()


def test_a_vote_that_reaches_the_server_after_the_close_shows_not_counted_and_why(
    world: VotingWorld, modals: Modals
) -> None:
    motion = world.motion("Renouvellement du bail du siège")
    window = world.window(world.board.members[0])
    view = window.votes_view
    view.select_motion(motion.id)
    dialog = view.make_vote_dialog("")
    modals.expect(ConfirmVote, lambda box: box.confirm_button.click())
    dialog.option_buttons["for"].click()  # queued: on a train, say
    assert badge(view.open_view, motion.id) == "Waiting to be sent"
    assert "It must reach the server before" in subtitle(view.open_view, motion.id)
    motions.close(world.kit.engine, None, motion.id)  # the vote closes meanwhile
    window.sync_now()  # back online, too late
    assert dialog.outcome.headline.text() == "✗ Your vote was not counted"
    assert dialog.outcome.detail_label.text() == (
        "Reason: the vote had closed before your ballot reached the server."
    )
    dialog.accept()
    view.select_motion(motion.id)
    assert view.detail.status_label.text() == (
        "Not counted: the vote had closed before your ballot reached the server."
    )


def test_results_shown_live_say_the_vote_is_still_open_and_hidden_ones_offer_nothing(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    live = world.motion(
        "Lieu du séminaire", rules=MotionRules(results_visibility=ResultsVisibility.LIVE)
    )
    hidden = world.motion("Budget 2027")  # results only after the close
    me, *others = world.board.members
    for voter in others[:2]:
        world.kit.outbox(voter).vote(live, ["for"])
    window = world.window(me)
    view = window.votes_view

    view.select_motion(hidden.id)
    assert not view.detail.results_button.isVisibleTo(view)

    view.select_motion(live.id)
    assert view.detail.results_button.isVisibleTo(view)
    assert view.detail.results_button.text() == "See the &results so far"
    texts: dict[str, str] = {}

    def read(results: ResultsDialog) -> None:
        texts["outcome"] = results.view.outcome_label.text()
        texts["participation"] = results.view.participation_label.text()
        qtbot.keyClick(results, Qt.Key.Key_Escape)

    modals.expect(ResultsDialog, read)
    view.detail.results_button.click()
    assert texts["outcome"] == "So far — the vote is still open: ✓ Adopted"
    assert texts["participation"].startswith("2 voters out of 5")
