"""Voting in words: statuses, deadlines, refusals, rules and outcomes, said plainly.

Everything a member reads about a vote is made here, so the list, the dialogs and the results
say the same thing the same way. Colour and symbols are never the only signal: each status and
each outcome is a sentence.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as _Q

from desktop.ui.formatting import fill, format_date, format_time, to_local
from protocol.errors import VoteErrorCode
from protocol.motions import (
    ABSTAIN,
    AGAINST,
    FOR,
    BallotKind,
    BallotMode,
    MajorityRule,
    MotionRules,
    Outcome,
)

if TYPE_CHECKING:
    from desktop.core.votes_views import BallotView

#: Statuses of a ballot (the values of ``desktop.core.votes.VoteStatus``).
TO_VOTE, VOTED, WAITING, NOT_COUNTED = "to_vote", "voted", "waiting", "not_counted"
PROXY_GIVEN, NOT_ENTITLED, CLOSED = "proxy_given", "not_entitled", "closed"


def now_utc() -> datetime:
    return datetime.now(UTC)


def deadline_text(deadline: datetime, now: datetime | None = None) -> str:
    """ "Closes today at 18:00" / "Closes on 14 March 2025 at 18:00"."""
    today = to_local(now or now_utc()).date()
    if to_local(deadline).date() == today:
        return fill(_Q.translate("Votes", "Closes today at %1"), format_time(deadline))
    return fill(
        _Q.translate("Votes", "Closes on %1 at %2"), format_date(deadline), format_time(deadline)
    )


def closed_at_text(deadline: datetime) -> str:
    return fill(
        _Q.translate("Votes", "Closed on %1 at %2"), format_date(deadline), format_time(deadline)
    )


def plural(text: str, n: int) -> str:
    """English source strings write plurals as "day(s)"; say "1 day", "2 days" (a French
    translation has its own forms and no brackets)."""
    return re.sub(r"\((s)\)", "" if n == 1 else r"\1", text)


def countdown(deadline: datetime, now: datetime | None = None) -> str:
    """How long is left, in words: "closes in 2 days", "closes in 3 hours", "closed"."""
    seconds = (deadline - (now or now_utc())).total_seconds()
    if seconds <= 0:
        return _Q.translate("Votes", "voting is closed")
    minutes = int(seconds // 60)
    hours = minutes // 60
    if hours >= 36:  # 47 hours reads better as "2 days"
        days = round(minutes / (60 * 24))
        return plural(_Q.translate("Votes", "closes in %n day(s)", "", days), days)
    if hours >= 1:
        return plural(_Q.translate("Votes", "closes in %n hour(s)", "", hours), hours)
    if minutes >= 1:
        return plural(_Q.translate("Votes", "closes in %n minute(s)", "", minutes), minutes)
    return _Q.translate("Votes", "closes in less than a minute")


def must_reach_text(deadline: datetime | None) -> str:
    if deadline is None:
        return _Q.translate("Votes", "It will be sent as soon as you are online.")
    return fill(
        _Q.translate("Votes", "It must reach the server before %1 on %2."),
        format_time(deadline),
        format_date(deadline),
    )


def reason_words(code: str | None, message: str | None = None) -> str:
    """Why a ballot was not counted: our own words for a known code, else what we were told."""
    if code in KNOWN_REFUSALS or not message:
        return refusal_text(code)
    return message


def ballot_status_text(ballot: BallotView, deadline: datetime | None) -> str:
    """A ballot's status as a sentence, with the reason in words when there is one."""
    reason = None
    if ballot.reason_code or ballot.reason_message:
        reason = reason_words(ballot.reason_code, ballot.reason_message)
    return status_text(ballot.status, deadline, reason)


