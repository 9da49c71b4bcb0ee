"""Keeping the server's data safe on the command line:

    quorum-server backup FILE [--force]                  (while the server runs)
    quorum-server restore FILE --database URL [--force]  (into an empty database)

``backup`` copies the database named by ``--database`` (or ``QUORUM_DATABASE_URL``) without
stopping the server and prints what it wrote. ``restore`` refuses a target that holds anything
unless ``--force``; every app then starts its sync over (see ``server.services.backup``).
Stop the server that uses the target before restoring into it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server.services import backup
from server.services.backup import DatabaseSummary
from server.settings import Settings


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _url(args: argparse.Namespace) -> str:
    return str(args.database or Settings().database_url)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    amount = float(size)
    for unit in ("KiB", "MiB", "GiB"):
        amount /= 1024
        if amount < 1024 or unit == "GiB":
            break
    return f"{amount:.1f} {unit}"


def _describe(summary: DatabaseSummary) -> None:
    rows = sum(summary.tables.values())
    _out(f"  size: {_size(summary.size)} ({summary.size} bytes)")
    _out(f"  schema revision: {summary.revision}")
    _out(f"  tables: {len(summary.tables)}, {rows} rows")
    for name, count in sorted(summary.tables.items()):
        _out(f"    {name}: {count}")
    _out(f"  change log: {summary.log_id}, ends at seq {summary.changes_end}")
    _out(f"  audit log: ends at seq {summary.audit_end}")


def cmd_backup(args: argparse.Namespace) -> None:
    summary = backup.backup(_url(args), Path(args.file), overwrite=args.force)
    _out(f"Backup written to {summary.path}")
    _describe(summary)


def cmd_restore(args: argparse.Namespace) -> None:
    if not args.database:
        raise backup.BackupError("say which database to restore into with --database URL")
    summary = backup.restore(Path(args.file), args.database, force=args.force)
    _out(f"Backup {args.file} restored into {summary.path}")
    _describe(summary)
    _out("Every app starts its sync over from the restored data (a new change log).")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``backup`` and ``restore`` to ``quorum-server``."""

    def command(name: str, run: Callable[[argparse.Namespace], None], help: str) -> Any:
        parser = commands.add_parser(name, parents=[common], help=help, description=help)
        parser.set_defaults(run=run)
        return parser

    sub = command("backup", cmd_backup, "write a consistent backup while the server runs")
    sub.add_argument("file", metavar="FILE", help="the backup file to write")
    sub.add_argument("--force", action="store_true", help="replace FILE if it exists")
    sub = command("restore", cmd_restore, "bring a backup back into an empty database")
    sub.add_argument("file", metavar="FILE", help="a file written by quorum-server backup")
    sub.add_argument(
        "--force", action="store_true", help="replace everything in a database that is not empty"
    )
