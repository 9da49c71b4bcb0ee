"""The votes service over a real encrypted cache: casting, statuses, refusals, receipts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.cache import CacheStore
from desktop.core.votes import VoteRefused, VotesService, VoteStatus
from desktop.sync.errors import ServerUnreachable
from protocol.models import MutationResult, MutationStatus
from protocol.motions import BallotCastData, MotionDraft
from protocol.voting import InvalidChoice, receipt_hash
from tests.desktop.conftest import NOW, page
from tests.desktop.motion_builders import (
    BOB,
    CLAIRE,
    ME,
    event,
    members,
    motion,
    participation,
)


@pytest.fixture
def votes(signed_in: CacheStore) -> VotesService:
    signed_in.apply_page(page(*members(), motion("mo-1"), cursor="c1"))
    return VotesService(signed_in, None, clock=lambda: NOW)


def answer(store: CacheStore, status: str = "applied", **fields: object) -> MutationResult:
    """The server's answer to the oldest pending mutation, recorded as the engine does."""
    [pending] = store.pending(1)
    result = MutationResult(
        client_id=pending.client_id,
        seq=pending.seq,
        status=MutationStatus(status),
        **fields,  # type: ignore[arg-type]
    )
    store.record_results([result])
    return result


def sent(store: CacheStore) -> BallotCastData:
    [entry] = [e for e in store.outbox() if e.kind == "ballot.cast"][:1]
    return BallotCastData.model_validate(entry.data)


def test_cast_queues_the_ballot_and_my_ballot_in_one_go_and_says_waiting(
    votes: VotesService, signed_in: CacheStore
) -> None:
    view = votes.cast("mo-1", ["for"])

    assert view.status is VoteStatus.WAITING and view.choices == ("for",)
    assert view.principal_name == "Jeanne Martin" and view.can_change
    [mutation] = signed_in.pending(10)
    assert mutation.kind == "ballot.cast"
    payload = BallotCastData.model_validate(mutation.data)
    assert (payload.motion_id, payload.version, payload.choices) == ("mo-1", 1, ["for"])
    assert payload.receipt_hash is None and payload.on_behalf_of is None
    [ballot] = signed_in.my_ballots("mo-1", ME)
    assert ballot.outbox_seq == mutation.seq and ballot.receipt is None
    motion_view = votes.motion("mo-1")
    assert motion_view is not None and motion_view.mine.status is VoteStatus.WAITING
    assert motion_view.deadline == NOW + timedelta(days=2) and motion_view.is_open


def test_status_goes_from_waiting_to_voted_when_applied_and_stays_with_participation(
    votes: VotesService, signed_in: CacheStore
) -> None:
    votes.cast("mo-1", ["against"])
    answer(signed_in, result={"version": 1, "changed": False})

    applied = votes.motion("mo-1")
    assert applied is not None and applied.mine.status is VoteStatus.VOTED
    assert applied.mine.choices == ("against",)

    signed_in.apply_page(page(participation("mo-1", ME, choices=["against"]), cursor="c2"))
    signed_in.prune_outbox(NOW + timedelta(days=400))  # the outbox row may be gone later
    counted = votes.motion("mo-1")
    assert counted is not None and counted.mine.status is VoteStatus.VOTED
    assert counted.mine.choices == ("against",) and counted.mine.cast_by == ME


def test_a_ballot_cast_on_another_device_shows_voted_from_its_participation(
    votes: VotesService, signed_in: CacheStore
) -> None:
    signed_in.apply_page(page(participation("mo-1", ME, choices=["abstain"]), cursor="c2"))

    view = votes.motion("mo-1")

    assert view is not None and view.mine.status is VoteStatus.VOTED
    assert view.mine.choices == ("abstain",) and view.mine.can_change


