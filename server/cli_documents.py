"""Publishing documents on the command line:

    quorum-server publish FILE(.md|.pdf) --title T (--committee NAME | --organisation |
                          --meeting ID [--agenda-item ID]) [--author EMAIL] [--allow-copy]
                          [--comments-until DATE]
    quorum-server revise DOCUMENT_ID FILE(.md|.pdf) [--title T] [--note TEXT] [--author EMAIL]

A PDF is checked and its text extracted as on ``POST /v1/files``. ``--comments-until`` opens
the document for comments until that date (a day: until its end) or that time; without an
offset, Paris time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import Engine

from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from server.db.engine import reading
from server.services import directory, publishing

PARIS = ZoneInfo("Europe/Paris")
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".txt"})


class DocumentCliError(ValueError):
    """A clear, one-line reason to stop (the CLI prints it and exits 1)."""


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def comments_until(text: str | None) -> datetime | None:
    """The end of the comment period: a date means until the end of that day."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise DocumentCliError(f"not a date: {text!r} (use ISO 8601, e.g. 2025-03-31)") from exc
    if len(text.strip()) <= 10:  # a day: until midnight at its end
        moment = datetime.combine(moment.date() + timedelta(days=1), time())
    return moment if moment.tzinfo else moment.replace(tzinfo=PARIS)


def _content(engine: Engine, path: Path, author_id: str | None) -> dict[str, Any]:
    """The request fields for a file: Markdown ``body``, or an uploaded PDF."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentCliError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if suffix == ".pdf":
        uploaded = publishing.store_file(engine, data, author_id)
        return {"file_sha256": uploaded.file.sha256, "file_name": path.name}
    if suffix not in MARKDOWN_SUFFIXES:
        raise DocumentCliError(f"{path.name}: publish a .md (Markdown) or a .pdf file")
    try:
        return {"body": data.decode("utf-8")}
    except UnicodeError as exc:
        raise DocumentCliError(f"{path.name} is not UTF-8 text") from exc


def _author(engine: Engine, email: str | None) -> str | None:
    if not email:
        return None
    with reading(engine) as conn:
        return directory.member_by_email(conn, email).id


def _validated(model: type[Any], fields: dict[str, Any]) -> Any:
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise DocumentCliError(f"{where}: {first['msg']}") from None


def cmd_publish(args: argparse.Namespace, engine: Engine) -> None:
    author_id = _author(engine, args.author)
    committee_id = None
    if args.committee:
        with reading(engine) as conn:
            committee_id = directory.committee_by_name(conn, args.committee).id
    if args.agenda_item and not args.meeting:
        raise DocumentCliError("--agenda-item needs --meeting")
    close_at = comments_until(args.comments_until)
    fields = {
        "title": args.title,
        "committee_id": committee_id,
        "meeting_id": args.meeting,
        "agenda_item_id": args.agenda_item,
        "allow_copy": args.allow_copy,
        "comments_open": close_at is not None,
        "comments_close_at": close_at,
        **_content(engine, Path(args.file), author_id),
    }
    request = _validated(DocumentPublishRequest, fields)
    doc = publishing.publish(engine, None, request, author_id=author_id)
    pages = f", PDF of {doc.file.pages} pages" if doc.file is not None else ""
    _out(f"Published {doc.title} ({doc.id}){pages}.")


def cmd_revise(args: argparse.Namespace, engine: Engine) -> None:
    author_id = _author(engine, args.author)
    fields = {
        "title": args.title,
        "change_note": args.note,
        **_content(engine, Path(args.file), author_id),
    }
    request = _validated(DocumentRevisionRequest, fields)
    doc = publishing.revise(engine, None, args.document_id, request, author_id=author_id)
    _out(f"Version {doc.version} of {doc.title} ({doc.id}) published.")


def add_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """Add ``publish`` and ``revise`` to ``quorum-server``."""

    def command(name: str, run: Callable[[argparse.Namespace, Engine], None], help: str) -> Any:
        parser = commands.add_parser(name, parents=[common], help=help, description=help)
        parser.set_defaults(run=lambda args: run(args, engine_of(args)))
        return parser

    sub = command("publish", cmd_publish, "publish a Markdown or PDF document")
    sub.add_argument("file", metavar="FILE", help="a .md (Markdown) or .pdf file")
    sub.add_argument("--title", required=True)
    where = sub.add_mutually_exclusive_group(required=True)
    where.add_argument("--committee", metavar="NAME")
    where.add_argument("--organisation", action="store_true", help="for every member")
    where.add_argument("--meeting", metavar="ID", help="for a meeting (its committee's)")
    sub.add_argument("--agenda-item", metavar="ID", help="under this item of the meeting")
    sub.add_argument("--author", metavar="EMAIL")
    sub.add_argument("--allow-copy", action="store_true", help="members may print and save it")
    sub.add_argument(
        "--comments-until", metavar="DATE", help="open for comments until then (Paris time)"
    )
    sub = command("revise", cmd_revise, "publish a new version of a document")
    sub.add_argument("document_id")
    sub.add_argument("file", metavar="FILE", help="a .md (Markdown) or .pdf file")
    sub.add_argument("--title", help="a new title (default: unchanged)")
    sub.add_argument("--note", default="", help="what changed, for the members")
    sub.add_argument("--author", metavar="EMAIL")
