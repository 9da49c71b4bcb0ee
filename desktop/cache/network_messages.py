"""Reading channels and messages from the cache, with the outbox merged in (no Qt).

Called by ``desktop.cache.network_store`` under the store's lock. A message list is the synced
messages in number order, then the member's ``message.post`` rows not yet back from the server,
in the order written (``desktop.cache.network_pending``); pending edits, deletes and pins show at
once. Unread: a message of someone else, not deleted, numbered after the channel's read point
(the synced one, or a higher one queued on this device).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.cache import accounts as _accounts
from desktop.cache.codec import from_text
from desktop.cache.database import Connection
from desktop.cache.network import member_key
from desktop.cache.network_pending import Created, Pending, pending
from desktop.cache.network_records import SENT, Channel, Message, Revision
from protocol.models import MutationKind as K
from protocol.network import (
    COMMITTEE_PREFIX,
    DIRECT_PREFIX,
    ORGANISATION_CHANNEL,
    ConversationData,
    MessageData,
    direct_channel,
    links,
)

TABLES = {
    K.POST_MESSAGE: "messages",
    K.START_CONVERSATION: "conversations",
    K.SUBMIT_IDEA: "ideas",
    K.COMMENT_IDEA: "idea_comments",
    K.POST_ANNOUNCEMENT: "announcements",
}
_CATEGORY_ORDER = {"board": 0, "bureau": 1}


@dataclass(frozen=True)
class Me:
    """The signed-in member as the lists need them."""

    id: str
    name: str
    roles: tuple[str, ...]
    organisation_name: str
    committee_ids: frozenset[str]

    def mentioned(self, member_ids: list[str], committee_ids: list[str]) -> bool:
        return self.id in member_ids or not self.committee_ids.isdisjoint(committee_ids)

    def keeps(self, item: Created, committee_id: object) -> bool:
        """Whether to list a thing I created: always while waiting or refused; once sent and
        not yet back, only while I still belong to its committee (else it is gone for me)."""
        return item.state != SENT or committee_id is None or committee_id in self.committee_ids


def me(conn: Connection) -> Me | None:
    account = _accounts.read(conn)
    if account is None:
        return None
    rows = conn.execute(
        "SELECT committee_id FROM membership WHERE member_id = ?", (account.member_id,)
    ).fetchall()
    row = conn.execute(
        "SELECT name FROM organisation ORDER BY (id = ?) DESC, name LIMIT 1",
        (account.organisation_id,),
    ).fetchone()
    return Me(
        id=account.member_id,
        name=account.name,
        roles=account.roles,
        organisation_name=str(row[0]) if row else account.organisation_name,
        committee_ids=frozenset(str(r[0]) for r in rows),
    )


def overlay(conn: Connection) -> Pending:
    return pending(conn, TABLES)


# --- channels ----------------------------------------------------------------------------------


def conversations(conn: Connection, over: Pending, myself: Me) -> list[ConversationData]:
    """Synced conversations, then those started here and not yet back."""
    found = [
        ConversationData.model_validate_json(row[0])
        for row in conn.execute("SELECT data FROM conversations ORDER BY started_at, id")
    ]
    held = {c.id for c in found}
    for item in over.of(K.START_CONVERSATION):
        if item.id in held:
            continue
        others = [str(m) for m in item.data.get("member_ids", []) if m != myself.id]
        found.append(
            ConversationData(
                id=item.id,
                member_ids=[myself.id, *others],
                title=str(item.data.get("title", "")),
                started_by=myself.id,
                started_at=item.written_at,
            )
        )
    return found


def channels(conn: Connection) -> list[Channel]:
    """``org``, the member's committees (board, bureau, then by name), then direct
    conversations by latest activity, then any channel left with a message still to deliver."""
    myself = me(conn)
    if myself is None:
        return []
    over = overlay(conn)
    names = _member_names(conn)
    committees = conn.execute(
        "SELECT c.id, c.name, c.category FROM committee c JOIN membership m "
        "ON m.committee_id = c.id AND m.member_id = ?",
        (myself.id,),
    ).fetchall()
    committees.sort(key=lambda c: (_CATEGORY_ORDER.get(c[2], 2), str(c[1]).casefold(), c[0]))
    found = [_channel(conn, over, myself, ORGANISATION_CHANNEL, myself.organisation_name)]
    for committee_id, name, _category in committees:
        channel_id = f"{COMMITTEE_PREFIX}{committee_id}"
        found.append(_channel(conn, over, myself, channel_id, str(name), committee_id))
    direct = []
    for conversation in conversations(conn, over, myself):
        others = [m for m in conversation.member_ids if m != myself.id]
        title = conversation.title or ", ".join(names.get(m, m) for m in others)
        channel = _channel(conn, over, myself, direct_channel(conversation.id), title)
        direct.append(
            replace(
                channel,
                member_ids=tuple(conversation.member_ids),
                last_activity=channel.last_activity or conversation.started_at,
            )
        )
    direct.sort(key=lambda c: c.last_activity.timestamp() if c.last_activity else 0.0, reverse=True)
    return found + direct + _stranded(conn, over, myself, {c.id for c in found + direct})


def _stranded(conn: Connection, over: Pending, myself: Me, listed: set[str]) -> list[Channel]:
    """Channels the member no longer holds (a committee left) where a message of theirs still
    waits or was refused: listed last (title unknown: empty), so it can be read, copied or
    discarded, never lost from sight."""
    ids = [str(i.data.get("channel_id", "")) for i in over.of(K.POST_MESSAGE) if i.state != SENT]
    return [
        _channel(conn, over, myself, channel_id, "", _committee_of(channel_id))
        for channel_id in dict.fromkeys(ids)
        if channel_id not in listed
    ]


def holds(conn: Connection, channel_id: str) -> bool:
    """Whether the member may use this channel, as far as the cache knows."""
    myself = me(conn)
    if myself is None:
        return False
    if channel_id == ORGANISATION_CHANNEL:
        return True
    if channel_id.startswith(COMMITTEE_PREFIX):
        return channel_id.removeprefix(COMMITTEE_PREFIX) in myself.committee_ids
    if channel_id.startswith(DIRECT_PREFIX):
        conversation_id = channel_id.removeprefix(DIRECT_PREFIX)
        return any(c.id == conversation_id for c in conversations(conn, overlay(conn), myself))
    return False


def conversation_with(conn: Connection, member_ids: list[str]) -> str | None:
    """The conversation (synced or started here) with exactly these people, if any."""
    myself = me(conn)
    if myself is None:
        return None
    wanted = member_key([*member_ids, myself.id])
    for conversation in conversations(conn, overlay(conn), myself):
        if member_key(conversation.member_ids) == wanted:
            return conversation.id
    return None


def read_point(conn: Connection, over: Pending, channel_id: str) -> tuple[int, bool]:
    """(last read number, muted) of a channel, pending changes included."""
    row = conn.execute(
        "SELECT last_read_number, muted FROM channel_state WHERE id = ?", (channel_id,)
    ).fetchone()
    number, muted = (int(row[0]), bool(row[1])) if row else (0, False)
    return max(number, over.reads.get(channel_id, 0)), over.mutes.get(channel_id, muted)


def last_number(conn: Connection, channel_id: str) -> int:
    row = conn.execute(
        "SELECT max(number) FROM messages WHERE channel_id = ?", (channel_id,)
    ).fetchone()
    return int(row[0] or 0)


def _channel(
    conn: Connection,
    over: Pending,
    myself: Me,
    channel_id: str,
    title: str,
    committee_id: str | None = None,
) -> Channel:
    read, muted = read_point(conn, over, channel_id)
    unread = conn.execute(
        "SELECT mentions FROM messages WHERE channel_id = ? AND number > ? AND deleted = 0 "
        "AND author_id != ?",
        (channel_id, read, myself.id),
    ).fetchall()
    tokens = {f",member:{myself.id},"} | {f",committee:{c}," for c in myself.committee_ids}
    mentions = sum(1 for (text,) in unread if any(t in text for t in tokens))
    row = conn.execute(
        "SELECT max(posted_at) FROM messages WHERE channel_id = ?", (channel_id,)
    ).fetchone()
    activity = from_text(row[0]) if row and row[0] else None
    for item in over.of(K.POST_MESSAGE):
        if item.data.get("channel_id") == channel_id:
            activity = max(activity, item.written_at) if activity else item.written_at
    kind = (
        "organisation"
        if channel_id == ORGANISATION_CHANNEL
        else "committee"
        if committee_id is not None
        else "direct"
    )
    return Channel(
        id=channel_id,
        kind=kind,
        title=title,
        committee_id=committee_id,
        member_ids=(),
        unread=len(unread),
        mentions_unread=mentions,
        muted=muted,
        last_activity=activity,
        last_read_number=read,
    )


def _member_names(conn: Connection) -> dict[str, str]:
    return {str(i): str(n) for i, n in conn.execute("SELECT id, name FROM member")}


# --- messages ----------------------------------------------------------------------------------


def messages(
    conn: Connection,
    *,
    channel_id: str | None = None,
    root_id: str | None = None,
    message_id: str | None = None,
    top_level: bool = False,
) -> list[Message]:
    """Messages of a channel (``top_level``: not the replies), of a thread (root first), or one
    message, with the outbox merged in."""
    myself = me(conn)
    if myself is None:
        return []
    over = overlay(conn)
    params: tuple[str, ...]
    if message_id is not None:
        where, params = "id = ?", (message_id,)
    elif root_id is not None:
        where, params = "(id = ? OR thread_root_id = ?)", (root_id, root_id)
    else:
        where = "channel_id = ?" + (" AND thread_root_id IS NULL" if top_level else "")
        params = (str(channel_id),)
    rows = conn.execute(
        f"SELECT data FROM messages WHERE {where} ORDER BY number, id", params
    ).fetchall()
    synced = [MessageData.model_validate_json(row[0]) for row in rows]
    waiting = [
        item
        for item in over.of(K.POST_MESSAGE)
        if (message_id is None or item.id == message_id)
        and (root_id is None or item.id == root_id or item.data.get("thread_root_id") == root_id)
        and (channel_id is None or item.data.get("channel_id") == channel_id)
        and not (top_level and item.data.get("thread_root_id"))
        and myself.keeps(item, _committee_of(str(item.data.get("channel_id", ""))))
    ]
    replies = _reply_counts(conn, over)
    points: dict[str, tuple[int, bool]] = {}
    found = []
    for data in synced:
        if data.channel_id not in points:
            points[data.channel_id] = read_point(conn, over, data.channel_id)
        read = points[data.channel_id][0]
        found.append(_message(data, over, myself, replies.get(data.id, 0), read))
    for item in waiting:
        found.append(_waiting(item, over, myself, replies.get(item.id, 0)))
    if root_id is not None:  # the root first, whatever its number
        found.sort(key=lambda m: m.id != root_id)
    return found


def _committee_of(channel_id: str) -> str | None:
    if channel_id.startswith(COMMITTEE_PREFIX):
        return channel_id.removeprefix(COMMITTEE_PREFIX)
    return None


def _reply_counts(conn: Connection, over: Pending) -> dict[str, int]:
    counts = {
        str(root): int(n)
        for root, n in conn.execute(
            "SELECT thread_root_id, count(*) FROM messages WHERE thread_root_id IS NOT NULL "
            "GROUP BY thread_root_id"
        )
    }
    for item in over.of(K.POST_MESSAGE):
        root = item.data.get("thread_root_id")
        if root:
            counts[str(root)] = counts.get(str(root), 0) + 1
    return counts


def _message(data: MessageData, over: Pending, myself: Me, replies: int, read: int) -> Message:
    mine = data.author_id == myself.id
    found = Message(
        id=data.id,
        channel_id=data.channel_id,
        number=data.number,
        author_id=data.author_id,
        author_name=data.author_name,
        body=data.body,
        thread_root_id=data.thread_root_id,
        posted_at=data.posted_at,
        edited_at=data.edited_at,
        history=tuple(Revision(r.body, r.written_at) for r in data.history),
        deleted=data.deleted_at is not None,
        pinned=data.pinned_at is not None,
        pinned_by_name=data.pinned_by_name,
        mentions_me=myself.mentioned(data.mention_member_ids, data.mention_committee_ids),
        reply_count=replies,
        mine=mine,
        unread=not mine and data.deleted_at is None and data.number > read,
    )
    return _effects(found, over, myself)


def _waiting(item: Created, over: Pending, myself: Me, replies: int) -> Message:
    body = str(item.data.get("body", ""))
    found_links = links(body)
    number = int((item.result or {}).get("number", 0)) if item.state == SENT else 0
    root = item.data.get("thread_root_id")
    found = Message(
        id=item.id,
        channel_id=str(item.data.get("channel_id", "")),
        number=number,
        author_id=myself.id,
        author_name=myself.name,
        body=body,
        thread_root_id=None if root is None else str(root),
        posted_at=item.written_at,
        edited_at=None,
        history=(),
        deleted=False,
        pinned=False,
        pinned_by_name="",
        mentions_me=myself.mentioned(found_links.members, found_links.committees),
        reply_count=replies,
        mine=True,
        unread=False,
        state=item.state,
        failure_code=item.code,
        failure_message=item.message,
        outbox_seq=item.seq,
    )
    return _effects(found, over, myself)


def _effects(found: Message, over: Pending, myself: Me) -> Message:
    if found.id in over.deletes:
        return replace(found, body="", history=(), deleted=True, pinned=False, unread=False)
    if found.id in over.edits and not found.deleted:
        body, when = over.edits[found.id]
        history = (*found.history, Revision(found.body, found.edited_at or found.posted_at))
        found = replace(found, body=body, edited_at=when, history=history)
    if found.id in over.pins and not found.deleted:
        pinned = over.pins[found.id]
        found = replace(found, pinned=pinned, pinned_by_name=myself.name if pinned else "")
    return found
