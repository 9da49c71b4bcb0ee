"""A motion's lifecycle through the routes: who may run it, what members see when, and the
live result under each visibility rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from protocol.motions import MotionRules, ResultsVisibility
from server.services import motions
from tests.server.helpers import assert_error, pull_all
from tests.serverkit import Board, ServerKit, TestClient


@pytest.fixture
def board(kit: ServerKit) -> Board:
    return kit.seed_board(4)


@pytest.fixture
def http(kit: ServerKit) -> Iterator[TestClient]:
    with kit.client() as client:
        yield client


def later(days: float = 2) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


def motion_rows(changes: list[dict[str, Any]], motion_id: str) -> list[dict[str, Any]]:
    return [c["data"] for c in changes if c["kind"] == "motion" and c["id"] == motion_id]


def test_the_secretariat_runs_a_motion_from_draft_to_published_through_the_routes(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    sec = kit.headers(board.secretary)
    draft = {"committee_id": board.committee.id, "title": "Budget 2027", "body": "Texte."}
    created = http.post("/v1/motions", json=draft, headers=sec)
    assert created.status_code == 201, created.text
    motion = created.json()
    assert (motion["status"], motion["version"], len(motion["entitled"])) == ("draft", 1, 4)
    motion_id = motion["id"]
    for path, body, status in (
        ("open", {"closes_at": later(1)}, "open"),
        ("extend", {"closes_at": later(3)}, "open"),
        ("close", None, "closed"),
        ("reopen", {"closes_at": later(2)}, "open"),
        ("close", None, "closed"),
        ("publish", None, "published"),
    ):
        response = http.post(f"/v1/motions/{motion_id}/{path}", json=body, headers=sec)
        assert response.status_code == 200, (path, response.text)
        assert response.json()["status"] == status
    final = http.get(f"/v1/motions/{motion_id}", headers=sec).json()
    assert final["result"]["outcome"] == "rejected" and final["ballots"] == []
    events = [e["event"] for e in http.get(f"/v1/motions/{motion_id}/audit", headers=sec).json()]
    assert events == [
        "created", "opened", "extended", "closed", "reopened", "closed", "published",
    ]  # fmt: skip


def test_a_plain_member_may_not_create_or_run_motions_but_the_committee_chair_may(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    member, chair = board.members[0], board.members[1]
    kit.add_to_committee(chair, board.committee.id, "chair")
    draft = {"committee_id": board.committee.id, "title": "Budget"}
    assert_error(
        http.post("/v1/motions", json=draft, headers=kit.headers(member)), 403, "forbidden"
    )
    created = http.post("/v1/motions", json=draft, headers=kit.headers(chair))
    assert created.status_code == 201
    response = http.post(
        f"/v1/motions/{created.json()['id']}/open",
        json={"closes_at": later()},
        headers=kit.headers(member),
    )
    assert response.status_code in (403, 404)


def test_a_draft_reaches_only_the_secretariat_and_the_motion_reaches_members_once_open(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    member = kit.headers(board.members[0])
    sec = kit.headers(board.secretary)
    draft = kit.motion("Projet", board.committee.id, open_for=None)
    member_changes, cursor = pull_all(http, member)
    assert motion_rows(member_changes, draft.id) == []
    assert_error(http.get(f"/v1/motions/{draft.id}", headers=member), 404, "not_found")
    assert motion_rows(pull_all(http, sec)[0], draft.id)[-1]["status"] == "draft"
    motions.open_motion(kit.engine, None, draft.id, datetime.now(UTC) + timedelta(days=1))
    opened = motion_rows(pull_all(http, member, cursor)[0], draft.id)
    assert [row["status"] for row in opened] == ["open"]


def test_a_motion_closes_by_itself_when_a_member_pulls_after_its_deadline(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    from sqlalchemy import update

    from server.db import tables as t
    from server.db.engine import writing

    member = kit.headers(board.members[0])
    motion = kit.motion("Budget", board.committee.id)
    kit.outbox(board.members[0]).vote(motion, ["for"])
    _, cursor = pull_all(http, member)
    with writing(kit.engine) as conn:
        conn.execute(update(t.motions).values(closes_at=datetime.now(UTC) - timedelta(minutes=1)))
    rows = motion_rows(pull_all(http, member, cursor)[0], motion.id)
    assert rows[-1]["status"] == "closed"
    assert rows[-1]["participants"] == 1
    assert rows[-1]["result"]["outcome"] == "adopted"


def test_participation_and_proxy_rows_reach_only_the_principal_and_the_holder(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b, c = board.members[:3]
    motion = kit.motion("Budget", board.committee.id)
    kit.outbox(a).grant(b, motion_id=motion.id)
    kit.outbox(b).vote(motion, ["against"], on_behalf_of=a)
    seen = {account.key: pull_all(http, kit.headers(account))[0] for account in (a, b, c)}
    for key in ("v1", "v2"):
        kinds = {ch["kind"] for ch in seen[key]}
        assert {"participation", "proxy"} <= kinds
    part = next(ch["data"] for ch in seen["v1"] if ch["kind"] == "participation")
    assert (part["principal_id"], part["cast_by"], part["choices"]) == (a.id, b.id, ["against"])
    assert not {ch["kind"] for ch in seen["v3"]} & {"participation", "proxy"}
    events = [ch["data"] for ch in seen["v3"] if ch["kind"] == "motion_event"]
    cast = next(e for e in events if e["event"] == "ballot_cast")
    assert (cast["actor_id"], cast["on_behalf_of"]) == (b.id, a.id)
    assert "against" not in repr(events)  # the history never carries choices


@pytest.mark.parametrize(
    ("visibility", "before_vote", "after_vote"),
    [
        ("live", (True, None), (True, None)),
        ("after_vote", (False, "after_vote"), (True, None)),
        ("after_close", (False, "after_close"), (False, "after_close")),
    ],
)
def test_the_live_result_is_shown_as_the_visibility_rule_says(
    kit: ServerKit,
    board: Board,
    http: TestClient,
    visibility: str,
    before_vote: tuple[bool, str | None],
    after_vote: tuple[bool, str | None],
) -> None:
    voter = board.members[0]
    motion = kit.motion(
        "Budget",
        board.committee.id,
        rules=MotionRules(results_visibility=ResultsVisibility(visibility)),
    )
    headers = kit.headers(voter)

    def seen() -> tuple[bool, str | None]:
        body = http.get(f"/v1/motions/{motion.id}/result", headers=headers).json()
        assert (body["result"] is not None) == body["visible"]
        return body["visible"], body["reason"]

    assert seen() == before_vote
    kit.outbox(voter).vote(motion, ["for"])
    assert seen() == after_vote
    motions.close(kit.engine, None, motion.id)
    assert seen() == (True, None)


def test_a_secret_ballot_shows_no_result_before_the_close_even_when_set_live(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    live = MotionRules(results_visibility=ResultsVisibility.LIVE)
    motion = kit.motion("Élection", board.committee.id, kind="election", mode="secret",
                        options=["A", "B"], rules=live)  # fmt: skip
    kit.outbox(board.members[0]).vote(motion, ["o1"])
    body = http.get(f"/v1/motions/{motion.id}/result", headers=kit.headers(board.members[0]))
    assert (body.json()["visible"], body.json()["reason"]) == (False, "after_close")


def test_a_new_text_on_an_open_motion_makes_a_new_version_and_voids_its_ballots(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    motion = kit.motion("Budget", board.committee.id)
    kit.outbox(board.members[0]).vote(motion, ["for"])
    response = http.patch(
        f"/v1/motions/{motion.id}",
        json={"body": "Texte corrigé.", "closes_at": later(4)},
        headers=kit.headers(board.secretary),
    )
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 2
    changes, _ = pull_all(http, kit.headers(board.members[0]))
    assert any(c["kind"] == "participation" and c["op"] == "delete" for c in changes)
    audit = http.get(f"/v1/motions/{motion.id}/audit", headers=kit.headers(board.members[0]))
    events = [e["event"] for e in audit.json()]
    assert "text_changed" in events and "extended" in events
    closed = motions.close(kit.engine, None, motion.id)
    assert closed.result is not None and closed.result.participants == 0


def test_the_audit_route_is_for_the_entitled_and_the_secretariat(
    kit: ServerKit, board: Board, http: TestClient
) -> None:
    a, b = board.members[:2]
    motion = kit.motion("Conflit", board.committee.id, recused=[b.id])
    assert http.get(f"/v1/motions/{motion.id}/audit", headers=kit.headers(a)).status_code == 200
    assert_error(
        http.get(f"/v1/motions/{motion.id}/audit", headers=kit.headers(b)), 403, "forbidden"
    )
