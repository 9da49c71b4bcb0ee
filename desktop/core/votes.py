"""Voting use cases over the cache: my statuses, casting a ballot, proxies, receipts.

The UI asks this, never the cache. The server decides everything; this service shows what the
cache knows and refuses locally only what is certain (a vote whose cached deadline has passed,
a member not on the list of voters, a principal whose proxy stands, a second ballot where
changing one's vote is off). How a status is worked out: ``desktop.core.votes_views``.

A ballot goes through the outbox (``ballot.cast``) and is remembered in ``my_ballots`` in the
same transaction; for a secret ballot, with the receipt code this device made (only its hash
is sent). Changing a secret ballot sends the receipt of the one it replaces. Proxies are granted
and withdrawn through the outbox too (``proxy.grant``, ``proxy.revoke``).

The secretariat's actions go straight to the server (``session_api`` gives the client and the
token; offline they raise the ``desktop.sync.errors``), and the motion the server answers is
put in the cache at once; the next sync brings the same row again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Protocol

from desktop.cache.records import Account, MyBallot, OutboxEntry
from desktop.core.votes_admin import MotionAdmin, SessionApi
from desktop.core.votes_proxies import ProxyBook
from desktop.core.votes_views import (
    REJECTED,
    SENT,
    BallotView,
    MotionNotFound,
    MotionView,
    ProxyView,
    ReceiptCheck,
    VoteRefused,
    VoteStatus,
    ballot_view,
    is_entitled,
    is_open,
    is_over,
    proxy_applies,
)
from protocol.errors import VoteErrorCode
from protocol.models import MutationKind
from protocol.motions import (
    AuditEventData,
    BallotCastData,
    BallotMode,
    MotionData,
    MotionStatus,
    ParticipationData,
    ProxyData,
    ProxyGrantData,
    ProxyRevokeData,
)
from protocol.voting import find_receipt, new_receipt, receipt_hash, validate_choices

__all__ = [
    "BallotView",
    "MotionNotFound",
    "MotionView",
    "ProxyView",
    "ReceiptCheck",
    "VoteRefused",
    "VoteStatus",
    "VotesService",
    "VotesStore",
]


class VotesStore(Protocol):
    """What the votes service needs from the cache (``desktop.cache.store.CacheStore``)."""

    def account(self) -> Account | None: ...

    def organisation_name(self) -> str | None: ...

    def motions(self, statuses: Sequence[str] | None = None) -> list[MotionData]: ...

    def motion(self, motion_id: str) -> MotionData | None: ...

    def put_motion(self, data: MotionData) -> None: ...

    def participation(self, motion_id: str, principal_id: str) -> ParticipationData | None: ...

    def proxies(self) -> list[ProxyData]: ...

    def motion_events(self, motion_id: str) -> list[AuditEventData]: ...

    def member_names(self) -> dict[str, str]: ...

    def committee_name(self, committee_id: str) -> str | None: ...

    def committee_roles(self, committee_id: str) -> dict[str, str]: ...

    def queue_ballot(
        self, data: dict[str, object], *, principal_id: str, receipt: str | None
    ) -> OutboxEntry: ...

    def my_ballots(self, motion_id: str, principal_id: str) -> list[MyBallot]: ...

    def ballot_principals(self, motion_id: str) -> list[str]: ...

    def enqueue(self, kind: str, data: dict[str, object]) -> OutboxEntry: ...

    def outbox(self) -> list[OutboxEntry]: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class VotesService(MotionAdmin):
    """Votes, proxies and receipts of the signed-in member (the secretariat's actions come
    from ``MotionAdmin``)."""

    _store: VotesStore

    def __init__(
        self,
        store: VotesStore,
        session_api: SessionApi | None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._store = store
        self._session_api = session_api
        self._clock = clock

    # --- lists -------------------------------------------------------------------------------

    def open_motions(self) -> list[MotionView]:
        """Open motions whose deadline has not passed, soonest deadline first."""
        now = self._clock()
        found = [m for m in self._store.motions([MotionStatus.OPEN]) if is_open(m, now)]
        return self._views(found)

    def closed_motions(self) -> list[MotionView]:
        """Closed and published motions (and open ones past their deadline), newest first."""
        now = self._clock()
        statuses = [MotionStatus.OPEN, MotionStatus.CLOSED, MotionStatus.PUBLISHED]
        found = [
            m
            for m in self._store.motions(statuses)
            if m.status is not MotionStatus.CANCELLED and is_over(m, now)
        ]
        found.sort(key=lambda m: (m.closes_at or datetime.min.replace(tzinfo=UTC), m.id))
        found.reverse()
        return self._views(found)

    def draft_motions(self) -> list[MotionView]:
        """Drafts the secretariat sees (not yet open to a vote)."""
        return self._views(self._store.motions([MotionStatus.DRAFT]))

    def motion(self, motion_id: str) -> MotionView | None:
        found = self._store.motion(motion_id)
        return None if found is None else self._view(found, self._book())

    def option_label(self, motion: MotionData, option_id: str) -> str:
        """The label the server gave an option (the id when it gave none)."""
        return next((o.label for o in motion.options if o.id == option_id), option_id)

    def history(self, motion_id: str) -> list[AuditEventData]:
        return self._store.motion_events(motion_id)

    # --- casting -----------------------------------------------------------------------------

    def cast(
        self, motion_id: str, choices: Sequence[str], on_behalf_of: str | None = None
    ) -> BallotView:
        """Queue my ballot (or a principal's, as their proxy holder) and return its WAITING
        view. Raises MotionNotFound, VoteRefused (certain refusals, nothing queued) and
        ``protocol.voting.InvalidChoice``."""
        motion = self._store.motion(motion_id)
        if motion is None:
            raise MotionNotFound(motion_id)
        me = self._me()
        principal = on_behalf_of or me
        now = self._clock()
        book = self._book()
        self._check_can_cast(motion, me, principal, book, now)
        option_ids = [o.id for o in motion.options]
        validate_choices(motion.kind, option_ids, motion.min_choices, motion.max_choices, choices)
        receipt = previous = digest = None
        if motion.mode is BallotMode.SECRET:
            receipt = new_receipt()
            digest = receipt_hash(motion.id, receipt)
            previous = _previous_receipt(self._store.my_ballots(motion.id, principal), motion)
        data = BallotCastData(
            motion_id=motion.id,
            version=motion.version,
            choices=list(choices),
            on_behalf_of=on_behalf_of if on_behalf_of and on_behalf_of != me else None,
            receipt_hash=digest,
            previous_receipt=previous,
        )
        self._store.queue_ballot(
            data.model_dump(mode="json"), principal_id=principal, receipt=receipt
        )
        return self._ballot(motion, principal, book, now)

    def _check_can_cast(
        self, motion: MotionData, me: str, principal: str, book: ProxyBook, now: datetime
    ) -> None:
        if not is_open(motion, now):
            if is_over(motion, now):
                raise VoteRefused(VoteErrorCode.MOTION_CLOSED, "This vote is closed.")
            raise VoteRefused(VoteErrorCode.MOTION_NOT_OPEN, "This vote is not open.")
        if not is_entitled(motion, principal):
            raise VoteRefused(VoteErrorCode.NOT_ENTITLED, "Not on the list of voters.")
        if principal != me:
            if not motion.rules.proxies_allowed:
                raise VoteRefused(VoteErrorCode.PROXIES_NOT_ALLOWED, "No proxies for this vote.")
            if not book.holds_for(principal, motion):
                raise VoteRefused(VoteErrorCode.NO_PROXY, "No proxy from this member.")
        elif book.given_for(motion):
            raise VoteRefused(VoteErrorCode.PROXY_STANDS, "Your proxy stands for this vote.")
        current = self._ballot(motion, principal, book, now)
        voted = current.status in (VoteStatus.VOTED, VoteStatus.WAITING)
        if voted and principal != me:
            raise VoteRefused(VoteErrorCode.PROXY_ALREADY_USED, "A ballot counts for them.")
        if voted and not motion.rules.allow_change:
            raise VoteRefused(VoteErrorCode.ALREADY_VOTED, "Changing one's vote is not allowed.")

    # --- receipts ----------------------------------------------------------------------------

    def check_receipt(self, motion_id: str) -> ReceiptCheck | None:
        """My secret ballot against the published list; None before publication or when this
        device holds no receipt of mine for the motion's published text."""
        motion = self._store.motion(motion_id)
        if motion is None or motion.ballots is None:
            return None
        mine = self._store.my_ballots(motion_id, self._me())
        # Only a ballot on the published text: one on an older text was voided with it, and
        # its absence from the list is no cause for alarm.
        current = [b for b in mine if b.receipt and b.state == SENT and b.version == motion.version]
        if not current:
            return None
        ballot = current[0]
        if ballot.receipt is None:
            return None
        published = find_receipt(motion.ballots, motion.id, ballot.receipt)
        if published is None:
            return ReceiptCheck(ballot.receipt, False, False, None)
        match = sorted(published.choices) == sorted(ballot.choices)
        return ReceiptCheck(ballot.receipt, True, match, tuple(published.choices))

    # --- proxies -----------------------------------------------------------------------------

    def proxies_given(self) -> list[ProxyView]:
        return self._book().given_views()

    def proxies_held(self) -> list[ProxyView]:
        return self._book().held_views()

    def grant_proxy(
        self,
        holder_id: str,
        *,
        motion_id: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
    ) -> ProxyView:
        """Queue a proxy to ``holder_id`` (one motion, or every motion closing in a range)."""
        me = self._me()
        if holder_id == me:
            raise VoteRefused(VoteErrorCode.PROXY_INVALID, "A proxy goes to another member.")
        if starts_at and ends_at and ends_at < starts_at:
            raise VoteRefused(VoteErrorCode.PROXY_INVALID, "The range ends before it starts.")
        if motion_id is not None:
            motion = self._store.motion(motion_id)
            if motion is None:
                raise MotionNotFound(motion_id)
            if not motion.rules.proxies_allowed:
                raise VoteRefused(VoteErrorCode.PROXIES_NOT_ALLOWED, "No proxies for this vote.")
            if is_over(motion, self._clock()):
                raise VoteRefused(VoteErrorCode.MOTION_CLOSED, "This vote is closed.")
        data = ProxyGrantData(
            proxy_id=uuid.uuid4().hex,
            holder_id=holder_id,
            motion_id=motion_id,
            starts_at=starts_at,
            ends_at=ends_at,
        )
        self._store.enqueue(str(MutationKind.GRANT_PROXY), data.model_dump(mode="json"))
        view = self._book().view_of(data.proxy_id)
        assert view is not None
        return view

    def revoke_proxy(self, proxy_id: str) -> None:
        """Queue the withdrawal of a proxy I gave. VoteRefused when it is certainly used."""
        proxy = next((p for p in self._store.proxies() if p.id == proxy_id), None)
        if proxy is not None and proxy.motion_id is not None and proxy.used_on:
            raise VoteRefused(VoteErrorCode.PROXY_USED, "The holder has already voted with it.")
        data = ProxyRevokeData(proxy_id=proxy_id)
        self._store.enqueue(str(MutationKind.REVOKE_PROXY), data.model_dump(mode="json"))

    def possible_holders(self, motion_id: str | None) -> list[tuple[str, str]]:
        """(member id, name) of who may hold my proxy: the motion's other voters, or every
        other member for a date range; by name."""
        me = self._me()
        names = self._store.member_names()
        if motion_id is None:
            ids = set(names)
        else:
            motion = self._store.motion(motion_id)
            ids = set() if motion is None else set(motion.entitled) - set(motion.recused)
        found = [(i, names.get(i, i)) for i in ids if i != me]
        found.sort(key=lambda pair: (pair[1].casefold(), pair[0]))
        return found

    # --- internals ---------------------------------------------------------------------------

    def _me(self) -> str:
        account = self._store.account()
        if account is None:
            raise VoteRefused(VoteErrorCode.NOT_ENTITLED, "Sign in to vote.")
        return account.member_id

    def _book(self) -> ProxyBook:
        account = self._store.account()
        me = account.member_id if account else ""
        return ProxyBook(me, self._store.proxies(), self._store.outbox(), self._store)

    def _views(self, motions: list[MotionData]) -> list[MotionView]:
        book = self._book()
        return [self._view(m, book) for m in motions]

    def _view(self, motion: MotionData, book: ProxyBook) -> MotionView:
        now = self._clock()
        account = self._store.account()
        me = account.member_id if account else ""
        held = {p.principal_id for p in book.held() if proxy_applies(p, motion)}
        held |= set(self._store.ballot_principals(motion.id)) - {me}
        as_holder = tuple(
            self._ballot(motion, principal, book, now)
            for principal in sorted(held)
            if is_entitled(motion, principal)
        )
        if motion.committee_id is None:
            committee = self._store.organisation_name() or ""
        else:
            committee = self._store.committee_name(motion.committee_id) or ""
        return MotionView(
            motion=motion,
            committee_name=committee,
            mine=self._ballot(motion, me, book, now),
            as_holder=as_holder,
            deadline=motion.closes_at,
            is_open=is_open(motion, now),
            result=motion.result,
        )

    def _ballot(
        self, motion: MotionData, principal: str, book: ProxyBook, now: datetime
    ) -> BallotView:
        mine = principal == book.me
        view = ballot_view(
            motion,
            principal,
            book.name(principal),
            self._store.my_ballots(motion.id, principal),
            self._store.participation(motion.id, principal),
            proxy_stands=mine and book.given_for(motion),
            now=now,
        )
        if not mine:  # one ballot per principal, never changed, and only with proxies
            voted = view.status in (VoteStatus.VOTED, VoteStatus.WAITING)
            blocked = voted or not motion.rules.proxies_allowed
            return replace(view, can_vote=view.can_vote and not blocked, can_change=False)
        return view


def _previous_receipt(ballots: list[MyBallot], motion: MotionData) -> str | None:
    """The receipt of the ballot a new secret ballot replaces: the newest one not refused, on
    the current text (a ballot on an older text no longer counts)."""
    for ballot in ballots:
        if ballot.state == REJECTED:
            continue
        if ballot.receipt and ballot.version == motion.version:
            return ballot.receipt
        return None  # the newest ballot counted was on an older text
    return None
