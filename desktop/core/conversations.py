"""Conversations: channels, messages, threads, pins, read points and direct conversations.

Implements ``desktop.core.network_api.ConversationsApi`` over the cache. Every write is an
outbox mutation (``message.post``, ``message.edit``, ...) whose effect the cache shows at once;
the server has the last word at the next sync. Refused here, before any send, only what is
certain: an empty or too long text, a channel the cache does not hold, someone else's message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.cache.network_records import Channel, Message, Person
from desktop.core.network_api import NetworkError
from desktop.core.network_checks import NetworkStore, me, new_id, text, utc_now
from protocol.errors import NetworkErrorCode
from protocol.models import SECRETARIAT_ROLES, MutationKind
from protocol.network import (
    DIRECT_PREFIX,
    MAX_BODY,
    MAX_CONVERSATION_MEMBERS,
    MAX_TITLE,
    ChannelMuteData,
    ConversationStartData,
    MessageDeleteData,
    MessageEditData,
    MessagePinData,
    MessagePostData,
    direct_channel,
)

CHANNEL_NOT_FOUND = "channel_not_found"
MESSAGE_NOT_FOUND = "message_not_found"
OUTBOX_NOT_FOUND = "outbox_not_found"


class Conversations:
    """The member's channels and messages (``ConversationsApi``)."""

    def __init__(self, store: NetworkStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    # --- reading -----------------------------------------------------------------------------

    def channels(self) -> list[Channel]:
        return self._store.channels()

    def channel(self, channel_id: str) -> Channel | None:
        return next((c for c in self._store.channels() if c.id == channel_id), None)

    def messages(self, channel_id: str) -> list[Message]:
        return self._store.channel_messages(channel_id, top_level=True)

    def thread(self, root_id: str) -> list[Message]:
        return self._store.thread_messages(root_id)

    def pinned(self, channel_id: str) -> list[Message]:
        found = self._store.channel_messages(channel_id, top_level=False)
        return [m for m in found if m.pinned]

    def message(self, message_id: str) -> Message | None:
        return self._store.find_message(message_id)

    def people(self) -> list[Person]:
        return self._store.people()

    # --- writing -----------------------------------------------------------------------------

    def post(self, channel_id: str, body: str, thread_root_id: str | None = None) -> Message:
        """Queue a message; it shows at once as waiting, after the channel's synced ones."""
        checked = text(body, MAX_BODY)
        if not self._store.holds_channel(channel_id):
            raise NetworkError(CHANNEL_NOT_FOUND)
        if thread_root_id is not None:
            root = self._store.find_message(thread_root_id)
            if (
                root is None
                or root.channel_id != channel_id
                or root.thread_root_id is not None
                or root.deleted
            ):
                raise NetworkError(NetworkErrorCode.THREAD_INVALID)
        data = MessagePostData(
            message_id=new_id(), channel_id=channel_id, body=checked, thread_root_id=thread_root_id
        )
        self._store.queue(MutationKind.POST_MESSAGE, data.model_dump())
        found = self._store.find_message(data.message_id)
        assert found is not None
        return found

    def edit(self, message_id: str, body: str) -> None:
        found = self._own(message_id)
        checked = text(body, MAX_BODY)
        if checked == found.body:
            return
        data = MessageEditData(message_id=message_id, body=checked)
        self._store.queue(MutationKind.EDIT_MESSAGE, data.model_dump())

    def delete(self, message_id: str) -> None:
        """My message, or (the secretariat) any message of the organisation or a committee."""
        found = self._existing(message_id)
        if found.deleted:
            return
        moderator = not found.channel_id.startswith(DIRECT_PREFIX) and bool(
            SECRETARIAT_ROLES.intersection(me(self._store).roles)
        )
        if not found.mine and not moderator:
            raise NetworkError(NetworkErrorCode.NOT_AUTHOR)
        self._store.queue(
            MutationKind.DELETE_MESSAGE, MessageDeleteData(message_id=message_id).model_dump()
        )

    def pin(self, message_id: str, pinned: bool) -> None:
        found = self._existing(message_id)
        if found.deleted:
            raise NetworkError(NetworkErrorCode.MESSAGE_DELETED)
        if found.pinned == pinned:
            return
        data = MessagePinData(message_id=message_id, pinned=pinned)
        self._store.queue(MutationKind.PIN_MESSAGE, data.model_dump())

    def mark_read(self, channel_id: str) -> None:
        """Read up to the channel's last message: the read point moves here at once, and
        ``channel.read`` is queued only when it moves forward."""
        number = self._store.last_message_number(channel_id)
        if number > 0:
            self._store.mark_channel_read(channel_id, number)

    def set_muted(self, channel_id: str, muted: bool) -> None:
        found = self.channel(channel_id)
        if found is None:
            raise NetworkError(CHANNEL_NOT_FOUND)
        if found.muted != muted:
            data = ChannelMuteData(channel_id=channel_id, muted=muted)
            self._store.queue(MutationKind.MUTE_CHANNEL, data.model_dump())

    def start_conversation(self, member_ids: list[str], title: str = "") -> Channel:
        """The direct conversation with these people (the existing one with exactly the same
        people is reused; else a new one is queued)."""
        myself = me(self._store).member_id
        others = list(dict.fromkeys(m for m in member_ids if m != myself))
        if not others:
            raise NetworkError("no_members")
        if len(others) > MAX_CONVERSATION_MEMBERS - 1:
            raise NetworkError("too_many_members")
        if len(title.strip()) > MAX_TITLE:
            raise NetworkError("too_long")
        conversation_id = self._store.conversation_with(others)
        if conversation_id is None:
            data = ConversationStartData(
                conversation_id=new_id(), member_ids=others, title=title.strip()
            )
            self._store.queue(MutationKind.START_CONVERSATION, data.model_dump())
            conversation_id = data.conversation_id
        found = self.channel(direct_channel(conversation_id))
        assert found is not None
        return found

    def retry(self, outbox_seq: int) -> None:
        if self._store.retry(outbox_seq) is None:
            raise NetworkError(OUTBOX_NOT_FOUND)

    def discard(self, outbox_seq: int) -> None:
        if not self._store.discard(outbox_seq):
            raise NetworkError(OUTBOX_NOT_FOUND)

    # --- helpers -----------------------------------------------------------------------------

    def _existing(self, message_id: str) -> Message:
        found = self._store.find_message(message_id)
        if found is None:
            raise NetworkError(MESSAGE_NOT_FOUND)
        return found

    def _own(self, message_id: str) -> Message:
        found = self._existing(message_id)
        if not found.mine:
            raise NetworkError(NetworkErrorCode.NOT_AUTHOR)
        if found.deleted:
            raise NetworkError(NetworkErrorCode.MESSAGE_DELETED)
        return found
