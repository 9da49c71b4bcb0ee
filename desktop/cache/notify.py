"""Local notifications, made from the changes a sync applies (table ``notifications``).

Called by the store inside the write transaction of a page: ``Notifier.observe`` looks at a
change BEFORE it is applied (to know what is new: a message the cache did not hold, a status
that moved, a new reminder) and ``Notifier.record`` writes what it found. Never synced: a reset
page keeps them, another member's sign-in deletes them (``clear``).

The rules (docs/NETWORK.md): a new message mentioning me or a committee of mine (``mention``);
a new message in a direct conversation (``direct``); in both cases not mine, not in a muted
channel, not already read (another device), and not older than ``MESSAGE_MAX_AGE`` (a committee
just joined replays its history: that is no news). A new announcement asking an acknowledgement
I have not given, or a new reminder of one (``announcement``). A status change of an idea I
wrote or support (``idea_status``). Nothing during a first sync or after a reset page: the store
passes no notifier then.

A notification goes with what it tells of: a message deleted (its tombstone), a conversation,
idea or announcement deleted, a committee left (``forget``).

Targets are ``quorum://`` links: ``quorum://message/<id>`` (the app opens its channel there),
``quorum://announcement/<id>``, ``quorum://idea/<id>``; the daily digest
``quorum://notifications``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.cache import accounts as _accounts
from desktop.cache.codec import from_text, payload, to_text
from desktop.cache.database import Connection
from desktop.cache.network_records import Notification
from protocol.models import Change, Kind, Op
from protocol.network import (
    DIRECT_PREFIX,
    AnnouncementData,
    ConversationData,
    IdeaData,
    MessageData,
)

MENTION, DIRECT, ANNOUNCEMENT, IDEA_STATUS, DIGEST = (
    "mention",
    "direct",
    "announcement",
    "idea_status",
    "digest",
)
#: A message posted longer ago than this before the page is history, not news.
MESSAGE_MAX_AGE = timedelta(days=3)
EXCERPT_LENGTH = 160
DIGEST_TARGET = "quorum://notifications"

_COLUMNS = "id, kind, title, text, target, created_at, read"


@dataclass(frozen=True)
class Note:
    kind: str
    title: str
    text: str
    target: str


class Notifier:
    """What one page's changes mean for the signed-in member."""

    def __init__(self, conn: Connection, now: datetime) -> None:
        self._conn = conn
        self._now = now
        account = _accounts.read(conn)
        self._me = account.member_id if account else ""
        self._org_name = account.organisation_name if account else ""

    def observe(self, change: Change) -> Note | None:
        """What ``change`` (not yet applied) is worth telling; None when nothing."""
        if not self._me or change.op is Op.DELETE:
            return None
        if change.kind == Kind.MESSAGE:
            return self._message(payload(change, MessageData))
        if change.kind == Kind.ANNOUNCEMENT:
            return self._announcement(payload(change, AnnouncementData))
        if change.kind == Kind.IDEA:
            return self._idea(payload(change, IdeaData))
        return None

    def record(self, note: Note) -> None:
        add(self._conn, note, self._now)

    # --- the rules ---------------------------------------------------------------------------

    def _message(self, data: MessageData) -> Note | None:
        if data.author_id == self._me or data.deleted_at is not None:
            return None
        if self._exists("messages", data.id) or self._now - data.posted_at > MESSAGE_MAX_AGE:
            return None
        state = self._conn.execute(
            "SELECT last_read_number, muted FROM channel_state WHERE id = ?", (data.channel_id,)
        ).fetchone()
        if state is not None and (state[1] or data.number <= state[0]):
            return None
        direct = data.channel_id.startswith(DIRECT_PREFIX)
        if self._me in data.mention_member_ids or self._mine(data.mention_committee_ids):
            kind = MENTION
        elif direct:
            kind = DIRECT
        else:
            return None
        return self._message_note(kind, data)

    def _message_note(self, kind: str, data: MessageData) -> Note:
        where = self._channel_title(data.channel_id, data.author_id)
        title = data.author_name if not where else f"{data.author_name} · {where}"
        return Note(kind, title, excerpt(data.body), f"quorum://message/{data.id}")

    def _announcement(self, data: AnnouncementData) -> Note | None:
        if not data.ack_required or data.author_id == self._me:
            return None
        if self._exists("acknowledgements", f"{data.id}:{self._me}"):
            return None
        row = self._conn.execute(
            "SELECT data FROM announcements WHERE id = ?", (data.id,)
        ).fetchone()
        if row is not None:
            before = AnnouncementData.model_validate_json(row[0])
            if data.reminded_at is None or before.reminded_at == data.reminded_at:
                return None
        return self._announcement_note(data)

    def _announcement_note(self, data: AnnouncementData) -> Note:
        return Note(
            ANNOUNCEMENT, data.title, excerpt(data.body), f"quorum://announcement/{data.id}"
        )

    def _idea(self, data: IdeaData) -> Note | None:
        if data.author_id != self._me and self._me not in data.supporter_ids:
            return None
        row = self._conn.execute("SELECT status FROM ideas WHERE id = ?", (data.id,)).fetchone()
        if row is None or row[0] == str(data.status):
            return None
        return Note(IDEA_STATUS, data.title, excerpt(data.answer), f"quorum://idea/{data.id}")

    # --- helpers -----------------------------------------------------------------------------

    def _exists(self, table: str, row_id: str) -> bool:
        found = self._conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return found is not None

    def _mine(self, committee_ids: list[str]) -> bool:
        if not committee_ids:
            return False
        marks = ", ".join("?" for _ in committee_ids)
        row = self._conn.execute(
            f"SELECT 1 FROM membership WHERE member_id = ? AND committee_id IN ({marks})",
            (self._me, *committee_ids),
        ).fetchone()
        return row is not None

    def _channel_title(self, channel_id: str, author_id: str) -> str:
        kind, _, rest = channel_id.partition(":")
        if kind == "committee":
            row = self._conn.execute("SELECT name FROM committee WHERE id = ?", (rest,)).fetchone()
            return "" if row is None else str(row[0])
        if kind == "direct":
            row = self._conn.execute(
                "SELECT data FROM conversations WHERE id = ?", (rest,)
            ).fetchone()
            if row is None:
                return ""
            conversation = ConversationData.model_validate_json(row[0])
            others = [m for m in conversation.member_ids if m not in (self._me, author_id)]
            return conversation.title if conversation.title or not others else ""
        return self._org_name


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"(^|\s)(#{1,6}|>|[-*+]|\d+\.)\s+|[*_`~]+", re.MULTILINE)


