"""What the secretariat does: set up the organisation, its members, committees and documents.

Every change writes its change-log rows in the same transaction as the change itself. Who sees
what (the audience of each row):

- the organisation and its members: everyone (member data never holds email or hash);
- a committee, its memberships and its documents: the committee's members;
- organisation-wide documents: everyone; read receipts: the reader only.

A member who joins a committee also gets, for them alone, the committee, its memberships, its
documents and their own receipts for them, the committee's network (its channel's messages,
its ideas with their comments, its announcements, and their own acknowledgements and channel
state there) and its board documents in depth (``documents_replay``: versions, meetings,
actions, comments, their own annotations). They could not see those older rows otherwise; the
rows are visible to them only while they stay in the committee. A member who leaves gets
tombstones for the committee, its memberships and documents, so their app forgets what they
may no longer read; the app's delete of the committee takes the rest with it.

Documents are published through ``publishing`` (versions, PDFs, meetings);
``publish_document`` and ``update_document`` remain for Markdown.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, insert, select, update

from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from protocol.models import (
    CommitteeData,
    DocumentData,
    Kind,
    MembershipData,
    OrganisationData,
    Role,
)
from protocol.rules import normalise_email
from server.db import tables as t
from server.services import (
    announcements,
    audit,
    changelog,
    channel_state,
    directory,
    documents_replay,
    ideas,
    meetings,
    messages,
    publishing,
)
from server.services.changelog import Audience
from server.services.errors import Conflict, NotFound, ValidationFailed
from server.services.passwords import Passwords, passwords_for
from server.services.records import Member
from server.services.tx import DB, write

CATEGORIES = ("board", "bureau", "committee")
COMMITTEE_ROLES = ("member", "chair", "secretary")


def new_id() -> str:
    return uuid.uuid4().hex


def new_committee_id() -> str:
    """Shorter than other ids: a membership id is ``committee_id:member_id`` and the protocol
    caps ids at 64 characters (24 + 1 + 32)."""
    return secrets.token_hex(12)


def _text(value: str, what: str, max_length: int, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise ValidationFailed(f"The {what} must not be empty.")
    if len(value) > max_length:
        raise ValidationFailed(f"The {what} is longer than {max_length} characters.")
    return value


def _roles(roles: Iterable[str]) -> list[Role]:
    try:
        chosen = sorted({Role(role) for role in roles}, key=list(Role).index)
    except ValueError as exc:
        raise ValidationFailed(f"Roles are among: {', '.join(Role)}.") from exc
    return chosen or [Role.MEMBER]


def create_organisation(db: DB, name: str, short_name: str = "") -> OrganisationData:
    with write(db) as conn:
        if directory.has_organisation(conn):
            raise Conflict("This server already holds an organisation.")
        data = OrganisationData(
            id=new_id(),
            name=_text(name, "name", 200),
            short_name=_text(short_name, "short name", 100, required=False),
        )
        conn.execute(
            insert(t.organisation).values(
                **data.model_dump(exclude={"security"}), created_at=t.utcnow()
            )
        )
        changelog.upsert(conn, Kind.ORGANISATION, data, Audience.organisation())
        return data


def add_member(
    db: DB,
    email: str,
    name: str,
    password: str,
    roles: Iterable[str] = (Role.MEMBER,),
    title: str = "",
    *,
    passwords: Passwords | None = None,
    actor_id: str | None = None,
) -> Member:
    email = normalise_email(email)
    if "@" not in email or len(email) > 254 or any(c.isspace() for c in email):
        raise ValidationFailed("That is not an email address.")
    if not password:
        raise ValidationFailed("The password must not be empty.")
    password_hash = (passwords or passwords_for()).hash(password)
    member = Member(
        id=new_id(),
        email=email,
        name=_text(name, "name", 200),
        title=_text(title, "title", 200, required=False),
        roles=tuple(_roles(roles)),
        active=True,
    )
    with write(db) as conn:
        exists = conn.execute(select(t.members.c.id).where(t.members.c.email == email)).first()
        if exists is not None:
            raise Conflict("A member already has that email address.")
        conn.execute(
            insert(t.members).values(
                id=member.id,
                email=member.email,
                name=member.name,
                title=member.title,
                password_hash=password_hash,
                roles=json.dumps([role.value for role in member.roles]),
                active=True,
                created_at=t.utcnow(),
            )
        )
        changelog.upsert(conn, Kind.MEMBER, member.data(), Audience.organisation())
        roles = [role.value for role in member.roles]
        detail = {"member_id": member.id, "roles": roles}
        audit.append(conn, "member.created", actor_id=actor_id, detail=detail)
    return member


def set_active(db: DB, member_id: str, active: bool) -> Member:
    with write(db) as conn:
        member = directory.member(conn, member_id)
        conn.execute(update(t.members).where(t.members.c.id == member_id).values(active=active))
        changelog.upsert(conn, Kind.MEMBER, member.data(), Audience.organisation())
        return directory.member(conn, member_id)


def add_committee(
    db: DB, name: str, description: str = "", category: str = "committee"
) -> CommitteeData:
    if category not in CATEGORIES:
        raise ValidationFailed(f"The category is one of: {', '.join(CATEGORIES)}.")
    data = CommitteeData(
        id=new_committee_id(),
        name=_text(name, "name", 200),
        description=description.strip(),
        category=category,
    )
    with write(db) as conn:
        exists = conn.execute(select(t.committees.c.id).where(t.committees.c.name == data.name))
        if exists.first() is not None:
            raise Conflict("A committee already has that name.")
        conn.execute(insert(t.committees).values(**data.model_dump(), created_at=t.utcnow()))
        changelog.upsert(conn, Kind.COMMITTEE, data, Audience.committee(data.id))
        audit.append(conn, "committee.created", detail={"committee_id": data.id})
    return data


def add_to_committee(
    db: DB, member_id: str, committee_id: str, role: str = "member"
) -> MembershipData:
    """Make a member join a committee, or change their role in it."""
    if role not in COMMITTEE_ROLES:
        raise ValidationFailed(f"The committee role is one of: {', '.join(COMMITTEE_ROLES)}.")
    with write(db) as conn:
        committee = directory.committee(conn, committee_id)
        directory.member(conn, member_id)
        where = (t.memberships.c.committee_id == committee_id) & (
            t.memberships.c.member_id == member_id
        )
        joining = conn.execute(select(t.memberships.c.role).where(where)).first() is None
        if joining:
            conn.execute(
                insert(t.memberships).values(
                    committee_id=committee_id, member_id=member_id, role=role
                )
            )
        else:
            conn.execute(update(t.memberships).where(where).values(role=role))
        membership = directory.membership_data(committee_id, member_id, role)
        detail = {"committee_id": committee_id, "member_id": member_id, "role": role}
        event = "committee.member_added" if joining else "committee.role_changed"
        audit.append(conn, event, detail=detail)
        changelog.upsert(conn, Kind.MEMBERSHIP, membership, Audience.committee(committee_id))
        if joining:
            # The newcomer cannot see the committee's older rows: replay them for them alone.
            only_them = Audience.member_in_committee(member_id, committee_id)
            changelog.upsert(conn, Kind.COMMITTEE, committee, only_them)
            for other in directory.memberships_of_committee(conn, committee_id):
                if other.member_id != member_id:
                    changelog.upsert(conn, Kind.MEMBERSHIP, other, only_them)
            for doc in directory.documents_of(conn, committee_id):
                changelog.upsert(conn, Kind.DOCUMENT, doc, only_them)
            # Leaving deleted those documents, and their receipts with them, from the apps of a
            # member who comes back: what they had read must show as read again.
            for receipt in directory.read_receipts_in_committee(conn, member_id, committee_id):
                changelog.upsert(conn, Kind.READ_RECEIPT, receipt, only_them)
            # The committee's network: its channel's messages, ideas (and comments),
            # announcements, and the newcomer's own acknowledgements and channel state there.
            messages.replay_committee(conn, committee_id, only_them)
            channel_state.replay_committee(conn, member_id, committee_id, only_them)
            ideas.replay_committee(conn, committee_id, only_them)
            announcements.replay_committee(conn, member_id, committee_id, only_them)
            # Board documents in depth: versions, meetings, actions, comments, own annotations.
            documents_replay.replay_committee(conn, member_id, committee_id, only_them)
        return membership


def remove_from_committee(db: DB, member_id: str, committee_id: str) -> None:
    with write(db) as conn:
        directory.committee(conn, committee_id)
        where = (t.memberships.c.committee_id == committee_id) & (
            t.memberships.c.member_id == member_id
        )
        if conn.execute(select(t.memberships.c.role).where(where)).first() is None:
            raise NotFound("That member is not in that committee.")
        # Tombstones for the leaver alone, written before the membership goes.
        only_them = Audience.member(member_id)
        for doc in directory.documents_of(conn, committee_id):
            changelog.delete(conn, Kind.DOCUMENT, doc.id, only_them)
        for membership in directory.memberships_of_committee(conn, committee_id):
            changelog.delete(conn, Kind.MEMBERSHIP, membership.id, only_them)
        changelog.delete(conn, Kind.COMMITTEE, committee_id, only_them)
        conn.execute(delete(t.memberships).where(where))
        changelog.delete(
            conn, Kind.MEMBERSHIP, f"{committee_id}:{member_id}", Audience.committee(committee_id)
        )
        detail = {"committee_id": committee_id, "member_id": member_id}
        audit.append(conn, "committee.member_removed", detail=detail)


def publish_document(
    db: DB,
    title: str,
    body: str,
    committee_id: str | None,
    author_id: str | None,
    published_at: datetime | None = None,
) -> DocumentData:
    """Publish a Markdown document to a committee, or to the whole organisation
    (``committee_id`` None); see ``publishing.publish`` for PDFs and meetings."""
    request = DocumentPublishRequest.model_construct(
        title=_text(title, "title", 300), committee_id=committee_id, body=body
    )
    return publishing.publish(db, None, request, published_at, author_id=author_id)


def update_document(
    db: DB, document_id: str, *, title: str | None = None, body: str | None = None
) -> DocumentData:
    """A new version of a Markdown document (what is not given stays as it was)."""
    with write(db) as conn:
        current = directory.document(conn, document_id)
        request = DocumentRevisionRequest.model_construct(
            title=_text(title, "title", 300) if title is not None else None,
            body=current.body if body is None else body,
        )
        return publishing.revise(conn, None, document_id, request)


def delete_document(db: DB, document_id: str) -> None:
    with write(db) as conn:
        doc = directory.document(conn, document_id)
        readers = conn.execute(
            select(t.read_receipts.c.member_id).where(t.read_receipts.c.document_id == document_id)
        ).scalars()
        for reader in readers:
            changelog.delete(conn, Kind.READ_RECEIPT, document_id, Audience.member(reader))
        conn.execute(delete(t.read_receipts).where(t.read_receipts.c.document_id == document_id))
        # What goes with it (the apps delete it with the document).
        for table in (t.member_annotations, t.document_comments, t.document_versions):
            conn.execute(delete(table).where(table.c.document_id == document_id))
        touched = meetings.forget_document(conn, document_id)
        conn.execute(delete(t.documents).where(t.documents.c.id == document_id))
        changelog.delete(conn, Kind.DOCUMENT, document_id, Audience.committee(doc.committee_id))
        audit.append(conn, "document.deleted", detail={"document_id": document_id})
        for meeting_id in touched:  # their agenda (or minutes) no longer name it
            meetings.tell(conn, meeting_id)
