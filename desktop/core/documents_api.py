"""What the UI may ask about board documents in depth, as Protocols. The widgets code against
these; the implementations are:

- ``desktop/core/board_files.py`` (``BoardFiles``): downloads in the background (through
  ``desktop/sync/files.py``), what is ready offline, the bytes of a file for the viewer (read
  into memory from the encrypted cache, never written anywhere else), pins, size budget and
  retention;
- ``desktop/core/meetings.py`` (``Meetings``): meetings, their agenda and board pack status;
- ``desktop/core/actions.py`` (``Actions``): action items, through the outbox;
- ``desktop/core/document_extras.py`` (``DocumentExtras``): versions and what changed since I
  read, annotations and comments (through the outbox), read receipts for the secretariat.

Writes go through the cache's outbox (the effect shows at once, the server decides at the next
sync) and raise ``DocumentsError`` with a stable ``code`` for what the member must be told.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol

from desktop.cache.document_records import (
    Action,
    Annotation,
    DocComment,
    DocumentDetail,
    DocumentVersion,
    FileState,
    Meeting,
    PackStatus,
    VersionChange,
)

#: progress(done_bytes, total_bytes) during a download; may be called from a worker thread.
Progress = Callable[[int, int], None]


class DocumentsError(Exception):
    """A request the member made that cannot be done; ``code`` is stable, for words."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


class BoardFilesApi(Protocol):
    def state(self, sha256: str) -> FileState: ...

    def read(self, sha256: str) -> bytes:
        """The whole checked file, from the encrypted cache into memory. Raises DocumentsError
        ``file_not_ready`` when it is not complete."""
        ...

    def download(
        self,
        sha256s: Sequence[str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[FileState]:
        """Fetch what is missing (resuming partial ones), blocking: call it on a worker. Each
        file ends complete or failed (with its error); never raises for one file's failure."""
        ...

    def missing(self) -> list[str]:
        """Files of documents in the cache not yet complete (what background download fetches),
        those of upcoming meetings and pinned documents first."""
        ...

    def pin(self, document_id: str, pinned: bool) -> None:
        """Keep a document offline whatever the retention rule and the size budget."""
        ...

    def pinned(self) -> set[str]:
        """Files of the documents the member keeps offline (fetched whatever the budget)."""
        ...

    def retention_months(self) -> int | None:
        """The organisation's retention rule in months (None: no rule)."""
        ...

    def usage(self) -> tuple[int, int]:
        """(bytes stored, budget in bytes)."""
        ...

    def set_budget(self, budget_bytes: int) -> None: ...

    def tidy(self, today: date | None = None) -> int:
        """Apply retention (documents of meetings older than the organisation's N months) and
        the size budget (least recently opened first), never a pinned document's file; also
        drops files no document names any more. Returns bytes freed."""
        ...


class MeetingsApi(Protocol):
    def upcoming(self) -> list[Meeting]:
        """Scheduled meetings from today on, soonest first."""
        ...

    def past(self) -> list[Meeting]:
        """Held, cancelled or past meetings, latest first."""
        ...

    def meeting(self, meeting_id: str) -> Meeting | None: ...

    def pack_status(self, meeting_id: str) -> PackStatus: ...

    def pack_files(self, meeting_id: str) -> list[str]:
        """sha256 of every file of the meeting's agenda documents and minutes."""
        ...


class ActionsApi(Protocol):
    def mine(self) -> list[Action]:
        """Actions I am in charge of, across committees: open ones by due date first."""
        ...

    def late(self) -> list[Action]:
        """For a chair (of those committees) or the secretariat: late actions, oldest due first."""
        ...

    def of_committee(self, committee_id: str | None) -> list[Action]: ...

    def of_meeting(self, meeting_id: str) -> list[Action]: ...

    def action(self, action_id: str) -> Action | None: ...

    def can_create(self, committee_id: str | None) -> bool: ...

    def create(
        self,
        committee_id: str | None,
        title: str,
        assignee_ids: Sequence[str],
        due_on: date | None = None,
        description: str = "",
        meeting_id: str | None = None,
    ) -> Action: ...

    def set_status(self, action_id: str, status: str, comment: str = "") -> Action: ...

    def comment(self, action_id: str, body: str) -> Action: ...


class DocumentExtrasApi(Protocol):
    def detail(self, document_id: str) -> DocumentDetail | None: ...

    def versions(self, document_id: str) -> list[DocumentVersion]:
        """Newest first; the current one has ``current`` set."""
        ...

    def changes_since_read(self, document_id: str) -> VersionChange | None:
        """None when the member has not read an older version (never read, or up to date)."""
        ...

    def annotations(self, document_id: str) -> list[Annotation]:
        """My notes and highlights on the document (any version), by page then creation."""
        ...

    def save_annotation(
        self,
        document_id: str,
        version: int,
        body: str = "",
        *,
        kind: str = "note",
        page: int | None = None,
        quote: str = "",
        rects: Sequence[tuple[float, float, float, float]] = (),
        color: str = "yellow",
        annotation_id: str | None = None,
    ) -> Annotation: ...

    def delete_annotation(self, annotation_id: str) -> None: ...

    def comments(self, document_id: str) -> list[DocComment]:
        """Top-level comments in order, each followed by its replies."""
        ...

    def comment(
        self,
        document_id: str,
        body: str,
        *,
        page: int | None = None,
        quote: str = "",
        parent_id: str | None = None,
    ) -> DocComment: ...

    def comments_on_my_documents(self) -> list[DocComment]:
        """For an author: every comment on the documents they published, newest first."""
        ...