def excerpt(markdown: str, limit: int = EXCERPT_LENGTH) -> str:
    """A plain-text excerpt of Markdown: links keep their words, markup goes, one line."""
    text = _LINK.sub(r"\1", markdown)
    text = _MARKUP.sub(lambda m: m.group(1) or "", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def after_catch_up(conn: Connection, now: datetime) -> int:
    """A first sync brings history, not news; but what still waits for the member is listed:
    each unread message that mentions them or a committee of theirs (channel not muted), each
    announcement waiting for their acknowledgement. Listed as already shown (no desktop
    notification for them) and only when the list is empty (a reset page keeps the list).
    Returns how many were listed."""
    notifier = Notifier(conn, now)
    if not notifier._me or conn.execute("SELECT 1 FROM notifications LIMIT 1").fetchone():
        return 0
    found: list[tuple[str, Note]] = []
    rows = conn.execute(
        "SELECT m.data FROM messages m LEFT JOIN channel_state s ON s.id = m.channel_id "
        "WHERE m.deleted = 0 AND m.author_id != ? AND m.mentions != '' "
        "AND COALESCE(s.muted, 0) = 0 AND m.number > COALESCE(s.last_read_number, 0)",
        (notifier._me,),
    )
    for (text,) in rows.fetchall():
        data = MessageData.model_validate_json(text)
        if notifier._me in data.mention_member_ids or notifier._mine(data.mention_committee_ids):
            found.append((to_text(data.posted_at), notifier._message_note(MENTION, data)))
    rows = conn.execute(
        "SELECT a.data FROM announcements a WHERE a.ack_required = 1 AND a.author_id != ? "
        "AND NOT EXISTS (SELECT 1 FROM acknowledgements k "
        "WHERE k.announcement_id = a.id AND k.member_id = ?)",
        (notifier._me, notifier._me),
    )
    for (text,) in rows.fetchall():
        announcement = AnnouncementData.model_validate_json(text)
        found.append((to_text(announcement.posted_at), notifier._announcement_note(announcement)))
    for when, note in sorted(found, key=lambda item: item[0]):
        add(conn, note, from_text(when), shown=True)
    return len(found)


# --- the table -------------------------------------------------------------------------------


def notifications(conn: Connection, limit: int) -> list[Notification]:
    """Newest first."""
    found = conn.execute(
        f"SELECT {_COLUMNS} FROM notifications ORDER BY id DESC LIMIT ?", (max(0, limit),)
    ).fetchall()
    return [_notification(row) for row in found]


def not_shown(conn: Connection) -> list[Notification]:
    """Not yet shown on the desktop, oldest first."""
    found = conn.execute(
        f"SELECT {_COLUMNS} FROM notifications WHERE shown = 0 ORDER BY id"
    ).fetchall()
    return [_notification(row) for row in found]


def add(conn: Connection, note: Note, created_at: datetime, *, shown: bool = False) -> int:
    cursor = conn.execute(
        "INSERT INTO notifications (kind, title, text, target, created_at, shown) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (note.kind, note.title, note.text, note.target, to_text(created_at), int(shown)),
    )
    return int(cursor.lastrowid)


def forget(conn: Connection, table: str, where: str, params: tuple[str, ...]) -> None:
    """Drop the notifications of the rows of ``table`` (``messages``, ``announcements`` or
    ``ideas``) that ``where`` selects: a deleted message, a committee left. Their excerpts must
    not outlive what the member may still read."""
    kind = _TARGETS[table]
    conn.execute(
        f"DELETE FROM notifications WHERE target IN "
        f"(SELECT 'quorum://{kind}/' || id FROM {table} WHERE {where})",
        params,
    )


_TARGETS = {"messages": "message", "announcements": "announcement", "ideas": "idea"}


def clear(conn: Connection) -> None:
    """Another member signs in: nothing of the previous one's notifications stays."""
    conn.execute("DELETE FROM notifications")


def _notification(row: tuple[Any, ...]) -> Notification:
    id_, kind, title, text, target, created_at, read = row
    return Notification(
        id=int(id_),
        kind=kind,
        title=title,
        text=text,
        target=target,
        created_at=from_text(created_at),
        read=bool(read),
    )
