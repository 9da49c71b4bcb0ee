"""What the member wrote that the synced rows do not show yet: the outbox's network mutations.

The lists merge them in (docs/NETWORK.md, "The app"): things created (messages, conversations,
ideas, comments, announcements) appear with their outbox row's state: ``waiting`` while pending,
``failed`` when refused (code, message and the row's seq to retry or discard), and ``sent`` once
applied but not yet back from the next pull. Changes to existing things (edits, deletes, pins,
supports, statuses, acknowledgements, reminders, read points, mutes, preferences) show their
effect at once while pending; a refused one shows nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.cache import outbox as _outbox
from desktop.cache.database import Connection
from desktop.cache.network_records import FAILED, SENT, WAITING
from desktop.cache.records import OutboxEntry
from protocol.models import MutationKind as K

#: Mutations that create something, and the data field naming it.
CREATIONS = {
    K.POST_MESSAGE: "message_id",
    K.START_CONVERSATION: "conversation_id",
    K.SUBMIT_IDEA: "idea_id",
    K.COMMENT_IDEA: "comment_id",
    K.POST_ANNOUNCEMENT: "announcement_id",
}
EFFECTS = (
    K.EDIT_MESSAGE,
    K.DELETE_MESSAGE,
    K.PIN_MESSAGE,
    K.READ_CHANNEL,
    K.MUTE_CHANNEL,
    K.SET_PREFERENCES,
    K.SUPPORT_IDEA,
    K.SET_IDEA_STATUS,
    K.ACK_ANNOUNCEMENT,
    K.REMIND_ANNOUNCEMENT,
)


@dataclass(frozen=True)
class Created:
    """A thing the member created, as its outbox row has it."""

    id: str
    data: dict[str, Any]
    written_at: datetime
    state: str  # WAITING, FAILED or SENT
    seq: int
    code: str | None
    message: str | None
    result: dict[str, Any] | None


@dataclass
class Pending:
    created: dict[str, list[Created]] = field(default_factory=dict)  # by mutation kind
    edits: dict[str, tuple[str, datetime]] = field(default_factory=dict)  # message: body, when
    deletes: set[str] = field(default_factory=set)
    pins: dict[str, bool] = field(default_factory=dict)
    reads: dict[str, int] = field(default_factory=dict)  # channel: highest number queued
    mutes: dict[str, bool] = field(default_factory=dict)
    preferences: dict[str, Any] | None = None
    supports: set[str] = field(default_factory=set)
    statuses: dict[str, tuple[str, str, datetime]] = field(default_factory=dict)
    acks: dict[str, datetime] = field(default_factory=dict)
    reminders: dict[str, datetime] = field(default_factory=dict)

    def of(self, kind: K) -> list[Created]:
        return self.created.get(str(kind), [])


_STATES = {_outbox.PENDING: WAITING, _outbox.REJECTED: FAILED, _outbox.SENT: SENT}


def pending(conn: Connection, table_of: dict[K, str] | None = None) -> Pending:
    """The overlay of the outbox. A creation already applied by the server is kept only while
    its row is not yet in the synced table (``table_of`` names the table of each kind)."""
    found = Pending()
    tables = table_of or {}
    kinds = [str(k) for k in CREATIONS]
    for entry in _outbox.of_kinds(conn, kinds, (_outbox.PENDING, _outbox.REJECTED, _outbox.SENT)):
        kind = K(entry.kind)
        thing_id = str(entry.data.get(CREATIONS[kind], ""))
        if entry.state == _outbox.SENT:
            table = tables.get(kind)
            synced = (
                table is None
                or conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (thing_id,)).fetchone()
            )
            if synced:
                continue
        found.created.setdefault(str(kind), []).append(_created(thing_id, entry))
    for entry in _outbox.of_kinds(conn, [str(k) for k in EFFECTS], (_outbox.PENDING,)):
        _effect(found, K(entry.kind), entry.data, entry.created_at)
    return found


def _created(thing_id: str, entry: OutboxEntry) -> Created:
    return Created(
        id=thing_id,
        data=entry.data,
        written_at=entry.created_at,
        state=_STATES[entry.state],
        seq=entry.seq,
        code=entry.code,
        message=entry.message,
        result=entry.result,
    )


def _effect(found: Pending, kind: K, data: dict[str, Any], when: datetime) -> None:
    if kind is K.EDIT_MESSAGE:
        found.edits[str(data["message_id"])] = (str(data["body"]), when)
    elif kind is K.DELETE_MESSAGE:
        found.deletes.add(str(data["message_id"]))
    elif kind is K.PIN_MESSAGE:
        found.pins[str(data["message_id"])] = bool(data.get("pinned", True))
    elif kind is K.READ_CHANNEL:
        channel = str(data["channel_id"])
        found.reads[channel] = max(found.reads.get(channel, 0), int(data["number"]))
    elif kind is K.MUTE_CHANNEL:
        found.mutes[str(data["channel_id"])] = bool(data["muted"])
    elif kind is K.SET_PREFERENCES:
        found.preferences = dict(data)
    elif kind is K.SUPPORT_IDEA:
        found.supports.add(str(data["idea_id"]))
    elif kind is K.SET_IDEA_STATUS:
        found.statuses[str(data["idea_id"])] = (
            str(data["status"]),
            str(data.get("answer", "")),
            when,
        )
    elif kind is K.ACK_ANNOUNCEMENT:
        found.acks.setdefault(str(data["announcement_id"]), when)
    elif kind is K.REMIND_ANNOUNCEMENT:
        found.reminders[str(data["announcement_id"])] = when
