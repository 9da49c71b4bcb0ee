"""The committee network in the cache: applying the server's changes of the network kinds.

Called by ``desktop.cache.changes`` inside the store's write transaction; nothing here commits.
Each synced row keeps the server's payload whole as JSON (``data``), with the columns the app
filters or sorts on copied out. The queries are in ``desktop.cache.network_store``.

Channels are not stored: a message names its channel (``org``, ``committee:<id>``,
``direct:<id>``). Deleting a committee deletes everything with its id
(``delete_committee_content``); deleting a conversation deletes its messages. The local
notifications of what goes (and of a message that becomes a tombstone) go with it.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.cache import notify as _notify
from desktop.cache.codec import deleter, payload, to_text, upsert
from desktop.cache.database import Connection
from protocol.models import Change, Kind
from protocol.network import (
    AcknowledgementData,
    AnnouncementData,
    ChannelStateData,
    ConversationData,
    IdeaCommentData,
    IdeaData,
    MessageData,
    PreferencesData,
    committee_channel,
    direct_channel,
)

#: The synced tables of this module (wiped with the others on a reset page).
SYNCED_TABLES = (
    "conversations",
    "messages",
    "channel_state",
    "preferences",
    "ideas",
    "idea_comments",
    "announcements",
    "acknowledgements",
)


def member_key(member_ids: list[str] | tuple[str, ...]) -> str:
    """The same text for the same set of people, whatever their order."""
    return ",".join(sorted(set(member_ids)))


def mention_tokens(member_ids: list[str], committee_ids: list[str]) -> str:
    """The ``mentions`` column: ``,member:ID,committee:ID,`` (each token fenced by commas)."""
    tokens = [f"member:{m}" for m in member_ids] + [f"committee:{c}" for c in committee_ids]
    return f",{','.join(tokens)}," if tokens else ""


# --- upserts -----------------------------------------------------------------------------------


def _upsert_conversation(conn: Connection, change: Change) -> None:
    data = payload(change, ConversationData)
    row = {
        "id": data.id,
        "member_key": member_key(data.member_ids),
        "started_at": to_text(data.started_at),
        "data": data.model_dump_json(),
    }
    upsert(conn, "conversations", row)


def _upsert_message(conn: Connection, change: Change) -> None:
    data = payload(change, MessageData)
    row = {
        "id": data.id,
        "channel_id": data.channel_id,
        "number": data.number,
        "thread_root_id": data.thread_root_id,
        "author_id": data.author_id,
        "posted_at": to_text(data.posted_at),
        "deleted": int(data.deleted_at is not None),
        "pinned": int(data.pinned_at is not None),
        "mentions": mention_tokens(data.mention_member_ids, data.mention_committee_ids),
        "data": data.model_dump_json(),
    }
    upsert(conn, "messages", row)
    if data.deleted_at is not None:
        _notify.forget(conn, "messages", "id = ?", (data.id,))


def _upsert_channel_state(conn: Connection, change: Change) -> None:
    data = payload(change, ChannelStateData)
    row = {
        "id": data.id,
        "last_read_number": data.last_read_number,
        "muted": int(data.muted),
        "data": data.model_dump_json(),
    }
    upsert(conn, "channel_state", row)


def _upsert_preferences(conn: Connection, change: Change) -> None:
    data = payload(change, PreferencesData)
    upsert(conn, "preferences", {"id": data.id, "data": data.model_dump_json()})


def _upsert_idea(conn: Connection, change: Change) -> None:
    data = payload(change, IdeaData)
    row = {
        "id": data.id,
        "committee_id": data.committee_id,
        "status": str(data.status),
        "author_id": data.author_id,
        "submitted_at": to_text(data.submitted_at),
        "support_count": len(data.supporter_ids),
        "data": data.model_dump_json(),
    }
    upsert(conn, "ideas", row)


def _upsert_idea_comment(conn: Connection, change: Change) -> None:
    data = payload(change, IdeaCommentData)
    row = {
        "id": data.id,
        "idea_id": data.idea_id,
        "posted_at": to_text(data.posted_at),
        "data": data.model_dump_json(),
    }
    upsert(conn, "idea_comments", row)


def _upsert_announcement(conn: Connection, change: Change) -> None:
    data = payload(change, AnnouncementData)
    row = {
        "id": data.id,
        "committee_id": data.committee_id,
        "author_id": data.author_id,
        "posted_at": to_text(data.posted_at),
        "ack_required": int(data.ack_required),
        "data": data.model_dump_json(),
    }
    upsert(conn, "announcements", row)


def _upsert_acknowledgement(conn: Connection, change: Change) -> None:
    data = payload(change, AcknowledgementData)
    row = {
        "id": data.id,
        "announcement_id": data.announcement_id,
        "member_id": data.member_id,
        "data": data.model_dump_json(),
    }
    upsert(conn, "acknowledgements", row)


# --- deletes -----------------------------------------------------------------------------------


def _delete_conversation(conn: Connection, conversation_id: str) -> None:
    channel = direct_channel(conversation_id)
    _notify.forget(conn, "messages", "channel_id = ?", (channel,))
    conn.execute("DELETE FROM messages WHERE channel_id = ?", (channel,))
    conn.execute("DELETE FROM channel_state WHERE id = ?", (channel,))
    conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))


def _delete_message(conn: Connection, message_id: str) -> None:
    _notify.forget(conn, "messages", "id = ?", (message_id,))
    conn.execute("DELETE FROM messages WHERE id = ?", (message_id,))


def _delete_idea(conn: Connection, idea_id: str) -> None:
    _notify.forget(conn, "ideas", "id = ?", (idea_id,))
    conn.execute("DELETE FROM idea_comments WHERE idea_id = ?", (idea_id,))
    conn.execute("DELETE FROM ideas WHERE id = ?", (idea_id,))


def _delete_announcement(conn: Connection, announcement_id: str) -> None:
    _notify.forget(conn, "announcements", "id = ?", (announcement_id,))
    conn.execute("DELETE FROM acknowledgements WHERE announcement_id = ?", (announcement_id,))
    conn.execute("DELETE FROM announcements WHERE id = ?", (announcement_id,))


def delete_committee_content(conn: Connection, committee_id: str) -> None:
    """The member left (or lost sight of) a committee: its channel's messages and state, its
    ideas and their comments, its announcements and their acknowledgements go, and the
    notifications that quoted them."""
    channel = committee_channel(committee_id)
    _notify.forget(conn, "messages", "channel_id = ?", (channel,))
    _notify.forget(conn, "ideas", "committee_id = ?", (committee_id,))
    _notify.forget(conn, "announcements", "committee_id = ?", (committee_id,))
    conn.execute("DELETE FROM messages WHERE channel_id = ?", (channel,))
    conn.execute("DELETE FROM channel_state WHERE id = ?", (channel,))
    conn.execute(
        "DELETE FROM idea_comments WHERE idea_id IN (SELECT id FROM ideas WHERE committee_id = ?)",
        (committee_id,),
    )
    conn.execute("DELETE FROM ideas WHERE committee_id = ?", (committee_id,))
    conn.execute(
        "DELETE FROM acknowledgements WHERE announcement_id IN "
        "(SELECT id FROM announcements WHERE committee_id = ?)",
        (committee_id,),
    )
    conn.execute("DELETE FROM announcements WHERE committee_id = ?", (committee_id,))


UPSERTERS: dict[Kind, Callable[[Connection, Change], None]] = {
    Kind.CONVERSATION: _upsert_conversation,
    Kind.MESSAGE: _upsert_message,
    Kind.CHANNEL_STATE: _upsert_channel_state,
    Kind.PREFERENCES: _upsert_preferences,
    Kind.IDEA: _upsert_idea,
    Kind.IDEA_COMMENT: _upsert_idea_comment,
    Kind.ANNOUNCEMENT: _upsert_announcement,
    Kind.ACKNOWLEDGEMENT: _upsert_acknowledgement,
}

DELETERS: dict[Kind, Callable[[Connection, str], None]] = {
    Kind.CONVERSATION: _delete_conversation,
    Kind.MESSAGE: _delete_message,
    Kind.CHANNEL_STATE: deleter("channel_state"),
    Kind.PREFERENCES: deleter("preferences"),
    Kind.IDEA: _delete_idea,
    Kind.IDEA_COMMENT: deleter("idea_comments"),
    Kind.ANNOUNCEMENT: _delete_announcement,
    Kind.ACKNOWLEDGEMENT: deleter("acknowledgements"),
}
