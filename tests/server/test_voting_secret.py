"""Secret ballots: nothing stored joins a member to a choice, and the published list lets each
voter find their ballot unchanged and anyone recompute the result."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from protocol.motions import MotionData, PublishedBallot
from protocol.voting import Ballot, find_receipt, tally_motion
from server.db import tables as t
from server.db.engine import reading
from server.services import motions
from tests.serverkit import Board, ServerKit

CANDIDATES = ["Anne", "Bruno", "Chloé", "David", "Emma"]
#: Each voter's choices, distinctive so a leak would show.
CHOICES = [["o1", "o2", "o3"], ["o2", "o4"], ["o5"], ["o1", "o3", "o4"], ["o2", "o3", "o5"]]


@pytest.fixture
def board(kit: ServerKit) -> Board:
    return kit.seed_board(6)


def election(kit: ServerKit, board: Board) -> MotionData:
    return kit.motion("Élection du bureau", board.committee.id, kind="election", mode="secret",
                      options=CANDIDATES, seats=3, max_choices=3)  # fmt: skip


def vote_all(kit: ServerKit, board: Board, motion: MotionData) -> dict[str, str]:
    """Every voter votes (the first one changes their ballot); their receipts."""
    receipts = {}
    for member, choices in zip(board.members, CHOICES, strict=False):
        outbox = kit.outbox(member)
        assert outbox.vote(motion, ["o4"] if member is board.members[0] else choices).status == (
            "applied"
        )
        if member is board.members[0]:
            assert outbox.vote(motion, choices).result == {"version": 1, "changed": True}
        receipts[member.id] = outbox.receipts[motion.id]
    return receipts


def every_row(kit: ServerKit) -> dict[str, list[dict[str, Any]]]:
    with reading(kit.engine) as conn:
        return {
            table.name: [dict(r._mapping) for r in conn.execute(select(table))]
            for table in t.metadata.sorted_tables
        }


def test_the_secret_ballots_table_has_no_member_no_time_and_no_rowid(kit: ServerKit) -> None:
    columns = {c["name"] for c in inspect(kit.engine).get_columns("secret_ballots")}
    assert columns == {"id", "motion_id", "version", "receipt_hash", "choices"}
    with reading(kit.engine) as conn:
        sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'secret_ballots'")
        ).scalar_one()
    assert "WITHOUT ROWID" in sql


def test_no_stored_row_joins_a_member_to_what_they_chose(kit: ServerKit, board: Board) -> None:
    motion = election(kit, board)
    vote_all(kit, board, motion)
    rows = every_row(kit)
    member_ids = {m.id for m in board.members}
    choice_texts = {json.dumps(sorted(c)) for c in CHOICES} | {json.dumps(c) for c in CHOICES}
    # The choices live in secret_ballots only, which names no member and holds no time.
    for table, content in rows.items():
        dumped = json.dumps(content, default=str)
        if table != "secret_ballots":
            assert not any(c in dumped for c in choice_texts), table
            if table not in ("motions", "changes"):  # those two list the options themselves
                assert re.search(r"\bo[1-5]\b", dumped) is None, table
    for change in rows["changes"]:
        data = json.loads(change["data"] or "null")
        if change["kind"] in ("participation", "motion_event"):
            assert data.get("choices") is None and "choices" not in data.get("detail", {})
    secret = json.dumps(rows["secret_ballots"], default=str)
    assert not any(member_id in secret for member_id in member_ids)
    # The stored outcome of each push keeps no ballot data either.
    assert all(r["result"] in (None, '{"version": 1, "changed": false}',
                               '{"version": 1, "changed": true}')
               for r in rows["device_mutations"])  # fmt: skip
    # Audit entries and the change log say who voted, never what.
    for entry in rows["audit_log"]:
        if entry["motion_id"] is None:  # sign-ins, devices and setting up the board
            organisational = ("signin.", "device.", "member.", "committee.")
            assert entry["event"].startswith(organisational), entry["event"]
            continue
        assert set(json.loads(entry["detail"])) <= {"version", "title", "closes_at"}


def test_stored_secret_ballots_are_not_in_the_order_members_voted(
    kit: ServerKit, board: Board
) -> None:
    """Participations are stored in voting order; secret ballots in random-key order, so
    matching the two orders tells nothing. Four runs all in voting order: 1 in 120^4."""
    voting_order = [sorted(c) for c in CHOICES]
    physical_orders = []
    for _ in range(4):
        motion = election(kit, board)
        vote_all(kit, board, motion)
        with reading(kit.engine) as conn:
            physical_orders.append(
                [
                    json.loads(choices)
                    for choices in conn.execute(
                        text("SELECT choices FROM secret_ballots WHERE motion_id = :m"),
                        {"m": motion.id},
                    ).scalars()
                ]
            )
    assert any(order != voting_order for order in physical_orders)


def test_each_voter_finds_their_ballot_in_the_published_list_and_anyone_recomputes_it(
    kit: ServerKit, board: Board
) -> None:
    motion = election(kit, board)
    receipts = vote_all(kit, board, motion)
    motions.close(kit.engine, None, motion.id)
    published = motions.publish(kit.engine, None, motion.id)
    assert published.ballots is not None and published.result is not None
    assert all(b.member_id is None and b.cast_by is None for b in published.ballots)
    for member, choices in zip(board.members, CHOICES, strict=False):
        mine = find_receipt(published.ballots, motion.id, receipts[member.id])
        assert mine is not None and sorted(mine.choices) == sorted(choices)
    recomputed = tally_motion(
        published, [Ballot(choices=tuple(b.choices)) for b in published.ballots]
    )
    assert recomputed == published.result
    assert published.result.participants == len(CHOICES)
    # The replaced ballot is gone: its receipt is not in the list.
    assert len(published.ballots) == len(CHOICES)


def test_an_open_ballot_publishes_the_named_list_with_who_cast_each(
    kit: ServerKit, board: Board
) -> None:
    a, b, c = board.members[:3]
    motion = kit.motion("Budget", board.committee.id)
    kit.outbox(a).grant(b, motion_id=motion.id)
    kit.outbox(b).vote(motion, ["for"], on_behalf_of=a)
    kit.outbox(c).vote(motion, ["against"])
    motions.close(kit.engine, None, motion.id)
    published = motions.publish(kit.engine, None, motion.id)
    listed = {(p.member_id, p.cast_by, tuple(p.choices)) for p in published.ballots or []}
    assert listed == {(a.id, b.id, ("for",)), (c.id, c.id, ("against",))}
    ballots = [PublishedBallot.model_validate(p) for p in published.ballots or []]
    recomputed = tally_motion(
        published, [Ballot(choices=tuple(p.choices), voter_id=p.member_id) for p in ballots]
    )
    assert recomputed == published.result
