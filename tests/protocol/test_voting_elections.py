"""Choices and elections, case by case: each row's name says what the rules require."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from protocol.motions import (
    BallotKind,
    BallotMode,
    Fraction,
    MajorityRule,
    MotionResult,
    MotionRules,
    OptionTally,
    Outcome,
    TieRule,
)
from protocol.voting import (
    Ballot,
    InvalidChoice,
    tally,
)

ABSOLUTE = MajorityRule.ABSOLUTE
Q_CAST, Q_ENTITLED = MajorityRule.QUALIFIED_CAST, MajorityRule.QUALIFIED_ENTITLED
OPEN, SECRET = BallotMode.OPEN, BallotMode.SECRET
CASTING = TieRule.CASTING_VOTE
THREE_QUARTERS, HALF = Fraction(numerator=3, denominator=4), Fraction(numerator=1, denominator=2)
CHAIR = "chair"


def rules(**overrides: Any) -> MotionRules:
    return MotionRules.model_validate(overrides)


# --- choices and elections ------------------------------------------------------------------------

OPTIONS = ("a", "b", "c", "d")


def election(
    picks: Sequence[str],
    *,
    seats: int = 1,
    chair: str | None = None,
    entitled: int | None = None,
    mode: BallotMode = OPEN,
    min_choices: int = 0,
    max_choices: int = 3,
    **rule: Any,
) -> MotionResult:
    """Each string of ``picks`` is one ballot ("" is blank); ``chair`` is one more ballot, the
    chair's."""
    ballots = [Ballot(tuple(p), f"m{i}") for i, p in enumerate(picks)]
    if chair is not None:
        ballots.append(Ballot(tuple(chair), CHAIR))
    return tally(
        kind=BallotKind.ELECTION,
        mode=mode,
        option_ids=OPTIONS,
        seats=seats,
        rules=rules(**rule),
        entitled=len(ballots) if entitled is None else entitled,
        ballots=ballots,
        chair_id=CHAIR,
        min_choices=min_choices,
        max_choices=max_choices,
    )


ELECTION_CASES = [
    # (ballots, keyword arguments) -> (outcome, winners, casting vote used)
    ((["a"] * 3 + ["b"] * 2, {}), (Outcome.ELECTED, ["a"], False), "relative_most_votes_wins"),
    (
        (["ab", "ab", "ac", "b"], {"seats": 2}),
        (Outcome.ELECTED, ["a", "b"], False),
        "two_seats_go_to_the_two_best",
    ),
    (
        (["ab", "bc", "ad"], {"seats": 2}),
        (Outcome.ELECTED, ["a", "b"], False),
        "a_tie_above_the_last_seat_is_no_tie",
    ),
    (
        (["ab", "ac", "a"], {"seats": 2}),
        (Outcome.TIE, ["a"], False),
        "tie_across_the_last_seat_is_a_tie",
    ),
    (
        (["ab", "a"], {"seats": 2, "chair": "ac", "tie": CASTING}),
        (Outcome.ELECTED, ["a", "c"], True),
        "chair_breaks_the_last_seat_tie",
    ),
    (
        (["ab", "a"], {"seats": 2, "chair": "ac", "tie": CASTING, "mode": SECRET}),
        (Outcome.TIE, ["a"], False),
        "no_casting_vote_in_a_secret_election",
    ),
    (
        (["ab", "ac", "a"], {"seats": 2, "chair": "a", "tie": CASTING}),
        (Outcome.TIE, ["a"], False),
        "chair_naming_no_tied_option_breaks_nothing",
    ),
    (
        (["b", "c"], {"chair": "bc", "tie": CASTING, "entitled": 3}),
        (Outcome.TIE, [], False),
        "chair_naming_every_tied_option_breaks_nothing",
    ),
    (
        (["a", "acd"], {"seats": 3, "chair": "ab", "tie": CASTING}),
        (Outcome.TIE, ["a", "b"], True),
        "chair_fills_one_of_two_tied_seats_the_other_stays_tied",
    ),
    (
        (["ab", "a"], {"seats": 3}),
        (Outcome.ELECTED, ["a", "b"], False),
        "fewer_candidates_with_votes_than_seats",
    ),
    ((["", ""], {}), (Outcome.NO_MAJORITY, [], False), "only_blank_ballots_elect_nobody"),
    (((), {"entitled": 3}), (Outcome.NO_MAJORITY, [], False), "no_ballot_elects_nobody"),
    (
        (["a"] * 5 + ["b"] * 3, {"majority": ABSOLUTE, "entitled": 9}),
        (Outcome.ELECTED, ["a"], False),
        "absolute_needs_over_half_of_entitled",
    ),
    (
        (["a"] * 4 + ["b"] * 4, {"majority": ABSOLUTE, "entitled": 9}),
        (Outcome.NO_MAJORITY, [], False),
        "absolute_missed_by_everyone",
    ),
    (
        (["ab"] * 3, {"majority": ABSOLUTE, "entitled": 5}),
        (Outcome.TIE, [], False),
        "absolute_met_by_two_for_one_seat_is_a_tie",
    ),
    (
        (["a"] * 4 + ["b"] * 2, {"majority": Q_CAST}),
        (Outcome.ELECTED, ["a"], False),
        "two_thirds_of_cast_elects",
    ),
    (
        (["a"] * 4 + ["b"] * 2 + [""] * 5, {"majority": Q_CAST}),
        (Outcome.ELECTED, ["a"], False),
        "blank_ballots_are_not_votes_cast",
    ),
    (
        (["a"] * 3 + ["b"] * 3, {"majority": Q_CAST}),
        (Outcome.NO_MAJORITY, [], False),
        "two_thirds_of_cast_missed",
    ),
    (
        (["a"] * 6, {"majority": Q_ENTITLED, "qualified": THREE_QUARTERS, "entitled": 8}),
        (Outcome.ELECTED, ["a"], False),
        "three_quarters_of_entitled_elects",
    ),
    (
        (["a"] * 5, {"majority": Q_ENTITLED, "qualified": THREE_QUARTERS, "entitled": 8}),
        (Outcome.NO_MAJORITY, [], False),
        "three_quarters_of_entitled_missed",
    ),
    (
        (["a"] * 3, {"quorum": HALF, "entitled": 7}),
        (Outcome.NO_QUORUM, [], False),
        "election_without_quorum_elects_nobody",
    ),
]


