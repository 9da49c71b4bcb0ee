"""The committee network as the app sees it: plain frozen records (no Qt, no SQL).

``state`` of what the member wrote: ``"sent"`` (the server has it), ``"waiting"`` (in the outbox,
not yet answered) or ``"failed"`` (refused: ``failure_code`` and ``failure_message`` say why,
``outbox_seq`` lets the member retry).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

SENT, WAITING, FAILED = "sent", "waiting", "failed"


@dataclass(frozen=True)
class Channel:
    id: str  # "org", "committee:<id>" or "direct:<id>"
    kind: str  # "organisation", "committee" or "direct"
    title: str  # the organisation's name, the committee's, or the conversation's (else the others)
    committee_id: str | None
    member_ids: tuple[str, ...]  # direct conversations only
    unread: int
    mentions_unread: int  # unread messages that mention me or a committee of mine
    muted: bool
    last_activity: datetime | None
    last_read_number: int


@dataclass(frozen=True)
class Revision:
    body: str
    written_at: datetime


@dataclass(frozen=True)
class Message:
    id: str
    channel_id: str
    number: int  # 0 while not yet on the server
    author_id: str
    author_name: str
    body: str  # Markdown; empty when deleted
    thread_root_id: str | None
    posted_at: datetime  # the server's; while waiting, when the member wrote it
    edited_at: datetime | None
    history: tuple[Revision, ...]
    deleted: bool
    pinned: bool
    pinned_by_name: str
    mentions_me: bool
    reply_count: int
    mine: bool
    unread: bool
    state: str = SENT
    failure_code: str | None = None
    failure_message: str | None = None
    outbox_seq: int | None = None


@dataclass(frozen=True)
class Person:
    """A member of the organisation, for mentions and new conversations."""

    id: str
    name: str
    title: str


@dataclass(frozen=True)
class Idea:
    id: str
    committee_id: str | None
    scope_name: str  # the committee's name, or the organisation's
    kind: str  # "idea" or "request"
    title: str
    body: str
    author_id: str
    author_name: str
    submitted_at: datetime
    status: str  # protocol.network.IdeaStatus values
    answer: str
    answered_by_name: str
    status_changed_at: datetime | None
    support_count: int
    supported_by_me: bool
    mine: bool
    comment_count: int
    state: str = SENT
    failure_code: str | None = None
    failure_message: str | None = None
    outbox_seq: int | None = None


@dataclass(frozen=True)
class IdeaComment:
    id: str
    idea_id: str
    author_name: str
    body: str
    posted_at: datetime
    mine: bool
    state: str = SENT
    failure_code: str | None = None
    failure_message: str | None = None
    outbox_seq: int | None = None


@dataclass(frozen=True)
class Announcement:
    id: str
    committee_id: str | None
    scope_name: str
    title: str
    body: str
    author_id: str
    author_name: str
    posted_at: datetime
    ack_required: bool
    acknowledged_at: datetime | None  # mine (also while my acknowledgement waits to be sent)
    reminded_at: datetime | None
    mine: bool
    state: str = SENT
    failure_code: str | None = None
    failure_message: str | None = None
    outbox_seq: int | None = None


@dataclass(frozen=True)
class AckStatus:
    """For the author: one line per member the announcement is for."""

    member_id: str
    name: str
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class Notification:
    id: int
    kind: str  # "mention", "direct", "announcement", "idea_status" or "digest"
    title: str  # short, already in words (the author, the channel, the idea's title)
    text: str  # a plain-text excerpt, never Markdown
    target: str  # a quorum:// link to open
    created_at: datetime
    read: bool


@dataclass(frozen=True)
class Preferences:
    notify: str = "immediate"  # protocol.network.NotifyMode values
    digest_hour: int = 18
    extra: dict[str, str] = field(default_factory=dict)
