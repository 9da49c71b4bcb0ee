"""``quorum-server unlock EMAIL``: the secretariat lifts the lock that failed sign-ins put on an
account (and forgets its failures). Logged in the audit log, without an actor (the command
line)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from server.services import auth


def cmd_unlock(args: argparse.Namespace, engine: Engine) -> None:
    had = auth.unlock(engine, args.email)
    state = "unlocked" if had else "was not locked; nothing to undo"
    sys.stdout.write(f"{args.email.strip()} {state}.\n")


def add_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """Add ``unlock`` to ``quorum-server``."""
    about = "unlock an account locked by failed sign-ins"
    parser = commands.add_parser("unlock", parents=[common], help=about, description=about)
    parser.set_defaults(run=lambda args: cmd_unlock(args, engine_of(args)))
    parser.add_argument("email")
