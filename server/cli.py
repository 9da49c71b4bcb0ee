"""``quorum-server``: run the server, load the demo, and the secretariat's administration.

Every command takes ``--database URL`` (default: ``QUORUM_DATABASE_URL`` or the SQLite file in
the user data folder) and migrates the database first. An error prints one line to stderr and
exits with status 1; never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from protocol.models import Role
from server import (
    cli_backup,
    cli_documents,
    cli_invitations,
    cli_meetings,
    cli_rules,
    cli_security,
)
from server.cli_rules import RuleError
from server.cli_voting import VotingCliError, add_commands
from server.db.engine import make_engine, reading
from server.db.migrate import migrate
from server.services import auth, directory, documents, organisation
from server.services.demo import load_demo
from server.services.errors import ServiceError
from server.services.passwords import passwords_for
from server.settings import Settings

NEW_PASSWORD_ENV = "QUORUM_NEW_PASSWORD"


class CliError(Exception):
    """A clear, one-line reason to stop."""


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    return replace(settings, database_url=args.database) if args.database else settings


def _engine(args: argparse.Namespace) -> Engine:
    engine = make_engine(_settings(args).database_url)
    migrate(engine)
    return engine


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


# --- commands --------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from server.api.app import create_app

    settings = _settings(args)
    migrate(make_engine(settings.database_url))  # fail here, clearly, not inside uvicorn
    _out(f"Quorum server on http://{args.host}:{args.port} (Ctrl+C to stop)")
    sys.stdout.flush()
    app = create_app(settings)

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            # Connected apps hold their event streams open: end them at once, or uvicorn
            # waits for them (then cancels them after the timeout, with a traceback).
            app.state.close_streams()
            super().handle_exit(sig, frame)

    config = uvicorn.Config(
        app, host=args.host, port=args.port, log_level="info", timeout_graceful_shutdown=5
    )
    Server(config).run()


def cmd_migrate(args: argparse.Namespace) -> None:
    _engine(args)
    _out("The database is up to date.")


def cmd_demo(args: argparse.Namespace) -> None:
    engine = _engine(args)
    passwords = passwords_for(_settings(args).password_profile)
    accounts = load_demo(engine, passwords=passwords)
    if args.json:
        _out(json.dumps({"accounts": [a.as_dict() for a in accounts]}, ensure_ascii=False))
        return
    _out("Demo organisation loaded. Accounts (email / password):")
    for a in accounts:
        _out(f"  {a.email} / {a.password}  {a.name} [{', '.join(a.roles)}]")
        if a.committees:
            _out(f"      {', '.join(a.committees)}")


def cmd_create_organisation(args: argparse.Namespace) -> None:
    data = organisation.create_organisation(_engine(args), args.name, args.short_name)
    _out(f"Organisation {data.name} created ({data.id}).")


def _new_password() -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise CliError(f"set {NEW_PASSWORD_ENV} or run this in a terminal to type the password")
    first = getpass.getpass("Password for the new member: ")
    if first != getpass.getpass("Same password again: "):
        raise CliError("the two passwords differ")
    return first


def cmd_add_member(args: argparse.Namespace) -> None:
    engine = _engine(args)
    member = organisation.add_member(
        engine,
        args.email,
        args.name,
        _new_password(),
        args.role or [Role.MEMBER.value],
        args.title,
        passwords=passwords_for(_settings(args).password_profile),
    )
    _out(f"Member {member.name} <{member.email}> added ({member.id}).")


def cmd_add_committee(args: argparse.Namespace) -> None:
    data = organisation.add_committee(_engine(args), args.name, args.description, args.category)
    _out(f"Committee {data.name} added ({data.id}).")


def _member_and_committee(engine: Engine, email: str, name: str) -> tuple[str, str]:
    with reading(engine) as conn:
        return directory.member_by_email(conn, email).id, directory.committee_by_name(conn, name).id


def cmd_add_to_committee(args: argparse.Namespace) -> None:
    engine = _engine(args)
    member_id, committee_id = _member_and_committee(engine, args.email, args.committee)
    organisation.add_to_committee(engine, member_id, committee_id, args.role)
    _out(f"{args.email} is in {args.committee} ({args.role}).")


def cmd_remove_from_committee(args: argparse.Namespace) -> None:
    engine = _engine(args)
    member_id, committee_id = _member_and_committee(engine, args.email, args.committee)
    organisation.remove_from_committee(engine, member_id, committee_id)
    _out(f"{args.email} has left {args.committee}.")


def cmd_devices(args: argparse.Namespace) -> None:
    engine = _engine(args)
    with reading(engine) as conn:
        member = directory.member_by_email(conn, args.email)
    for device in auth.list_devices(engine, member.id):
        state = device.state.value.replace("_", " ")
        if device.revoked_at is not None and device.state.value != "revoked":
            state += f" (revoked {device.revoked_at:%Y-%m-%d %H:%M})"
        elif device.revoked_at is not None:
            state += f" {device.revoked_at:%Y-%m-%d %H:%M}"
        seen = f"{device.last_seen_at:%Y-%m-%d %H:%M}" if device.last_seen_at else "never"
        _out(f"{device.id}  {device.name}  last seen {seen} UTC  {state}")


def cmd_receipts(args: argparse.Namespace) -> None:
    result = documents.document_receipts(_engine(args), args.document_id)
    for reader in result.readers:
        when = f"{reader.read_at:%Y-%m-%d %H:%M} UTC" if reader.read_at else "not read"
        version = f" (version {reader.version})" if reader.version is not None else ""
        _out(f"{reader.member_name}: {when}{version}")


# --- parsing ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="URL", help="SQLAlchemy database URL")
    parser = argparse.ArgumentParser(prog="quorum-server", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], None], help: str) -> Any:
        sub = commands.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    sub = command("serve", cmd_serve, "run the server")
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=8765)
    command("migrate", cmd_migrate, "create or upgrade the database")
    sub = command("demo", cmd_demo, "load the demonstration organisation (once)")
    sub.add_argument("--json", action="store_true", help="print the accounts as one JSON object")
    sub = command("create-organisation", cmd_create_organisation, "name the organisation")
    sub.add_argument("name")
    sub.add_argument("--short-name", default="")
    sub = command("add-member", cmd_add_member, f"add a member (password: ${NEW_PASSWORD_ENV})")
    sub.add_argument("email")
    sub.add_argument("--name", required=True)
    sub.add_argument("--role", action="append", choices=[r.value for r in Role])
    sub.add_argument("--title", default="")
    sub = command("add-committee", cmd_add_committee, "add a committee")
    sub.add_argument("name")
    sub.add_argument("--description", default="")
    sub.add_argument("--category", default="committee", choices=organisation.CATEGORIES)
    sub = command("add-to-committee", cmd_add_to_committee, "put a member in a committee")
    sub.add_argument("email")
    sub.add_argument("committee", metavar="COMMITTEE_NAME")
    sub.add_argument("--role", default="member", choices=organisation.COMMITTEE_ROLES)
    sub = command("remove-from-committee", cmd_remove_from_committee, "take a member out")
    sub.add_argument("email")
    sub.add_argument("committee", metavar="COMMITTEE_NAME")
    sub = command("devices", cmd_devices, "list a member's devices")
    sub.add_argument("email")  # revoke-device and the other device commands: cli_security
    sub = command("receipts", cmd_receipts, "who has read a document")
    sub.add_argument("document_id")
    add_commands(commands, common, _engine)
    cli_rules.add_commands(commands, common, _engine)
    cli_meetings.add_commands(commands, common, _engine)
    cli_documents.add_commands(commands, common, _engine)
    cli_security.add_commands(commands, common, _engine)
    cli_invitations.add_commands(commands, common, _engine)
    cli_backup.add_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.run(args)
    except (ServiceError, CliError, VotingCliError, RuleError) as exc:
        return _fail(str(exc))
    except ArgumentError as exc:
        return _fail(f"invalid database URL: {exc}")
    except SQLAlchemyError as exc:
        return _fail(f"database error: {type(exc).__name__}: {exc.args[0] if exc.args else ''}")
    except (OSError, ValueError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    return 0


def _fail(message: str) -> int:
    sys.stderr.write(f"quorum-server: error: {message.splitlines()[0] if message else ''}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
