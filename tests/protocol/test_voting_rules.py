"""The voting rules, case by case: each row's name says what the rules require."""

from __future__ import annotations

from typing import Any

import pytest

from protocol.motions import (
    ABSTAIN,
    AGAINST,
    FOR,
    BallotKind,
    BallotMode,
    Fraction,
    MajorityRule,
    MotionData,
    MotionOption,
    MotionResult,
    MotionRules,
    MotionStatus,
    OptionTally,
    Outcome,
    ResultsVisibility,
    TieRule,
)
from protocol.voting import (
    Ballot,
    InvalidChoice,
    effective_rules,
    tally,
    tally_motion,
    validate_choices,
)

ABSOLUTE, RELATIVE = MajorityRule.ABSOLUTE, MajorityRule.RELATIVE
Q_CAST, Q_ENTITLED = MajorityRule.QUALIFIED_CAST, MajorityRule.QUALIFIED_ENTITLED
OPEN, SECRET = BallotMode.OPEN, BallotMode.SECRET
CASTING = TieRule.CASTING_VOTE
TWO_THIRDS, THREE_QUARTERS = (
    Fraction(numerator=2, denominator=3),
    Fraction(numerator=3, denominator=4),
)
HALF, QUARTER = Fraction(numerator=1, denominator=2), Fraction(numerator=1, denominator=4)
CHAIR = "chair"


def rules(**overrides: Any) -> MotionRules:
    return MotionRules.model_validate(overrides)


def resolution(
    yes: int,
    no: int,
    abstain: int,
    *,
    entitled: int | None = None,
    chair: str | None = None,
    mode: BallotMode = OPEN,
    **rule: Any,
) -> MotionResult:
    """A resolution's result; ``chair`` is the choice of the chair's own ballot (if any),
    which is one more ballot on top of the others."""
    choices = [FOR] * yes + [AGAINST] * no + [ABSTAIN] * abstain
    ballots = [Ballot((c,), f"m{i}") for i, c in enumerate(choices)]
    if chair is not None:
        ballots.append(Ballot((chair,), CHAIR))
    return tally(
        kind=BallotKind.RESOLUTION,
        mode=mode,
        option_ids=[FOR, AGAINST, ABSTAIN],
        seats=1,
        rules=rules(**rule),
        entitled=len(ballots) if entitled is None else entitled,
        ballots=ballots,
        chair_id=CHAIR,
    )


# --- resolutions: every majority rule ------------------------------------------------------------

