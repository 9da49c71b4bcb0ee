"""Who may use a channel: a member outside a committee or a direct conversation can neither
read nor write there by any route (every mutation naming it, or one of its messages, ideas or
announcements, answers ``not_found``; their pull never holds a row of it). And starting a
direct conversation."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.server.netkit import Device, Net, applied, latest, make_net, new_id, refused
from tests.serverkit import ServerKit, SmallOrg, TestClient

SECRET = "Le taux de couverture tombera à 97 % en juin."


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def _fill_committee_a_and_a_direct_conversation(net: Net) -> dict[str, Any]:
    """Committee A talks, has an idea and an announcement; alice and sara talk privately."""
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    message, _ = alice.post(net.channel_a, SECRET)
    applied(sara.send("channel.read", {"channel_id": net.channel_a, "number": 1}))
    idea, result = alice.submit_idea(net.org.committee_a.id, title=SECRET[:40])
    applied(result)
    applied(
        sara.send("idea.comment", {"comment_id": new_id("com"), "idea_id": idea, "body": SECRET})
    )
    announcement, result = sara.announce(net.org.committee_a.id, ack_required=True)
    applied(result)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    conversation = new_id("conv")
    applied(
        alice.send(
            "conversation.start",
            {"conversation_id": conversation, "member_ids": [sara.id], "title": "Privé"},
        )
    )
    direct, result = alice.post(f"direct:{conversation}", SECRET)
    applied(result)
    return {
        "message": message,
        "idea": idea,
        "announcement": announcement,
        "conversation": conversation,
        "direct": direct,
    }


def test_an_outsider_is_told_not_found_by_every_mutation_naming_a_committee_channel(
    net: Net,
) -> None:
    made = _fill_committee_a_and_a_direct_conversation(net)
    bob = net.device(net.org.bob)  # in committee B only
    anna = net.device(net.anna)  # an announcer, in no committee
    a, message = net.org.committee_a.id, made["message"]
    attempts: list[tuple[Device, str, dict[str, Any]]] = [
        (bob, "message.post", {"message_id": new_id(), "channel_id": net.channel_a, "body": "x"}),
        (bob, "message.edit", {"message_id": message, "body": "x"}),
        (bob, "message.delete", {"message_id": message}),
        (bob, "message.pin", {"message_id": message}),
        (bob, "channel.read", {"channel_id": net.channel_a, "number": 1}),
        (bob, "channel.mute", {"channel_id": net.channel_a, "muted": True}),
        (bob, "idea.submit", {"idea_id": new_id(), "committee_id": a, "title": "x", "body": "x"}),
        (bob, "idea.support", {"idea_id": made["idea"]}),
        (bob, "idea.comment", {"comment_id": new_id(), "idea_id": made["idea"], "body": "x"}),
        (bob, "idea.status", {"idea_id": made["idea"], "status": "declined"}),
        (
            anna,
            "announcement.post",
            {"announcement_id": new_id(), "committee_id": a, "title": "x", "body": "x"},
        ),
        (bob, "announcement.ack", {"announcement_id": made["announcement"]}),
        (anna, "announcement.remind", {"announcement_id": made["announcement"]}),
    ]
    for device, kind, data in attempts:
        refused(device.send(kind, data), "not_found")


def test_an_outsider_is_told_not_found_by_every_mutation_naming_a_direct_conversation(
    net: Net,
) -> None:
    made = _fill_committee_a_and_a_direct_conversation(net)
    channel, direct = f"direct:{made['conversation']}", made["direct"]
    for outsider in (net.org.bob, net.carl):
        device = net.device(outsider)
        attempts: list[tuple[str, dict[str, Any]]] = [
            ("message.post", {"message_id": new_id(), "channel_id": channel, "body": "x"}),
            (
                "message.post",
                {
                    "message_id": new_id(),
                    "channel_id": "org",
                    "body": "x",
                    "thread_root_id": direct,
                },
            ),
            ("message.edit", {"message_id": direct, "body": "x"}),
            ("message.delete", {"message_id": direct}),
            ("message.pin", {"message_id": direct}),
            ("channel.read", {"channel_id": channel, "number": 1}),
            ("channel.mute", {"channel_id": channel, "muted": True}),
        ]
        for kind, data in attempts:
            result = device.send(kind, data)
            expected = "thread_invalid" if data.get("thread_root_id") else "not_found"
            refused(result, expected)


def test_an_outsiders_pull_never_holds_a_row_of_a_committee_or_conversation_they_are_not_in(
    net: Net,
) -> None:
    made = _fill_committee_a_and_a_direct_conversation(net)
    seen = net.device(net.org.bob).everything()
    text = json.dumps(seen)
    assert SECRET not in text and SECRET[:40] not in text
    for value in made.values():
        assert value not in text
    assert net.org.committee_a.id not in text
    kinds = {c["kind"] for c in seen}
    assert not kinds & {"message", "conversation", "idea", "idea_comment", "acknowledgement"}
    assert "channel_state" not in kinds and "announcement" not in kinds
    # The insiders see all of it.
    sara = net.device(net.org.sara).everything()
    assert set(latest(sara, "message")) == {made["message"], made["direct"]}
    assert set(latest(sara, "conversation")) == {made["conversation"]}


def test_starting_a_conversation_adds_the_starter_and_tells_every_member_alone(net: Net) -> None:
    alice, bob = net.device(net.org.alice), net.device(net.org.bob)
    conversation = new_id("conv")
    data = {
        "conversation_id": conversation,
        "member_ids": [bob.id, net.carl.id],
        "title": "Préparation AG",
    }
    applied(alice.send("conversation.start", data))
    row = latest(bob.everything(), "conversation")[conversation]
    assert row["member_ids"] == [alice.id, bob.id, net.carl.id]
    assert row["started_by"] == alice.id and row["title"] == "Préparation AG"
    assert conversation not in json.dumps(net.device(net.org.sara).everything())


def test_a_conversation_id_is_taken_unless_the_same_member_repeats_the_same_request(
    net: Net,
) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    conversation = new_id("conv")
    data = {"conversation_id": conversation, "member_ids": [sara.id]}
    applied(alice.send("conversation.start", data))
    applied(alice.send("conversation.start", data))  # from another device, say
    refused(alice.send("conversation.start", {**data, "title": "Autre"}), "id_taken")
    refused(sara.send("conversation.start", {**data, "member_ids": [alice.id]}), "id_taken")
    rows = [c for c in alice.everything() if c["kind"] == "conversation"]
    assert len(rows) == 1


def test_a_conversation_needs_one_to_eleven_active_others(net: Net) -> None:
    alice = net.device(net.org.alice)
    crowd = [net.kit.add_member(f"p{n}", f"Personne {n}").id for n in range(12)]

    def start(member_ids: list[str]) -> Any:
        return alice.send(
            "conversation.start", {"conversation_id": new_id("conv"), "member_ids": member_ids}
        )

    refused(start([alice.id]), "validation_error")  # nobody else
    refused(start(crowd), "validation_error")  # 12 others
    applied(start(crowd[:11]))
    refused(start(["unknown-member"]), "not_found")
    net.kit.set_active(crowd[0], False)
    refused(start([crowd[0]]), "validation_error")
