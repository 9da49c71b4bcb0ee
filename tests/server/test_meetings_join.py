"""Joining a committee replays its board documents for the newcomer alone: every version of
its documents, its meetings, its actions, the comments on its documents, and their own
annotations on them (kept while they were away)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from server.services import publishing
from tests.server.helpers import pull_all
from tests.server.netkit import applied, latest, make_net, new_id
from tests.serverkit import ServerKit, SmallOrg, TestClient


def test_a_newcomer_gets_the_committees_versions_meetings_actions_comments_and_own_notes(
    kit: ServerKit, org: SmallOrg, client: TestClient
) -> None:
    net = make_net(kit, org, client)
    committee = org.committee_a.id
    draft = publishing.publish(
        kit.engine,
        None,
        DocumentPublishRequest(
            title="Projet de règlement",
            committee_id=committee,
            body="# Version 1\n",
            comments_open=True,
            comments_close_at=datetime.now(UTC) + timedelta(days=2),
        ),
    )
    publishing.revise(
        kit.engine, None, draft.id, DocumentRevisionRequest(body="# Version 2\n", change_note="x")
    )
    meeting = client.post(
        "/v1/meetings",
        json={
            "committee_id": committee,
            "title": "Commission finances",
            "starts_at": "2026-12-03T09:00:00Z",
            "agenda": [{"id": "agenda-1", "position": 1, "title": "Règlement"}],
        },
        headers=kit.headers(org.sara),
    ).json()
    sara, bob = net.device(org.sara), net.device(org.bob)
    action = {
        "id": new_id("act"),
        "committee_id": committee,
        "title": "Relire le règlement",
        "assignee_ids": [org.alice.id],
    }
    applied(sara.send("action.create", action))
    comment = {"id": new_id("dc"), "document_id": draft.id, "version": 2, "body": "Bien."}
    applied(sara.send("document.comment", comment))
    # Bob was in committee A before, annotated the draft, and left.
    kit.add_to_committee(org.bob, committee)
    note: dict[str, Any] = {
        "id": new_id("note"),
        "document_id": draft.id,
        "version": 1,
        "body": "Ma note",
    }
    applied(bob.send("annotation.save", note))
    kit.remove_from_committee(org.bob, committee)
    _, cursor = pull_all(client, bob.outbox.headers)

    kit.add_to_committee(org.bob, committee)
    changes, _ = pull_all(client, bob.outbox.headers, cursor)
    versions = latest(changes, "document_version")
    assert {f"{draft.id}:1", f"{draft.id}:2"} <= set(versions)
    assert versions[f"{draft.id}:2"]["change_note"] == "x"
    assert meeting["id"] in latest(changes, "meeting")
    assert action["id"] in latest(changes, "action")
    assert comment["id"] in latest(changes, "document_comment")
    assert latest(changes, "annotation")[note["id"]]["body"] == "Ma note"
    # The replay is for the newcomer alone.
    alice = net.device(org.alice).outbox.headers
    _, alice_cursor = pull_all(client, alice)
    kit.remove_from_committee(org.bob, committee)
    kit.add_to_committee(org.bob, committee)
    alice_changes, _ = pull_all(client, alice, alice_cursor)
    assert {c["kind"] for c in alice_changes} <= {"membership"}
