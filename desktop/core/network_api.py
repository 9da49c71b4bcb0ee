"""What the UI may ask of the committee network: the public methods of the four use-case
classes, as Protocols. ``desktop/core/conversations.py``, ``ideas.py``, ``announcements.py`` and
``notifications.py`` implement them; the widgets code against these.

Every write goes through the cache's outbox (the effect shows at once, the server has the last
word at the next sync); nothing here talks to the network. Methods raise ``NetworkError`` (with a
stable ``code``) for what the member must be told: an empty text, a channel they left, ...
"""

from __future__ import annotations

from typing import Protocol

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


class NetworkError(Exception):
    """A request the member made that cannot be done; ``code`` is stable, for words."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


class ConversationsApi(Protocol):
    def channels(self) -> list[Channel]:
        """The organisation's channel, then committees (board first), then direct
        conversations by latest activity."""
        ...

    def channel(self, channel_id: str) -> Channel | None: ...

    def messages(self, channel_id: str) -> list[Message]:
        """Top-level messages in order (waiting and failed ones last, in the order written)."""
        ...

    def thread(self, root_id: str) -> list[Message]:
        """The root message, then its replies in order."""
        ...

    def pinned(self, channel_id: str) -> list[Message]: ...

    def message(self, message_id: str) -> Message | None: ...

    def people(self) -> list[Person]:
        """Members of the organisation but me, by name."""
        ...

    def post(self, channel_id: str, body: str, thread_root_id: str | None = None) -> Message: ...

    def edit(self, message_id: str, body: str) -> None: ...

    def delete(self, message_id: str) -> None: ...

    def pin(self, message_id: str, pinned: bool) -> None: ...

    def mark_read(self, channel_id: str) -> None:
        """Read up to the channel's last message (queued only when it moves forward)."""
        ...

    def set_muted(self, channel_id: str, muted: bool) -> None: ...

    def start_conversation(self, member_ids: list[str], title: str = "") -> Channel:
        """A direct conversation with these members; the existing one with exactly the same
        people is reused."""
        ...

    def retry(self, outbox_seq: int) -> None:
        """Send a refused item again (it goes back to waiting)."""
        ...

    def discard(self, outbox_seq: int) -> None:
        """Drop a refused item from the outbox (the member gives up on it)."""
        ...


class IdeaBoxApi(Protocol):
    def ideas(
        self,
        committee_id: str | None = None,
        *,
        everywhere: bool = True,
        status: str | None = None,
        sort: str = "support",
    ) -> list[Idea]:
        """Ideas of every scope (``everywhere``) or of one (``committee_id``, None = the
        organisation), optionally of one status; ``sort`` is "support" (most supported first)
        or "recent"."""
        ...

    def idea(self, idea_id: str) -> Idea | None: ...

    def comments(self, idea_id: str) -> list[IdeaComment]: ...

    def submit(self, committee_id: str | None, kind: str, title: str, body: str) -> Idea: ...

    def support(self, idea_id: str) -> None: ...

    def comment(self, idea_id: str, body: str) -> IdeaComment: ...

    def can_moderate(self, idea: Idea) -> bool:
        """May I set its status (secretariat, or chair of its committee)?"""
        ...

    def set_status(self, idea_id: str, status: str, answer: str) -> None: ...


class AnnouncementsApi(Protocol):
    def announcements(self) -> list[Announcement]:
        """Newest first; those waiting for my acknowledgement are flagged by the record."""
        ...

    def announcement(self, announcement_id: str) -> Announcement | None: ...

    def can_announce(self) -> bool: ...

    def post(
        self, committee_id: str | None, title: str, body: str, ack_required: bool
    ) -> Announcement: ...

    def acknowledge(self, announcement_id: str) -> None: ...

    def acknowledgements(self, announcement_id: str) -> list[AckStatus]:
        """For its author: everyone it is for, who has acknowledged and who has not."""
        ...

    def remind(self, announcement_id: str) -> None: ...

    def waiting_count(self) -> int:
        """Announcements asking me for an acknowledgement I have not given."""
        ...


class NotificationsApi(Protocol):
    def notifications(self, limit: int = 200) -> list[Notification]:
        """Newest first."""
        ...

    def unread_count(self) -> int: ...

    def mark_all_read(self) -> None: ...

    def mark_read(self, notification_id: int) -> None: ...

    def take_for_desktop(self) -> list[Notification]:
        """What to show as desktop notifications now, marked shown: each new one in
        "immediate" mode; one "digest" summary once a day at the digest hour in "digest" mode
        (when there is anything); nothing in "off" mode."""
        ...

    def preferences(self) -> Preferences: ...

    def set_preferences(self, notify: str, digest_hour: int) -> None: ...
