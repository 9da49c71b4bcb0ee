"""What the Votes view shows, as frozen records, and the rules that give a ballot its status.

The status of a ballot (mine, or one I cast as a proxy holder) comes from what the cache knows:
the ballots this device cast (``my_ballots`` with the fate of their outbox rows) and the
``participation`` rows the server sent. Precedence, first match wins:

1. NOT_ENTITLED: the principal is not on the motion's list of voters (or is recused).
2. WAITING: my latest ballot is still in the outbox. It must reach the server before the close.
3. the latest ballot was rejected: NOT_COUNTED with the server's code and message (never
   translated here: the UI turns the code into words). If an earlier ballot was counted on the
   current text, it still counts: VOTED, with the refusal of the change as the reason.
4. PROXY_GIVEN: a proxy of the principal stands for this motion (my own view only).
5. VOTED: a ballot was counted on the current version of the text (a participation row at that
   version, or an outbox row the server applied).
6. counted on an older version (the text changed since): TO_VOTE again, reason
   ``motion_changed`` (CLOSED with that reason once the vote is over).
7. CLOSED when the vote is over, else TO_VOTE.

A motion counts as open while its status is open and its cached deadline has not passed; the
server decides in the end (a late ballot comes back rejected with ``motion_closed``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from desktop.cache.records import MyBallot
from protocol.errors import VoteErrorCode
from protocol.motions import (
    BallotMode,
    MotionData,
    MotionResult,
    MotionStatus,
    ParticipationData,
    ProxyData,
)

PENDING, SENT, REJECTED = "pending", "sent", "rejected"


class VoteStatus(StrEnum):
    TO_VOTE = "to_vote"
    VOTED = "voted"
    WAITING = "waiting"  # queued in the outbox
    NOT_COUNTED = "not_counted"  # rejected: reason given
    PROXY_GIVEN = "proxy_given"  # my proxy stands: the holder votes for me
    NOT_ENTITLED = "not_entitled"
    CLOSED = "closed"


@dataclass(frozen=True)
class BallotView:
    """My own ballot, or one I cast as a proxy holder. ``receipt``: secret ballots only.
    ``reason_code``/``reason_message``: why NOT_COUNTED (the server's code and message), why
    TO_VOTE again (``motion_changed``), or, on VOTED, why my last change was refused."""

    principal_id: str
    principal_name: str
    status: VoteStatus
    choices: tuple[str, ...] | None
    receipt: str | None
    reason_code: str | None
    reason_message: str | None
    can_vote: bool
    can_change: bool
    cast_by: str | None = None  # who cast the counted ballot, when the server said so


@dataclass(frozen=True)
class MotionView:
    motion: MotionData
    committee_name: str
    mine: BallotView  # my own vote
    as_holder: tuple[BallotView, ...]  # one per principal whose proxy I hold for it
    deadline: datetime | None
    is_open: bool
    result: MotionResult | None  # published (or live when fetched)


@dataclass(frozen=True)
class ReceiptCheck:
    receipt: str
    found: bool
    choices_match: bool
    published_choices: tuple[str, ...] | None


@dataclass(frozen=True)
class ProxyView:
    """``status``: "waiting" (granted or withdrawn, not sent yet), "standing", "revoked",
    "used" (a one-motion proxy the holder voted with) or "refused" (``reason``: the server's
    code, ``reason_message`` its message)."""

    proxy: ProxyData
    principal_name: str
    holder_name: str
    motion_title: str | None
    status: str
    reason: str | None
    reason_message: str | None = None


class VoteRefused(Exception):
    """Refused here, before anything is queued, because the answer is certain (the vote is
    closed by its deadline, I am not entitled, my proxy stands...). ``code`` is a
    ``protocol.errors.VoteErrorCode`` value, for the UI's words."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class MotionNotFound(LookupError):
    """The motion is not (or no longer) in the cache."""

    code = "not_found"


def is_open(motion: MotionData, now: datetime) -> bool:
    if motion.status is not MotionStatus.OPEN:
        return False
    return motion.closes_at is None or motion.closes_at > now


def is_over(motion: MotionData, now: datetime) -> bool:
    """Closed, published or cancelled, or open with its deadline passed."""
    if motion.status in (MotionStatus.CLOSED, MotionStatus.PUBLISHED, MotionStatus.CANCELLED):
        return True
    return motion.status is MotionStatus.OPEN and not is_open(motion, now)


def is_entitled(motion: MotionData, member_id: str) -> bool:
    return member_id in motion.entitled and member_id not in motion.recused


def proxy_applies(proxy: ProxyData, motion: MotionData) -> bool:
    """A proxy for this motion, or for a date range covering its close. None applies to a
    motion that does not allow proxies: its voters vote in person (as the server judges)."""
    if not motion.rules.proxies_allowed:
        return False
    if proxy.motion_id is not None:
        return proxy.motion_id == motion.id
    if motion.closes_at is None:
        return proxy.starts_at is None and proxy.ends_at is None
    if proxy.starts_at is not None and motion.closes_at < proxy.starts_at:
        return False
    return proxy.ends_at is None or motion.closes_at <= proxy.ends_at


def counted_version(ballot: MyBallot) -> int:
    """The version the server counted an applied ballot on (its answer, or what was sent)."""
    version = (ballot.result or {}).get("version")
    return version if isinstance(version, int) else ballot.version


def ballot_view(
    motion: MotionData,
    principal_id: str,
    principal_name: str,
    ballots: list[MyBallot],
    participation: ParticipationData | None,
    *,
    proxy_stands: bool,
    now: datetime,
) -> BallotView:
    """The status of the principal's ballot (see the module docstring). ``ballots``: newest
    first; ``proxy_stands``: the principal's proxy stands (False for a holder's view)."""
    open_ = is_open(motion, now)
    changeable = open_ and motion.rules.allow_change
    secret = motion.mode is BallotMode.SECRET

    base = BallotView(
        principal_id, principal_name, VoteStatus.TO_VOTE, None, None, None, None, False, False
    )

    if not is_entitled(motion, principal_id):
        return replace(base, status=VoteStatus.NOT_ENTITLED)
    latest = ballots[0] if ballots else None
    applied = next((b for b in ballots if b.state == SENT), None)
    current_by_ballot = applied is not None and counted_version(applied) == motion.version
    current_by_row = participation is not None and participation.version == motion.version
    voted_current = current_by_ballot or current_by_row
    voted_before = (applied is not None or participation is not None) and not voted_current

    def voted(reason_code: str | None = None, reason_message: str | None = None) -> BallotView:
        if current_by_ballot and applied is not None:
            choices: tuple[str, ...] | None = applied.choices
            receipt = applied.receipt if secret else None
        else:
            choices = (
                tuple(participation.choices)
                if participation and participation.choices is not None
                else None
            )
            receipt = None
        cast_by = participation.cast_by if current_by_row and participation else None
        return replace(
            base,
            status=VoteStatus.VOTED,
            choices=choices,
            receipt=receipt,
            reason_code=reason_code,
            reason_message=reason_message,
            can_vote=changeable,
            can_change=changeable,
            cast_by=cast_by,
        )

    if latest is not None and latest.state == PENDING:
        return replace(
            base,
            status=VoteStatus.WAITING,
            choices=latest.choices,
            receipt=latest.receipt if secret else None,
            can_vote=changeable,
            can_change=changeable,
        )
    if latest is not None and latest.state == REJECTED:
        if voted_current:
            return voted(reason_code=latest.code, reason_message=latest.message)
        return replace(
            base,
            status=VoteStatus.NOT_COUNTED,
            choices=latest.choices,
            reason_code=latest.code,
            reason_message=latest.message,
            can_vote=open_ and not proxy_stands,
        )
    own_vote = current_by_ballot or (
        current_by_row and participation is not None and participation.cast_by == principal_id
    )
    if proxy_stands and not own_vote:
        by_holder = participation if current_by_row else None
        given = by_holder.choices if by_holder else None
        return replace(
            base,
            status=VoteStatus.PROXY_GIVEN,
            choices=tuple(given) if given else None,
            cast_by=by_holder.cast_by if by_holder else None,
        )
    if voted_current:
        return voted()
    if voted_before:
        status = VoteStatus.TO_VOTE if open_ else VoteStatus.CLOSED
        return replace(
            base, status=status, reason_code=str(VoteErrorCode.MOTION_CHANGED), can_vote=open_
        )
    if is_over(motion, now):
        return replace(base, status=VoteStatus.CLOSED)
    return replace(base, can_vote=open_)


def awaits_a_vote(view: MotionView) -> bool:
    """An open motion that waits for a ballot of mine: my own, or one I hold a proxy for (not
    cast yet, or cast on an older text, or refused)."""
    waiting = (VoteStatus.TO_VOTE, VoteStatus.NOT_COUNTED)
    ballots = (view.mine, *view.as_holder)
    return view.is_open and any(b.status in waiting and b.can_vote for b in ballots)


def count_awaiting(views: list[MotionView]) -> int:
    """How many of ``views`` wait for the member's vote (the tray shows it)."""
    return sum(1 for view in views if awaits_a_vote(view))
