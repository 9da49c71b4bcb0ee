"""Every refusal of a ballot or a proxy comes back, through the real push route, with its own
code and a message, and never blocks the mutations queued after it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from protocol.models import MutationResult
from protocol.motions import MotionData, MotionRules
from server.db import tables as t
from server.db.engine import reading, writing
from server.services import motion_views, motions
from tests.serverkit import Board, Outbox, ServerKit, TestClient


@pytest.fixture
def board(kit: ServerKit) -> Board:
    return kit.seed_board(5)


@pytest.fixture
def http(kit: ServerKit) -> Iterator[TestClient]:
    with kit.client() as client:
        yield client


def outboxes(kit: ServerKit, board: Board, http: TestClient) -> list[Outbox]:
    return [kit.outbox(member, http) for member in board.members]


def refused(result: MutationResult, code: str) -> None:
    assert (result.status, result.code) == ("rejected", code), result
    assert result.message


def counted(kit: ServerKit, motion_id: str) -> int:
    with reading(kit.engine) as conn:
        query = select(func.count()).where(t.participations.c.motion_id == motion_id)
        return int(conn.execute(query).scalar_one())


def test_a_ballot_on_a_draft_or_cancelled_motion_is_refused_motion_not_open(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    draft = kit.motion("Brouillon", board.committee.id, open_for=None)
    voter = kit.outbox(board.members[0], http)
    # A draft is not visible to members at all: it does not exist for them.
    assert voter.vote(draft, ["for"]).code == "not_found"
    cancelled = kit.motion("Annulée", board.committee.id)
    motions.cancel(kit.engine, None, cancelled.id)
    refused(voter.vote(cancelled, ["for"]), "motion_not_open")


def test_a_ballot_arriving_after_the_close_is_refused_and_the_message_says_when_it_closed(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    voter, late = kit.outbox(board.members[0], http), kit.outbox(board.members[1], http)
    assert voter.vote(motion, ["for"]).status == "applied"
    closed_at = datetime(2020, 5, 4, 18, 30, tzinfo=UTC)
    with writing(kit.engine) as conn:  # the deadline passes while the ballot is offline
        conn.execute(update(t.motions).values(closes_at=closed_at))
    result = late.vote(motion, ["against"])
    refused(result, "motion_closed")
    assert "2020-05-04 18:30" in (result.message or "")
    assert counted(kit, motion.id) == 1
    assert motion_views.get(kit.engine, None, motion.id).status == "closed"  # closed lazily


def test_a_ballot_for_an_earlier_text_is_refused_motion_changed(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    from protocol.motions import MotionUpdate

    motions.update_motion(kit.engine, None, motion.id, MotionUpdate(body="Nouveau texte."))
    refused(kit.outbox(board.members[0], http).vote(motion, ["for"]), "motion_changed")


def test_a_ballot_from_a_recused_or_unlisted_member_is_refused_not_entitled(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b, c = board.members[:3]
    motion = kit.motion("Conflit", board.committee.id, entitled=[a.id, b.id], recused=[b.id])
    refused(kit.outbox(b, http).vote(motion, ["for"]), "not_entitled")
    refused(kit.outbox(c, http).vote(motion, ["for"]), "not_entitled")
    assert kit.outbox(a, http).vote(motion, ["for"]).status == "applied"


def test_a_second_ballot_where_change_is_off_is_refused_already_voted(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Ferme", board.committee.id, rules=MotionRules(allow_change=False))
    voter = kit.outbox(board.members[0], http)
    assert voter.vote(motion, ["for"]).status == "applied"
    refused(voter.vote(motion, ["against"]), "already_voted")


def test_invalid_choices_are_refused_invalid_choice(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    voter = kit.outbox(board.members[0], http)
    refused(voter.vote(motion, ["peut-être"]), "invalid_choice")
    refused(voter.vote(motion, ["for", "against"]), "invalid_choice")
    refused(voter.vote(motion, []), "invalid_choice")


def test_changing_a_secret_ballot_without_its_receipt_is_refused_receipt_unknown(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Élection", board.committee.id, kind="election", mode="secret",
                        options=["Anne", "Bruno", "Chloé"], seats=2)  # fmt: skip
    voter = kit.outbox(board.members[0], http)
    assert voter.vote(motion, ["o1"]).status == "applied"
    refused(voter.vote(motion, ["o2"], previous_receipt="AAAA-BBBB-CCCC"), "receipt_unknown")
    assert voter.vote(motion, ["o2", "o3"]).status == "applied"  # with the right receipt


def test_proxies_are_refused_where_the_motion_or_an_election_forbids_them(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b = board.members[:2]
    closed = kit.motion("Sans pouvoir", board.committee.id,
                        rules=MotionRules(proxies_allowed=False))  # fmt: skip
    election = kit.motion("Élection", board.committee.id, kind="election",
                          options=["Anne", "Bruno"], seats=1)  # fmt: skip
    principal = kit.outbox(a, http)
    refused(principal.grant(b, motion_id=closed.id), "proxies_not_allowed")
    refused(principal.grant(b, motion_id=election.id), "proxies_not_allowed")
    refused(kit.outbox(b, http).vote(closed, ["for"], on_behalf_of=a), "proxies_not_allowed")


def test_a_grant_over_the_holders_cap_is_refused_proxy_cap_reached(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b, holder = board.members[:3]
    motion = kit.motion("Budget", board.committee.id, rules=MotionRules(proxy_cap=1))
    assert kit.outbox(a, http).grant(holder, motion_id=motion.id).status == "applied"
    refused(kit.outbox(b, http).grant(holder, motion_id=motion.id), "proxy_cap_reached")
    # A range proxy reaching the same motion counts against the cap too.
    now = datetime.now(UTC)
    ranged = kit.outbox(board.members[3], http).grant(
        holder, starts_at=now, ends_at=now + timedelta(days=30)
    )
    refused(ranged, "proxy_cap_reached")


def test_the_principal_voting_while_their_proxy_stands_is_refused_proxy_stands(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b = board.members[:2]
    motion = kit.motion("Budget", board.committee.id)
    principal = kit.outbox(a, http)
    assert principal.grant(b, motion_id=motion.id).status == "applied"
    refused(principal.vote(motion, ["for"]), "proxy_stands")


def test_the_holder_voting_twice_for_one_principal_is_refused_proxy_already_used(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b = board.members[:2]
    motion = kit.motion("Budget", board.committee.id)
    assert kit.outbox(a, http).grant(b, motion_id=motion.id).status == "applied"
    holder = kit.outbox(b, http)
    assert holder.vote(motion, ["for"], on_behalf_of=a).status == "applied"
    refused(holder.vote(motion, ["against"], on_behalf_of=a), "proxy_already_used")
    assert holder.vote(motion, ["against"]).status == "applied"  # their own ballot is apart
    assert counted(kit, motion.id) == 2


def test_voting_for_someone_who_gave_no_proxy_is_refused_no_proxy(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b, c = board.members[:3]
    motion = kit.motion("Budget", board.committee.id)
    assert kit.outbox(a, http).grant(c, motion_id=motion.id).status == "applied"
    refused(kit.outbox(b, http).vote(motion, ["for"], on_behalf_of=a), "no_proxy")


def test_revoking_a_motion_proxy_after_its_use_is_refused_proxy_used(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b = board.members[:2]
    motion = kit.motion("Budget", board.committee.id)
    principal = kit.outbox(a, http)
    assert principal.grant(b, motion_id=motion.id, proxy_id="pouvoir-1").status == "applied"
    assert kit.outbox(b, http).vote(motion, ["for"], on_behalf_of=a).status == "applied"
    refused(principal.revoke("pouvoir-1"), "proxy_used")


def test_a_proxy_to_oneself_to_a_non_member_or_over_a_reversed_range_is_proxy_invalid(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a = board.members[0]
    motion = kit.motion("Budget", board.committee.id)
    principal = kit.outbox(a, http)
    refused(principal.grant(a, motion_id=motion.id), "proxy_invalid")
    refused(principal.grant("nobody-at-all", motion_id=motion.id), "proxy_invalid")
    refused(principal.grant(board.secretary, motion_id=motion.id), "proxy_invalid")
    now = datetime.now(UTC)
    reversed_range = principal.grant(board.members[1], starts_at=now, ends_at=now - timedelta(1))
    refused(reversed_range, "proxy_invalid")


def test_editing_a_closed_motion_is_refused_motion_locked(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    motions.close(kit.engine, None, motion.id)
    response = http.patch(
        f"/v1/motions/{motion.id}",
        json={"title": "Autre titre"},
        headers=kit.headers(board.secretary),
    )
    assert response.status_code == 409
    assert response.json()["code"] == "motion_locked"


def test_a_refusal_does_not_block_the_ballots_queued_after_it(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    first = kit.motion("Premier", board.committee.id)
    second = kit.motion("Second", board.committee.id)
    voter = kit.outbox(board.members[0], http)
    results = voter.send_many(
        [
            ("ballot.cast", voter.ballot(first, ["nonsense"]), None),
            ("ballot.cast", voter.ballot(second, ["for"]), None),
        ]
    )
    assert [(r.status, r.code) for r in results] == [
        ("rejected", "invalid_choice"),
        ("applied", None),
    ]


def test_the_same_ballot_pushed_twice_counts_once_and_gets_the_same_answer(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    voter = kit.outbox(board.members[0], http)
    data = voter.ballot(motion, ["for"])
    first = voter.send("ballot.cast", data, client_id="ballot-0001")
    voter.seq -= 1  # the app did not hear the answer and sends the same outbox row again
    again = voter.send("ballot.cast", data, client_id="ballot-0001")
    assert (first.status, first.duplicate, first.result) == (
        "applied",
        False,
        {"version": 1, "changed": False},
    )
    assert (again.status, again.duplicate, again.result) == ("applied", True, first.result)
    assert counted(kit, motion.id) == 1


def test_a_changed_vote_counts_once_the_last_and_the_open_history_is_kept(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    voter = kit.outbox(board.members[0], http)
    assert voter.vote(motion, ["for"]).result == {"version": 1, "changed": False}
    assert voter.vote(motion, ["against"]).result == {"version": 1, "changed": True}
    closed: MotionData = motions.close(kit.engine, None, motion.id)
    assert closed.result is not None
    assert {x.option_id: x.votes for x in closed.result.tally} == {
        "for": 0, "against": 1, "abstain": 0,
    }  # fmt: skip
    with reading(kit.engine) as conn:
        history = conn.execute(
            select(t.open_ballots.c.choices, t.open_ballots.c.superseded_at)
            .where(t.open_ballots.c.motion_id == motion.id)
            .order_by(t.open_ballots.c.cast_at)
        ).all()
    assert [(h.choices, h.superseded_at is not None) for h in history] == [
        ('["for"]', True),
        ('["against"]', False),
    ]
