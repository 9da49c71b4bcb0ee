"""Board documents in depth on the wire: PDF files, versions, meetings and their agenda, action
items, private annotations and comments on drafts.

A document is Markdown (``body``) or a PDF (``file``: its bytes are fetched apart from the sync,
by ``GET /v1/files/{sha256}`` with ``ETag`` and ``Range``). The server extracts a PDF's text at
publication and sends it in ``DocumentData.text`` so the app can search a PDF it has not
downloaded yet. A new version replaces the document's current content; once a document has
been revised, every version, the current one included, is a ``document_version`` entity, so the
app lists them and shows what changed in a Markdown document since the member last read it
(``ReadReceiptData.version``).

Meetings belong to a committee (None: the whole organisation, a general assembly) and carry
their agenda; documents and motions name the meeting and agenda item they belong to. Action
items, annotations and comments are written by members through the outbox, with ids the app
makes (``protocol.network.ClientMadeId``) so a repeated push names the same thing.

Annotations are private: the change log gives them to their owner only, on each of their
devices (``Audience.member``), and no route returns them.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from protocol.base import Id, Payload, Request
from protocol.network import Body, ClientMadeId, Title

#: A file's identity: the lowercase hex sha256 of its bytes (also its ETag, quoted).
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
#: Largest file the secretariat may publish (bytes).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Longest extracted text kept for search (characters); the rest is cut.
MAX_EXTRACTED_TEXT = 2_000_000
PDF_MEDIA_TYPE = "application/pdf"
#: Longest quoted passage an annotation or a comment may anchor to (characters).
MAX_QUOTE = 2_000
#: Most rectangles a PDF highlight may cover.
MAX_RECTS = 200


class DocumentFormat(StrEnum):
    MARKDOWN = "markdown"
    PDF = "pdf"


class FileRef(Payload):
    """A published file, as the app needs to fetch, check and show it."""

    sha256: Sha256
    size: int  # bytes
    media_type: str = PDF_MEDIA_TYPE
    name: str = ""  # the file name the secretariat gave (no path), for display only
    pages: int = 0  # a PDF's page count (0: unknown)


class DocumentVersionData(Payload):
    """One version of a document (id = ``document_id:version``), the current one included.

    Same audience as its document. ``body`` is the Markdown of that version ("" for a PDF). A
    document never revised has no version entity (its one version is the document itself);
    from the second version on, every version is sent, the current one without its body (the
    document carries it), and one replaced by a newer version again with its body."""

    id: str
    document_id: Id
    version: int  # from 1
    title: str
    format: DocumentFormat = DocumentFormat.MARKDOWN
    body: str = ""
    file: FileRef | None = None
    published_at: datetime
    author_name: str = ""
    change_note: str = ""  # what the secretariat says changed ("" for the first version)


# --- meetings ---------------------------------------------------------------------------------


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaItemData(Payload):
    id: Id
    position: int  # from 1, the order of the agenda
    title: str
    presenter: str = ""
    notes: str = ""  # Markdown
    document_ids: list[Id] = Field(default_factory=list)
    motion_ids: list[Id] = Field(default_factory=list)


class MeetingData(Payload):
    """A meeting of a committee (None: the organisation, as a general assembly)."""

    id: Id
    committee_id: Id | None
    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    place: str = ""
    video_url: str = ""  # https only
    status: MeetingStatus = MeetingStatus.SCHEDULED
    agenda: list[AgendaItemData] = Field(default_factory=list)
    minutes_document_id: Id | None = None


# --- action items -----------------------------------------------------------------------------


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


#: Statuses of an action that is finished: never "late".
CLOSED_ACTION_STATUSES = frozenset({ActionStatus.DONE, ActionStatus.CANCELLED})


class ActionCommentData(Payload):
    id: Id
    author_id: Id
    author_name: str
    body: str
    posted_at: datetime
    #: The status the author set with this comment, if they changed it.
    status: ActionStatus | None = None


class ActionData(Payload):
    """An action decided by a committee (None: the organisation), at a meeting or not. Same
    audience as the committee; its comments travel inside it, oldest first."""

    id: Id
    committee_id: Id | None
    meeting_id: Id | None = None
    title: str
    description: str = ""  # Markdown
    assignee_ids: list[Id] = Field(default_factory=list)
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    created_by_name: str = ""
    created_at: datetime
    updated_at: datetime
    comments: list[ActionCommentData] = Field(default_factory=list)


# --- annotations and comments -----------------------------------------------------------------


class AnnotationKind(StrEnum):
    NOTE = "note"
    HIGHLIGHT = "highlight"


Quote = Annotated[str, StringConstraints(max_length=MAX_QUOTE)]
#: A rectangle on a PDF page, in PDF points from the page's top-left: x, y, width, height.
Rect = Annotated[list[float], Field(min_length=4, max_length=4)]
NoteBody = Annotated[str, StringConstraints(max_length=20_000)]


class AnnotationData(Payload):
    """A member's private note or highlight. Anchored to the document (no page, no quote), to a
    PDF page (``page``, from 0), to a passage (``quote``: the text, as found in the Markdown or
    the PDF page) or to highlighted PDF text (``page`` + ``quote`` + ``rects``)."""

    id: Id
    document_id: Id
    version: int
    kind: AnnotationKind = AnnotationKind.NOTE
    page: int | None = None
    quote: str = ""
    rects: list[list[float]] = Field(default_factory=list)
    body: str = ""
    color: str = "yellow"
    created_at: datetime
    updated_at: datetime


class DocumentCommentData(Payload):
    """A comment on a version of a document (a draft open for comments), optionally on a page or
    a passage; a reply names the top-level comment it answers. Same audience as the document."""

    id: Id
    document_id: Id
    version: int
    page: int | None = None
    quote: str = ""
    parent_id: Id | None = None
    author_id: Id
    author_name: str
    body: str
    posted_at: datetime


# --- mutations (through the outbox) -----------------------------------------------------------

Color = Annotated[str, StringConstraints(pattern=r"^(yellow|green|blue|pink)$")]


class ActionCreateData(Request):
    id: ClientMadeId
    committee_id: Id | None
    meeting_id: Id | None = None
    title: Title
    description: Annotated[str, StringConstraints(max_length=20_000)] = ""
    assignee_ids: Annotated[list[Id], Field(min_length=1, max_length=20)]
    due_on: date | None = None


class ActionUpdateData(Request):
    """An assignee (or the chair, or the secretariat) sets the status, with an optional comment
    (``comment_id`` then names the comment)."""

    action_id: Id
    status: ActionStatus
    comment_id: ClientMadeId | None = None
    comment: Annotated[str, StringConstraints(max_length=20_000)] = ""


class ActionCommentPostData(Request):
    id: ClientMadeId
    action_id: Id
    body: Body


class AnnotationSaveData(Request):
    """Create or replace one of my annotations (same id: replaced)."""

    id: ClientMadeId
    document_id: Id
    version: Annotated[int, Field(ge=1)]
    kind: AnnotationKind = AnnotationKind.NOTE
    page: Annotated[int, Field(ge=0)] | None = None
    quote: Quote = ""
    rects: Annotated[list[Rect], Field(max_length=MAX_RECTS)] = Field(default_factory=list)
    body: NoteBody = ""
    color: Color = "yellow"


class AnnotationDeleteData(Request):
    id: Id


class DocumentCommentPostData(Request):
    id: ClientMadeId
    document_id: Id
    version: Annotated[int, Field(ge=1)]
    page: Annotated[int, Field(ge=0)] | None = None
    quote: Quote = ""
    parent_id: Id | None = None
    body: Body


# --- secretariat routes (online, not through the outbox) --------------------------------------


class ReadReceiptEntry(Payload):
    """Who has read a document, for the secretariat."""

    member_id: Id
    member_name: str
    read_at: datetime | None  # first opened
    last_read_at: datetime | None = None
    version: int | None = None  # the newest version they opened


class DocumentReceipts(Payload):
    document_id: Id
    readers: list[ReadReceiptEntry]


class FileUploaded(Payload):
    """The answer to ``POST /v1/files``: the file is stored and checked, not yet published."""

    file: FileRef
    text_chars: int  # how much text was extracted (0: a scanned PDF, search will not find it)


class DocumentPublishRequest(Request):
    """Publish a new document: Markdown ``body``, or a PDF uploaded first (``file_sha256``)."""

    title: Title
    committee_id: Id | None = None  # None: the whole organisation (or the meeting's committee)
    meeting_id: Id | None = None
    agenda_item_id: Id | None = None
    body: Annotated[str, StringConstraints(max_length=2_000_000)] = ""
    file_sha256: Sha256 | None = None
    file_name: Annotated[str, StringConstraints(max_length=200)] = ""
    allow_copy: bool = False
    comments_open: bool = False
    comments_close_at: datetime | None = None


class DocumentRevisionRequest(Request):
    """A new version of a document: it replaces the current content."""

    title: Title | None = None  # None: unchanged
    body: Annotated[str, StringConstraints(max_length=2_000_000)] = ""
    file_sha256: Sha256 | None = None
    file_name: Annotated[str, StringConstraints(max_length=200)] = ""
    change_note: Annotated[str, StringConstraints(max_length=2_000)] = ""


class MeetingRequest(Request):
    """Create or replace a meeting (the agenda is given whole)."""

    committee_id: Id | None
    title: Title
    starts_at: datetime
    ends_at: datetime | None = None
    place: Annotated[str, StringConstraints(max_length=300)] = ""
    video_url: Annotated[str, StringConstraints(max_length=500)] = ""
    status: MeetingStatus = MeetingStatus.SCHEDULED
    agenda: Annotated[list[AgendaItemData], Field(max_length=100)] = Field(default_factory=list)
    minutes_document_id: Id | None = None
