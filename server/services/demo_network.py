"""The demo's committee network, from ``resources/demo/network.json``: conversations in the
organisation's and each committee's channel (threads, mentions, an edit, a deletion, pins),
direct conversations, the idea box in every status, and announcements with acknowledgements
and a reminder; then each member's read point, so that some messages are still unread.

Everything goes through the same services as the members' own mutations, with their ``now``
set in the past: times are written ``-3d 14:20`` (three days ago at 14:20, Paris time) or
``-5h``, ``-2h30m``, ``-40m`` (before the load). All the steps are sorted by time and run in
that order inside the demo's one transaction; a step never runs before what it depends on (a
reply before its message, a support before its idea). Names in the texts become links:
``{@member:Name}``, ``{@committee:Name}``, ``{@document:Title}``, ``{@motion:Title}``, with an
optional ``|label`` for the link's text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from protocol.base import Request
from protocol.network import (
    ORGANISATION_CHANNEL,
    AnnouncementAckData,
    AnnouncementPostData,
    AnnouncementRemindData,
    ChannelReadData,
    ConversationStartData,
    IdeaCommentPostData,
    IdeaKind,
    IdeaStatus,
    IdeaStatusSetData,
    IdeaSubmitData,
    IdeaSupportData,
    MessageDeleteData,
    MessageEditData,
    MessagePinData,
    MessagePostData,
    committee_channel,
    direct_channel,
)
from server.db import tables as t
from server.services import announcements, channel_state, channels, directory, ideas, messages
from server.services.records import Member

NETWORK_FILE = "network.json"
PARIS = ZoneInfo("Europe/Paris")
#: Members not named in a channel's ``unread`` have read what was posted before this.
READ_UNTIL = timedelta(hours=20)

_DAY = re.compile(r"^-(\d+)d (\d{1,2}):(\d{2})$")
_AGO = re.compile(r"^-(?:(\d+)h)?(?:(\d+)m)?$")
_PLACEHOLDER = re.compile(r"\{@(member|committee|document|motion):([^}|]+)(?:\|([^}]+))?\}")
_STEP = timedelta(seconds=1)
#: A service's mutation handler, with its clock.
Handler = Callable[..., dict[str, Any] | None]


def load(
    conn: Connection,
    base: Path,
    committees: dict[str, str],
    members: dict[str, str],
    *,
    now: datetime | None = None,
) -> None:
    """Add the demo network when ``base`` holds a ``network.json`` (else nothing)."""
    path = base / NETWORK_FILE
    if not path.exists():
        return
    content = json.loads(path.read_text(encoding="utf-8"))
    _Network(conn, committees, members, now or t.utcnow()).load(content)


def when(text: str, now: datetime) -> datetime:
    """A demo time (``-3d 14:20`` or ``-2h30m``) as a UTC moment, never after ``now``."""
    if day := _DAY.match(text):
        date = now.astimezone(PARIS).date() - timedelta(days=int(day[1]))
        local = datetime(date.year, date.month, date.day, int(day[2]), int(day[3]), tzinfo=PARIS)
        moment = local.astimezone(now.tzinfo)
    elif (ago := _AGO.match(text)) and (ago[1] or ago[2]):
        moment = now - timedelta(hours=int(ago[1] or 0), minutes=int(ago[2] or 0))
    else:
        raise ValueError(f"Not a demo time: {text!r}.")
    return min(moment, now - timedelta(minutes=1))


class _Network:
    """One load: the ids met so far and the steps waiting to run, in time order."""

    def __init__(
        self, conn: Connection, committees: dict[str, str], members: dict[str, str], now: datetime
    ) -> None:
        self.conn, self.committees, self.members, self.now = conn, committees, members, now
        self._people: dict[str, Member] = {}
        self._steps: list[tuple[datetime, int, Callable[[], None]]] = []
        self._targets = {
            "member": _names(conn, t.members.c.name, t.members.c.id),
            "committee": _names(conn, t.committees.c.name, t.committees.c.id),
            "document": _names(conn, t.documents.c.title, t.documents.c.id),
            "motion": _names(conn, t.motions.c.title, t.motions.c.id),
        }
        # channel id -> [(number, author id, posted at)], and the unread counts asked for
        self._posted: dict[str, list[tuple[int, str, datetime]]] = {}
        self._unread: dict[str, dict[str, int]] = {}

    def load(self, content: dict[str, Any]) -> None:
        for spec in content.get("channels", []):
            committee = spec.get("committee")
            channel = committee_channel(self.committees[committee]) if committee else None
            self._channel(channel or ORGANISATION_CHANNEL, spec)
        for spec in content.get("conversations", []):
            self._conversation(spec)
        for spec in content.get("ideas", []):
            self._idea(spec)
        for spec in content.get("announcements", []):
            self._announcement(spec)
        for _, _, step in sorted(self._steps, key=lambda s: (s[0], s[1])):
            step()
        self._read_points()

    # --- helpers ------------------------------------------------------------------------------

    def _person(self, key: str) -> Member:
        return self._by_id(self.members[key])

    def _by_id(self, member_id: str) -> Member:
        if member_id not in self._people:
            self._people[member_id] = directory.member(self.conn, member_id)
        return self._people[member_id]

    def _at(self, text: str, after: datetime | None = None) -> datetime:
        moment = when(text, self.now)
        return moment if after is None else max(moment, after + _STEP)

    def _later(self, at: datetime, step: Callable[[], None]) -> None:
        self._steps.append((at, len(self._steps), step))

    def _do(self, at: datetime, handler: Handler, who: str | Member, request: Request) -> None:
        """Run ``handler`` for ``who`` (a member's key, or the member) at ``at``, in turn."""
        member = who if isinstance(who, Member) else self._person(who)

        def run() -> None:
            handler(self.conn, member, request, now=at)

        self._later(at, run)

    def text(self, body: str) -> str:
        """The body with its placeholders replaced by ``quorum://`` links."""

        def link(found: re.Match[str]) -> str:
            kind, name, label = found[1], found[2].strip(), found[3]
            target = self._targets[kind].get(name)
            if target is None:
                raise ValueError(f"The demo network names an unknown {kind}: {name!r}.")
            shown = label or (f"@{name}" if kind in ("member", "committee") else name)
            return f"[{shown}](quorum://{kind}/{target})"

        return _PLACEHOLDER.sub(link, body)

    # --- conversations ------------------------------------------------------------------------

    def _channel(self, channel_id: str, spec: dict[str, Any]) -> None:
        self._unread[channel_id] = {
            self.members[key]: int(count) for key, count in spec.get("unread", {}).items()
        }
        for message in spec.get("messages", []):
            root = self._message(channel_id, message, None, None)
            after = root[1]
            for reply in message.get("replies", []):
                after = self._message(channel_id, reply, root[0], after)[1]

    def _message(
        self, channel_id: str, spec: dict[str, Any], root: str | None, after: datetime | None
    ) -> tuple[str, datetime]:
        author, message_id = self._person(spec["by"]), uuid4().hex
        at = self._at(spec["at"], after)
        post = MessagePostData(
            message_id=message_id,
            channel_id=channel_id,
            body=self.text(spec["body"]),
            thread_root_id=root,
        )

        def posted() -> None:
            number = messages.post(self.conn, author, post, now=at)["number"]
            self._posted.setdefault(channel_id, []).append((number, author.id, at))

        self._later(at, posted)
        last = at
        if edit := spec.get("edit"):
            last = self._at(edit["at"], last)
            change = MessageEditData(message_id=message_id, body=self.text(edit["body"]))
            self._do(last, messages.edit, author, change)
        if pin := spec.get("pin"):
            last = self._at(pin["at"], last)
            self._do(last, messages.pin, pin["by"], MessagePinData(message_id=message_id))
        if deleted := spec.get("delete"):
            last = self._at(deleted, last)
            self._do(
                last, messages.delete_message, author, MessageDeleteData(message_id=message_id)
            )
        return message_id, at

    def _conversation(self, spec: dict[str, Any]) -> None:
        starter, conversation_id = self._person(spec["by"]), uuid4().hex
        at = self._at(spec["at"])
        start = ConversationStartData(
            conversation_id=conversation_id,
            member_ids=[self.members[key] for key in spec["members"]],
            title=spec.get("title", ""),
        )
        self._do(at, channels.start_conversation, starter, start)
        channel_id = direct_channel(conversation_id)
        self._unread[channel_id] = {
            self.members[key]: int(count) for key, count in spec.get("unread", {}).items()
        }
        after = at
        for message in spec.get("messages", []):
            after = self._message(channel_id, message, None, after)[1]

    # --- the idea box -------------------------------------------------------------------------

    def _idea(self, spec: dict[str, Any]) -> None:
        author, idea_id = self._person(spec["by"]), uuid4().hex
        at = self._at(spec["at"])
        committee = spec.get("committee")
        submit = IdeaSubmitData(
            idea_id=idea_id,
            committee_id=self.committees[committee] if committee else None,
            kind=IdeaKind(spec.get("kind", "idea")),
            title=spec["title"],
            body=self.text(spec["body"]),
        )
        self._do(at, ideas.submit, author, submit)
        for key, moment in spec.get("supports", []):
            self._do(self._at(moment, at), ideas.support, key, IdeaSupportData(idea_id=idea_id))
        for comment in spec.get("comments", []):
            body = self.text(comment["body"])
            request = IdeaCommentPostData(comment_id=uuid4().hex, idea_id=idea_id, body=body)
            self._do(self._at(comment["at"], at), ideas.comment, comment["by"], request)
        changed = at
        for status in spec.get("status", []):
            changed = self._at(status["at"], changed)
            answer = self.text(status.get("answer", ""))
            change = IdeaStatusSetData(
                idea_id=idea_id, status=IdeaStatus(status["status"]), answer=answer
            )
            self._do(changed, ideas.set_status, status["by"], change)

    # --- announcements ------------------------------------------------------------------------

    def _announcement(self, spec: dict[str, Any]) -> None:
        author, announcement_id = self._person(spec["by"]), uuid4().hex
        at = self._at(spec["at"])
        committee = spec.get("committee")
        post = AnnouncementPostData(
            announcement_id=announcement_id,
            committee_id=self.committees[committee] if committee else None,
            title=spec["title"],
            body=self.text(spec["body"]),
            ack_required=bool(spec.get("ack_required", False)),
        )
        self._do(at, announcements.post, author, post)
        ack = AnnouncementAckData(announcement_id=announcement_id)
        for key, moment in spec.get("acks", []):
            self._do(self._at(moment, at), announcements.ack, key, ack)
        if remind := spec.get("remind"):
            request = AnnouncementRemindData(announcement_id=announcement_id)
            self._do(self._at(remind["at"], at), announcements.remind, remind["by"], request)

    # --- read points --------------------------------------------------------------------------

    def _read_points(self) -> None:
        """Authors have read up to their own last message; the members a channel names in
        ``unread`` have that many messages left to read; the others, what came before
        ``READ_UNTIL``."""
        cutoff = self.now - READ_UNTIL
        for channel_id, posted in self._posted.items():
            last = max(number for number, _, _ in posted)
            seen = max((n for n, _, at in posted if at <= cutoff), default=0)
            points = {member_id: seen for member_id in self._readers(channel_id)}
            for number, author_id, _ in posted:
                points[author_id] = max(points.get(author_id, 0), number)
            for member_id, unread in self._unread.get(channel_id, {}).items():
                points[member_id] = last - unread
            for member_id, number in points.items():
                if number > 0:
                    request = ChannelReadData(channel_id=channel_id, number=number)
                    channel_state.read(self.conn, self._by_id(member_id), request, now=self.now)

    def _readers(self, channel_id: str) -> list[str]:
        channel = channels.parse(channel_id)
        if channel.kind == channels.ORGANISATION:
            query = select(t.members.c.id).where(t.members.c.active.is_(True))
        elif channel.kind == channels.COMMITTEE:
            m = t.memberships.c
            query = select(m.member_id).where(m.committee_id == channel.target)
        else:
            return channels.conversation_member_ids(self.conn, channel.target or "")
        return list(self.conn.execute(query).scalars())


def _names(conn: Connection, name: Any, key: Any) -> dict[str, str]:
    return {row[0]: row[1] for row in conn.execute(select(name, key))}