RESOLUTION_CASES = [
    # (for, against, abstain, entitled, rules) -> (outcome, majority_required, votes_cast)
    ((3, 2, 4, 9, {}), (Outcome.ADOPTED, 3, 5), "simple_more_for_than_against_is_adopted"),
    ((2, 3, 0, 5, {}), (Outcome.REJECTED, 3, 5), "simple_more_against_is_rejected"),
    ((1, 0, 8, 9, {}), (Outcome.ADOPTED, 1, 1), "simple_abstentions_are_not_counted"),
    ((0, 0, 5, 5, {}), (Outcome.REJECTED, 1, 0), "simple_only_abstentions_is_rejected"),
    ((0, 0, 0, 5, {}), (Outcome.REJECTED, 1, 0), "simple_no_ballot_at_all_is_rejected"),
    ((0, 0, 0, 0, {}), (Outcome.REJECTED, 1, 0), "simple_nobody_entitled_is_rejected"),
    ((3, 2, 0, 5, {"majority": RELATIVE}), (Outcome.ADOPTED, 3, 5), "relative_is_simple_here"),
    ((6, 0, 0, 10, {"majority": ABSOLUTE}), (Outcome.ADOPTED, 6, 6), "absolute_over_half"),
    ((5, 0, 0, 10, {"majority": ABSOLUTE}), (Outcome.REJECTED, 6, 5), "absolute_half_not_enough"),
    ((5, 4, 0, 9, {"majority": ABSOLUTE}), (Outcome.ADOPTED, 5, 9), "absolute_odd_entitled"),
    ((5, 1, 4, 10, {"majority": ABSOLUTE}), (Outcome.REJECTED, 6, 6), "absolute_counts_entitled"),
    ((4, 2, 0, 6, {"majority": Q_CAST}), (Outcome.ADOPTED, 4, 6), "two_thirds_of_cast_met"),
    ((3, 2, 0, 5, {"majority": Q_CAST}), (Outcome.REJECTED, 4, 5), "two_thirds_of_cast_rounds_up"),
    ((4, 2, 9, 15, {"majority": Q_CAST}), (Outcome.ADOPTED, 4, 6), "qualified_cast_ignores_abst"),
    ((0, 0, 3, 3, {"majority": Q_CAST}), (Outcome.REJECTED, 1, 0), "qualified_cast_no_vote_fails"),
    (
        (3, 1, 0, 4, {"majority": Q_CAST, "qualified": THREE_QUARTERS}),
        (Outcome.ADOPTED, 3, 4),
        "three_quarters_of_cast_met",
    ),
    (
        (5, 2, 0, 7, {"majority": Q_CAST, "qualified": THREE_QUARTERS}),
        (Outcome.REJECTED, 6, 7),
        "three_quarters_of_cast_missed",
    ),
    (
        (6, 0, 3, 9, {"majority": Q_ENTITLED, "qualified": TWO_THIRDS}),
        (Outcome.ADOPTED, 6, 6),
        "two_thirds_of_entitled_met",
    ),
    (
        (5, 0, 0, 9, {"majority": Q_ENTITLED, "qualified": TWO_THIRDS}),
        (Outcome.REJECTED, 6, 5),
        "two_thirds_of_entitled_missed_even_unopposed",
    ),
    (
        (8, 2, 0, 10, {"majority": Q_ENTITLED, "qualified": THREE_QUARTERS}),
        (Outcome.ADOPTED, 8, 10),
        "three_quarters_of_entitled_rounds_up_and_is_met",
    ),
    (
        (7, 0, 0, 10, {"majority": Q_ENTITLED, "qualified": THREE_QUARTERS}),
        (Outcome.REJECTED, 8, 7),
        "three_quarters_of_entitled_missed",
    ),
    (
        (0, 0, 0, 0, {"majority": Q_ENTITLED}),
        (Outcome.REJECTED, 1, 0),
        "qualified_entitled_never_adopts_without_a_vote",
    ),
]


@pytest.mark.parametrize(
    ("given", "expected"),
    [pytest.param(g, e, id=name) for g, e, name in RESOLUTION_CASES],
)
def test_resolution_majority_rules(
    given: tuple[int, int, int, int, dict[str, Any]], expected: tuple[Outcome, int, int]
) -> None:
    yes, no, abstain, entitled, rule = given
    result = resolution(yes, no, abstain, entitled=entitled, **rule)
    assert (result.outcome, result.majority_required, result.votes_cast) == expected
    assert result.participants == yes + no + abstain
    assert result.winners == ([FOR] if expected[0] is Outcome.ADOPTED else [])
    assert result.tally == [
        OptionTally(option_id=FOR, votes=yes),
        OptionTally(option_id=AGAINST, votes=no),
        OptionTally(option_id=ABSTAIN, votes=abstain),
    ]


def test_qualified_without_a_share_uses_two_thirds() -> None:
    assert resolution(2, 1, 0, majority=Q_CAST).outcome is Outcome.ADOPTED
    assert resolution(3, 2, 0, majority=Q_CAST).outcome is Outcome.REJECTED


# --- quorum --------------------------------------------------------------------------------------

