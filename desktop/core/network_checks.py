"""What the committee network's use cases share: the store they need, the checks of what the
member typed, and new ids.

The error codes (``NetworkError.code``) the UI puts in words: ``empty``, ``too_long``,
``channel_not_found``, ``message_not_found``, ``idea_not_found``, ``announcement_not_found``,
``no_members``, ``too_many_members``, ``invalid_value``, ``not_in_committee``,
``not_signed_in``, ``outbox_not_found``, and the ``protocol.errors.NetworkErrorCode`` values
checked here before the server would (``not_author``, ``message_deleted``, ``thread_invalid``,
``own_idea``, ``already_supported``, ``not_moderator``, ``not_announcer``,
``no_ack_requested``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from desktop.cache.network_records import (
    AckStatus,
    Announcement,
    Channel,
    Idea,
    IdeaComment,
    Message,
    Notification,
    Person,
    Preferences,
)
from desktop.cache.records import Account, Committee, OutboxEntry
from desktop.core.network_api import NetworkError
from protocol.models import MutationKind

EMPTY = "empty"
TOO_LONG = "too_long"
INVALID_VALUE = "invalid_value"
NOT_SIGNED_IN = "not_signed_in"


class NetworkStore(Protocol):
    """What the network use cases need from the cache (``desktop.cache.store.CacheStore``)."""

    def account(self) -> Account | None: ...

    def committees(self) -> list[Committee]: ...

    def channels(self) -> list[Channel]: ...

    def holds_channel(self, channel_id: str) -> bool: ...

    def channel_messages(self, channel_id: str, *, top_level: bool = True) -> list[Message]: ...

    def thread_messages(self, root_id: str) -> list[Message]: ...

    def find_message(self, message_id: str) -> Message | None: ...

    def last_message_number(self, channel_id: str) -> int: ...

    def conversation_with(self, member_ids: Sequence[str]) -> str | None: ...

    def people(self) -> list[Person]: ...

    def my_committee_role(self, committee_id: str) -> str | None: ...

    def mark_channel_read(self, channel_id: str, number: int) -> bool: ...

    def ideas(self) -> list[Idea]: ...

    def find_idea(self, idea_id: str) -> Idea | None: ...

    def idea_comments(self, idea_id: str) -> list[IdeaComment]: ...

    def announcements(self) -> list[Announcement]: ...

    def find_announcement(self, announcement_id: str) -> Announcement | None: ...

    def acknowledgement_statuses(self, announcement_id: str) -> list[AckStatus]: ...

    def queue(self, kind: MutationKind, data: Mapping[str, Any]) -> OutboxEntry: ...

    def retry(self, seq: int) -> OutboxEntry | None: ...

    def discard(self, seq: int) -> bool: ...

    def notifications(self, limit: int = 200) -> list[Notification]: ...

    def notifications_unread(self) -> int: ...

    def mark_notifications_read(self, notification_id: int | None = None) -> None: ...

    def notifications_not_shown(self) -> list[Notification]: ...

    def mark_notifications_shown(
        self, ids: Sequence[int], digest_day: str | None = None
    ) -> None: ...

    def last_digest_day(self) -> str | None: ...

    def preferences(self) -> Preferences: ...


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


def text(value: str, limit: int) -> str:
    """The member's text, checked: not blank (``empty``), at most ``limit`` characters
    (``too_long``). Returned as typed, surrounding blank lines trimmed."""
    trimmed = value.strip("\n\r")
    if not trimmed.strip():
        raise NetworkError(EMPTY)
    if len(trimmed) > limit:
        raise NetworkError(TOO_LONG)
    return trimmed


def me(store: NetworkStore) -> Account:
    account = store.account()
    if account is None:
        raise NetworkError(NOT_SIGNED_IN)
    return account


def committee_of_mine(store: NetworkStore, committee_id: str | None) -> None:
    """None (the organisation) or a committee I belong to, else ``not_in_committee``."""
    if committee_id is not None and all(c.id != committee_id for c in store.committees()):
        raise NetworkError("not_in_committee")
