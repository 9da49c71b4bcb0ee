"""What a member may read through the API: their committees, the documents they may see, and,
for the secretariat, who has read a document.

Something a member may not see answers ``not_found``, exactly like something that does not
exist: the answer never reveals that it exists.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from protocol.models import CommitteeData, DocumentData, DocumentReceipts, ReadReceiptEntry
from server.db import tables as t
from server.services import directory
from server.services.errors import Forbidden, NotFound
from server.services.records import Member
from server.services.tx import DB, read


def list_committees(db: DB, member: Member) -> list[CommitteeData]:
    """The committees the member belongs to, board first, then bureau, then by name."""
    with read(db) as conn:
        committees = directory.committees_of(conn, member.id)
    order = {"board": 0, "bureau": 1}
    return sorted(committees, key=lambda c: (order.get(c.category, 2), c.name.casefold()))


def list_documents(db: DB, member: Member, committee_id: str) -> list[DocumentData]:
    with read(db) as conn:
        if committee_id not in directory.committee_ids_of(conn, member.id):
            raise NotFound("No such committee.")
        return directory.documents_of(conn, committee_id)


def _visible_document(conn: Connection, member: Member, document_id: str) -> DocumentData:
    doc = directory.document(conn, document_id)
    if not directory.can_see_document(conn, member.id, doc):
        raise NotFound("No such document.")
    return doc


def get_document(db: DB, member: Member, document_id: str) -> DocumentData:
    with read(db) as conn:
        return _visible_document(conn, member, document_id)


def receipts(db: DB, member: Member, document_id: str) -> DocumentReceipts:
    """Who has read a document, for the secretariat roles only (and only for a document they
    may see themselves)."""
    with read(db) as conn:
        _visible_document(conn, member, document_id)
        if not member.is_secretariat:
            raise Forbidden("Only the secretariat may see who has read a document.")
        return document_receipts(conn, document_id)


def document_receipts(db: DB, document_id: str) -> DocumentReceipts:
    """Every active member entitled to see the document, with when they first and last read it
    (None: not yet) and the newest version they read. No permission check: for the API above
    and the administration CLI."""
    with read(db) as conn:
        doc = directory.document(conn, document_id)
        m, r = t.members.c, t.read_receipts.c
        query = (
            select(m.id, m.name, r.first_read_at, r.last_read_at, r.last_version)
            .outerjoin(t.read_receipts, (r.member_id == m.id) & (r.document_id == document_id))
            .where(m.active.is_(True))
            .order_by(m.name, m.id)
        )
        if doc.committee_id is not None:
            query = query.join(t.memberships, t.memberships.c.member_id == m.id).where(
                t.memberships.c.committee_id == doc.committee_id
            )
        readers = [
            ReadReceiptEntry(
                member_id=row.id,
                member_name=row.name,
                read_at=row.first_read_at,
                last_read_at=row.last_read_at,
                version=row.last_version,
            )
            for row in conn.execute(query)
        ]
    return DocumentReceipts(document_id=document_id, readers=readers)
