"""What the cache holds, as plain frozen records (no Qt, no SQL): the domain objects the core
and the UI work with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Account:
    """The member signed in on this profile, and where their server is."""

    server_url: str
    email: str
    member_id: str
    name: str
    roles: tuple[str, ...]
    organisation_id: str
    organisation_name: str
    device_id: str


@dataclass(frozen=True)
class Committee:
    id: str
    name: str
    description: str
    category: str  # "board", "bureau" or "committee"


@dataclass(frozen=True)
class DocumentSummary:
    """A row of a document list; ``committee_id`` None means organisation-wide."""

    id: str
    committee_id: str | None
    title: str
    author_name: str
    published_at: datetime
    updated_at: datetime
    read_at: datetime | None

    @property
    def unread(self) -> bool:
        return self.read_at is None


@dataclass(frozen=True)
class Document(DocumentSummary):
    body: str  # Markdown, as published; render it with desktop.core.render


@dataclass(frozen=True)
class OutboxEntry:
    """A mutation written before its first send. ``state`` is "pending", "sent" or
    "rejected" (then ``code`` and ``message`` say why)."""

    seq: int
    client_id: str
    kind: str
    data: dict[str, Any]
    state: str
    code: str | None
    message: str | None
    created_at: datetime
