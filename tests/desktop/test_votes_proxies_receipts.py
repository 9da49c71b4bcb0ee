"""The votes service: proxies given and held, voting on behalf of a principal, and checking a
secret ballot's receipt against the published list."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.cache import CacheStore
from desktop.core.votes import VoteRefused, VotesService, VoteStatus
from protocol.models import MutationResult, MutationStatus
from protocol.motions import BallotCastData, ProxyGrantData
from protocol.voting import receipt_hash
from tests.desktop.conftest import NOW, page, upsert
from tests.desktop.motion_builders import (
    BOB,
    CLAIRE,
    DAN,
    ME,
    members,
    motion,
    motion_data,
    participation,
    proxy,
)


@pytest.fixture
def votes(signed_in: CacheStore) -> VotesService:
    signed_in.apply_page(page(*members(), motion("mo-1"), cursor="c1"))
    return VotesService(signed_in, None, clock=lambda: NOW)


def reject_oldest(store: CacheStore, code: str, message: str) -> None:
    [pending] = store.pending(1)
    store.record_results(
        [
            MutationResult(
                client_id=pending.client_id,
                seq=pending.seq,
                status=MutationStatus.REJECTED,
                code=code,
                message=message,
            )
        ]
    )


def test_my_proxy_for_a_motion_stands_and_i_cannot_vote_myself(
    votes: VotesService, signed_in: CacheStore
) -> None:
    signed_in.apply_page(page(proxy("px-1", ME, BOB, motion_id="mo-1")))

    view = votes.motion("mo-1")
    assert view is not None and view.mine.status is VoteStatus.PROXY_GIVEN
    assert not view.mine.can_vote
    with pytest.raises(VoteRefused) as raised:
        votes.cast("mo-1", ["for"])
    assert raised.value.code == "proxy_stands" and signed_in.pending(10) == []

    signed_in.apply_page(page(participation("mo-1", ME, cast_by=BOB, choices=["for"])))
    used = votes.motion("mo-1")
    assert used is not None and used.mine.status is VoteStatus.PROXY_GIVEN
    assert used.mine.choices == ("for",)


def test_a_date_range_proxy_covers_the_motions_closing_inside_it(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(
        page(
            *members(),
            motion("mo-in", closes_in=timedelta(days=2)),
            motion("mo-out", closes_in=timedelta(days=20)),
            proxy("px-r", ME, BOB, starts_at=NOW, ends_at=NOW + timedelta(days=7)),
        )
    )
    votes = VotesService(signed_in, None, clock=lambda: NOW)

    statuses = {v.motion.id: v.mine.status for v in votes.open_motions()}

    assert statuses == {"mo-in": VoteStatus.PROXY_GIVEN, "mo-out": VoteStatus.TO_VOTE}


def test_a_revoked_proxy_gives_me_my_vote_back(votes: VotesService, signed_in: CacheStore) -> None:
    signed_in.apply_page(page(proxy("px-1", ME, BOB, motion_id="mo-1", revoked=True)))

    view = votes.motion("mo-1")

    assert view is not None and view.mine.status is VoteStatus.TO_VOTE
    [given] = votes.proxies_given()
    assert (given.status, given.holder_name, given.motion_title) == (
        "revoked",
        "Bob Durand",
        "Approve the 2025 budget",
    )


def test_granting_a_proxy_waits_then_stands_then_is_withdrawn(
    votes: VotesService, signed_in: CacheStore
) -> None:
    waiting = votes.grant_proxy(BOB, motion_id="mo-1")

    assert (waiting.status, waiting.holder_name, waiting.principal_name) == (
        "waiting",
        "Bob Durand",
        "Jeanne Martin",
    )
    [mutation] = signed_in.pending(10)
    grant = ProxyGrantData.model_validate(mutation.data)
    assert (grant.holder_id, grant.motion_id, grant.proxy_id) == (BOB, "mo-1", waiting.proxy.id)
    # A grant on its way already means the holder votes, not me.
    view = votes.motion("mo-1")
    assert view is not None and view.mine.status is VoteStatus.PROXY_GIVEN

    signed_in.record_results(
        [
            MutationResult(
                client_id=mutation.client_id, seq=mutation.seq, status=MutationStatus.APPLIED
            )
        ]
    )
    signed_in.apply_page(page(proxy(waiting.proxy.id, ME, BOB, motion_id="mo-1")))
    assert [v.status for v in votes.proxies_given()] == ["standing"]

    votes.revoke_proxy(waiting.proxy.id)
    assert [v.status for v in votes.proxies_given()] == ["waiting"]
    assert [m.kind for m in signed_in.pending(10)] == ["proxy.revoke"]
    after = votes.motion("mo-1")
    assert after is not None and after.mine.status is VoteStatus.TO_VOTE


def test_a_refused_grant_says_refused_with_the_servers_reason(
    votes: VotesService, signed_in: CacheStore
) -> None:
    votes.grant_proxy(CLAIRE, motion_id="mo-1")
    reject_oldest(signed_in, "proxy_cap_reached", "Claire already holds a proxy.")

    [view] = votes.proxies_given()

    assert (view.status, view.reason, view.reason_message) == (
        "refused",
        "proxy_cap_reached",
        "Claire already holds a proxy.",
    )
    mine = votes.motion("mo-1")
    assert mine is not None and mine.mine.status is VoteStatus.TO_VOTE


def test_impossible_proxies_are_refused_at_once(signed_in: CacheStore) -> None:
    signed_in.apply_page(
        page(*members(), motion("mo-np", rules={"proxies_allowed": False}), motion("mo-1"))
    )
    votes = VotesService(signed_in, None, clock=lambda: NOW)

    for kwargs, code in (
        ({"holder_id": ME, "motion_id": "mo-1"}, "proxy_invalid"),
        ({"holder_id": BOB, "motion_id": "mo-np"}, "proxies_not_allowed"),
        (
            {"holder_id": BOB, "starts_at": NOW, "ends_at": NOW - timedelta(days=1)},
            "proxy_invalid",
        ),
    ):
        with pytest.raises(VoteRefused) as raised:
            votes.grant_proxy(**kwargs)
        assert raised.value.code == code
    assert signed_in.pending(10) == []


def test_a_used_proxy_cannot_be_withdrawn(votes: VotesService, signed_in: CacheStore) -> None:
    signed_in.apply_page(page(proxy("px-1", ME, BOB, motion_id="mo-1", used_on=["mo-1"])))

    assert [v.status for v in votes.proxies_given()] == ["used"]
    with pytest.raises(VoteRefused) as raised:
        votes.revoke_proxy("px-1")
    assert raised.value.code == "proxy_used"


def test_a_proxy_i_hold_gives_a_ballot_for_its_principal(
    votes: VotesService, signed_in: CacheStore
) -> None:
    signed_in.apply_page(page(proxy("px-c", CLAIRE, ME, motion_id="mo-1")))

    [held] = votes.proxies_held()
    assert (held.status, held.principal_name) == ("standing", "Claire Petit")
    view = votes.motion("mo-1")
    assert view is not None and view.mine.status is VoteStatus.TO_VOTE
    [for_claire] = view.as_holder
    assert (for_claire.principal_id, for_claire.status) == (CLAIRE, VoteStatus.TO_VOTE)
    assert for_claire.can_vote

    ballot = votes.cast("mo-1", ["against"], on_behalf_of=CLAIRE)

    assert ballot.status is VoteStatus.WAITING and ballot.principal_name == "Claire Petit"
    payload = BallotCastData.model_validate(signed_in.pending(10)[0].data)
    assert (payload.on_behalf_of, payload.choices) == (CLAIRE, ["against"])
    after = votes.motion("mo-1")
    assert after is not None and after.mine.status is VoteStatus.TO_VOTE  # mine is apart
    assert [b.status for b in after.as_holder] == [VoteStatus.WAITING]
    assert not after.as_holder[0].can_vote and not after.as_holder[0].can_change
    with pytest.raises(VoteRefused) as raised:
        votes.cast("mo-1", ["for"], on_behalf_of=CLAIRE)
    assert raised.value.code == "proxy_already_used" and len(signed_in.pending(10)) == 1


def test_voting_for_someone_whose_proxy_i_do_not_hold_is_refused(votes: VotesService) -> None:
    with pytest.raises(VoteRefused) as raised:
        votes.cast("mo-1", ["for"], on_behalf_of=DAN)

    assert raised.value.code == "no_proxy"


def test_possible_holders_are_the_other_voters_by_name(signed_in: CacheStore) -> None:
    signed_in.apply_page(
        page(*members(), motion("mo-1", entitled=(ME, BOB, CLAIRE, DAN), recused=(DAN,)))
    )
    votes = VotesService(signed_in, None, clock=lambda: NOW)

    assert votes.possible_holders("mo-1") == [(BOB, "Bob Durand"), (CLAIRE, "Claire Petit")]
    assert [name for _, name in votes.possible_holders(None)] == [
        "Bob Durand",
        "Claire Petit",
        "Dan Roux",
    ]


def _publish_secret(store: CacheStore, ballots: list[dict[str, object]]) -> None:
    data = motion_data("mo-s", mode="secret", status="published", ballots=ballots)
    store.apply_page(page(upsert("motion", data)))


def test_my_secret_ballot_is_found_unchanged_in_the_published_list(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(page(*members(), motion("mo-s", mode="secret")))
    votes = VotesService(signed_in, None, clock=lambda: NOW)
    receipt = votes.cast("mo-s", ["for"]).receipt
    assert receipt is not None
    [pending] = signed_in.pending(1)
    signed_in.record_results(
        [
            MutationResult(
                client_id=pending.client_id, seq=pending.seq, status=MutationStatus.APPLIED
            )
        ]
    )
    assert votes.check_receipt("mo-s") is None  # not published yet

    _publish_secret(
        signed_in,
        [
            {"choices": ["against"], "receipt_hash": receipt_hash("mo-s", "AAAA-BBBB-CCCC")},
            {"choices": ["for"], "receipt_hash": receipt_hash("mo-s", receipt)},
        ],
    )
    check = votes.check_receipt("mo-s")

    assert check is not None and check.receipt == receipt
    assert check.found and check.choices_match and check.published_choices == ("for",)


def test_a_receipt_missing_or_altered_in_the_published_list_is_reported(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(page(*members(), motion("mo-s", mode="secret")))
    votes = VotesService(signed_in, None, clock=lambda: NOW)
    receipt = votes.cast("mo-s", ["for"]).receipt
    assert receipt is not None
    [pending] = signed_in.pending(1)
    signed_in.record_results(
        [
            MutationResult(
                client_id=pending.client_id, seq=pending.seq, status=MutationStatus.APPLIED
            )
        ]
    )

    _publish_secret(
        signed_in, [{"choices": ["against"], "receipt_hash": receipt_hash("mo-s", receipt)}]
    )
    altered = votes.check_receipt("mo-s")
    _publish_secret(signed_in, [{"choices": ["for"], "receipt_hash": "0" * 64}])
    missing = votes.check_receipt("mo-s")

    assert altered is not None and altered.found and not altered.choices_match
    assert altered.published_choices == ("against",)
    assert missing is not None and not missing.found and missing.published_choices is None


def test_a_date_range_proxy_does_not_stand_on_a_motion_without_proxies_so_i_vote_myself(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(
        page(
            *members(),
            motion("mo-np", rules={"proxies_allowed": False}),
            proxy("px-r", ME, BOB, starts_at=NOW, ends_at=NOW + timedelta(days=7)),
            proxy("px-c", CLAIRE, ME, starts_at=NOW, ends_at=NOW + timedelta(days=7)),
        )
    )
    votes = VotesService(signed_in, None, clock=lambda: NOW)

    view = votes.motion("mo-np")

    assert view is not None and view.mine.status is VoteStatus.TO_VOTE and view.mine.can_vote
    assert view.as_holder == ()  # Claire's proxy does not reach a vote without proxies
    assert votes.cast("mo-np", ["for"]).status is VoteStatus.WAITING


def test_a_ballot_voided_by_a_new_text_is_not_checked_as_missing_from_the_published_list(
    signed_in: CacheStore,
) -> None:
    signed_in.apply_page(page(*members(), motion("mo-s", mode="secret")))
    votes = VotesService(signed_in, None, clock=lambda: NOW)
    receipt = votes.cast("mo-s", ["for"]).receipt
    assert receipt is not None
    [pending] = signed_in.pending(1)
    signed_in.record_results(
        [
            MutationResult(
                client_id=pending.client_id, seq=pending.seq, status=MutationStatus.APPLIED
            )
        ]
    )

    # The text changed (version 2: my ballot was voided) and I did not vote again.
    data = motion_data(
        "mo-s",
        mode="secret",
        status="published",
        version=2,
        ballots=[{"choices": ["against"], "receipt_hash": receipt_hash("mo-s", "AAAA-BBBB-CCCC")}],
    )
    signed_in.apply_page(page(upsert("motion", data)))

    assert votes.check_receipt("mo-s") is None
