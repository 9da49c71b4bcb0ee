"""A member's read point, mute and notification choices: the same on every device of theirs,
and for them alone."""

from __future__ import annotations

import pytest

from tests.server.netkit import Net, applied, latest, make_net, upserts
from tests.serverkit import ServerKit, SmallOrg, TestClient


@pytest.fixture
def net(kit: ServerKit, org: SmallOrg, client: TestClient) -> Net:
    return make_net(kit, org, client)


def test_the_read_point_only_moves_forward_and_shows_on_a_second_device(net: Net) -> None:
    sara = net.device(net.org.sara)
    for n in range(5):
        sara.post(net.channel_a, f"Message {n}")
    laptop, desktop = net.device(net.org.alice), net.device(net.org.alice)
    applied(laptop.send("channel.read", {"channel_id": net.channel_a, "number": 3}))
    applied(laptop.send("channel.read", {"channel_id": net.channel_a, "number": 2}))  # older
    states = latest(desktop.pull(), "channel_state")
    assert states[net.channel_a]["last_read_number"] == 3
    applied(laptop.send("channel.read", {"channel_id": net.channel_a, "number": 5}))
    assert latest(desktop.pull(), "channel_state")[net.channel_a]["last_read_number"] == 5
    # An older read point from a device that was offline changes nothing (no row at all).
    laptop.pull()
    applied(desktop.send("channel.read", {"channel_id": net.channel_a, "number": 4}))
    assert upserts(laptop.pull() + desktop.pull(), "channel_state") == []


def test_the_read_point_is_clamped_to_the_channels_last_message(net: Net) -> None:
    alice = net.device(net.org.alice)
    alice.post("org", "Un")
    alice.post("org", "Deux")
    applied(alice.send("channel.read", {"channel_id": "org", "number": 1000}))
    assert latest(alice.everything(), "channel_state")["org"]["last_read_number"] == 2


def test_the_read_point_and_mute_reach_that_member_alone(net: Net) -> None:
    alice = net.device(net.org.alice)
    alice.post(net.channel_a, "Bonjour")
    applied(alice.send("channel.read", {"channel_id": net.channel_a, "number": 1}))
    applied(alice.send("channel.mute", {"channel_id": net.channel_a, "muted": True}))
    assert upserts(net.device(net.org.sara).everything(), "channel_state") == []
    state = latest(net.device(net.org.alice).everything(), "channel_state")[net.channel_a]
    assert state == {"id": net.channel_a, "last_read_number": 1, "muted": True}


def test_muting_keeps_the_read_point_and_unmuting_keeps_it_too(net: Net) -> None:
    alice = net.device(net.org.alice)
    applied(alice.send("channel.mute", {"channel_id": "org", "muted": True}))
    assert latest(alice.pull(), "channel_state")["org"] == {
        "id": "org",
        "last_read_number": 0,
        "muted": True,
    }
    alice.post("org", "Un")
    applied(alice.send("channel.read", {"channel_id": "org", "number": 1}))
    applied(alice.send("channel.mute", {"channel_id": "org", "muted": False}))
    assert latest(alice.pull(), "channel_state")["org"]["last_read_number"] == 1
    assert latest(alice.everything(), "channel_state")["org"]["muted"] is False


def test_preferences_are_the_members_own_and_follow_them_to_every_device(net: Net) -> None:
    alice = net.device(net.org.alice)
    applied(alice.send("preferences.set", {"notify": "digest", "digest_hour": 7}))
    applied(alice.send("preferences.set", {"notify": "off", "digest_hour": 19}))
    prefs = latest(net.device(net.org.alice).everything(), "preferences")
    assert prefs == {"me": {"id": "me", "notify": "off", "digest_hour": 19}}
    assert upserts(net.device(net.org.sara).everything(), "preferences") == []
    bad = alice.send("preferences.set", {"notify": "sometimes"})
    assert (bad.status, bad.code) == ("rejected", "validation_error")


def test_the_state_of_a_direct_conversation_with_a_long_id_reaches_the_apps(net: Net) -> None:
    alice, sara = net.device(net.org.alice), net.device(net.org.sara)
    conversation = "c" * 64  # the longest id an app may make
    start = {"conversation_id": conversation, "member_ids": [sara.id]}
    applied(alice.send("conversation.start", start))
    channel = f"direct:{conversation}"
    alice.post(channel, "Bonjour")
    applied(alice.send("channel.read", {"channel_id": channel, "number": 1}))
    assert latest(alice.everything(), "channel_state")[channel]["last_read_number"] == 1
