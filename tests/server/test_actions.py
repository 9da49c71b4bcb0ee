"""Action items through push and pull: created by the secretariat or the committee's chair for
members of the committee, updated by an assignee (with a comment), commented by anyone who sees
them; each refusal with its code."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.netkit import Net, applied, latest, make_net, new_id, refused
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def _action(committee_id: str | None, assignees: list[str], **extra: Any) -> dict[str, Any]:
    return {
        "id": extra.pop("id", None) or new_id("act"),
        "committee_id": committee_id,
        "title": "Analyser les prestations par tranche d'âge",
        "description": "Pour la commission de novembre.",
        "assignee_ids": assignees,
        "due_on": "2026-11-12",
        **extra,
    }


def test_the_chair_creates_an_action_the_committee_sees_with_its_assignees(net: Net) -> None:
    carl, alice = net.device(net.carl), net.device(net.org.alice)
    data = _action(net.org.committee_a.id, [net.org.alice.id, net.org.sara.id])
    applied(carl.send("action.create", data))
    row = latest(alice.everything(), "action")[data["id"]]
    assert row["assignee_ids"] == [net.org.alice.id, net.org.sara.id]
    assert (row["status"], row["due_on"], row["created_by_name"]) == (
        "open",
        "2026-11-12",
        "Carl Président",
    )
    assert data["id"] not in latest(net.device(net.org.bob).everything(), "action")


def test_a_member_who_is_not_chair_nor_secretariat_may_not_create_one(net: Net) -> None:
    alice = net.device(net.org.alice)
    data = _action(net.org.committee_a.id, [net.org.alice.id])
    refused(alice.send("action.create", data), "not_moderator")
    refused(alice.send("action.create", _action(None, [net.org.bob.id])), "not_moderator")


def test_assignees_must_be_active_members_of_the_committee(net: Net, kit: ServerKit) -> None:
    sara = net.device(net.org.sara)
    refused(
        sara.send("action.create", _action(net.org.committee_a.id, [net.org.bob.id])),
        "assignee_invalid",
    )
    kit.set_active(net.org.alice, False)
    refused(
        sara.send("action.create", _action(net.org.committee_a.id, [net.org.alice.id])),
        "assignee_invalid",
    )
    # For the organisation, any active member.
    applied(sara.send("action.create", _action(None, [net.org.bob.id, net.anna.id])))


def test_an_action_outside_ones_committees_is_not_found(net: Net) -> None:
    carl = net.device(net.carl)
    refused(
        carl.send("action.create", _action(net.org.committee_b.id, [net.org.bob.id])),
        "not_found",
    )


def test_the_same_id_is_taken_unless_its_author_repeats_the_same_action(net: Net) -> None:
    sara, carl = net.device(net.org.sara), net.device(net.carl)
    data = _action(net.org.committee_a.id, [net.org.alice.id])
    applied(sara.send("action.create", data))
    applied(net.device(net.org.sara).send("action.create", data))  # another device
    refused(carl.send("action.create", data), "id_taken")
    refused(sara.send("action.create", {**data, "title": "Autre chose"}), "id_taken")


def test_an_assignee_updates_the_status_with_a_comment_others_may_not(net: Net) -> None:
    sara, alice = net.device(net.org.sara), net.device(net.org.alice)
    data = _action(net.org.committee_a.id, [net.org.alice.id])
    applied(sara.send("action.create", data))
    update = {
        "action_id": data["id"],
        "status": "in_progress",
        "comment_id": new_id("com"),
        "comment": "J'ai demandé les chiffres au service.",
    }
    applied(alice.send("action.update", update))
    applied(net.device(net.org.alice).send("action.update", update))  # repeated: nothing new
    row = latest(alice.everything(), "action")[data["id"]]
    assert row["status"] == "in_progress"
    assert [(c["author_name"], c["status"]) for c in row["comments"]] == [
        ("Alice Martin", "in_progress")
    ]
    other = net.kit.add_member("dora", "Dora Membre")
    net.kit.add_to_committee(other, net.org.committee_a.id)
    refused(
        net.device(other).send("action.update", {"action_id": data["id"], "status": "done"}),
        "not_assignee",
    )
    applied(net.device(net.carl).send("action.update", {"action_id": data["id"], "status": "done"}))
    assert latest(alice.everything(), "action")[data["id"]]["status"] == "done"
    refused(
        net.device(net.org.bob).send("action.update", {"action_id": data["id"], "status": "done"}),
        "not_found",
    )


def test_anyone_who_sees_an_action_may_comment_on_it(net: Net) -> None:
    sara, carl = net.device(net.org.sara), net.device(net.carl)
    data = _action(net.org.committee_a.id, [net.org.alice.id])
    applied(sara.send("action.create", data))
    comment = {"id": new_id("com"), "action_id": data["id"], "body": "Je peux aider."}
    applied(carl.send("action.comment", comment))
    refused(sara.send("action.comment", {**comment, "body": "Autre"}), "id_taken")
    refused(
        net.device(net.org.bob).send("action.comment", {**comment, "id": new_id("com")}),
        "not_found",
    )
    row = latest(sara.everything(), "action")[data["id"]]
    assert [(c["author_name"], c["body"], c["status"]) for c in row["comments"]] == [
        ("Carl Président", "Je peux aider.", None)
    ]


def test_an_action_of_a_meeting_names_a_meeting_of_the_same_committee(
    net: Net, kit: ServerKit, client: TestClient
) -> None:
    meeting = client.post(
        "/v1/meetings",
        json={
            "committee_id": net.org.committee_b.id,
            "title": "Commission B",
            "starts_at": "2026-12-01T10:00:00Z",
        },
        headers=kit.headers(net.org.sara),
    ).json()
    sara = net.device(net.org.sara)
    wrong = _action(net.org.committee_a.id, [net.org.alice.id], meeting_id=meeting["id"])
    refused(sara.send("action.create", wrong), "meeting_invalid")
    right = _action(net.org.committee_b.id, [net.org.bob.id], meeting_id=meeting["id"])
    applied(sara.send("action.create", right))
    assert latest(sara.everything(), "action")[right["id"]]["meeting_id"] == meeting["id"]
