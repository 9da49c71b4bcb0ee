"""Joining a committee later replays its network for the newcomer alone: the channel's
messages (as they are now), its ideas and their comments, its announcements, and the
newcomer's own acknowledgements and read point. Leaving and coming back works."""

from __future__ import annotations

import json

import pytest

from tests.server.netkit import Net, applied, latest, make_net, new_id, refused, upserts
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def test_a_newcomer_receives_the_committees_messages_ideas_and_announcements(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    first, _ = alice.post(net.channel_a, "Premier")
    reply, _ = sara.post(net.channel_a, "Réponse", thread_root_id=first)
    gone, _ = alice.post(net.channel_a, "Retiré")
    applied(alice.send("message.edit", {"message_id": first, "body": "Premier, corrigé"}))
    applied(alice.send("message.delete", {"message_id": gone}))
    applied(sara.send("message.pin", {"message_id": first}))
    idea, _ = alice.submit_idea(net.org.committee_a.id)
    applied(sara.send("idea.support", {"idea_id": idea}))
    comment = new_id("com")
    applied(sara.send("idea.comment", {"comment_id": comment, "idea_id": idea, "body": "Oui"}))
    announcement, _ = sara.announce(net.org.committee_a.id, ack_required=True)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    sara.pull()

    net.kit.add_to_committee(net.org.bob, net.org.committee_a.id)
    bob = net.device(net.org.bob)
    seen = bob.everything()
    messages = latest(seen, "message")
    assert [messages[m]["number"] for m in (first, reply, gone)] == [1, 2, 3]
    assert messages[first]["body"] == "Premier, corrigé"
    assert [h["body"] for h in messages[first]["history"]] == ["Premier"]
    assert messages[first]["pinned_by_name"] == "Sara Lefèvre"
    assert messages[reply]["thread_root_id"] == first
    assert messages[gone]["deleted_at"] is not None and messages[gone]["body"] == ""
    assert latest(seen, "idea")[idea]["supporter_ids"] == [sara.id]
    assert set(latest(seen, "idea_comment")) == {comment}
    assert set(latest(seen, "announcement")) == {announcement}
    assert upserts(seen, "acknowledgement") == []  # alice's acknowledgement is not his
    # Only the newcomer gets the replay; the others receive just the new membership.
    assert {c["kind"] for c in sara.pull()} == {"membership"}
    # And the newcomer takes part at once.
    _, result = bob.post(net.channel_a, "Bonjour, je rejoins la commission")
    assert applied(result).result == {"number": 4}


def test_leaving_then_rejoining_brings_back_the_members_own_state_there(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    for n in range(3):
        sara.post(net.channel_a, f"Message {n}")
    mine, _ = alice.post(net.channel_a, "Le mien")
    applied(alice.send("channel.read", {"channel_id": net.channel_a, "number": 4}))
    applied(alice.send("channel.mute", {"channel_id": net.channel_a, "muted": True}))
    announcement, _ = sara.announce(net.org.committee_a.id, ack_required=True)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))

    net.kit.remove_from_committee(net.org.alice, net.org.committee_a.id)
    away = net.device(net.org.alice)
    refused(away.post(net.channel_a, "Je suis partie")[1], "not_found")
    refused(away.send("message.edit", {"message_id": mine, "body": "x"}), "not_found")
    outside = away.everything()
    assert upserts(outside, "message") == [] and upserts(outside, "announcement") == []
    assert "Message 0" not in json.dumps(outside)

    net.kit.add_to_committee(net.org.alice, net.org.committee_a.id)
    back = net.device(net.org.alice).everything()
    assert len(latest(back, "message")) == 4
    assert latest(back, "channel_state")[net.channel_a] == {
        "id": net.channel_a,
        "last_read_number": 4,
        "muted": True,
    }
    assert set(latest(back, "acknowledgement")) == {f"{announcement}:{alice.id}"}
    applied(alice.send("message.edit", {"message_id": mine, "body": "Le mien, revu"}))


def test_an_author_who_comes_back_sees_who_acknowledged_their_announcement(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    announcement, _ = sara.announce(net.org.committee_a.id, ack_required=True)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    net.kit.remove_from_committee(net.org.sara, net.org.committee_a.id)
    net.kit.add_to_committee(net.org.sara, net.org.committee_a.id)
    replayed = [
        c
        for c in net.device(net.org.sara).everything()
        if c["kind"] == "acknowledgement" and c["id"] == f"{announcement}:{alice.id}"
    ]
    assert len(replayed) == 2  # when alice acknowledged, and again on sara's return
