"""Properties the voting rules keep whatever the ballots (hypothesis)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from protocol.motions import (
    ABSTAIN,
    AGAINST,
    FOR,
    BallotKind,
    BallotMode,
    Fraction,
    MajorityRule,
    MotionResult,
    MotionRules,
    Outcome,
    PublishedBallot,
    TieRule,
)
from protocol.voting import (
    CROCKFORD_ALPHABET,
    Ballot,
    find_receipt,
    new_receipt,
    receipt_hash,
    tally,
)

OPTIONS = ("a", "b", "c", "d", "e")

fractions = st.builds(
    Fraction,
    numerator=st.integers(min_value=0, max_value=4),
    denominator=st.integers(min_value=1, max_value=4),
)
motion_rules = st.builds(
    MotionRules,
    quorum=st.none() | fractions,
    majority=st.sampled_from(MajorityRule),
    qualified=st.none() | fractions,
    tie=st.sampled_from(TieRule),
)


@st.composite
def motions(draw: st.DrawFn) -> dict[str, Any]:
    """Keyword arguments of ``tally``: any kind, mode and rules, and valid ballots of distinct
    voters, the chair among them at times."""
    kind = draw(st.sampled_from(BallotKind))
    choices: st.SearchStrategy[tuple[str, ...]]
    if kind is BallotKind.RESOLUTION:
        options: tuple[str, ...] = (FOR, AGAINST, ABSTAIN)
        low, high, seats = 1, 1, 1
        choices = st.sampled_from(options).map(lambda c: (c,))
    else:
        options = OPTIONS
        seats = draw(st.integers(min_value=1, max_value=3))
        low = draw(st.integers(min_value=0, max_value=1))
        high = draw(st.integers(min_value=max(low, 1), max_value=3))
        choices = st.lists(st.sampled_from(options), min_size=low, max_size=high, unique=True).map(
            tuple
        )
    picks = draw(st.lists(choices, max_size=12))
    ballots = [Ballot(p, f"m{i}") for i, p in enumerate(picks)]
    return {
        "kind": kind,
        "mode": draw(st.sampled_from(BallotMode)),
        "option_ids": options,
        "seats": seats,
        "rules": draw(motion_rules),
        "entitled": len(ballots) + draw(st.integers(min_value=0, max_value=5)),
        "ballots": ballots,
        "chair_id": draw(st.sampled_from(["m0", "m1", "nobody"])),
        "min_choices": low,
        "max_choices": high,
    }


@given(motions(), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_the_order_of_ballots_or_choices(
    motion: dict[str, Any], random: Any
) -> None:
    expected = tally(**motion)
    shuffled = [
        Ballot(tuple(random.sample(b.choices, len(b.choices))), b.voter_id)
        for b in motion["ballots"]
    ]
    random.shuffle(shuffled)
    assert tally(**{**motion, "ballots": shuffled}) == expected


@given(motions())
def test_participants_never_exceed_the_entitled(motion: dict[str, Any]) -> None:
    result = tally(**motion)
    assert result.participants == len(motion["ballots"]) <= result.entitled
    assert result.votes_cast <= result.participants


@given(motions(), st.integers(min_value=1, max_value=3))
def test_more_ballots_than_entitled_is_refused(motion: dict[str, Any], excess: int) -> None:
    with pytest.raises(ValueError, match="entitled"):
        tally(**{**motion, "entitled": len(motion["ballots"]) - excess})


@given(motions())
def test_winners_always_come_from_the_tally_with_votes(motion: dict[str, Any]) -> None:
    result = tally(**motion)
    votes = {t.option_id: t.votes for t in result.tally}
    assert [t.option_id for t in result.tally] == list(motion["option_ids"])
    assert len(result.winners) <= motion["seats"]
    assert all(votes[w] > 0 for w in result.winners)
    if not result.quorum_reached:
        assert (result.outcome, result.winners) == (Outcome.NO_QUORUM, [])


def simple_resolution(
    yes: int, no: int, abstain: int, entitled: int, quorum: Fraction | None, chair: str
) -> MotionResult:
    choices = [FOR] * yes + [AGAINST] * no + [ABSTAIN] * abstain
    return tally(
        kind=BallotKind.RESOLUTION,
        mode=BallotMode.OPEN,
        option_ids=(FOR, AGAINST, ABSTAIN),
        seats=1,
        rules=MotionRules(quorum=quorum, tie=TieRule.CASTING_VOTE),
        entitled=entitled,
        ballots=[Ballot((c,), f"m{i}") for i, c in enumerate(choices)],
        chair_id=chair,
    )


@given(
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=1, max_value=5),
    st.none() | fractions,
    st.sampled_from(["m0", "m1", "nobody"]),
)
def test_an_abstention_never_changes_a_simple_majority_unless_it_makes_the_quorum(
    yes: int, no: int, abstain: int, spare: int, quorum: Fraction | None, chair: str
) -> None:
    entitled = yes + no + abstain + spare
    before = simple_resolution(yes, no, abstain, entitled, quorum, chair)
    after = simple_resolution(yes, no, abstain + 1, entitled, quorum, chair)
    if before.quorum_reached or not after.quorum_reached:
        assert after.outcome is before.outcome
    else:
        assert before.outcome is Outcome.NO_QUORUM
        assert after.outcome in (Outcome.ADOPTED, Outcome.REJECTED)


# --- receipts ------------------------------------------------------------------------------------

motion_ids = st.text(min_size=1, max_size=20)
receipts = st.text(CROCKFORD_ALPHABET, min_size=12, max_size=12).map(
    lambda c: f"{c[:4]}-{c[4:8]}-{c[8:]}"
)
RECEIPT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


def test_new_receipts_are_three_groups_of_four_crockford_characters_and_never_repeat() -> None:
    made = [new_receipt() for _ in range(500)]
    assert all(RECEIPT.match(r) for r in made), made
    assert len(set(made)) == len(made)


@given(motion_ids, receipts, receipts)
def test_receipts_hash_consistently_per_motion(motion_id: str, receipt: str, other: str) -> None:
    digest = receipt_hash(motion_id, receipt)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert receipt_hash(motion_id, receipt) == digest
    assert receipt_hash(motion_id + "x", receipt) != digest
    assert (receipt_hash(motion_id, other) == digest) == (other == receipt)


def test_a_receipt_hash_is_the_sha256_of_motion_and_bare_code() -> None:
    expected = hashlib.sha256(b"mo1:K7QXM2PD9RTA").hexdigest()
    assert receipt_hash("mo1", "K7QX-M2PD-9RTA") == expected


@st.composite
def loosely_typed(draw: st.DrawFn, receipt: str) -> str:
    """The receipt as a member might type it: any case, dashes and spaces anywhere or not,
    O for 0 and I or L for 1."""
    out = []
    for char in receipt.replace("-", ""):
        if char == "0":
            char = draw(st.sampled_from("0Oo"))
        elif char == "1":
            char = draw(st.sampled_from("1IiLl"))
        elif draw(st.booleans()):
            char = char.lower()
        out.append(draw(st.sampled_from(["", " ", "-", "  "])) + char)
    return "".join(out) + draw(st.sampled_from(["", " ", "\n"]))


@given(motion_ids, receipts, receipts, st.data())
def test_a_loosely_typed_receipt_still_finds_its_ballot(
    motion_id: str, mine: str, other: str, data: st.DataObject
) -> None:
    assume(other != mine)
    published = [
        PublishedBallot(choices=["a"], receipt_hash=receipt_hash(motion_id, other)),
        PublishedBallot(choices=["b"], receipt_hash=receipt_hash(motion_id, mine)),
    ]
    typed = data.draw(loosely_typed(mine))
    assert receipt_hash(motion_id, typed) == receipt_hash(motion_id, mine)
    assert find_receipt(published, motion_id, typed) == published[1]
    assert find_receipt(published, motion_id + "x", typed) is None