@pytest.mark.parametrize(
    ("given", "expected"), [pytest.param(g, e, id=name) for g, e, name in ELECTION_CASES]
)
def test_choice_and_election_rules(
    given: tuple[Sequence[str], dict[str, Any]], expected: tuple[Outcome, list[str], bool]
) -> None:
    picks, kwargs = given
    result = election(picks, **kwargs)
    assert (result.outcome, result.winners, result.casting_vote_used) == expected


def test_election_tally_lists_every_option_in_order_and_counts_blank_ballots_as_participants() -> (
    None
):
    result = election(["c", "", "ca", ""], seats=2)
    assert result.tally == [
        OptionTally(option_id="a", votes=1),
        OptionTally(option_id="b", votes=0),
        OptionTally(option_id="c", votes=2),
        OptionTally(option_id="d", votes=0),
    ]
    assert (result.participants, result.votes_cast, result.majority_required) == (4, 2, None)
    assert result.winners == ["c", "a"]


def test_election_thresholds_are_reported() -> None:
    assert election(["a"], entitled=9, majority=ABSOLUTE).majority_required == 5
    assert election(["a", "b", "", ""], majority=Q_CAST).majority_required == 2
    assert election(["a"], entitled=8, majority=Q_ENTITLED).majority_required == 6


def test_a_choice_is_tallied_like_an_election() -> None:
    result = tally(
        kind=BallotKind.CHOICE,
        mode=OPEN,
        option_ids=["x", "y"],
        seats=1,
        rules=MotionRules(),
        entitled=3,
        ballots=[Ballot(("y",)), Ballot(("x",)), Ballot(("y",))],
    )
    assert (result.outcome, result.winners) == (Outcome.ELECTED, ["y"])


def test_winners_are_listed_by_votes_then_in_option_order() -> None:
    result = tally(
        kind=BallotKind.ELECTION,
        mode=OPEN,
        option_ids=["zoe", "yann", "xavier"],
        seats=3,
        rules=MotionRules(),
        entitled=4,
        ballots=[Ballot(("xavier", "yann")), Ballot(("xavier", "zoe")), Ballot(("xavier",))],
    )
    assert (result.outcome, result.winners) == (Outcome.ELECTED, ["xavier", "zoe", "yann"])


def test_tally_refuses_more_ballots_than_entitled() -> None:
    with pytest.raises(ValueError, match="only 2 members are entitled"):
        election(["a", "b", "a"], entitled=2)


def test_tally_refuses_an_invalid_ballot() -> None:
    with pytest.raises(InvalidChoice):
        election(["ab"], max_choices=1)
