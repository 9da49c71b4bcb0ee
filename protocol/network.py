"""The committee network on the wire: channels, messages, direct conversations, the idea box,
announcements, and each member's own reading position and preferences.

Channels are named, not stored: ``org`` is the organisation's channel, ``committee:<id>`` a
committee's, ``direct:<id>`` a direct conversation (a ``conversation`` entity). Messages carry
the channel id; the server gives each message its ``number``, increasing within its channel,
which is the order every app shows. Links inside Markdown use the ``quorum:`` scheme
(``quorum://member/ID``, ``quorum://committee/ID``, ``quorum://document/ID``,
``quorum://motion/ID``, ``quorum://idea/ID``, ``quorum://announcement/ID``); a link to a member or
a committee written ``[@Name](quorum://member/ID)`` is a mention. ``links`` finds them: the
server stores the mentions it finds, the app highlights them.

Ids of what a member creates (messages, conversations, ideas, comments, announcements) are made
by the app before the first send, so a mutation repeated after a lost answer, or an edit queued
behind the post it edits, names the same thing.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from protocol.base import Id, Payload, Request

ORGANISATION_CHANNEL = "org"
COMMITTEE_PREFIX = "committee:"
DIRECT_PREFIX = "direct:"

#: Longest Markdown body of a message, comment, idea or announcement (characters).
MAX_BODY = 20_000
MAX_TITLE = 200
#: Most people in a direct conversation, its starter included.
MAX_CONVERSATION_MEMBERS = 12

Body = Annotated[str, StringConstraints(min_length=1, max_length=MAX_BODY)]
Title = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TITLE)]
#: An id the app made (a UUID4 as hex or with dashes, or any opaque 8-64 characters).
ClientMadeId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{8,64}$")]


def committee_channel(committee_id: str) -> str:
    return f"{COMMITTEE_PREFIX}{committee_id}"


def direct_channel(conversation_id: str) -> str:
    return f"{DIRECT_PREFIX}{conversation_id}"


# --- links and mentions ----------------------------------------------------------------------

_LINK = re.compile(
    r"quorum://(member|committee|document|motion|idea|announcement)/([A-Za-z0-9_:-]{1,64})"
)


class Links(Payload):
    """What a body links to, each list in order of first appearance, without repeats."""

    members: list[str] = Field(default_factory=list)
    committees: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)
    motions: list[str] = Field(default_factory=list)
    ideas: list[str] = Field(default_factory=list)
    announcements: list[str] = Field(default_factory=list)


def links(body: str) -> Links:
    found: dict[str, list[str]] = {}
    for kind, target in _LINK.findall(body):
        seen = found.setdefault(kind + "s", [])
        if target not in seen:
            seen.append(target)
    return Links.model_validate(found)


# --- entities (change log kinds: see protocol.models.Kind) -----------------------------------


class ConversationData(Payload):
    """A direct conversation between two people or a small group (for its members only)."""

    id: Id
    member_ids: list[Id]  # everyone in it, the starter included, in the order given
    title: str = ""  # empty: the app names it after the others
    started_by: Id
    started_at: datetime


class MessageRevision(Payload):
    body: str
    written_at: datetime  # when this earlier text was written (posted or last edited)


class MessageData(Payload):
    """A message in a channel. A deleted message stays as a tombstone: empty body, no history,
    ``deleted_at`` set, so the thread around it keeps its shape."""

    id: Id
    channel_id: str
    number: int  # the server's order within the channel, from 1
    author_id: Id
    author_name: str
    body: str  # Markdown
    thread_root_id: Id | None = None  # a reply: the top-level message it answers
    posted_at: datetime
    edited_at: datetime | None = None
    history: list[MessageRevision] = Field(default_factory=list)  # oldest first
    deleted_at: datetime | None = None
    mention_member_ids: list[Id] = Field(default_factory=list)
    mention_committee_ids: list[Id] = Field(default_factory=list)
    pinned_at: datetime | None = None
    pinned_by_name: str = ""


class ChannelStateData(Payload):
    """The member's own position in a channel (id = channel id), the same on every device."""

    id: str
    last_read_number: int = 0
    muted: bool = False


class NotifyMode(StrEnum):
    IMMEDIATE = "immediate"
    DIGEST = "digest"  # one summary a day instead of a notification each time
    OFF = "off"  # the in-app list only


class PreferencesData(Payload):
    """The member's notification choices (id is always ``me``)."""

    id: str = "me"
    notify: NotifyMode = NotifyMode.IMMEDIATE
    digest_hour: int = 18  # local hour of the daily digest