def status_text(status: str, deadline: datetime | None, reason: str | None = None) -> str:
    """A ballot's status as a full sentence."""
    if status == TO_VOTE:
        if reason:
            return fill(_Q.translate("Votes", "To vote again: %1"), reason)
        return _Q.translate("Votes", "To vote: you have not voted yet.")
    if status == VOTED:
        text = _Q.translate("Votes", "Voted: your vote has been counted.")
        if reason:
            change = fill(_Q.translate("Votes", "Your last change was not counted: %1"), reason)
            return f"{text} {change}"
        return text
    if status == WAITING:
        text = _Q.translate("Votes", "Waiting to be sent.")
        return f"{text} {must_reach_text(deadline)}"
    if status == NOT_COUNTED:
        why = reason or _Q.translate("Votes", "The server refused it.")
        return fill(_Q.translate("Votes", "Not counted: %1"), why)
    if status == PROXY_GIVEN:
        return _Q.translate("Votes", "You gave your proxy: the person you chose votes for you.")
    if status == NOT_ENTITLED:
        return _Q.translate("Votes", "You do not take part in this vote.")
    return _Q.translate("Votes", "Voting is closed.")


def status_badge(status: str) -> str:
    """The short label at the right of a row (with a symbol, never colour alone)."""
    badges = {
        TO_VOTE: _Q.translate("Votes", "● To vote"),
        VOTED: _Q.translate("Votes", "✓ Voted"),
        WAITING: _Q.translate("Votes", "Waiting to be sent"),
        NOT_COUNTED: _Q.translate("Votes", "✗ Not counted"),
        PROXY_GIVEN: _Q.translate("Votes", "Proxy given"),
        NOT_ENTITLED: _Q.translate("Votes", "Not a voter"),
    }
    return badges.get(status, _Q.translate("Votes", "Closed"))


#: Every refusal the server may give for a vote, a proxy or a motion action.
KNOWN_REFUSALS = frozenset(code.value for code in VoteErrorCode)


def refusal_text(code: str | None) -> str:
    """Why the server refused a ballot, a proxy or an action, in the member's words."""
    texts = {
        "motion_not_open": _Q.translate("Votes", "this vote is not open."),
        "motion_closed": _Q.translate(
            "Votes", "the vote had closed before your ballot reached the server."
        ),
        "motion_changed": _Q.translate(
            "Votes",
            "the text of the motion changed after you voted. Read the new text and vote again.",
        ),
        "not_entitled": _Q.translate("Votes", "you are not among the voters of this motion."),
        "already_voted": _Q.translate(
            "Votes", "you had already voted, and this vote does not allow changing it."
        ),
        "invalid_choice": _Q.translate("Votes", "the choices on the ballot were not valid."),
        "receipt_unknown": _Q.translate(
            "Votes", "your earlier receipt code was not recognised, so the vote was not changed."
        ),
        "proxies_not_allowed": _Q.translate("Votes", "proxies are not allowed for this vote."),
        "proxy_cap_reached": _Q.translate(
            "Votes", "this person already holds as many proxies as the rules allow."
        ),
        "proxy_stands": _Q.translate(
            "Votes", "you gave your proxy for this vote: the person you chose votes for you."
        ),
        "proxy_already_used": _Q.translate(
            "Votes", "a vote has already been cast with this proxy."
        ),
        "no_proxy": _Q.translate("Votes", "this person has not given you their proxy."),
        "proxy_used": _Q.translate(
            "Votes", "the proxy has already been used, so it can no longer be withdrawn."
        ),
        "proxy_invalid": _Q.translate(
            "Votes",
            "this proxy is not possible (to yourself, overlapping another one, "
            "or with an end date before its start).",
        ),
        "motion_locked": _Q.translate(
            "Votes", "once a vote is open, only its deadline and its voters can change."
        ),
    }
    return texts.get(code or "", _Q.translate("Votes", "the server refused it."))


def option_label(kind: BallotKind, option_id: str, labels: dict[str, str]) -> str:
    if kind is BallotKind.RESOLUTION:
        words = {
            FOR: _Q.translate("Votes", "For"),
            AGAINST: _Q.translate("Votes", "Against"),
            ABSTAIN: _Q.translate("Votes", "Abstain"),
        }
        return words.get(option_id, option_id)
    return labels.get(option_id, option_id)


