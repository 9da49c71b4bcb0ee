"""Notifications: the in-app list the cache makes from each sync, and what to show on the
desktop (the tray) according to the member's choice.

Implements ``desktop.core.network_api.NotificationsApi``. The notifications themselves are made
by the cache (``desktop.cache.notify``) as changes are applied; the in-app list always has them
all. The mode decides only the desktop: ``immediate`` shows each new one, ``digest`` one summary
a day at the digest hour (local time), ``off`` nothing.

A digest is a ``Notification`` of kind ``digest`` that is not stored (id 0): its ``title`` is
how many notifications it stands for (the UI puts it in words) and its ``text`` their titles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.cache.network_records import Notification, Preferences
from desktop.cache.notify import DIGEST, DIGEST_TARGET
from desktop.core.network_api import NetworkError
from desktop.core.network_checks import INVALID_VALUE, NetworkStore, utc_now
from protocol.models import MutationKind
from protocol.network import NotifyMode, PreferencesSetData

#: Titles a digest's text names at most.
DIGEST_TITLES = 5


class Notifications:
    """The member's notifications (``NotificationsApi``)."""

    def __init__(self, store: NetworkStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def notifications(self, limit: int = 200) -> list[Notification]:
        """Newest first."""
        return self._store.notifications(limit)

    def unread_count(self) -> int:
        return self._store.notifications_unread()

    def mark_all_read(self) -> None:
        self._store.mark_notifications_read()

    def mark_read(self, notification_id: int) -> None:
        self._store.mark_notifications_read(notification_id)

    def take_for_desktop(self) -> list[Notification]:
        """What to show on the desktop now; what it returns (or skips) is marked shown."""
        mode = self._store.preferences()
        fresh = self._store.notifications_not_shown()
        if mode.notify == NotifyMode.IMMEDIATE:
            self._store.mark_notifications_shown([n.id for n in fresh])
            return fresh
        if mode.notify != NotifyMode.DIGEST:  # off: the in-app list only
            self._store.mark_notifications_shown([n.id for n in fresh])
            return []
        now = self._clock().astimezone()
        today = now.date().isoformat()
        if now.hour < mode.digest_hour or self._store.last_digest_day() == today:
            return []
        self._store.mark_notifications_shown([n.id for n in fresh], digest_day=today)
        if not fresh:
            return []
        titles = [n.title for n in reversed(fresh)][:DIGEST_TITLES]
        digest = Notification(
            id=0,
            kind=DIGEST,
            title=str(len(fresh)),
            text="; ".join(titles) + ("; …" if len(fresh) > DIGEST_TITLES else ""),
            target=DIGEST_TARGET,
            created_at=self._clock(),
            read=True,
        )
        return [digest]

    def preferences(self) -> Preferences:
        return self._store.preferences()

    def set_preferences(self, notify: str, digest_hour: int) -> None:
        if notify not in NotifyMode.__members__.values() or not 0 <= digest_hour <= 23:
            raise NetworkError(INVALID_VALUE)
        current = self._store.preferences()
        if (current.notify, current.digest_hour) == (notify, digest_hour):
            return
        data = PreferencesSetData(notify=NotifyMode(notify), digest_hour=digest_hour)
        self._store.queue(MutationKind.SET_PREFERENCES, data.model_dump())
