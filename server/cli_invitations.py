"""Invitations on the command line (docs/INSTALLED.md):

    quorum-server invite EMAIL [--name NAME] [--title T] [--committee NAME]... [--days N]
                                [--server-url URL]
    quorum-server invitations                       list them, newest first, with their state
    quorum-server cancel-invitation ID

``invite`` prints the one-time code and the ``quorum://`` link to give the member; the server
address in the link is ``--server-url``, else ``$QUORUM_PUBLIC_URL``. Audited without an actor.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from protocol.invitations import DEFAULT_VALID_DAYS, MAX_VALID_DAYS, InvitationCreate
from server.services import directory, invitations
from server.services.errors import ValidationFailed
from server.services.tx import read

PUBLIC_URL_ENV = "QUORUM_PUBLIC_URL"


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def cmd_invite(args: argparse.Namespace, engine: Engine) -> None:
    server_url = (args.server_url or os.environ.get(PUBLIC_URL_ENV, "")).strip()
    if not server_url.startswith(("https://", "http://")):
        raise ValidationFailed(
            f"Say the server's address members use: --server-url https://… (or ${PUBLIC_URL_ENV})."
        )
    if not 1 <= args.days <= MAX_VALID_DAYS:
        raise ValidationFailed(f"An invitation is valid from 1 to {MAX_VALID_DAYS} days.")
    with read(engine) as conn:
        committee_ids = [directory.committee_by_name(conn, name).id for name in args.committee]
    request = InvitationCreate(
        email=args.email,
        name=args.name,
        title=args.title,
        committee_ids=committee_ids,
        valid_days=args.days,
    )
    made = invitations.create(engine, request, server_url)
    until = f"{made.expires_at:%Y-%m-%d %H:%M} UTC"
    _out(f"Invitation for {made.member_name} <{made.email}>, valid until {until}")
    _out(f"code: {made.code}")
    _out(f"link: {made.link}")


def cmd_invitations(_args: argparse.Namespace, engine: Engine) -> None:
    found = invitations.list_all(engine)
    if not found:
        _out("No invitations.")
    for item in found:
        _out(
            f"{item.id}  {item.state.value:9}  {item.email}  ({item.member_name})  "
            f"until {item.expires_at:%Y-%m-%d}"
        )


def cmd_cancel(args: argparse.Namespace, engine: Engine) -> None:
    item = invitations.cancel(engine, args.invitation_id)
    _out(f"Invitation {item.id} for {item.email}: {item.state.value}.")


def add_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """Add ``invite``, ``invitations`` and ``cancel-invitation`` to ``quorum-server``."""

    def leaf(name: str, run: Callable[[argparse.Namespace, Engine], None], about: str) -> Any:
        parser = commands.add_parser(name, parents=[common], help=about, description=about)
        parser.set_defaults(run=lambda args: run(args, engine_of(args)))
        return parser

    p = leaf("invite", cmd_invite, "invite a member to choose their password in the app")
    p.add_argument("email")
    p.add_argument("--name", default="", help="the new member's name (needed for a new member)")
    p.add_argument("--title", default="")
    p.add_argument("--committee", action="append", default=[], metavar="NAME")
    p.add_argument("--days", type=int, default=DEFAULT_VALID_DAYS, help="how long it is valid")
    p.add_argument("--server-url", default="", metavar="URL", help="the address members use")
    leaf("invitations", cmd_invitations, "list the invitations and their state")
    p = leaf("cancel-invitation", cmd_cancel, "cancel a pending invitation")
    p.add_argument("invitation_id")
