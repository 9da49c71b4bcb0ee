"""The idea box: ``idea.submit``, ``idea.support``, ``idea.comment`` and ``idea.status``.

An idea (or a request) goes to a committee, seen by its members, or to the organisation
(``committee_id`` None), seen by everyone; its comments go where it goes. Rules, each refusal
with its code:

- submit: to a committee one belongs to, or the organisation (else ``not_found``); the id is
  new (``id_taken``, unless its author repeats the same idea, from another device: applied);
- support: an idea one may see (else ``not_found``), not one's own (``own_idea``), once
  (``already_supported``);
- comment: an idea one may see; the id is new (the same, as for submit);
- status: an idea one may see, by the secretariat or the chair of the idea's committee
  (membership role ``chair``), else ``not_moderator``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update

from protocol.base import Request
from protocol.errors import NetworkErrorCode
from protocol.models import Kind
from protocol.network import (
    IdeaCommentData,
    IdeaCommentPostData,
    IdeaData,
    IdeaStatusSetData,
    IdeaSubmitData,
    IdeaSupportData,
)
from server.db import tables as t
from server.services import audit, changelog, directory
from server.services.changelog import Audience
from server.services.errors import NetworkRefused, NotFound
from server.services.records import Member

Code = NetworkErrorCode
#: The committee role that may moderate its committee's ideas (see organisation.COMMITTEE_ROLES).
CHAIR = "chair"
_i, _s, _c, _mb = t.ideas.c, t.idea_supports.c, t.idea_comments.c, t.members.c


def _name(conn: Connection, member_id: str | None) -> str:
    if member_id is None:
        return ""
    found = conn.execute(select(_mb.name).where(_mb.id == member_id)).scalar_one_or_none()
    return found or ""


def data(conn: Connection, row: Row[Any]) -> IdeaData:
    supporters = conn.execute(
        select(_s.member_id).where(_s.idea_id == row.id).order_by(_s.position)
    ).scalars()
    return IdeaData(
        id=row.id,
        committee_id=row.committee_id,
        kind=row.kind,
        title=row.title,
        body=row.body,
        author_id=row.author_id,
        author_name=_name(conn, row.author_id),
        submitted_at=row.submitted_at,
        status=row.status,
        answer=row.answer,
        answered_by_name=_name(conn, row.answered_by),
        status_changed_at=row.status_changed_at,
        supporter_ids=list(supporters),
    )


def _comment(conn: Connection, row: Row[Any]) -> IdeaCommentData:
    return IdeaCommentData(
        id=row.id,
        idea_id=row.idea_id,
        author_id=row.author_id,
        author_name=_name(conn, row.author_id),
        body=row.body,
        posted_at=row.posted_at,
    )


def _row(conn: Connection, idea_id: str) -> Row[Any]:
    row = conn.execute(select(t.ideas).where(_i.id == idea_id)).first()
    if row is None:
        raise NotFound("No such idea.")
    return row


def _tell(conn: Connection, idea_id: str) -> None:
    row = _row(conn, idea_id)
    changelog.upsert(conn, Kind.IDEA, data(conn, row), Audience.committee(row.committee_id))


def _visible(conn: Connection, member: Member, idea_id: str) -> Row[Any]:
    """An idea the member may see; else ``NotFound``."""
    row = conn.execute(select(t.ideas).where(_i.id == idea_id)).first()
    if row is None or not _in_scope(conn, member, row.committee_id):
        raise NotFound("No such idea.")
    return row


def _in_scope(conn: Connection, member: Member, committee_id: str | None) -> bool:
    return committee_id is None or committee_id in directory.committee_ids_of(conn, member.id)


def submit(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, IdeaSubmitData)
    if not _in_scope(conn, member, request.committee_id):
        raise NotFound("No such committee.")
    found = conn.execute(select(t.ideas).where(_i.id == request.idea_id)).first()
    if found is not None:
        mine = (found.author_id, found.committee_id, found.kind, found.title, found.body)
        if mine == (member.id, request.committee_id, request.kind, request.title, request.body):
            return None  # the same idea again, from another device of its author: done
        raise NetworkRefused(Code.ID_TAKEN, "That idea id is taken.")
    conn.execute(
        insert(t.ideas).values(
            id=request.idea_id,
            committee_id=request.committee_id,
            kind=request.kind.value,
            title=request.title,
            body=request.body,
            author_id=member.id,
            submitted_at=now or t.utcnow(),
            status="new",
            answer="",
            answered_by=None,
            status_changed_at=None,
        )
    )
    _tell(conn, request.idea_id)
    return None


def support(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, IdeaSupportData)
    row = _visible(conn, member, request.idea_id)
    if row.author_id == member.id:
        raise NetworkRefused(Code.OWN_IDEA, "You cannot support your own idea.")
    supports = select(_s.member_id).where(_s.idea_id == row.id)
    if conn.execute(supports.where(_s.member_id == member.id)).first() is not None:
        raise NetworkRefused(Code.ALREADY_SUPPORTED, "You already support this idea.")
    count = conn.execute(select(func.count()).where(_s.idea_id == row.id)).scalar_one()
    conn.execute(
        insert(t.idea_supports).values(
            idea_id=row.id,
            member_id=member.id,
            position=int(count) + 1,
            supported_at=now or t.utcnow(),
        )
    )
    _tell(conn, row.id)
    return None


def comment(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, IdeaCommentPostData)
    idea = _visible(conn, member, request.idea_id)
    found = conn.execute(select(t.idea_comments).where(_c.id == request.comment_id)).first()
    if found is not None:
        if (found.author_id, found.idea_id, found.body) == (member.id, idea.id, request.body):
            return None  # the same comment again, from another device of its author: done
        raise NetworkRefused(Code.ID_TAKEN, "That comment id is taken.")
    conn.execute(
        insert(t.idea_comments).values(
            id=request.comment_id,
            idea_id=idea.id,
            author_id=member.id,
            body=request.body,
            posted_at=now or t.utcnow(),
        )
    )
    row = conn.execute(select(t.idea_comments).where(_c.id == request.comment_id)).one()
    audience = Audience.committee(idea.committee_id)
    changelog.upsert(conn, Kind.IDEA_COMMENT, _comment(conn, row), audience)
    return None


def may_moderate(conn: Connection, member: Member, committee_id: str | None) -> bool:
    """The secretariat moderates every idea; a committee's chair, its committee's."""
    if member.is_secretariat:
        return True
    if committee_id is None:
        return False
    m = t.memberships.c
    role = conn.execute(
        select(m.role).where(m.committee_id == committee_id, m.member_id == member.id)
    ).scalar_one_or_none()
    return role == CHAIR


def set_status(
    conn: Connection, member: Member, request: Request, now: datetime | None = None
) -> dict[str, Any] | None:
    assert isinstance(request, IdeaStatusSetData)
    row = _visible(conn, member, request.idea_id)
    if not may_moderate(conn, member, row.committee_id):
        raise NetworkRefused(
            Code.NOT_MODERATOR, "Only the secretariat or the committee's chair may answer ideas."
        )
    conn.execute(
        update(t.ideas)
        .where(_i.id == row.id)
        .values(
            status=request.status.value,
            answer=request.answer,
            answered_by=member.id,
            status_changed_at=now or t.utcnow(),
        )
    )
    # A moderation: in the audit log (docs/SECURITY.md), not the answer's text.
    detail = {"idea_id": row.id, "committee_id": row.committee_id, "status": request.status.value}
    audit.append(conn, "idea.status_set", actor_id=member.id, detail=detail)
    _tell(conn, row.id)
    return None


def replay_committee(conn: Connection, committee_id: str, audience: Audience) -> None:
    """Send a committee's ideas and their comments again to ``audience`` (a newcomer)."""
    ideas = conn.execute(
        select(t.ideas).where(_i.committee_id == committee_id).order_by(_i.submitted_at, _i.id)
    ).all()
    for idea in ideas:
        changelog.upsert(conn, Kind.IDEA, data(conn, idea), audience)
        comments = conn.execute(
            select(t.idea_comments).where(_c.idea_id == idea.id).order_by(_c.posted_at, _c.id)
        ).all()
        for row in comments:
            changelog.upsert(conn, Kind.IDEA_COMMENT, _comment(conn, row), audience)
