"""Notifications: the in-app list, and what goes to the desktop in each mode (immediate,
digest once a day at the member's hour, off)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.cache import CacheStore
from desktop.core.network_api import NetworkError, NotificationsApi
from desktop.core.notifications import Notifications
from protocol.models import MutationKind
from tests.desktop.conftest import NOW, page
from tests.desktop.network_builders import ME, message, preferences, synced_world


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _local(hour: int, day: int = 14) -> datetime:
    """A moment at ``hour`` local time (the digest hour is the member's local hour)."""
    return datetime(2025, 3, day, hour, 5).astimezone()


@pytest.fixture
def world(signed_in: CacheStore) -> CacheStore:
    return synced_world(signed_in)


def _mentions(store: CacheStore, *numbers: int, cursor: str) -> None:
    changes = [message(f"msg-{n}", "org", n, mentions=(ME,), body=f"n°{n}") for n in numbers]
    store.apply_page(page(*changes, cursor=cursor))


def test_immediate_mode_shows_each_new_notification_once(world: CacheStore) -> None:
    notes: NotificationsApi = Notifications(world)
    _mentions(world, 1, 2, cursor="c1")
    shown = notes.take_for_desktop()
    assert [n.text for n in shown] == ["n°1", "n°2"]
    assert notes.take_for_desktop() == []
    _mentions(world, 3, cursor="c2")
    assert [n.text for n in notes.take_for_desktop()] == ["n°3"]
    assert [n.text for n in notes.notifications()] == ["n°3", "n°2", "n°1"]
    assert notes.unread_count() == 3  # shown on the desktop is not read


def test_off_mode_shows_nothing_on_the_desktop_but_keeps_the_list(world: CacheStore) -> None:
    world.apply_page(page(preferences("off"), cursor="c1"))
    notes = Notifications(world)
    _mentions(world, 1, cursor="c2")
    assert notes.take_for_desktop() == []
    assert len(notes.notifications()) == 1
    world.apply_page(page(preferences("immediate"), cursor="c3"))
    assert notes.take_for_desktop() == []  # what "off" skipped does not come back later


def test_digest_mode_gives_one_summary_a_day_at_the_digest_hour(world: CacheStore) -> None:
    world.apply_page(page(preferences("digest", 18), cursor="c1"))
    clock = Clock(_local(9))
    notes = Notifications(world, clock)
    _mentions(world, 1, 2, 3, cursor="c2")
    assert notes.take_for_desktop() == []  # morning: not yet

    clock.now = _local(18)
    [digest] = notes.take_for_desktop()
    assert (digest.kind, digest.title, digest.target) == ("digest", "3", "quorum://notifications")
    assert digest.text.startswith("Bob Durand") and digest.text.count(";") == 2
    assert notes.take_for_desktop() == []  # once a day

    _mentions(world, 4, cursor="c3")
    clock.now = _local(23)
    assert notes.take_for_desktop() == []
    clock.now = _local(18, day=15)
    [tomorrow] = notes.take_for_desktop()
    assert tomorrow.title == "1"


def test_a_digest_day_with_nothing_new_shows_nothing(world: CacheStore) -> None:
    world.apply_page(page(preferences("digest", 8), cursor="c1"))
    notes = Notifications(world, Clock(_local(8)))
    assert notes.take_for_desktop() == []


def test_notifications_are_read_one_by_one_or_all_at_once(world: CacheStore) -> None:
    notes = Notifications(world)
    _mentions(world, 1, 2, cursor="c1")
    newest, oldest = notes.notifications()
    notes.mark_read(oldest.id)
    assert notes.unread_count() == 1 and notes.notifications()[1].read
    notes.mark_all_read()
    assert notes.unread_count() == 0


def test_preferences_are_queued_and_shown_at_once_and_checked(world: CacheStore) -> None:
    notes = Notifications(world, Clock(NOW + timedelta(hours=1)))
    assert (notes.preferences().notify, notes.preferences().digest_hour) == ("immediate", 18)
    notes.set_preferences("digest", 7)
    notes.set_preferences("digest", 7)
    assert (notes.preferences().notify, notes.preferences().digest_hour) == ("digest", 7)
    queued = [e.data for e in world.outbox() if e.kind == MutationKind.SET_PREFERENCES]
    assert queued == [{"notify": "digest", "digest_hour": 7}]
    for mode, hour in (("loud", 7), ("digest", 24)):
        with pytest.raises(NetworkError) as raised:
            notes.set_preferences(mode, hour)
        assert raised.value.code == "invalid_value"
