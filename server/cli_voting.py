"""``quorum-server motion|proxy|audit …``: the voting commands of the administration CLI.

    motion create --title T [--committee NAME | --organisation] [--kind K] [--mode M]
                  [--option LABEL]… [--seats N] [--quorum 1/2] [--majority RULE] …
    motion list | show ID [--json] | open ID --closes-at WHEN | extend ID --closes-at WHEN
    motion reopen ID --closes-at WHEN | close ID | publish ID | cancel ID
    proxy grant PRINCIPAL_EMAIL HOLDER_EMAIL (--motion ID | --until WHEN [--from WHEN])
    proxy revoke PROXY_ID | proxy list [--email EMAIL]
    audit verify [--motion ID]      (exit status 1, naming the entry, when the chain is broken)

Actions are taken as the administration (no member), or as ``--by EMAIL`` when given. Times
are ISO 8601; without a zone they are UTC.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from protocol.motions import (
    BallotKind,
    BallotMode,
    MotionData,
    MotionDraft,
    ProxyGrantData,
    ProxyRevokeData,
)
from server.cli_rules import add_rule_arguments, any_rule_given, organisation_rules, rules_from_args
from server.db import tables as t
from server.db.engine import reading, writing
from server.services import audit, directory, motion_views, motions, proxies
from server.services.records import Member

Engine_ = Callable[[argparse.Namespace], Engine]


class VotingCliError(Exception):
    """A clear, one-line reason to stop (the CLI prints it and exits 1)."""


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _when(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise VotingCliError(f"not a date and time: {text!r} (use ISO 8601)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _member(engine: Engine, email: str | None) -> Member | None:
    if not email:
        return None
    with reading(engine) as conn:
        return directory.member_by_email(conn, email)


def _ids(engine: Engine, emails: list[str] | None) -> list[str] | None:
    if emails is None:
        return None
    with reading(engine) as conn:
        return [directory.member_by_email(conn, email).id for email in emails]


def _line(m: MotionData) -> str:
    closes = f"closes {m.closes_at:%Y-%m-%d %H:%M} UTC" if m.closes_at else "no deadline"
    outcome = f", {m.result.outcome.value}" if m.result else ""
    kind = f"{m.kind.value}, {m.mode.value}, {closes}"
    return f"{m.id}  [{m.status.value}{outcome}]  {m.title}  ({kind})"


def cmd_create(args: argparse.Namespace, engine: Engine) -> None:
    committee_id = None
    if args.committee:
        with reading(engine) as conn:
            committee_id = directory.committee_by_name(conn, args.committee).id
    body = Path(args.body_file).read_text(encoding="utf-8") if args.body_file else args.body
    rules = rules_from_args(args, organisation_rules(engine)) if any_rule_given(args) else None
    draft = MotionDraft(
        committee_id=committee_id,
        title=args.title,
        body=body,
        kind=BallotKind(args.kind),
        mode=BallotMode(args.mode),
        options=args.option or [],
        min_choices=args.min_choices,
        max_choices=args.max_choices,
        seats=args.seats,
        rules=rules,
        entitled=_ids(engine, args.voter),
        recused=_ids(engine, args.recuse) or [],
    )
    motion = motions.create(engine, _member(engine, args.by), draft)
    _out(f"Motion {motion.title} created ({motion.id}).")


def cmd_list(args: argparse.Namespace, engine: Engine) -> None:
    for motion in motion_views.list_motions(engine, None):
        _out(_line(motion))


def cmd_show(args: argparse.Namespace, engine: Engine) -> None:
    motion = motion_views.get(engine, None, args.motion_id)
    if args.json:
        _out(motion.model_dump_json())
        return
    _out(_line(motion))
    _out(f"  version {motion.version}, {len(motion.entitled)} entitled, "
         f"{motion.participants} took part")  # fmt: skip
    if motion.result is not None:
        r = motion.result
        tally = ", ".join(f"{t.option_id} {t.votes}" for t in r.tally)
        _out(f"  result: {r.outcome.value}; {tally}; winners: {', '.join(r.winners) or '-'}")


def _schedule(action: Callable[..., MotionData], verb: str) -> Callable[..., None]:
    def run(args: argparse.Namespace, engine: Engine) -> None:
        actor = _member(engine, args.by)
        if hasattr(args, "closes_at"):
            motion = action(engine, actor, args.motion_id, _when(args.closes_at))
        else:
            motion = action(engine, actor, args.motion_id)
        _out(f"Motion {motion.title} {verb} ({motion.status.value}).")

    return run


def cmd_proxy_grant(args: argparse.Namespace, engine: Engine) -> None:
    if (args.motion is None) == (args.until is None):
        raise VotingCliError("give --motion ID or --until WHEN")
    with writing(engine) as conn:
        principal = directory.member_by_email(conn, args.principal)
        holder = directory.member_by_email(conn, args.holder)
        request = ProxyGrantData(
            proxy_id=uuid.uuid4().hex,
            holder_id=holder.id,
            motion_id=args.motion,
            starts_at=_when(args.start) if args.start else None,
            ends_at=_when(args.until) if args.until else None,
        )
        proxies.grant(conn, principal, request)
    _out(f"Proxy {request.proxy_id}: {principal.name} to {holder.name}.")


def cmd_proxy_revoke(args: argparse.Namespace, engine: Engine) -> None:
    with writing(engine) as conn:
        principal_id = conn.execute(
            select(t.proxies.c.principal_id).where(t.proxies.c.id == args.proxy_id)
        ).scalar_one_or_none()
        if principal_id is None:
            raise VotingCliError(f"no proxy {args.proxy_id}")
        proxies.revoke(
            conn, directory.member(conn, principal_id), ProxyRevokeData(proxy_id=args.proxy_id)
        )
    _out(f"Proxy {args.proxy_id} revoked.")


def cmd_proxy_list(args: argparse.Namespace, engine: Engine) -> None:
    member = _member(engine, args.email)
    with reading(engine) as conn:
        names = {r.id: r.name for r in conn.execute(select(t.members.c.id, t.members.c.name))}
    for p in proxies.list_proxies(engine, None if member is None else member.id):
        scope = (
            f"motion {p.motion_id}"
            if p.motion_id
            else f"{p.starts_at:%Y-%m-%d} to {p.ends_at:%Y-%m-%d}"
        )
        state = "revoked" if p.revoked_at else "standing"
        used = f", used on {len(p.used_on)}" if p.used_on else ""
        who = (
            f"{names.get(p.principal_id, p.principal_id)} -> {names.get(p.holder_id, p.holder_id)}"
        )
        _out(f"{p.id}  {who}  {scope}  {state}{used}")


def cmd_audit_verify(args: argparse.Namespace, engine: Engine) -> None:
    broken = audit.verify(engine, args.motion)
    if broken is not None:
        raise VotingCliError(f"the audit log is broken at entry {broken}")
    _out("The audit log is intact.")


def add_commands(commands: Any, common: argparse.ArgumentParser, engine_of: Engine_) -> None:
    """Add ``motion``, ``proxy`` and ``audit`` to the ``quorum-server`` parser."""

    def group(name: str, help: str) -> Any:
        parser = commands.add_parser(name, help=help, description=help)
        return parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    def leaf(
        sub: Any, name: str, run: Callable[[argparse.Namespace, Engine], None], help: str
    ) -> Any:
        parser = sub.add_parser(name, parents=[common], help=help, description=help)
        parser.set_defaults(run=lambda args: run(args, engine_of(args)))
        return parser

    sub = group("motion", "create and run motions")
    p = leaf(sub, "create", cmd_create, "create a draft motion")
    p.add_argument("--title", required=True)
    p.add_argument("--body", default="")
    p.add_argument("--body-file", metavar="FILE.md")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--committee", metavar="NAME")
    where.add_argument("--organisation", action="store_true", help="the whole organisation votes")
    p.add_argument("--kind", default="resolution", choices=[k.value for k in BallotKind])
    p.add_argument("--mode", default="open", choices=[m.value for m in BallotMode])
    p.add_argument("--option", action="append", metavar="LABEL")
    p.add_argument("--seats", type=int, default=1)
    p.add_argument("--min-choices", type=int, default=1)
    p.add_argument("--max-choices", type=int, default=1)
    add_rule_arguments(p)
    p.add_argument("--voter", action="append", metavar="EMAIL", help="only these vote")
    p.add_argument("--recuse", action="append", metavar="EMAIL")
    p.add_argument("--by", metavar="EMAIL")
    leaf(sub, "list", cmd_list, "list every motion")
    p = leaf(sub, "show", cmd_show, "show a motion and its result")
    p.add_argument("motion_id")
    p.add_argument("--json", action="store_true")
    for name, action, verb, scheduled in (
        ("open", motions.open_motion, "opened", True),
        ("extend", motions.extend, "extended", True),
        ("reopen", motions.reopen, "reopened", True),
        ("close", motions.close, "closed", False),
        ("publish", motions.publish, "published", False),
        ("cancel", motions.cancel, "cancelled", False),
    ):
        p = leaf(sub, name, _schedule(action, verb), f"{name} a motion")
        p.add_argument("motion_id")
        if scheduled:
            p.add_argument("--closes-at", required=True, metavar="WHEN")
        p.add_argument("--by", metavar="EMAIL")

    sub = group("proxy", "grant, revoke and list proxies")
    p = leaf(sub, "grant", cmd_proxy_grant, "a member hands their vote to another")
    p.add_argument("principal", metavar="PRINCIPAL_EMAIL")
    p.add_argument("holder", metavar="HOLDER_EMAIL")
    p.add_argument("--motion", metavar="ID")
    p.add_argument("--from", dest="start", metavar="WHEN")
    p.add_argument("--until", metavar="WHEN")
    p = leaf(sub, "revoke", cmd_proxy_revoke, "revoke a proxy not yet used")
    p.add_argument("proxy_id")
    p = leaf(sub, "list", cmd_proxy_list, "list proxies")
    p.add_argument("--email", metavar="EMAIL", help="given or held by this member")

    sub = group("audit", "the audit log")
    p = leaf(sub, "verify", cmd_audit_verify, "check the hash chain of the audit log")
    p.add_argument("--motion", metavar="ID", help="only the entries of this motion")
