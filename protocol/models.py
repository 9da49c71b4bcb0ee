"""Wire models: what travels between the desktop app and the server.

Every model forbids unknown fields on requests (a typo is a 422, not silently ignored) and
accepts them on entity payloads (an older client keeps working when the server adds a field).
Identifiers are opaque strings. Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from protocol.account import ANNOUNCER_ROLES as ANNOUNCER_ROLES
from protocol.account import SECRETARIAT_ROLES as SECRETARIAT_ROLES
from protocol.account import Health as Health
from protocol.account import MemberProfile as MemberProfile
from protocol.account import MeResponse as MeResponse
from protocol.account import OrganisationData as OrganisationData
from protocol.account import Role as Role
from protocol.account import SignInRequest as SignInRequest
from protocol.account import SignInResponse as SignInResponse
from protocol.base import Id, Payload, Request
from protocol.documents import (
    ActionCommentPostData,
    ActionCreateData,
    ActionData,
    ActionUpdateData,
    AnnotationData,
    AnnotationDeleteData,
    AnnotationSaveData,
    DocumentCommentData,
    DocumentCommentPostData,
    DocumentFormat,
    DocumentVersionData,
    FileRef,
    MeetingData,
)
from protocol.documents import DocumentReceipts as DocumentReceipts
from protocol.documents import ReadReceiptEntry as ReadReceiptEntry
from protocol.motions import (
    AuditEventData,
    BallotCastData,
    MotionData,
    ParticipationData,
    ProxyData,
    ProxyGrantData,
    ProxyRevokeData,
)
from protocol.network import (
    AcknowledgementData,
    AnnouncementAckData,
    AnnouncementData,
    AnnouncementPostData,
    AnnouncementRemindData,
    ChannelMuteData,
    ChannelReadData,
    ChannelStateData,
    ConversationData,
    ConversationStartData,
    IdeaCommentData,
    IdeaCommentPostData,
    IdeaData,
    IdeaStatusSetData,
    IdeaSubmitData,
    IdeaSupportData,
    MessageData,
    MessageDeleteData,
    MessageEditData,
    MessagePinData,
    MessagePostData,
    PreferencesData,
    PreferencesSetData,
)

#: Largest page of changes a client may ask for, and the default.
MAX_PAGE_LIMIT = 1000
DEFAULT_PAGE_LIMIT = 200
#: Largest batch of mutations one push may carry.
MAX_PUSH_BATCH = 200


# --- entities carried by the change log ------------------------------------------------------


class Kind(StrEnum):
    """Kinds of entity in the change log. A client ignores kinds it does not know."""

    ORGANISATION = "organisation"
    COMMITTEE = "committee"
    MEMBER = "member"
    MEMBERSHIP = "membership"
    DOCUMENT = "document"
    READ_RECEIPT = "read_receipt"
    MOTION = "motion"
    PROXY = "proxy"  # proxies the member gave or holds (for them only)
    PARTICIPATION = "participation"  # the member's own ballots, and those cast for them
    MOTION_EVENT = "motion_event"  # a motion's history, from the audit log
    CONVERSATION = "conversation"  # direct conversations the member is in
    MESSAGE = "message"
    CHANNEL_STATE = "channel_state"  # the member's own read point and mute, per channel
    PREFERENCES = "preferences"  # the member's own notification choices
    IDEA = "idea"
    IDEA_COMMENT = "idea_comment"
    ANNOUNCEMENT = "announcement"
    ACKNOWLEDGEMENT = "acknowledgement"  # mine, and those of announcements I posted
    DOCUMENT_VERSION = "document_version"  # every version of a document, the current included
    MEETING = "meeting"
    ACTION = "action"
    ANNOTATION = "annotation"  # the member's own private notes and highlights
    DOCUMENT_COMMENT = "document_comment"


class CommitteeData(Payload):
    id: Id
    name: str
    description: str = ""
    #: "board", "bureau" or "committee": lets the app order the board first.
    category: str = "committee"


class MemberData(Payload):
    """What any member of the organisation may know of another member."""

    id: Id
    name: str
    roles: list[Role] = Field(default_factory=list)
    title: str = ""


class MembershipData(Payload):
    """A member of a committee (the id is ``committee_id:member_id``)."""

    id: Id
    committee_id: Id
    member_id: Id
    role: str = "member"


class DocumentData(Payload):
    """A board document, at its current version. ``committee_id`` is None for an
    organisation-wide document. See ``protocol.documents`` for PDFs, versions and meetings."""

    id: Id
    committee_id: Id | None
    title: str
    body: str  # Markdown ("" for a PDF)
    author_id: Id | None = None
    author_name: str = ""
    published_at: datetime
    updated_at: datetime
    format: DocumentFormat = DocumentFormat.MARKDOWN
    version: int = 1
    file: FileRef | None = None  # a PDF's bytes, fetched by GET /v1/files/{sha256}
    text: str = ""  # a PDF's extracted text, for search ("" for Markdown)
    meeting_id: Id | None = None
    agenda_item_id: Id | None = None
    allow_copy: bool = False  # printing and saving a copy are allowed
    comments_open: bool = False  # members may comment on the current version
    comments_close_at: datetime | None = None  # the comment period ends then


class ReadReceiptData(Payload):
    """That the signed-in member has read a document (id is the document id)."""

    id: Id
    document_id: Id
    read_at: datetime  # the first time
    version: int | None = None  # the newest version read (None: before versions existed)
    last_read_at: datetime | None = None


#: The payload model of each kind, for validating ``Change.data``.
KIND_MODELS: dict[Kind, type[Payload]] = {
    Kind.ORGANISATION: OrganisationData,
    Kind.COMMITTEE: CommitteeData,
    Kind.MEMBER: MemberData,
    Kind.MEMBERSHIP: MembershipData,
    Kind.DOCUMENT: DocumentData,
    Kind.READ_RECEIPT: ReadReceiptData,
    Kind.MOTION: MotionData,
    Kind.PROXY: ProxyData,
    Kind.PARTICIPATION: ParticipationData,
    Kind.MOTION_EVENT: AuditEventData,
    Kind.CONVERSATION: ConversationData,
    Kind.MESSAGE: MessageData,
    Kind.CHANNEL_STATE: ChannelStateData,
    Kind.PREFERENCES: PreferencesData,
    Kind.IDEA: IdeaData,
    Kind.IDEA_COMMENT: IdeaCommentData,
    Kind.ANNOUNCEMENT: AnnouncementData,
    Kind.ACKNOWLEDGEMENT: AcknowledgementData,
    Kind.DOCUMENT_VERSION: DocumentVersionData,
    Kind.MEETING: MeetingData,
    Kind.ACTION: ActionData,
    Kind.ANNOTATION: AnnotationData,
    Kind.DOCUMENT_COMMENT: DocumentCommentData,
}


# --- pull ------------------------------------------------------------------------------------


class Op(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class Change(Payload):
    """One entry of the change log as one member sees it. ``data`` is None for a delete."""

    seq: int
    kind: str
    #: The entity's id; longer than an ``Id`` for derived ids (an acknowledgement's
    #: ``announcement_id:member_id``, a channel state's channel id): up to 2 ids and a colon.
    id: Annotated[str, StringConstraints(min_length=1, max_length=129)]
    op: Op
    data: dict[str, Any] | None = None


class SyncPage(Payload):
    """One page of ``GET /v1/sync?cursor=…&limit=…``.

    When ``reset`` is true the client must discard everything it holds from earlier syncs
    (not its outbox) and apply this page, which starts from the beginning, in the same
    transaction. Either way it stores ``next_cursor`` in the transaction that applies the page,
    and asks again while ``has_more``.
    """

    changes: list[Change]
    next_cursor: str
    has_more: bool
    reset: bool = False
    server_time: datetime
    #: The seq of the newest change in the server's log when this page was read, so a long
    #: first pull can show its progress (``protocol.cursor.decode_cursor`` of ``next_cursor``
    #: against it). None from a server that does not say it; never a permission check.
    head_seq: int | None = None


class PokeData(Payload):
    """The data of a live ``changes`` event (see ``protocol.network.POKE_EVENT``)."""

    seq: int
    #: With a page: a client whose cursor (``protocol.cursor.decode_cursor``) is on the same
    #: log as ``page.next_cursor`` at a seq from ``since`` to ``upto`` (both included) holds
    #: everything this page does not; it applies the page as if it had pulled it. Any other
    #: client pulls.
    since: int | None = None
    upto: int | None = None
    page: SyncPage | None = None


# --- push ------------------------------------------------------------------------------------


class MutationKind(StrEnum):
    """What a client may ask the server to do through the outbox."""

    MARK_READ = "document.read"
    CAST_BALLOT = "ballot.cast"
    GRANT_PROXY = "proxy.grant"
    REVOKE_PROXY = "proxy.revoke"
    POST_MESSAGE = "message.post"
    EDIT_MESSAGE = "message.edit"
    DELETE_MESSAGE = "message.delete"
    PIN_MESSAGE = "message.pin"
    READ_CHANNEL = "channel.read"
    MUTE_CHANNEL = "channel.mute"
    START_CONVERSATION = "conversation.start"
    SET_PREFERENCES = "preferences.set"
    SUBMIT_IDEA = "idea.submit"
    SUPPORT_IDEA = "idea.support"
    COMMENT_IDEA = "idea.comment"
    SET_IDEA_STATUS = "idea.status"
    POST_ANNOUNCEMENT = "announcement.post"
    ACK_ANNOUNCEMENT = "announcement.ack"
    REMIND_ANNOUNCEMENT = "announcement.remind"
    CREATE_ACTION = "action.create"
    UPDATE_ACTION = "action.update"
    COMMENT_ACTION = "action.comment"
    SAVE_ANNOTATION = "annotation.save"
    DELETE_ANNOTATION = "annotation.delete"
    COMMENT_DOCUMENT = "document.comment"


class MarkReadData(Request):
    document_id: Id
    read_at: datetime
    version: Annotated[int, Field(ge=1)] | None = None  # the version read (None: the current)


#: The payload model of each mutation kind.
MUTATION_MODELS: dict[MutationKind, type[Request]] = {
    MutationKind.MARK_READ: MarkReadData,
    MutationKind.CAST_BALLOT: BallotCastData,
    MutationKind.GRANT_PROXY: ProxyGrantData,
    MutationKind.REVOKE_PROXY: ProxyRevokeData,
    MutationKind.POST_MESSAGE: MessagePostData,
    MutationKind.EDIT_MESSAGE: MessageEditData,
    MutationKind.DELETE_MESSAGE: MessageDeleteData,
    MutationKind.PIN_MESSAGE: MessagePinData,
    MutationKind.READ_CHANNEL: ChannelReadData,
    MutationKind.MUTE_CHANNEL: ChannelMuteData,
    MutationKind.START_CONVERSATION: ConversationStartData,
    MutationKind.SET_PREFERENCES: PreferencesSetData,
    MutationKind.SUBMIT_IDEA: IdeaSubmitData,
    MutationKind.SUPPORT_IDEA: IdeaSupportData,
    MutationKind.COMMENT_IDEA: IdeaCommentPostData,
    MutationKind.SET_IDEA_STATUS: IdeaStatusSetData,
    MutationKind.POST_ANNOUNCEMENT: AnnouncementPostData,
    MutationKind.ACK_ANNOUNCEMENT: AnnouncementAckData,
    MutationKind.REMIND_ANNOUNCEMENT: AnnouncementRemindData,
    MutationKind.CREATE_ACTION: ActionCreateData,
    MutationKind.UPDATE_ACTION: ActionUpdateData,
    MutationKind.COMMENT_ACTION: ActionCommentPostData,
    MutationKind.SAVE_ANNOTATION: AnnotationSaveData,
    MutationKind.DELETE_ANNOTATION: AnnotationDeleteData,
    MutationKind.COMMENT_DOCUMENT: DocumentCommentPostData,
}


class Mutation(Request):
    """One outbox entry: ``client_id`` is generated by the client before the first send;
    ``seq`` is the device's own increasing sequence number."""

    client_id: Annotated[str, StringConstraints(min_length=8, max_length=64)]
    seq: Annotated[int, Field(ge=1)]
    kind: str
    data: dict[str, Any]


class PushRequest(Request):
    mutations: Annotated[list[Mutation], Field(max_length=MAX_PUSH_BATCH)]


class MutationStatus(StrEnum):
    APPLIED = "applied"
    REJECTED = "rejected"


class MutationResult(Payload):
    """The outcome of one mutation. A repeated mutation gets its stored result again, with
    ``duplicate`` set. A rejection is final: the client shows it and moves on."""

    client_id: str
    seq: int
    status: MutationStatus
    code: str | None = None
    message: str | None = None
    duplicate: bool = False
    #: What the server made of an applied mutation, when the client needs it back (for a
    #: ballot: the version counted and whether it replaced an earlier one).
    result: dict[str, Any] | None = None


class PushResponse(Payload):
    results: list[MutationResult]
    server_time: datetime