QUORUM_CASES = [
    # (participants, entitled, quorum) -> (required, reached)
    ((5, 10, HALF), (5, True), "half_met_exactly"),
    ((4, 10, HALF), (5, False), "half_missed_by_one"),
    ((5, 9, HALF), (5, True), "half_of_odd_rounds_up"),
    ((3, 10, QUARTER), (3, True), "quarter_at_second_convocation_rounds_up"),
    ((2, 10, QUARTER), (3, False), "quarter_missed"),
    ((0, 10, None), (None, True), "no_quorum_rule_is_always_reached"),
    ((0, 0, HALF), (0, True), "nobody_entitled_needs_nobody"),
]


@pytest.mark.parametrize(
    ("given", "expected"), [pytest.param(g, e, id=name) for g, e, name in QUORUM_CASES]
)
def test_quorum_counts_everyone_taking_part_abstentions_included(
    given: tuple[int, int, Fraction | None], expected: tuple[int | None, bool]
) -> None:
    participants, entitled, quorum = given
    result = resolution(
        1 if participants else 0, 0, max(participants - 1, 0), entitled=entitled, quorum=quorum
    )
    assert (result.quorum_required, result.quorum_reached) == expected
    assert result.participants == participants
    if participants and expected[1]:
        assert result.outcome is Outcome.ADOPTED


def test_missed_quorum_gives_no_quorum_and_still_shows_the_tally() -> None:
    result = resolution(4, 0, 0, entitled=10, quorum=HALF)
    assert result.outcome is Outcome.NO_QUORUM
    assert result.winners == []
    assert result.tally[0] == OptionTally(option_id=FOR, votes=4)
    assert result.majority_required == 3


# --- ties ----------------------------------------------------------------------------------------

TIE_CASES = [
    # (chair's ballot, tie rule, mode) -> (outcome, casting vote used)
    ((FOR, TieRule.REJECTED, OPEN), (Outcome.REJECTED, False), "tie_rejected_by_the_rules"),
    ((FOR, CASTING, OPEN), (Outcome.ADOPTED, True), "chair_for_breaks_the_tie"),
    ((AGAINST, CASTING, OPEN), (Outcome.REJECTED, True), "chair_against_breaks_the_tie"),
    ((ABSTAIN, CASTING, OPEN), (Outcome.REJECTED, False), "chair_abstaining_cannot_break_it"),
    ((None, CASTING, OPEN), (Outcome.REJECTED, False), "chair_not_voting_cannot_break_it"),
    ((FOR, CASTING, SECRET), (Outcome.REJECTED, False), "no_casting_vote_in_secret_ballots"),
]


@pytest.mark.parametrize(
    ("given", "expected"), [pytest.param(g, e, id=name) for g, e, name in TIE_CASES]
)
def test_resolution_ties(
    given: tuple[str | None, TieRule, BallotMode], expected: tuple[Outcome, bool]
) -> None:
    chair, tie, mode = given
    # Two for and two against in all, the chair's for/against ballot being one of them.
    yes = 2 - (chair == FOR)
    no = 2 - (chair == AGAINST)
    result = resolution(yes, no, 1, chair=chair, tie=tie, mode=mode)
    assert result.tally[:2] == [
        OptionTally(option_id=FOR, votes=2),
        OptionTally(option_id=AGAINST, votes=2),
    ]
    assert (result.outcome, result.casting_vote_used) == expected


def test_no_votes_cast_is_no_tie_to_break() -> None:
    result = resolution(0, 0, 2, chair=ABSTAIN, tie=CASTING)
    assert (result.outcome, result.casting_vote_used) == (Outcome.REJECTED, False)


# --- validation ----------------------------------------------------------------------------------

OPTIONS = ("a", "b", "c", "d")

INVALID_CASES = [
    (BallotKind.CHOICE, 1, 2, ("z",), "not on this ballot", "unknown_option"),
    (BallotKind.CHOICE, 1, 2, ("a", "a"), "more than once", "duplicate_option"),
    (BallotKind.CHOICE, 2, 3, ("a",), "at least 2, got 1", "too_few_choices"),
    (BallotKind.ELECTION, 1, 2, ("a", "b", "c"), "at most 2, got 3", "too_many_choices"),
    (BallotKind.ELECTION, 1, 2, (), "blank ballot is not allowed", "blank_when_not_allowed"),
    (BallotKind.RESOLUTION, 0, 3, (FOR, AGAINST), "at most 1", "resolution_takes_one_choice"),
    (BallotKind.RESOLUTION, 0, 3, (), "blank ballot is not allowed", "resolution_has_no_blank"),
    (BallotKind.RESOLUTION, 1, 1, ("a",), "not on this ballot", "resolution_only_for_against"),
]


