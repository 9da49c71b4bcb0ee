"""Proxies in the app: voting on behalf of a principal, giving and withdrawing one's proxy.
Real server, real cache, real VotesService, real widgets offscreen."""

from __future__ import annotations

from typing import Any

from desktop.ui.proxy_dialog import ConfirmRevoke, GrantProxyDialog
from desktop.ui.vote_dialog import ConfirmVote
from server.services import motions
from tests.desktop.test_ui_main_window import accessible_name
from tests.desktop.uikit import Modals
from tests.desktop.voteapp import VotingWorld, badge, click, modals, subtitle, world

__all__ = ["modals", "world"]


def test_holder_votes_on_behalf_of_their_principal_and_the_dialog_says_so(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    me, bernard = world.board.members[0], world.board.members[1]
    motion = world.motion("Hausse des cotisations de 2 %")
    world.kit.outbox(bernard).grant(me, motion_id=motion.id)
    window = world.window(me)
    view = window.votes_view
    assert f"For {bernard.name}: To vote: you have not voted yet." in subtitle(
        view.open_view, motion.id
    )
    click(qtbot, view.open_view, motion.id)
    button = view.detail.holder_buttons[bernard.id]
    assert button.text() == f"Vote on behalf of {bernard.name}…"
    assert accessible_name(button) == f"Vote on behalf of {bernard.name}"

    dialog = view.make_vote_dialog(bernard.id)
    assert dialog.behalf_note.isVisibleTo(dialog)
    assert dialog.behalf_note.text() == f"You are voting on behalf of {bernard.name}"
    sentences: list[str] = []
    modals.expect(
        ConfirmVote, lambda box: (sentences.append(box.text()), box.confirm_button.click())
    )
    dialog.option_buttons["against"].click()
    assert sentences == [
        f"On behalf of {bernard.name}: You are about to vote AGAINST the resolution "
        "“Hausse des cotisations de 2 %”."
    ]
    assert dialog.outcome.choice_label.text() == f"Your vote (on behalf of {bernard.name}): Against"
    window.sync_now()
    assert dialog.outcome.headline.text() == "✓ Your vote has been counted"
    assert badge(view.open_view, motion.id) == "● To vote"  # my own vote is still to cast
    assert f"For {bernard.name}: Voted" in subtitle(view.open_view, motion.id)
    dialog.accept()
    result = motions.close(world.kit.engine, None, motion.id)
    assert result.participants == 1


def test_member_gives_their_proxy_for_a_vote_then_withdraws_it(
    world: VotingWorld, modals: Modals, qtbot: Any
) -> None:
    me, claire = world.board.members[0], world.board.members[2]
    motion = world.motion("Adhésion à la fédération régionale")
    window = world.window(me)
    view = window.votes_view
    click(qtbot, view.open_view, motion.id)

    def grant(dialog: GrantProxyDialog) -> None:
        dialog.holder_combo.setCurrentIndex(dialog.holder_combo.findText(claire.name))
        assert dialog.grant_button.text() == f"Give my proxy to {claire.name}"
        assert dialog.one_vote.isChecked()
        dialog.grant_button.click()

    modals.expect(GrantProxyDialog, grant)
    view.detail.proxy_button.click()
    proxy_row = view.proxy_model.index(0)
    assert proxy_row.data() == f"You gave your proxy to {claire.name}"
    assert view.proxy_model.status_words(view.proxy_model.proxy_row(0).view) == (
        "Waiting to be sent"
    )
    window.sync_now()
    assert view.proxy_model.proxy_row(0).view.status == "standing"
    assert badge(view.open_view, motion.id) == "Proxy given"
    assert "You gave your proxy: the person you chose votes for you." in subtitle(
        view.open_view, motion.id
    )

    view.proxy_view.setCurrentIndex(view.proxy_model.index(0))
    assert view.revoke_button.isEnabled()
    modals.expect(ConfirmRevoke, lambda box: box.yes_button.click())
    view.revoke_button.click()
    window.sync_now()
    assert view.proxy_model.status_words(view.proxy_model.proxy_row(0).view) == "Withdrawn"
    assert badge(view.open_view, motion.id) == "● To vote"
