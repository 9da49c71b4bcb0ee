"""Proxies over a date range, and revoking one before it is used."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from protocol.motions import BallotKind, BallotMode
from tests.serverkit import ServerKit


def test_a_range_proxy_reaches_the_motions_closing_within_it_and_no_others(
    kit: ServerKit,
) -> None:
    board = kit.seed_board(3)
    a, b, _ = board.members
    soon = kit.motion("Bientôt", board.committee.id, open_for=timedelta(days=2))
    later = kit.motion("Plus tard", board.committee.id, open_for=timedelta(days=40))
    now = datetime.now(UTC)
    assert kit.outbox(a).grant(b, starts_at=now, ends_at=now + timedelta(days=30)).status == (
        "applied"
    )
    principal, holder = kit.outbox(a), kit.outbox(b)
    assert principal.vote(soon, ["for"]).code == "proxy_stands"
    assert holder.vote(soon, ["for"], on_behalf_of=a).status == "applied"
    assert holder.vote(later, ["for"], on_behalf_of=a).code == "no_proxy"
    assert principal.vote(later, ["against"]).status == "applied"


def test_a_proxy_revoked_before_use_gives_the_principal_their_vote_back(kit: ServerKit) -> None:
    board = kit.seed_board(3)
    a, b, _ = board.members
    motion = kit.motion("Budget", board.committee.id)
    principal = kit.outbox(a)
    assert principal.grant(b, motion_id=motion.id, proxy_id="pouvoir-a").status == "applied"
    assert principal.revoke("pouvoir-a").status == "applied"
    assert kit.outbox(b).vote(motion, ["for"], on_behalf_of=a).code == "no_proxy"
    assert principal.vote(motion, ["against"]).status == "applied"
    # The holder's cap is free again for someone else.
    assert kit.outbox(board.members[2]).grant(b, motion_id=motion.id).status == "applied"


def test_an_election_says_it_takes_no_proxy_when_the_organisation_forbids_them(
    kit: ServerKit,
) -> None:
    board = kit.seed_board(3)
    a, b, _ = board.members
    election = kit.motion(
        "Élection au bureau",
        board.committee.id,
        kind=BallotKind.ELECTION,
        mode=BallotMode.SECRET,
        options=["Ana", "Ben", "Cyd"],
        seats=2,
        max_choices=2,
    )
    # What members' apps read, so nobody is shown a proxy that cannot stand.
    assert election.rules.proxies_allowed is False
    now = datetime.now(UTC)
    kit.outbox(a).grant(b, starts_at=now, ends_at=now + timedelta(days=30))
    holder = kit.outbox(b)
    assert holder.vote(election, ["Ana"], on_behalf_of=a).code in {
        "proxies_not_allowed",
        "no_proxy",
    }
