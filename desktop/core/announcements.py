"""Announcements: posted by the announcers and the secretariat to the organisation or a
committee, some asking each reader to acknowledge them.

Implements ``desktop.core.network_api.AnnouncementsApi`` over the cache; every write is an
outbox mutation whose effect shows at once (my acknowledgement, a reminder).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.cache.network_records import AckStatus, Announcement
from desktop.core.network_api import NetworkError
from desktop.core.network_checks import (
    NetworkStore,
    committee_of_mine,
    me,
    new_id,
    text,
    utc_now,
)
from protocol.errors import NetworkErrorCode
from protocol.models import ANNOUNCER_ROLES, SECRETARIAT_ROLES, MutationKind
from protocol.network import (
    MAX_BODY,
    MAX_TITLE,
    AnnouncementAckData,
    AnnouncementPostData,
    AnnouncementRemindData,
)

ANNOUNCEMENT_NOT_FOUND = "announcement_not_found"


class Announcements:
    """Announcements (``AnnouncementsApi``)."""

    def __init__(self, store: NetworkStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def announcements(self) -> list[Announcement]:
        """Newest first."""
        return self._store.announcements()

    def announcement(self, announcement_id: str) -> Announcement | None:
        return self._store.find_announcement(announcement_id)

    def can_announce(self) -> bool:
        account = self._store.account()
        return account is not None and bool(ANNOUNCER_ROLES.intersection(account.roles))

    def post(
        self, committee_id: str | None, title: str, body: str, ack_required: bool
    ) -> Announcement:
        if not self.can_announce():
            raise NetworkError(NetworkErrorCode.NOT_ANNOUNCER)
        checked_title = text(title, MAX_TITLE).strip()
        checked_body = text(body, MAX_BODY)
        committee_of_mine(self._store, committee_id)
        data = AnnouncementPostData(
            announcement_id=new_id(),
            committee_id=committee_id,
            title=checked_title,
            body=checked_body,
            ack_required=ack_required,
        )
        self._store.queue(MutationKind.POST_ANNOUNCEMENT, data.model_dump())
        found = self._store.find_announcement(data.announcement_id)
        assert found is not None
        return found

    def acknowledge(self, announcement_id: str) -> None:
        """Acknowledge (once: a second call does nothing)."""
        found = self._existing(announcement_id)
        if found.acknowledged_at is not None:
            return
        data = AnnouncementAckData(announcement_id=announcement_id)
        self._store.queue(MutationKind.ACK_ANNOUNCEMENT, data.model_dump())

    def acknowledgements(self, announcement_id: str) -> list[AckStatus]:
        """Everyone it is for, by name, with when they acknowledged (None: not yet)."""
        return self._store.acknowledgement_statuses(announcement_id)

    def remind(self, announcement_id: str) -> None:
        """Remind those who have not acknowledged (its author or the secretariat)."""
        found = self._existing(announcement_id)
        secretariat = SECRETARIAT_ROLES.intersection(me(self._store).roles)
        if not found.mine and not secretariat:
            raise NetworkError(NetworkErrorCode.NOT_AUTHOR)
        if not found.ack_required:
            raise NetworkError(NetworkErrorCode.NO_ACK_REQUESTED)
        data = AnnouncementRemindData(announcement_id=announcement_id)
        self._store.queue(MutationKind.REMIND_ANNOUNCEMENT, data.model_dump())

    def waiting_count(self) -> int:
        """Announcements asking me for an acknowledgement I have not given."""
        return sum(1 for a in self._store.announcements() if waits_for_me(a))

    def _existing(self, announcement_id: str) -> Announcement:
        found = self._store.find_announcement(announcement_id)
        if found is None:
            raise NetworkError(ANNOUNCEMENT_NOT_FOUND)
        return found


def waits_for_me(announcement: Announcement) -> bool:
    return announcement.ack_required and not announcement.mine and not announcement.acknowledged_at
