"""Votes by keyboard alone (issue 8): cast a vote and confirm it, give a proxy, read the
results; over the real thing (``tests.desktop.voteapp``: a live server with a board of five,
a synced encrypted cache, the real main window). Every key goes to the focused widget
(``tests.desktop.keyflow``); the dialogs are answered with keys too, once they are on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.proxy_dialog import ConfirmRevoke, GrantProxyDialog
from desktop.ui.results_view import ResultsDialog
from desktop.ui.vote_dialog import ConfirmVote, VoteDialog
from protocol.motions import Fraction, MajorityRule, MotionRules
from server.services import motions
from tests.desktop.keyflow import CTRL, Keys
from tests.desktop.uikit import Modals
from tests.desktop.voteapp import VotingWorld, badge, later, modals, world

__all__ = ["modals", "world"]


def test_a_member_votes_for_confirms_with_enter_and_closes_the_dialog_by_keys(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    world.motion("Cotisations 2025")
    motion = world.motion("Approbation des comptes 2024")
    window = world.window(world.board.members[0])
    keys = Keys(qtbot)
    keys.activate(window)
    view = window.votes_view
    seen: dict[str, str] = {}

    def choose_for(dialog: VoteDialog) -> None:
        keys.tab_to(dialog.option_buttons["for"])
        keys.press(Qt.Key.Key_Space)

    def confirm(box: ConfirmVote) -> None:
        seen["sentence"] = box.text()
        assert keys.focused() is box.confirm_button  # the default: Enter confirms
        keys.press(Qt.Key.Key_Return)

    def close(dialog: VoteDialog) -> None:
        seen["outcome"] = dialog.outcome.headline.text()
        assert keys.focused() is dialog.outcome.close_button
        keys.press(Qt.Key.Key_Return)

    modals.expect(VoteDialog, later(lambda: choose_for(active(VoteDialog))))
    modals.expect(ConfirmVote, confirm).expect(VoteDialog, close)
    keys.press(Qt.Key.Key_1, CTRL)
    keys.press(Qt.Key.Key_2, CTRL)
    assert keys.focused() is view.open_view
    keys.arrow_to(view.open_view, motion.id)
    keys.press(Qt.Key.Key_Return)

    assert seen["sentence"] == (
        "You are about to vote FOR the resolution “Approbation des comptes 2024”."
    )
    assert seen["outcome"] == "Your vote is waiting to be sent"
    keys.press(Qt.Key.Key_R, CTRL)  # sync now
    assert badge(view.open_view, motion.id) == "✓ Voted"
    assert keys.focused() is view.open_view  # back where the member was


def test_going_back_from_the_confirmation_with_escape_sends_nothing(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    motion = world.motion("Adhésion à la fédération régionale")
    window = world.window(world.board.members[0])
    keys = Keys(qtbot)
    keys.activate(window)

    def choose_against(dialog: VoteDialog) -> None:
        keys.tab_to(dialog.option_buttons["against"])
        keys.press(Qt.Key.Key_Space)
        assert dialog.pages.currentIndex() == 0  # still choosing
        keys.press(Qt.Key.Key_Escape)

    modals.expect(VoteDialog, later(lambda: choose_against(active(VoteDialog))))
    modals.expect(ConfirmVote, lambda _box: keys.press(Qt.Key.Key_Escape))
    keys.arrow_to(window.votes_view.open_view, motion.id)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_R, CTRL)
    assert badge(window.votes_view.open_view, motion.id) == "● To vote"


def test_a_member_gives_their_proxy_for_a_vote_by_keys(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    claire = world.board.members[2]
    motion = world.motion("Adhésion à la fédération régionale")
    window = world.window(world.board.members[0])
    keys = Keys(qtbot)
    keys.activate(window)
    view = window.votes_view
    seen: dict[str, str] = {}

    def grant(dialog: GrantProxyDialog) -> None:
        assert keys.focused() is dialog.holder_combo
        keys.press(Qt.Key.Key_Home)
        for _ in range(dialog.holder_combo.count()):
            if dialog.holder_combo.currentText() == claire.name:
                break
            keys.press(Qt.Key.Key_Down)
        seen["button"] = dialog.grant_button.text()
        keys.press(Qt.Key.Key_Return)  # the default button

    modals.expect(GrantProxyDialog, grant)
    keys.arrow_to(view.open_view, motion.id)
    keys.tab_to(view.detail.proxy_button)
    keys.press(Qt.Key.Key_Space)
    assert seen["button"] == f"Give my proxy to {claire.name}"
    keys.press(Qt.Key.Key_R, CTRL)
    given = view.proxy_model.proxy_row(0)
    assert given is not None and given.view.status == "standing"
    assert badge(view.open_view, motion.id) == "Proxy given"


def test_a_member_gives_a_proxy_for_a_period_then_withdraws_it_by_keys(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    claire = world.board.members[2]
    window = world.window(world.board.members[0])
    keys = Keys(qtbot)
    keys.activate(window)
    view = window.votes_view

    def grant(dialog: GrantProxyDialog) -> None:
        assert dialog.period.isChecked()  # not from a vote: for a period
        while dialog.holder_combo.currentText() != claire.name:
            keys.press(Qt.Key.Key_Down)
        keys.tab_to(dialog.to_edit)
        before = dialog.to_edit.date()
        keys.press(Qt.Key.Key_Up)  # one day more
        assert dialog.to_edit.date() == before.addDays(1)
        keys.press(Qt.Key.Key_Return)  # Enter in the date: the default button

    def answer(box: ConfirmRevoke) -> None:
        assert keys.focused() is box.no_button  # the safe answer is the default
        keys.tab_to(box.yes_button)
        keys.press(Qt.Key.Key_Space)

    modals.expect(GrantProxyDialog, grant).expect(ConfirmRevoke, answer)
    keys.tab_to(view.give_button)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_R, CTRL)
    given = view.proxy_model.proxy_row(0)
    assert given is not None and given.view.status == "standing"
    assert given.view.holder_name == claire.name

    keys.tab_to(view.proxy_view, backwards=True)
    keys.press(Qt.Key.Key_Home)
    keys.tab_to(view.revoke_button)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_R, CTRL)
    withdrawn = view.proxy_model.proxy_row(0)
    assert withdrawn is not None
    assert view.proxy_model.status_words(withdrawn.view) == "Withdrawn"


def test_a_member_reads_the_results_of_a_closed_vote_by_keys(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    rules = MotionRules(quorum=Fraction(numerator=1, denominator=2), majority=MajorityRule.SIMPLE)
    motion = world.motion("Approbation des comptes 2024", rules=rules)
    me, *others = world.board.members
    for voter, choice in zip(others, ["for", "for", "against", "abstain"], strict=True):
        world.kit.outbox(voter).vote(motion, [choice])
    motions.close(world.kit.engine, None, motion.id)
    motions.publish(world.kit.engine, None, motion.id)
    window = world.window(me)
    keys = Keys(qtbot)
    keys.activate(window)
    view = window.votes_view
    texts: dict[str, Any] = {}

    def read(results: ResultsDialog) -> None:
        texts["outcome"] = results.view.outcome_label.text()
        texts["focus inside"] = results.isAncestorOf(keys.focused())
        keys.tab_to(results.view.table)
        model = results.view.model
        texts["first row"] = model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        keys.press(Qt.Key.Key_Escape)

    modals.expect(ResultsDialog, read)
    keys.press(Qt.Key.Key_2, CTRL)
    keys.tab_to(view.closed_view)
    keys.arrow_to(view.closed_view, motion.id)
    keys.press(Qt.Key.Key_Return)  # Enter on a closed vote: its results
    assert texts["outcome"] == "✓ Adopted"
    assert texts["focus inside"] is True
    assert texts["first row"] == "For: 2 votes, 50 %, ✓ Adopted"
    assert keys.focused() is view.closed_view


def active(kind: type[Any]) -> Any:
    from PySide6.QtWidgets import QApplication

    widget = QApplication.activeModalWidget()
    assert isinstance(widget, kind)
    return widget
