"""What the secretariat does to motions, online: a mixin of ``VotesService``.

Each action goes straight to the server (``session_api`` gives the client and the token; offline
or refused, the ``desktop.sync.errors`` are raised as they come) and the motion the server
answers is put in the cache at once; the next sync brings the same row again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from desktop.cache.records import Account
from desktop.sync.api import ApiClient
from desktop.sync.errors import ServerUnreachable
from protocol.models import SECRETARIAT_ROLES
from protocol.motions import LiveResult, MotionData, MotionDraft, MotionSchedule, MotionUpdate

#: Gives the API client and the member's token (raises AuthRequired when signed out).
SessionApi = Callable[[], tuple[ApiClient, str]]


class AdminStore(Protocol):
    def account(self) -> Account | None: ...

    def committee_roles(self, committee_id: str) -> dict[str, str]: ...

    def put_motion(self, data: MotionData) -> None: ...


class MotionAdmin:
    _store: AdminStore
    _session_api: SessionApi | None

    # --- the secretariat (online) ------------------------------------------------------------

    def can_manage(self, committee_id: str | None) -> bool:
        """Secretary, chair or admin of the organisation, or the chair of this committee."""
        account = self._store.account()
        if account is None:
            return False
        if set(account.roles) & {str(role) for role in SECRETARIAT_ROLES}:
            return True
        if committee_id is None:
            return False
        return self._store.committee_roles(committee_id).get(account.member_id) == "chair"

    def create_motion(self, draft: MotionDraft) -> MotionData:
        api, token = self._api()
        return self._keep(api.create_motion(token, draft))

    def update_motion(self, motion_id: str, update: MotionUpdate) -> MotionData:
        api, token = self._api()
        return self._keep(api.update_motion(token, motion_id, update))

    def open_motion(self, motion_id: str, closes_at: datetime) -> MotionData:
        return self._schedule(motion_id, "open", closes_at)

    def extend_motion(self, motion_id: str, closes_at: datetime) -> MotionData:
        return self._schedule(motion_id, "extend", closes_at)

    def reopen_motion(self, motion_id: str, closes_at: datetime) -> MotionData:
        return self._schedule(motion_id, "reopen", closes_at)

    def close_motion(self, motion_id: str) -> MotionData:
        return self._action(motion_id, "close")

    def publish_motion(self, motion_id: str) -> MotionData:
        return self._action(motion_id, "publish")

    def cancel_motion(self, motion_id: str) -> MotionData:
        return self._action(motion_id, "cancel")

    def live_result(self, motion_id: str) -> LiveResult:
        api, token = self._api()
        return api.live_result(token, motion_id)

    def _schedule(self, motion_id: str, action: str, closes_at: datetime) -> MotionData:
        api, token = self._api()
        schedule = MotionSchedule(closes_at=closes_at)
        return self._keep(api.schedule_motion(token, motion_id, action, schedule))

    def _action(self, motion_id: str, action: str) -> MotionData:
        api, token = self._api()
        return self._keep(api.motion_action(token, motion_id, action))

    def _keep(self, motion: MotionData) -> MotionData:
        self._store.put_motion(motion)
        return motion

    def _api(self) -> tuple[ApiClient, str]:
        if self._session_api is None:
            raise ServerUnreachable("No server for this session: the app is offline.")
        return self._session_api()
