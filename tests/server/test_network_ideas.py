"""The idea box through push and pull: submitting, supporting once, commenting, and the status
set by the secretariat or the committee's chair (no one else)."""

from __future__ import annotations

import pytest

from tests.server.netkit import Net, applied, latest, make_net, new_id, refused, upserts
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def test_an_idea_goes_to_its_committee_with_author_and_status_new(net: Net) -> None:
    alice = net.device(net.org.alice)
    idea, result = alice.submit_idea(net.org.committee_a.id, title="Permanence le samedi")
    applied(result)
    row = latest(net.device(net.org.sara).everything(), "idea")[idea]
    assert row["committee_id"] == net.org.committee_a.id
    assert (row["title"], row["author_name"], row["status"]) == (
        "Permanence le samedi",
        "Alice Martin",
        "new",
    )
    assert row["supporter_ids"] == [] and row["answer"] == ""
    assert idea not in latest(net.device(net.org.bob).everything(), "idea")  # not in A


def test_an_organisation_idea_reaches_everyone_and_a_request_keeps_its_kind(net: Net) -> None:
    bob = net.device(net.org.bob)
    idea_id = new_id("idea")
    applied(
        bob.send(
            "idea.submit",
            {
                "idea_id": idea_id,
                "kind": "request",
                "title": "Former les élus",
                "body": "Au numérique.",
            },
        )
    )
    row = latest(net.device(net.org.alice).everything(), "idea")[idea_id]
    assert row["committee_id"] is None and row["kind"] == "request"
    refused(
        bob.send("idea.submit", {"idea_id": idea_id, "title": "Autre", "body": "x"}), "id_taken"
    )


def test_supporting_once_and_never_ones_own_idea(net: Net) -> None:
    alice, sara, carl = (net.device(a) for a in (net.org.alice, net.org.sara, net.carl))
    idea, _ = alice.submit_idea(net.org.committee_a.id)
    refused(alice.send("idea.support", {"idea_id": idea}), "own_idea")
    applied(carl.send("idea.support", {"idea_id": idea}))
    applied(sara.send("idea.support", {"idea_id": idea}))
    refused(sara.send("idea.support", {"idea_id": idea}), "already_supported")
    row = latest(alice.everything(), "idea")[idea]
    assert row["supporter_ids"] == [carl.id, sara.id]  # in order of support


def test_comments_go_where_the_idea_goes_with_the_authors_name(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    idea, _ = alice.submit_idea(net.org.committee_a.id)
    comment = new_id("com")
    applied(
        sara.send(
            "idea.comment",
            {"comment_id": comment, "idea_id": idea, "body": "Bonne idée, à chiffrer."},
        )
    )
    refused(
        sara.send("idea.comment", {"comment_id": comment, "idea_id": idea, "body": "x"}), "id_taken"
    )
    rows = upserts(alice.everything(), "idea_comment")
    assert [(r["id"], r["idea_id"], r["author_name"], r["body"]) for r in rows] == [
        (comment, idea, "Sara Lefèvre", "Bonne idée, à chiffrer.")
    ]
    assert upserts(net.device(net.org.bob).everything(), "idea_comment") == []


def test_the_secretariat_sets_a_status_with_a_public_answer(net: Net) -> None:
    bob, sara = net.device(net.org.bob), net.device(net.org.sara)
    idea, _ = bob.submit_idea(None)
    applied(
        sara.send(
            "idea.status",
            {"idea_id": idea, "status": "accepted", "answer": "Inscrit au prochain conseil."},
        )
    )
    row = latest(bob.everything(), "idea")[idea]
    assert (row["status"], row["answer"], row["answered_by_name"]) == (
        "accepted",
        "Inscrit au prochain conseil.",
        "Sara Lefèvre",
    )
    assert row["status_changed_at"] is not None


def test_the_committee_chair_moderates_the_committees_ideas_only(net: Net) -> None:
    alice, bob, carl = (net.device(a) for a in (net.org.alice, net.org.bob, net.carl))
    in_a, _ = alice.submit_idea(net.org.committee_a.id)
    applied(carl.send("idea.status", {"idea_id": in_a, "status": "under_review"}))
    assert latest(alice.everything(), "idea")[in_a]["answered_by_name"] == "Carl Président"
    for_all, _ = bob.submit_idea(None)
    refused(carl.send("idea.status", {"idea_id": for_all, "status": "done"}), "not_moderator")


def test_a_plain_member_may_not_set_a_status(net: Net) -> None:
    alice, carl = net.device(net.org.alice), net.device(net.carl)
    idea, _ = carl.submit_idea(net.org.committee_a.id)
    refused(alice.send("idea.status", {"idea_id": idea, "status": "declined"}), "not_moderator")
    assert latest(alice.everything(), "idea")[idea]["status"] == "new"


def test_an_unknown_idea_or_committee_is_not_found(net: Net) -> None:
    alice = net.device(net.org.alice)
    refused(alice.send("idea.support", {"idea_id": "no-such-idea"}), "not_found")
    refused(alice.submit_idea("no-such-committee")[1], "not_found")
    refused(alice.submit_idea(net.org.committee_b.id)[1], "not_found")  # not hers
