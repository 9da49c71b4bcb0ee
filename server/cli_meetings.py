"""Meetings and the retention rule on the command line:

    quorum-server meeting create (--committee NAME | --organisation) --title T --starts ISO
                                 [--ends ISO] [--place P] [--video URL]
    quorum-server meeting agenda MEETING_ID --title T [--presenter P] [--documents ID,ID]
                                 [--motions ID,ID]
    quorum-server meeting status MEETING_ID scheduled|held|cancelled [--minutes DOCUMENT_ID]
    quorum-server meeting list
    quorum-server retention MONTHS|off

Dates without an offset are Paris time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import Engine

from protocol.documents import AgendaItemData, MeetingData, MeetingRequest, MeetingStatus
from server.db.engine import reading
from server.services import directory, meetings

PARIS = ZoneInfo("Europe/Paris")


class MeetingCliError(ValueError):
    """A clear, one-line reason to stop (the CLI prints it and exits 1)."""


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _when(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise MeetingCliError(f"not a date and time: {text!r} (use ISO 8601)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=PARIS)


def _ids(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _request(fields: dict[str, Any]) -> MeetingRequest:
    try:
        return MeetingRequest.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise MeetingCliError(f"{where}: {first['msg']}") from exc


def _show(meeting: MeetingData) -> str:
    local = meeting.starts_at.astimezone(PARIS)
    return f"{meeting.id}  {local:%Y-%m-%d %H:%M}  {meeting.status.value}  {meeting.title}"


def cmd_create(args: argparse.Namespace, engine: Engine) -> None:
    with reading(engine) as conn:
        committee = None if args.organisation else directory.committee_by_name(conn, args.committee)
    request = _request(
        {
            "committee_id": None if committee is None else committee.id,
            "title": args.title,
            "starts_at": _when(args.starts),
            "ends_at": _when(args.ends),
            "place": args.place,
            "video_url": args.video,
        }
    )
    _out(f"Meeting created: {_show(meetings.create(engine, None, request))}")


def cmd_agenda(args: argparse.Namespace, engine: Engine) -> None:
    current = meetings.meeting(engine, args.meeting_id)
    item = AgendaItemData(
        id=meetings.new_id(),
        position=len(current.agenda) + 1,
        title=args.title,
        presenter=args.presenter,
        document_ids=_ids(args.documents),
        motion_ids=_ids(args.motions),
    )
    request = meetings.request_of(current)
    request = request.model_copy(update={"agenda": [*request.agenda, item]})
    changed = meetings.replace(engine, None, args.meeting_id, request)
    _out(f"Agenda item {item.position} added ({item.id}) to {changed.title}.")


def cmd_status(args: argparse.Namespace, engine: Engine) -> None:
    current = meetings.meeting(engine, args.meeting_id)
    update: dict[str, Any] = {"status": MeetingStatus(args.status)}
    if args.minutes is not None:
        update["minutes_document_id"] = args.minutes
    request = meetings.request_of(current).model_copy(update=update)
    _out(f"Meeting updated: {_show(meetings.replace(engine, None, args.meeting_id, request))}")


def cmd_list(args: argparse.Namespace, engine: Engine) -> None:
    found = meetings.list_meetings(engine)
    if not found:
        _out("No meeting yet.")
    for meeting in found:
        _out(_show(meeting))
        for item in meeting.agenda:
            extras = len(item.document_ids), len(item.motion_ids)
            _out(f"    {item.position}. {item.title}  ({extras[0]} documents, {extras[1]} motions)")


def cmd_retention(args: argparse.Namespace, engine: Engine) -> None:
    text = args.months.strip().lower()
    if text == "off":
        months = None
    elif text.isdigit():
        months = int(text)
    else:
        raise MeetingCliError(f"a number of months or off, not {args.months!r}")
    meetings.set_retention(engine, months)
    if months is None:
        _out("Documents of past meetings are kept in the apps.")
    else:
        _out(f"Documents of meetings older than {months} months leave the apps (unless pinned).")


def add_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """Add ``meeting create|agenda|status|list`` and ``retention`` to ``quorum-server``."""

    def leaf(
        sub: Any, name: str, run: Callable[[argparse.Namespace, Engine], None], help: str
    ) -> Any:
        parser = sub.add_parser(name, parents=[common], help=help, description=help)
        parser.set_defaults(run=lambda args: run(args, engine_of(args)))
        return parser

    about = "meetings and their agenda"
    sub = commands.add_parser("meeting", help=about, description=about).add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    p = leaf(sub, "create", cmd_create, "create a meeting")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--committee", metavar="NAME")
    where.add_argument("--organisation", action="store_true", help="a general assembly")
    p.add_argument("--title", required=True)
    p.add_argument("--starts", required=True, metavar="ISO", help="without offset: Paris time")
    p.add_argument("--ends", metavar="ISO")
    p.add_argument("--place", default="")
    p.add_argument("--video", default="", metavar="URL", help="an https link")
    p = leaf(sub, "agenda", cmd_agenda, "add an item at the end of a meeting's agenda")
    p.add_argument("meeting_id")
    p.add_argument("--title", required=True)
    p.add_argument("--presenter", default="")
    p.add_argument("--documents", metavar="ID,ID", help="document ids, comma-separated")
    p.add_argument("--motions", metavar="ID,ID", help="motion ids, comma-separated")
    p = leaf(sub, "status", cmd_status, "mark a meeting scheduled, held or cancelled")
    p.add_argument("meeting_id")
    p.add_argument("status", choices=[s.value for s in MeetingStatus])
    p.add_argument("--minutes", metavar="DOCUMENT_ID", help="the minutes, once published")
    leaf(sub, "list", cmd_list, "list the meetings and their agenda")
    p = commands.add_parser(
        "retention",
        parents=[common],
        help="how long the apps keep documents of past meetings",
        description="Documents of meetings older than MONTHS leave the apps' caches (off: kept).",
    )
    p.add_argument("months", metavar="MONTHS|off")
    p.set_defaults(run=lambda args: cmd_retention(args, engine_of(args)))
