"""A member's reading position and choices follow them from one device to another (two
profiles of the same member, real server, real caches, real sync engines)."""

from __future__ import annotations

from desktop.core.conversations import Conversations
from desktop.core.notifications import Notifications
from protocol.models import MutationKind
from tests.integration.conftest import Desktop, MakeDesktop
from tests.serverkit import SmallOrg


def _unread(desktop: Desktop, channel_id: str = "org") -> int:
    found = Conversations(desktop.store).channel(channel_id)
    assert found is not None
    return found.unread


def test_unread_state_follows_the_member_from_one_device_to_the_other(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    bob = make_desktop("bob")
    bob.sign_in(org.bob)
    laptop, office = make_desktop("alice-laptop"), make_desktop("alice-office")
    for desktop in (laptop, office):
        desktop.sign_in(org.alice)
        desktop.engine.sync()
    bob_talk = Conversations(bob.store)
    for n in range(3):
        bob_talk.post("org", f"Point n°{n + 1} de l'ordre du jour")
    bob.engine.sync()

    laptop.engine.sync()
    office.engine.sync()
    assert _unread(laptop) == _unread(office) == 3

    Conversations(laptop.store).mark_read("org")
    assert _unread(laptop) == 0  # at once, before any sync
    laptop.engine.sync()
    office.engine.sync()
    assert _unread(office) == 0
    Conversations(office.store).mark_read("org")  # already there: nothing to send
    assert not [e for e in office.store.outbox() if e.kind == MutationKind.READ_CHANNEL]

    bob_talk.post("org", "Un point de plus")
    bob.engine.sync()
    office.engine.sync()
    laptop.engine.sync()
    assert _unread(office) == _unread(laptop) == 1
    assert Conversations(office.store).channel("org").last_read_number == 3  # type: ignore[union-attr]


def test_a_mute_and_the_notification_choice_follow_the_member_too(
    org: SmallOrg, make_desktop: MakeDesktop
) -> None:
    laptop, office = make_desktop("alice-laptop"), make_desktop("alice-office")
    for desktop in (laptop, office):
        desktop.sign_in(org.alice)
        desktop.engine.sync()

    Conversations(laptop.store).set_muted("org", True)
    Notifications(laptop.store).set_preferences("digest", 7)
    laptop.engine.sync()
    office.engine.sync()

    assert Conversations(office.store).channel("org").muted  # type: ignore[union-attr]
    prefs = Notifications(office.store).preferences()
    assert (prefs.notify, prefs.digest_hour) == ("digest", 7)