def choices_text(
    kind: BallotKind, choices: tuple[str, ...] | list[str], labels: dict[str, str]
) -> str:
    if not choices:
        return _Q.translate("Votes", "a blank ballot")
    return ", ".join(option_label(kind, c, labels) for c in choices)


def kind_text(kind: BallotKind, mode: BallotMode) -> str:
    kinds = {
        BallotKind.RESOLUTION: _Q.translate("Votes", "Resolution"),
        BallotKind.CHOICE: _Q.translate("Votes", "Choice between options"),
        BallotKind.ELECTION: _Q.translate("Votes", "Election"),
    }
    if mode is BallotMode.SECRET:
        return fill(_Q.translate("Votes", "%1 · secret ballot"), kinds[kind])
    return fill(_Q.translate("Votes", "%1 · open ballot (named)"), kinds[kind])


def how_many_text(kind: BallotKind, low: int, high: int) -> str:
    """ "Choose up to 3 people", "Choose one option", "Choose between 2 and 3 options"."""
    people = kind is BallotKind.ELECTION
    if high <= 1:
        if people:
            return _Q.translate("Votes", "Choose one person.")
        return _Q.translate("Votes", "Choose one option.")
    if low == high:
        if people:
            return plural(_Q.translate("Votes", "Choose exactly %n people.", "", high), high)
        return plural(_Q.translate("Votes", "Choose exactly %n options.", "", high), high)
    if low <= 1:
        if people:
            return plural(_Q.translate("Votes", "Choose up to %n people.", "", high), high)
        return plural(_Q.translate("Votes", "Choose up to %n options.", "", high), high)
    return fill(_Q.translate("Votes", "Choose between %1 and %2 options."), str(low), str(high))


def majority_rule_text(rules: MotionRules) -> str:
    share = str(rules.qualified) if rules.qualified else "2/3"
    texts = {
        MajorityRule.SIMPLE: _Q.translate(
            "Votes", "Simple majority: more votes for than against (abstentions do not count)."
        ),
        MajorityRule.ABSOLUTE: _Q.translate(
            "Votes", "Absolute majority: more than half of the members entitled to vote."
        ),
        MajorityRule.QUALIFIED_CAST: fill(
            _Q.translate("Votes", "Qualified majority: at least %1 of the votes cast."), share
        ),
        MajorityRule.QUALIFIED_ENTITLED: fill(
            _Q.translate(
                "Votes", "Qualified majority: at least %1 of the members entitled to vote."
            ),
            share,
        ),
        MajorityRule.RELATIVE: _Q.translate("Votes", "Relative majority: the most votes win."),
    }
    return texts[rules.majority]


def outcome_badge(outcome: Outcome) -> str:
    """The outcome in a few words, for a list row (symbol AND words)."""
    texts = {
        Outcome.ADOPTED: _Q.translate("Votes", "✓ Adopted"),
        Outcome.REJECTED: _Q.translate("Votes", "✗ Rejected"),
        Outcome.ELECTED: _Q.translate("Votes", "✓ Decided"),
        Outcome.NO_QUORUM: _Q.translate("Votes", "✗ No quorum"),
        Outcome.TIE: _Q.translate("Votes", "= Tie"),
        Outcome.NO_MAJORITY: _Q.translate("Votes", "✗ No majority"),
    }
    return texts[outcome]


def outcome_text(outcome: Outcome) -> str:
    """The outcome as a headline, with a symbol AND words."""
    texts = {
        Outcome.ADOPTED: _Q.translate("Votes", "✓ Adopted"),
        Outcome.REJECTED: _Q.translate("Votes", "✗ Rejected"),
        Outcome.ELECTED: _Q.translate("Votes", "✓ Decided"),
        Outcome.NO_QUORUM: _Q.translate("Votes", "✗ Quorum not reached: no decision"),
        Outcome.TIE: _Q.translate("Votes", "= Tie: no decision for the last seat"),
        Outcome.NO_MAJORITY: _Q.translate("Votes", "✗ No option reached the majority required"),
    }
    return texts[outcome]
