"""Voting from the desktop against the real server: the votes service, the encrypted cache,
the outbox and the sync engine, with a network that can go down or lose answers."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.votes import VotesService, VoteStatus
from desktop.sync.api import ApiClient
from desktop.sync.errors import ApiError, ServerUnreachable
from protocol.motions import BallotKind, BallotMode, MotionData, MotionDraft, MotionUpdate
from tests.integration.conftest import Desktop, MakeDesktop, Network, server_rows
from tests.serverkit import Account, Board, ServerKit

PUSH = "/v1/sync/push"


@pytest.fixture
def board(kit: ServerKit) -> Board:
    return kit.seed_board(3)


def member_desktop(
    make_desktop: MakeDesktop, account: Account, *, via_network: bool = False
) -> tuple[Desktop, VotesService]:
    desktop = make_desktop(account.key, via_network=via_network)
    desktop.sign_in(account)
    desktop.engine.sync()
    token = desktop.store.token

    def session_api() -> tuple[ApiClient, str]:
        found = token()
        assert found is not None
        return desktop.engine.api, found

    return desktop, VotesService(desktop.store, session_api)


def participations(kit: ServerKit, motion: MotionData) -> list[tuple[str, str]]:
    return [
        (row[0], row[1])
        for row in server_rows(
            kit,
            "SELECT principal_id, cast_by FROM participations WHERE motion_id = :m",
            m=motion.id,
        )
    ]


def open_choices(kit: ServerKit, motion: MotionData) -> list[str]:
    rows = server_rows(
        kit,
        "SELECT choices FROM open_ballots WHERE motion_id = :m AND superseded_at IS NULL "
        "AND void = 0",
        m=motion.id,
    )
    return [row[0] for row in rows]


def test_a_vote_cast_online_is_counted_and_shown_voted(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop
) -> None:
    motion = kit.motion("Budget 2025", board.committee.id)
    voter = board.members[0]
    desktop, votes = member_desktop(make_desktop, voter)
    [listed] = votes.open_motions()
    assert listed.motion.id == motion.id and listed.mine.status is VoteStatus.TO_VOTE
    assert listed.committee_name == "Conseil"

    assert votes.cast(motion.id, ["for"]).status is VoteStatus.WAITING
    report = desktop.engine.sync()

    assert report.pushed == 1 and report.rejected == 0
    view = votes.motion(motion.id)
    assert view is not None and view.mine.status is VoteStatus.VOTED
    assert view.mine.choices == ("for",) and view.mine.cast_by == voter.id
    assert participations(kit, motion) == [(voter.id, voter.id)]
    assert [e.event for e in votes.history(motion.id)][-1] == "ballot_cast"


def test_a_vote_queued_offline_and_sent_before_the_close_counts(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop, network: Network
) -> None:
    motion = kit.motion("Cotisations", board.committee.id)
    voter = board.members[0]
    desktop, votes = member_desktop(make_desktop, voter, via_network=True)
    network.up = False

    votes.cast(motion.id, ["against"])
    with pytest.raises(ServerUnreachable):
        desktop.engine.sync()
    waiting = votes.motion(motion.id)
    assert waiting is not None and waiting.mine.status is VoteStatus.WAITING

    network.up = True
    desktop.engine.sync()

    view = votes.motion(motion.id)
    assert view is not None and view.mine.status is VoteStatus.VOTED
    assert participations(kit, motion) == [(voter.id, voter.id)]
    assert open_choices(kit, motion) == ['["against"]']


def _wait_until(moment: datetime) -> None:
    while datetime.now(UTC) < moment:
        time.sleep(0.05)


def test_a_secret_ballot_sent_after_the_close_is_rejected_and_shown_not_counted(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop, network: Network
) -> None:
    motion = kit.motion(
        "Élection du bureau", board.committee.id, mode="secret", open_for=timedelta(seconds=2)
    )
    assert motion.closes_at is not None
    voter = board.members[0]
    desktop, votes = member_desktop(make_desktop, voter, via_network=True)
    network.up = False
    queued = votes.cast(motion.id, ["for"])
    assert queued.status is VoteStatus.WAITING and queued.receipt is not None

    _wait_until(motion.closes_at + timedelta(milliseconds=100))  # back online too late
    network.up = True
    report = desktop.engine.sync()

    assert report.rejected == 1
    assert votes.open_motions() == []
    [view] = votes.closed_motions()
    assert view.motion.status == "closed" and not view.is_open
    assert view.mine.status is VoteStatus.NOT_COUNTED
    assert view.mine.reason_code == "motion_closed"
    assert view.mine.reason_message and "closed" in view.mine.reason_message
    assert view.deadline == motion.closes_at
    assert participations(kit, motion) == []
    assert server_rows(kit, "SELECT count(*) FROM secret_ballots")[0][0] == 0


def test_the_same_ballot_pushed_twice_counts_once(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop, network: Network
) -> None:
    motion = kit.motion("Placements", board.committee.id)
    voter = board.members[0]
    desktop, votes = member_desktop(make_desktop, voter, via_network=True)
    votes.cast(motion.id, ["for"])
    network.lose_answers_to.add(PUSH)  # applied on the server, the answer lost on the way

    with pytest.raises(ServerUnreachable):
        desktop.engine.sync()
    lost = votes.motion(motion.id)
    assert lost is not None and lost.mine.status is VoteStatus.WAITING

    network.lose_answers_to.clear()
    desktop.engine.sync()

    [answer] = network.answers_to(PUSH)
    assert answer["results"][0]["duplicate"] is True
    assert answer["results"][0]["result"] == {"version": 1, "changed": False}
    view = votes.motion(motion.id)
    assert view is not None and view.mine.status is VoteStatus.VOTED
    assert participations(kit, motion) == [(voter.id, voter.id)]
    assert open_choices(kit, motion) == ['["for"]']


def test_a_holder_votes_on_behalf_of_their_principal(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop
) -> None:
    motion = kit.motion("Rapport annuel", board.committee.id)
    holder, principal = board.members[0], board.members[1]
    principal_desktop, principal_votes = member_desktop(make_desktop, principal)
    holder_desktop, holder_votes = member_desktop(make_desktop, holder)

    given = principal_votes.grant_proxy(holder.id, motion_id=motion.id)
    assert given.status == "waiting"
    principal_desktop.engine.sync()
    assert [v.status for v in principal_votes.proxies_given()] == ["standing"]
    mine = principal_votes.motion(motion.id)
    assert mine is not None and mine.mine.status is VoteStatus.PROXY_GIVEN

    holder_desktop.engine.sync()
    [held] = holder_votes.proxies_held()
    assert (held.status, held.principal_name) == ("standing", principal.name)
    view = holder_votes.motion(motion.id)
    assert view is not None and [b.principal_id for b in view.as_holder] == [principal.id]
    holder_votes.cast(motion.id, ["against"], on_behalf_of=principal.id)
    holder_votes.cast(motion.id, ["for"])  # and my own, apart
    holder_desktop.engine.sync()

    after = holder_votes.motion(motion.id)
    assert after is not None and after.mine.status is VoteStatus.VOTED
    [for_principal] = after.as_holder
    assert for_principal.status is VoteStatus.VOTED and for_principal.choices == ("against",)
    assert sorted(participations(kit, motion)) == sorted(
        [(principal.id, holder.id), (holder.id, holder.id)]
    )
    principal_desktop.engine.sync()
    told = principal_votes.motion(motion.id)
    assert told is not None and told.mine.status is VoteStatus.PROXY_GIVEN
    assert told.mine.choices == ("against",) and told.mine.cast_by == holder.id
    assert [v.status for v in principal_votes.proxies_given()] == ["used"]


def test_i_change_my_vote_and_the_last_ballot_counts(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop
) -> None:
    motion = kit.motion("Statuts", board.committee.id)
    secret = kit.motion("Trésorier", board.committee.id, mode="secret")
    desktop, votes = member_desktop(make_desktop, board.members[0])
    votes.cast(motion.id, ["for"])
    first = votes.cast(secret.id, ["for"]).receipt
    desktop.engine.sync()

    votes.cast(motion.id, ["against"])
    second = votes.cast(secret.id, ["abstain"]).receipt
    report = desktop.engine.sync()

    assert report.rejected == 0 and first != second
    for motion_id, choices in ((motion.id, ("against",)), (secret.id, ("abstain",))):
        view = votes.motion(motion_id)
        assert view is not None and view.mine.status is VoteStatus.VOTED
        assert view.mine.choices == choices
    changed = votes.motion(secret.id)
    assert changed is not None and changed.mine.receipt == second
    assert open_choices(kit, motion) == ['["against"]']
    assert server_rows(kit, "SELECT choices FROM secret_ballots")[0][0] == '["abstain"]'
    assert [e.result for e in desktop.store.outbox() if e.kind == "ballot.cast"][:2] == [
        {"version": 1, "changed": True},
        {"version": 1, "changed": True},
    ]


def test_a_changed_text_asks_me_to_vote_again(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop
) -> None:
    secretary_desktop, secretariat = member_desktop(make_desktop, board.secretary)
    motion = kit.motion("Règlement intérieur", board.committee.id)
    desktop, votes = member_desktop(make_desktop, board.members[0])
    votes.cast(motion.id, ["for"])
    desktop.engine.sync()

    amended = secretariat.update_motion(motion.id, MotionUpdate(body="Article 3 amended."))
    assert amended.version == 2
    desktop.engine.sync()

    view = votes.motion(motion.id)
    assert view is not None and view.mine.status is VoteStatus.TO_VOTE
    assert view.mine.reason_code == "motion_changed"
    votes.cast(motion.id, ["against"])
    desktop.engine.sync()
    again = votes.motion(motion.id)
    assert again is not None and again.mine.status is VoteStatus.VOTED


def test_my_secret_ballot_receipt_is_found_in_the_list_published_after_the_close(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop
) -> None:
    secretary_desktop, secretariat = member_desktop(make_desktop, board.secretary)
    assert secretariat.can_manage(board.committee.id)
    draft = MotionDraft(
        title="Élection du président",
        committee_id=board.committee.id,
        kind=BallotKind.CHOICE,
        mode=BallotMode.SECRET,
        options=["Anne", "Bruno"],
    )
    created = secretariat.create_motion(draft)
    assert created.status == "draft" and secretariat.draft_motions()[0].motion.id == created.id
    opened = secretariat.open_motion(created.id, datetime.now(UTC) + timedelta(days=1))
    assert opened.status == "open"
    voters = [member_desktop(make_desktop, account) for account in board.members]
    choices = [[opened.options[0].id], [opened.options[1].id], [opened.options[0].id]]
    receipts = []
    for (desktop, votes), choice in zip(voters, choices, strict=True):
        receipts.append(votes.cast(opened.id, choice).receipt)
        desktop.engine.sync()
        assert votes.check_receipt(opened.id) is None  # not published yet

    secretariat.close_motion(opened.id)
    published = secretariat.publish_motion(opened.id)
    assert published.ballots is not None and len(published.ballots) == 3
    assert published.result is not None and published.result.winners == [opened.options[0].id]

    for (desktop, votes), choice, receipt in zip(voters, choices, receipts, strict=True):
        desktop.engine.sync()
        check = votes.check_receipt(opened.id)
        assert check is not None and check.receipt == receipt
        assert check.found and check.choices_match and check.published_choices == tuple(choice)
        [closed] = votes.closed_motions()
        assert closed.result is not None and closed.mine.status is VoteStatus.VOTED


def test_the_live_result_and_secretariat_refusals_come_from_the_server(
    kit: ServerKit, board: Board, make_desktop: MakeDesktop
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    desktop, votes = member_desktop(make_desktop, board.members[0])

    assert not votes.can_manage(board.committee.id)
    with pytest.raises(ApiError) as raised:
        votes.close_motion(motion.id)
    assert raised.value.code == "forbidden"
    live = votes.live_result(motion.id)
    assert live.motion_id == motion.id and live.status == "open"
