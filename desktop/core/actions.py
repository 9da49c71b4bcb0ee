"""Action items: what a committee decided someone must do, by when, and how it is going.

Implements ``desktop.core.documents_api.ActionsApi`` over the cache. Creating an action, setting
its status (with an optional comment) and commenting are outbox mutations with app-made ids:
their effect shows at once, the server decides at the next sync (``desktop.cache.
document_pending`` merges them in). Error codes: see ``desktop.core.documents_checks``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from pydantic import ValidationError

from desktop.cache.document_records import Action
from desktop.core.documents_api import DocumentsError
from desktop.core.documents_checks import (
    ACTION_NOT_FOUND,
    INVALID_VALUE,
    NO_ASSIGNEES,
    DocumentsStore,
    me,
    new_id,
    text,
    utc_now,
)
from protocol.documents import (
    CLOSED_ACTION_STATUSES,
    ActionCommentPostData,
    ActionCreateData,
    ActionStatus,
    ActionUpdateData,
)
from protocol.errors import DocumentErrorCode
from protocol.models import SECRETARIAT_ROLES, MutationKind
from protocol.network import MAX_BODY, MAX_TITLE

CHAIR = "chair"
MAX_ASSIGNEES = 20


class Actions:
    """Action items (``ActionsApi``)."""

    def __init__(self, store: DocumentsStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def mine(self) -> list[Action]:
        """Actions I am in charge of, across committees: open ones by due date first (no date
        last), then the finished ones, latest first."""
        found = [a for a in self._all() if a.mine]
        found.sort(key=lambda a: (-a.updated_at.timestamp(), a.id))
        found.sort(key=_by_due)
        return found

    def late(self) -> list[Action]:
        """For the secretariat, every late action; for a chair, those of their committees;
        oldest due first."""
        secretariat = self._secretariat()
        found = [
            a
            for a in self._all()
            if a.late and (secretariat or (a.committee_id is not None and self._chairs(a)))
        ]
        found.sort(key=_by_due)
        return found

    def of_committee(self, committee_id: str | None) -> list[Action]:
        found = [a for a in self._all() if a.committee_id == committee_id]
        found.sort(key=_by_due)
        return found

    def of_meeting(self, meeting_id: str) -> list[Action]:
        found = [a for a in self._all() if a.meeting_id == meeting_id]
        found.sort(key=_by_due)
        return found

    def action(self, action_id: str) -> Action | None:
        return self._store.find_action(action_id, self._today())

    def can_create(self, committee_id: str | None) -> bool:
        """The secretariat, or the chair of the committee."""
        if self._secretariat():
            return True
        return committee_id is not None and self._store.my_committee_role(committee_id) == CHAIR

    def can_update(self, action: Action) -> bool:
        """An assignee, the chair of the action's committee, the secretariat."""
        return action.mine or self.can_create(action.committee_id)

    def create(
        self,
        committee_id: str | None,
        title: str,
        assignee_ids: Sequence[str],
        due_on: date | None = None,
        description: str = "",
        meeting_id: str | None = None,
    ) -> Action:
        checked_title = text(title, MAX_TITLE).strip()
        checked_description = text(description, MAX_BODY, required=False)
        assignees = list(dict.fromkeys(assignee_ids))
        if not assignees:
            raise DocumentsError(NO_ASSIGNEES)
        if len(assignees) > MAX_ASSIGNEES:
            raise DocumentsError(INVALID_VALUE)
        if not self.can_create(committee_id):
            raise DocumentsError(DocumentErrorCode.NOT_MODERATOR)
        try:
            data = ActionCreateData(
                id=new_id(),
                committee_id=committee_id,
                meeting_id=meeting_id,
                title=checked_title,
                description=checked_description,
                assignee_ids=assignees,
                due_on=due_on,
            )
        except ValidationError:
            raise DocumentsError(INVALID_VALUE) from None
        self._store.queue(MutationKind.CREATE_ACTION, data.model_dump(mode="json"))
        return self._existing(data.id)

    def set_status(self, action_id: str, status: str, comment: str = "") -> Action:
        if status not in ActionStatus.__members__.values():
            raise DocumentsError(INVALID_VALUE)
        checked = text(comment, MAX_BODY, required=False)
        found = self._existing(action_id)
        if not self.can_update(found):
            raise DocumentsError(DocumentErrorCode.NOT_ASSIGNEE)
        data = ActionUpdateData(
            action_id=action_id,
            status=ActionStatus(status),
            comment_id=new_id() if checked.strip() else None,
            comment=checked if checked.strip() else "",
        )
        self._store.queue(MutationKind.UPDATE_ACTION, data.model_dump(mode="json"))
        return self._existing(action_id)

    def comment(self, action_id: str, body: str) -> Action:
        checked = text(body, MAX_BODY)
        self._existing(action_id)
        data = ActionCommentPostData(id=new_id(), action_id=action_id, body=checked)
        self._store.queue(MutationKind.COMMENT_ACTION, data.model_dump(mode="json"))
        return self._existing(action_id)

    def _all(self) -> list[Action]:
        return self._store.actions(self._today())

    def _existing(self, action_id: str) -> Action:
        found = self._store.find_action(action_id, self._today())
        if found is None:
            raise DocumentsError(ACTION_NOT_FOUND)
        return found

    def _secretariat(self) -> bool:
        return bool(SECRETARIAT_ROLES.intersection(me(self._store).roles))

    def _chairs(self, action: Action) -> bool:
        assert action.committee_id is not None
        return self._store.my_committee_role(action.committee_id) == CHAIR

    def _today(self) -> date:
        return self._clock().astimezone().date()


def _by_due(action: Action) -> tuple[bool, bool, date]:
    """Open ones first, by due date (none last); finished ones keep the order they had."""
    if action.status in CLOSED_ACTION_STATUSES:
        return (True, False, date.max)
    return (False, action.due_on is None, action.due_on or date.max)
