"""Board documents in depth as the app sees them: plain frozen records (no Qt, no SQL).

``state`` of what the member wrote (an action update, a comment, an annotation): as in
``desktop.cache.network_records``: ``"sent"``, ``"waiting"`` (in the outbox) or ``"failed"``
(``failure_code`` / ``failure_message`` say why).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

#: File states: not downloaded, partly (a cut download resumes), complete (hash checked),
#: failed (``error`` says why; a retry starts again).
MISSING, PARTIAL, COMPLETE, FAILED = "missing", "partial", "complete", "failed"


@dataclass(frozen=True)
class FileInfo:
    sha256: str
    size: int
    name: str
    pages: int
    media_type: str = "application/pdf"


@dataclass(frozen=True)
class FileState:
    sha256: str
    size: int
    received: int
    status: str  # MISSING, PARTIAL, COMPLETE or FAILED
    error: str = ""

    @property
    def ready(self) -> bool:
        return self.status == COMPLETE


@dataclass(frozen=True)
class DocumentVersion:
    document_id: str
    version: int
    title: str
    format: str  # "markdown" or "pdf"
    body: str
    file: FileInfo | None
    published_at: datetime
    author_name: str
    change_note: str
    current: bool


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "same", "added" or "removed"
    text: str


@dataclass(frozen=True)
class VersionChange:
    """What changed in a Markdown document between the version the member last read and the
    current one (``lines`` empty for a PDF: ``change_note`` then says it)."""

    document_id: str
    read_version: int
    current_version: int
    change_note: str
    lines: tuple[DiffLine, ...]


@dataclass(frozen=True)
class DocumentDetail:
    """What the reader needs beyond the Markdown ``desktop.cache.records.Document``."""

    id: str
    committee_id: str | None
    title: str
    format: str
    version: int
    file: FileInfo | None
    file_state: FileState | None  # None for Markdown
    meeting_id: str | None
    agenda_item_id: str | None
    allow_copy: bool
    comments_open: bool  # open now (the close date not passed)
    comments_close_at: datetime | None
    read_version: int | None  # the newest version the member opened (None: never)
    pinned: bool

    @property
    def updated_since_read(self) -> bool:
        return self.read_version is not None and self.read_version < self.version


@dataclass(frozen=True)
class AgendaItem:
    id: str
    position: int
    title: str
    presenter: str
    notes: str
    document_ids: tuple[str, ...]
    motion_ids: tuple[str, ...]


@dataclass(frozen=True)
class Meeting:
    id: str
    committee_id: str | None
    committee_name: str  # the organisation's name when committee_id is None
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    video_url: str
    status: str  # "scheduled", "held", "cancelled"
    agenda: tuple[AgendaItem, ...]
    minutes_document_id: str | None


@dataclass(frozen=True)
class PackStatus:
    """How much of a meeting's board pack is ready offline (Markdown is always ready)."""

    meeting_id: str
    documents: int
    documents_ready: int
    bytes_total: int
    bytes_ready: int

    @property
    def complete(self) -> bool:
        return self.documents_ready == self.documents


@dataclass(frozen=True)
class ActionComment:
    id: str
    author_id: str
    author_name: str
    body: str
    posted_at: datetime
    status: str | None  # the status set with it
    state: str = "sent"


@dataclass(frozen=True)
class Action:
    id: str
    committee_id: str | None
    committee_name: str
    meeting_id: str | None
    title: str
    description: str
    assignee_ids: tuple[str, ...]
    assignee_names: tuple[str, ...]
    due_on: date | None
    status: str  # "open", "in_progress", "done", "cancelled" (a pending update shows at once)
    created_by_name: str
    created_at: datetime
    updated_at: datetime
    comments: tuple[ActionComment, ...]
    late: bool  # due before today and not done or cancelled
    mine: bool  # I am one of its assignees
    state: str = "sent"
    failure_code: str | None = None
    failure_message: str | None = None


@dataclass(frozen=True)
class Annotation:
    id: str
    document_id: str
    version: int
    kind: str  # "note" or "highlight"
    page: int | None
    quote: str
    rects: tuple[tuple[float, float, float, float], ...]
    body: str
    color: str
    created_at: datetime
    updated_at: datetime
    state: str = "sent"


@dataclass(frozen=True)
class DocComment:
    id: str
    document_id: str
    document_title: str
    version: int
    page: int | None
    quote: str
    parent_id: str | None
    author_id: str
    author_name: str
    body: str
    posted_at: datetime
    state: str = "sent"
    failure_code: str | None = None
    failure_message: str | None = None
