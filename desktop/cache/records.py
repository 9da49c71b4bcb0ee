"""What the cache holds, as plain frozen records (no Qt, no SQL): the domain objects the core
and the UI work with."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    #: "markdown" or "pdf" (board documents in depth, ``protocol.documents``).
    format: str = field(default="markdown", kw_only=True)
    #: The current version (from 1).
    version: int = field(default=1, kw_only=True)
    #: The newest version the member opened (None: never).
    read_version: int | None = field(default=None, kw_only=True)

    @property
    def unread(self) -> bool:
        return self.read_at is None

    @property
    def updated_since_read(self) -> bool:
        """Read before, and a newer version came since ("mis à jour")."""
        return self.read_version is not None and self.read_version < self.version


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
    result: dict[str, Any] | None = None  # what the server made of it, once applied


@dataclass(frozen=True)
class MyBallot:
    """A ballot this device cast (for the member, or for a principal as proxy holder), with its
    outbox row's fate: ``state`` "pending", "sent" or "rejected" (``code``, ``message``), and
    ``result`` as the server answered (``{"version": n, "changed": bool}``). ``receipt`` is the
    code of a secret ballot, known only to this cache."""

    id: int
    motion_id: str
    principal_id: str
    receipt: str | None
    choices: tuple[str, ...]
    version: int
    outbox_seq: int | None
    created_at: datetime
    state: str
    code: str | None = None
    message: str | None = None
    result: dict[str, Any] | None = None
