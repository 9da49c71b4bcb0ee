"""The audit log: a hash chain that verifies, and a tampered entry found where it was done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from server import cli
from server.db import tables as t
from server.db.engine import reading, writing
from server.services import audit, motions
from tests.serverkit import Board, ServerKit, make_server


@pytest.fixture
def board(kit: ServerKit) -> Board:
    return kit.seed_board(3)


def activity(kit: ServerKit, board: Board) -> str:
    a, b, c = board.members
    motion = kit.motion("Budget", board.committee.id)
    kit.outbox(a).grant(b, motion_id=motion.id)
    kit.outbox(b).vote(motion, ["for"], on_behalf_of=a)
    kit.outbox(c).vote(motion, ["against"])
    kit.outbox(c).vote(motion, ["for"])
    motions.close(kit.engine, None, motion.id)
    motions.publish(kit.engine, None, motion.id)
    return motion.id


def entries(kit: ServerKit) -> list[dict[str, object]]:
    with reading(kit.engine) as conn:
        return [dict(r._mapping) for r in conn.execute(select(t.audit_log).order_by("seq"))]


def test_every_governance_event_is_chained_and_the_chain_verifies(
    kit: ServerKit, board: Board
) -> None:
    activity(kit, board)
    log = entries(kit)
    assert [e["event"] for e in log if e["motion_id"]] == [  # sign-ins are logged too
        "created", "opened", "proxy_granted", "ballot_cast", "ballot_cast", "ballot_changed",
        "closed", "published",
    ]  # fmt: skip
    assert log[0]["prev_hash"] == audit.GENESIS
    assert all(e["prev_hash"] == before["hash"] for before, e in zip(log, log[1:], strict=False))
    assert audit.verify(kit.engine) is None


def test_proxy_grants_and_ballots_by_proxy_are_logged_with_both_names(
    kit: ServerKit, board: Board
) -> None:
    a, b, _ = board.members
    activity(kit, board)
    named = {(e["event"], e["actor_id"], e["on_behalf_of"]) for e in entries(kit)}
    assert ("proxy_granted", a.id, b.id) in named
    assert ("ballot_cast", b.id, a.id) in named


def test_an_edited_detail_is_found_at_its_seq(kit: ServerKit, board: Board) -> None:
    activity(kit, board)
    target = entries(kit)[4]["seq"]
    with writing(kit.engine) as conn:
        conn.execute(
            update(t.audit_log)
            .where(t.audit_log.c.seq == target)
            .values(detail=json.dumps({"version": 2}))
        )
    assert audit.verify(kit.engine) == target


def test_a_deleted_entry_is_found_at_the_one_after_it(kit: ServerKit, board: Board) -> None:
    activity(kit, board)
    log = entries(kit)
    with writing(kit.engine) as conn:
        conn.execute(t.audit_log.delete().where(t.audit_log.c.seq == log[3]["seq"]))
    assert audit.verify(kit.engine) == log[4]["seq"]


def test_cli_audit_verify_names_the_broken_entry_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with make_server(tmp_path, "audited") as kit:
        board = kit.seed_board(3)
        motion_id = activity(kit, board)
        other = kit.motion("Autre", board.committee.id)
        database = kit.settings.database_url
        assert cli.main(["audit", "verify", "--database", database]) == 0
        assert "intact" in capsys.readouterr().out
        seq = [e for e in entries(kit) if e["motion_id"] == motion_id][2]["seq"]
        with writing(kit.engine) as conn:
            conn.execute(
                update(t.audit_log).where(t.audit_log.c.seq == seq).values(actor_id="someone")
            )
    assert cli.main(["audit", "verify", "--database", database]) == 1
    err = capsys.readouterr().err
    assert err == f"quorum-server: error: the audit log is broken at entry {seq}\n"
    assert cli.main(["audit", "verify", "--database", database, "--motion", motion_id]) == 1
    capsys.readouterr()
    assert cli.main(["audit", "verify", "--database", database, "--motion", other.id]) == 0