def test_a_rejected_ballot_is_not_counted_and_says_the_servers_reason(
    votes: VotesService, signed_in: CacheStore
) -> None:
    votes.cast("mo-1", ["for"])
    answer(signed_in, "rejected", code="not_entitled", message="You may not vote on this.")

    view = votes.motion("mo-1")

    assert view is not None and view.mine.status is VoteStatus.NOT_COUNTED
    assert (view.mine.reason_code, view.mine.reason_message) == (
        "not_entitled",
        "You may not vote on this.",
    )
    assert view.mine.can_vote  # still open: the member may try again


def test_a_secret_ballot_sent_after_the_close_says_plainly_it_was_not_counted_and_why(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(
        page(*members(), motion("mo-s", mode="secret", closes_in=timedelta(hours=1)))
    )
    offline = VotesService(signed_in, None, clock=lambda: NOW)
    offline.cast("mo-s", ["for"])
    # Back online two hours later: the server closed the vote and refuses the ballot.
    answer(signed_in, "rejected", code="motion_closed", message="The vote closed at 10:30.")
    signed_in.apply_page(
        page(motion("mo-s", mode="secret", status="closed", closes_in=timedelta(hours=1)))
    )
    later = VotesService(signed_in, None, clock=lambda: NOW + timedelta(hours=2))

    assert later.open_motions() == []
    [view] = later.closed_motions()
    assert view.mine.status is VoteStatus.NOT_COUNTED
    assert view.mine.reason_code == "motion_closed"
    assert view.mine.reason_message == "The vote closed at 10:30."
    assert view.deadline == NOW + timedelta(hours=1) and not view.is_open
    assert view.mine.receipt is None and not view.mine.can_vote


def test_a_new_version_of_the_text_asks_me_to_vote_again(
    votes: VotesService, signed_in: CacheStore
) -> None:
    votes.cast("mo-1", ["for"])
    answer(signed_in, result={"version": 1, "changed": False})
    signed_in.apply_page(page(participation("mo-1", ME, choices=["for"]), cursor="c2"))

    signed_in.apply_page(page(motion("mo-1", version=2, title="Amended budget"), cursor="c3"))

    view = votes.motion("mo-1")
    assert view is not None and view.mine.status is VoteStatus.TO_VOTE
    assert view.mine.reason_code == "motion_changed" and view.mine.can_vote
    votes.cast("mo-1", ["against"])
    assert [m.data["version"] for m in signed_in.pending(10)] == [2]


def test_a_ballot_on_an_outdated_text_is_shown_not_counted(
    votes: VotesService, signed_in: CacheStore
) -> None:
    votes.cast("mo-1", ["for"])
    signed_in.apply_page(page(motion("mo-1", version=2), cursor="c2"))
    answer(signed_in, "rejected", code="motion_changed", message="The text changed.")

    view = votes.motion("mo-1")

    assert view is not None and view.mine.status is VoteStatus.NOT_COUNTED
    assert view.mine.reason_code == "motion_changed" and view.mine.can_vote


def test_a_refused_change_leaves_the_earlier_vote_counted_and_says_why(
    votes: VotesService, signed_in: CacheStore
) -> None:
    votes.cast("mo-1", ["for"])
    answer(signed_in, result={"version": 1, "changed": False})
    votes.cast("mo-1", ["against"])
    answer(signed_in, "rejected", code="motion_closed", message="Closed.")

    view = votes.motion("mo-1")

    assert view is not None and view.mine.status is VoteStatus.VOTED
    assert view.mine.choices == ("for",) and view.mine.reason_code == "motion_closed"


def test_a_secret_ballot_keeps_its_receipt_here_and_sends_only_its_hash(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(page(*members(), motion("mo-s", mode="secret")))
    votes = VotesService(signed_in, None, clock=lambda: NOW)

    view = votes.cast("mo-s", ["against"])

    assert view.receipt is not None and len(view.receipt) == 14
    payload = sent(signed_in)
    assert payload.receipt_hash == receipt_hash("mo-s", view.receipt)
    assert payload.previous_receipt is None
    assert view.receipt not in str(signed_in.pending(10)[0].data)


def test_changing_a_secret_ballot_sends_the_previous_receipt_and_a_new_hash(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(page(*members(), motion("mo-s", mode="secret")))
    votes = VotesService(signed_in, None, clock=lambda: NOW)
    first = votes.cast("mo-s", ["for"])
    answer(signed_in, result={"version": 1, "changed": False})

    second = votes.cast("mo-s", ["abstain"])

    [mutation] = signed_in.pending(10)
    payload = BallotCastData.model_validate(mutation.data)
    assert first.receipt and second.receipt and first.receipt != second.receipt
    assert payload.previous_receipt == first.receipt
    assert payload.receipt_hash == receipt_hash("mo-s", second.receipt)
    answer(signed_in, result={"version": 1, "changed": True})
    view = votes.motion("mo-s")
    assert view is not None and view.mine.status is VoteStatus.VOTED
    assert view.mine.receipt == second.receipt and view.mine.choices == ("abstain",)


def test_certain_refusals_are_said_at_once_and_queue_nothing(signed_in: CacheStore) -> None:
    signed_in.apply_page(
        page(
            *members(),
            motion("mo-past", closes_in=timedelta(minutes=-1)),
            motion("mo-other", entitled=(BOB, CLAIRE)),
            motion("mo-once", rules={"allow_change": False}),
            motion("mo-draft", status="draft"),
        )
    )
    votes = VotesService(signed_in, None, clock=lambda: NOW)

    def refused(motion_id: str, choices: list[str]) -> str:
        with pytest.raises(VoteRefused) as raised:
            votes.cast(motion_id, choices)
        return raised.value.code

    assert refused("mo-past", ["for"]) == "motion_closed"
    assert refused("mo-other", ["for"]) == "not_entitled"
    assert refused("mo-draft", ["for"]) == "motion_not_open"
    with pytest.raises(InvalidChoice):
        votes.cast("mo-once", ["maybe"])
    with pytest.raises(InvalidChoice):
        votes.cast("mo-once", ["for", "against"])
    votes.cast("mo-once", ["for"])
    assert refused("mo-once", ["against"]) == "already_voted"
    assert len(signed_in.pending(10)) == 1
    other = votes.motion("mo-other")
    assert other is not None and other.mine.status is VoteStatus.NOT_ENTITLED


def test_open_motions_soonest_first_and_closed_ones_newest_first(signed_in: CacheStore) -> None:
    signed_in.apply_page(
        page(
            *members(),
            motion("mo-week", closes_in=timedelta(days=7)),
            motion("mo-hour", closes_in=timedelta(hours=1)),
            motion("mo-old", status="published", closes_in=timedelta(days=-30)),
            motion("mo-recent", status="closed", closes_in=timedelta(days=-1)),
            motion("mo-gone", status="cancelled", closes_in=timedelta(days=-2)),
        )
    )
    votes = VotesService(signed_in, None, clock=lambda: NOW)

    assert [v.motion.id for v in votes.open_motions()] == ["mo-hour", "mo-week"]
    closed = votes.closed_motions()
    assert [v.motion.id for v in closed] == ["mo-recent", "mo-old"]
    assert all(v.mine.status is VoteStatus.CLOSED for v in closed)
    assert closed[0].committee_name == ""  # the committee is not in this cache


def test_history_and_option_labels_come_from_the_cache(
    votes: VotesService, signed_in: CacheStore
) -> None:
    signed_in.apply_page(page(event("mo-1", 2, "extended"), event("mo-1", 1, "opened")))

    assert [e.event for e in votes.history("mo-1")] == ["opened", "extended"]
    view = votes.motion("mo-1")
    assert view is not None
    assert votes.option_label(view.motion, "against") == "Against"
    assert votes.option_label(view.motion, "unknown") == "unknown"


def test_the_secretariat_needs_the_server(votes: VotesService) -> None:
    with pytest.raises(ServerUnreachable):
        votes.create_motion(MotionDraft(title="Offline draft"))
    with pytest.raises(ServerUnreachable):
        votes.close_motion("mo-1")
    assert not votes.can_manage("c-board")  # a plain member
