"""The demo's meetings, from ``resources/demo/meetings.json``: the board's last meeting (held,
its minutes, the actions it decided: some done, one late, one in progress) and its next one
(its agenda with documents and motions, and a board pack of PDFs drawn by ``demo_pdfs``), a
Markdown draft open for comments with a few comments and a reply, and a second version of a
document that some members had read, so the app shows "updated since you read it".

Everything goes through the services the routes and the members' mutations use, with their
``now`` in the past. Times are written ``-3d 14:20`` / ``+6d 12:00`` (days from today, Paris
time); meeting dates are fixed (``2026-12-10 14:00``, Paris time), unless that would put the
past meeting in the future or the next one in the past: then ``otherwise_days_ago`` /
``otherwise_in_days`` from today, at the same hour.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from protocol.documents import (
    ActionCommentPostData,
    ActionCreateData,
    ActionStatus,
    ActionUpdateData,
    AgendaItemData,
    DocumentCommentPostData,
    DocumentPublishRequest,
    DocumentRevisionRequest,
    MeetingRequest,
    MeetingStatus,
)
from server.db import tables as t
from server.services import actions, directory, doc_comments, meetings, publishing, push
from server.services.demo_network import PARIS, when
from server.services.records import Member

MEETINGS_FILE = "meetings.json"
_AHEAD = re.compile(r"^\+(\d+)d (\d{1,2}):(\d{2})$")
#: The next meeting is at least this far ahead, the last one at least this far behind.
_MARGIN = timedelta(days=2)


def load(
    conn: Connection,
    base: Path,
    committees: dict[str, str],
    members: dict[str, str],
    documents: dict[str, str],
    *,
    now: datetime | None = None,
) -> None:
    """Add the demo meetings when ``base`` holds a ``meetings.json`` (else nothing).
    ``documents``: the demo documents' ids by their file (``documents/….md``)."""
    path = base / MEETINGS_FILE
    if not path.exists():
        return
    content = json.loads(path.read_text(encoding="utf-8"))
    _Meetings(conn, base, committees, members, documents, now or t.utcnow()).load(content)


