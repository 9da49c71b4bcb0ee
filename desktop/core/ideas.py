"""The idea box: ideas and requests of the organisation and of each committee, their support,
comments and answers.

Implements ``desktop.core.network_api.IdeaBoxApi`` over the cache; every write is an outbox
mutation whose effect shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.cache.network_records import Idea, IdeaComment
from desktop.core.network_api import NetworkError
from desktop.core.network_checks import (
    INVALID_VALUE,
    NetworkStore,
    committee_of_mine,
    me,
    new_id,
    text,
    utc_now,
)
from protocol.errors import NetworkErrorCode
from protocol.models import SECRETARIAT_ROLES, MutationKind
from protocol.network import (
    MAX_BODY,
    MAX_TITLE,
    IdeaCommentPostData,
    IdeaKind,
    IdeaStatus,
    IdeaStatusSetData,
    IdeaSubmitData,
    IdeaSupportData,
)

IDEA_NOT_FOUND = "idea_not_found"


class IdeaBox:
    """The idea box (``IdeaBoxApi``)."""

    def __init__(self, store: NetworkStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def ideas(
        self,
        committee_id: str | None = None,
        *,
        everywhere: bool = True,
        status: str | None = None,
        sort: str = "support",
    ) -> list[Idea]:
        """Every scope (``everywhere``) or one; of one status or all; most supported first
        ("support", then newest) or newest first ("recent")."""
        found = [
            idea
            for idea in self._store.ideas()
            if (everywhere or idea.committee_id == committee_id)
            and (status is None or idea.status == status)
        ]
        found.sort(key=lambda i: (i.submitted_at.timestamp(), i.id), reverse=True)
        if sort == "support":
            found.sort(key=lambda i: i.support_count, reverse=True)
        return found

    def idea(self, idea_id: str) -> Idea | None:
        return self._store.find_idea(idea_id)

    def comments(self, idea_id: str) -> list[IdeaComment]:
        return self._store.idea_comments(idea_id)

    def submit(self, committee_id: str | None, kind: str, title: str, body: str) -> Idea:
        if kind not in IdeaKind.__members__.values():
            raise NetworkError(INVALID_VALUE)
        checked_title = text(title, MAX_TITLE).strip()
        checked_body = text(body, MAX_BODY)
        committee_of_mine(self._store, committee_id)
        data = IdeaSubmitData(
            idea_id=new_id(),
            committee_id=committee_id,
            kind=IdeaKind(kind),
            title=checked_title,
            body=checked_body,
        )
        self._store.queue(MutationKind.SUBMIT_IDEA, data.model_dump())
        found = self._store.find_idea(data.idea_id)
        assert found is not None
        return found

    def support(self, idea_id: str) -> None:
        found = self._existing(idea_id)
        if found.mine:
            raise NetworkError(NetworkErrorCode.OWN_IDEA)
        if found.supported_by_me:
            raise NetworkError(NetworkErrorCode.ALREADY_SUPPORTED)
        self._store.queue(MutationKind.SUPPORT_IDEA, IdeaSupportData(idea_id=idea_id).model_dump())

    def comment(self, idea_id: str, body: str) -> IdeaComment:
        checked = text(body, MAX_BODY)
        self._existing(idea_id)
        data = IdeaCommentPostData(comment_id=new_id(), idea_id=idea_id, body=checked)
        self._store.queue(MutationKind.COMMENT_IDEA, data.model_dump())
        return next(c for c in self._store.idea_comments(idea_id) if c.id == data.comment_id)

    def can_moderate(self, idea: Idea) -> bool:
        """The secretariat, or the chair of the idea's committee."""
        if SECRETARIAT_ROLES.intersection(me(self._store).roles):
            return True
        if idea.committee_id is None:
            return False
        return self._store.my_committee_role(idea.committee_id) == "chair"

    def set_status(self, idea_id: str, status: str, answer: str) -> None:
        found = self._existing(idea_id)
        if status not in IdeaStatus.__members__.values():
            raise NetworkError(INVALID_VALUE)
        if not self.can_moderate(found):
            raise NetworkError(NetworkErrorCode.NOT_MODERATOR)
        if len(answer) > MAX_BODY:
            raise NetworkError("too_long")
        data = IdeaStatusSetData(idea_id=idea_id, status=IdeaStatus(status), answer=answer.strip())
        self._store.queue(MutationKind.SET_IDEA_STATUS, data.model_dump())

    def _existing(self, idea_id: str) -> Idea:
        found = self._store.find_idea(idea_id)
        if found is None:
            raise NetworkError(IDEA_NOT_FOUND)
        return found
