"""Review of the committee network (server): what a member who left a committee may still
learn of it, and a post repeated from another device of its author."""

from __future__ import annotations

import pytest

from tests.server.netkit import Net, applied, latest, make_net, refused, upserts
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def test_an_author_who_left_the_committee_is_not_told_who_acknowledges_later(net: Net) -> None:
    alice, carl = net.device(net.org.alice), net.device(net.carl)
    sara = net.device(net.org.sara)
    announcement, _ = sara.announce(net.org.committee_a.id, ack_required=True)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    sara.pull()

    net.kit.remove_from_committee(net.org.sara, net.org.committee_a.id)
    sara.pull()
    applied(carl.send("announcement.ack", {"announcement_id": announcement}))

    assert upserts(sara.pull(), "acknowledgement") == []
    fresh = net.device(net.org.sara).everything()
    assert [
        a for a in upserts(fresh, "acknowledgement") if a["announcement_id"] == announcement
    ] == []


def test_a_member_who_left_keeps_no_acknowledgement_or_read_point_of_the_committee(
    net: Net,
) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    sara.post(net.channel_a, "Ordre du jour")
    announcement, _ = sara.announce(net.org.committee_a.id, ack_required=True)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    applied(alice.send("channel.read", {"channel_id": net.channel_a, "number": 1}))

    net.kit.remove_from_committee(net.org.alice, net.org.committee_a.id)
    outside = net.device(net.org.alice).everything()
    assert upserts(outside, "acknowledgement") == []
    assert net.channel_a not in latest(outside, "channel_state")

    net.kit.add_to_committee(net.org.alice, net.org.committee_a.id)
    back = net.device(net.org.alice).everything()
    assert set(latest(back, "acknowledgement")) == {f"{announcement}:{alice.id}"}
    assert latest(back, "channel_state")[net.channel_a]["last_read_number"] == 1


def test_a_post_repeated_from_a_new_device_of_its_author_is_applied_once(net: Net) -> None:
    """The app signs in again (its token died) after the server applied a post whose answer
    was lost: the same outbox row goes out from a new device, so the push cannot tell it is a
    repeat. The post is the same: it is applied, once, with its number."""
    first, second = net.device(net.org.alice), net.device(net.org.alice)
    sara = net.device(net.org.sara)
    sara.post(net.channel_a, "Avant")
    message_id, result = first.post(net.channel_a, "Hors ligne")
    assert applied(result).result == {"number": 2}

    again = second.post(net.channel_a, "Hors ligne", message_id=message_id)[1]
    assert applied(again).result == {"number": 2}
    posts = [m for m in upserts(sara.everything(), "message") if m["id"] == message_id]
    assert len(posts) == 1

    # Another text, another channel or another author under that id is still refused.
    refused(second.post(net.channel_a, "Autre", message_id=message_id)[1], "id_taken")
    refused(sara.post(net.channel_a, "Hors ligne", message_id=message_id)[1], "id_taken")


def test_an_idea_comment_and_announcement_repeated_from_a_new_device_are_applied(
    net: Net,
) -> None:
    sara, again = net.device(net.org.sara), net.device(net.org.sara)
    idea = {"idea_id": "idea-repeat-1", "committee_id": None, "title": "T", "body": "Corps."}
    applied(sara.send("idea.submit", idea))
    applied(again.send("idea.submit", idea))
    comment = {"comment_id": "comment-repeat-1", "idea_id": "idea-repeat-1", "body": "Oui"}
    applied(sara.send("idea.comment", comment))
    applied(again.send("idea.comment", comment))
    anna, anna_again = net.device(net.anna), net.device(net.anna)
    post = {"announcement_id": "ann-repeat-1", "title": "T", "body": "Corps."}
    applied(anna.send("announcement.post", post))
    applied(anna_again.send("announcement.post", post))

    seen = net.device(net.org.bob).everything()
    assert len(upserts(seen, "idea")) == 1
    assert len(upserts(seen, "idea_comment")) == 1
    assert len(upserts(seen, "announcement")) == 1
    refused(again.send("idea.submit", {**idea, "title": "Autre"}), "id_taken")