class _Meetings:
    def __init__(
        self,
        conn: Connection,
        base: Path,
        committees: dict[str, str],
        members: dict[str, str],
        documents: dict[str, str],
        now: datetime,
    ) -> None:
        self.conn, self.base, self.now = conn, base, now
        self.committees, self.members, self.documents = committees, members, documents
        self.meetings: dict[str, MeetingRequest] = {}
        self.meeting_ids: dict[str, str] = {}
        m = t.motions.c
        self.motions = dict(conn.execute(select(m.title, m.id)).all())

    def load(self, content: dict[str, Any]) -> None:
        secretary = self.person(content["created_by"])
        for spec in content.get("meetings", []):
            self.meeting(spec, secretary)
        organisation = directory.organisation(self.conn).name
        published = self.at(content["pdfs_published"])
        meeting_key = content["pdfs_meeting"]
        for spec in content.get("pdfs", []):
            self.pdf(spec, meeting_key, organisation, secretary, published)
        if draft := content.get("draft"):
            self.draft(draft, secretary)
        if revision := content.get("revision"):
            self.revision(revision, secretary)

    # --- helpers ------------------------------------------------------------------------------

    def person(self, key: str) -> Member:
        return directory.member(self.conn, self.members[key])

    def at(self, text: str) -> datetime:
        """A demo time: ``-3d 14:20`` (in the past) or ``+6d 12:00`` (ahead)."""
        if ahead := _AHEAD.match(text):
            day = self.now.astimezone(PARIS).date() + timedelta(days=int(ahead[1]))
            return self._paris(day, int(ahead[2]), int(ahead[3]))
        return when(text, self.now)

    def _paris(self, day: date, hour: int, minute: int) -> datetime:
        local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS)
        return local.astimezone(self.now.tzinfo)

    def _dates(self, spec: dict[str, Any]) -> tuple[datetime, datetime | None]:
        starts = datetime.fromisoformat(spec["starts"]).replace(tzinfo=PARIS)
        ends = (
            datetime.fromisoformat(spec["ends"]).replace(tzinfo=PARIS) if "ends" in spec else None
        )
        today = self.now.astimezone(PARIS).date()
        moved: date | None = None
        if "otherwise_days_ago" in spec and starts > self.now - _MARGIN:
            moved = today - timedelta(days=spec["otherwise_days_ago"])
        if "otherwise_in_days" in spec and starts < self.now + _MARGIN:
            moved = today + timedelta(days=spec["otherwise_in_days"])
        if moved is not None:
            shift = self._paris(moved, starts.hour, starts.minute) - starts
            starts, ends = starts + shift, None if ends is None else ends + shift
        return starts, ends

    def item_id(self, meeting_key: str, number: int) -> str:
        return self.meetings[meeting_key].agenda[number - 1].id

    # --- meetings and their actions -----------------------------------------------------------

    def meeting(self, spec: dict[str, Any], secretary: Member) -> None:
        starts, ends = self._dates(spec)
        agenda = [
            AgendaItemData(
                id=uuid.uuid4().hex,
                position=n,
                title=item["title"],
                presenter=item.get("presenter", ""),
                notes=item.get("notes", ""),
                document_ids=[self.documents[f] for f in item.get("documents", [])],
                motion_ids=[self.motions[title] for title in item.get("motions", [])],
            )
            for n, item in enumerate(spec.get("agenda", []), start=1)
        ]
        committee = self.committees[spec["committee"]] if spec.get("committee") else None
        minutes = spec.get("minutes")
        request = MeetingRequest(
            committee_id=committee,
            title=spec["title"],
            starts_at=starts,
            ends_at=ends,
            place=spec.get("place", ""),
            video_url=spec.get("video", ""),
            status=MeetingStatus(spec.get("status", "scheduled")),
            agenda=agenda,
            minutes_document_id=self.documents[minutes] if minutes else None,
        )
        created = meetings.create(self.conn, None, request, now=min(starts, self.now))
        self.meetings[spec["key"]], self.meeting_ids[spec["key"]] = request, created.id
        decided = (ends or starts) + timedelta(minutes=30)
        for action in spec.get("actions", []):
            self.action(action, created.id, committee, secretary, decided)

    def action(
        self,
        spec: dict[str, Any],
        meeting_id: str,
        committee_id: str | None,
        secretary: Member,
        decided: datetime,
    ) -> None:
        action_id = uuid.uuid4().hex
        due = self.now.astimezone(PARIS).date() + timedelta(days=spec["due_in_days"])
        create = ActionCreateData(
            id=action_id,
            committee_id=committee_id,
            meeting_id=meeting_id,
            title=spec["title"],
            description=spec.get("description", ""),
            assignee_ids=[self.members[key] for key in spec["assignees"]],
            due_on=due,
        )
        actions.create(self.conn, secretary, create, now=decided)
        steps: list[tuple[datetime, Any]] = []
        for update in spec.get("updates", []):
            change = ActionUpdateData(
                action_id=action_id,
                status=ActionStatus(update["status"]),
                comment_id=uuid.uuid4().hex,
                comment=update.get("comment", ""),
            )
            steps.append((self.at(update["at"]), (actions.update_status, update["by"], change)))
        for comment in spec.get("comments", []):
            post = ActionCommentPostData(
                id=uuid.uuid4().hex, action_id=action_id, body=comment["body"]
            )
            steps.append((self.at(comment["at"]), (actions.comment, comment["by"], post)))
        for moment, (handler, who, request) in sorted(steps, key=lambda step: step[0]):
            handler(self.conn, self.person(who), request, now=max(moment, decided))

    # --- the board pack, the draft and the new version ----------------------------------------

    def pdf(
        self,
        spec: dict[str, Any],
        meeting_key: str,
        organisation: str,
        secretary: Member,
        published: datetime,
    ) -> None:
        # Imported here: fpdf2 takes a while to import, and only the demo draws PDFs.
        from server.services import demo_pdfs

        data = demo_pdfs.render(spec, organisation)
        uploaded = publishing.store_file(self.conn, data, secretary.id)
        request = DocumentPublishRequest(
            title=spec["title"],
            meeting_id=self.meeting_ids[meeting_key],
            agenda_item_id=self.item_id(meeting_key, spec["item"]),
            file_sha256=uploaded.file.sha256,
            file_name=spec["file_name"],
        )
        publishing.publish(self.conn, None, request, published, author_id=secretary.id)

    def draft(self, spec: dict[str, Any], secretary: Member) -> None:
        request = DocumentPublishRequest(
            title=spec["title"],
            meeting_id=self.meeting_ids[spec["meeting"]],
            agenda_item_id=self.item_id(spec["meeting"], spec["item"]),
            body=(self.base / spec["file"]).read_text(encoding="utf-8"),
            comments_open=True,
            comments_close_at=self.at(spec["comments_until"]),
        )
        author = self.members[spec.get("author", "")] if spec.get("author") else secretary.id
        doc = publishing.publish(
            self.conn, None, request, self.at(spec["published"]), author_id=author
        )
        keys: dict[str, str] = {}
        for comment in spec.get("comments", []):
            comment_id = uuid.uuid4().hex
            keys[comment.get("key", comment_id)] = comment_id
            post = DocumentCommentPostData(
                id=comment_id,
                document_id=doc.id,
                version=doc.version,
                quote=comment.get("quote", ""),
                parent_id=keys[comment["reply_to"]] if "reply_to" in comment else None,
                body=comment["body"],
            )
            doc_comments.post(
                self.conn, self.person(comment["by"]), post, now=self.at(comment["at"])
            )

    def revision(self, spec: dict[str, Any], secretary: Member) -> None:
        document_id = self.documents[spec["file"]]
        current = directory.document(self.conn, document_id)
        for key, read_at in spec.get("read_before", {}).items():
            member_id = self.members[key]
            push.record_read(self.conn, member_id, document_id, self.at(read_at), current.version)
        body = current.body
        for old, new in spec.get("replace", []):
            if old not in body:
                raise ValueError(f"The demo revision does not find {old!r}.")
            body = body.replace(old, new)
        body += spec.get("append", "")
        request = DocumentRevisionRequest(body=body, change_note=spec.get("change_note", ""))
        author = current.author_id or secretary.id
        publishing.revise(
            self.conn, None, document_id, request, self.at(spec["at"]), author_id=author
        )
