"""``quorum-server publish`` (Markdown or PDF, for a committee, the organisation or a meeting)
and ``quorum-server revise``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from server import cli
from server.db.engine import make_engine
from server.services import directory
from server.services.tx import read
from tests.server.pdfs import make_pdf
from tests.serverkit import TEST_PASSWORD_PROFILE

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("QUORUM_DATABASE_URL", f"sqlite:///{tmp_path / 'admin.db'}")
    monkeypatch.setenv("QUORUM_PASSWORD_PROFILE", TEST_PASSWORD_PROFILE)
    monkeypatch.setenv("QUORUM_NEW_PASSWORD", "un-mot-de-passe")

    def _run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    assert _run("create-organisation", "Mutuelle du Port")[0] == 0
    assert _run("add-member", "eve@port.fr", "--name", "Ève", "--role", "secretary")[0] == 0
    assert _run("add-committee", "Bureau", "--category", "bureau")[0] == 0
    return _run


@pytest.fixture
def engine(tmp_path: Path, run: Run) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'admin.db'}")
    yield engine
    engine.dispose()


def document_id(out: str) -> str:
    found = re.search(r"\(([0-9a-f]+)\)", out)
    assert found is not None, out
    return found.group(1)


def test_a_pdf_is_published_for_a_committee_with_its_pages_and_options(
    run: Run, tmp_path: Path, engine: Engine
) -> None:
    pdf = tmp_path / "dossier-bureau.pdf"
    pdf.write_bytes(make_pdf(["Ordre du jour", "Budget", "Questions diverses"]))
    code, out, err = run(
        "publish", str(pdf), "--title", "Dossier du bureau", "--committee", "Bureau",
        "--author", "eve@port.fr", "--allow-copy", "--comments-until", "2031-03-31",
    )  # fmt: skip
    assert code == 0, err
    assert "Published Dossier du bureau" in out and "3 pages" in out
    with read(engine) as conn:
        doc = directory.document(conn, document_id(out))
    assert doc.format == "pdf" and doc.file is not None
    assert (doc.file.name, doc.file.pages) == ("dossier-bureau.pdf", 3)
    assert "Questions diverses" in doc.text
    assert doc.allow_copy and doc.comments_open
    assert doc.comments_close_at == datetime(2031, 3, 31, 22, 0, tzinfo=UTC)  # Paris midnight
    assert doc.author_name == "Ève"


def test_a_document_is_revised_from_the_command_line_and_keeps_its_versions(
    run: Run, tmp_path: Path, engine: Engine
) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Note\n\nPremière rédaction.\n", encoding="utf-8")
    code, out, _ = run("publish", str(note), "--title", "Note", "--organisation")
    assert code == 0
    doc_id = document_id(out)
    pdf = tmp_path / "note-signee.pdf"
    pdf.write_bytes(make_pdf(["Note signée"]))
    code, out, err = run("revise", doc_id, str(pdf), "--note", "Version signée", "--title", "Note")
    assert code == 0, err
    assert f"Version 2 of Note ({doc_id}) published." in out
    with read(engine) as conn:
        versions = directory.versions_of(conn, doc_id)
    assert [(v.version, v.format, v.change_note) for v in versions] == [
        (1, "markdown", ""),
        (2, "pdf", "Version signée"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("scan.pdf", b"ceci n'est pas un PDF", "not a PDF"),
        ("image.png", b"\x89PNG", ".md"),
        ("vide.pdf", b"", "empty"),
    ],
)
def test_a_file_that_cannot_be_published_is_one_clear_line(
    run: Run, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run("publish", str(path), "--title", "T", "--organisation")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and words in err


def test_revising_an_unknown_document_and_a_bad_date_are_refused(run: Run, tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text("Texte", encoding="utf-8")
    assert run("revise", "nosuchdocument", str(note))[0] == 1
    code, _, err = run(
        "publish", str(note), "--title", "T", "--organisation", "--comments-until", "demain"
    )
    assert code == 1 and "not a date" in err
    code, _, err = run("publish", str(note), "--title", "T", "--organisation", "--agenda-item", "x")
    assert code == 1 and "--meeting" in err
