"""What a member joining a committee gets of its board documents, for them alone: every
version of the committee's documents, its meetings, its actions, the comments on its
documents, and their own annotations on its documents (kept on the server while they were
away). ``organisation.add_to_committee`` calls it with ``Audience.member_in_committee``, so
those rows stop reaching the member's new devices once they leave."""

from __future__ import annotations

from sqlalchemy import Connection

from protocol.models import Kind
from server.services import actions, changelog, directory, doc_comments, meetings
from server.services.annotations import replay_own
from server.services.changelog import Audience


def replay_committee(
    conn: Connection, member_id: str, committee_id: str, audience: Audience
) -> None:
    for doc in directory.documents_of(conn, committee_id):
        versions = directory.versions_of(conn, doc.id)
        for version in versions if len(versions) > 1 else ():  # one version: the document
            changelog.upsert(conn, Kind.DOCUMENT_VERSION, directory.as_sent(version, doc), audience)
    for meeting in meetings.meetings_of(conn, committee_id):
        changelog.upsert(conn, Kind.MEETING, meeting, audience)
    actions.replay_committee(conn, committee_id, audience)
    doc_comments.replay_committee(conn, committee_id, audience)
    replay_own(conn, member_id, committee_id, audience)
