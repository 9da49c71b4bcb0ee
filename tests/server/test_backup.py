"""``quorum-server backup`` while the server writes, and ``quorum-server restore``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from server import cli
from server.db.engine import make_engine, writing
from server.db.migrate import current_revision, head_revision, migrate
from server.services import audit, backup, organisation, publishing
from tests.server.pdfs import make_pdf
from tests.serverkit import TEST_PASSWORD_PROFILE, ServerKit, SmallOrg, make_server

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("QUORUM_PASSWORD_PROFILE", TEST_PASSWORD_PROFILE)

    def _run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def busy(kit: ServerKit, org: SmallOrg) -> Iterator[threading.Event]:
    """A writer publishing documents (each with its version and change-log row, in one
    transaction) as fast as it can, until the test ends."""
    stop = threading.Event()

    def write() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            kit.publish(f"Note {n}", f"Corps de la note {n}.", org.committee_a.id)

    thread = threading.Thread(target=write)
    thread.start()
    yield stop
    stop.set()
    thread.join()


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.execute(sql))


def _consistent(path: Path) -> None:
    """Every document has its version and its change-log row; the audit chain holds."""
    orphans = _rows(
        path,
        "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_versions v "
        "WHERE v.document_id = d.id) OR NOT EXISTS (SELECT 1 FROM changes c "
        "WHERE c.kind = 'document' AND c.entity_id = d.id)",
    )
    assert orphans == []
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert audit.verify(engine) is None
    finally:
        engine.dispose()


def test_backups_taken_while_a_writer_is_busy_are_whole_and_consistent(
    kit: ServerKit, org: SmallOrg, busy: threading.Event, tmp_path: Path, run: Run
) -> None:
    kit.motion("Budget 2026", org.committee_a.id)  # entries in the audit log
    url = kit.settings.database_url
    ends = []
    for n in range(3):
        path = tmp_path / f"sauvegarde-{n}.db"
        code, out, err = run("backup", str(path), "--database", url)
        assert code == 0, err
        summary = backup.summarise(path)
        assert f"ends at seq {summary.changes_end}" in out and "documents:" in out
        _consistent(path)
        ends.append(summary.changes_end)
    busy.set()
    assert ends == sorted(ends) and ends[0] < ends[-1]  # the writer did write meanwhile


def test_a_backup_skips_what_a_writer_has_not_committed_and_keeps_file_bytes(
    kit: ServerKit, org: SmallOrg, tmp_path: Path, run: Run
) -> None:
    pdf = make_pdf(["Rapport annuel du conseil"])
    sha256 = publishing.store_file(kit.engine, pdf, org.sara.id).file.sha256
    holding, release = threading.Event(), threading.Event()

    def hold_a_transaction() -> None:
        with writing(kit.engine) as conn:
            organisation.publish_document(conn, "Brouillon", "Pas encore.", None, None)
            holding.set()
            release.wait(10)

    writer = threading.Thread(target=hold_a_transaction)
    writer.start()
    assert holding.wait(5)
    try:
        path = tmp_path / "sauvegarde.db"
        code, _out, err = run("backup", str(path), "--database", kit.settings.database_url)
    finally:
        release.set()
        writer.join()

    assert code == 0, err
    assert _rows(path, "SELECT title FROM documents WHERE title = 'Brouillon'") == []
    assert _rows(path, f"SELECT data FROM files WHERE sha256 = '{sha256}'") == [(pdf,)]
    assert _rows(path, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    _consistent(path)


def test_a_backup_never_replaces_a_file_unless_told(
    kit: ServerKit, org: SmallOrg, tmp_path: Path, run: Run
) -> None:
    path = tmp_path / "sauvegarde.db"
    path.write_bytes(b"hier")
    code, _out, err = run("backup", str(path), "--database", kit.settings.database_url)
    assert code == 1 and "already exists" in err and path.read_bytes() == b"hier"
    assert run("backup", str(path), "--force", "--database", kit.settings.database_url)[0] == 0
    assert backup.summarise(path).tables["members"] == 3


def test_restore_refuses_a_target_that_is_not_empty_and_leaves_it_alone(
    kit: ServerKit, org: SmallOrg, tmp_path: Path, run: Run
) -> None:
    path = tmp_path / "sauvegarde.db"
    assert run("backup", str(path), "--database", kit.settings.database_url)[0] == 0
    with make_server(tmp_path, "autre") as other:
        other.create_organisation("Mutuelle du Port")
        other.add_member("leo", "Léo")
        code, _out, err = run("restore", str(path), "--database", other.settings.database_url)
        assert code == 1
        not_empty = "audit_log (1), changes (2), members (1), organisation (1)"  # member.created
        assert f"the target database is not empty: {not_empty}" in err
        assert "--force" in err
        assert [name for (name,) in _rows(tmp_path / "autre.db", "SELECT name FROM members")] == [
            "Léo"
        ]
        other.engine.dispose()
        target = other.settings.database_url
        assert run("restore", str(path), "--force", "--database", target)[0] == 0
    assert len(_rows(tmp_path / "autre.db", "SELECT id FROM members")) == 3


def test_a_restored_database_passes_audit_verify_and_starts_a_new_change_log(
    kit: ServerKit, org: SmallOrg, tmp_path: Path, run: Run
) -> None:
    motion = kit.motion("Budget 2026", org.committee_a.id)
    assert kit.outbox(org.alice).vote(motion, ["for"]).status == "applied"
    path = tmp_path / "sauvegarde.db"
    assert run("backup", str(path), "--database", kit.settings.database_url)[0] == 0
    before = backup.summarise(path)
    with make_server(tmp_path, "neuve") as empty:  # migrated, nothing in it
        target = empty.settings.database_url
        empty.engine.dispose()
        code, out, err = run("restore", str(path), "--database", target)
    assert code == 0, err
    assert "restored into" in out and "starts its sync over" in out
    code, out, _ = run("audit", "verify", "--database", target)
    assert (code, out.strip()) == (0, "The audit log is intact.")
    after = backup.summarise(tmp_path / "neuve.db")
    assert after.log_id != before.log_id
    assert after.changes_end == before.changes_end and after.audit_end == before.audit_end + 1
    events = _rows(tmp_path / "neuve.db", "SELECT event FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert events == [("database_restored",)]


def test_restore_migrates_an_older_backup_up(tmp_path: Path, run: Run) -> None:
    old = make_engine(f"sqlite:///{tmp_path / 'ancienne.db'}")
    migrate(old, "0004")
    old.dispose()
    path = tmp_path / "sauvegarde.db"
    assert run("backup", str(path), "--database", f"sqlite:///{tmp_path / 'ancienne.db'}")[0] == 0
    target = f"sqlite:///{tmp_path / 'neuve.db'}"
    assert run("restore", str(path), "--database", target)[0] == 0
    engine = make_engine(target)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_restore_refuses_a_file_that_is_not_a_quorum_database_it_knows(
    tmp_path: Path, run: Run
) -> None:
    target = f"sqlite:///{tmp_path / 'neuve.db'}"
    text = tmp_path / "notes.txt"
    text.write_text("pas une base", encoding="utf-8")
    code, _out, err = run("restore", str(text), "--database", target)
    assert code == 1 and "not an SQLite database" in err
    other = tmp_path / "autre.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
    code, _out, err = run("restore", str(other), "--database", target)
    assert code == 1 and "not a Quorum database" in err
    future = tmp_path / "future.db"
    engine = make_engine(f"sqlite:///{future}")
    migrate(engine)
    engine.dispose()
    with closing(sqlite3.connect(future)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    code, _out, err = run("restore", str(future), "--database", target)
    assert code == 1 and "schema revision 0999 is unknown" in err
    code, _out, err = run("restore", str(future))
    assert code == 1 and "--database" in err
