"""Motions, ballots and proxies on the wire.

The rules (quorum, majorities, ties) are computed by ``protocol.voting.tally``, the same code on
both sides: the server decides, and any member can recompute a published result.

Secret ballots: the server stores who took part apart from what was chosen; a secret ballot
row carries no member and no time. The app makes a random receipt code, sends only its hash
(``receipt_hash``) with the ballot and keeps the code; after the close the published list of
ballots shows each hash with its choices, so the member can check theirs is there unchanged.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from protocol.base import Id, Payload, Request

#: The options of a resolution, in the order a ballot shows them.
FOR, AGAINST, ABSTAIN = "for", "against", "abstain"
RESOLUTION_OPTIONS = (FOR, AGAINST, ABSTAIN)

ReceiptHash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class BallotKind(StrEnum):
    RESOLUTION = "resolution"  # for / against / abstain
    CHOICE = "choice"  # pick between min_choices and max_choices options
    ELECTION = "election"  # ``seats`` persons among the candidates (options)


class BallotMode(StrEnum):
    OPEN = "open"  # named: the list of who chose what is published after the close
    SECRET = "secret"


class MotionStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    PUBLISHED = "published"  # closed, and its result and ballot list are public
    CANCELLED = "cancelled"


class MajorityRule(StrEnum):
    SIMPLE = "simple"  # more for than against; abstentions not counted
    ABSOLUTE = "absolute"  # more than half of the entitled
    QUALIFIED_CAST = "qualified_cast"  # at least ``qualified`` of the votes cast (for+against)
    QUALIFIED_ENTITLED = "qualified_entitled"  # at least ``qualified`` of the entitled
    RELATIVE = "relative"  # most votes wins (choices and elections)


class TieRule(StrEnum):
    CASTING_VOTE = "casting_vote"  # the chair's ballot decides; open ballots only
    REJECTED = "rejected"


class ResultsVisibility(StrEnum):
    LIVE = "live"
    AFTER_VOTE = "after_vote"
    AFTER_CLOSE = "after_close"  # forced for secret ballots


class Outcome(StrEnum):
    ADOPTED = "adopted"  # a resolution passed
    REJECTED = "rejected"  # a resolution failed, or a tie the rules reject
    ELECTED = "elected"  # a choice or election with its winners decided
    NO_QUORUM = "no_quorum"
    TIE = "tie"  # a choice or election whose last seat is tied and not decided
    NO_MAJORITY = "no_majority"  # no option reached the majority required


class Fraction(Payload):
    numerator: Annotated[int, Field(ge=0, le=1000)]
    denominator: Annotated[int, Field(ge=1, le=1000)]

    def __str__(self) -> str:
        return f"{self.numerator}/{self.denominator}"


class MotionRules(Payload):
    """The rules of one motion, filled from the organisation's defaults when created."""

    quorum: Fraction | None = None  # share of the entitled who must take part (or None)
    majority: MajorityRule = MajorityRule.SIMPLE
    qualified: Fraction | None = None  # the share for qualified majorities: 2/3, 3/4
    tie: TieRule = TieRule.REJECTED
    results_visibility: ResultsVisibility = ResultsVisibility.AFTER_CLOSE
    allow_change: bool = True  # the last ballot counts until the close
    proxies_allowed: bool = True
    proxy_cap: Annotated[int, Field(ge=0, le=10)] = 1  # proxies one member may hold


class MotionOption(Payload):
    id: Id
    label: str


class OptionTally(Payload):
    option_id: Id
    votes: int


class MotionResult(Payload):
    """A computed result; ``protocol.voting.tally`` is the only code that makes one."""

    entitled: int
    participants: int  # ballots counted, abstentions and proxies included
    quorum_required: int | None  # participants needed, None when there is no quorum
    quorum_reached: bool
    votes_cast: int  # ballots that express a choice (abstentions and blank excluded)
    majority_required: int | None  # votes an option needs to win, None for relative
    tally: list[OptionTally]
    outcome: Outcome
    winners: list[Id] = Field(default_factory=list)  # "for" when a resolution is adopted
    casting_vote_used: bool = False


class PublishedBallot(Payload):
    """One ballot of the list published after the close: named for open ballots (member and
    who cast it), by receipt hash for secret ones."""

    choices: list[Id]
    receipt_hash: str | None = None
    member_id: Id | None = None
    cast_by: Id | None = None


