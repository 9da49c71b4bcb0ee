"""What the server refused: every outbox entry it answered with a refusal, whatever its kind, to
see, learn why, send again or give up (no Qt).

Messages, ideas and comments show their own failure where they are written; this use case
lists them all (edits, deletes, pins, acknowledgements, supports, statuses, mutes, read
receipts, ballots, proxies...), so nothing the member did is kept out of sight. Each refused
entry becomes a :class:`RefusedItem`: what it was as a neutral key (``what``, said in words by
the UI), when it was written, the server's code and message, the member's own text when the
mutation carried one, and a ``quorum://`` link to what it was about when there is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from desktop.cache.records import OutboxEntry
from desktop.core.network_api import NetworkError
from protocol.models import MutationKind as K
from protocol.network import COMMITTEE_PREFIX

REJECTED = "rejected"
#: The code of a refused entry retried or given up already (sent, or no longer there).
OUTBOX_NOT_FOUND = "outbox_not_found"

# --- what a refused entry was (neutral keys; the UI says them in words) ---------------------

MESSAGE_POST, MESSAGE_REPLY = "message.post", "message.reply"
MESSAGE_EDIT, MESSAGE_DELETE = "message.edit", "message.delete"
MESSAGE_PIN, MESSAGE_UNPIN = "message.pin", "message.unpin"
CHANNEL_READ, CHANNEL_MUTE, CHANNEL_UNMUTE = "channel.read", "channel.mute", "channel.unmute"
CONVERSATION_START, PREFERENCES_SET = "conversation.start", "preferences.set"
IDEA_SUBMIT, REQUEST_SUBMIT = "idea.submit", "request.submit"
IDEA_SUPPORT, IDEA_COMMENT, IDEA_STATUS = "idea.support", "idea.comment", "idea.status"
ANNOUNCEMENT_POST, ANNOUNCEMENT_ACK = "announcement.post", "announcement.ack"
ANNOUNCEMENT_REMIND = "announcement.remind"
DOCUMENT_READ = "document.read"
BALLOT_CAST, BALLOT_PROXY = "ballot.cast", "ballot.proxy"
PROXY_GRANT, PROXY_REVOKE = "proxy.grant", "proxy.revoke"
ACTION_CREATE, ACTION_UPDATE, ACTION_COMMENT = "action.create", "action.update", "action.comment"
NOTE_SAVE, NOTE_DELETE = "annotation.save", "annotation.delete"
DOCUMENT_COMMENT = "document.comment"
UNKNOWN = "unknown"

#: Every key ``what`` may hold.
WHATS = frozenset(
    {
        MESSAGE_POST,
        MESSAGE_REPLY,
        MESSAGE_EDIT,
        MESSAGE_DELETE,
        MESSAGE_PIN,
        MESSAGE_UNPIN,
        CHANNEL_READ,
        CHANNEL_MUTE,
        CHANNEL_UNMUTE,
        CONVERSATION_START,
        PREFERENCES_SET,
        IDEA_SUBMIT,
        REQUEST_SUBMIT,
        IDEA_SUPPORT,
        IDEA_COMMENT,
        IDEA_STATUS,
        ANNOUNCEMENT_POST,
        ANNOUNCEMENT_ACK,
        ANNOUNCEMENT_REMIND,
        DOCUMENT_READ,
        BALLOT_CAST,
        BALLOT_PROXY,
        PROXY_GRANT,
        PROXY_REVOKE,
        ACTION_CREATE,
        ACTION_UPDATE,
        ACTION_COMMENT,
        NOTE_SAVE,
        NOTE_DELETE,
        DOCUMENT_COMMENT,
        UNKNOWN,
    }
)


@dataclass(frozen=True)
class RefusedItem:
    """One refused outbox entry. ``text`` and ``title`` are what the member wrote (a message's
    body, an idea's title and body, a status answer...), None when it carried none."""

    seq: int  # the outbox sequence number, for retry and discard
    kind: str  # the mutation kind (``protocol.models.MutationKind``)
    what: str  # one of WHATS
    written_at: datetime
    code: str
    message: str | None  # the server's own words (English), when it gave some
    text: str | None = None
    title: str | None = None
    target: str | None = None  # a quorum:// link to what it was about

    def own_words(self) -> str:
        """The member's text to copy: the title, a blank line, then the text."""
        return "\n\n".join(part for part in (self.title, self.text) if part)


class OutboxStore(Protocol):
    """What this use case needs of the cache (``desktop.cache.store.CacheStore``)."""

    def outbox(self) -> list[OutboxEntry]: ...

    def retry(self, seq: int) -> OutboxEntry | None: ...

    def discard(self, seq: int) -> bool: ...


class SendingApi(Protocol):
    """What the UI may ask about refused entries."""

    def refused(self) -> list[RefusedItem]: ...

    def retry(self, seq: int) -> None: ...

    def discard(self, seq: int) -> None: ...


class Sending:
    """The refused entries of the outbox (``SendingApi``)."""

    def __init__(self, store: OutboxStore) -> None:
        self._store = store

    def refused(self) -> list[RefusedItem]:
        """Every refused entry, newest first."""
        found = [refused_item(e) for e in self._store.outbox() if e.state == REJECTED]
        return sorted(found, key=lambda item: item.seq, reverse=True)

    def retry(self, seq: int) -> None:
        """Send it again: it goes back to waiting, under a new number (NetworkError
        ``outbox_not_found`` when it is no longer a refused entry)."""
        if self._store.retry(seq) is None:
            raise NetworkError(OUTBOX_NOT_FOUND)

    def discard(self, seq: int) -> None:
        """Give it up: it is dropped and never sent (``outbox_not_found`` as for retry)."""
        if not self._store.discard(seq):
            raise NetworkError(OUTBOX_NOT_FOUND)


def refused_item(entry: OutboxEntry) -> RefusedItem:
    data = entry.data
    what, target = _what_and_target(entry.kind, data)
    return RefusedItem(
        seq=entry.seq,
        kind=entry.kind,
        what=what,
        written_at=entry.created_at,
        code=entry.code or REJECTED,
        message=entry.message or None,
        text=_text(data, _TEXT_KEYS.get(entry.kind, "body")),
        title=_text(data, "title"),
        target=target,
    )


#: Where the member's own text is, when it is not ``body``.
_TEXT_KEYS: dict[str, str] = {
    K.SET_IDEA_STATUS: "answer",
    K.UPDATE_ACTION: "comment",
    K.CREATE_ACTION: "description",
}


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _link(kind: str, value: object) -> str | None:
    return f"quorum://{kind}/{value}" if isinstance(value, str) and value else None


def _channel_link(channel_id: object) -> str | None:
    """A committee's channel leads to the committee; the organisation's and a direct
    conversation have no link of their own."""
    if isinstance(channel_id, str) and channel_id.startswith(COMMITTEE_PREFIX):
        return _link("committee", channel_id.removeprefix(COMMITTEE_PREFIX))
    return None


def _what_and_target(kind: str, data: Mapping[str, Any]) -> tuple[str, str | None]:
    """What the entry was, and where it leads."""
    message = _link("message", data.get("message_id"))
    idea = _link("idea", data.get("idea_id"))
    announcement = _link("announcement", data.get("announcement_id"))
    document = _link("document", data.get("document_id"))
    if kind == K.POST_MESSAGE:
        return (MESSAGE_REPLY if data.get("thread_root_id") else MESSAGE_POST), message
    if kind == K.EDIT_MESSAGE:
        return MESSAGE_EDIT, message
    if kind == K.DELETE_MESSAGE:
        return MESSAGE_DELETE, message
    if kind == K.PIN_MESSAGE:
        return (MESSAGE_PIN if data.get("pinned", True) else MESSAGE_UNPIN), message
    if kind == K.READ_CHANNEL:
        return CHANNEL_READ, _channel_link(data.get("channel_id"))
    if kind == K.MUTE_CHANNEL:
        muted = data.get("muted", True)
        return (CHANNEL_MUTE if muted else CHANNEL_UNMUTE), _channel_link(data.get("channel_id"))
    if kind == K.START_CONVERSATION:
        return CONVERSATION_START, None
    if kind == K.SET_PREFERENCES:
        return PREFERENCES_SET, None
    if kind == K.SUBMIT_IDEA:
        return (REQUEST_SUBMIT if data.get("kind") == "request" else IDEA_SUBMIT), idea
    simple: dict[str, tuple[str, str | None]] = {
        K.SUPPORT_IDEA: (IDEA_SUPPORT, idea),
        K.COMMENT_IDEA: (IDEA_COMMENT, idea),
        K.SET_IDEA_STATUS: (IDEA_STATUS, idea),
        K.POST_ANNOUNCEMENT: (ANNOUNCEMENT_POST, announcement),
        K.ACK_ANNOUNCEMENT: (ANNOUNCEMENT_ACK, announcement),
        K.REMIND_ANNOUNCEMENT: (ANNOUNCEMENT_REMIND, announcement),
        K.MARK_READ: (DOCUMENT_READ, document),
        K.GRANT_PROXY: (PROXY_GRANT, _link("motion", data.get("motion_id"))),
        K.REVOKE_PROXY: (PROXY_REVOKE, None),
        K.CREATE_ACTION: (ACTION_CREATE, None),
        K.UPDATE_ACTION: (ACTION_UPDATE, None),
        K.COMMENT_ACTION: (ACTION_COMMENT, None),
        K.SAVE_ANNOTATION: (NOTE_SAVE, document),
        K.DELETE_ANNOTATION: (NOTE_DELETE, None),
        K.COMMENT_DOCUMENT: (DOCUMENT_COMMENT, document),
    }
    if kind == K.CAST_BALLOT:
        what = BALLOT_PROXY if data.get("on_behalf_of") else BALLOT_CAST
        return what, _link("motion", data.get("motion_id"))
    return simple.get(kind, (UNKNOWN, None))
