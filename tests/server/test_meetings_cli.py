"""``quorum-server meeting …`` and ``retention``: the secretariat sets meetings, their agenda
and status, and how long the apps keep documents of past meetings, from the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from server import cli
from server.db import tables as t
from server.db.engine import make_engine, reading
from server.services import meetings
from tests.serverkit import TEST_PASSWORD_PROFILE

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def database(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'meetings.db'}"


@pytest.fixture
def run(database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("QUORUM_PASSWORD_PROFILE", TEST_PASSWORD_PROFILE)

    def _run(*argv: str) -> tuple[int, str, str]:
        code = cli.main([*argv, "--database", database])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _documents(database: str) -> dict[str, str]:
    engine = make_engine(database)
    try:
        with reading(engine) as conn:
            rows = conn.execute(select(t.documents.c.title, t.documents.c.id)).all()
    finally:
        engine.dispose()
    return {row.title: row.id for row in rows}


def test_a_meeting_is_created_given_an_agenda_and_marked_held_with_its_minutes(
    run: Run, database: str, tmp_path: Path
) -> None:
    assert run("create-organisation", "Mutuelle du Port")[0] == 0
    assert run("add-committee", "Conseil", "--category", "board")[0] == 0
    for name in ("budget", "pv"):
        (tmp_path / f"{name}.md").write_text(f"# {name}\n", encoding="utf-8")
        code, out, err = run(
            "publish", str(tmp_path / f"{name}.md"), "--title", name, "--committee", "Conseil"
        )
        assert code == 0, err
    ids = _documents(database)
    code, out, err = run(
        "meeting", "create", "--committee", "Conseil", "--title", "Conseil de décembre",
        "--starts", "2026-12-10T14:00", "--ends", "2026-12-10T18:00",
        "--place", "Siège", "--video", "https://visio.exemple.fr/ca",
    )  # fmt: skip
    assert code == 0, err
    meeting_id = out.split()[2]
    code, out, err = run(
        "meeting", "agenda", meeting_id, "--title", "Budget 2027",
        "--presenter", "Le trésorier", "--documents", ids["budget"],
    )  # fmt: skip
    assert code == 0 and "Agenda item 1" in out, err
    assert run("meeting", "status", meeting_id, "held", "--minutes", ids["pv"])[0] == 0
    engine = make_engine(database)
    try:
        meeting = meetings.meeting(engine, meeting_id)
    finally:
        engine.dispose()
    assert meeting.status == "held" and meeting.minutes_document_id == ids["pv"]
    assert meeting.starts_at.hour == 13  # 14:00 in Paris, in winter
    assert meeting.agenda[0].document_ids == [ids["budget"]]
    code, out, _ = run("meeting", "list")
    assert "Conseil de décembre" in out and "1. Budget 2027  (1 documents, 0 motions)" in out


def test_errors_are_one_clear_line(run: Run) -> None:
    assert run("create-organisation", "Mutuelle du Port")[0] == 0
    assert run("add-committee", "Conseil")[0] == 0
    code, _, err = run(
        "meeting", "create", "--committee", "Conseil", "--title", "x", "--starts", "demain"
    )
    assert code == 1 and err.startswith("quorum-server: error: not a date")
    code, _, err = run("meeting", "agenda", "unknown", "--title", "x")
    assert code == 1 and err.count("\n") == 1
    code, _, err = run("retention", "six")
    assert code == 1 and "months" in err


def test_retention_is_set_and_sent_again_with_the_organisation(run: Run, database: str) -> None:
    assert run("create-organisation", "Mutuelle du Port")[0] == 0
    code, out, _ = run("retention", "18")
    assert code == 0 and "18 months" in out
    engine = make_engine(database)
    try:
        with reading(engine) as conn:
            rows = conn.execute(
                select(t.changes.c.data).where(t.changes.c.kind == "organisation")
            ).all()
    finally:
        engine.dispose()
    assert '"retention_months":18' in rows[-1].data
    assert run("retention", "off")[0] == 0
    assert run("retention", "0")[0] == 1
