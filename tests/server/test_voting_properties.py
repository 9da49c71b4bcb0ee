"""Properties of the server's voting, whatever members do (hypothesis, through the push
service): ballots counted never exceed the entitled, proxies never exceed the cap, a principal
and their holder never both count, a changed vote counts once, and the result does not depend
on the order ballots arrive."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from protocol.motions import MotionData, MotionRules
from server.db import tables as t
from server.db.engine import reading
from server.services import motion_store, motions, proxies
from tests.serverkit import Board, Outbox, ServerKit, make_server

PROPERTY = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CHOICES = ["for", "against", "abstain"]
MEMBERS = 7  # v1..v5 are entitled, v6 is recused, v7 is not listed


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ServerKit, Board, list[Outbox]]]:
    with make_server(tmp_path_factory.mktemp("properties")) as kit:
        board = kit.seed_board(MEMBERS)
        yield kit, board, [kit.outbox(member) for member in board.members]


def new_motion(kit: ServerKit, board: Board, cap: int = 1) -> MotionData:
    ids = [m.id for m in board.members]
    return kit.motion("Propriété", board.committee.id, entitled=ids[:6], recused=[ids[5]],
                      rules=MotionRules(proxy_cap=cap))  # fmt: skip


Action = tuple[str, int, int, str]  # (what, actor, other, choice)
actions = st.lists(
    st.tuples(
        st.sampled_from(["vote", "vote_for", "grant", "revoke"]),
        st.integers(0, MEMBERS - 1),
        st.integers(0, MEMBERS - 1),
        st.sampled_from(CHOICES),
    ),
    max_size=25,
)


def play(outboxes: list[Outbox], board: Board, motion: MotionData, steps: list[Action]) -> None:
    for what, actor, other, choice in steps:
        me, them = outboxes[actor], board.members[other]
        if what == "vote":
            me.vote(motion, [choice])
        elif what == "vote_for":
            me.vote(motion, [choice], on_behalf_of=them)
        elif what == "grant":
            me.grant(them, motion_id=motion.id, proxy_id=f"{motion.id}-{actor}-{other}")
        else:
            me.revoke(f"{motion.id}-{actor}-{other}")


@PROPERTY
@given(steps=actions)
def test_ballots_counted_never_exceed_the_entitled_and_a_principal_counts_once(
    world: tuple[ServerKit, Board, list[Outbox]], steps: list[Action]
) -> None:
    kit, board, outboxes = world
    motion = new_motion(kit, board)
    play(outboxes, board, motion, steps)
    closed = motions.close(kit.engine, None, motion.id)
    assert closed.result is not None
    entitled = {m.id for m in board.members[:5]}
    with reading(kit.engine) as conn:
        rows = conn.execute(
            select(t.participations).where(t.participations.c.motion_id == motion.id)
        ).all()
        current = (
            conn.execute(
                select(t.open_ballots.c.principal_id).where(
                    t.open_ballots.c.motion_id == motion.id,
                    t.open_ballots.c.superseded_at.is_(None),
                )
            )
            .scalars()
            .all()
        )
        uses = conn.execute(
            select(t.proxies.c.principal_id, t.proxies.c.holder_id)
            .join(t.proxy_uses, t.proxy_uses.c.proxy_id == t.proxies.c.id)
            .where(t.proxy_uses.c.motion_id == motion.id)
        ).all()
    assert closed.result.participants == len(rows) <= len(entitled)
    assert {r.principal_id for r in rows} <= entitled
    assert sorted(current) == sorted(r.principal_id for r in rows)  # one ballot per principal
    cast_by = {r.principal_id: r.cast_by for r in rows}
    for principal, holder in uses:  # a proxy used: the holder's ballot is the principal's one
        assert cast_by[principal] == holder


@PROPERTY
@given(cap=st.integers(1, 3), grants=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4))))
def test_proxies_held_never_exceed_the_cap(
    world: tuple[ServerKit, Board, list[Outbox]], cap: int, grants: list[tuple[int, int]]
) -> None:
    kit, board, outboxes = world
    motion = new_motion(kit, board, cap)
    for principal, holder in grants:
        outboxes[principal].grant(board.members[holder], motion_id=motion.id)
    with reading(kit.engine) as conn:
        row = motion_store.row(conn, motion.id)
        for member in board.members:
            assert len(proxies.standing(conn, row, holder_id=member.id)) <= cap
        principals = conn.execute(
            select(t.proxies.c.principal_id, func.count())
            .where(t.proxies.c.motion_id == motion.id)
            .group_by(t.proxies.c.principal_id)
        ).all()
    assert all(count == 1 for _, count in principals)


ballots = st.lists(
    st.tuples(st.integers(0, 4), st.sampled_from(CHOICES)), max_size=5, unique_by=lambda b: b[0]
)


@PROPERTY
@given(data=st.data(), cast=ballots)
def test_the_result_does_not_depend_on_the_order_ballots_arrive(
    world: tuple[ServerKit, Board, list[Outbox]], data: st.DataObject, cast: list[tuple[int, str]]
) -> None:
    kit, board, outboxes = world
    shuffled = data.draw(st.permutations(cast))
    outcomes = []
    for order in (cast, shuffled):
        motion = new_motion(kit, board)
        for voter, choice in order:
            assert outboxes[voter].vote(motion, [choice]).status == "applied"
        outcomes.append(motions.close(kit.engine, None, motion.id).result)
    assert outcomes[0] == outcomes[1]


@PROPERTY
@given(sequence=st.lists(st.sampled_from(CHOICES), min_size=1, max_size=6))
def test_a_changed_vote_counts_once_the_last(
    world: tuple[ServerKit, Board, list[Outbox]], sequence: list[str]
) -> None:
    kit, board, outboxes = world
    motion = new_motion(kit, board)
    for choice in sequence:
        assert outboxes[0].vote(motion, [choice]).status == "applied"
    result = motions.close(kit.engine, None, motion.id).result
    assert result is not None and result.participants == 1
    assert {x.option_id: x.votes for x in result.tally} == {
        c: int(c == sequence[-1]) for c in CHOICES
    }
