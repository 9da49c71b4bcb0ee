"""What the vote dialog says about the ballot I already have, before I vote again: never a
choice it does not know, and never a ballot the server refused called my current vote."""

from __future__ import annotations

from typing import Any

from desktop.cache import CacheStore
from desktop.core.votes import VotesService, VoteStatus
from desktop.ui.runner import ImmediateRunner
from desktop.ui.vote_dialog import VoteDialog
from protocol.models import MutationResult, MutationStatus
from tests.desktop.conftest import NOW, page, upsert
from tests.desktop.motion_builders import ME, members, motion, motion_data, participation


def dialog_for(store: CacheStore, motion_id: str, qtbot: Any) -> VoteDialog:
    votes = VotesService(store, None, clock=lambda: NOW)
    view = votes.motion(motion_id)
    assert view is not None
    dialog = VoteDialog(votes, ImmediateRunner(), view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_a_secret_vote_cast_on_another_device_is_not_called_a_blank_ballot(
    signed_in: CacheStore, qtbot: Any
) -> None:
    signed_in.apply_page(page(*members(), motion("mo-s", mode="secret"), participation("mo-s", ME)))

    dialog = dialog_for(signed_in, "mo-s", qtbot)

    assert dialog.ballot.status is VoteStatus.VOTED and dialog.ballot.choices is None
    text = dialog.current_note.text()
    assert dialog.current_note.isVisibleTo(dialog)
    assert "blank" not in text
    assert text.startswith("You have already voted.")


def test_a_refused_ballot_is_not_called_my_current_vote(signed_in: CacheStore, qtbot: Any) -> None:
    signed_in.apply_page(page(*members(), motion("mo-1")))
    VotesService(signed_in, None, clock=lambda: NOW).cast("mo-1", ["for"])
    [pending] = signed_in.pending(1)
    signed_in.record_results(
        [
            MutationResult(
                client_id=pending.client_id,
                seq=pending.seq,
                status=MutationStatus.REJECTED,
                code="motion_changed",
                message="The text changed.",
            )
        ]
    )

    dialog = dialog_for(signed_in, "mo-1", qtbot)

    assert dialog.ballot.status is VoteStatus.NOT_COUNTED
    assert "Current vote" not in dialog.current_note.text()


def test_a_blank_open_ballot_cast_on_another_device_is_shown_blank(
    signed_in: CacheStore, qtbot: Any
) -> None:
    blank = {"min_choices": 0, "max_choices": 2, "seats": 2}
    options = [{"id": "o1", "label": "Lyon"}, {"id": "o2", "label": "Nantes"}]
    data = motion_data("mo-c", kind="choice", options=options)
    signed_in.apply_page(
        page(*members(), upsert("motion", {**data, **blank}), participation("mo-c", ME, choices=[]))
    )

    dialog = dialog_for(signed_in, "mo-c", qtbot)

    assert dialog.ballot.status is VoteStatus.VOTED and dialog.ballot.choices == ()
    assert dialog.current_note.text().startswith("Current vote: a blank ballot.")
