"""The voting rules: one pure function turns the ballots of a motion into its result.

The server runs it to decide; the app runs it to recompute a published result. No I/O.

Ballots
    A ``Ballot`` holds the option ids chosen and, for open ballots, the principal it counts
    for (``voter_id``, used only to find the chair's ballot). One ballot per principal:
    two ballots with the same ``voter_id`` are an error. The result never depends on the
    order of the ballots, nor on the order of the choices inside one.

Common to every kind
    ``participants`` = ballots counted (abstentions, blank ballots and proxies included).
    Quorum: ``quorum_required = ceil(entitled * num / den)``, ``quorum_reached`` =
    ``participants >= quorum_required``; with no quorum rule, required is None and it is
    reached. When the quorum is missed the outcome is ``no_quorum``, with no winners; the
    tally and the majority required are still given.

Resolution (options ``for``, ``against``, ``abstain``; exactly one per ballot)
    ``votes_cast = for + against``.

    - simple (and relative, the same thing for a resolution): adopted iff for > against;
      ``majority_required = votes_cast // 2 + 1``.
    - absolute: required ``entitled // 2 + 1``; adopted iff for >= required.
    - qualified_cast: required ``ceil(votes_cast * q)``; adopted iff votes_cast > 0 and
      for >= required. ``q`` is ``rules.qualified``, 2/3 when unset.
    - qualified_entitled: required ``ceil(entitled * q)``; adopted iff for >= required.

    A threshold is never below one vote: nothing is adopted (or elected) without a vote for it.
    Tie under simple/relative (for == against > 0): when the effective rule is
    ``casting_vote`` (open ballots only) and the chair (``chair_id``) has a ballot for or
    against, the chair's choice decides (``casting_vote_used``); otherwise rejected. With no
    votes cast (0 == 0) it is rejected. ``winners == ["for"]`` when adopted.

Choice and election
    Each ballot names between ``min_choices`` and ``max_choices`` distinct options; none at
    all (a blank ballot) only when ``min_choices == 0``. ``votes_cast`` = ballots with at
    least one choice. Every option is tallied, in option order, zeros included.

    - relative (or simple): the ``seats`` options with most votes (and at least one) win;
      ``majority_required`` is None.
    - absolute: an option needs ``entitled // 2 + 1`` votes; qualified_cast
      ``ceil(votes_cast * q)``; qualified_entitled ``ceil(entitled * q)``; the best
      ``seats`` among those meeting it win. No option meets it: ``no_majority`` (also when
      no option has any vote under relative).

    Winners are listed by votes, then option order. A tie across the last seat goes to the
    casting vote (effective rule ``casting_vote``, open mode, the chair's ballot names some
    of the tied options: those rank first, ``casting_vote_used``). When that fills the last
    seats the outcome is ``elected``; otherwise ``tie``, with winners only the options
    ranked strictly above the tie (the chair's named ones included). Decided: ``elected``.

Effective rules
    Secret ballots force ``results_visibility = after_close`` and ``tie = rejected``: a secret
    ballot has no casting vote. ``tally`` applies them itself.

Errors
    ``tally`` raises ValueError for more ballots than entitled, a duplicated voter, or a
    ballot that ``validate_choices`` refuses (``InvalidChoice``, a ValueError subclass).

Receipts (secret ballots)
    ``new_receipt()`` makes 12 random Crockford base32 characters, ``XXXX-XXXX-XXXX``.
    ``receipt_hash(motion_id, receipt)`` is the sha256 hex of ``f"{motion_id}:{code}"``,
    ``code`` being the receipt normalised: upper case, spaces and dashes removed, and
    Crockford's look-alikes read as digits (O -> 0, I and L -> 1), so a receipt typed
    loosely still matches. ``find_receipt`` finds the published ballot carrying it.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from protocol.motions import (
    ABSTAIN,
    AGAINST,
    FOR,
    RESOLUTION_OPTIONS,
    BallotKind,
    BallotMode,
    Fraction,
    MajorityRule,
    MotionData,
    MotionResult,
    MotionRules,
    OptionTally,
    Outcome,
    PublishedBallot,
    ResultsVisibility,
    TieRule,
)

__all__ = [
    "CROCKFORD_ALPHABET",
    "DEFAULT_QUALIFIED",
    "Ballot",
    "InvalidChoice",
    "effective_rules",
    "find_receipt",
    "new_receipt",
    "normalise_receipt",
    "receipt_hash",
    "tally",
    "tally_motion",
    "validate_choices",
]

#: The share a qualified majority needs when the rules do not say.
DEFAULT_QUALIFIED = Fraction(numerator=2, denominator=3)
#: Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RELATIVE = (MajorityRule.SIMPLE, MajorityRule.RELATIVE)


@dataclass(frozen=True)
class Ballot:
    choices: tuple[str, ...]
    voter_id: str | None = None  # the principal; known for open ballots only (casting vote)


class InvalidChoice(ValueError):
    """A ballot the motion cannot accept; the message says why, in plain English."""


def validate_choices(
    kind: BallotKind,
    option_ids: Sequence[str],
    min_choices: int,
    max_choices: int,
    choices: Sequence[str],
) -> None:
    """Raise InvalidChoice unless ``choices`` is a valid ballot. A resolution ballot is always
    exactly one of for/against/abstain, whatever the other arguments say."""
    if kind is BallotKind.RESOLUTION:
        option_ids, min_choices, max_choices = RESOLUTION_OPTIONS, 1, 1
    known = set(option_ids)
    seen: set[str] = set()
    for choice in choices:
        if choice not in known:
            raise InvalidChoice("An option that is not on this ballot was chosen.")
        if choice in seen:
            raise InvalidChoice("An option is chosen more than once.")
        seen.add(choice)
    if len(choices) < min_choices:
        if min_choices == 1:
            raise InvalidChoice("Choose one option: a blank ballot is not allowed here.")
        raise InvalidChoice(f"Too few choices: at least {min_choices}, got {len(choices)}.")
    if len(choices) > max_choices:
        raise InvalidChoice(f"Too many choices: at most {max_choices}, got {len(choices)}.")


def effective_rules(kind: BallotKind, mode: BallotMode, rules: MotionRules) -> MotionRules:
    """The rules as applied: a secret ballot shows results after the close and has no casting
    vote. ``kind`` changes nothing today; it is there for rules specific to a kind."""
    if mode is BallotMode.SECRET:
        return rules.model_copy(
            update={"results_visibility": ResultsVisibility.AFTER_CLOSE, "tie": TieRule.REJECTED}
        )
    return rules


def tally(
    *,
    kind: BallotKind,
    mode: BallotMode,
    option_ids: Sequence[str],
    seats: int,
    rules: MotionRules,
    entitled: int,
    ballots: Iterable[Ballot],
    chair_id: str | None = None,
    min_choices: int = 1,
    max_choices: int | None = None,
) -> MotionResult:
    """The result of a motion (see the module docstring). ``min_choices``/``max_choices``
    bound a choice or election ballot (``max_choices`` None: ``seats``); a resolution
    ignores them and its ``option_ids`` may be empty or for/against/abstain in any order."""
    rules = effective_rules(kind, mode, rules)
    options = _options(kind, option_ids)
    high = seats if max_choices is None else max_choices
    if seats < 1 or entitled < 0 or not 0 <= min_choices <= high:
        raise ValueError(
            f"Bad motion: seats={seats}, entitled={entitled}, choices {min_choices}..{high}."
        )
    cast = list(ballots)
    if len(cast) > entitled:
        raise ValueError(f"{len(cast)} ballots but only {entitled} members are entitled to vote.")
    voters = [b.voter_id for b in cast if b.voter_id is not None]
    if len(voters) != len(set(voters)):
        raise ValueError("Two ballots count for the same member.")
    counts = dict.fromkeys(options, 0)
    for ballot in cast:
        validate_choices(kind, options, min_choices, high, ballot.choices)
        for choice in ballot.choices:
            counts[choice] += 1

    quorum_required = None if rules.quorum is None else _share(entitled, rules.quorum)
    quorum_reached = quorum_required is None or len(cast) >= quorum_required
    chair: frozenset[str] | None = None
    if rules.tie is TieRule.CASTING_VOTE and mode is BallotMode.OPEN and chair_id is not None:
        chair = next((frozenset(b.choices) for b in cast if b.voter_id == chair_id), None)

    required: int | None
    if kind is BallotKind.RESOLUTION:
        votes_cast = counts[FOR] + counts[AGAINST]
        required, adopted, used = _resolution(rules, entitled, counts[FOR], counts[AGAINST], chair)
        outcome = Outcome.ADOPTED if adopted else Outcome.REJECTED
        winners = [FOR] if adopted else []
    else:
        votes_cast = sum(1 for b in cast if b.choices)
        required = _threshold(rules, entitled, votes_cast)
        outcome, winners, used = _seats(options, counts, seats, required, chair)
    if not quorum_reached:
        outcome, winners, used = Outcome.NO_QUORUM, [], False
    return MotionResult(
        entitled=entitled,
        participants=len(cast),
        quorum_required=quorum_required,
        quorum_reached=quorum_reached,
        votes_cast=votes_cast,
        majority_required=required,
        tally=[OptionTally(option_id=o, votes=counts[o]) for o in options],
        outcome=outcome,
        winners=winners,
        casting_vote_used=used,
    )


def tally_motion(motion: MotionData, ballots: Iterable[Ballot]) -> MotionResult:
    """``tally`` with everything taken from the motion; the recused are never entitled."""
    return tally(
        kind=motion.kind,
        mode=motion.mode,
        option_ids=[option.id for option in motion.options],
        seats=motion.seats,
        rules=motion.rules,
        entitled=len(set(motion.entitled) - set(motion.recused)),
        ballots=ballots,
        chair_id=motion.chair_id,
        min_choices=motion.min_choices,
        max_choices=motion.max_choices,
    )


def new_receipt() -> str:
    """A fresh receipt code such as ``K7QX-M2PD-9RTA`` (60 random bits)."""
    code = "".join(secrets.choice(CROCKFORD_ALPHABET) for _ in range(12))
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def normalise_receipt(receipt: str) -> str:
    """The receipt as hashed: upper case, no spaces or dashes, O read as 0, I and L as 1."""
    squeezed = "".join(c for c in receipt if not c.isspace() and c != "-")
    return squeezed.upper().translate(_LOOK_ALIKES)


def receipt_hash(motion_id: str, receipt: str) -> str:
    """The sha256 hex a secret ballot carries instead of its member."""
    text = f"{motion_id}:{normalise_receipt(receipt)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_receipt(
    ballots: Sequence[PublishedBallot], motion_id: str, receipt: str
) -> PublishedBallot | None:
    """The published ballot made with this receipt, or None when it is not in the list."""
    wanted = receipt_hash(motion_id, receipt)
    return next((b for b in ballots if b.receipt_hash == wanted), None)


# --- internals -------------------------------------------------------------------------------


def _options(kind: BallotKind, option_ids: Sequence[str]) -> tuple[str, ...]:
    if kind is BallotKind.RESOLUTION:
        if option_ids and sorted(option_ids) != sorted(RESOLUTION_OPTIONS):
            raise ValueError(f"A resolution's options are {FOR}, {AGAINST} and {ABSTAIN}.")
        return RESOLUTION_OPTIONS
    if len(set(option_ids)) != len(option_ids):
        raise ValueError("Two options share the same id.")
    return tuple(option_ids)


def _share(count: int, share: Fraction) -> int:
    """ceil(count * share), in exact integers."""
    return -(-count * share.numerator // share.denominator)


def _threshold(rules: MotionRules, entitled: int, votes_cast: int) -> int | None:
    """The votes a winner needs under a threshold rule, None under simple/relative."""
    q = rules.qualified or DEFAULT_QUALIFIED
    match rules.majority:
        case MajorityRule.ABSOLUTE:
            return entitled // 2 + 1
        case MajorityRule.QUALIFIED_CAST:
            return max(1, _share(votes_cast, q))
        case MajorityRule.QUALIFIED_ENTITLED:
            return max(1, _share(entitled, q))
        case _:
            return None


def _resolution(
    rules: MotionRules, entitled: int, yes: int, no: int, chair: frozenset[str] | None
) -> tuple[int, bool, bool]:
    """(majority required, adopted, casting vote used)."""
    threshold = _threshold(rules, entitled, yes + no)
    if threshold is not None:
        return threshold, yes >= threshold, False
    required = (yes + no) // 2 + 1
    if yes != no:
        return required, yes > no, False
    if yes > 0 and chair is not None and chair & {FOR, AGAINST}:
        return required, FOR in chair, True
    return required, False, False


def _seats(
    options: Sequence[str],
    counts: dict[str, int],
    seats: int,
    threshold: int | None,
    chair: frozenset[str] | None,
) -> tuple[Outcome, list[str], bool]:
    """(outcome, winners, casting vote used) of a choice or an election."""
    floor = 1 if threshold is None else threshold
    ranked = sorted((o for o in options if counts[o] >= floor), key=lambda o: -counts[o])
    if not ranked:
        return Outcome.NO_MAJORITY, [], False
    if len(ranked) <= seats or counts[ranked[seats - 1]] > counts[ranked[seats]]:
        return Outcome.ELECTED, ranked[:seats], False
    boundary = counts[ranked[seats - 1]]
    above = [o for o in ranked if counts[o] > boundary]
    tied = [o for o in ranked if counts[o] == boundary]
    named = [o for o in tied if chair is not None and o in chair]
    free = seats - len(above)
    if named and len(named) <= free:
        decided = len(named) == free
        return (Outcome.ELECTED if decided else Outcome.TIE), above + named, True
    return Outcome.TIE, above, False
