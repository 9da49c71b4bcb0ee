"""Announcements through push and pull: posted by announcers only, acknowledged once, the
author told of each acknowledgement, and reminders that say how many are still pending."""

from __future__ import annotations

import uuid

import pytest

from tests.server.netkit import Net, applied, latest, make_net, refused, upserts
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def test_an_announcer_posts_to_the_organisation_and_everyone_receives_it(net: Net) -> None:
    anna = net.device(net.anna)
    announcement, result = anna.announce(None, ack_required=True)
    applied(result)
    for account in (net.org.alice, net.org.bob, net.carl):
        row = latest(net.device(account).everything(), "announcement")[announcement]
        assert row["author_name"] == "Anna Risques" and row["ack_required"] is True
        assert row["committee_id"] is None and row["reminded_at"] is None


def test_a_plain_member_may_not_post_an_announcement(net: Net) -> None:
    alice = net.device(net.org.alice)
    refused(alice.announce(None)[1], "not_announcer")
    refused(alice.announce(net.org.committee_a.id)[1], "not_announcer")
    assert upserts(alice.everything(), "announcement") == []


def test_a_committee_announcement_reaches_its_members_only(net: Net) -> None:
    sara = net.device(net.org.sara)  # the secretariat may announce too
    announcement, result = sara.announce(net.org.committee_b.id)
    applied(result)
    assert announcement in latest(net.device(net.org.bob).everything(), "announcement")
    assert upserts(net.device(net.org.alice).everything(), "announcement") == []


def test_acknowledging_is_idempotent_and_reaches_the_member_and_the_author_only(
    net: Net,
) -> None:
    anna, alice = net.device(net.anna), net.device(net.org.alice)
    announcement, _ = anna.announce(None, ack_required=True)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))  # again
    key = f"{announcement}:{alice.id}"
    mine = upserts(alice.everything(), "acknowledgement")
    assert [a["id"] for a in mine] == [key]  # the second ack changed nothing
    assert mine[0]["member_name"] == "Alice Martin"
    assert [a["id"] for a in upserts(anna.everything(), "acknowledgement")] == [key]
    assert upserts(net.device(net.org.bob).everything(), "acknowledgement") == []


def test_a_reminder_says_how_many_have_not_acknowledged_and_is_stamped(net: Net) -> None:
    anna, alice, bob = (net.device(a) for a in (net.anna, net.org.alice, net.org.bob))
    announcement, _ = anna.announce(None, ack_required=True)
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    # Everyone but anna herself: alice, bob, sara, carl; alice has acknowledged.
    result = applied(anna.send("announcement.remind", {"announcement_id": announcement}))
    assert result.result == {"pending": 3}
    net.kit.set_active(net.carl, False)  # who has left the organisation is not waited for
    assert anna.send("announcement.remind", {"announcement_id": announcement}).result == {
        "pending": 2
    }
    row = latest(bob.everything(), "announcement")[announcement]
    assert row["reminded_at"] is not None


def test_a_committee_reminder_counts_the_committees_members_only(net: Net) -> None:
    sara, alice = net.device(net.org.sara), net.device(net.org.alice)
    announcement, _ = sara.announce(net.org.committee_a.id, ack_required=True)
    result = applied(sara.send("announcement.remind", {"announcement_id": announcement}))
    assert result.result == {"pending": 2}  # alice and carl
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    assert sara.send("announcement.remind", {"announcement_id": announcement}).result == {
        "pending": 1
    }


def test_only_the_author_or_the_secretariat_may_remind_and_only_when_ack_was_asked(
    net: Net,
) -> None:
    anna, alice, sara = (net.device(a) for a in (net.anna, net.org.alice, net.org.sara))
    asks, _ = anna.announce(None, ack_required=True)
    refused(alice.send("announcement.remind", {"announcement_id": asks}), "forbidden")
    applied(sara.send("announcement.remind", {"announcement_id": asks}))
    plain, _ = anna.announce(None)
    refused(anna.send("announcement.remind", {"announcement_id": plain}), "no_ack_requested")
    assert latest(alice.everything(), "announcement")[plain]["reminded_at"] is None


def test_an_acknowledgement_of_an_announcement_with_a_uuid_id_reaches_the_apps(net: Net) -> None:
    """Its id ``<announcement id>:<member id>`` is longer than an ordinary id (65 characters
    and more): the pull carries it all the same."""
    anna, alice = net.device(net.anna), net.device(net.org.alice)
    announcement = uuid.uuid4().hex
    data = {
        "announcement_id": announcement,
        "title": "Note",
        "body": "À lire.",
        "ack_required": True,
    }
    applied(anna.send("announcement.post", data))
    applied(alice.send("announcement.ack", {"announcement_id": announcement}))
    key = f"{announcement}:{alice.id}"
    assert len(key) > 64
    assert set(latest(anna.everything(), "acknowledgement")) == {key}