class MotionData(Payload):
    """A motion as members see it. ``result`` is present once visible to everyone (published),
    ``ballots`` once published."""

    id: Id
    committee_id: Id | None  # None: the whole organisation votes
    title: str
    body: str  # Markdown
    version: int  # goes up when the text changes; ballots on an older version are void
    kind: BallotKind
    mode: BallotMode
    options: list[MotionOption]
    min_choices: int = 1
    max_choices: int = 1
    seats: int = 1  # winners of a choice or an election
    rules: MotionRules
    status: MotionStatus
    opens_at: datetime | None = None
    closes_at: datetime | None = None
    entitled: list[Id]  # who may vote (committee members or a list, minus recusals)
    recused: list[Id] = Field(default_factory=list)
    chair_id: Id | None = None  # whose ballot breaks a tie under the casting-vote rule
    document_ids: list[Id] = Field(default_factory=list)
    created_by: Id | None = None
    participants: int = 0  # who has voted so far (never what)
    result: MotionResult | None = None
    ballots: list[PublishedBallot] | None = None


class ParticipationData(Payload):
    """That a ballot was counted for a member (id ``motion_id:principal_id``), sent to the
    member and, for a proxy ballot, to its holder. ``choices`` only for open ballots."""

    id: Id
    motion_id: Id
    principal_id: Id
    cast_by: Id
    version: int
    cast_at: datetime
    choices: list[Id] | None = None


class ProxyData(Payload):
    """A proxy (pouvoir): ``principal_id`` hands their vote to ``holder_id`` for one motion,
    or for every motion closing between ``starts_at`` and ``ends_at``."""

    id: Id
    principal_id: Id
    holder_id: Id
    motion_id: Id | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    granted_at: datetime
    revoked_at: datetime | None = None
    used_on: list[Id] = Field(default_factory=list)  # motions the holder has voted on with it


class AuditEventData(Payload):
    """One entry of a motion's history (from the hash-chained audit log)."""

    id: Id
    motion_id: Id
    seq: int
    at: datetime
    event: str  # created, opened, extended, closed, reopened, published, cancelled,
    # text_changed, voters_changed, proxy_granted, proxy_revoked, ballot_cast, ballot_changed
    actor_id: Id | None = None
    on_behalf_of: Id | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


# --- mutations (through the outbox) ------------------------------------------------------------


class BallotCastData(Request):
    """Cast or change a ballot. ``on_behalf_of`` names the principal when voting by proxy.
    Secret ballots carry ``receipt_hash`` (sha256 hex of ``motion_id:receipt``, see
    ``protocol.voting.receipt_hash``); changing one carries the earlier receipt code."""

    motion_id: Id
    version: Annotated[int, Field(ge=1)]
    choices: Annotated[list[Id], Field(max_length=100)]
    on_behalf_of: Id | None = None
    receipt_hash: ReceiptHash | None = None
    previous_receipt: Annotated[str, StringConstraints(max_length=64)] | None = None


class ProxyGrantData(Request):
    proxy_id: Id  # made by the client, so a repeated grant is recognised
    holder_id: Id
    motion_id: Id | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None


class ProxyRevokeData(Request):
    proxy_id: Id


# --- what the secretariat sends (online routes) ----------------------------------------------


class MotionDraft(Request):
    committee_id: Id | None = None
    title: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    body: Annotated[str, StringConstraints(max_length=200_000)] = ""
    kind: BallotKind = BallotKind.RESOLUTION
    mode: BallotMode = BallotMode.OPEN
    options: Annotated[
        list[Annotated[str, StringConstraints(min_length=1, max_length=200)]], Field(max_length=100)
    ] = Field(default_factory=list)
    min_choices: Annotated[int, Field(ge=0, le=100)] = 1
    max_choices: Annotated[int, Field(ge=1, le=100)] = 1
    seats: Annotated[int, Field(ge=1, le=100)] = 1
    rules: MotionRules | None = None  # None: the organisation's defaults
    entitled: list[Id] | None = None  # None: every member of the committee (or organisation)
    recused: list[Id] = Field(default_factory=list)
    document_ids: list[Id] = Field(default_factory=list)
    closes_at: datetime | None = None


class MotionUpdate(Request):
    """Draft: anything. Open: only ``closes_at`` and the voters (``entitled``, ``recused``);
    a new ``title``/``body`` on an open motion makes a new version and voids its ballots."""

    title: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    body: Annotated[str, StringConstraints(max_length=200_000)] | None = None
    closes_at: datetime | None = None
    entitled: list[Id] | None = None
    recused: list[Id] | None = None


class MotionSchedule(Request):
    """Open, extend or reopen until ``closes_at``."""

    closes_at: datetime


class LiveResult(Payload):
    """``GET /v1/motions/{id}/result``: the result when the rules let this member see it."""

    motion_id: Id
    status: MotionStatus
    result: MotionResult | None
    visible: bool
    reason: str | None = None  # why not visible yet: "after_vote" or "after_close"
