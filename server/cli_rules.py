"""The voting rules on the command line: the options ``motion create`` and ``voting-defaults
set`` share, and ``quorum-server voting-defaults [show|set]`` itself.

A rule option left out keeps what the organisation configured; ``motion create`` with no rule
option at all takes the organisation's defaults as they are.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from protocol.motions import Fraction, MajorityRule, MotionRules, ResultsVisibility, TieRule
from server.db.engine import reading, writing
from server.services import motion_store

#: The destinations of the rule options, in the order ``add_rule_arguments`` adds them.
RULE_OPTIONS = (
    "quorum", "no_quorum", "majority", "qualified", "tie", "visibility",
    "change", "proxies", "proxy_cap",
)  # fmt: skip


class RuleError(Exception):
    """A rule option that cannot be read (the CLI prints it and exits 1)."""


def fraction(text: str) -> Fraction:
    numerator, slash, denominator = text.partition("/")
    try:
        return Fraction(numerator=int(numerator), denominator=int(denominator))
    except ValueError as exc:
        raise RuleError(f"not a share such as 1/2 or 2/3: {text!r}") from exc


def add_rule_arguments(parser: argparse.ArgumentParser) -> None:
    """Rule options; each defaults to None, meaning "as the organisation configured"."""
    rules = parser.add_argument_group("voting rules (default: the organisation's)")
    quorum = rules.add_mutually_exclusive_group()
    quorum.add_argument("--quorum", metavar="N/D", help="share of the entitled who must vote")
    quorum.add_argument("--no-quorum", action="store_true", default=None)
    rules.add_argument("--majority", choices=[m.value for m in MajorityRule])
    rules.add_argument("--qualified", metavar="N/D", help="the share of a qualified majority")
    rules.add_argument("--tie", choices=[r.value for r in TieRule])
    rules.add_argument("--visibility", choices=[v.value for v in ResultsVisibility])
    rules.add_argument(
        "--change", action=argparse.BooleanOptionalAction, help="a ballot may be changed"
    )
    rules.add_argument("--proxies", action=argparse.BooleanOptionalAction)
    rules.add_argument("--proxy-cap", type=int, metavar="N")


def any_rule_given(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) is not None for name in RULE_OPTIONS)


def rules_from_args(args: argparse.Namespace, base: MotionRules) -> MotionRules:
    """``base`` with what the options change."""
    changes: dict[str, Any] = {}
    if args.no_quorum:
        changes["quorum"] = None
    elif args.quorum is not None:
        changes["quorum"] = fraction(args.quorum)
    if args.majority is not None:
        changes["majority"] = MajorityRule(args.majority)
    if args.qualified is not None:
        changes["qualified"] = fraction(args.qualified)
    if args.tie is not None:
        changes["tie"] = TieRule(args.tie)
    if args.visibility is not None:
        changes["results_visibility"] = ResultsVisibility(args.visibility)
    if args.change is not None:
        changes["allow_change"] = args.change
    if args.proxies is not None:
        changes["proxies_allowed"] = args.proxies
    if args.proxy_cap is not None:
        changes["proxy_cap"] = args.proxy_cap
    try:
        return MotionRules.model_validate({**base.model_dump(), **changes})
    except ValueError as exc:
        raise RuleError(f"these rules cannot be used: {exc}") from exc


def organisation_rules(engine: Engine) -> MotionRules:
    with reading(engine) as conn:
        return motion_store.voting_defaults(conn).rules


def cmd_show(args: argparse.Namespace, engine: Engine) -> None:
    with reading(engine) as conn:
        defaults = motion_store.voting_defaults(conn)
    shown = {
        "rules": defaults.rules.model_dump(mode="json"),
        "election_proxies": defaults.election_proxies,
    }
    sys.stdout.write(json.dumps(shown, indent=2, ensure_ascii=False) + "\n")


def cmd_set(args: argparse.Namespace, engine: Engine) -> None:
    with writing(engine) as conn:
        current = motion_store.voting_defaults(conn)
        election_proxies = current.election_proxies
        if args.election_proxies is not None:
            election_proxies = args.election_proxies
        motion_store.set_voting_defaults(
            conn,
            motion_store.VotingDefaults(
                rules=rules_from_args(args, current.rules), election_proxies=election_proxies
            ),
        )
    cmd_show(args, engine)


def add_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """Add ``voting-defaults show|set`` to the ``quorum-server`` parser."""
    about = "the rules new motions start from"
    group = commands.add_parser("voting-defaults", help=about, description=about)
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = sub.add_parser("show", parents=[common], help="print the organisation's defaults")
    show.set_defaults(run=lambda args: cmd_show(args, engine_of(args)))
    change = sub.add_parser("set", parents=[common], help="change some of the defaults")
    add_rule_arguments(change)
    change.add_argument(
        "--election-proxies",
        action=argparse.BooleanOptionalAction,
        help="whether elections of persons may be voted by proxy",
    )
    change.set_defaults(run=lambda args: cmd_set(args, engine_of(args)))