class IdeaStatus(StrEnum):
    NEW = "new"
    UNDER_REVIEW = "under_review"
    ACCEPTED = "accepted"
    DONE = "done"
    DECLINED = "declined"


class IdeaKind(StrEnum):
    IDEA = "idea"
    REQUEST = "request"


class IdeaData(Payload):
    """An idea or a request in the idea box of a committee, or the organisation's (None)."""

    id: Id
    committee_id: Id | None
    kind: IdeaKind = IdeaKind.IDEA
    title: str
    body: str
    author_id: Id
    author_name: str
    submitted_at: datetime
    status: IdeaStatus = IdeaStatus.NEW
    answer: str = ""  # the public answer given with the last status
    answered_by_name: str = ""
    status_changed_at: datetime | None = None
    supporter_ids: list[Id] = Field(default_factory=list)  # in order of support


class IdeaCommentData(Payload):
    id: Id
    idea_id: Id
    author_id: Id
    author_name: str
    body: str
    posted_at: datetime


class AnnouncementData(Payload):
    """An announcement to the organisation (None) or a committee."""

    id: Id
    committee_id: Id | None
    title: str
    body: str
    author_id: Id
    author_name: str
    posted_at: datetime
    ack_required: bool = False
    reminded_at: datetime | None = None  # the last reminder to those who have not acknowledged


class AcknowledgementData(Payload):
    """That a member acknowledged an announcement (id = ``announcement_id:member_id``). Goes to
    that member and to the announcement's author."""

    id: str
    announcement_id: Id
    member_id: Id
    member_name: str
    acknowledged_at: datetime


# --- mutations (protocol.models.MutationKind) ------------------------------------------------


class MessagePostData(Request):
    message_id: ClientMadeId
    channel_id: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    body: Body
    thread_root_id: Id | None = None


class MessageEditData(Request):
    message_id: Id
    body: Body


class MessageDeleteData(Request):
    message_id: Id


class MessagePinData(Request):
    message_id: Id
    pinned: bool = True


class ChannelReadData(Request):
    channel_id: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    number: Annotated[int, Field(ge=0, le=2**62)]  # read up to and including this number


class ChannelMuteData(Request):
    channel_id: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    muted: bool


class ConversationStartData(Request):
    conversation_id: ClientMadeId
    member_ids: Annotated[list[Id], Field(min_length=1, max_length=MAX_CONVERSATION_MEMBERS)]
    title: Annotated[str, StringConstraints(max_length=MAX_TITLE)] = ""


class PreferencesSetData(Request):
    notify: NotifyMode
    digest_hour: Annotated[int, Field(ge=0, le=23)] = 18


class IdeaSubmitData(Request):
    idea_id: ClientMadeId
    committee_id: Id | None = None
    kind: IdeaKind = IdeaKind.IDEA
    title: Title
    body: Body


class IdeaSupportData(Request):
    idea_id: Id


class IdeaCommentPostData(Request):
    comment_id: ClientMadeId
    idea_id: Id
    body: Body


class IdeaStatusSetData(Request):
    idea_id: Id
    status: IdeaStatus
    answer: Annotated[str, StringConstraints(max_length=MAX_BODY)] = ""


class AnnouncementPostData(Request):
    announcement_id: ClientMadeId
    committee_id: Id | None = None
    title: Title
    body: Body
    ack_required: bool = False


class AnnouncementAckData(Request):
    announcement_id: Id


class AnnouncementRemindData(Request):
    announcement_id: Id


# --- live events -----------------------------------------------------------------------------

#: The SSE event a client receives when there is something new for it. Its data is JSON
#: ``protocol.models.PokeData``: ``{"seq": N}``, the newest change the member may see (never one
#: they may not), and, when the new changes are few and small, ``after`` and ``page``: the page a
#: pull from the cursor ``after`` would answer. A client whose stored cursor is exactly ``after``
#: applies that page as if it had pulled it; any other client pulls.
POKE_EVENT = "changes"
#: A poke carries its page only up to this many changes and this many bytes of change data.
POKE_PAGE_MAX_CHANGES = 50
POKE_PAGE_MAX_BYTES = 64 * 1024
#: Sent once when the stream opens, with the same data: pull now (anything missed while
#: disconnected comes with that pull, so the stream resumes without gaps).
HELLO_EVENT = "hello"
#: Seconds between keep-alive comments on an idle stream.
KEEPALIVE_SECONDS = 15.0