@pytest.mark.parametrize(
    ("kind", "low", "high", "choices", "message"),
    [pytest.param(*row[:5], id=row[5]) for row in INVALID_CASES],
)
def test_invalid_ballots_are_refused_with_a_clear_message(
    kind: BallotKind, low: int, high: int, choices: tuple[str, ...], message: str
) -> None:
    with pytest.raises(InvalidChoice, match=message):
        validate_choices(kind, OPTIONS, low, high, choices)


def test_a_refusal_never_names_the_option_chosen_so_a_stored_message_reveals_no_choice() -> None:
    for choices in (("secret-candidate",), ("a", "a")):
        with pytest.raises(InvalidChoice) as refused:
            validate_choices(BallotKind.ELECTION, OPTIONS, 1, 2, choices)
        assert "secret-candidate" not in str(refused.value) and "'a'" not in str(refused.value)


def test_valid_ballots_pass_including_blank_when_allowed() -> None:
    validate_choices(BallotKind.ELECTION, OPTIONS, 0, 2, ())
    validate_choices(BallotKind.ELECTION, OPTIONS, 0, 2, ("d", "a"))
    validate_choices(BallotKind.RESOLUTION, [], 0, 0, (ABSTAIN,))


def test_tally_refuses_two_ballots_for_one_member() -> None:
    with pytest.raises(ValueError, match="same member"):
        tally(
            kind=BallotKind.RESOLUTION,
            mode=OPEN,
            option_ids=[],
            seats=1,
            rules=MotionRules(),
            entitled=5,
            ballots=[Ballot((FOR,), "m1"), Ballot((AGAINST,), "m1")],
        )


def test_a_resolution_with_other_options_is_refused() -> None:
    with pytest.raises(ValueError, match="resolution's options"):
        tally(
            kind=BallotKind.RESOLUTION,
            mode=OPEN,
            option_ids=["yes", "no"],
            seats=1,
            rules=MotionRules(),
            entitled=1,
            ballots=[],
        )


# --- effective rules and whole motions -----------------------------------------------------------


def test_secret_ballots_hide_results_until_close_and_have_no_casting_vote() -> None:
    chosen = rules(tie=CASTING, results_visibility=ResultsVisibility.LIVE)
    secret = effective_rules(BallotKind.ELECTION, SECRET, chosen)
    assert (secret.tie, secret.results_visibility) == (
        TieRule.REJECTED,
        ResultsVisibility.AFTER_CLOSE,
    )
    assert effective_rules(BallotKind.ELECTION, OPEN, chosen) == chosen


def test_tally_motion_reads_the_motion_and_leaves_out_the_recused() -> None:
    motion = MotionData(
        id="mo1",
        committee_id=None,
        title="Budget",
        body="",
        version=1,
        kind=BallotKind.RESOLUTION,
        mode=OPEN,
        options=[MotionOption(id=o, label=o) for o in (FOR, AGAINST, ABSTAIN)],
        rules=rules(tie=CASTING, quorum=HALF),
        status=MotionStatus.CLOSED,
        entitled=["p1", "p2", "p3", "p4", "p5"],
        recused=["p5"],
        chair_id="p1",
    )
    ballots = [Ballot((FOR,), "p1"), Ballot((AGAINST,), "p2")]
    result = tally_motion(motion, ballots)
    assert (result.entitled, result.quorum_required) == (4, 2)
    assert (result.outcome, result.casting_vote_used) == (Outcome.ADOPTED, True)
