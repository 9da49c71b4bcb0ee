"""The committee network's half of the cache store: channels, messages, ideas, announcements,
notifications and preferences.

A mixin of ``desktop.cache.store.CacheStore`` (it shares its connection, lock and write
transactions), like ``voting_store``. The reading is in ``network_messages`` and
``network_board`` (the outbox merged in, see ``network_pending``); the notifications table in
``notify``. Every write goes through the outbox; the read point of a channel is also moved here
at once, so unread counts drop before the server hears of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from desktop.cache import motions as _motions
from desktop.cache import network_board as _board
from desktop.cache import network_messages as _messages
from desktop.cache import notify as _notify
from desktop.cache import outbox as _outbox
from desktop.cache.codec import upsert
from desktop.cache.database import Connection
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
from desktop.cache.records import OutboxEntry
from protocol.models import MutationKind
from protocol.network import ChannelReadData, ChannelStateData, PreferencesData


class NetworkQueries:
    """What the network use cases read and write in the cache. Thread-safe like the store."""

    _lock: AbstractContextManager[Any]

    def _db(self) -> Connection:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    # --- channels and messages ---------------------------------------------------------------

    def channels(self) -> list[Channel]:
        """``org``, my committees (board first), then direct conversations, latest first."""
        with self._lock:
            return _messages.channels(self._db())

    def holds_channel(self, channel_id: str) -> bool:
        """Whether I may use the channel, as far as the cache knows."""
        with self._lock:
            return _messages.holds(self._db(), channel_id)

    def channel_messages(self, channel_id: str, *, top_level: bool = True) -> list[Message]:
        """Synced messages by number, then mine not yet back, in the order written."""
        with self._lock:
            return _messages.messages(self._db(), channel_id=channel_id, top_level=top_level)

    def thread_messages(self, root_id: str) -> list[Message]:
        with self._lock:
            return _messages.messages(self._db(), root_id=root_id)

    def find_message(self, message_id: str) -> Message | None:
        with self._lock:
            found = _messages.messages(self._db(), message_id=message_id)
        return found[0] if found else None

    def last_message_number(self, channel_id: str) -> int:
        with self._lock:
            return _messages.last_number(self._db(), channel_id)

    def conversation_with(self, member_ids: Sequence[str]) -> str | None:
        """The conversation with exactly these people (and me), if the cache has one."""
        with self._lock:
            return _messages.conversation_with(self._db(), list(member_ids))

    def people(self) -> list[Person]:
        """Members of the organisation but me, by name."""
        with self._lock:
            conn = self._db()
            myself = _messages.me(conn)
            rows = conn.execute("SELECT id, name, title FROM member").fetchall()
        found = [
            Person(id=str(i), name=str(n), title=str(t))
            for i, n, t in rows
            if myself is None or i != myself.id
        ]
        found.sort(key=lambda p: (p.name.casefold(), p.id))
        return found

    def my_committee_role(self, committee_id: str) -> str | None:
        with self._lock:
            conn = self._db()
            myself = _messages.me(conn)
            if myself is None:
                return None
            row = conn.execute(
                "SELECT role FROM membership WHERE committee_id = ? AND member_id = ?",
                (committee_id, myself.id),
            ).fetchone()
        return None if row is None else str(row[0])

    def mark_channel_read(self, channel_id: str, number: int) -> bool:
        """Move my read point forward to ``number`` here at once and queue ``channel.read``, in
        ONE transaction. False, and nothing queued, when it would not move forward."""
        with self._write() as conn:
            read, muted = _messages.read_point(conn, _messages.overlay(conn), channel_id)
            if number <= read:
                return False
            state = ChannelStateData(id=channel_id, last_read_number=number, muted=muted)
            row = {
                "id": channel_id,
                "last_read_number": number,
                "muted": int(muted),
                "data": state.model_dump_json(),
            }
            upsert(conn, "channel_state", row)
            data = ChannelReadData(channel_id=channel_id, number=number)
            _outbox.add(conn, str(MutationKind.READ_CHANNEL), data.model_dump())
        return True

    # --- ideas and announcements -------------------------------------------------------------

    def ideas(self) -> list[Idea]:
        with self._lock:
            return _board.ideas(self._db())

    def find_idea(self, idea_id: str) -> Idea | None:
        with self._lock:
            found = _board.ideas(self._db(), idea_id)
        return found[0] if found else None

    def idea_comments(self, idea_id: str) -> list[IdeaComment]:
        with self._lock:
            return _board.comments(self._db(), idea_id)

    def announcements(self) -> list[Announcement]:
        with self._lock:
            return _board.announcements(self._db())

    def find_announcement(self, announcement_id: str) -> Announcement | None:
        with self._lock:
            found = _board.announcements(self._db(), announcement_id)
        return found[0] if found else None

    def acknowledgement_statuses(self, announcement_id: str) -> list[AckStatus]:
        with self._lock:
            conn = self._db()
            found = _board.announcements(conn, announcement_id)
            return _board.acknowledgements(conn, found[0]) if found else []

    # --- the outbox ----------------------------------------------------------------------------

    def queue(self, kind: MutationKind, data: Mapping[str, Any]) -> OutboxEntry:
        """Queue a network mutation (committed before this returns)."""
        with self._write() as conn:
            return _outbox.add(conn, str(kind), data)

    def discard(self, seq: int) -> bool:
        """Drop a refused entry (a ballot's record with it); False when ``seq`` is not one."""
        with self._write() as conn:
            dropped = _outbox.discard(conn, seq)
            if dropped:
                _motions.drop_ballot(conn, seq)
            return dropped

    # --- notifications and preferences -------------------------------------------------------

    def notifications(self, limit: int = 200) -> list[Notification]:
        with self._lock:
            return _notify.notifications(self._db(), limit)

    def notifications_unread(self) -> int:
        with self._lock:
            row = self._db().execute("SELECT count(*) FROM notifications WHERE read = 0")
            return int(row.fetchone()[0])

    def mark_notifications_read(self, notification_id: int | None = None) -> None:
        """Mark one notification read (all when None)."""
        with self._write() as conn:
            if notification_id is None:
                conn.execute("UPDATE notifications SET read = 1 WHERE read = 0")
            else:
                conn.execute("UPDATE notifications SET read = 1 WHERE id = ?", (notification_id,))

    def notifications_not_shown(self) -> list[Notification]:
        """Not yet shown on the desktop, oldest first."""
        with self._lock:
            return _notify.not_shown(self._db())

    def mark_notifications_shown(self, ids: Sequence[int], digest_day: str | None = None) -> None:
        """Mark these shown on the desktop (and remember the day of a digest, if one was)."""
        with self._write() as conn:
            conn.executemany("UPDATE notifications SET shown = 1 WHERE id = ?", [(i,) for i in ids])
            if digest_day is not None:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('digest_day', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (digest_day,),
                )

    def last_digest_day(self) -> str | None:
        """The local day (ISO date) of the last desktop digest."""
        with self._lock:
            row = self._db().execute("SELECT value FROM meta WHERE key = 'digest_day'")
            found = row.fetchone()
        return None if found is None else str(found[0])

    def preferences(self) -> Preferences:
        """My notification choices: the synced ones, or the last ones queued here."""
        with self._lock:
            conn = self._db()
            row = conn.execute("SELECT data FROM preferences WHERE id = 'me'").fetchone()
            queued = _messages.overlay(conn).preferences
        data = PreferencesData() if row is None else PreferencesData.model_validate_json(row[0])
        if queued is not None:
            data = PreferencesData.model_validate({**data.model_dump(), **queued, "id": "me"})
        return Preferences(notify=str(data.notify), digest_hour=data.digest_hour)


def local_day(moment: datetime) -> str:
    """The member's local calendar day of ``moment`` (ISO date)."""
    return moment.astimezone().date().isoformat()
