"""The proxies of the signed-in member as the app shows them: the server's rows plus what the
outbox still holds (a grant or a withdrawal not sent yet, or refused).

A proxy I gave "stands" for a motion while it is neither revoked nor being withdrawn and it
covers the motion (``votes_views.proxy_applies``); a grant still in the outbox stands too: the
outbox sends it before any later ballot, and the server decides in the end.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import ValidationError

from desktop.cache.records import OutboxEntry
from desktop.core.votes_views import PENDING, REJECTED, ProxyView, proxy_applies
from protocol.models import MutationKind
from protocol.motions import MotionData, ProxyData, ProxyGrantData


class _Names(Protocol):
    def member_names(self) -> dict[str, str]: ...

    def motion(self, motion_id: str) -> MotionData | None: ...


class ProxyBook:
    """A snapshot of my proxies; build a new one after anything changed."""

    def __init__(
        self, me: str, proxies: list[ProxyData], outbox: list[OutboxEntry], store: _Names
    ) -> None:
        self.me = me
        self._store = store
        self._names: dict[str, str] | None = None
        self._synced = {p.id: p for p in proxies}
        self._revoking: set[str] = set()
        self._grants: dict[str, tuple[ProxyData, OutboxEntry]] = {}
        for entry in sorted(outbox, key=lambda e: e.seq):  # oldest first: the last one wins
            if entry.kind == MutationKind.REVOKE_PROXY and entry.state == PENDING:
                self._revoking.add(str(entry.data.get("proxy_id")))
            elif entry.kind == MutationKind.GRANT_PROXY:
                grant = _grant(me, entry)
                if grant is not None and grant.id not in self._synced:
                    self._grants[grant.id] = (grant, entry)

    def name(self, member_id: str) -> str:
        if self._names is None:
            self._names = self._store.member_names()
        return self._names.get(member_id, member_id)

    # --- what stands -------------------------------------------------------------------------

    def given(self) -> list[ProxyData]:
        synced = [p for p in self._synced.values() if p.principal_id == self.me]
        return synced + [grant for grant, _ in self._grants.values()]

    def held(self) -> list[ProxyData]:
        """Proxies given to me and not revoked."""
        return [p for p in self._synced.values() if p.holder_id == self.me and p.revoked_at is None]

    def given_for(self, motion: MotionData) -> bool:
        """A proxy of mine stands for this motion: my holder votes, not me."""
        return any(
            self.status(p.id) in ("standing", "used", "waiting")
            and p.id not in self._revoking
            and proxy_applies(p, motion)
            for p in self.given()
        )

    def holds_for(self, principal_id: str, motion: MotionData) -> bool:
        return any(p.principal_id == principal_id and proxy_applies(p, motion) for p in self.held())

    # --- views -------------------------------------------------------------------------------

    def status(self, proxy_id: str) -> str:
        synced = self._synced.get(proxy_id)
        if synced is not None:
            if synced.revoked_at is not None:
                return "revoked"
            if proxy_id in self._revoking:
                return "waiting"
            return "used" if synced.motion_id is not None and synced.used_on else "standing"
        _, entry = self._grants[proxy_id]
        if entry.state == PENDING or proxy_id in self._revoking:
            return "waiting"
        return "refused" if entry.state == REJECTED else "standing"

    def given_views(self) -> list[ProxyView]:
        return [self._view(p) for p in self.given()]

    def held_views(self) -> list[ProxyView]:
        synced = [p for p in self._synced.values() if p.holder_id == self.me]
        return [self._view(p) for p in synced]

    def view_of(self, proxy_id: str) -> ProxyView | None:
        proxy = self._synced.get(proxy_id) or self._grants.get(proxy_id, (None, None))[0]
        return None if proxy is None else self._view(proxy)

    def _view(self, proxy: ProxyData) -> ProxyView:
        status = self.status(proxy.id)
        reason = message = None
        if status == "refused":
            entry = self._grants[proxy.id][1]
            reason, message = entry.code, entry.message
        title = None
        if proxy.motion_id is not None:
            motion = self._store.motion(proxy.motion_id)
            title = motion.title if motion is not None else None
        return ProxyView(
            proxy=proxy,
            principal_name=self.name(proxy.principal_id),
            holder_name=self.name(proxy.holder_id),
            motion_title=title,
            status=status,
            reason=reason,
            reason_message=message,
        )


def _grant(me: str, entry: OutboxEntry) -> ProxyData | None:
    try:
        data = ProxyGrantData.model_validate(entry.data)
    except ValidationError:  # pragma: no cover - the service wrote it from this very model
        return None
    return ProxyData(
        id=data.proxy_id,
        principal_id=me,
        holder_id=data.holder_id,
        motion_id=data.motion_id,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        granted_at=entry.created_at,
    )
